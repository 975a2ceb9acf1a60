"""The README's test command works as written on a machine without a display (SSH, a
container, CI): the suite picks Qt's offscreen platform itself, and keeps a real display."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import choose_qt_platform, xvfb

ROOT = Path(__file__).resolve().parents[1]
# two tests that need a QApplication (pytest-qt's qapp): without a display Qt's default xcb
# plugin aborts the interpreter while creating it
UI_TESTS = ["tests/ui/test_parts.py::test_theme_never_starts_a_listener_thread",
            "tests/ui/test_models.py::test_model_passes_the_model_tester"]
DISPLAY_VARS = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")


def run_ui_tests(**env: str) -> subprocess.CompletedProcess[str]:
    """``python -m pytest`` exactly as the README says, on a couple of window tests."""
    clean = {k: v for k, v in os.environ.items() if k not in DISPLAY_VARS}
    return subprocess.run([sys.executable, "-m", "pytest", "-p", "no:cacheprovider",
                           *UI_TESTS], cwd=ROOT, env={**clean, **env}, capture_output=True,
                          text=True, timeout=180)


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="X11/Wayland systems only")
def test_the_suite_runs_without_a_display() -> None:
    done = run_ui_tests()
    report = done.stdout + done.stderr
    assert "Fatal Python error" not in report, report[-3000:]
    assert done.returncode == 0, report[-3000:]
    assert "qt platform: offscreen (no DISPLAY or WAYLAND_DISPLAY)" in done.stdout
    assert "2 passed" in done.stdout


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="X11/Wayland systems only")
def test_a_real_display_is_kept() -> None:
    with xvfb() as display:
        done = run_ui_tests(DISPLAY=display)
    report = done.stdout + done.stderr
    assert done.returncode == 0, report[-3000:]
    assert f"qt platform: Qt's default for the display (DISPLAY={display})" in done.stdout


def test_the_platform_is_chosen_only_when_qt_would_find_no_display() -> None:
    linux = sys.platform not in ("win32", "cygwin", "darwin")
    for env, expected in [
        ({}, "offscreen" if linux else None),
        ({"DISPLAY": ":0"}, None),
        ({"WAYLAND_DISPLAY": "wayland-0"}, None),
        ({"QT_QPA_PLATFORM": "xcb"}, "xcb"),  # chosen by hand: kept, even without a display
    ]:
        choose_qt_platform(env)
        assert env.get("QT_QPA_PLATFORM") == expected, env
