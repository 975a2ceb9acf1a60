"""A long refresh commits in parts: each part is listed and searchable before the refresh
ends, and a cancel keeps the parts already committed so that the next refresh finishes the
rest without doubling an article (a dataset cut by a part is read again whole)."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import unique_word

from reader_app.core import index as index_module
from reader_app.core.index import ArticleIndex
from reader_app.core.results import RefreshReport
from reader_app.core.search import Searcher

CSV_HEADER = "Index,Headline,News Text,Category,Date,URL,Source\n"


def write_articles(lib: Path, count: int) -> dict[int, Path]:
    lib.mkdir(parents=True, exist_ok=True)
    paths = {}
    for i in range(count):
        paths[i] = lib / f"a{i:03d}.txt"
        paths[i].write_text(f"{unique_word(i)} شہر میں آج موسم خوشگوار رہا۔", encoding="utf-8")
    return paths


@pytest.fixture
def small_parts(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(index_module, "PART_ARTICLES", 5)


def found(index: ArticleIndex, i: int) -> list[str]:
    return [h.path.name for h in Searcher(index).search(unique_word(i), limit=5).hits]


def test_each_part_is_listed_and_searchable_before_the_refresh_ends(
        tmp_path: Path, small_parts: None) -> None:
    paths = write_articles(tmp_path / "lib", 12)
    index = ArticleIndex(tmp_path / "ix")
    seen: list[tuple[int, int, list[str], list[str]]] = []

    def committed(report: RefreshReport) -> None:
        listed = sorted(a.path.name for a in index.articles())
        seen.append((report.added, len(listed), found(index, 0), listed))

    report = index.refresh([tmp_path / "lib"], committed=committed)
    assert (report.added, report.cancelled) == (12, False)
    assert [(added, count) for added, count, _hits, _listed in seen] == [(5, 5), (10, 10)]
    assert seen[0][2] == ["a000.txt"]  # the first part is found while the rest is read
    assert seen[0][3] == [paths[i].name for i in range(5)]  # whole files, in walk order
    assert len(index.articles()) == index.doc_count() == 12


def test_a_cancel_keeps_the_committed_parts_and_the_next_refresh_finishes(
        tmp_path: Path, small_parts: None) -> None:
    write_articles(tmp_path / "lib", 12)
    index = ArticleIndex(tmp_path / "ix")
    parts: list[RefreshReport] = []
    report = index.refresh([tmp_path / "lib"], committed=parts.append,
                           cancelled=lambda: bool(parts))
    assert report.cancelled and report.added == 5 and len(parts) == 1
    assert index.doc_count() == len(index.articles()) == 5
    again = index.refresh()
    assert (again.added, again.unchanged) == (7, 5)
    listed = [a.path for a in index.articles()]
    assert len(listed) == len(set(listed)) == index.doc_count() == 12
    assert all(found(index, i) == [f"a{i:03d}.txt"] for i in range(12))


def test_a_big_dataset_is_listed_in_parts_and_a_cancel_inside_it_never_doubles(
        tmp_path: Path, small_parts: None) -> None:
    """A part may end inside a dataset: its first rows are listed while the rest is read.
    Cancelled there, the rows committed stay listed, the file is marked as partly read,
    and the next refresh reads it again whole: every row once."""
    lib = tmp_path / "lib"
    write_articles(lib, 5)
    rows = 1500
    (lib / "z big.csv").write_text(CSV_HEADER + "".join(
        f'{n},"سرخی {n}","خبر نمبر {n} کا متن: بازار کھلے رہے۔",کھیل,2024-07-01,'
        f"https://example.pk/{n},urdupoint\n" for n in range(1, rows + 1)), encoding="utf-8")
    index = ArticleIndex(tmp_path / "ix")
    seen: list[int] = []
    listed: list[int] = []
    report = index.refresh([lib], progress=lambda done, _total: seen.append(done),
                           cancelled=lambda: any(done >= 400 for done in seen),
                           committed=lambda _r: listed.append(len(index.articles())))
    # the five text files were a part, then 200 rows of the dataset (asked every 200 rows)
    assert listed == [5, 205]
    assert report.cancelled and report.added == 205 and index.doc_count() == 205
    assert (tmp_path / "ix" / "partial.json").exists()
    again = index.refresh()  # the dataset's size and time are as stored: read again anyway
    assert (again.updated, again.unchanged) == (rows, 5)
    keys = [(a.path.name, a.item) for a in index.articles()]
    assert len(keys) == len(set(keys)) == index.doc_count() == rows + 5
    assert not (tmp_path / "ix" / "partial.json").exists()
    assert index.refresh().changed == 0


def test_later_parts_grow_so_a_large_library_is_a_few_parts(tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """Each part is at least as large as all before it: the number of parts (and of the
    segments they leave) grows with the logarithm of the library, not with its size."""
    monkeypatch.setattr(index_module, "PART_ARTICLES", 2)
    write_articles(tmp_path / "lib", 30)
    index = ArticleIndex(tmp_path / "ix")
    parts: list[int] = []
    index.refresh([tmp_path / "lib"], committed=lambda report: parts.append(report.added))
    assert parts == [2, 4, 8, 16] and index.doc_count() == 30
