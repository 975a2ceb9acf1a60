"""One running copy per person and data folder: a second ``reader-app [FILE|FOLDER ...]``
hands its paths to the first, which comes to the front and opens them.

The first copy listens on a local socket (QLocalServer: a Unix socket here, a named pipe on
Windows) named after a hash of the resolved data folder, in a directory only its user can
enter: ``$XDG_RUNTIME_DIR/urdu-reader/``, else ``urdu-reader-UID/`` in the temp folder (made
0700, refused when another user owns it or others may enter it). So another user's copy is
never reached, and a copy on another data folder (``XDG_DATA_HOME=…``, a test's) keeps its own
window and index.

A second copy connects with QLocalSocket before any QApplication or window exists (Qt's local
socket works without one), sends one JSON line ``{"paths": [...], "activation_token": ...}``
and waits at most :data:`HANDOFF_TIMEOUT_MS` for ``ok``. A first copy that hangs (a long
stall, SIGSTOP) accepts the connection in the kernel but never answers: the second then says
so and opens its own window; nothing else changes.

A copy killed by SIGKILL or a crash leaves its socket file behind, and a new listen fails
("address in use"). :meth:`Server.claim` then connects to it: refused means nobody is there,
so the file is removed and listened on again; accepted means a live copy. The check and the
removal run under a lock on the socket directory, so two copies starting at once cannot both
remove and listen (one would be left with no socket, unreachable).

Listening is plain: ``QLocalServer.UserAccessOption`` is not used, because Qt then binds in a
temporary folder and renames the socket into place, which replaces a live copy's socket
instead of failing (PySide6 6.11); the private directory is what keeps other users out.
"""

from __future__ import annotations

import contextlib
import enum
import hashlib
import json
import logging
import os
import stat
import sys
import tempfile
import time
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtNetwork import QAbstractSocket, QLocalServer, QLocalSocket

from reader_app.core.paths import data_dir

log = logging.getLogger(__name__)

HANDOFF_TIMEOUT_MS = 2000  # a hung first copy delays a second launch by this much at most
PROBE_TIMEOUT_MS = 500  # is a socket that cannot be listened on someone's, or stale?
IDLE_PEER_MS = 5000  # a connection that sends no whole request is dropped after this
MAX_REQUEST = 1 << 20  # bytes: far above any list of paths a person passes
SOCKET_PATH_MAX = 100  # sun_path holds 108 bytes on Linux, 104 on the BSDs and macOS
REPLY = b"ok\n"
PROTOCOL = 1


class Outcome(enum.Enum):
    DELIVERED = "delivered"  # the first copy took the paths: this one exits
    NOBODY = "nobody"  # no copy runs (or only a stale socket): this one is the first
    NO_ANSWER = "no answer"  # a copy is there but did not answer in time


class Claim(enum.Enum):
    LISTENING = "listening"
    TAKEN = "taken"  # a live copy holds the name
    FAILED = "failed"  # the socket cannot be made (the app runs without one)


@dataclass(frozen=True)
class Request:
    paths: list[Path]
    activation_token: str = ""  # Wayland's XDG_ACTIVATION_TOKEN, X11's DESKTOP_STARTUP_ID


def socket_dir(environ: Mapping[str, str] = os.environ) -> Path | None:
    """The private directory the sockets live in (created); None where it cannot be made
    safely (Windows names pipes instead)."""
    if sys.platform == "win32":
        return None
    runtime = environ.get("XDG_RUNTIME_DIR", "")
    if runtime and os.path.isabs(runtime) and os.path.isdir(runtime):
        folder = Path(runtime) / "urdu-reader"
    else:
        folder = Path(tempfile.gettempdir()) / f"urdu-reader-{os.getuid()}"
    try:
        folder.mkdir(mode=0o700, exist_ok=True)
        st = os.lstat(folder)
    except OSError as exc:
        log.warning("no folder for the single-copy socket (%s): %s", folder, exc)
        return None
    if not stat.S_ISDIR(st.st_mode) or st.st_uid != os.getuid() or st.st_mode & 0o077:
        log.warning("%s is not a private folder of this user: no single-copy socket", folder)
        return None
    return folder


def server_name(data: Path | None = None, environ: Mapping[str, str] = os.environ) -> str:
    """The socket's full name for this user and data folder (by default the app's own)."""
    resolved = os.fsencode(str((data or data_dir()).resolve()))
    digest = hashlib.sha256(resolved).hexdigest()[:16]
    folder = socket_dir(environ)
    if folder is not None:
        path = str(folder / f"{digest}.sock")
        if len(os.fsencode(path)) <= SOCKET_PATH_MAX:
            return path
        tmp = Path(tempfile.gettempdir()) / f"urdu-reader-{os.getuid()}"
        if folder != tmp:  # a long XDG_RUNTIME_DIR: the temp folder's private one instead
            return server_name(data, {k: v for k, v in environ.items()
                                      if k != "XDG_RUNTIME_DIR"})
    user = os.environ.get("USERNAME") or os.environ.get("USER") or "user"
    return f"urdu-reader-{hashlib.sha256(user.encode()).hexdigest()[:8]}-{digest}"


def _token(environ: Mapping[str, str]) -> str:
    return environ.get("XDG_ACTIVATION_TOKEN") or environ.get("DESKTOP_STARTUP_ID") or ""


def hand_off(name: str, paths: Sequence[Path], timeout_ms: int = HANDOFF_TIMEOUT_MS,
             environ: Mapping[str, str] = os.environ) -> Outcome:
    """Give ``paths`` (made absolute here: the first copy has another working folder) to
    the copy listening on ``name``. Needs no QApplication; never waits past ``timeout_ms``."""
    sock = QLocalSocket()
    sock.connectToServer(name)
    if not sock.waitForConnected(min(timeout_ms, PROBE_TIMEOUT_MS)):
        return Outcome.NOBODY  # no socket, or a stale one (connection refused)
    request = {"version": PROTOCOL, "paths": [os.path.abspath(p) for p in paths],
               "activation_token": _token(environ)}
    sock.write((json.dumps(request) + "\n").encode("ascii"))
    reply = b""
    end = time.monotonic() + timeout_ms / 1000

    def left() -> int:
        return max(0, int((end - time.monotonic()) * 1000))

    while not reply.endswith(b"\n") and left() > 0:
        if sock.bytesToWrite():
            sock.waitForBytesWritten(left())
        elif not sock.waitForReadyRead(left()):
            break
        reply += bytes(sock.readAll().data())
    sock.abort()
    return Outcome.DELIVERED if reply == REPLY else Outcome.NO_ANSWER


@contextlib.contextmanager
def _claim_lock(name: str) -> Iterator[None]:
    """Between processes: one claim of a socket name at a time (a lock on its folder)."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows: a named pipe is never stale
        yield
        return
    folder = os.path.dirname(name)
    if not folder:
        yield
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # releases the lock


def _parse(data: bytes) -> Request | None:
    try:
        message = json.loads(data)
        paths = [Path(p) for p in message["paths"] if isinstance(p, str)]
        token = message.get("activation_token") or ""
    except (ValueError, KeyError, TypeError, AttributeError):
        return None
    return Request(paths, token if isinstance(token, str) else "")


class _Peer(QObject):
    """One second copy's connection: its request line, answered with ``ok``."""

    def __init__(self, sock: QLocalSocket, server: Server) -> None:
        super().__init__(server)
        self.sock = sock
        self.server = server
        self.buffer = b""
        sock.setParent(self)
        sock.readyRead.connect(self._read)
        sock.disconnected.connect(self._done)
        QTimer.singleShot(IDLE_PEER_MS, self, self._done)

    def _read(self) -> None:
        self.buffer += bytes(self.sock.readAll().data())
        if len(self.buffer) > MAX_REQUEST:
            self._done()
            return
        line, newline, _rest = self.buffer.partition(b"\n")
        if not newline:
            return
        request = _parse(line)
        if request is None:
            log.warning("another copy sent a request this one cannot read")
            self._done()
            return
        self.sock.write(REPLY)
        self.sock.flush()
        self.sock.disconnectFromServer()
        self.server.received.emit(request)

    def _done(self) -> None:
        if self.sock.state() != QLocalSocket.LocalSocketState.UnconnectedState:
            self.sock.abort()
        self.deleteLater()


class Server(QObject):
    """The first copy's end: :attr:`received` carries each later launch's :class:`Request`."""

    received = Signal(object)

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._server = QLocalServer(self)
        self._server.newConnection.connect(self._accept)

    def claim(self) -> Claim:
        """Listen on the name; a stale socket left by a killed copy is removed first."""
        with _claim_lock(self.name):
            if self._server.listen(self.name):
                return Claim.LISTENING
            if self._server.serverError() != QAbstractSocket.SocketError.AddressInUseError:
                log.warning("single-copy socket %s: %s", self.name, self._server.errorString())
                return Claim.FAILED
            probe = QLocalSocket()
            probe.connectToServer(self.name)
            if probe.waitForConnected(PROBE_TIMEOUT_MS):
                probe.abort()
                return Claim.TAKEN
            log.info("removing a stale single-copy socket: %s", self.name)
            QLocalServer.removeServer(self.name)
            if self._server.listen(self.name):
                return Claim.LISTENING
            log.warning("single-copy socket %s: %s", self.name, self._server.errorString())
            return Claim.FAILED

    def is_listening(self) -> bool:
        return self._server.isListening()

    def close(self) -> None:
        """Stop listening and remove the socket (``os._exit`` would leave it behind)."""
        if self._server.isListening():
            self._server.close()

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            sock = self._server.nextPendingConnection()
            if sock is not None:
                _Peer(sock, self)
