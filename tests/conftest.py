"""Shared fixtures: paths to the shipped seed and the shared corpus, and small libraries.

Also chooses Qt's platform before any QApplication exists (pytest-qt makes one lazily, at the
first test that asks for it): on a machine without a display (SSH, a container, CI) Qt's
default xcb plugin aborts the whole run ("Fatal Python error: Aborted"), so the suite falls
back to the offscreen plugin by itself. A real display, or a QT_QPA_PLATFORM set by hand, is
kept.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from helpers import ROOT, SEED, choose_qt_platform, seed_sentences

QT_PLATFORM_NOTE = choose_qt_platform(os.environ)

SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpora" / "urdu-news-bend-the-truth"


def pytest_report_header() -> str:
    return f"qt platform: {QT_PLATFORM_NOTE}"


@pytest.fixture
def seed_path() -> Path:
    return SEED


@pytest.fixture
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8-sig")


@pytest.fixture
def sentences() -> list[str]:
    """The seed's real sentences, to build large libraries from."""
    return seed_sentences()


@pytest.fixture
def corpus() -> Path:
    if not CORPUS.is_dir():
        pytest.skip("the shared corpus is not beside the project")
    return CORPUS


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory,
                        monkeypatch: pytest.MonkeyPatch) -> None:
    """No test reads or writes the real user's data or settings, nor leaves a running
    copy's socket where the next test (or the user's app) would find it."""
    base = tmp_path_factory.mktemp("home")
    runtime = base / "run"
    runtime.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    monkeypatch.setenv("XDG_DATA_HOME", str(base / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(base / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(base / "cache"))
