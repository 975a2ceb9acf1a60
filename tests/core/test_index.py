"""The index: built, refreshed incrementally, versioned, and repaired when damaged."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import make_folder

from reader_app.core import index as index_module
from reader_app.core.index import INDEX_NAME, ArticleIndex
from reader_app.core.search import Searcher


def make_library(root: Path, count: int = 5) -> Path:
    return make_folder(root, {f"article_{i}.txt": f"خبر نمبر {i} لفظ{i} پاکستان"
                              for i in range(count)})


def paths(index: ArticleIndex) -> set[str]:
    return {a.path.name for a in index.articles()}


def test_build_reports_progress_and_lists_every_article(tmp_path: Path) -> None:
    lib = make_library(tmp_path / "lib")
    (lib / "broken.txt").write_bytes(bytes(64))
    calls: list[tuple[int, int]] = []
    index = ArticleIndex(tmp_path / "ix")
    report = index.refresh([lib], progress=lambda d, t: calls.append((d, t)))
    assert report.added == 5 and len(report.skipped) == 1
    assert calls[0] == (0, 6) and calls[-1] == (6, 6)
    assert paths(index) == {f"article_{i}.txt" for i in range(5)}
    assert {a.title for a in index.articles()} == {f"خبر نمبر {i} لفظ{i} پاکستان" for i in range(5)}


def test_refresh_touches_only_what_changed(tmp_path: Path) -> None:
    lib = make_library(tmp_path / "lib")
    index = ArticleIndex(tmp_path / "ix")
    index.refresh([lib])
    (lib / "article_0.txt").write_text("بالکل نیا متن", encoding="utf-8")
    os.utime(lib / "article_0.txt", (1, 1))
    (lib / "article_1.txt").unlink()
    (lib / "new.txt").write_text("تازہ خبر", encoding="utf-8")
    report = index.refresh([lib])
    assert (report.added, report.updated, report.removed, report.unchanged) == (1, 1, 1, 3)
    assert index.refresh([lib]).changed == 0
    searcher = Searcher(index)
    assert [h.path.name for h in searcher.search("بالکل").hits] == ["article_0.txt"]
    assert searcher.search("لفظ0").hits == []
    assert searcher.search("لفظ1").hits == []


def test_reopening_keeps_the_index(tmp_path: Path) -> None:
    lib = make_library(tmp_path / "lib")
    ArticleIndex(tmp_path / "ix").refresh([lib])
    again = ArticleIndex(tmp_path / "ix")
    assert again.notice is None
    assert again.refresh([lib]).unchanged == 5 and again.doc_count() == 5


def test_cancelled_build_commits_nothing(tmp_path: Path) -> None:
    lib = make_library(tmp_path / "lib", 60)
    index = ArticleIndex(tmp_path / "ix")
    seen = []
    report = index.refresh([lib], progress=lambda d, t: seen.append(d),
                           cancelled=lambda: len(seen) > 1)
    assert report.cancelled and index.doc_count() == 0
    assert index.refresh([lib]).added == 60


def test_same_content_in_two_files_is_listed_once(tmp_path: Path, seed_path: Path) -> None:
    lib = tmp_path / "lib"
    lib.mkdir()
    shutil.copy(seed_path, lib / "one.txt")
    shutil.copy(seed_path, lib / "two.txt")
    index = ArticleIndex(tmp_path / "ix")
    assert index.refresh([lib]).added == 2  # both are indexed (a copy may be edited)
    (listed,) = index.articles()
    assert listed.path.name == "one.txt"
    assert [(p.name, item) for p, item in listed.also_in] == [("two.txt", None)]
    assert len(Searcher(index).search("شویگو").hits) == 1


def test_other_schema_version_is_rebuilt(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    lib = make_library(tmp_path / "lib")
    monkeypatch.setattr(index_module, "INDEX_NAME", "articles_v0")
    ArticleIndex(tmp_path / "ix").refresh([lib])
    monkeypatch.setattr(index_module, "INDEX_NAME", INDEX_NAME)
    index = ArticleIndex(tmp_path / "ix")
    assert index.notice and "another version" in index.notice
    assert index.doc_count() == 5  # rebuilt from the library at once, not left empty
    assert not [n for n in os.listdir(tmp_path / "ix") if "articles_v0" in n]
    assert index.refresh([lib]).unchanged == 5


@pytest.mark.parametrize("part", [".trm", ".pst", "._stored.col"])
def test_truncated_segment_part_is_rebuilt(tmp_path: Path, part: str) -> None:
    # (The lengths column is left out: Whoosh reads a damaged one as zeros, which only
    # affects ranking.)
    lib = make_library(tmp_path / "lib")
    ArticleIndex(tmp_path / "ix").refresh([lib])
    target = next(f for f in (tmp_path / "ix").iterdir() if f.name.endswith(part))
    target.write_bytes(target.read_bytes()[: target.stat().st_size // 2])
    index = ArticleIndex(tmp_path / "ix")
    assert index.notice and "rebuilt" in index.notice
    assert index.refresh([lib]).unchanged == 5
    assert len(Searcher(index).search("پاکستان").hits) == 5


@pytest.mark.parametrize("damage", ["delete_segment", "garbage_toc"])
def test_damaged_index_is_rebuilt(tmp_path: Path, damage: str) -> None:
    lib = make_library(tmp_path / "lib")
    ArticleIndex(tmp_path / "ix").refresh([lib])
    files = sorted((tmp_path / "ix").iterdir())
    if damage == "delete_segment":
        for segment in files:
            if segment.suffix in (".seg", ".trm", ".pst", ".col"):
                segment.unlink()
    else:
        next(f for f in files if f.suffix == ".toc").write_bytes(b"\x00garbage")
    index = ArticleIndex(tmp_path / "ix")
    assert index.notice and "rebuilt" in index.notice
    assert index.refresh([lib]).unchanged == 5
    assert len(Searcher(index).search("پاکستان").hits) == 5


def test_stale_lock_from_killed_process_is_recovered(tmp_path: Path) -> None:
    lib = make_library(tmp_path / "lib")
    ArticleIndex(tmp_path / "ix").refresh([lib])
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys; from whoosh.index import open_dir; "
         f"w = open_dir({str(tmp_path / 'ix')!r}, {INDEX_NAME!r}).writer(); "
         "print('locked', flush=True); sys.stdin.read()"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "locked"
    holder.kill()
    holder.wait()
    assert any("LOCK" in n for n in os.listdir(tmp_path / "ix"))
    (lib / "extra.txt").write_text("اضافی", encoding="utf-8")
    assert ArticleIndex(tmp_path / "ix").refresh([lib]).added == 1


def test_read_only_or_impossible_folder_falls_back_to_memory(tmp_path: Path) -> None:
    lib = make_library(tmp_path / "lib")
    blocker = tmp_path / "a_file"
    blocker.write_text("not a folder")
    index = ArticleIndex(blocker / "ix")
    assert index.in_memory and "memory" in (index.notice or "")
    index.refresh([lib])
    assert len(Searcher(index).search("پاکستان").hits) == 5
