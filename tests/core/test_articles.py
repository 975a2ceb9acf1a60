"""Issue 15 in the index: saved pages, feeds and dataset files are indexed an article per
page, item or row, with their headline, date, source and URL, and bad input is skipped with
its reason while the rest is imported."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from reader_app.core import index as index_module
from reader_app.core.formats import readers
from reader_app.core.index import ArticleIndex
from reader_app.core.library import Article, Skipped, read_article
from reader_app.core.search import Searcher

DATA = Path(__file__).resolve().parent / "formats" / "data"
EXPECTED = json.loads((DATA / "pages" / "expected.json").read_text(encoding="utf-8"))
ROOT = Path(__file__).resolve().parents[2]

CSV_HEADER = "Index,Headline,News Text,Category,Date,URL,Source\n"


def csv_row(n: int, text: str | None = None, tag: str = "") -> str:
    body = text or f"خبر نمبر {n}{tag} کا متن: شہر میں آج موسم خوشگوار رہا اور بازار کھلے رہے۔"
    return (f'{n},"سرخی {n}","{body}",کھیل,2024-07-{1 + n % 28:02d},'
            f"https://example.pk/{n},urdupoint\n")


@pytest.fixture
def news(tmp_path: Path) -> Path:
    """A library folder holding one of each: a saved page, a feed, a CSV and a JSONL."""
    lib = tmp_path / "news"
    lib.mkdir()
    shutil.copy(DATA / "pages" / "bbc_like.html", lib / "bbc_like.html")
    shutil.copy(DATA / "feeds" / "bbc_urdu.rss", lib / "bbc_urdu.rss")
    shutil.copy(DATA / "datasets" / "urdu_news_1m.csv", lib / "urdu_news_1m.csv")
    shutil.copy(DATA / "datasets" / "xlsum_urdu.jsonl", lib / "xlsum_urdu.jsonl")
    return lib


def by_title(index: ArticleIndex) -> dict[str, object]:
    return {a.title: a for a in index.articles()}


def test_every_article_of_a_page_feed_csv_and_jsonl_is_indexed_with_its_facts(
        tmp_path: Path, news: Path) -> None:
    index = ArticleIndex(tmp_path / "ix")
    report = index.refresh([news])
    assert not report.skipped
    listed = by_title(index)
    page = EXPECTED["bbc_like.html"]
    # the headline without " - BBC News اردو", with the page's date, site and address
    article = listed[page["title"]]
    assert article.path.name == "bbc_like.html" and article.item is None
    assert article.published.isoformat() == page["published"]
    assert (article.source, article.url, article.author) == (page["source"], page["url"],
                                                             page["author"])
    assert not any("BBC News" in title for title in listed)
    feed = [a for a in listed.values() if a.path.name == "bbc_urdu.rss"]
    rows = [a for a in listed.values() if a.path.name == "urdu_news_1m.csv"]
    lines = [a for a in listed.values() if a.path.name == "xlsum_urdu.jsonl"]
    assert sorted(a.item for a in feed) == [1, 2, 3]
    assert sorted(a.item for a in rows) == [1, 2, 3]
    assert sorted(a.item for a in lines) == [1, 2, 4]  # line 3 is blank
    assert all(a.source == "BBC News اردو" and a.url for a in feed)
    row = next(a for a in rows if a.item == 1)
    assert row.title == "وزیراعظم کا قوم سے خطاب آج متوقع"
    assert (row.source, row.published.date().isoformat()) == ("urdupoint", "2019-01-29")
    assert row.url.startswith("https://www.urdupoint.com/")
    assert all(a.url and a.url.startswith("https://www.bbc.com/urdu/") for a in lines)
    assert len({a.id for a in listed.values()}) == len(listed) == 10  # an id per article


def test_navigation_and_footer_words_of_a_page_are_not_found(tmp_path: Path,
                                                             news: Path) -> None:
    index = ArticleIndex(tmp_path / "ix")
    index.refresh([news])
    searcher = Searcher(index)
    for word in ("پرائیویسی", "کوکیز", "شرائط"):
        assert not searcher.search(word, correct=False).hits, word
    (hit,) = searcher.search("راوی").hits  # a word of the page's body is
    assert hit.title == EXPECTED["bbc_like.html"]["title"]
    assert hit.source == "BBC News اردو" and hit.url and hit.published
    assert "<" not in hit.snippet.replace("<b>", "").replace("</b>", "")


def test_search_hits_carry_the_row_and_its_snippet(tmp_path: Path, news: Path) -> None:
    index = ArticleIndex(tmp_path / "ix")
    index.refresh([news])
    hits = Searcher(index).search("دھند").hits
    (hit,) = [h for h in hits if h.path.name == "urdu_news_1m.csv"]
    assert hit.item == 3 and hit.title.startswith("لاہور")
    assert "<b>دھند</b>" in hit.snippet
    # the hit's range marks the word in the article's own text (as the viewer shows it)
    article = read_article(hit.path, hit.item)
    assert isinstance(article, Article)
    assert {article.text[a:b] for a, b in hit.ranges} == {"دھند"}


def test_rows_shown_later_get_their_own_snippets(tmp_path: Path) -> None:
    """The pane makes the first rows' snippets at once and the rest later: each row of one
    dataset file must get the snippet of its own text, not its neighbour's."""
    lib = tmp_path / "lib"
    lib.mkdir()
    (lib / "news.csv").write_text(CSV_HEADER + "".join(csv_row(n, tag=f" قصبہ{n}")
                                                      for n in range(1, 6)), encoding="utf-8")
    index = ArticleIndex(tmp_path / "ix")
    index.refresh([lib])
    searcher = Searcher(index)
    response = searcher.search("خوشگوار", limit=10, snippets=1)
    assert len(response.hits) == 5 and [h.pending for h in response.hits].count(True) == 4
    filled = searcher.fill(response, response.hits)
    for hit in filled:
        assert not hit.pending
        assert f"قصبہ{hit.item}" in hit.snippet, (hit.item, hit.snippet)
    assert sorted(searcher.search("خوشگوار", limit=10).hits, key=lambda h: h.id) == \
        sorted(filled, key=lambda h: h.id)


def test_read_article_opens_the_row_or_item_asked_for(news: Path) -> None:
    row = read_article(news / "urdu_news_1m.csv", 2)
    item = read_article(news / "bbc_urdu.rss", 3)
    page = read_article(news / "bbc_like.html")
    assert isinstance(row, Article) and isinstance(item, Article) and isinstance(page, Article)
    assert row.item == 2 and row.title.startswith("قومی ٹیم")
    assert item.item == 3 and item.title == "سونے کی قیمت میں اضافہ"
    assert page.title == EXPECTED["bbc_like.html"]["title"] and not page.title_from_text
    assert set(EXPECTED["bbc_like.html"]["body"]) <= set(page.paragraphs)
    gone = read_article(news / "urdu_news_1m.csv", 99)
    assert isinstance(gone, Skipped) and "99" in gone.reason


def test_an_indexed_row_opens_from_the_index_as_read_from_its_file(tmp_path: Path,
                                                                   news: Path) -> None:
    index = ArticleIndex(tmp_path / "ix")
    index.refresh([news])
    for path, item in ((news / "urdu_news_1m.csv", 3), (news / "bbc_urdu.rss", 2),
                       (news / "bbc_like.html", None)):
        stored, read = index.stored_article(path, item), read_article(path, item)
        assert isinstance(stored, Article) and isinstance(read, Article)
        for name in ("id", "title", "text", "paragraphs", "item", "published", "source",
                     "url", "author", "category", "title_from_text"):
            assert getattr(stored, name) == getattr(read, name), name
    assert index.stored_article(news / "urdu_news_1m.csv", 99) is None
    with (news / "urdu_news_1m.csv").open("a", encoding="utf-8") as fh:
        fh.write(csv_row(4))
    assert index.stored_article(news / "urdu_news_1m.csv", 3) is None  # changed: read it


def test_the_same_article_in_several_files_and_rows_is_listed_once(tmp_path: Path) -> None:
    lib = tmp_path / "lib"
    lib.mkdir()
    text = "اسلام آباد میں آج پارلیمان کا اجلاس ہوا اور بجٹ پر بحث جاری رہی۔"
    (lib / "a.csv").write_text(CSV_HEADER + csv_row(1, text) + csv_row(2) + csv_row(3, text),
                               encoding="utf-8")
    (lib / "b.txt").write_text(text + "\n", encoding="utf-8")
    index = ArticleIndex(tmp_path / "ix")
    assert index.refresh([lib]).added == 4
    articles = index.articles()
    assert len(articles) == 2
    (copy,) = [a for a in articles if a.also_in]
    assert (copy.path.name, copy.item) == ("a.csv", 1)
    assert sorted((p.name, item) for p, item in copy.also_in) == [("a.csv", 3), ("b.txt", None)]
    assert len(Searcher(index).search("پارلیمان").hits) == 1


BAD_INPUTS = {
    # name: (bytes, words in the skip reason)
    "binary.html": (b"\x00\x01\x02PK\x03\x04" * 50, "binary"),
    "broken.xml": ("<?xml version='1.0'?><rss><channel><title>x</title><item><title>خبر"
                   "</title><description>پہلی خبر کا متن۔</description></item><item><title>"
                   .encode(), "item 2"),
    "empty_feed.rss": ("<?xml version='1.0'?><rss version='2.0'><channel><title>جنگ"
                       "</title></channel></rss>".encode(), "no items"),
    "cut.csv": (CSV_HEADER + csv_row(1, tag="c") + '2,"سرخی","ادھوری خبر', "cut short"),
    "bad.jsonl": ('{"title": "ٹھیک", "text": "یہ سطر ٹھیک ہے۔"}\n{"title": "خراب", "text": \n'
                  '{"title": "آخری", "text": "یہ بھی ٹھیک ہے۔"}\n', "malformed JSON"),
    "odd_columns.csv": ("Sarkhi,Matn\nایک,دو\n", "Sarkhi, Matn"),
}


def test_each_bad_input_is_skipped_with_its_reason_and_the_rest_imported(
        tmp_path: Path, news: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(readers, "MAX_ROW_BYTES", 4096)  # a "huge row" without 8 MB files
    for name, (data, _words) in BAD_INPUTS.items():
        (news / name).write_bytes(data if isinstance(data, bytes) else data.encode())
    huge = (CSV_HEADER + csv_row(1, tag="h") + csv_row(2, "بہت لمبی " * 1000)
            + csv_row(3, tag="h"))
    (news / "huge.csv").write_text(huge, encoding="utf-8")
    # a UTF-8 file with a Windows-1256 line (an Arabic ي, which cp1256 has) and a bad line
    mixed = (CSV_HEADER.encode() + csv_row(1, tag="m").encode()
             + '2,"پراني","متن پرانا ہے اور پراني خبر ہے.",sport,2020-01-01,,x\n'.encode("cp1256")
             + b'3,"caf\xe9 na\xefve","\xe9t\xe9 \xe0 Paris",,,,\n' + csv_row(4, tag="m").encode())
    (news / "mixed.csv").write_bytes(mixed)
    index = ArticleIndex(tmp_path / "ix")
    report = index.refresh([news])
    reasons = {s.path.name: str(s) for s in report.skipped}
    for name, (_data, words) in BAD_INPUTS.items():
        assert words in reasons[name], (name, reasons.get(name))
    assert "row 2" in reasons["cut.csv"]
    assert "line 2" in reasons["bad.jsonl"]
    assert "line 3" in reasons["huge.csv"] and "longer than" in reasons["huge.csv"]
    assert "line 4" in reasons["mixed.csv"]  # the header is line 1
    imported = {(a.path.name, a.item) for a in index.articles()}
    assert {("cut.csv", 1), ("bad.jsonl", 1), ("bad.jsonl", 3), ("huge.csv", 1),
            ("huge.csv", 3), ("mixed.csv", 1), ("mixed.csv", 2), ("mixed.csv", 4)} <= imported
    assert ("broken.xml", 1) in imported
    assert sum(1 for name, _item in imported if name in BAD_INPUTS) == 4
    # and the good files of the folder are all there
    assert len([1 for name, _item in imported if name in {p.name for p in news.iterdir()}
                and name not in BAD_INPUTS and name not in ("huge.csv", "mixed.csv")]) == 10
    old = read_article(news / "mixed.csv", 2)
    assert isinstance(old, Article) and old.title == "پراني"


def test_refresh_after_editing_one_csv_reads_only_that_file(
        tmp_path: Path, news: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (news / "second.csv").write_text(CSV_HEADER + csv_row(1) + csv_row(2), encoding="utf-8")
    index = ArticleIndex(tmp_path / "ix")
    index.refresh([news])
    read: list[str] = []
    real = index_module.iter_articles

    def spy(path: Path, *args, **kwargs):
        read.append(path.name)
        return real(path, *args, **kwargs)

    monkeypatch.setattr(index_module, "iter_articles", spy)
    with (news / "second.csv").open("a", encoding="utf-8") as fh:
        fh.write(csv_row(3, "نئی قطار میں گلگت کا ذکر ہے۔"))
    report = index.refresh()
    assert read == ["second.csv"]
    assert (report.updated, report.added, report.unchanged) == (3, 0, 4)
    (hit,) = Searcher(index).search("گلگت").hits
    assert (hit.path.name, hit.item) == ("second.csv", 3)
    assert len([a for a in index.articles() if a.path.name == "second.csv"]) == 3
    assert index.refresh().changed == 0 and read == ["second.csv"]


def test_cancel_in_the_middle_of_a_csv_commits_nothing_of_it(tmp_path: Path) -> None:
    """A dataset smaller than a part (2,000 articles) is committed whole: a cancel inside
    it keeps none of its rows (larger ones: test_index_parts.py)."""
    lib = tmp_path / "lib"
    lib.mkdir()
    rows = 1500
    (lib / "big.csv").write_text(CSV_HEADER + "".join(csv_row(n) for n in range(1, rows + 1)),
                                 encoding="utf-8")
    index = ArticleIndex(tmp_path / "ix")
    seen: list[tuple[int, int]] = []
    report = index.refresh([lib], progress=lambda done, total: seen.append((done, total)),
                           cancelled=lambda: any(done >= 400 for done, _t in seen))
    assert report.cancelled and index.doc_count() == 0
    # progress was told inside the file, against the file's row count, and stopped early
    assert seen[0] == (0, rows)
    assert max(done for done, _t in seen) < rows
    assert index.refresh().added == rows
    assert index.doc_count() == rows


def test_a_column_mapping_is_kept_with_the_library_and_applied(tmp_path: Path) -> None:
    lib = tmp_path / "lib"
    lib.mkdir()
    odd = lib / "odd.csv"
    odd.write_text("Sarkhi,Matn\n\"پہلی خبر\",\"ملتان میں آم کی فصل اچھی ہوئی۔\"\n",
                   encoding="utf-8")
    index = ArticleIndex(tmp_path / "ix")
    report = index.refresh([lib])
    (skip,) = report.skipped
    assert "Sarkhi, Matn" in skip.reason and index.doc_count() == 0
    index.set_columns(lib, {"title": "Sarkhi", "text": "Matn"})
    assert ArticleIndex(tmp_path / "ix").columns_for(odd) == {"title": "Sarkhi",
                                                              "text": "Matn"}
    assert index.refresh().added == 1
    (article,) = index.articles()
    assert article.title == "پہلی خبر"
    assert read_article(odd, 1, index.columns_for(odd)).title == "پہلی خبر"
    with pytest.raises(ValueError):
        index.set_columns(lib, {"headline": "Sarkhi"})
    index.set_columns(lib, {})
    assert index.columns_for(odd) == {}
    assert index.refresh().removed == 1  # read again without the mapping: skipped


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "reader_app", *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=120,
                          env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})


def test_cli_maps_columns_and_gives_the_facts_in_json(tmp_path: Path, news: Path) -> None:
    (news / "odd.csv").write_text("Sarkhi,Khabar Matn,Din\n\"سکردو کی خبر\","
                                  "\"سکردو میں برف باری ہوئی۔\",2024-12-01\n",
                                  encoding="utf-8")
    ix = str(tmp_path / "ix")
    done = run_cli("index", "-q", "--index-dir", ix, "--column", "title=Sarkhi",
                   "--column", "text=Khabar Matn", "--column", "date=Din", str(news))
    assert done.returncode == 0, done.stderr
    assert "skipped" not in done.stderr
    found = run_cli("search", "--json", "--index-dir", ix, "سکردو")
    (result,) = json.loads(found.stdout)["results"]
    assert result["title"] == "سکردو کی خبر" and result["item"] == 1
    assert result["date"].startswith("2024-12-01") and result["source"] == "odd"
    found = run_cli("search", "--json", "--index-dir", ix, "راوی")
    (result,) = json.loads(found.stdout)["results"]
    assert set(result) == {"path", "title", "date", "source", "url", "snippet", "score"}
    assert result["url"] == EXPECTED["bbc_like.html"]["url"]
    assert result["date"] == EXPECTED["bbc_like.html"]["published"]
    bad = run_cli("index", "-q", "--index-dir", ix, "--column", "headline=X", str(news))
    assert bad.returncode == 2 and "unknown field" in bad.stderr
