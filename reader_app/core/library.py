"""Articles on disk: finding ``.txt`` files, decoding them safely, deriving titles.

A file that cannot be read as text is *skipped with a reason*, never half-loaded: the
reader must show people why an article is missing rather than crash on it.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

MAX_FILE_BYTES = 16 * 1024 * 1024
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

    @property
    def length(self) -> int:
        return len(self.text)


@dataclass(frozen=True)
class Skipped:
    """A file that was not loaded, and why, in words a person understands."""

    path: Path
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


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
            raise DecodeError("invalid UTF-16 text") from exc
    if b"\x00" in data:
        raise DecodeError("binary file (contains NUL bytes)")
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return _checked(data[3:].decode("utf-8")), "utf-8-sig"
        except UnicodeDecodeError as exc:
            raise DecodeError("invalid UTF-8 text after a UTF-8 byte-order mark") from exc
    try:
        return _checked(data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1256")
    except UnicodeDecodeError as exc:
        raise DecodeError("not UTF-8, UTF-16 or Windows-1256 text") from exc
    if not _looks_arabic(text):
        raise DecodeError("not UTF-8, UTF-16 or Windows-1256 text")
    return _checked(text), "cp1256"


def _checked(text: str) -> str:
    controls = len(_CONTROLS.findall(text))
    if controls > max(2, len(text) // 100):
        raise DecodeError("binary file (control characters)")
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


def unreadable(path: Path, exc: OSError) -> Skipped:
    """Why a file could not be opened or stat'ed, in the words the reader uses everywhere."""
    if isinstance(exc, FileNotFoundError):
        return Skipped(path, "file disappeared before it could be read")
    if isinstance(exc, PermissionError):
        return Skipped(path, "permission denied")
    return Skipped(path, f"cannot be read ({exc.strerror or exc})")


def read_article(path: Path) -> Article | Skipped:
    """Load one file; every failure becomes a :class:`Skipped` with a one-line reason."""
    path = Path(os.path.abspath(path))
    try:
        st = path.stat()
        if not path.is_file():
            return Skipped(path, "not a regular file")
        if st.st_size > MAX_FILE_BYTES:
            return Skipped(
                path, f"too large ({st.st_size / 1e6:.1f} MB; the limit is "
                f"{MAX_FILE_BYTES / 1e6:.0f} MB)"
            )
        data = path.read_bytes()
    except OSError as exc:
        return unreadable(path, exc)
    try:
        text, encoding = decode_text(data)
    except DecodeError as exc:
        return Skipped(path, str(exc))
    text = normalize_newlines(text)
    return Article(
        id=article_id(path),
        path=path,
        title=derive_title(text, path.stem),
        text=text,
        mtime=st.st_mtime,
        size=st.st_size,
        content_hash=hashlib.blake2b(data, digest_size=16).hexdigest(),
        encoding=encoding,
        paragraphs=split_paragraphs(text),
    )


def find_text_files(folders: Iterable[Path]) -> tuple[list[Path], list[Skipped]]:
    """Every ``*.txt`` below the folders (recursively, links to folders not followed).

    Not following folder links makes symlink loops harmless; a missing folder is reported.
    """
    found: dict[Path, None] = {}
    problems: list[Skipped] = []
    for folder in folders:
        folder = Path(os.path.abspath(folder))
        if folder.is_file():
            if folder.suffix.lower() == ".txt":
                found[folder] = None
            continue
        if not folder.is_dir():
            problems.append(Skipped(folder, "folder not found"))
            continue
        for path in _walk(folder, problems):
            found[path] = None
    return sorted(found), problems


def _walk(folder: Path, problems: list[Skipped]) -> Iterator[Path]:
    def on_error(exc: OSError) -> None:
        reason = f"folder cannot be read ({exc.strerror})"
        problems.append(Skipped(Path(exc.filename or folder), reason))

    for root, dirs, files in os.walk(folder, onerror=on_error):
        dirs.sort()
        for name in sorted(files):
            if name.lower().endswith(".txt") and not name.startswith("."):
                yield Path(root) / name


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
