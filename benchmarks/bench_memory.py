"""The window's memory over a long session: 1,000 searches, each with its results painted and
every tenth one opened, in the real window (offscreen) over the 1,300 real articles; where
it levels off, and what grows.

    .venv/bin/python benchmarks/bench_memory.py [--searches 1000] [--every 100]
        [--window 300] [--plateau-kb 5] [--no-trace] [--free-replaced-documents]

Queries are drawn at run time from the articles' own words (one to three words, a seed
printed). Every ``--every`` searches, after a full collection, it prints side by side:

- RSS (less tracemalloc's own tables) and its growth per search over the last
  ``--window`` searches;
- the Python heap allocated since the first search and still alive (tracemalloc, one
  frame), with the search's term caches in it (their own count of the memory they take,
  evaluate._TermCache.cost), the ink meters' word caches (ui/fonts.py InkMeter: the result
  delegate's and the viewer's, measured with sys.getsizeof, and how many words) and the
  rest;
- what is not Python: RSS less that heap, since the first search (Qt's documents and glyph
  caches, malloc's free space), malloc's free-but-unreturned bytes (mallinfo2) and the
  documents the viewer keeps besides the one it shows.

At the end: where RSS levels off (the first mark from which growth over every window stays
under ``--plateau-kb`` a search), the second half's growth split the same way, the Python
heap by the file that allocated it (term caches, ink meters, the word-folding memo,
Whoosh's idf memo and stored fields, the rest), and what each holder really held, measured
by letting it go: malloc_trim, the viewer's replaced documents, the results' 120 laid-out
documents, the ink meters, the term caches. ``--no-trace`` runs without tracemalloc (2.4
times faster, no Python total: "all else" is then RSS less the term caches and ink meters).

What it found (issue 27): the viewer keeps every article it has shown. Its
``_replace_document`` parents the new document to the viewer, and QTextEdit.setDocument
(Qt 6.11) deletes the replaced document only when it belongs to the editor's internal
control, so each opened article's laid-out document (~190 KB of malloc) stays a child of
the viewer until the window closes: 20 of the 25 KB a search, without end (178 -> 248 MB
over 3,000 searches). ``--free-replaced-documents`` applies the fix from outside (the
replaced document deleteLater()'d): RSS then levels off near 190 MB, growth under 5 KB a
search from about 2,500 searches, what still grows being the term caches (bounded; 29 MB
would hold every word of this index), the ink meters (one entry per distinct word shown:
~200 bytes, 28,000 words here) and the folding and idf memos (bounded by the vocabulary).
"""

from __future__ import annotations

import argparse
import ctypes
import gc
import os
import random
import shutil
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
CORPUS = ROOT.parent / "shared" / "corpora" / "urdu-news-bend-the-truth"
MB = 2**20
# Where the Python heap is allocated, by the allocating file (the innermost frame); the term
# caches are allocated in reader_app/core/evaluate.py.
PARTS = {"ink": "reader_app/ui/fonts.py", "fold": "reader_app/core/text/normalize.py",
         "whoosh": "/whoosh/"}


class _MallInfo2(ctypes.Structure):
    _fields_ = [(name, ctypes.c_size_t) for name in (
        "arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks", "uordblks",
        "fordblks", "keepcost")]


try:
    _LIBC: ctypes.CDLL | None = ctypes.CDLL("libc.so.6")
    _LIBC.mallinfo2.restype = _MallInfo2
except (OSError, AttributeError):  # not glibc (or older than 2.33)
    _LIBC = None


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def malloc_mb() -> tuple[float, float]:
    """glibc malloc's (bytes in use, bytes free but kept), over all its arenas."""
    if _LIBC is None:
        return 0.0, 0.0
    info = _LIBC.mallinfo2()
    return info.uordblks / MB, info.fordblks / MB


def malloc_trim() -> None:
    if _LIBC is not None:
        _LIBC.malloc_trim(0)


def term_cache_mb() -> float:
    """What the search's term caches hold (their own count, bounded at evaluate.CACHE_BYTES)."""
    from reader_app.core.evaluate import _TermCache

    return sum(o.size for o in gc.get_objects() if isinstance(o, _TermCache)) / MB


@dataclass
class Mark:
    searches: int
    rss: float  # MB, less tracemalloc's own tables
    python: float = 0.0  # MB allocated since the first search, alive
    parts: dict[str, float] = field(default_factory=dict)  # term, ink, fold, whoosh, other
    malloc_free: float = 0.0
    viewer_docs: int = 0
    ink_words: int = 0
    traced: bool = True

    @property
    def native(self) -> float:
        """RSS that is not Python heap allocated since the start (without tracemalloc:
        RSS less the term caches and the ink meters)."""
        if self.traced:
            return self.rss - self.python
        return self.rss - self.parts["term"] - self.parts["ink"]


def ink_mb(meters: list) -> float:
    """What the ink meters' word caches take (ui/fonts.py InkMeter: word -> two floats)."""
    total = 0
    for meter in meters:
        cache = getattr(meter, "_cache", {})
        total += sys.getsizeof(cache) + sum(
            sys.getsizeof(word) + sys.getsizeof(extent) + sum(map(sys.getsizeof, extent))
            for word, extent in list(cache.items()))
    return total / MB


def python_heap(meters: list) -> tuple[float, dict[str, float]]:
    """The Python heap allocated since tracing began and still alive (MB), with the term
    caches and the ink meters in it. No snapshot: its own objects raised the RSS it was
    measuring by ~100 KB a search."""
    parts = {"term": term_cache_mb(), "ink": ink_mb(meters)}
    if not tracemalloc.is_tracing():
        return 0.0, parts
    total = tracemalloc.get_traced_memory()[0] / MB
    parts["other"] = total - parts["term"] - parts["ink"]
    return total, parts


def python_split() -> dict[str, float]:
    """The traced Python heap (MB) by the file that allocated it (one snapshot)."""
    snapshot = tracemalloc.take_snapshot()
    parts = dict.fromkeys(["term", *PARTS, "other"], 0.0)
    for stat in snapshot.statistics("filename"):
        name = stat.traceback[0].filename.replace(os.sep, "/")
        part = next((p for p, where in PARTS.items() if where in name),
                    "term" if name.endswith("reader_app/core/evaluate.py") else "other")
        parts[part] += stat.size / MB
    return parts


def rate_kb(marks: list[Mark], at: int, window: int) -> float | None:
    """RSS growth in KB a search over the ``window`` searches up to mark ``at``."""
    end = marks[at]
    starts = [m for m in marks[:at] if m.searches <= end.searches - window]
    if not starts:
        return None
    start = starts[-1]
    return (end.rss - start.rss) / (end.searches - start.searches) * 1024


def plateau(marks: list[Mark], window: int, limit_kb: float) -> Mark | None:
    """The first mark from which the growth over every later window stays under
    ``limit_kb`` a search; None when the last window still grows faster."""
    rates = [rate_kb(marks, i, window) for i in range(len(marks))]
    found = None
    for mark, rate in zip(marks, rates, strict=True):
        if rate is None:
            continue
        if rate < limit_kb:
            found = found or mark
        else:
            found = None
    return found


def replaced_documents(viewer) -> list:
    from PySide6.QtGui import QTextDocument

    shown = viewer.document()
    return [d for d in viewer.findChildren(QTextDocument) if d is not shown]


def free_replaced_documents(viewer) -> None:
    """The fix recommended for ArticleViewer._replace_document, applied from outside: the
    document replaced is deleted (deleteLater) once the new one is set."""
    replace = viewer._replace_document

    def replacing(document) -> None:
        old = viewer.document()
        replace(document)
        if old is not document and old.parent() is viewer:
            old.deleteLater()

    viewer._replace_document = replacing


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--searches", type=int, default=1000)
    parser.add_argument("--every", type=int, default=100)
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--window", type=int, default=300,
                        help="searches over which growth per search is measured")
    parser.add_argument("--plateau-kb", type=float, default=5.0,
                        help="growth per search under which RSS counts as levelled off")
    parser.add_argument("--no-trace", action="store_true",
                        help="no tracemalloc: faster, exact RSS, no Python heap split")
    parser.add_argument("--free-replaced-documents", action="store_true",
                        help="delete the viewer's replaced documents (the recommended fix)")
    args = parser.parse_args()
    seed = args.seed if args.seed is not None else random.randrange(10**6)
    work = Path(tempfile.mkdtemp(prefix="memory-"))
    os.environ.update(QT_QPA_PLATFORM="offscreen", XDG_DATA_HOME=str(work / "data"),
                      XDG_CONFIG_HOME=str(work / "config"), XDG_CACHE_HOME=str(work / "cache"))
    from PySide6.QtCore import QEvent, qInstallMessageHandler
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

    def wait(condition: Callable[[], bool], timeout: float = 600.0) -> None:
        deadline = time.monotonic() + timeout
        while not condition():
            if time.monotonic() > deadline:
                raise TimeoutError
            app.processEvents()
            time.sleep(0.002)

    def settle() -> None:  # deleteLater done, cycles collected
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
        app.processEvents()
        gc.collect()

    wait(lambda: window.library.ready and window.library.refresh_count >= 1
         and not window.library.busy and not window.runner.busy)
    rng = random.Random(seed)
    files = sorted(CORPUS.rglob("*.txt"))
    pane = window.search_pane
    viewer = window.viewer
    delegate = pane.results_view.itemDelegate()
    meters = [m for m in (getattr(delegate, "_meter", None), getattr(viewer, "_ink", None))
              if m is not None]
    if args.free_replaced_documents:
        free_replaced_documents(viewer)
    print(f"{window.library_pane.model.rowCount():,} articles; query seed {seed}; "
          f"{'tracemalloc on (1 frame)' if not args.no_trace else 'no tracemalloc'}"
          f"{'; replaced documents deleted' if args.free_replaced_documents else ''}")
    print(f"{'':>8} {'RSS':>6} {'growth':>9} | {'Python heap since start, MB':^29} |"
          f" {'not Python' if not args.no_trace else 'all else':^26}")
    print(f"{'searches':>8} {'MB':>6} {'KB/search':>9} | {'all':>5} {'term':>5} {'ink':>5}"
          f" {'other':>5} {'words':>6} | {'MB':>6} {'free':>6} {'viewer docs':>11}")

    def measure(searches: int) -> Mark:
        settle()
        own = tracemalloc.get_tracemalloc_memory() / MB if tracemalloc.is_tracing() else 0.0
        python, parts = python_heap(meters)
        return Mark(searches, rss_mb() - own, python, parts, malloc_mb()[1],
                    len(replaced_documents(viewer)),
                    sum(len(getattr(m, "_cache", ())) for m in meters),
                    tracemalloc.is_tracing())

    if not args.no_trace:
        gc.collect()
        tracemalloc.start(1)
    marks = [measure(0)]
    base = marks[0]
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
            marks.append(measure(i))
            m = marks[-1]
            rate = rate_kb(marks, len(marks) - 1, args.window)
            p = m.parts
            py = (f"{m.python:5.1f} {p['term']:5.1f} {p['ink']:5.1f} {p['other']:5.1f}"
                  if not args.no_trace else f"{'':5} {p['term']:5.1f} {p['ink']:5.1f} {'':5}")
            print(f"{i:>8} {m.rss:6.1f} {'' if rate is None else f'{rate:9.1f}':>9} | {py}"
                  f" {m.ink_words:6} | {m.native - base.native:+6.1f} {m.malloc_free:6.1f}"
                  f" {m.viewer_docs:11}", flush=True)

    last = marks[-1]
    found = plateau(marks, args.window, args.plateau_kb)
    final = rate_kb(marks, len(marks) - 1, args.window)
    if found is not None:
        print(f"levels off: from {found.searches:,} searches on, at RSS {found.rss:.0f} MB, "
              f"growth stays under {args.plateau_kb:g} KB a search (over each {args.window} "
              f"searches; the last {final:.1f}), {last.rss:.0f} MB at {last.searches:,}")
    elif final is not None:
        print(f"does not level off within {last.searches:,} searches: {final:.1f} KB a "
              f"search over the last {args.window} (over {args.plateau_kb:g}), "
              f"RSS {last.rss:.0f} MB")
    half = [m for m in marks if m.searches >= args.searches // 2]
    if len(half) >= 2:
        a, b = half[0], half[-1]
        n = (b.searches - a.searches) / 1024

        def per(x: float, y: float) -> str:
            return f"{(y - x) / n:.1f}"

        python = (f"Python heap {per(a.python, b.python)} (term caches "
                  f"{per(a.parts['term'], b.parts['term'])}, ink meters "
                  f"{per(a.parts['ink'], b.parts['ink'])}, other "
                  f"{per(a.parts['other'], b.parts['other'])})" if not args.no_trace else
                  f"term caches {per(a.parts['term'], b.parts['term'])}, ink meters "
                  f"{per(a.parts['ink'], b.parts['ink'])}")
        print(f"growth over searches {a.searches:,}-{b.searches:,}, KB a search: "
              f"RSS {per(a.rss, b.rss)} = {python}"
              + (" + not Python " if not args.no_trace else " + all else ")
              + per(a.native, b.native)
              + f"; the viewer kept {b.viewer_docs - a.viewer_docs} more documents")
    settle()
    before_trim = rss_mb()
    malloc_trim()
    trimmed = before_trim - rss_mb()  # measured before the snapshot below makes more
    if tracemalloc.is_tracing():
        split = python_split()
        print("Python heap since the first search, by the file that allocated it, MB: "
              + ", ".join(f"{name} {size:.1f}" for name, size in split.items())
              + " (term: core/evaluate.py; ink: ui/fonts.py; fold: core/text/normalize.py;"
              " whoosh: its idf memo and stored fields)")

    # What each holder really held, measured by letting it go (the run is over).
    print("held at the end, measured by letting go (RSS after malloc_trim; malloc in use, "
          "less tracemalloc's own tables):")
    print(f"  {'free but unreturned (malloc_trim)':<44} RSS {trimmed:5.1f} MB")

    def traced() -> tuple[float, float]:  # (Python heap, tracemalloc's own), MB
        if not tracemalloc.is_tracing():
            return 0.0, 0.0
        return (tracemalloc.get_traced_memory()[0] / MB,
                tracemalloc.get_tracemalloc_memory() / MB)

    def let_go(name: str, drop: Callable[[], None]) -> None:
        settle()
        malloc_trim()
        rss0, (used0, _), (py0, own0) = rss_mb(), malloc_mb(), traced()
        drop()
        settle()
        malloc_trim()
        rss1, (used1, _), (py1, own1) = rss_mb(), malloc_mb(), traced()
        used1 -= own1 - own0
        python = f", Python {py0 - py1:5.1f} MB" if tracemalloc.is_tracing() else ""
        print(f"  {name:<44} RSS {rss0 - rss1:5.1f} MB, malloc {used0 - used1:5.1f} MB"
              f"{python}")

    kept = replaced_documents(viewer)
    let_go(f"the viewer's {len(kept)} replaced documents",
           lambda: [d.deleteLater() for d in kept])
    documents = getattr(delegate, "_documents", {})
    let_go(f"the results' {len(documents)} laid-out documents", documents.clear)
    let_go(f"the ink meters' {last.ink_words:,} words",
           lambda: [getattr(m, "_cache", {}).clear() for m in meters])
    from reader_app.core.evaluate import _TermCache

    caches = [o for o in gc.get_objects() if isinstance(o, _TermCache)]
    let_go(f"the term caches ({term_cache_mb():.1f} MB by their count)",
           lambda: [c.items.clear() for c in caches])
    window.close()
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
