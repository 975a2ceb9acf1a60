"""Builders shared by several test folders (on the test path via pyproject's pythonpath)."""

from __future__ import annotations

import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator, MutableMapping
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader_app.core.search import Searcher

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SEED = SEEDS / "000_26ccf66904288b90.txt"  # the article the app ships (an Urdu news report)


def seed_sentences() -> list[str]:
    """The seed's real sentences, to build large libraries from."""
    text = SEED.read_text(encoding="utf-8-sig")
    return [s.strip() + "۔" for s in text.replace("\n", " ").split("۔") if s.strip()]


def make_folder(root: Path, files: dict[str, str | bytes]) -> Path:
    """A folder holding exactly ``files`` (name -> text, or bytes for a damaged file)."""
    root.mkdir(parents=True, exist_ok=True)
    for name, content in files.items():
        path = root / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    return root


def searcher_of(root: Path, files: dict[str, str]) -> Searcher:
    """A searcher over an index of ``files`` (name → text) written to ``root/lib``."""
    from reader_app.core.index import ArticleIndex  # Whoosh only for the tests that search
    from reader_app.core.search import Searcher

    lib = make_folder(root / "lib", dict(files))
    index = ArticleIndex(root / "ix")
    index.refresh([lib])
    return Searcher(index)


def write_library_settings(home: Path, folder: Path) -> None:
    """Settings under ``home/config`` whose library holds ``folder`` (as the window saves)."""
    conf = home / "config" / "UrduReader" / "UrduReader.ini"
    conf.parent.mkdir(parents=True, exist_ok=True)
    conf.write_text("[library]\nfolders=" + json.dumps(json.dumps([str(folder)])) + "\n",
                    encoding="utf-8")


class AppProcess:
    """The real app (``python -m reader_app``) in its own process, on ``home``'s data and
    settings, its ``READER_LOG=info`` lines collected as they come."""

    def __init__(self, home: Path, **env: str) -> None:
        env = dict(os.environ, XDG_DATA_HOME=str(home / "data"),
                   XDG_CONFIG_HOME=str(home / "config"), READER_LOG="info",
                   PYTHONPATH=str(ROOT), **env)
        self.proc = subprocess.Popen([sys.executable, "-m", "reader_app"], cwd=home, env=env,
                                     stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                     text=True)
        self.lines: list[str] = []
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.append(line.rstrip("\n"))

    def said(self, text: str) -> bool:
        return any(text in line for line in self.lines)


def unique_word(i: int) -> str:
    """A word found in article ``i`` only (Urdu letters + digits make one token)."""
    return f"مضمون{i}"


def write_library(root: Path, count: int, sentences: list[str], seed: int = 1) -> list[Path]:
    """``count`` articles of real sentences, each with its :func:`unique_word`."""
    rng = random.Random(seed)
    root.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        body = "\n".join(" ".join(rng.sample(sentences, min(4, len(sentences))))
                         for _ in range(3))
        path = root / f"{i // 500:03d}" / f"article {i}.txt"
        path.parent.mkdir(exist_ok=True)
        path.write_text(f"{unique_word(i)} {body}", encoding="utf-8")
        paths.append(path)
    return paths


def choose_qt_platform(env: MutableMapping[str, str]) -> str:
    """Set ``QT_QPA_PLATFORM=offscreen`` in ``env`` when Qt would find no display; say why.

    Only on the X11/Wayland systems (Linux, the BSDs): Windows and macOS always have their own
    platform plugin. A platform chosen by hand is never overridden, and a display is used."""
    if env.get("QT_QPA_PLATFORM"):
        return f"{env['QT_QPA_PLATFORM']} (QT_QPA_PLATFORM set)"
    if sys.platform in ("win32", "cygwin", "darwin"):
        return "the system's own"
    shown = [f"{name}={env[name]}" for name in ("WAYLAND_DISPLAY", "DISPLAY") if env.get(name)]
    if shown:
        return f"Qt's default for the display ({', '.join(shown)})"
    env["QT_QPA_PLATFORM"] = "offscreen"
    return "offscreen (no DISPLAY or WAYLAND_DISPLAY)"


@contextmanager
def xvfb(width: int = 1400, height: int = 900) -> Iterator[str]:
    """A virtual X screen of its own for the duration; yields its DISPLAY (e.g. ``:3``).

    Xvfb picks a free display number itself (``-displayfd``), so tests running side by side on
    one machine never collide. Skips the test when Xvfb is not installed."""
    import pytest

    server = shutil.which("Xvfb")
    if server is None:
        pytest.skip("Xvfb is not installed (Debian: xvfb)")
    read_fd, write_fd = os.pipe()
    log = tempfile.TemporaryFile()
    proc = subprocess.Popen([server, "-displayfd", str(write_fd), "-screen", "0",
                             f"{width}x{height}x24", "-nolisten", "tcp"],
                            pass_fds=(write_fd,), stdout=subprocess.DEVNULL, stderr=log)
    os.close(write_fd)
    try:
        with os.fdopen(read_fd) as pipe:
            number = pipe.readline().strip()  # written once the server accepts clients
        if not number:
            proc.wait(timeout=10)
            log.seek(0)
            raise RuntimeError(f"Xvfb did not start: {log.read().decode()[-500:]}")
        yield f":{number}"
    finally:
        log.close()
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
