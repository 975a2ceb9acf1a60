"""Write a file so that the destination is either the old file or the complete new one.

A PDF cut short by a full disk or a crash is worse than none: viewers show it as damaged and
it replaces what was there. So bytes go to a temporary file beside the destination (same
file system, so the rename is atomic), are flushed to disk, and only then renamed over it.
"""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from reader_app.core.export.errors import ExportError


def describe(err: OSError, out: Path) -> str:
    """A sentence for a person, not an errno."""
    where = str(out.parent) or "."
    if err.errno == errno.ENOSPC or err.errno == getattr(errno, "EDQUOT", -1):
        return f"Not enough disk space to save {out.name} in {where}."
    if err.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return f"Cannot save {out.name}: no permission to write in {where}."
    if err.errno == errno.ENOENT:
        return f"Cannot save {out.name}: the folder {where} does not exist."
    if err.errno == errno.EISDIR:
        return f"Cannot save to {out}: it is a folder."
    return f"Cannot save {out.name} in {where}: {err.strerror or err}."


def write_atomically(out: Path, write: Callable[[BinaryIO], None]) -> None:
    """Call ``write`` on a temporary file, fsync it, then rename it over ``out``.

    On any failure the temporary file is removed, ``out`` is left as it was, and an
    ``ExportError`` with a readable message is raised (other exceptions pass through).
    """
    if out.is_dir():
        raise ExportError(f"Cannot save to {out}: it is a folder.")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".part", dir=out.parent)
    except OSError as err:
        raise ExportError(describe(err, out)) from err
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as fh:
            write(fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, _mode_for(out))
        os.replace(tmp, out)
    except OSError as err:
        tmp.unlink(missing_ok=True)
        raise ExportError(describe(err, out)) from err
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _fsync_dir(out.parent)


def _mode_for(out: Path) -> int:
    """Keep the replaced file's permissions; a new file gets the usual rw-r--r--.

    (mkstemp makes files private; reading the umask to do better is not thread-safe.)
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
