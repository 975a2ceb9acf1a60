"""Write a file so that the destination is either the old file or the complete new one.

A PDF cut short by a full disk or a crash is worse than none: viewers show it as damaged and
it replaces what was there. So bytes go to a temporary file beside the destination (same
file system, so the rename is atomic), are flushed to disk, and only then renamed over it.

Only a regular file the person may write is ever replaced, and only when asked to: a
read-only file, a link (whose target would be replaced by a file) or a named pipe is
refused with a reason. The temporary name is short and fixed in length, so a destination
name up to the file system's limit works, and temporary files left by a killed export are
removed by the next one.
"""

from __future__ import annotations

import errno
import os
import secrets
import stat
import time
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from reader_app.core.export.errors import ExportError, TargetExists
from reader_app.core.messages import QT_TRANSLATE_NOOP, Message

PART_PREFIX = ".rdr-"
PART_SUFFIX = ".part"
# A temporary file is stale when the export that made it has ended: its process is gone, or
# (where that cannot be asked, or for the names older versions used) it is this old.
STALE_SECONDS = 3600


def describe(err: OSError, out: Path) -> Message:
    """A sentence for a person, not an errno."""
    where = str(out.parent) or "."
    if err.errno == errno.ENOSPC or err.errno == getattr(errno, "EDQUOT", -1):
        return Message(QT_TRANSLATE_NOOP("Core", "Not enough disk space to save {name} in "
                                                 "{folder}."), name=out.name, folder=where)
    if err.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return Message(QT_TRANSLATE_NOOP("Core", "Cannot save {name}: no permission to write "
                                                 "in {folder}."), name=out.name, folder=where)
    if err.errno == errno.ENOENT:
        return Message(QT_TRANSLATE_NOOP("Core", "Cannot save {name}: the folder {folder} does "
                                                 "not exist."), name=out.name, folder=where)
    if err.errno == errno.EISDIR:
        return _is_folder(out)
    if err.errno == errno.ENAMETOOLONG:
        return Message(QT_TRANSLATE_NOOP("Core", "Cannot save {name}: the name is too long "
                                                 "for this disk."), name=out.name)
    return Message(QT_TRANSLATE_NOOP("Core", "Cannot save {name} in {folder}: {error}."),
                   name=out.name, folder=where, error=err.strerror or str(err))


def _is_folder(out: Path) -> Message:
    return Message(QT_TRANSLATE_NOOP("Core", "Cannot save to {path}: it is a folder."), path=out)


def _exists(out: Path) -> Message:
    return Message(QT_TRANSLATE_NOOP("Core", "{name} already exists in {folder}."),
                   name=out.name, folder=out.parent or ".")


def check_target(out: Path, overwrite: bool) -> None:
    """Refuse a destination that must not be replaced, with the reason (``TargetExists``
    when it is a regular, writable file and ``overwrite`` is false)."""
    try:
        st = os.lstat(out)
    except FileNotFoundError:
        return
    except OSError as err:
        raise ExportError(describe(err, out)) from err
    if stat.S_ISDIR(st.st_mode):
        raise ExportError(_is_folder(out))
    if stat.S_ISLNK(st.st_mode):
        raise ExportError(Message(QT_TRANSLATE_NOOP(
            "Core", "Cannot save to {name}: it is a link to another file. Choose another "
            "name."), name=out.name))
    if not stat.S_ISREG(st.st_mode):
        raise ExportError(Message(QT_TRANSLATE_NOOP(
            "Core", "Cannot save to {name}: it is not a regular file (a pipe or a device). "
            "Choose another name."), name=out.name))
    # (root may write anything: the mode bits still say the person meant it to be kept)
    if not (st.st_mode & 0o222) or not os.access(out, os.W_OK):
        raise ExportError(Message(QT_TRANSLATE_NOOP(
            "Core", "Cannot replace {name}: it is read-only. Choose another name."),
            name=out.name))
    if not overwrite:
        raise TargetExists(_exists(out))


def write_atomically(out: Path, write: Callable[[BinaryIO], None], *,
                     overwrite: bool = False) -> None:
    """Call ``write`` on a temporary file, fsync it, then rename it over ``out``.

    On any failure the temporary file is removed, ``out`` is left as it was, and an
    ``ExportError`` with a readable message is raised (other exceptions pass through).
    """
    out = Path(out)
    check_target(out, overwrite)
    remove_stale_parts(out.parent, out.name)
    try:
        fd, tmp = _create_temp(out.parent)
    except OSError as err:
        raise ExportError(describe(err, out)) from err
    try:
        with os.fdopen(fd, "wb") as fh:
            write(fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, _mode_for(out))
        check_target(out, overwrite)  # it may have appeared (or changed) meanwhile
        if overwrite:
            os.replace(tmp, out)
        else:
            _place_new(tmp, out)
    except FileExistsError as err:
        tmp.unlink(missing_ok=True)
        raise TargetExists(_exists(out)) from err
    except OSError as err:
        tmp.unlink(missing_ok=True)
        raise ExportError(describe(err, out)) from err
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _fsync_dir(out.parent)


def _create_temp(folder: Path) -> tuple[int, Path]:
    """A new private file with a short name (the destination's name may be at the limit)."""
    for _ in range(100):
        tmp = folder / f"{PART_PREFIX}{os.getpid()}-{secrets.token_hex(4)}{PART_SUFFIX}"
        try:
            return os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0),
                           0o600), tmp
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "no free temporary name", str(folder))


def _place_new(tmp: Path, out: Path) -> None:
    """Move ``tmp`` to ``out`` only if ``out`` does not exist (a hard link fails then)."""
    try:
        os.link(tmp, out)
    except FileExistsError:
        raise
    except OSError:  # a file system without hard links: checked just before, so rename
        if os.path.lexists(out):
            raise FileExistsError(errno.EEXIST, "exists", str(out)) from None
        os.replace(tmp, out)
        return
    tmp.unlink(missing_ok=True)


def remove_stale_parts(folder: Path, name: str = "") -> list[Path]:
    """Remove temporary files of exports that have ended (killed, or the power went)."""
    removed: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    now = time.time()
    legacy = f".{name}." if name else None
    for entry in entries:
        n = entry.name
        if not n.endswith(PART_SUFFIX):
            continue
        try:
            st = entry.stat(follow_symlinks=False)
        except OSError:
            continue
        if not stat.S_ISREG(st.st_mode):
            continue
        old = now - st.st_mtime > STALE_SECONDS
        if n.startswith(PART_PREFIX):
            pid = n[len(PART_PREFIX):].split("-", 1)[0]
            stale = old or (pid.isdigit() and not _alive(int(pid)))
        else:
            # An older version's name for the part file.
            stale = legacy is not None and n.startswith(legacy) and old
        if stale:
            try:
                os.unlink(entry.path)
                removed.append(Path(entry.path))
            except OSError:
                pass
    return removed


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if os.name != "posix":
        return True  # cannot ask cheaply: only the age decides
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def _mode_for(out: Path) -> int:
    """Keep the replaced file's permissions; a new file gets the usual rw-r--r--.

    (The temporary file is private; reading the umask to do better is not thread-safe.)
    """
    try:
        return out.stat().st_mode & 0o777
    except OSError:
        return 0o644


def _fsync_dir(folder: Path) -> None:
    """Make the rename itself durable where the platform allows it (not on Windows)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
