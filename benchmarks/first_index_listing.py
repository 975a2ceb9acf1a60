"""When a first index of a large library lists its articles: in one part (the list fills at
the end) or in parts (the core commits and the window lists a part every N articles), with
the time the whole takes.

    python benchmarks/first_index_listing.py DIR [--parts N ...]

Each run is a fresh process with its own settings and index (offscreen window, as the app
builds it); it prints, per part size, the seconds from start until the list first shows an
article of DIR, until it shows them all, and the UI thread's longest stall.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def drive(folder: Path, parts: int) -> dict:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from reader_app.core import index as index_module
    from reader_app.ui.app import prepare
    from reader_app.ui.main_window import MainWindow
    from reader_app.ui.settings import Settings

    index_module.PART_ARTICLES = parts
    index_module.PART_SECONDS = 10.0**9  # parts by size only: the figures compare sizes
    app = QApplication([])
    home = Path(os.environ["BENCH_HOME"])
    settings = Settings(home / "settings.ini")
    settings.folders = [folder]
    theme, translations = prepare(app, settings)
    window = MainWindow(settings, index_dir=home / "index", theme=theme,
                        translations=translations)
    expected = sum(1 for p in folder.rglob("*.txt"))
    start = time.monotonic()
    marks: dict[str, float] = {}
    listed: list[tuple[float, int]] = []
    stall = [0.0, time.monotonic()]

    def tick() -> None:
        now = time.monotonic()
        stall[0] = max(stall[0], now - stall[1])
        stall[1] = now

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(10)

    def changed(articles: list) -> None:
        inside = sum(1 for a in articles if str(a.path).startswith(str(folder)))
        listed.append((time.monotonic() - start, inside))
        if inside and "first" not in marks:
            marks["first"] = time.monotonic() - start

    def idle() -> None:
        library = window.library
        if "all" not in marks and library.refresh_count >= 1 and not library.busy \
                and listed and listed[-1][1] == expected:
            marks["all"] = time.monotonic() - start
            QTimer.singleShot(500, app.quit)

    window.library.articles_changed.connect(changed)
    poll = QTimer()
    poll.timeout.connect(idle)
    poll.start(100)
    window.show()
    window.start()
    app.exec()
    result = {"parts": parts, "first_listed_s": round(marks.get("first", -1), 1),
            "all_listed_s": round(marks.get("all", -1), 1),
            "listings": [(round(t, 1), n) for t, n in listed],
            "longest_stall_ms": round(stall[0] * 1000)}
    print(json.dumps(result), flush=True)  # before closing: the figures survive the exit
    window.close()
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("folder", type=Path)
    parser.add_argument("--parts", type=int, nargs="+", default=[10**9, 2000])
    parser.add_argument("--drive", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.drive is not None:
        drive(args.folder.resolve(), args.drive)
        return
    for parts in args.parts:
        with tempfile.TemporaryDirectory() as home:
            env = {**os.environ, "BENCH_HOME": home, "QT_QPA_PLATFORM": "offscreen",
                   "PYTHONPATH": str(REPO)}
            out = subprocess.run([sys.executable, __file__, str(args.folder), "--drive",
                                  str(parts)], env=env, capture_output=True, text=True,
                                 check=False)
            lines = [line for line in out.stdout.splitlines() if line.startswith("{")]
            if not lines:
                print(f"parts {parts}: no result (exit {out.returncode}): {out.stderr[-800:]}")
                continue
            result = json.loads(lines[-1])
            label = "one part" if parts >= 10**8 else f"parts of {parts}"
            print(f"{label:>16}: first listed {result['first_listed_s']:>6} s, all listed "
                  f"{result['all_listed_s']:>6} s, longest UI stall "
                  f"{result['longest_stall_ms']} ms, listings {result['listings']}")


if __name__ == "__main__":
    main()
