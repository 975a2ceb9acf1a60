"""Quit the real window at chosen moments of a first index, under Xvfb, and time the exit.

Each run starts the app (``python -m reader_app``) on a fresh data and settings folder with
FOLDER in its library, waits SECONDS after the window appears, presses Ctrl+Q with xdotool
and measures how long the process takes to go. It then relaunches on the same folders and
reads the app's log (``READER_LOG=info``) for an error notice, for progress, and for the
article count once it is idle::

    python benchmarks/quit_probe.py /tmp/corpus-10k --at 3,8,14,20
    python benchmarks/quit_probe.py /tmp/corpus-10k --idle      # quit an idle window
    python benchmarks/quit_probe.py CORPUS --searches 150       # type 150 queries, then quit

Needs Xvfb and xdotool (``setup.sh`` installs both). Prints one line per run.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from helpers import AppProcess, write_library_settings  # noqa: E402 - after the path


def start_xvfb() -> tuple[subprocess.Popen, str]:
    display = f":{os.getpid() % 500 + 100}"
    xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", "1400x900x24", "-nolisten",
                             "tcp"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(1.0)
    return xvfb, display


class App(AppProcess):
    """The app in a real window on ``display``."""

    def __init__(self, home: Path, display: str) -> None:
        super().__init__(home, DISPLAY=display, QT_QPA_PLATFORM="xcb")

    def wait_idle(self, limit: float) -> bool:
        deadline = time.monotonic() + limit
        while time.monotonic() < deadline and not self.said("library idle:"):
            time.sleep(0.2)
        return self.said("library idle:")


def window_id(display: str, pid: int, timeout: float = 30.0) -> str:
    deadline = time.monotonic() + timeout
    env = dict(os.environ, DISPLAY=display)
    while time.monotonic() < deadline:
        found = subprocess.run(["xdotool", "search", "--onlyvisible", "--pid", str(pid),
                                "--name", "Reader"],
                               env=env, capture_output=True, text=True).stdout.split()
        if found:
            return found[-1]
        time.sleep(0.1)
    raise RuntimeError("the window did not appear")


def press(display: str, window: str, keys: str) -> None:
    env = dict(os.environ, DISPLAY=display)
    # No window manager runs on Xvfb: focus the window directly (windowactivate needs one).
    subprocess.run(["xdotool", "windowfocus", "--sync", window], env=env, capture_output=True)
    subprocess.run(["xdotool", "key", "--clearmodifiers", keys], env=env, check=True)


QUERIES = ["ایران", "پاکستان", "حکومت", "وزیر اعظم", "کراچی", "لاہور", "بارش", "کرکٹ",
           "عدالت", "انتخابات", "اسلام آباد", "پولیس", "معیشت", "امریکہ", "چین", "بھارت",
           "صدر", "فوج", "تعلیم", "صحت", "وزير", "ہسپتال", "پاک*", '"وزیر اعظم"', "کھیل"]


def type_searches(display: str, window: str, count: int, app: App) -> int:
    """Type ``count`` queries into the search box (Ctrl+F, select all, type); return how
    many were typed while the app was still alive."""
    env = dict(os.environ, DISPLAY=display, LC_ALL="C.UTF-8")
    for i in range(count):
        if app.proc.poll() is not None:
            return i
        press(display, window, "ctrl+f")
        subprocess.run(["xdotool", "key", "--clearmodifiers", "ctrl+a"], env=env)
        subprocess.run(["xdotool", "type", "--delay", "40", QUERIES[i % len(QUERIES)]],
                       env=env)
        time.sleep(0.4)
    return count


def wait_exit(proc: subprocess.Popen, limit: float) -> float | None:
    started = time.monotonic()
    try:
        proc.wait(limit)
    except subprocess.TimeoutExpired:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        return None
    return time.monotonic() - started


def relaunch_check(home: Path, display: str, settle: float) -> str:
    """Relaunch, let it work until idle (or ``settle`` s), quit; report what it said."""
    app = App(home, display)
    window = window_id(display, app.proc.pid)
    app.wait_idle(settle)
    press(display, window, "ctrl+q")
    took = wait_exit(app.proc, 30)
    out = "\n".join(app.lines)
    notices = re.findall(r"notice: (.*)", out)
    counts = re.findall(r"library idle: (\d+) articles", out)
    progress = "with progress" if "indexing progress" in out else "no progress shown"
    return (f"notices={notices or 'none'} articles={counts[-1] if counts else '?'} "
            f"{progress}, exit {took if took is None else round(took, 2)} s")


def search_session(args: argparse.Namespace, display: str) -> int:
    home = Path(tempfile.mkdtemp(prefix="quit-probe-"))
    write_library_settings(home, args.folder.resolve())
    app = App(home, display)
    window = window_id(display, app.proc.pid)
    app.wait_idle(args.settle)
    started = time.monotonic()
    typed = type_searches(display, window, args.searches, app)
    alive = app.proc.poll() is None
    searched = sum("search done" in line for line in app.lines)
    print(f"typed {typed} queries in {time.monotonic() - started:.0f} s "
          f"({searched} searches answered); alive: {alive}", flush=True)
    if not alive:
        print("\n".join(app.lines[-20:]))
        return 1
    press(display, window, "ctrl+q")
    took = wait_exit(app.proc, 60)
    print(f"quit: exit {took:.2f} s" if took is not None else "quit: STILL RUNNING after 60 s")
    shutil.rmtree(home, ignore_errors=True)
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--at", default="3,8,14,20", help="seconds after the window appears")
    parser.add_argument("--idle", action="store_true", help="quit once indexing is done")
    parser.add_argument("--searches", type=int, default=0,
                        help="type this many queries once indexing is done, then quit")
    parser.add_argument("--settle", type=float, default=120.0,
                        help="seconds the relaunch may take to finish indexing")
    args = parser.parse_args()
    if not (shutil.which("Xvfb") and shutil.which("xdotool")):
        print("needs Xvfb and xdotool", file=sys.stderr)
        return 2
    xvfb, display = start_xvfb()
    try:
        if args.searches:
            return search_session(args, display)
        moments = [None] if args.idle else [float(s) for s in args.at.split(",")]
        for moment in moments:
            home = Path(tempfile.mkdtemp(prefix="quit-probe-"))
            write_library_settings(home, args.folder.resolve())
            app = App(home, display)
            window = window_id(display, app.proc.pid)
            if moment is None:
                app.wait_idle(args.settle)
                time.sleep(1.0)
            else:
                time.sleep(moment)
            press(display, window, "ctrl+q")
            took = wait_exit(app.proc, 60)
            label = "idle" if moment is None else f"{moment:g} s"
            exit_text = f"exit {took:.2f} s" if took is not None else "STILL RUNNING after 60 s"
            print(f"quit at {label}: {exit_text}; relaunch: "
                  f"{relaunch_check(home, display, args.settle)}", flush=True)
            shutil.rmtree(home, ignore_errors=True)
    finally:
        xvfb.terminate()
    return 0


if __name__ == "__main__":
    sys.exit(main())
