"""``kill -9`` of the indexer at random moments loses nothing and leaves no orphans.

The count of kills is READER_KILLS (default 6, as in CI); the note's figures come from
``READER_KILLS=60 .venv/bin/python -m pytest tests/reliability/test_killed.py``.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from helpers import unique_word, write_library

from reader_app.core.index import ArticleIndex
from reader_app.core.search import Searcher

KILLS = int(os.environ.get("READER_KILLS", "6"))
ARTICLES = 1500  # above PARALLEL_MIN_DOCS, so the multi-process writer is exercised too
ROOT = Path(__file__).resolve().parents[2]


def start_indexer(lib: Path, ix: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "reader_app", "index", str(lib),
                             "--index-dir", str(ix), "-q"], cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def processes_using(marker: str) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                cmdline = (entry / "cmdline").read_bytes().decode(errors="replace")
                state = (entry / "stat").read_text().split(") ")[1][0]
            except OSError:
                continue
            if marker in cmdline and state != "Z":
                found.append(int(entry.name))
    return found


def gone(marker: str, limit: float = 10.0) -> list[int]:
    """The processes using ``marker`` once the dead parent's children have gone (the
    kernel kills them: PR_SET_PDEATHSIG), or those still there after ``limit`` seconds."""
    deadline = time.monotonic() + limit
    while (left := processes_using(marker)) and time.monotonic() < deadline:
        time.sleep(0.05)
    return left


def assert_consistent(ix: Path, total: int) -> int:
    index = ArticleIndex(ix)
    try:
        count = index.doc_count()
        assert count <= total
        paths = [a.path for a in index.articles()]
        assert len(paths) == len(set(paths)) == count
        return count
    finally:
        index.close()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="uses /proc and SIGKILL")
def test_killed_build_and_refresh_lose_nothing(tmp_path: Path, sentences: list[str]) -> None:
    rng = random.Random(42)
    lib, ix = tmp_path / "lib", tmp_path / "ix"
    paths = write_library(lib, ARTICLES, sentences)
    survived = 0
    for round_ in range(KILLS):
        if round_ == KILLS // 2:  # second half: kill refreshes of an existing index
            assert start_indexer(lib, ix).wait(timeout=300) == 0
            for path in rng.sample(paths, ARTICLES // 10):
                path.write_text(path.read_text(encoding="utf-8") + " تازہ", encoding="utf-8")
                os.utime(path, (time.time() + round_, time.time() + round_))
        proc = start_indexer(lib, ix)
        time.sleep(rng.uniform(0.2, 6.0))  # kept: the kill's random moment
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        assert gone(str(ix)) == [], "indexer children outlived their parent"
        assert_consistent(ix, ARTICLES)
        survived += 1
    assert start_indexer(lib, ix).wait(timeout=300) == 0
    assert assert_consistent(ix, ARTICLES) == ARTICLES
    index = ArticleIndex(ix)
    searcher = Searcher(index)
    for i in rng.sample(range(ARTICLES), 40):
        hits = searcher.search(unique_word(i), limit=3).hits
        assert [h.path.name for h in hits] == [f"article {i}.txt"]
    assert survived == KILLS


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="uses SIGKILL")
def test_app_killed_during_first_launch_indexing(tmp_path: Path, sentences: list[str]) -> None:
    """The real window, offscreen, killed while its first launch indexes a big library."""
    import json

    from reader_app.core.paths import seeds_dir

    rng = random.Random(7)
    lib = tmp_path / "lib"
    write_library(lib, ARTICLES, sentences)
    config = tmp_path / "config" / "UrduReader"
    config.mkdir(parents=True)
    (config / "UrduReader.ini").write_text(
        "[library]\nfolders=" + json.dumps(json.dumps([str(lib)])) + "\n", encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_DATA_HOME=str(tmp_path / "data"),
               XDG_CONFIG_HOME=str(tmp_path / "config"))
    ix = tmp_path / "data" / "UrduReader" / "index"
    for _ in range(max(2, KILLS // 2)):
        app = subprocess.Popen([sys.executable, "-m", "reader_app"], cwd=ROOT, env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.5, 5.0))  # kept: the kill's random moment
        app.send_signal(signal.SIGKILL)
        app.wait()
        assert gone(str(tmp_path)) == []
        if ix.exists():
            assert_consistent(ix, ARTICLES + 1)
    index = ArticleIndex(ix)
    index.refresh([seeds_dir(), lib])
    assert index.doc_count() == ARTICLES + 1
    searcher = Searcher(index)
    for i in rng.sample(range(ARTICLES), 20):
        assert [h.path.name for h in searcher.search(unique_word(i)).hits] == [f"article {i}.txt"]
