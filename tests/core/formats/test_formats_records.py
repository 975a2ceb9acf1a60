"""The pieces every reader shares: site-suffix strip, dates, plain text, paragraphs."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from reader_app.core.formats import ArticleRecord, RecordSkip, parse_date, strip_site_suffix
from reader_app.core.formats.records import LONG_PARAGRAPH, make_record, paragraphs_of, plain_text

PKT = timezone(timedelta(hours=5))


@pytest.mark.parametrize(
    ("title", "site", "expected"),
    [
        ("پنجاب میں سیلاب کا خطرہ - BBC News اردو", "BBC News اردو", "پنجاب میں سیلاب کا خطرہ"),
        ("کراچی میں پانی کی قلت | ایکسپریس اردو", "Express News", "کراچی میں پانی کی قلت"),
        ("گندم کی قیمت – Daily Jang", "", "گندم کی قیمت"),
        ("خبر - پاکستان - BBC News اردو", "BBC News اردو", "خبر - پاکستان"),
        ("عمران خان - ایک سیاسی سفر", "BBC News اردو", "عمران خان - ایک سیاسی سفر"),
        ("وزیراعظم: معیشت بہتر ہو رہی ہے", "", "وزیراعظم: معیشت بہتر ہو رہی ہے"),
        ("  صرف   سرخی  ", "Dawn", "صرف سرخی"),
    ],
)
def test_the_site_suffix_is_stripped_and_nothing_else(title, site, expected) -> None:
    assert strip_site_suffix(title, [site]) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-07-14T08:30:00.000Z", datetime(2024, 7, 14, 8, 30, tzinfo=UTC)),
        ("2024-07-15T14:20:00+05:00", datetime(2024, 7, 15, 14, 20, tzinfo=PKT)),
        ("Sun, 14 Jul 2024 08:30:00 GMT", datetime(2024, 7, 14, 8, 30, tzinfo=UTC)),
        ("اتوار، 14 جولائی 2024 18:00:00 +0500", datetime(2024, 7, 14, 18, tzinfo=PKT)),
        ("14 جولائی 2024", datetime(2024, 7, 14, tzinfo=UTC)),
        ("۱۴ جولائی ۲۰۲۴", datetime(2024, 7, 14, tzinfo=UTC)),
        ("پير 15 جولائی 2024 2:20 PM", datetime(2024, 7, 15, 14, 20, tzinfo=UTC)),
        ("3 مئی 2023", datetime(2023, 5, 3, tzinfo=UTC)),
        ("12 دسمبر 2022", datetime(2022, 12, 12, tzinfo=UTC)),
        ("15 جولائي 2024", datetime(2024, 7, 15, tzinfo=UTC)),  # cp1256 spelling
        ("2019-01-29 00:00:00", datetime(2019, 1, 29, tzinfo=UTC)),
        ("14/07/2024", datetime(2024, 7, 14, tzinfo=UTC)),
        ("03/02/2019", datetime(2019, 2, 3, tzinfo=UTC)),  # day first, as Pakistan writes
        ("July 14, 2024", datetime(2024, 7, 14, tzinfo=UTC)),
        (1720945800, datetime(2024, 7, 14, 8, 30, tzinfo=UTC)),
        (1720945800000, datetime(2024, 7, 14, 8, 30, tzinfo=UTC)),
    ],
)
def test_dates_as_publishers_write_them(text, expected) -> None:
    parsed = parse_date(text)
    assert parsed == expected
    assert parsed.tzinfo is not None


@pytest.mark.parametrize("text", ["5 گھنٹے قبل", "کل", "", "   ", None, "2024-13-45",
                                  "31 فروری 2024", "no date here", True])
def test_what_is_not_a_date_stays_unknown(text) -> None:
    assert parse_date(text) is None


def test_html_in_a_field_becomes_plain_text_and_prose_brackets_survive() -> None:
    assert plain_text("<p>پہلا &amp; دوسرا</p><script>x()</script><p>تیسرا<br>چوتھا</p>") == (
        "پہلا & دوسرا\nتیسرا\nچوتھا")
    assert plain_text("قیمت < 500 روپے & زیادہ") == "قیمت < 500 روپے & زیادہ"
    assert plain_text("&quot;اقتباس&quot;") == '"اقتباس"'


def test_a_one_line_article_is_cut_into_paragraphs_at_sentence_ends() -> None:
    sentences = [f"یہ جملہ نمبر {i} ہے جو ایک لمبی خبر کا حصہ ہے اور کافی طویل ہے۔"
                 for i in range(60)]
    paragraphs = paragraphs_of(" ".join(sentences))
    assert len(paragraphs) > 3
    assert all(len(p) <= LONG_PARAGRAPH + 80 for p in paragraphs)
    assert all(p.endswith("۔") for p in paragraphs)
    assert " ".join(paragraphs) == " ".join(sentences)  # nothing lost or reordered


def test_a_first_paragraph_equal_to_the_given_title_is_not_repeated() -> None:
    record = make_record(path=Path("/x.html"), text="سرخی یہاں\nپہلا پیراگراف۔",
                         title="سرخی یہاں", fmt="html")
    assert isinstance(record, ArticleRecord)
    assert record.paragraphs == ("پہلا پیراگراف۔",)
    derived = make_record(path=Path("/x.csv"), text="پہلا جملہ۔ دوسرا جملہ۔", title="",
                          fmt="csv", item=3)
    assert derived.title == "پہلا جملہ" and derived.title_from_text
    assert derived.paragraphs == ("پہلا جملہ۔ دوسرا جملہ۔",)  # kept: the title is a guess


def test_a_skip_says_where_and_why() -> None:
    row = RecordSkip(Path("/d/news.csv"), "has no text", 12)
    assert str(row) == "/d/news.csv, row 12: has no text"
    assert str(RecordSkip(Path("/d/p.html"), "empty file")) == "/d/p.html: empty file"
