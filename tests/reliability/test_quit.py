"""Quitting the real app at any moment of a first index of thousands of articles: the
process is gone within two seconds with no writer process left behind, and the next launch
opens the library without an error notice and finishes the work, with progress.

The app runs as a real process (``python -m reader_app``); SIGTERM closes its window the way
Ctrl+Q does (``ui/app.py``), and its ``READER_LOG=info`` lines say what it is doing.
"""

from __future__ import annotations

import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from helpers import AppProcess, seed_sentences, write_library, write_library_settings

ROOT = Path(__file__).resolve().parents[2]
ARTICLES = 3000
QUIT_LIMIT_S = 2.0


class App(AppProcess):
    """The app offscreen, with what these tests ask of it."""

    def __init__(self, home: Path) -> None:
        super().__init__(home, QT_QPA_PLATFORM="offscreen")

    def wait_for(self, text: str, limit: float = 240.0) -> None:
        deadline = time.monotonic() + limit
        while not self.said(text):
            if self.proc.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"the app never said {text!r}:\n" + "\n".join(self.lines[-30:]))
            time.sleep(0.02)

    def children(self) -> list[int]:
        found = []
        for entry in Path("/proc").iterdir():
            if entry.name.isdigit():
                try:
                    fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
                except OSError:
                    continue
                if int(fields[1]) == self.proc.pid:
                    found.append(int(entry.name))
        return found

    def quit(self) -> float:
        """SIGTERM, as a logout or ``kill`` sends; seconds until the process is gone."""
        started = time.monotonic()
        self.proc.send_signal(signal.SIGTERM)
        try:
            self.proc.wait(30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
            pytest.fail("the app was still running 30 s after it was asked to quit")
        return time.monotonic() - started


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("library")
    write_library(folder, ARTICLES, seed_sentences())
    return folder


# The moments, as the app's log names them: just opened, early, half-way, and the commit
# (the last progress report before the index's table of contents is written).
MOMENTS = ["library opened", "indexing progress 500/", f"indexing progress {ARTICLES // 2}/",
           f"indexing progress {ARTICLES}/{ARTICLES}"]


@pytest.mark.slow
@pytest.mark.timeout(1800)
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
@pytest.mark.parametrize("moment", MOMENTS)
def test_quit_at_any_moment_of_a_first_index(tmp_path: Path, library: Path, moment: str) -> None:
    write_library_settings(tmp_path, library)
    app = App(tmp_path)
    app.wait_for("library opened")
    if moment != "library opened":
        app.wait_for("indexing progress 0/3000")  # the big folder, after the shipped seed
        app.wait_for(moment)
    children = app.children()
    took = app.quit()
    assert took < QUIT_LIMIT_S, f"quit took {took:.2f} s"
    assert app.proc.returncode == 0
    deadline = time.monotonic() + 10  # the kernel ends them as their parent goes (PDEATHSIG)
    while any(alive(pid) for pid in children) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert [pid for pid in children if alive(pid)] == [], "a writer process outlived the app"

    again = App(tmp_path)
    again.wait_for(f"library idle: {ARTICLES + 1} articles")
    notices = [line for line in again.lines if "notice:" in line]
    assert notices == []
    # A first index is written in parts (the window lists each as it lands): what was
    # committed before the quit stays, and the rest is read again, with progress to its end.
    resumed = any(re.search(r"indexing progress (\d+)/\1\b", line) and
                  "indexing progress 0/0" not in line for line in again.lines)
    finished_before = any("library idle" in line for line in app.lines)
    assert resumed or finished_before, "the unfinished work was not resumed with progress"
    assert again.quit() < QUIT_LIMIT_S
