"""One running copy (issue 27): a second ``reader-app PATH`` hands its path to the first copy
and exits 0 at once; a stale socket left by a killed copy is recovered; a hung first copy
delays a second launch by about two seconds, not for ever; and ``reader-app`` with no display
says so and exits 1 instead of Qt aborting (134).

Every app here is a real process, offscreen, with its own data, settings and runtime folder
(``XDG_RUNTIME_DIR`` in a short folder of its own: a Unix socket's path holds ~100 bytes), so
no socket is left behind and no other copy on the machine is reached."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import SEED, AppProcess, make_folder

ROOT = Path(__file__).resolve().parents[1]
QUICK_S = 5.0  # a second launch that hands over: Python's start and the hand-off, no window
linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Unix sockets")


@pytest.fixture
def runtime() -> Iterator[Path]:
    """A private XDG_RUNTIME_DIR; no socket may be left in it once the apps are gone."""
    folder = Path(tempfile.mkdtemp(prefix="rr-"))
    try:
        yield folder
        left = [p for p in folder.rglob("*") if p.is_socket()]
        assert left == [], f"sockets left behind: {left}"
    finally:
        shutil.rmtree(folder, ignore_errors=True)


class App(AppProcess):
    """The first copy: ``reader-app`` with no path, its log lines collected."""

    def __init__(self, home: Path, runtime: Path) -> None:
        super().__init__(home, QT_QPA_PLATFORM="offscreen", XDG_RUNTIME_DIR=str(runtime),
                         XDG_CACHE_HOME=str(home / "cache"))

    def wait_for(self, text: str, limit: float = 60.0) -> str:
        deadline = time.monotonic() + limit
        while True:
            found = [line for line in self.lines if text in line]
            if found:
                return found[0]
            if self.proc.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"the app never said {text!r}:\n" + "\n".join(self.lines[-30:]))
            time.sleep(0.02)

    def quit(self) -> int:
        self.proc.send_signal(signal.SIGTERM)
        try:
            return self.proc.wait(30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
            pytest.fail("the first copy did not quit")


def env_of(home: Path, runtime: Path, **extra: str) -> dict[str, str]:
    return dict(os.environ, XDG_DATA_HOME=str(home / "data"),
                XDG_CONFIG_HOME=str(home / "config"), XDG_CACHE_HOME=str(home / "cache"),
                XDG_RUNTIME_DIR=str(runtime), QT_QPA_PLATFORM="offscreen", READER_LOG="info",
                PYTHONPATH=str(ROOT), **extra)


def launch(home: Path, runtime: Path, *paths: Path | str, timeout: float = 60,
           **extra: str) -> tuple[subprocess.CompletedProcess[str], float]:
    """A later ``reader-app PATH ...``, run to its end; (its result, seconds it took)."""
    started = time.monotonic()
    done = subprocess.run([sys.executable, "-m", "reader_app", *map(str, paths)], cwd=home,
                          env=env_of(home, runtime, **extra), capture_output=True, text=True,
                          timeout=timeout)
    return done, time.monotonic() - started


def seed_title() -> str:
    from reader_app.core.library import read_article

    return read_article(SEED).title


@linux_only
def test_a_second_launch_hands_its_paths_to_the_first(tmp_path: Path, runtime: Path) -> None:
    first = App(tmp_path, runtime)
    try:
        first.wait_for("single copy: listening on")
        first.wait_for("library idle")

        done, took = launch(tmp_path, runtime, SEED)
        assert done.returncode == 0, done.stdout + done.stderr
        assert took < QUICK_S, f"the second launch took {took:.1f} s"
        assert "window ready" not in done.stderr  # it built no window of its own
        first.wait_for(f"handed over by another launch: {SEED}")
        # the first copy opens it, and its title names the article
        first.wait_for(f"window title: {seed_title()} — Urdu Reader")

        # a folder joins the library, as File › Add Folder does; a relative path is the
        # second launch's own (its working folder is not the first copy's)
        folder = make_folder(tmp_path / "more", {"a.txt": "ایک نیا مضمون یہاں ہے۔"})
        done, took = launch(tmp_path, runtime, "more")
        assert done.returncode == 0 and took < QUICK_S, (took, done.stderr)
        first.wait_for(f"handed over by another launch: {folder}")
        library = tmp_path / "data" / "UrduReader" / "index" / "library.json"
        deadline = time.monotonic() + 30
        while str(folder) not in (library.read_text("utf-8") if library.exists() else ""):
            assert time.monotonic() < deadline, "the folder never joined the library"
            time.sleep(0.05)
    finally:
        code = first.quit()
    assert code == 0


@linux_only
def test_a_stale_socket_is_recovered(tmp_path: Path, runtime: Path) -> None:
    """A copy killed with SIGKILL leaves its socket file: the next launch removes it,
    listens, and later launches reach it."""
    first = App(tmp_path, runtime)
    try:
        name = first.wait_for("single copy: listening on").rsplit(" ", 1)[1]
    finally:
        first.proc.kill()
        first.proc.wait()
    assert Path(name).is_socket()  # left behind

    again = App(tmp_path, runtime)
    try:
        again.wait_for(f"removing a stale single-copy socket: {name}")
        again.wait_for(f"single copy: listening on {name}")
        done, took = launch(tmp_path, runtime, SEED)
        assert done.returncode == 0 and took < QUICK_S, (took, done.stderr)
        again.wait_for(f"window title: {seed_title()} — Urdu Reader")
    finally:
        assert again.quit() == 0


@linux_only
def test_a_hung_first_copy_delays_a_second_launch_by_two_seconds_only(
        tmp_path: Path, runtime: Path) -> None:
    """A first copy that never answers (stopped, stuck) still holds its socket: the kernel
    accepts the connection, nobody reads it. The second launch waits about 2 s, says so and
    opens its own window, which opens the file."""
    from reader_app.ui.single_instance import server_name

    env = env_of(tmp_path, runtime)
    name = server_name(tmp_path / "data" / "UrduReader", env)
    hung = socket.socket(socket.AF_UNIX)
    hung.bind(name)
    hung.listen(4)  # and never accept
    second = subprocess.Popen([sys.executable, "-m", "reader_app", str(SEED)], cwd=tmp_path,
                              env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                              text=True)
    lines: list[str] = []
    started = time.monotonic()
    try:
        assert second.stdout is not None
        for line in second.stdout:
            lines.append(line)
            if "window title:" in line:
                break
        took = time.monotonic() - started
        said = "".join(lines)
        assert "did not answer within 2 seconds" in said, said
        assert f"window title: {seed_title()} — Urdu Reader" in said, said
        assert 2.0 <= took < 2.0 + 15, took
    finally:
        second.send_signal(signal.SIGTERM)
        second.communicate(timeout=30)
        hung.close()
        os.unlink(name)
    assert second.returncode == 0


@linux_only
def test_the_socket_is_per_data_folder_and_private(tmp_path: Path, runtime: Path) -> None:
    from reader_app.ui.single_instance import server_name

    env = {"XDG_RUNTIME_DIR": str(runtime)}
    data = tmp_path / "data"
    data.mkdir()
    (tmp_path / "link").symlink_to(data)
    name = server_name(data, env)
    assert Path(name).parent == runtime / "urdu-reader"
    assert Path(name).parent.stat().st_mode & 0o777 == 0o700
    assert server_name(tmp_path / "link", env) == name  # the same folder, resolved
    assert server_name(tmp_path / "other", env) != name
    # without a runtime folder: a private folder of this user's in the temp folder
    fallback = server_name(data, {})
    assert Path(fallback).parent.name == f"urdu-reader-{os.getuid()}"
    assert Path(fallback).parent.stat().st_mode & 0o077 == 0


def test_no_display_says_so_and_exits_1(tmp_path: Path, runtime: Path) -> None:
    if sys.platform in ("win32", "cygwin", "darwin"):
        pytest.skip("X11/Wayland systems only")
    env = {k: v for k, v in env_of(tmp_path, runtime).items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update(LANG="C.UTF-8", LC_ALL="", LANGUAGE="")
    done = subprocess.run([sys.executable, "-m", "reader_app"], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 1, (done.returncode, done.stderr)
    assert done.stderr.startswith("no display:"), done.stderr
    assert "QT_QPA_PLATFORM=offscreen" in done.stderr
    assert "Traceback" not in done.stderr and "xcb" not in done.stderr

    done = subprocess.run([sys.executable, "-m", "reader_app"], cwd=tmp_path,
                          env={**env, "LANG": "ur_PK.UTF-8"}, capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 1
    assert "QT_QPA_PLATFORM=offscreen" in done.stderr
    assert any("\u0600" <= ch <= "\u06ff" for ch in done.stderr), done.stderr  # in Urdu


def test_a_display_or_a_chosen_platform_lets_the_window_start() -> None:
    from reader_app.cli import has_display

    linux = sys.platform not in ("win32", "cygwin", "darwin")
    assert has_display({}, []) is not linux
    assert has_display({"DISPLAY": ":0"}, [])
    assert has_display({"WAYLAND_DISPLAY": "wayland-0"}, [])
    assert has_display({"QT_QPA_PLATFORM": "offscreen"}, [])
    assert has_display({}, ["-platform", "offscreen"])
