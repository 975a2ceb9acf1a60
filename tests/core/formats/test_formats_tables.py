"""CSV/TSV datasets: an article per row, columns found by name, bad rows skipped alone."""

from __future__ import annotations

import tracemalloc
from datetime import UTC, datetime

import pytest
from conftest import DATASETS

from reader_app.core.formats import ArticleRecord, RecordSkip, read_records
from reader_app.core.formats.readers import MAX_ROW_BYTES

HEADER = "Index,Headline,News Text,Category,Date,URL,Source\n"
ROW = '{i},سرخی نمبر {i},"خبر کا متن نمبر {i}۔ دوسرا جملہ یہاں ہے۔",کھیل,2020-05-0{d},,جنگ\n'


def rows(n: int, start: int = 0) -> str:
    return "".join(ROW.format(i=i, d=1 + i % 9) for i in range(start, start + n))


def articles(results: list) -> list[ArticleRecord]:
    return [r for r in results if isinstance(r, ArticleRecord)]


def skips(results: list) -> list[RecordSkip]:
    return [r for r in results if isinstance(r, RecordSkip)]


def test_the_urdu_news_dataset_layout_gives_headline_date_category_url_source() -> None:
    first, second, third = list(read_records(DATASETS / "urdu_news_1m.csv"))  # with a BOM
    assert isinstance(first, ArticleRecord)
    assert first.title == "وزیراعظم کا قوم سے خطاب آج متوقع"
    assert first.published == datetime(2019, 1, 29, tzinfo=UTC)
    assert first.category == "Pakistan" and first.source == "urdupoint"
    assert first.url.endswith("news-1.html")
    assert len(first.paragraphs) == 2  # the line break inside the quoted text
    assert (first.item, first.format) == (1, "csv")
    assert isinstance(second, ArticleRecord)
    assert second.title == 'قومی ٹیم نے سیریز جیت لی، "شاندار" کارکردگی'
    assert second.published == datetime(2019, 2, 3, 18, 45, tzinfo=UTC)


def test_a_row_without_headline_source_or_url_is_still_an_article() -> None:
    third = list(read_records(DATASETS / "urdu_news_1m.csv"))[2]
    assert isinstance(third, ArticleRecord)
    assert third.title_from_text and third.title.startswith("لاہور: شہر میں دھند")
    assert third.source == "urdu_news_1m"  # the dataset's name
    assert third.url is None
    assert third.published == datetime(2019, 2, 3, tzinfo=UTC)  # 03/02/2019, day first


@pytest.mark.parametrize(
    "header",
    ["Index,Headline,News Text,Category,Date,URL,Source",
     "index , HEADLINE,news_text,category,DATE,url,source",
     "id,title,body,section,published_at,link,publisher"],
)
def test_column_names_are_recognised_whatever_their_case_and_spacing(write, header) -> None:
    path = write("d.csv", header + "\n" + rows(1))
    (record,) = list(read_records(path))
    assert isinstance(record, ArticleRecord), record
    assert record.title == "سرخی نمبر 0" and record.category == "کھیل"
    assert record.text == "خبر کا متن نمبر 0۔ دوسرا جملہ یہاں ہے۔"
    assert record.published == datetime(2020, 5, 1, tzinfo=UTC)


def test_a_column_mapping_names_columns_recognition_cannot_guess(write) -> None:
    path = write("d.csv", "matn,sarkhi,din\nاسلام آباد میں بارش ہوئی۔,بارش,2021-01-02\n")
    (skip,) = list(read_records(path))
    assert isinstance(skip, RecordSkip) and "no text column" in skip.reason
    (record,) = list(read_records(path, columns={"text": "Matn", "title": "SARKHI",
                                                "date": "din"}))
    assert isinstance(record, ArticleRecord)
    assert (record.title, record.text) == ("بارش", "اسلام آباد میں بارش ہوئی۔")
    assert record.published == datetime(2021, 1, 2, tzinfo=UTC)


def test_a_mapping_that_names_a_missing_column_skips_the_file_saying_so(write) -> None:
    path = write("d.csv", "Sarkhi,Matn\nایک,دو\n")
    (skip,) = list(read_records(path, columns={"text": "Body Text"}))
    assert isinstance(skip, RecordSkip) and "'Body Text'" in skip.reason
    assert "Sarkhi, Matn" in skip.reason
    # a mapping kept for a folder also meets files whose own names are recognised
    recognised = write("e.csv", HEADER + rows(2))
    records = list(read_records(recognised, columns={"text": "Body Text"}))
    assert [r.item for r in records if isinstance(r, ArticleRecord)] == [1, 2]
    with pytest.raises(ValueError, match="unknown field"):
        list(read_records(path, columns={"headline": "Headline"}))


def test_tsv(write) -> None:
    path = write("d.tsv", "title\ttext\tdate\nسرخی\tمتن یہاں ہے، ایک جملہ۔\t14 جولائی 2024\n")
    (record,) = list(read_records(path))
    assert isinstance(record, ArticleRecord) and record.format == "tsv"
    assert record.published == datetime(2024, 7, 14, tzinfo=UTC)


def test_a_windows_1256_csv_is_decoded(write) -> None:
    text = "title,text\nپاکستان,پاکستان کي معيشت بہتر ہو رہي ہے.\n"
    (record,) = list(read_records(write("d.csv", text.encode("cp1256"))))
    assert isinstance(record, ArticleRecord)
    assert record.text == "پاکستان کي معيشت بہتر ہو رہي ہے."


def test_a_truncated_last_row_is_skipped_and_the_rows_before_are_read(write) -> None:
    path = write("d.csv", HEADER + rows(3) + '3,سرخی,"خبر کا متن جو بیچ میں کٹ')
    results = list(read_records(path))
    assert [r.title for r in articles(results)] == ["سرخی نمبر 0", "سرخی نمبر 1", "سرخی نمبر 2"]
    (skip,) = skips(results)
    assert skip.item == 4 and "cut short" in skip.reason


def test_a_row_with_too_few_columns_is_skipped_alone(write) -> None:
    path = write("d.csv", HEADER + rows(1) + "1,سرخی\n" + rows(1, start=2))
    results = list(read_records(path))
    assert [r.item for r in articles(results)] == [1, 3]
    (skip,) = skips(results)
    assert skip.item == 2 and "columns" in skip.reason


def test_a_malformed_quote_is_skipped_and_the_next_rows_are_read(write) -> None:
    path = write("d.csv", HEADER + rows(1) + '1,"سرخی" غلط,متن,کھیل,,,\n' + rows(2, start=2))
    results = list(read_records(path))
    assert len(articles(results)) == 3
    (skip,) = skips(results)
    assert skip.item == 2 and "malformed CSV" in skip.reason


def test_an_article_longer_than_the_csv_default_field_limit_is_read(write) -> None:
    long_text = "یہ ایک بہت لمبی خبر کا جملہ ہے۔ " * 8000  # ~250,000 characters > 131,072
    path = write("d.csv", f'title,text\nلمبی خبر,"{long_text}"\nدوسری,مختصر خبر۔\n')
    first, second = list(read_records(path))
    assert isinstance(first, ArticleRecord) and len(first.text) > 200_000
    assert len(first.paragraphs) > 100  # one dataset line cut at sentence ends
    assert isinstance(second, ArticleRecord) and second.title == "دوسری"


def test_a_runaway_row_is_skipped_unread_and_the_rest_is_read(write) -> None:
    huge = "ا" * (MAX_ROW_BYTES // 2 + 10)  # two bytes a letter: over the limit, no newline
    path = write("d.csv", HEADER + rows(1) + f"1,سرخی,{huge},,,,\n" + rows(1, start=2))
    results = list(read_records(path))
    assert [r.item for r in articles(results)] == [1, 3]  # the rows keep their numbers
    (skip,) = skips(results)
    assert skip.unit == "line" and skip.item == 3 and "longer than" in skip.reason


def test_mixed_encodings_a_cp1256_row_is_read_and_a_damaged_row_is_skipped(write) -> None:
    cp1256_row = "1,پرانی سرخي,اس خبر کي فائل دوسرے پروگرام نے لکھي تھي.,,,,\n".replace(
        "ی", "ي").encode("cp1256")
    damaged = "2,café,a Latin-1 résumé row from another tool,,,,\n".encode("latin-1")
    data = (HEADER + rows(1)).encode() + cp1256_row + damaged + rows(1, start=3).encode()
    results = list(read_records(write("d.csv", data)))
    titles = [r.title for r in articles(results)]
    assert titles == ["سرخی نمبر 0", "پراني سرخي", "سرخی نمبر 3"]
    (skip,) = skips(results)
    assert skip.unit == "line" and skip.item == 4 and "UTF-8" in skip.reason


@pytest.mark.parametrize(
    ("data", "reason"),
    [(b"", "empty file"), (b"\x00\x01\x02\x03" * 500, "binary"),
     (b"a,b,c\n1,2,3\n", "no text column")],
)
def test_a_csv_that_cannot_be_read_at_all_is_one_skip_with_a_reason(write, data, reason) -> None:
    (skip,) = list(read_records(write("d.csv", data)))
    assert isinstance(skip, RecordSkip) and reason in skip.reason and skip.item is None


def test_rows_are_streamed_not_loaded_whole(write) -> None:
    """Memory while reading stays far below the file's size: records are yielded as rows are
    read (the 100k-row figures are printed by benchmarks/formats_compare.py --rows)."""
    body = "خبر کا ایک طویل جملہ یہاں لکھا گیا ہے اور یہ دہرایا جاتا ہے۔ " * 150
    path = write("big.csv", HEADER + "".join(
        f'{i},سرخی {i},"{body}",کھیل,2020-01-01,,جنگ\n' for i in range(300)))
    size = path.stat().st_size
    tracemalloc.start()
    count = sum(isinstance(r, ArticleRecord) for r in read_records(path))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert count == 300
    assert peak < size / 5, f"peak {peak / 1e6:.1f} MB for a {size / 1e6:.1f} MB file"
