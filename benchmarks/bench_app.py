"""The desktop app, offscreen in a fresh process: launch time and the UI thread's longest stall.

As a driver (run by ``measure_app``, never by hand)::

    python benchmarks/bench_app.py index|launch SPAWNED_AT [--folder DIR]

it builds the window exactly as ``reader_app.ui.app.run`` does (``create_application``,
``build_window``, ``show``, ``start``) with the data and settings folders the caller points
XDG_DATA_HOME / XDG_CONFIG_HOME at. A 10 ms QTimer on the event loop records every gap between
its ticks, from the first tick (window shown, loop running) until a second after the library's
first refresh has been reported (``index``: the refreshes that index ``--folder``, added to
a fresh library).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

from common import REPO, emit, log, peak_rss_mb, run_worker, text_files

TICK_MS = 10
SETTLE_S = 1.0
GIVE_UP_S = 1800


def available() -> str | None:
    """None when the app can be driven, else why not."""
    try:
        import reader_app.ui.app as app
        import reader_app.ui.main_window  # noqa: F401
    except ImportError as exc:
        return f"not available yet ({exc})"
    missing = [n for n in ("create_application", "build_window") if not hasattr(app, n)]
    return f"not available yet (reader_app.ui.app lacks {', '.join(missing)})" if missing else None


def drive(mode: str, spawned_at: float, folder: Path | None, expect: int) -> dict:
    from PySide6.QtCore import Qt, QTimer

    from reader_app.ui.app import build_window, create_application
    from reader_app.ui.settings import Settings

    marks: dict[str, float] = {"imported": time.time() - spawned_at}
    gaps: list[tuple[float, float]] = []  # (seconds since spawn, gap in ms)
    app = create_application([])
    settings = Settings()
    if folder is not None:
        settings.folders = [folder]
    window = build_window(app, settings)
    window.show()
    window.start()
    last = [0.0]
    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setInterval(TICK_MS)

    def tick() -> None:
        now = time.perf_counter()
        if last[0]:
            gaps.append((time.time() - spawned_at, (now - last[0]) * 1000))
        last[0] = now

    def first_tick() -> None:
        marks["interactive"] = time.time() - spawned_at
        tick()
        timer.start()

    def refreshed(report: object) -> None:
        # A first launch may index the shipped seed on its own first, then the rest.
        marks["changed"] = marks.get("changed", 0.0) + getattr(report, "changed", 0)
        if "refreshed" not in marks and marks["changed"] >= expect:
            marks["refreshed"] = time.time() - spawned_at
            QTimer.singleShot(int(SETTLE_S * 1000), app.quit)

    timer.timeout.connect(tick)
    QTimer.singleShot(0, first_tick)
    QTimer.singleShot(GIVE_UP_S * 1000, app.quit)  # a failed refresh never reports
    window.library.opened.connect(lambda: marks.setdefault("listed", time.time() - spawned_at))
    window.library.refreshed.connect(refreshed)
    app.exec()
    window.shutdown()
    own, kids = peak_rss_mb()
    worst = max(gaps, key=lambda g: g[1], default=(0.0, 0.0))
    start = marks.get("listed", marks["interactive"])
    during = [g for at, g in gaps if start <= at <= marks.get("refreshed", at)]
    return {**marks, "max_gap_ms": worst[1], "max_gap_at": worst[0],
            "max_gap_while_indexing_ms": max(during, default=0.0),
            "gaps_over_100ms": sum(1 for _, g in gaps if g > 100),
            "ticks": len(gaps), "rss_main_mb": own, "rss_child_mb": kids,
            "articles": window.library_pane.model.rowCount()}


def measure_app(folder: Path, work: Path, launches: int = 3) -> dict:
    """Index ``folder`` through a fresh app, then launch it ``launches`` times on that index."""
    env = {"QT_QPA_PLATFORM": "offscreen", "XDG_DATA_HOME": str(work / "data"),
           "XDG_CONFIG_HOME": str(work / "config"), "XDG_CACHE_HOME": str(work / "cache")}
    log(f"app: indexing {folder} through the window …")
    expect = len(text_files(folder)) + len(text_files(REPO / "seeds"))
    index = run_worker([__file__, "index", repr(time.time()), "--folder", str(folder),
                        "--expect", str(expect)], env)
    result: dict = {"index": {**index.result, "tree_pss_mb": index.tree_pss_mb}}
    runs = []
    for n in range(launches):
        log(f"app: launch {n + 1}/{launches} …")
        run = run_worker([__file__, "launch", repr(time.time())], env)
        runs.append({**run.result, "tree_pss_mb": run.tree_pss_mb})
    result["launch"] = {key: statistics.median(r[key] for r in runs)
                        for key in runs[0] if isinstance(runs[0][key], int | float)}
    result["launch"]["runs"] = runs
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("mode", choices=("index", "launch"))
    parser.add_argument("spawned_at", type=float)
    parser.add_argument("--folder", type=Path)
    parser.add_argument("--expect", type=int, default=0,
                        help="wait for refreshes that together change this many articles")
    args = parser.parse_args()
    if "XDG_DATA_HOME" not in os.environ:
        sys.exit("bench_app.py is a driver: run benchmarks/run.py")
    emit(drive(args.mode, args.spawned_at, args.folder, args.expect))
    sys.stderr.flush()
    os._exit(0)  # skip interpreter teardown: PySide6 objects can crash it (bool_dealloc)


if __name__ == "__main__":
    main()
