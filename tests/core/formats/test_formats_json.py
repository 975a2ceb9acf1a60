"""JSON Lines and JSON datasets: XL-Sum's layout, wrapped lists, bad lines skipped alone."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone

import pytest
from conftest import DATASETS

from reader_app.core.formats import ArticleRecord, RecordSkip, read_records
from reader_app.core.formats.readers import MAX_ROW_BYTES


def line(**fields: object) -> str:
    return json.dumps(fields, ensure_ascii=False) + "\n"


def test_xlsum_lines_give_title_summary_text_and_url() -> None:
    results = list(read_records(DATASETS / "xlsum_urdu.jsonl"))
    assert all(isinstance(r, ArticleRecord) for r in results)
    first = results[0]
    assert first.title == "افغانستان میں نئے صدر کی حلف برداری"
    assert first.summary == "اشرف غنی نے افغانستان کے نئے صدر کی حیثیت سے حلف اٹھا لیا ہے۔"
    assert first.url.startswith("https://www.bbc.com/urdu/world/")
    assert first.published is None  # XL-Sum has no date: none is invented
    assert len(first.paragraphs) == 2 and first.format == "jsonl"
    assert [r.item for r in results] == [1, 2, 4]  # line numbers; line 3 is blank
    assert results[2].summary is None  # an empty summary is no summary


def test_a_malformed_line_is_skipped_and_the_next_lines_are_read(write) -> None:
    path = write("d.jsonl", line(title="ایک", text="پہلی خبر۔") + '{"title": "دو", text}\n'
                 + "[1, 2]\n" + line(title="تین", text="تیسری خبر۔", date="2024-07-14"))
    results = list(read_records(path))
    assert [r.title for r in results if isinstance(r, ArticleRecord)] == ["ایک", "تین"]
    bad, not_object = (r for r in results if isinstance(r, RecordSkip))
    assert (bad.item, bad.unit) == (2, "line") and "malformed JSON" in bad.reason
    assert not_object.item == 3 and "not an object" in not_object.reason
    assert results[-1].published == datetime(2024, 7, 14, tzinfo=UTC)


def test_a_truncated_last_line_is_named_as_cut_short(write) -> None:
    path = write("d.jsonl", line(title="ایک", text="پہلی خبر۔") + '{"title": "دو", "text": "اد')
    first, skip = list(read_records(path))
    assert isinstance(first, ArticleRecord)
    assert isinstance(skip, RecordSkip) and skip.item == 2 and "cut short" in skip.reason


def test_a_line_without_text_is_skipped_with_its_number(write) -> None:
    path = write("d.jsonl", line(title="صرف سرخی") + line(title="دو", text="خبر۔"))
    skip, record = list(read_records(path))
    assert isinstance(skip, RecordSkip) and skip.item == 1 and "no text" in skip.reason
    assert isinstance(record, ArticleRecord)


def test_a_json_array(write) -> None:
    items = [{"Headline": f"سرخی {i}", "News Text": f"متن {i}۔", "Date": 1720945800}
             for i in range(3)]
    path = write("d.json", json.dumps(items, ensure_ascii=False, indent=2))
    results = list(read_records(path))
    assert [r.title for r in results] == ["سرخی 0", "سرخی 1", "سرخی 2"]
    assert [r.item for r in results] == [1, 2, 3]
    assert results[0].published == datetime(2024, 7, 14, 8, 30, tzinfo=UTC)  # Unix time


def test_a_minified_array_bigger_than_the_line_limit_is_read_element_by_element(write) -> None:
    """json.dump without indent writes one line; it must not count as one runaway row."""
    body = "کراچی میں آج موسم خوشگوار رہا اور شہری ساحل پر گئے۔ " * 40
    items = [{"title": f"خبر {i}", "text": body} for i in range(2500)]
    path = write("big.json", json.dumps(items, ensure_ascii=False))
    assert path.stat().st_size > MAX_ROW_BYTES and b"\n" not in path.read_bytes()
    results = list(read_records(path))
    assert len(results) == 2500 and all(isinstance(r, ArticleRecord) for r in results)
    assert results[-1].title == "خبر 2499" and results[-1].item == 2500


def test_a_json_array_cut_short_keeps_the_elements_before(write) -> None:
    text = json.dumps([{"title": "ایک", "text": "پہلی۔"}, {"title": "دو", "text": "دوسری۔"}],
                      ensure_ascii=False)
    results = list(read_records(write("d.json", text[:-25])))
    assert isinstance(results[0], ArticleRecord) and results[0].title == "ایک"
    assert isinstance(results[-1], RecordSkip) and results[-1].item == 2


def test_a_wrapped_list_of_articles() -> None:
    first, second = list(read_records(DATASETS / "wrapped.json"))
    assert isinstance(first, ArticleRecord) and isinstance(second, ArticleRecord)
    assert first.title == "پشاور میں بی آر ٹی سروس بحال"
    assert first.published == datetime(2023, 6, 1, 9, 0, tzinfo=timezone(timedelta(hours=5)))
    assert (first.category, first.url) == ("پاکستان", "https://example.pk/brt")
    assert second.item == 2


def test_a_single_article_object(write) -> None:
    path = write("one.json", json.dumps({"title": "ایک خبر", "content": "<p>پہلا</p><p>دوسرا"
                                         " &amp; آخری</p>"}, ensure_ascii=False, indent=1))
    (record,) = list(read_records(path))
    assert isinstance(record, ArticleRecord) and record.item is None
    assert record.paragraphs == ("پہلا", "دوسرا & آخری")  # HTML in a field becomes text


def test_a_column_mapping_for_json_keys(write) -> None:
    path = write("d.jsonl", line(sarkhi="سرخی", matn="متن یہاں ہے۔"))
    (record,) = list(read_records(path, columns={"title": "sarkhi", "text": "matn"}))
    assert isinstance(record, ArticleRecord) and record.title == "سرخی"


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [("e.json", b"", "empty file"), ("e.jsonl", b"   \n\n", "empty"),
     ("b.json", b"\x00\xff" * 300, "binary"), ("m.json", b'{\n"title": "x",\n', "malformed"),
     ("l.json", b"[]", "empty list"), ("n.json", b"42\n", "no article")],
)
def test_json_that_cannot_be_read_is_one_skip_with_a_reason(write, name, data, reason) -> None:
    (skip,) = list(read_records(write(name, data)))
    assert isinstance(skip, RecordSkip) and reason in skip.reason
