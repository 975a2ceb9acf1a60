"""A large article in the viewer: the UI thread's longest stall while it opens and is read.

    .venv/bin/python benchmarks/bench_viewer.py [--mb 2] [--font nastaliq]

Builds an article of real paragraphs (the shared corpus, repeated to ``--mb`` megabytes of
UTF-8), then, offscreen in this process, for each viewer: opens it at the top, opens it at a
saved position three quarters down, pages down ten times, jumps to the end (Ctrl+End),
changes the font size, and narrows the window. A 5 ms timer on the event loop records the
longest gap between its ticks during each step and the 3 s after it (Qt lays a document out
in steps after it is shown). The viewers side by side:

- ``app``: the reader's ``ArticleViewer``;
- ``plain``: a ``QTextBrowser`` given the same text with ``setPlainText`` and the same font,
  nothing else (what a Qt app does without thinking about it).

Stalls over 100 ms are what a person notices as the window freezing.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
CORPUS = ROOT.parent / "shared" / "corpora" / "urdu-news-bend-the-truth"
SETTLE_S = 3.0


def article_text(megabytes: float) -> str:
    paragraphs = [line for path in sorted(CORPUS.rglob("*.txt"))
                  for line in path.read_text(encoding="utf-8", errors="replace").splitlines()
                  if line.strip()]
    chunks, size, i = [], 0, 0
    while size < megabytes * 1_000_000:
        chunks.append(paragraphs[i % len(paragraphs)])
        size += len(chunks[-1].encode()) + 2
        i += 1
    return "\n\n".join(chunks) + "\n"


def longest_stall(app, action: Callable[[], None], settle: float = SETTLE_S) -> float:
    """ms: the longest gap between 5 ms ticks while ``action`` runs and ``settle`` s after."""
    from PySide6.QtCore import QTimer

    gaps, last = [0.0], [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(tick)
    timer.start()
    app.processEvents()
    last[0] = time.perf_counter()
    action()
    end = time.perf_counter() + settle
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.001)
    timer.stop()
    return max(gaps) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=float, default=2.0)
    parser.add_argument("--font", default="nastaliq")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QKeyEvent, QTextCursor
    from PySide6.QtWidgets import QApplication, QTextBrowser

    from reader_app.core.library import Article
    from reader_app.ui import fonts
    from reader_app.ui.viewer import ArticleViewer

    app = QApplication.instance() or QApplication([])
    fonts.load_fonts()
    text = article_text(args.mb)
    article = Article(id="big", path=Path("/tmp/big.txt"), title="بڑی خبر", text=text,
                      mtime=0.0, size=len(text.encode()), content_hash="h", encoding="utf-8",
                      paragraphs=text.split("\n"))
    print(f"article: {len(text.encode()) / 1e6:.1f} MB, {len(text):,} characters, "
          f"{text.count(chr(10)) + 1:,} lines; font {args.font}; PySide6 "
          f"{__import__('PySide6').__version__}; stalls in ms (over 100: the window freezes)")

    def ctrl_end(widget) -> None:
        for kind in (QKeyEvent.Type.KeyPress, QKeyEvent.Type.KeyRelease):
            app.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_End,
                                            Qt.KeyboardModifier.ControlModifier))

    def page_down(widget) -> None:
        for _ in range(10):
            for kind in (QKeyEvent.Type.KeyPress, QKeyEvent.Type.KeyRelease):
                app.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_PageDown,
                                                Qt.KeyboardModifier.NoModifier))
            app.processEvents()

    rows: dict[str, dict[str, float]] = {}
    deep = len(text) * 3 // 4
    for name in ("app", "plain"):
        if name == "app":
            view = ArticleViewer()
            view.set_text_style(args.font, 18, 150, 100)
            steps = {
                "open at the top": lambda v=view: v.show_article(article),
                "open 3/4 down": lambda v=view: v.show_article(article, deep),
                "page down x10": lambda v=view: page_down(v),
                "Ctrl+End": lambda v=view: ctrl_end(v),
                "font size 18 -> 20": lambda v=view: v.set_text_style(args.font, 20, 150, 100),
                "narrower window": lambda v=view: v.resize(650, 700),
            }
        else:
            view = QTextBrowser()
            view.document().setDefaultFont(fonts.reading_font(args.font, 18))

            def reopen_deep(v=view) -> None:
                v.setPlainText(text)
                cursor = QTextCursor(v.document())
                cursor.setPosition(deep)
                v.setTextCursor(cursor)
                v.ensureCursorVisible()

            steps = {
                "open at the top": lambda v=view: v.setPlainText(text),
                "open 3/4 down": reopen_deep,
                "page down x10": lambda v=view: page_down(v),
                "Ctrl+End": lambda v=view: ctrl_end(v),
                "font size 18 -> 20": lambda v=view: v.document().setDefaultFont(
                    fonts.reading_font(args.font, 20)),
                "narrower window": lambda v=view: v.resize(650, 700),
            }
        view.resize(900, 700)
        view.show()
        app.processEvents()
        rows[name] = {step: longest_stall(app, action) for step, action in steps.items()}
        view.close()
        view.deleteLater()
        app.processEvents()
    print(f"\n{'step':<22}" + "".join(f"{name:>10}" for name in rows))
    for step in rows["app"]:
        print(f"{step:<22}" + "".join(f"{rows[name][step]:>10.0f}" for name in rows))


if __name__ == "__main__":
    main()
