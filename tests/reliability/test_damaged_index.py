"""A damaged, read-only or full index folder: a clear message, a rebuild or a read-only
session, and never a traceback or a lost article."""

from __future__ import annotations

import contextlib
import errno
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import unique_word, write_library

from reader_app.core.index import ArticleIndex, IndexError_
from reader_app.core.search import Searcher

ROOT = Path(__file__).resolve().parents[2]
CAN_MOUNT = sys.platform.startswith("linux") and os.geteuid() == 0


def built(tmp_path: Path, sentences: list[str], count: int = 20) -> tuple[Path, Path]:
    lib, ix = tmp_path / "lib", tmp_path / "ix"
    write_library(lib, count, sentences)
    ArticleIndex(ix).refresh([lib])
    return lib, ix


def findable(ix: Path, i: int) -> bool:
    return bool(Searcher(ArticleIndex(ix)).search(unique_word(i)).hits)


def test_missing_table_of_contents_is_rebuilt(tmp_path: Path, sentences: list[str]) -> None:
    lib, ix = built(tmp_path, sentences)
    for toc in ix.glob("*.toc"):
        toc.unlink()
    index = ArticleIndex(ix)
    assert index.notice and "rebuilt" in index.notice
    assert index.doc_count() == 20  # the library is read again at once
    assert index.refresh([lib]).unchanged == 20 and findable(ix, 7)


def test_missing_index_folder_is_created(tmp_path: Path, sentences: list[str]) -> None:
    lib, ix = built(tmp_path, sentences)
    index = ArticleIndex(tmp_path / "new" / "deeper")
    assert index.notice is None and not index.in_memory
    assert index.refresh([lib]).added == 20


def test_cli_reports_a_damaged_index_without_traceback(tmp_path: Path,
                                                       sentences: list[str]) -> None:
    lib, ix = built(tmp_path, sentences)
    for seg in [*ix.glob("*.trm"), *ix.glob("*.pst"), *ix.glob("*.seg")]:
        seg.write_bytes(b"\x00" * 10)
    result = subprocess.run([sys.executable, "-m", "reader_app", "index", str(lib),
                             "--index-dir", str(ix), "-q"], cwd=ROOT, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0
    assert "damaged" in result.stderr and "Traceback" not in result.stderr
    assert "20 articles indexed" in result.stdout


@contextlib.contextmanager
def mounted(target: Path, *options: str) -> Iterator[None]:
    target.mkdir(parents=True, exist_ok=True)
    subprocess.run(["mount", *options, str(target)], check=True)
    try:
        yield
    finally:
        subprocess.run(["umount", "-l", str(target)], check=False)


@contextlib.contextmanager
def read_only(folder: Path) -> Iterator[None]:
    """Read-only for real: a read-only bind mount as root (root ignores modes), else chmod."""
    if CAN_MOUNT:
        with mounted(folder, "--bind", str(folder)):
            subprocess.run(["mount", "-o", "remount,ro,bind", str(folder)], check=True)
            yield
    else:
        folder.chmod(0o555)
        try:
            yield
        finally:
            folder.chmod(0o755)


def test_read_only_index_still_searches(tmp_path: Path, sentences: list[str]) -> None:
    lib, ix = built(tmp_path, sentences)
    write_library(lib / "more", 3, sentences, seed=9)
    with read_only(ix):
        index = ArticleIndex(ix)
        assert index.read_only and "read-only" in (index.notice or "")
        assert Searcher(index).search(unique_word(3)).hits
        with pytest.raises(IndexError_, match="cannot be written|read-only|previous index"):
            index.refresh([lib])
    assert findable(ix, 3)


def test_read_only_data_folder_without_index_uses_memory(tmp_path: Path,
                                                         sentences: list[str]) -> None:
    lib = tmp_path / "lib"
    write_library(lib, 5, sentences)
    data = tmp_path / "data"
    data.mkdir()
    with read_only(data):
        index = ArticleIndex(data / "index")
        assert index.in_memory and "memory" in (index.notice or "")
        index.refresh([lib])
        assert Searcher(index).search(unique_word(4)).hits


@pytest.mark.skipif(not CAN_MOUNT, reason="needs root to mount a small tmpfs")
def test_disk_full_while_indexing_keeps_the_previous_index(tmp_path: Path,
                                                           sentences: list[str]) -> None:
    small = tmp_path / "small"
    with mounted(small, "-t", "tmpfs", "-o", "size=600k", "tmpfs"):
        lib, ix = tmp_path / "lib", small / "ix"
        write_library(lib, 10, sentences)
        index = ArticleIndex(ix)
        index.refresh([lib])
        write_library(lib / "big", 1200, sentences, seed=3)
        with pytest.raises(IndexError_, match="disk is full|could be written"):
            index.refresh([lib])
        again = ArticleIndex(ix)
        assert again.doc_count() == 10
        assert Searcher(again).search(unique_word(9)).hits


def test_disk_full_simulated_everywhere(tmp_path: Path, sentences: list[str],
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    lib, ix = built(tmp_path, sentences)
    write_library(lib / "more", 30, sentences, seed=5)
    from whoosh.filedb import filestore

    real_create = filestore.FileStorage.create_file

    def full(self, name, **kwargs):
        if name.endswith((".seg", ".toc")) or ".toc." in name:
            raise OSError(errno.ENOSPC, "No space left on device", name)
        return real_create(self, name, **kwargs)

    monkeypatch.setattr(filestore.FileStorage, "create_file", full)
    with pytest.raises(IndexError_, match="disk is full"):
        ArticleIndex(ix).refresh([lib])
    monkeypatch.undo()
    index = ArticleIndex(ix)
    assert index.doc_count() == 20 and findable(ix, 19)
    assert index.refresh([lib]).added == 30
