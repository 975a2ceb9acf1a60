"""The index's locks between processes, and the bounded wait for another copy's work.

``write.lock`` lets one writer at a time change the index (across processes);
``library.lock`` guards the short read-change-write of ``library.json``. Both are kernel
locks on an open file, so a killed holder never leaves them taken.
"""

from __future__ import annotations

import errno
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

from reader_app.core.messages import QT_TRANSLATE_NOOP, Message
from reader_app.core.results import IndexError_

Cancelled = Callable[[], bool]


class WaitCancelled(Exception):
    """Cancelled while waiting for another writer to finish."""


class FileLock:
    """An exclusive lock between processes (and between index objects of one process).

    ``flock`` (``msvcrt.locking`` on Windows) is released by the kernel when its holder dies,
    so a killed indexer never leaves the index locked, unlike a lock *file*'s existence.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None

    def try_acquire(self) -> bool:
        """True when taken; raises OSError when the lock file cannot be opened at all."""
        if self._fd is None:
            self._fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            if sys.platform == "win32":
                import msvcrt

                os.lseek(self._fd, 0, os.SEEK_SET)
                msvcrt.locking(self._fd, msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(self._fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            if exc.errno in (errno.EAGAIN, errno.EACCES, errno.EWOULDBLOCK, errno.EDEADLK):
                return False
            raise
        return True

    def release(self) -> None:
        if self._fd is None:
            return
        try:
            if sys.platform == "win32":
                import msvcrt

                os.lseek(self._fd, 0, os.SEEK_SET)
                msvcrt.locking(self._fd, msvcrt.LK_UNLCK, 1)
        finally:
            os.close(self._fd)  # closing releases an flock
            self._fd = None


def wait_for(lock: FileLock, timeout: float, folder: Path, cancelled: Cancelled | None = None,
             on_wait: Callable[[], None] | None = None,
             waiting: Callable[[str], None] | None = None) -> bool:
    """Take ``lock``, waiting at most ``timeout`` seconds for its holder.

    ``on_wait`` and ``waiting`` (told a sentence for the user) are called once, when the
    lock is held by another; a cancel while waiting raises :class:`WaitCancelled`, and the
    end of the wait an :class:`IndexError_` that names ``folder``.
    """
    if lock.try_acquire():
        return True
    if on_wait:
        on_wait()
    if waiting:
        waiting(Message(QT_TRANSLATE_NOOP(
            "Core", "Another copy of the reader is updating the index; waiting for it "
            "to finish…")))
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if cancelled and cancelled():
            lock.release()
            raise WaitCancelled
        time.sleep(0.1)
        if lock.try_acquire():
            return True
    lock.release()
    minutes = max(1, round(timeout / 60))
    raise IndexError_(Message(
        QT_TRANSLATE_NOOP("Core", "Another copy of the reader has been updating the index "
                          "in {folder} for over {minutes} minute; nothing was changed. Try "
                          "again when it has finished.") if minutes == 1 else
        QT_TRANSLATE_NOOP("Core", "Another copy of the reader has been updating the index "
                          "in {folder} for over {minutes} minutes; nothing was changed. "
                          "Try again when it has finished."),
        folder=folder, minutes=minutes))
