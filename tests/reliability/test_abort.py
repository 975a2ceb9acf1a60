"""Quitting mid-refresh: ``ArticleIndex.abort`` stops a refresh at once, in any phase, and
commits nothing; the next launch finds the index as it was and finishes the work."""

from __future__ import annotations

import multiprocessing
import threading
import time
from pathlib import Path

import pytest
from helpers import unique_word, write_library

from reader_app.core.index import PARALLEL_MIN_DOCS, ArticleIndex
from reader_app.core.search import Searcher

COUNT = PARALLEL_MIN_DOCS + 400  # large enough for Whoosh's writer processes


def _run_until(index: ArticleIndex, folder: Path, moment: str) -> tuple[object, float]:
    """Refresh in a thread, abort when ``moment`` comes; return (report, abort → return)."""
    reached = threading.Event()
    result: dict[str, object] = {}

    def progress(done: int, total: int) -> None:
        if (moment == "adding" and done >= total // 3) or (moment == "commit" and done == total):
            reached.set()

    def work() -> None:
        result["report"] = index.refresh([folder], progress=progress)

    thread = threading.Thread(target=work)
    thread.start()
    assert reached.wait(120), "the refresh never reached the moment to abort"
    if moment == "commit":
        time.sleep(0.3)  # well inside the commit: the writer processes are still busy
    aborted = time.monotonic()
    index.abort()
    thread.join(30)
    took = time.monotonic() - aborted
    assert not thread.is_alive(), "the refresh did not stop after abort()"
    return result["report"], took


@pytest.mark.parametrize("moment", ["adding", "commit"])
def test_abort_stops_a_big_refresh_at_once_and_commits_nothing(
        tmp_path: Path, sentences: list[str], moment: str) -> None:
    seed = tmp_path / "seed"
    seed.mkdir()
    for i in range(3):
        (seed / f"seed {i}.txt").write_text(f"بیج{i} {sentences[i]}", encoding="utf-8")
    folder = tmp_path / "big"
    write_library(folder, COUNT, sentences)
    ix_dir = tmp_path / "ix"
    index = ArticleIndex(ix_dir)
    index.refresh([seed])
    report, took = _run_until(index, folder, moment)
    assert report.cancelled
    assert took < 1.5, f"abort took {took:.2f} s"
    deadline = time.monotonic() + 10  # killed by abort(): gone once the kernel has ended them
    while multiprocessing.active_children() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert multiprocessing.active_children() == [], "writer processes outlived the abort"
    assert index.refresh([folder]).cancelled, "an aborted index must refuse new work"
    index.close()

    # The next launch: the index is as it was, and a refresh finishes the work.
    again = ArticleIndex(ix_dir)
    assert again.notice is None
    assert again.doc_count() == 3
    final = again.refresh([seed, folder])
    assert final.added == COUNT and not final.cancelled
    searcher = Searcher(again)
    for i in (0, COUNT // 2, COUNT - 1):
        assert len(searcher.search(unique_word(i)).hits) == 1
    again.close()
