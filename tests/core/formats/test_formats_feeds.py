"""Feed files: an article per item, full content preferred, Urdu dates understood."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from conftest import FEEDS

from reader_app.core.formats import ArticleRecord, RecordSkip, read_records

PKT = timezone(timedelta(hours=5))


def records(name: str) -> list[ArticleRecord | RecordSkip]:
    return list(read_records(FEEDS / name))


def test_rss_gives_an_article_per_item_with_content_encoded_preferred() -> None:
    first, second, third = records("bbc_urdu.rss")
    assert isinstance(first, ArticleRecord)
    assert first.item == 1 and first.format == "feed"
    assert first.title == "کراچی میں بارش کے بعد بجلی کی فراہمی معطل"
    assert first.paragraphs[0].startswith("کراچی میں موسلا دھار بارش")  # content:encoded
    assert "&" in first.paragraphs[1] and "&amp;" not in first.text
    assert "تصویر کا ذریعہ" not in first.text  # the caption inside the content
    assert first.summary == "شہر کے کئی علاقوں میں بجلی کئی گھنٹوں سے بند ہے۔"
    assert first.published == datetime(2024, 7, 14, 8, 30, tzinfo=UTC)
    assert first.author == "ریاض سہیل" and first.category == "پاکستان"
    assert first.url == "https://www.bbc.com/urdu/articles/feed0001"
    assert first.source == "BBC News اردو"  # "- صفحۂ اول" (the feed's section) dropped
    assert isinstance(second, ArticleRecord) and isinstance(third, ArticleRecord)
    assert (second.item, third.item) == (2, 3)


def test_an_urdu_pubdate_is_read_and_a_relative_one_is_left_unknown() -> None:
    _, second, third = records("bbc_urdu.rss")
    assert isinstance(second, ArticleRecord) and isinstance(third, ArticleRecord)
    assert second.published == datetime(2024, 7, 14, 18, 0, tzinfo=PKT)
    assert third.published is None  # "5 گھنٹے قبل": no download time to count from


def test_escaped_html_in_a_description_becomes_plain_paragraphs() -> None:
    second = records("bbc_urdu.rss")[1]
    assert isinstance(second, ArticleRecord)
    assert second.paragraphs == (
        "قذافی اسٹیڈیم میں فائنل کے لیے سکیورٹی کے سخت انتظامات کیے گئے ہیں۔",
        "شائقین کی بڑی تعداد ٹکٹ خریدنے کے لیے قطاروں میں کھڑی رہی۔",
    )


def test_atom_entries_with_content_or_summary_and_the_feed_title_as_source() -> None:
    first, second = records("voa_urdu.atom")
    assert isinstance(first, ArticleRecord) and isinstance(second, ArticleRecord)
    assert first.published == datetime(2024, 7, 15, 13, 15, tzinfo=UTC)
    assert first.author == "وی او اے نیوز" and first.source == "وائس آف امریکہ اردو"
    assert len(first.paragraphs) == 2
    assert second.published == datetime(2024, 7, 14, 22, 0, tzinfo=UTC)  # updated only
    assert second.text.startswith("افغانستان کے شمالی صوبوں")


def test_rdf_items_with_dublin_core_dates() -> None:
    (only,) = records("jang.rdf")
    assert isinstance(only, ArticleRecord)
    assert only.source == "روزنامہ جنگ"
    assert only.published == datetime(2024, 11, 12, 7, 0, tzinfo=PKT)
    assert only.url == "https://jang.com.pk/news/1300001"


def test_a_feed_with_no_items_is_skipped_with_that_reason() -> None:
    (skip,) = records("no_items.rss")
    assert isinstance(skip, RecordSkip) and skip.reason == "feed has no items"


def test_malformed_xml_still_gives_the_readable_items_and_names_the_bad_one() -> None:
    first, second = records("malformed.rss")
    assert isinstance(first, ArticleRecord)
    assert first.title == "بجٹ میں تنخواہوں میں اضافے کا اعلان & ٹیکس کی نئی شرح"
    assert first.text.startswith("وفاقی بجٹ میں")
    assert isinstance(second, RecordSkip) and second.item == 2
    assert "item 2" in str(second)


def test_binary_junk_with_a_feed_name_is_skipped(write) -> None:
    (skip,) = list(read_records(write("junk.rss", b"\x00\x01\x02" * 100)))
    assert isinstance(skip, RecordSkip) and "binary" in skip.reason


def test_xml_that_is_not_a_feed_is_skipped(write) -> None:
    (skip,) = list(read_records(write("settings.xml", "<config><a>1</a></config>")))
    assert isinstance(skip, RecordSkip) and "not an RSS, Atom or RDF feed" in skip.reason
