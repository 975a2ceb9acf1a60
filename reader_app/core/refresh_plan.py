"""What a refresh will do, worked out before anything is written.

:func:`walk_folders` looks at the library's files (their modification time, size and the
column mapping they are read with); :func:`plan_refresh` compares that with what the index
stores (:class:`StoredState`) and says which files' articles are deleted and which files
are read (added, or read again), touching nothing: it is a pure function, tested without an
index. ``ArticleIndex`` then applies the plan.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reader_app.core.library import (
    MAX_FILE_BYTES,
    Skipped,
    find_text_files,
    readable,
    unreadable,
)
from reader_app.core.library_file import below, columns_for, columns_text
from reader_app.core.messages import QT_TRANSLATE_NOOP, Message

# A file's state as stored with each of its articles and as seen on disk:
# (modification time, size, column mapping as text); any difference re-reads the file.
FileState = tuple[float, int, str]


@dataclass
class StoredState:
    """What the index holds per file, from its small stored fields only (the stored bodies
    are not held for 100,000 rows)."""

    files: dict[str, FileState] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)  # articles per file
    twice: set[str] = field(default_factory=set)  # files with an article stored twice
    partial: set[str] = field(default_factory=set)  # files whose end is not committed
    unique: int = 0  # different article keys

    @property
    def articles(self) -> int:
        """The documents stored, an article stored twice counted twice."""
        return sum(self.counts.values())

    @classmethod
    def of(cls, stored_fields: Iterable[dict[str, Any]]) -> StoredState:
        state = cls()
        keys: set[str] = set()
        for f in stored_fields:
            path = f["path"]
            key = f.get("key", path)
            if key in keys:
                state.twice.add(path)
            keys.add(key)
            state.files[path] = (f["mtime"], f["size"], f.get("columns") or "")
            state.counts[path] = state.counts.get(path, 0) + 1
        state.unique = len(keys)
        return state


@dataclass
class FolderWalk:
    """The article files found below the library's folders (within the refresh's scope)."""

    files: dict[str, FileState] = field(default_factory=dict)  # in the walk's order
    columns: dict[str, dict[str, str]] = field(default_factory=dict)  # mapped files only
    skipped: list[Skipped] = field(default_factory=list)
    # Files and folders that could not be looked at just now: what is stored below them
    # stays (a passing error must never delete articles).
    unknown: list[str] = field(default_factory=list)


@dataclass
class RefreshPlan:
    """Which files' articles leave the index and which files are read, in walk order."""

    removed: list[str] = field(default_factory=list)
    read: list[str] = field(default_factory=list)
    unchanged: int = 0
    stored: StoredState = field(default_factory=StoredState)
    walk: FolderWalk = field(default_factory=FolderWalk)

    @property
    def empty(self) -> bool:
        return not self.removed and not self.read

    def was_stored(self, path: str) -> bool:
        """A file read again (its old articles are deleted first), not a new one."""
        return path in self.stored.files

    def columns(self, path: str) -> dict[str, str] | None:
        return self.walk.columns.get(path)

    def columns_text(self, path: str) -> str:
        return self.walk.files[path][2]


def walk_folders(folders: list[Path], scope: Iterable[Path] | None,
                 all_columns: dict[str, dict[str, str]],
                 cancelled: Callable[[], bool] | None = None) -> FolderWalk | None:
    """Find and look at the article files below ``folders`` (only below ``scope`` when
    given); ``None`` when cancelled."""
    paths, problems = find_text_files(folders, cancelled)
    if cancelled and cancelled():
        return None
    walk = FolderWalk(skipped=list(problems))
    if scope is not None:
        within = [os.path.abspath(f) for f in scope]
        paths = [p for p in paths if below(str(p), within)]
    walk.unknown = [str(s.path) for s in problems if s.passing]
    for seen, file in enumerate(paths):
        if seen % 200 == 0 and cancelled and cancelled():
            return None
        try:
            st = file.stat()
        except OSError as exc:
            walk.skipped.append(unreadable(file, exc))
            if walk.skipped[-1].passing:
                walk.unknown.append(str(file))
            continue
        if not readable(file):  # permission taken away without a change of mtime
            walk.skipped.append(Skipped(file, Message(QT_TRANSLATE_NOOP(
                "Core", "permission denied"))))
            continue
        columns = columns_for(all_columns, file) if file.suffix.lower() != ".txt" else {}
        if columns:
            walk.columns[str(file)] = columns
        walk.files[str(file)] = (st.st_mtime, st.st_size, columns_text(columns))
    return walk


def plan_refresh(stored: StoredState, walk: FolderWalk,
                 scope: Iterable[Path] | None = None) -> RefreshPlan:
    """Compare what is stored with what the walk found (pure: nothing is read or written).

    A stored file no longer found is removed, unless it lies below a file or folder that
    could not be looked at just now; a file whose modification time, size or column mapping
    differs from what is stored is read again, as is one with an article stored twice (the
    repair) or one whose first rows only were committed; a file not stored is read. With
    ``scope`` only what is stored below those folders is compared (the rest stays as
    stored).
    """
    files = stored.files
    if scope is not None:
        within = [os.path.abspath(f) for f in scope]
        files = {p: s for p, s in files.items() if below(p, within)}
    removed = [p for p in files if p not in walk.files and not below(p, walk.unknown)]
    read = [p for p, state in walk.files.items()
            if files.get(p) != state or p in stored.twice or p in stored.partial]
    return RefreshPlan(removed=removed, read=read, unchanged=len(walk.files) - len(read),
                       stored=stored, walk=walk)


def expected_articles(path: Path) -> int:
    """About how many articles a file to be read holds, for the progress bar and the
    writer's choice: 1 for a text file or a page; for a dataset its lines (one pass over
    the bytes, no parsing); for a feed its items. An estimate only: the bar grows if the
    file holds more."""
    suffix = path.suffix.lower()
    if suffix in (".txt", ".html", ".htm", ".xhtml", ".shtml"):
        return 1
    count = 0
    try:
        with open(path, "rb") as fh:
            if suffix in (".csv", ".tsv", ".jsonl", ".ndjson"):
                while chunk := fh.read(1 << 20):
                    count += chunk.count(b"\n")
                count -= suffix in (".csv", ".tsv")  # the header
            else:
                data = fh.read(MAX_FILE_BYTES)
                count = data.count(b"<item") + data.count(b"<entry")
    except OSError:
        return 1
    return max(1, count)
