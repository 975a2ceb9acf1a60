"""The window's memory over a long session: 1,000 searches, each with its results painted and
every tenth one opened, in the real window (offscreen) over the 1,300 real articles.

    .venv/bin/python benchmarks/bench_memory.py [--searches 1000] [--every 100]

Queries are drawn at run time from the articles' own words (one to three words, a seed
printed). Prints the process's RSS every ``--every`` searches and the growth over the last
half: a session levels off when the caches are full (the search's term cache, bounded in
bytes; the text cache, 64 articles; the results' laid-out documents, 120), and keeps growing
when something leaks.
"""

from __future__ import annotations

import argparse
import gc
import os
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
CORPUS = ROOT.parent / "shared" / "corpora" / "urdu-news-bend-the-truth"


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def term_cache_mb() -> float:
    """What the search's term caches hold (bounded at evaluate.CACHE_BYTES a segment)."""
    from reader_app.core.evaluate import _TermCache

    return sum(o.size for o in gc.get_objects() if isinstance(o, _TermCache)) / 2**20


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--searches", type=int, default=1000)
    parser.add_argument("--every", type=int, default=100)
    parser.add_argument("--seed", type=int, default=None)
    args = parser.parse_args()
    seed = args.seed if args.seed is not None else random.randrange(10**6)
    work = Path(tempfile.mkdtemp(prefix="memory-"))
    os.environ.update(QT_QPA_PLATFORM="offscreen", XDG_DATA_HOME=str(work / "data"),
                      XDG_CONFIG_HOME=str(work / "config"), XDG_CACHE_HOME=str(work / "cache"))
    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from reader_app.ui.app import prepare
    from reader_app.ui.main_window import MainWindow
    from reader_app.ui.settings import Settings

    qInstallMessageHandler(lambda *_: None)  # the offscreen plugin's notes on every window
    app = QApplication.instance() or QApplication([])
    settings = Settings(work / "settings.ini")
    settings.folders = [CORPUS]
    theme, translations = prepare(app, settings)
    window = MainWindow(settings, index_dir=work / "index", theme=theme,
                        translations=translations)
    window.show()
    window.start()

    def wait(condition, timeout: float = 600.0) -> None:
        deadline = time.monotonic() + timeout
        while not condition():
            if time.monotonic() > deadline:
                raise TimeoutError
            app.processEvents()
            time.sleep(0.002)

    wait(lambda: window.library.ready and window.library.refresh_count >= 1
         and not window.library.busy and not window.runner.busy)
    rng = random.Random(seed)
    files = sorted(CORPUS.rglob("*.txt"))
    pane = window.search_pane
    print(f"{window.library_pane.model.rowCount():,} articles; query seed {seed}")
    print(f"{'searches':>9} {'RSS MB':>8} {'term cache MB':>14}")
    marks: list[tuple[int, float]] = []
    for i in range(1, args.searches + 1):
        words = [w for w in rng.choice(files).read_text(encoding="utf-8").split()
                 if len(w) > 2]
        start = rng.randrange(max(1, len(words) - 3))
        query = " ".join(words[start:start + rng.choice((1, 1, 2, 3))])
        before = pane.response
        pane.set_query(query)
        wait(lambda b=before: pane.response is not b and not pane.searching, timeout=60)
        pane.results_view.grab()  # painted, through every delegate
        if i % 10 == 0 and pane.hits:
            window.open_result(0)
            wait(lambda: not window.runner.busy, timeout=60)
        if i % args.every == 0:
            gc.collect()
            marks.append((i, rss_mb()))
            print(f"{i:>9} {marks[-1][1]:>8.0f} {term_cache_mb():>14.1f}")
    half = [m for m in marks if m[0] > args.searches // 2]
    if len(half) >= 2:
        per = (half[-1][1] - half[0][1]) / (half[-1][0] - half[0][0]) * 1000
        print(f"growth over the second half: {per:.0f} KB a search")
    window.close()


if __name__ == "__main__":
    main()
