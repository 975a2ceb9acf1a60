"""``library.json``: the folders an index holds and the column mappings of datasets whose
column names are not recognised, shared by the window and the command line.

It is changed under its own short lock (``library.lock``), not the index's write lock,
which a long refresh holds: adding a folder never waits for indexing. An index kept in
memory (its folder cannot be written) keeps its library in memory too.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path

from reader_app.core.index_checks import write_file_atomically
from reader_app.core.index_errors import write_failure
from reader_app.core.index_lock import FileLock, wait_for
from reader_app.core.messages import QT_TRANSLATE_NOOP, Message
from reader_app.core.paths import seeds_dir
from reader_app.core.results import IndexError_

LIBRARY_FILE = "library.json"
LIBRARY_LOCK_FILE = "library.lock"


class LibraryFile:
    """The library stored beside an index in ``index_dir`` (or in memory)."""

    def __init__(self, index_dir: Path,
                 waiting: Callable[[], Callable[[str], None] | None] = lambda: None) -> None:
        self.index_dir = index_dir
        self.waiting = waiting  # who is told when another copy holds the lock
        self.path = index_dir / LIBRARY_FILE
        self.in_memory = False
        self._memory_folders: list[Path] | None = None
        self._memory_columns: dict[str, dict[str, str]] = {}
        self._lock = FileLock(index_dir / LIBRARY_LOCK_FILE)

    def keep_in_memory(self, folders: list[Path]) -> None:
        """From now on the library is these folders, held for this session only."""
        self.in_memory = True
        self._memory_folders = list(folders)

    # -- folders ---------------------------------------------------------------------------
    def exists(self) -> bool:
        """Whether a folder list has been stored (a new index has none yet)."""
        return self._memory_folders is not None or self.path.exists()

    def readable(self) -> bool:
        try:
            self.folders()
        except IndexError_:
            return False
        return True

    def folders(self) -> list[Path]:
        """The folders of the library; the shipped articles until a list is stored."""
        if self._memory_folders is not None:
            return list(self._memory_folders)
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            return [Path(f) for f in data["folders"]]
        except FileNotFoundError:
            return [seeds_dir()]
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise IndexError_(Message(QT_TRANSLATE_NOOP(
                "Core", "The library's folder list {file} cannot be read ({error}); add the "
                "folders again."), file=self.path, error=str(exc))) from exc

    def set_folders(self, folders: Iterable[Path]) -> None:
        self.change_folders(lambda _old: list(folders))

    def add_folder(self, folder: Path) -> bool:
        """False when it (or the same folder by another path) is already there."""
        key = os.path.realpath(folder)
        added = False

        def change(old: list[Path]) -> list[Path]:
            nonlocal added
            if any(os.path.realpath(f) == key for f in old):
                return old
            added = True
            return [*old, folder]

        self.change_folders(change)
        return added

    def remove_folder(self, folder: Path) -> bool:
        key = os.path.realpath(folder)
        removed = False

        def change(old: list[Path]) -> list[Path]:
            nonlocal removed
            kept = [f for f in old if os.path.realpath(f) != key]
            removed = len(kept) != len(old)
            return kept

        self.change_folders(change)
        return removed

    def change_folders(self, change: Callable[[list[Path]], list[Path]]) -> None:
        """Read, change and write the folder list under the library's short lock."""
        if self.in_memory:
            self._memory_folders = unique_folders(change(self.folders()))
            return
        self._change(lambda data: {
            **data, "folders": [str(f) for f in unique_folders(change(self.folders()))]})

    # -- column mappings -------------------------------------------------------------------
    def all_columns(self) -> dict[str, dict[str, str]]:
        """Every stored column mapping: file or folder path → {field: column name}."""
        if self.in_memory:
            return dict(self._memory_columns)
        columns = self._data().get("columns")
        if not isinstance(columns, dict):
            return {}
        return {str(k): {str(f): str(c) for f, c in v.items()}
                for k, v in columns.items() if isinstance(v, dict)}

    def set_columns(self, path: Path, columns: Mapping[str, str]) -> None:
        """Store (or, when empty, remove) the mapping of a file or folder; ValueError for a
        field the readers do not know."""
        from reader_app.core.formats.readers import FIELDS

        unknown = sorted(set(columns) - set(FIELDS))
        if unknown:
            raise ValueError(f"unknown field(s) {', '.join(unknown)}; known: "
                             f"{', '.join(FIELDS)}")
        key = os.path.abspath(path)
        cleaned = {f: c.strip() for f, c in columns.items() if c and c.strip()}
        if self.in_memory:
            self._memory_columns.pop(key, None)
            if cleaned:
                self._memory_columns[key] = cleaned
            return

        def change(data: dict) -> dict:
            old = data.get("columns")
            stored = {k: v for k, v in (old if isinstance(old, dict) else {}).items()
                      if k != key}
            if cleaned:
                stored[key] = cleaned
            return {**data, "columns": stored}

        self._change(change)

    # -- the file --------------------------------------------------------------------------
    def _change(self, change: Callable[[dict], dict]) -> None:
        """Read, change and write ``library.json`` under its short lock; other keys kept."""
        try:
            taken = wait_for(self._lock, 30.0, self.index_dir, waiting=self.waiting())
        except OSError as exc:
            raise IndexError_(write_failure(exc)) from exc
        try:
            data = change(self._data())
            data["version"] = 1
            data.setdefault("folders", [str(f) for f in self.folders()])
            # ensure_ascii keeps names that are not valid UTF-8 (as surrogates) intact
            write_file_atomically(self.path,
                                  json.dumps(data, ensure_ascii=True, indent=1).encode())
        except OSError as exc:
            raise IndexError_(write_failure(exc)) from exc
        finally:
            if taken:
                self._lock.release()

    def _data(self) -> dict:
        """What ``library.json`` holds (empty when there is none or it cannot be read:
        :meth:`folders` reports that)."""
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}


def columns_for(mappings: dict[str, dict[str, str]], path: Path) -> dict[str, str]:
    """The mapping that applies to a dataset file: its own, else the one of the nearest
    folder above it that has one; ``{}`` when none (its names are recognised)."""
    target = os.path.abspath(path)
    best = ""
    for key in mappings:
        if (target == key or below(target, [key])) and len(key) > len(best):
            best = key
    return dict(mappings[best]) if best else {}


def columns_text(columns: dict[str, str]) -> str:
    """A column mapping as stored with each article: a changed mapping re-reads the file."""
    return json.dumps(columns, sort_keys=True, ensure_ascii=False) if columns else ""


def unique_folders(folders: list[Path]) -> list[Path]:
    """Absolute folders, each once (the same folder by another path is dropped)."""
    out: list[Path] = []
    seen: set[str] = set()
    for folder in folders:
        folder = Path(os.path.abspath(folder))
        key = os.path.realpath(folder)
        if key not in seen:
            seen.add(key)
            out.append(folder)
    return out


def below(path: str, folders: list[str]) -> bool:
    """Whether ``path`` is one of ``folders`` or inside one."""
    return any(path == f or path.startswith(f.rstrip(os.sep) + os.sep) for f in folders)
