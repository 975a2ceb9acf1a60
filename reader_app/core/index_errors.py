"""What can go wrong with the index, and how it is said: damage (rebuilt from the library),
a passing error (retried and reported, never answered by deleting), a failed write."""

from __future__ import annotations

import errno
from pathlib import Path

from reader_app.core.messages import QT_TRANSLATE_NOOP, Message, text_of
from reader_app.core.results import IndexError_

# Errors that say "not now" rather than "damaged": opening is retried, then reported.
TRANSIENT_ERRNOS = frozenset(
    getattr(errno, name) for name in ("EMFILE", "ENFILE", "EACCES", "EPERM", "EAGAIN",
                                      "EINTR", "ENOMEM", "EBUSY", "EIO", "ETIMEDOUT",
                                      "ENOBUFS", "ESTALE")
    if hasattr(errno, name))


class WriteAborted(Exception):
    """A refresh stopped by :meth:`ArticleIndex.abort` before the table of contents of its
    part being written: nothing of that part is committed (earlier parts stay)."""


class IndexDamaged(Exception):
    """A part of the index is missing or not what was written; the message names the part."""


class DamagedIndexError(IndexError_):
    """Raised instead of repairing when the index was opened with ``repair=False``."""


def describe(exc: BaseException) -> str:
    name = getattr(exc, "filename", None)
    where = f" in {Path(name).name}" if name else ""
    text = str(exc).strip().splitlines()[0][:120] if str(exc).strip() else ""
    return f"{type(exc).__name__}{where}{': ' + text if text else ''}"


def transient_words(exc: OSError) -> Message:
    if exc.errno in (errno.EMFILE, errno.ENFILE):
        return Message(QT_TRANSLATE_NOOP("Core", "too many files are open (close some "
                                                 "programs)"))
    if exc.errno in (errno.EACCES, errno.EPERM):
        return Message(QT_TRANSLATE_NOOP("Core", "permission to read {file} is denied"),
                       file=Path(exc.filename or '?').name)
    if exc.errno == errno.ENOMEM:
        return Message(QT_TRANSLATE_NOOP("Core", "not enough memory"))
    return text_of(exc.strerror or str(exc))


def write_failure(exc: OSError) -> Message:
    if exc.errno == errno.ENOSPC:
        what = Message(QT_TRANSLATE_NOOP("Core", "the disk is full"))
    elif exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        what = Message(QT_TRANSLATE_NOOP("Core", "the index folder cannot be written"))
    else:
        what = text_of(exc.strerror or str(exc))
    return Message(QT_TRANSLATE_NOOP(
        "Core", "The index could not be updated: {what}. The previous index is unchanged."),
        what=what)
