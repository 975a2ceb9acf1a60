"""Articles on disk: finding article files, decoding them safely, deriving titles.

``.txt`` files are read here; saved pages, feeds and dataset files through
:mod:`reader_app.core.formats` (imported lazily: it imports this module), one
:class:`Article` per page, feed item or dataset row.

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
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Union

if TYPE_CHECKING:
    from reader_app.core.formats.records import ArticleRecord

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
    # The row or entry of a multi-article file that was skipped; None: the whole file.
    item: int | None = None

    def __str__(self) -> str:
        return f"{display_path(self.path)}: {self.reason}"

    @property
    def message(self) -> Message:
        """``str(self)`` as a Message, the reason translatable (the path as it is)."""
        return Message(QT_TRANSLATE_NOOP("Core", "{path}: {reason}"),
                       path=display_path(self.path), reason=text_of(self.reason))


ArticleSkip = Union[Article, Skipped]  # noqa: UP007 - a runtime alias


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


def article_id(path: Path, item: int | None = None) -> str:
    """Stable across runs: derived from the absolute path (and the row or entry of a
    multi-article file), not from content or order."""
    key = os.fsencode(path) if item is None else os.fsencode(path) + b"#%d" % item
    return hashlib.sha1(key).hexdigest()[:16]


# Letters that old encodings and keyboards write differently (Windows-1256 has no ی, ک, ہ):
# the same article copied through them must still be found to be the same.
_SAME_LETTERS = (("\u064a", "\u06cc"), ("\u0649", "\u06cc"), ("\u0643", "\u06a9"),
                 ("\u0647", "\u06c1"), ("\u06c0", "\u06c2"), ("\u200c", ""), ("\u200d", ""),
                 ("\u200e", ""), ("\u200f", ""), ("\ufeff", ""))


def text_hash(text: str) -> str:
    """The same article wherever it is stored: a hash of its text with spacing, line ends,
    Unicode forms and Arabic/Urdu letter variants made alike (cheap: C-level operations,
    as it runs once per row of a 100,000-row dataset)."""
    import unicodedata

    if not unicodedata.is_normalized("NFKC", text):  # most text already is: no copy made
        text = unicodedata.normalize("NFKC", text)
    for letter, same in _SAME_LETTERS:  # ten str.replace: 0.004 ms an article, where
        text = text.replace(letter, same)  # str.translate with a dict took 0.23 ms
    plain = " ".join(text.split())
    return hashlib.blake2b(plain.casefold().encode("utf-8", "surrogatepass"),
                           digest_size=16).hexdigest()


def article_suffixes() -> tuple[str, ...]:
    """Every suffix the library reads: ``.txt`` here, the rest through the formats package."""
    from reader_app.core.formats.readers import SUFFIXES

    return (".txt", *SUFFIXES)


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


def read_article(path: Path, item: int | None = None,
                 columns: Mapping[str, str] | None = None) -> Article | Skipped:
    """Load one article; every failure becomes a :class:`Skipped` with a one-line reason.

    ``item`` names the row or entry of a multi-article file (a CSV row, a feed item, as
    listed by the index); without it the file's first article is read. ``columns`` is the
    library's column mapping for a dataset whose column names are not recognised
    (``ArticleIndex.columns_for(path)``).

    Only a regular ``.txt`` file is opened, and it is opened without blocking: a named
    pipe, a device or a kernel pseudo-file would otherwise hang the indexer while it holds
    the write lock.
    """
    path = Path(os.path.abspath(path))
    if path.suffix.lower() != ".txt":
        return _read_record(path, item, columns)
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


def _read_record(path: Path, item: int | None,
                 columns: Mapping[str, str] | None) -> Article | Skipped:
    """The one record of a page, feed or dataset that is asked for (rows before it are
    parsed but not turned into articles, so row 90,000 of a dataset opens in seconds)."""
    for result in iter_articles(path, columns, want=item):
        if isinstance(result, Article):
            if item is None or result.item == item:
                return result
        elif result.item is None or result.item == item:  # the file, or that row
            return result
    if item is None:
        return Skipped(path, Message(QT_TRANSLATE_NOOP("Core", "no article found in the file")))
    return Skipped(path, Message(QT_TRANSLATE_NOOP(
        "Core", "entry {item:d} is no longer in the file"), item=item))


def iter_articles(path: Path, columns: Mapping[str, str] | None = None,
                  want: int | None = None) -> Iterator[ArticleSkip]:
    """Every article of one file, streamed (a 100,000-row dataset is never held whole),
    with a :class:`Skipped` for the file or for each row or entry that could not be read
    (its reason names the row; ``Skipped.item`` says which). ``want``: only that row."""
    path = Path(os.path.abspath(path))
    if path.suffix.lower() == ".txt":
        yield read_article(path)
        return
    from reader_app.core.formats.readers import read_records
    from reader_app.core.formats.records import ArticleRecord

    try:
        st = path.stat()
    except OSError as exc:
        yield unreadable(path, exc)
        return
    if _in_system_folder(path):
        yield Skipped(path, Message(QT_TRANSLATE_NOOP("Core", "a system file, not an article")))
        return
    try:
        for record in read_records(path, columns, want=want):
            if isinstance(record, ArticleRecord):
                yield article_from_record(record, st.st_mtime, st.st_size)
            elif record.item is None:
                yield Skipped(path, text_of(record.reason))
            else:
                yield Skipped(path, _place(record.unit, record.item, record.reason),
                              item=record.item)
    except ValueError as exc:  # an unknown field in the column mapping
        yield Skipped(path, text_of(exc))


def _place(unit: str, item: int, reason: str) -> Message:
    """"row 12: reason" (or line, item), translatable, for a skip inside a dataset or feed."""
    template = {
        "line": QT_TRANSLATE_NOOP("Core", "line {item:d}: {reason}"),
        "item": QT_TRANSLATE_NOOP("Core", "item {item:d}: {reason}"),
    }.get(unit, QT_TRANSLATE_NOOP("Core", "row {item:d}: {reason}"))
    return Message(template, item=item, reason=text_of(reason))


def article_from_record(record: ArticleRecord, mtime: float, size: int) -> Article:
    """A record read by the formats package, as the index and the viewer take articles."""
    text = record.text
    return Article(
        id=article_id(record.path, record.item),
        path=record.path,
        title=record.title,
        text=text,
        mtime=mtime,
        size=size,
        content_hash=text_hash(text),
        encoding="utf-8",
        paragraphs=list(record.paragraphs),
        item=record.item,
        published=record.published,
        source=record.source,
        author=record.author,
        category=record.category,
        url=record.url,
        title_from_text=record.title_from_text,
    )


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
    """Every article file below the folders (``.txt`` and each suffix of
    :func:`article_suffixes`), each file once, plus what was passed over and why.
    A file given instead of a folder is taken as it is.

    ``cancelled`` is asked once per folder: walking a large library takes seconds, and a
    person quitting must not wait for it (the walk then ends early with what it found).

    Links are followed only when they resolve inside one of the chosen folders: a link out
    (to ``/etc`` or ``/proc``) is skipped with a reason. A link to a folder inside adds
    nothing (the walk reaches that folder itself, so loops are harmless too), and a file
    reached twice (through a link, a hard link) is listed once, by its real path.
    The walk keeps its own stack, so a folder thousands of levels deep cannot exhaust
    Python's recursion limit.
    """
    suffixes = article_suffixes()

    def wanted(name: str) -> bool:
        return name.lower().endswith(suffixes)

    roots: list[Path] = []
    problems: list[Skipped] = []
    singles: list[Path] = []
    for folder in folders:
        folder = Path(os.path.abspath(folder))
        if _in_system_folder(folder):
            problems.append(Skipped(folder, Message(QT_TRANSLATE_NOOP(
                "Core", "a system folder, not articles"))))
        elif folder.is_file():
            if wanted(folder.name):
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
                        if wanted(entry.name) or entry.is_dir():
                            problems.append(Skipped(path, Message(QT_TRANSLATE_NOOP(
                                "Core", "a link to outside the library's folders (not "
                                "followed)"))))
                        continue
                    if entry.is_dir():
                        if not link:  # a link to a folder inside: the walk reaches it anyway
                            subfolders.append((path, folder_via_link))
                        continue
                    if not wanted(entry.name) or entry.name.startswith("."):
                        continue
                    st = entry.stat()
                except OSError as exc:
                    if wanted(entry.name):
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
    """All articles below the folders, plus the files (and rows) skipped and why."""
    paths, skipped = find_text_files(folders)
    articles: list[Article] = []
    for path in paths:
        for result in iter_articles(path):
            if isinstance(result, Article):
                articles.append(result)
            else:
                skipped.append(result)
    return articles, skipped
