"""The real app in a real X session, driven from outside as a person would drive it.

Starts its own Xvfb screen, launches ``python -m reader_app`` on a fresh data and settings
folder with Qt's ordinary xcb platform (not offscreen), types an Urdu query with xdotool (real
X key events through the keyboard map, so the input method path is the one users have), opens
the hit with Return, screenshots the screen with ImageMagick and quits with Ctrl+Q. Skips when
Xvfb, xdotool or ImageMagick is missing (setup.sh installs all three).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from harfbuzz_reference import ink, scores
from helpers import ROOT, SEED, xvfb
from PySide6.QtGui import QImage

from reader_app.core.library import Article, read_article

QUERY = "وزیر دفاع"
LINE = "سیرگی شویگو نے کہا"  # in the seed's first line
QUIT_WITHIN_S = 2.0

pytestmark = [
    pytest.mark.slow,
    pytest.mark.timeout(1800),
    pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="an X11 test"),
]


def tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed")
    return path


def wait_for(condition, what: str, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.1)


def colours(png: Path) -> int:
    """How many distinct colours a screenshot has: an empty X screen has one or two."""
    done = subprocess.run([tool("identify"), "-format", "%k", str(png)], capture_output=True,
                          text=True, check=True, timeout=60)
    return int(done.stdout)


def test_typing_an_urdu_query_opens_the_hit_and_ctrl_q_quits(tmp_path: Path, qapp) -> None:
    xdotool, import_ = tool("xdotool"), tool("import")
    seed = read_article(SEED)
    assert isinstance(seed, Article)
    with xvfb(1400, 900) as display:
        env = {k: v for k, v in os.environ.items()
               if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
        env.update(DISPLAY=display, XDG_DATA_HOME=str(tmp_path / "data"),
                   XDG_CONFIG_HOME=str(tmp_path / "config"),
                   XDG_CACHE_HOME=str(tmp_path / "cache"), LANG="C.UTF-8", LC_ALL="C.UTF-8",
                   READER_LOG="info",  # the app says when its library is ready
                   PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT),
                                                            env.get("PYTHONPATH")])))

        def x(*args: str) -> str:
            done = subprocess.run([xdotool, *args], env=env, capture_output=True, text=True,
                                  timeout=30)
            assert done.returncode == 0, f"xdotool {args}: {done.stderr}"
            return done.stdout.strip()

        def screenshot(name: str) -> Path:
            out = tmp_path / name
            subprocess.run([import_, "-display", display, "-window", "root", str(out)],
                           env=env, check=True, timeout=60)
            return out

        blank = colours(screenshot("before.png"))
        log = (tmp_path / "app.log").open("w")
        app = subprocess.Popen([sys.executable, "-m", "reader_app"], cwd=tmp_path, env=env,
                               stdout=log, stderr=subprocess.STDOUT)
        try:
            wait_for(lambda: app.poll() is not None or subprocess.run(
                [xdotool, "search", "--onlyvisible", "--name", "Urdu Reader"], env=env,
                capture_output=True).returncode == 0, "the window")
            assert app.poll() is None, (tmp_path / "app.log").read_text()
            window = x("search", "--onlyvisible", "--name", "Urdu Reader").split()[0]
            # the first launch indexes the shipped seed and lists it
            wait_for(lambda: "library idle: 1 articles" in (tmp_path / "app.log").read_text(),
                     "the first index")
            before = x("getwindowname", window)
            # no window manager here: give the window the keyboard focus directly
            x("windowfocus", "--sync", window)
            x("key", "--clearmodifiers", "ctrl+f")
            x("type", "--delay", "60", QUERY)  # the search runs as one types

            def return_opens_the_hit() -> bool:
                """Return opens the first result; pressed again, as a person would, if the
                results were not in yet."""
                x("key", "Return")
                deadline = time.monotonic() + 2.0
                while time.monotonic() < deadline:
                    if seed.title in x("getwindowname", window):
                        return True
                    time.sleep(0.1)
                return False

            wait_for(return_opens_the_hit, "Return to open the hit", timeout=20)
            shots: list[Path] = []

            def painted() -> bool:
                """The opened article on the screen (painted just after the title)."""
                shots.append(screenshot(f"window{len(shots)}.png"))
                return colours(shots[-1]) > 200

            wait_for(painted, "the article painted", timeout=20)
            shot = shots[-1]

            x("key", "--clearmodifiers", "ctrl+q")
            asked = time.monotonic()
            code = app.wait(timeout=30)
            took = time.monotonic() - asked
        finally:
            if app.poll() is None:
                app.kill()
                app.wait()
            log.close()
    output = (tmp_path / "app.log").read_text()
    assert before == "Urdu Reader", before  # nothing was open before the query
    assert code == 0, output
    assert took < QUIT_WITHIN_S, f"took {took:.1f} s to quit after Ctrl+Q\n{output}"
    # the app drew a window full of anti-aliased Nastaliq, not an empty screen
    assert blank <= 2 and colours(shot) > 200, (blank, colours(shot))
    # and drew it as HarfBuzz shapes it: the seed's first line, against hb's own rendering
    # of it (and against Qt's with the font as shipped, which put یگ of شویگو an em high)
    picture = ink(QImage(str(shot)))
    hb, qt = scores(picture, LINE, px=24)  # the viewer's 18 pt on a 96 dpi screen
    print(f"screen against HarfBuzz {hb:.3f}, against Qt as shipped {qt:.3f}")
    assert hb > 0.9 and hb > qt + 0.3, (hb, qt)
    print(f"\nquit {took:.2f} s after Ctrl+Q; screenshot {shot} has {colours(shot)} colours")
