"""Articles on disk: finding ``.txt`` files, decoding them safely, deriving titles.

A file that cannot be read as text is *skipped with a reason*, never half-loaded: the
reader must show people why an article is missing rather than crash on it.
"""

from __future__ import annotations

import errno
import hashlib
import os
import re
import stat
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from reader_app.core.messages import QT_TRANSLATE_NOOP, Message, text_of

MAX_FILE_BYTES = 16 * 1024 * 1024
# A regular file on a hung network share can stall a read; past this the file is skipped.
READ_SECONDS = 20.0
_READ_CHUNK = 1024 * 1024
# Folders of the kernel's pseudo-files: their "files" block, never end or change as read.
SYSTEM_FOLDERS = ("/proc", "/sys", "/dev")
TITLE_MAX_CHARS = 80
_SENTENCE_END = re.compile(r"[۔.؟?!\n]")
# Format characters (bidi marks, BOM, ZWJ…) that would make a title misbehave in a list;
# ZWNJ stays, since it changes how Urdu letters join.
_INVISIBLE = re.compile(
    "[\u00ad\u0600-\u0605\u061c\u0890\u0891\u06dd\u070f\u08e2\u180e\u200b\u200d-\u200f"
    "\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\U000e0001\U000e0020-\U000e007f]"
)
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")


@dataclass(frozen=True)
class Article:
    """One article as the reader shows and indexes it (text with ``\\n`` line endings)."""

    id: str
    path: Path
    title: str
    text: str
    mtime: float
    size: int
    content_hash: str
    encoding: str
    paragraphs: list[str] = field(default_factory=list, compare=False)
    # Where the article came from inside a multi-article file (a CSV row, a feed item), and
    # what the file says of it; ``None`` where it says nothing (a plain .txt file).
    item: int | None = None
    published: datetime | None = None  # timezone-aware; None: unknown (show the file time)
    source: str | None = None
    author: str | None = None
    category: str | None = None
    url: str | None = None
    title_from_text: bool = True  # the title is the first sentence, not given by the file

    @property
    def length(self) -> int:
        return len(self.text)


@dataclass(frozen=True)
class Skipped:
    """A file that was not loaded, and why, in words a person understands."""

    path: Path
    reason: str
    # A passing failure (too many open files, a timeout): what the index holds for this path
    # (or below this folder) stays as it is, rather than being removed.
    passing: bool = field(default=False, compare=False)

    def __str__(self) -> str:
        return f"{display_path(self.path)}: {self.reason}"

    @property
    def message(self) -> Message:
        """``str(self)`` as a Message, the reason translatable (the path as it is)."""
        return Message(QT_TRANSLATE_NOOP("Core", "{path}: {reason}"),
                       path=display_path(self.path), reason=text_of(self.reason))


def display_path(path: Path | str) -> str:
    """The path as a person can read it, even when its name is not valid UTF-8.

    Names from Windows zip archives are often in an old code page; Python keeps their bytes
    as lone surrogates (surrogateescape), which cannot be printed, shown by Qt or written as
    UTF-8. Here the undecodable bytes become U+FFFD, for showing only: the path itself keeps
    the bytes, so the file can still be opened.
    """
    text = str(path)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return os.fsencode(text).decode("utf-8", "replace")
    return text


class DecodeError(ValueError):
    """The bytes are not text in any encoding the reader accepts."""


def article_id(path: Path) -> str:
    """Stable across runs: derived from the absolute path, not from content or order."""
    return hashlib.sha1(os.fsencode(path)).hexdigest()[:16]


def decode_text(data: bytes) -> tuple[str, str]:
    """Decode UTF-8 (BOM optional), UTF-16 with BOM, or Windows-1256; return (text, encoding).

    Windows-1256 maps nearly every byte, so it is accepted only when the result looks like
    Arabic-script prose; otherwise binary junk would be indexed as gibberish.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return _checked(data.decode("utf-16")), "utf-16"
        except UnicodeDecodeError as exc:
            raise DecodeError(Message(QT_TRANSLATE_NOOP("Core", "invalid UTF-16 text"))) from exc
    if b"\x00" in data:
        raise DecodeError(Message(QT_TRANSLATE_NOOP("Core", "binary file (contains NUL bytes)")))
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return _checked(data[3:].decode("utf-8")), "utf-8-sig"
        except UnicodeDecodeError as exc:
            raise DecodeError(Message(QT_TRANSLATE_NOOP("Core",
                "invalid UTF-8 text after a UTF-8 byte-order mark"))) from exc
    try:
        return _checked(data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1256")
    except UnicodeDecodeError as exc:
        raise DecodeError(Message(QT_TRANSLATE_NOOP(
            "Core", "not UTF-8, UTF-16 or Windows-1256 text"))) from exc
    if not _looks_arabic(text):
        raise DecodeError(Message(QT_TRANSLATE_NOOP(
            "Core", "not UTF-8, UTF-16 or Windows-1256 text")))
    return _checked(text), "cp1256"


def _checked(text: str) -> str:
    controls = len(_CONTROLS.findall(text))
    if controls > max(2, len(text) // 100):
        raise DecodeError(Message(QT_TRANSLATE_NOOP("Core", "binary file (control characters)")))
    return text


def _looks_arabic(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return False
    arabic = sum(1 for ch in letters if "\u0600" <= ch <= "\u06ff")
    return arabic / len(letters) >= 0.5


def normalize_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def split_paragraphs(text: str) -> list[str]:
    """Each non-blank line is a paragraph: news files put one paragraph on a line."""
    return [line.strip() for line in text.split("\n") if line.strip()]


def derive_title(text: str, fallback: str) -> str:
    """The first sentence, cut at a word boundary; the file name when there is no text."""
    first = text.strip()
    match = _SENTENCE_END.search(first)
    if match:
        first = first[: match.start()]
    first = " ".join(first.split())
    first = _INVISIBLE.sub("", first)
    if not first.strip():
        return fallback
    if len(first) <= TITLE_MAX_CHARS:
        return first
    cut = first.rfind(" ", 0, TITLE_MAX_CHARS)
    return first[: cut if cut > 20 else TITLE_MAX_CHARS].rstrip() + "…"


PASSING_ERRNOS = frozenset(
    getattr(errno, name) for name in ("EMFILE", "ENFILE", "ENOMEM", "EINTR", "EAGAIN", "EIO",
                                      "ETIMEDOUT", "ENOBUFS", "ESTALE", "EBUSY")
    if hasattr(errno, name))


def unreadable(path: Path, exc: OSError) -> Skipped:
    """Why a file could not be opened or stat'ed, in the words the reader uses everywhere."""
    if isinstance(exc, FileNotFoundError):
        return Skipped(path, Message(QT_TRANSLATE_NOOP(
            "Core", "file disappeared before it could be read")))
    if isinstance(exc, PermissionError):
        return Skipped(path, Message(QT_TRANSLATE_NOOP("Core", "permission denied")))
    return Skipped(path, Message(QT_TRANSLATE_NOOP("Core", "cannot be read ({error})"),
                                 error=exc.strerror or str(exc)),
                   passing=exc.errno in PASSING_ERRNOS)


def read_article(path: Path) -> Article | Skipped:
    """Load one file; every failure becomes a :class:`Skipped` with a one-line reason.

    Only a regular file is opened, and it is opened without blocking: a named pipe, a device
    or a kernel pseudo-file would otherwise hang the indexer while it holds the write lock.
    """
    path = Path(os.path.abspath(path))
    try:
        st = path.stat()
        kind = _not_regular(st.st_mode)
        if kind:
            return Skipped(path, Message(QT_TRANSLATE_NOOP("Core", "not a regular file ({kind})"),
                                         kind=kind))
        if _in_system_folder(path):
            return Skipped(path, Message(QT_TRANSLATE_NOOP(
                "Core", "a system file, not an article")))
        if st.st_size > MAX_FILE_BYTES:
            return _too_large(path, st.st_size)
        data, st = _read_regular(path)
    except _ReadRefused as exc:
        return Skipped(path, text_of(exc))
    except OSError as exc:
        return unreadable(path, exc)
    try:
        text, encoding = decode_text(data)
    except DecodeError as exc:
        return Skipped(path, text_of(exc))
    text = normalize_newlines(text)
    return Article(
        id=article_id(path),
        path=path,
        title=derive_title(text, display_path(path.stem)),
        text=text,
        mtime=st.st_mtime,
        size=st.st_size,
        content_hash=hashlib.blake2b(data, digest_size=16).hexdigest(),
        encoding=encoding,
        paragraphs=split_paragraphs(text),
    )


class _ReadRefused(Exception):
    """The file was opened but is not one to read (its reason is the message)."""


def _too_large(path: Path, size: int) -> Skipped:
    return Skipped(path, Message(QT_TRANSLATE_NOOP(
        "Core", "too large ({size:.1f} MB; the limit is {limit:.0f} MB)"),
        size=size / 1e6, limit=MAX_FILE_BYTES / 1e6))


def _not_regular(mode: int) -> Message | None:
    """What a non-regular file is, in words; None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return Message(QT_TRANSLATE_NOOP("Core", "a folder"))
    if stat.S_ISFIFO(mode):
        return Message(QT_TRANSLATE_NOOP("Core", "a named pipe"))
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return Message(QT_TRANSLATE_NOOP("Core", "a device"))
    if stat.S_ISSOCK(mode):
        return Message(QT_TRANSLATE_NOOP("Core", "a socket"))
    return Message(QT_TRANSLATE_NOOP("Core", "not a file"))


def _in_system_folder(path: Path) -> bool:
    if os.name == "nt":
        return False
    real = os.path.realpath(path)
    return any(real == top or real.startswith(top + "/") for top in SYSTEM_FOLDERS)


def _read_regular(path: Path) -> tuple[bytes, os.stat_result]:
    """The file's bytes, read with a size and a time bound, checked to be a regular file
    *after* opening (it may have been swapped for a pipe since it was listed)."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    try:
        st = os.fstat(fd)
        kind = _not_regular(st.st_mode)
        if kind:
            raise _ReadRefused(Message(QT_TRANSLATE_NOOP("Core", "not a regular file ({kind})"),
                                       kind=kind))
        if st.st_size > MAX_FILE_BYTES:
            raise _ReadRefused(_too_large(path, st.st_size).reason)
        deadline = time.monotonic() + READ_SECONDS
        chunks: list[bytes] = []
        total = 0
        while True:
            chunk = os.read(fd, _READ_CHUNK)
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            if total > MAX_FILE_BYTES:  # it grew while being read
                raise _ReadRefused(_too_large(path, total).reason)
            if time.monotonic() > deadline:
                raise _ReadRefused(Message(QT_TRANSLATE_NOOP(
                    "Core", "reading took longer than {seconds:.0f} seconds"),
                    seconds=READ_SECONDS))
        return b"".join(chunks), st
    finally:
        os.close(fd)


def readable(path: Path) -> bool:
    """Whether the current user may read the file (a cheap check for unchanged files, whose
    permission can be taken away without changing their modification time)."""
    return os.access(path, os.R_OK)


def find_text_files(folders: Iterable[Path], cancelled: Callable[[], bool] | None = None
                    ) -> tuple[list[Path], list[Skipped]]:
    """Every ``*.txt`` below the folders, each file once, plus what was passed over and why.

    ``cancelled`` is asked once per folder: walking a large library takes seconds, and a
    person quitting must not wait for it (the walk then ends early with what it found).

    Links are followed only when they resolve inside one of the chosen folders: a link out
    (to ``/etc`` or ``/proc``) is skipped with a reason. A link to a folder inside adds
    nothing (the walk reaches that folder itself, so loops are harmless too), and a file
    reached twice (through a link, a hard link) is listed once, by its real path.
    The walk keeps its own stack, so a folder thousands of levels deep cannot exhaust
    Python's recursion limit.
    """
    roots: list[Path] = []
    problems: list[Skipped] = []
    singles: list[Path] = []
    for folder in folders:
        folder = Path(os.path.abspath(folder))
        if _in_system_folder(folder):
            problems.append(Skipped(folder, Message(QT_TRANSLATE_NOOP(
                "Core", "a system folder, not articles"))))
        elif folder.is_file():
            if folder.suffix.lower() == ".txt":
                singles.append(folder)
        elif not folder.is_dir():
            problems.append(Skipped(folder, Message(QT_TRANSLATE_NOOP("Core", "folder not found"))))
        else:
            roots.append(folder)
    real_roots = [os.path.realpath(r) for r in roots]
    # one path per file (device, inode): the real one rather than one through a link
    found: dict[tuple[int, int] | Path, tuple[Path, bool]] = {}
    seen_dirs: set[tuple[int, int]] = set()

    def inside(real: str) -> bool:
        return any(real == r or real.startswith(r.rstrip(os.sep) + os.sep) for r in real_roots)

    def add_file(path: Path, st: os.stat_result, via_link: bool) -> None:
        key: tuple[int, int] | Path = (st.st_dev, st.st_ino) if st.st_ino else path
        if key not in found or (found[key][1] and not via_link):
            found[key] = (path, via_link)

    for single in singles:
        try:
            add_file(single, single.stat(), False)
        except OSError as exc:
            problems.append(unreadable(single, exc))
    for root in roots:
        stack = [(root, False)]
        while stack:
            if cancelled and cancelled():
                break
            folder, folder_via_link = stack.pop()
            try:
                st = folder.stat()
                if (st.st_dev, st.st_ino) in seen_dirs and st.st_ino:
                    continue
                seen_dirs.add((st.st_dev, st.st_ino))
                with os.scandir(folder) as it:
                    entries = sorted(it, key=lambda e: e.name)
            except OSError as exc:
                problems.append(Skipped(folder, Message(QT_TRANSLATE_NOOP(
                    "Core", "folder cannot be read ({error})"), error=exc.strerror),
                                        passing=exc.errno in PASSING_ERRNOS))
                continue
            subfolders: list[tuple[Path, bool]] = []
            for entry in entries:
                path = Path(entry.path)
                try:
                    link = entry.is_symlink()
                    if link and not inside(os.path.realpath(path)):
                        if entry.name.lower().endswith(".txt") or entry.is_dir():
                            problems.append(Skipped(path, Message(QT_TRANSLATE_NOOP(
                                "Core", "a link to outside the library's folders (not "
                                "followed)"))))
                        continue
                    if entry.is_dir():
                        if not link:  # a link to a folder inside: the walk reaches it anyway
                            subfolders.append((path, folder_via_link))
                        continue
                    if not entry.name.lower().endswith(".txt") or entry.name.startswith("."):
                        continue
                    st = entry.stat()
                except OSError as exc:
                    if entry.name.lower().endswith(".txt"):
                        problems.append(unreadable(path, exc))
                    continue
                kind = _not_regular(st.st_mode)
                if kind:
                    problems.append(Skipped(path, Message(QT_TRANSLATE_NOOP(
                        "Core", "not a regular file ({kind})"), kind=kind)))
                    continue
                add_file(path, st, folder_via_link or link)
            stack.extend(reversed(subfolders))
    return sorted(path for path, _link in found.values()), problems


def load_folders(folders: Iterable[Path]) -> tuple[list[Article], list[Skipped]]:
    """All articles below the folders, plus the files that were skipped and why."""
    paths, skipped = find_text_files(folders)
    articles: list[Article] = []
    for path in paths:
        result = read_article(path)
        if isinstance(result, Article):
            articles.append(result)
        else:
            skipped.append(result)
    return articles, skipped
