"""Saved news pages: the article's text without the page around it, and its real facts."""

from __future__ import annotations

import socket
from datetime import datetime
from pathlib import Path

import pytest
from conftest import DATA, EXPECTED_PAGES, PAGES

from reader_app.core.formats import ArticleRecord, RecordSkip, read_records


def only(path: Path) -> ArticleRecord | RecordSkip:
    results = list(read_records(path))
    assert len(results) == 1, results
    return results[0]


@pytest.mark.parametrize("name", sorted(EXPECTED_PAGES))
def test_a_saved_page_gives_its_headline_date_source_author_and_url(name: str) -> None:
    want = EXPECTED_PAGES[name]
    record = only(PAGES / name)
    assert isinstance(record, ArticleRecord), record
    assert record.title == want["title"]  # site suffix ("- BBC News اردو") gone
    assert record.published == datetime.fromisoformat(want["published"])
    assert record.published.tzinfo is not None
    assert record.source == want["source"]
    assert record.author == want["author"]
    assert record.url == want["url"]
    assert record.item is None and record.format == "html"
    assert not record.title_from_text


@pytest.mark.parametrize("name", sorted(EXPECTED_PAGES))
def test_a_saved_page_keeps_every_body_paragraph_and_no_page_furniture(name: str) -> None:
    """Navigation, footer, related links, captions and the hidden byline labels
    ("مصنف,", "عہدہ,", "،تصویر کا ذریعہ") must not become searchable article text."""
    want = EXPECTED_PAGES[name]
    record = only(PAGES / name)
    assert isinstance(record, ArticleRecord)
    for paragraph in want["body"]:
        assert paragraph in record.paragraphs
    leaked = [phrase for phrase in want["boilerplate"] if phrase in record.text]
    assert leaked == []
    assert record.paragraphs[0] != record.title  # the heading is not repeated as text


def test_page_text_is_plain_text_with_entities_decoded() -> None:
    record = only(PAGES / "malformed_jang_like.html")
    assert isinstance(record, ArticleRecord)
    assert "<مطالبہ>" in record.text  # &lt;…&gt; decoded, and not taken for a tag
    assert "&nbsp;" not in record.text and "\u00a0" not in record.text
    assert "<p" not in record.text


def test_bbc_byline_labels_do_not_leak_into_the_author() -> None:
    record = only(PAGES / "bbc_like.html")
    assert isinstance(record, ArticleRecord)
    assert record.author == "شہزاد ملک"
    assert "مصنف" not in record.text and "عہدہ" not in record.text
    assert record.paragraphs[0].startswith("محکمہ موسمیات")


def test_a_windows_1256_page_is_read_by_its_declared_charset(write) -> None:
    body = "".join(f"<p>{'پاکستان کي خبريں اور تبصرے ' * 6}{i}۔</p>" for i in range(5))
    page = ("<html><head><meta http-equiv='Content-Type' content='text/html; "
            "charset=windows-1256'><title>پرانی خبر | Daily Jang</title></head><body>"
            "<nav><a>home</a><a>login</a><a>sports</a><a>world</a></nav>"
            f"<article>{body}</article></body></html>")
    page = page.replace("ی", "ي").replace("۔", ".")  # cp1256 has neither ی nor ۔
    record = only(write("old.html", page.encode("cp1256")))
    assert isinstance(record, ArticleRecord), record
    assert record.title == "پراني خبر"
    assert "پاکستان کي خبريں" in record.text
    assert "login" not in record.text


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (bytes(range(256)) * 40, "binary"),
        (b"\x89PNG\r\n\x1a\n" + bytes(range(7, 200)) * 30, "not UTF-8"),
        ("<html><body><nav><a href='/'>ہوم</a></nav></body></html>".encode(),
         "no article text"),
    ],
    ids=["empty", "binary-with-nul", "binary-without-nul", "no-text"],
)
def test_a_file_named_html_that_is_no_page_is_skipped_with_its_reason(
    write, data: bytes, reason: str
) -> None:
    path = write("junk.html", data)
    skip = only(path)
    assert isinstance(skip, RecordSkip)
    assert skip.path == path and skip.item is None
    assert reason in skip.reason
    assert str(path) in str(skip)


def test_a_one_sentence_page_keeps_its_sentence_and_does_not_repeat_the_heading(write) -> None:
    page = ("<html lang='ur'><head><title>مختصر خبر - BBC News اردو</title></head><body>"
            "<article><h1>مختصر خبر</h1><p>کوئٹہ میں برف باری ہوئی۔</p></article></body></html>")
    record = only(write("short.htm", page))
    assert isinstance(record, ArticleRecord), record
    assert record.title == "مختصر خبر"
    assert record.paragraphs == ("کوئٹہ میں برف باری ہوئی۔",)


def test_a_feed_saved_with_an_html_name_is_read_as_a_feed(write) -> None:
    feed = ("<?xml version='1.0'?><rss version='2.0'><channel><title>Urdu News</title>"
            "<item><title>خبر</title><description>ملتان میں آندھی آئی۔</description></item>"
            "</channel></rss>")
    record = only(write("saved-feed.html", feed))
    assert isinstance(record, ArticleRecord)
    assert record.format == "feed" and record.item == 1


def test_reading_never_touches_the_network(monkeypatch) -> None:
    """Pages and feeds carry URLs (canonical links, feed links); none may be fetched."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"network use: {args}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    read = [r for path in sorted(DATA.rglob("*")) if path.is_file()
            for r in read_records(path) if isinstance(r, ArticleRecord)]
    assert len(read) > 15


def test_broken_json_ld_falls_back_to_the_meta_tags(write) -> None:
    """JSON-LD cut off by a bad save; the date under name= (BBC's way), og:title with the
    suffix, and og:site_name still give the facts."""
    paragraphs = "".join(f"<p>{'سندھ اسمبلی میں بجٹ پیش کر دیا گیا اور بحث کل ہوگی ' * 3}۔</p>"
                         for _ in range(3))
    page = ("<html dir='rtl' lang='ur'><head><title>ignored</title>"
            "<script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"headline\":"
            "</script>"
            "<meta property='og:title' content='سندھ کا بجٹ پیش - BBC News اردو'>"
            "<meta property='og:site_name' content='BBC News اردو'>"
            "<meta name='article:published_time' content='2024-06-14T11:00:00+05:00'>"
            "<meta property='og:url' content='https://www.bbc.com/urdu/articles/budget'>"
            f"</head><body><main>{paragraphs}</main></body></html>")
    record = only(write("budget.html", page))
    assert isinstance(record, ArticleRecord), record
    assert record.title == "سندھ کا بجٹ پیش"
    assert record.published == datetime.fromisoformat("2024-06-14T11:00:00+05:00")
    assert record.source == "BBC News اردو"
    assert record.url == "https://www.bbc.com/urdu/articles/budget"  # no canonical: og:url


def test_when_trafilatura_finds_nothing_the_fallback_takes_the_story_not_the_menus(
    write, monkeypatch
) -> None:
    from reader_app.core.formats import htmltext

    monkeypatch.setattr(htmltext, "_trafilatura_lines", lambda tree: [])
    page = ("<html><head><title>برف باری | Daily Jang</title></head><body>"
            "<div class='menu'><a href='/'>ہوم</a> <a href='/k'>کھیل</a></div>"
            "<div class='story'><p>کوئٹہ میں برف باری ہوئی۔</p><p>سڑکیں بند ہیں۔</p></div>"
            "<div class='more'><ul><li><a href='/n'>دوسری خبر</a></li></ul></div></body></html>")
    record = only(write("snow.html", page))
    assert isinstance(record, ArticleRecord)
    assert record.paragraphs == ("کوئٹہ میں برف باری ہوئی۔", "سڑکیں بند ہیں۔")
