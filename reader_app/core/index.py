"""The on-disk Whoosh index of the library, kept in step with the article folders.

The index is derived data: whenever it is missing, from another schema version or damaged,
it is rebuilt from the library's articles rather than trusted or crashed on. Damage is told
from a passing error (too many open files, a file being replaced by another copy's commit):
a passing error is retried and reported, never answered by deleting. When the data folder
cannot be written, the index lives in memory for the session, so reading and searching
still work.

Beside Whoosh's files the index folder holds ``library.json`` (the folders the index holds,
shared by the window and the command line, and the column mappings of datasets whose
column names are not recognised), ``checksums.json`` (size and CRC of each file
of the last commit, checked at open) and ``write.lock`` (one writer at a time, across
processes).
"""

from __future__ import annotations

import contextlib
import dataclasses
import errno
import json
import os
import pickle
import queue
import shutil
import signal
import sys
import threading
import time
import zlib
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from whoosh import index as whoosh_index
from whoosh.fields import ID, STORED, TEXT, Schema
from whoosh.filedb.filestore import FileStorage, RamStorage
from whoosh.index import TOC, Index, LockError, clean_files
from whoosh.multiproc import MpWriter, SubWriterTask
from whoosh.searching import Searcher
from whoosh.util import random_name
from whoosh.writing import SegmentWriter

from reader_app.core.library import (
    MAX_FILE_BYTES,
    Article,
    Skipped,
    find_text_files,
    iter_articles,
    readable,
    text_hash,
    unreadable,
)
from reader_app.core.messages import QT_TRANSLATE_NOOP, Message, text_of
from reader_app.core.paths import default_index_dir, seeds_dir
from reader_app.core.results import ArticleInfo, IndexError_, RefreshReport
from reader_app.core.scoring import QuickBM25F, field_lengths
from reader_app.core.text.analyzer import UrduAnalyzer, UrduCharacters
from reader_app.core.writer import TermArrayWriter, TermBuffer

# 2: character offsets in the content postings; 3: an article per page, feed item or
# dataset row (key = path + item), with its publication facts, text hash and stored body
SCHEMA_VERSION = 3
INDEX_NAME = f"articles_v{SCHEMA_VERSION}"

# Large builds are split across processes: Whoosh's indexing is CPU-bound Python, and a
# thread would hold the GIL that the window needs to stay responsive.
PARALLEL_MIN_DOCS = 1000
WRITER_LIMIT_MB = 128
# Separate segment files, not Whoosh's compound ones: a compound segment is opened by copying
# it whole into memory (BytesIO), so every open searcher held a copy of the index.

LIBRARY_FILE = "library.json"
LIBRARY_LOCK_FILE = "library.lock"
CHECKS_FILE = "checksums.json"
LOCK_FILE = "write.lock"
REBUILD_DIR = ".rebuild"
# A second indexer waits this long for the first before it gives up with a message.
LOCK_WAIT_SECONDS = 600.0
OPEN_ATTEMPTS = 4
# Inside a multi-article file, a cancel is heard (and progress told) every this many rows.
CANCEL_EVERY = 200
# Errors that say "not now" rather than "damaged": opening is retried, then reported.
TRANSIENT_ERRNOS = frozenset(
    getattr(errno, name) for name in ("EMFILE", "ENFILE", "EACCES", "EPERM", "EAGAIN",
                                      "EINTR", "ENOMEM", "EBUSY", "EIO", "ETIMEDOUT",
                                      "ENOBUFS", "ESTALE")
    if hasattr(errno, name))

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


def make_schema() -> Schema:
    """``key`` names one article (a file, or a row/entry of one: :func:`_article_key`);
    ``path`` is shared by every article of a file, so a changed file's articles are all
    deleted by one term. ``body`` holds the text of articles that are not ``.txt`` files
    (a row of a 100 MB dataset, a page's extracted text): snippets and hit ranges need it,
    and reading it back from the file would mean parsing the file again per hit."""
    return Schema(
        key=ID(stored=True, unique=True),
        path=ID(stored=True),
        id=ID(stored=True),
        content=_content_field(),
        title=STORED,
        mtime=STORED,
        size=STORED,
        length=STORED,
        hash=STORED,
        dup=STORED,  # library.text_hash: the same article in several files or rows
        item=STORED,
        published=STORED,  # ISO 8601 with its offset, or None
        source=STORED,
        author=STORED,
        category=STORED,
        url=STORED,
        title_from_text=STORED,
        body=STORED,  # zlib-compressed UTF-8 text, or None for a .txt file (read from it)
        columns=STORED,  # the column mapping the file was read with ("" when none)
    )


def _content_field() -> TEXT:
    field = TEXT(analyzer=UrduAnalyzer(), phrase=True, spelling=True)
    # Offsets, not only positions: a search marks its hits from the postings (search.py).
    field.format = UrduCharacters(field_boost=field.format.field_boost)
    return field


class WriteAborted(Exception):
    """A refresh stopped by :meth:`ArticleIndex.abort` before its table of contents was
    written: nothing of it is committed."""


class IndexDamaged(Exception):
    """A part of the index is missing or not what was written; the message names the part."""


class DamagedIndexError(IndexError_):
    """Raised instead of repairing when the index was opened with ``repair=False``."""


class _WaitCancelled(Exception):
    """Cancelled while waiting for another writer to finish."""


@dataclass
class VerifyReport:
    """What ``verify`` found: the articles held, and each problem in plain words."""

    articles: int = 0
    files: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


class _FileLock:
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


class ArticleIndex:
    """Opens (or creates, or rebuilds) the index and keeps it in step with its library.

    The library (the folders the index holds) is stored with the index, so the window and
    the command line share one list. Every change to the index happens under a lock shared
    by all processes, and what is stored is read only once the lock is held.

    ``notice`` holds a sentence for the user when opening had to repair something or fall
    back to memory; it is ``None`` when all went as usual. ``progress``/``cancelled`` are used
    when opening has to rebuild; ``waiting`` is told (once) when another copy of the reader
    holds the lock and this one waits for it.
    """

    def __init__(self, index_dir: Path | None = None, *, progress: Progress | None = None,
                 cancelled: Cancelled | None = None,
                 waiting: Callable[[str], None] | None = None,
                 lock_timeout: float = LOCK_WAIT_SECONDS, repair: bool = True) -> None:
        self.index_dir = Path(index_dir) if index_dir else default_index_dir()
        self.notice: str | None = None
        self.in_memory = False
        self.read_only = False
        self.waiting = waiting
        self.lock_timeout = lock_timeout
        self.repair = repair  # False (for verify): damage raises DamagedIndexError instead
        self.rebuild_report: RefreshReport | None = None
        # None only while _open runs, so that its "is this the open index?" checks say no.
        self._ix: Index | None = None
        self._memory_folders: list[Path] | None = None
        self._memory_columns: dict[str, dict[str, str]] = {}
        self._write_lock = threading.Lock()
        self._aborted = threading.Event()
        self._writer_now: _AbortableWriter | _ParallelWriter | None = None
        self._holding = False  # this object holds the write lock (checked in _check_files)
        self._refresh_lock = _FileLock(self.index_dir / LOCK_FILE)
        self._library_lock = _FileLock(self.index_dir / LIBRARY_LOCK_FILE)
        self._searcher: Searcher | None = None
        # Whoosh's searcher shares file handles: one reader at a time (listing, searching,
        # the refresh's look at what is stored). Re-entrant so a search may list too.
        self.read_lock = threading.RLock()
        self._ix = self._open(progress, cancelled)

    @property
    def ix(self) -> Index:
        """The open Whoosh index: always there once the constructor has returned."""
        ix = self._ix
        if ix is None:
            raise IndexError_(Message(QT_TRANSLATE_NOOP(
                "Core", "The index is still being opened.")))
        return ix

    # -- locking ---------------------------------------------------------------------------
    @contextlib.contextmanager
    def _locked(self, cancelled: Cancelled | None = None,
                on_wait: Callable[[], None] | None = None) -> Iterator[None]:
        """Hold the index's write lock (waiting a bounded time for another copy's work)."""
        if self.in_memory:
            yield
            return
        if self._holding:
            yield
            return
        try:
            taken = self._wait_for(self._refresh_lock, self.lock_timeout, cancelled, on_wait)
        except OSError as exc:
            if os.access(self.index_dir, os.W_OK):
                raise self._not_now(exc) from exc
            taken = None  # a read-only folder: nobody can write here, no lock is needed
        self._holding = True
        try:
            yield
        finally:
            self._holding = False
            if taken:
                self._refresh_lock.release()

    def _wait_for(self, lock: _FileLock, timeout: float, cancelled: Cancelled | None,
                  on_wait: Callable[[], None] | None = None) -> bool:
        if lock.try_acquire():
            return True
        if on_wait:
            on_wait()
        if self.waiting:
            self.waiting(Message(QT_TRANSLATE_NOOP(
                "Core", "Another copy of the reader is updating the index; waiting for it "
                "to finish…")))
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if cancelled and cancelled():
                lock.release()
                raise _WaitCancelled
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
            folder=self.index_dir, minutes=minutes))

    # -- the library's folders -------------------------------------------------------------
    def has_library(self) -> bool:
        """Whether a folder list has been stored (a new index has none yet)."""
        return self._memory_folders is not None or (self.index_dir / LIBRARY_FILE).exists()

    def folders(self) -> list[Path]:
        """The folders this index holds; the shipped articles until a list is stored."""
        if self._memory_folders is not None:
            return list(self._memory_folders)
        try:
            data = json.loads((self.index_dir / LIBRARY_FILE).read_text(encoding="utf-8"))
            return [Path(f) for f in data["folders"]]
        except FileNotFoundError:
            return [seeds_dir()]
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise IndexError_(Message(QT_TRANSLATE_NOOP(
                "Core", "The library's folder list {file} cannot be read ({error}); add the "
                "folders again."), file=self.index_dir / LIBRARY_FILE, error=str(exc))) from exc

    def set_folders(self, folders: Iterable[Path]) -> None:
        """Make the library exactly these folders (the next refresh indexes them)."""
        self._change_folders(lambda _old: list(folders))

    def add_folder(self, folder: Path) -> bool:
        """Add a folder to the library; False when it (or the same folder by another path)
        is already there. Call :meth:`refresh` to index it."""
        key = os.path.realpath(folder)
        added = False

        def change(old: list[Path]) -> list[Path]:
            nonlocal added
            if any(os.path.realpath(f) == key for f in old):
                return old
            added = True
            return [*old, folder]

        self._change_folders(change)
        return added

    def remove_folder(self, folder: Path) -> bool:
        """Take a folder out of the library; its articles leave at the next refresh."""
        key = os.path.realpath(folder)
        removed = False

        def change(old: list[Path]) -> list[Path]:
            nonlocal removed
            kept = [f for f in old if os.path.realpath(f) != key]
            removed = len(kept) != len(old)
            return kept

        self._change_folders(change)
        return removed

    def _change_folders(self, change: Callable[[list[Path]], list[Path]]) -> None:
        """Read, change and write the folder list under its own short lock (not the write
        lock, which a long refresh holds: adding a folder never waits for indexing)."""
        if self.in_memory:
            self._memory_folders = _unique(change(self.folders()))
            return
        self._change_library(lambda data: {
            **data, "folders": [str(f) for f in _unique(change(self.folders()))]})

    def _change_library(self, change: Callable[[dict], dict]) -> None:
        """Read, change and write ``library.json`` under its short lock; other keys kept."""
        try:
            taken = self._wait_for(self._library_lock, 30.0, None)
        except OSError as exc:
            raise IndexError_(_write_failure(exc)) from exc
        try:
            data = change(self._library_data())
            data["version"] = 1
            data.setdefault("folders", [str(f) for f in self.folders()])
            # ensure_ascii keeps names that are not valid UTF-8 (as surrogates) intact
            _write_file_atomically(self.index_dir / LIBRARY_FILE,
                                   json.dumps(data, ensure_ascii=True, indent=1).encode())
        except OSError as exc:
            raise IndexError_(_write_failure(exc)) from exc
        finally:
            if taken:
                self._library_lock.release()

    def _library_data(self) -> dict:
        """What ``library.json`` holds (empty when there is none or it cannot be read:
        :meth:`folders` reports that)."""
        try:
            data = json.loads((self.index_dir / LIBRARY_FILE).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def _all_columns(self) -> dict[str, dict[str, str]]:
        """Every stored column mapping: file or folder path → {field: column name}."""
        if self.in_memory:
            return dict(self._memory_columns)
        columns = self._library_data().get("columns")
        if not isinstance(columns, dict):
            return {}
        return {str(k): {str(f): str(c) for f, c in v.items()}
                for k, v in columns.items() if isinstance(v, dict)}

    def columns_for(self, path: Path) -> dict[str, str]:
        """The column mapping that applies to a dataset file: its own, else the one of the
        nearest folder above it that has one; ``{}`` when none (names are recognised)."""
        return _columns_for(self._all_columns(), path)

    def set_columns(self, path: Path, columns: Mapping[str, str]) -> None:
        """Name the columns (or JSON keys) of the datasets in a file or below a folder whose
        names are not recognised, e.g. ``{"title": "Headline", "text": "News Text"}``;
        an empty mapping removes it. Kept in ``library.json``; the next refresh re-reads
        the files it applies to. Raises ValueError for a field the readers do not know."""
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

        self._change_library(change)

    # -- opening ---------------------------------------------------------------------------
    def _not_now(self, exc: OSError) -> IndexError_:
        return IndexError_(Message(QT_TRANSLATE_NOOP(
            "Core", "The index in {folder} cannot be opened just now: {why}. Nothing was "
            "deleted; try again in a moment."), folder=self.index_dir, why=_transient_words(exc)))

    def _listdir(self) -> list[str]:
        """The index folder's names; a passing error is raised (as "not now"), never taken
        for an empty folder, which would start a rebuild."""
        try:
            return os.listdir(self.index_dir)
        except OSError as exc:
            if exc.errno in TRANSIENT_ERRNOS and exc.errno not in (errno.EACCES, errno.EPERM):
                raise self._not_now(exc) from exc
            return []

    def _open(self, progress: Progress | None, cancelled: Cancelled | None) -> Index:
        try:
            self.index_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            if exc.errno in TRANSIENT_ERRNOS and exc.errno not in (errno.EACCES, errno.EPERM):
                raise self._not_now(exc) from exc
            return self._memory_index(Message(QT_TRANSLATE_NOOP(
                "Core", "the index folder {folder} cannot be created ({error})"),
                folder=self.index_dir, error=exc.strerror or str(exc)), progress, cancelled)
        try:
            if not self._has_toc():
                with self._locked(cancelled):
                    if not self._has_toc():  # another copy may have made it meanwhile
                        return self._create(progress, cancelled)
            try:
                ix = self._open_checked()
            except IndexDamaged:
                # Seen without the lock, this may be another copy's commit under way: look
                # again once it has finished; only then is it damage.
                with self._locked(cancelled):
                    try:
                        ix = self._open_checked()
                    except IndexDamaged as exc:
                        if not self.repair:
                            raise DamagedIndexError(Message(QT_TRANSLATE_NOOP(
                                "Core", "The index is damaged: {problem}. Run 'reader-app "
                                "index' to repair it: the articles are read again from the "
                                "library's folders."), problem=text_of(exc))) from exc
                        return self._rebuild(Message(QT_TRANSLATE_NOOP(
                            "Core", "the index was damaged ({problem})"),
                            problem=text_of(exc)), progress, cancelled)
        except _WaitCancelled as exc:
            raise IndexError_(Message(QT_TRANSLATE_NOOP(
                "Core", "Opening the index was cancelled."))) from exc
        self._remove_other_versions()
        if not os.access(self.index_dir, os.W_OK):
            self.read_only = True
            self.notice = Message(QT_TRANSLATE_NOOP(
                "Core", "The index folder {folder} is read-only: searching works, but new or "
                "changed articles are not indexed."), folder=self.index_dir)
        return ix

    def _open_checked(self) -> Index:
        """Open and check the index; transient errors are retried, then reported, and
        never taken for damage (nothing is deleted because of them)."""
        last: OSError | None = None
        for attempt in range(OPEN_ATTEMPTS):
            if attempt:
                time.sleep(0.05 * 2 ** attempt)
            try:
                ix = whoosh_index.open_dir(str(self.index_dir), INDEX_NAME)
                self._check_files(ix)
                _check_readable(ix)
                return ix
            except FileNotFoundError as exc:  # a commit may just have replaced the files
                last = exc
            except OSError as exc:
                if exc.errno in TRANSIENT_ERRNOS:
                    last = exc
                    continue
                raise IndexDamaged(_describe(exc)) from exc
            except IndexDamaged:
                raise
            except Exception as exc:  # whatever Whoosh raises on bad bytes
                raise IndexDamaged(_describe(exc)) from exc
        assert last is not None
        if isinstance(last, FileNotFoundError):
            raise IndexDamaged(Message(QT_TRANSLATE_NOOP("Core", "{file} is missing"),
                                       file=Path(last.filename or '?').name)) from last
        raise self._not_now(last) from last

    def _has_toc(self) -> bool:
        """Whether a table of contents exists (``exists_in`` would raise on a damaged one)."""
        return any(n.startswith(f"_{INDEX_NAME}_") and n.endswith(".toc")
                   for n in self._listdir())

    def _create(self, progress: Progress | None, cancelled: Cancelled | None) -> Index:
        """A new index (under the lock); rebuilt from the library when one was stored here
        (a lost table of contents, or an index from another version)."""
        if any(self._other_version_files()):
            return self._rebuild(Message(QT_TRANSLATE_NOOP(
                "Core", "the index is from another version")), progress, cancelled)
        if self.has_library() or any(self._this_version_files()):
            return self._rebuild(Message(QT_TRANSLATE_NOOP(
                "Core", "the index's table of contents was missing")), progress, cancelled)
        if not os.access(self.index_dir, os.W_OK):
            return self._memory_index(Message(QT_TRANSLATE_NOOP(
                "Core", "the index folder {folder} is read-only"), folder=self.index_dir),
                progress, cancelled)
        try:
            ix = whoosh_index.create_in(str(self.index_dir), make_schema(), INDEX_NAME)
            self._record_checks(ix)
        except OSError as exc:
            if exc.errno in TRANSIENT_ERRNOS and os.access(self.index_dir, os.W_OK):
                raise self._not_now(exc) from exc
            return self._memory_index(Message(QT_TRANSLATE_NOOP(
                "Core", "the index cannot be written in {folder} ({error})"),
                folder=self.index_dir, error=exc.strerror or str(exc)), progress, cancelled)
        return ix

    def _rebuild(self, reason: Message, progress: Progress | None,
                 cancelled: Cancelled | None) -> Index:
        """Build a complete new index from the library beside the old one, then swap it in
        (under the lock): until the swap, the old files stay as they were."""
        if not os.access(self.index_dir, os.W_OK):
            return self._memory_index(Message(QT_TRANSLATE_NOOP(
                "Core", "{reason}, and the index folder {folder} is read-only"),
                reason=reason, folder=self.index_dir), progress, cancelled)
        staging = self.index_dir / REBUILD_DIR
        try:
            shutil.rmtree(staging, ignore_errors=True)
            staging.mkdir()
            new = whoosh_index.create_in(str(staging), make_schema(), INDEX_NAME)
            report = self._update(new, self.folders(), None, progress, cancelled)
            if report.cancelled:
                raise IndexError_(Message(QT_TRANSLATE_NOOP(
                    "Core", "Rebuilding the index was cancelled ({reason}); it is rebuilt at "
                    "the next start."), reason=reason))
            passing = [s for s in report.skipped if s.passing]
            if passing:  # a rebuild missing articles would lose them: keep the old index
                raise IndexError_(Message(QT_TRANSLATE_NOOP(
                    "Core", "{reason:cap}, but it cannot be rebuilt just now: {skipped}. "
                    "Nothing was deleted; try again in a moment."),
                    reason=reason, skipped=passing[0].message))
            ix = self._swap_in(staging)
        except OSError as exc:
            if exc.errno in TRANSIENT_ERRNOS and os.access(self.index_dir, os.W_OK):
                raise self._not_now(exc) from exc
            return self._memory_index(Message(QT_TRANSLATE_NOOP(
                "Core", "{reason}, and the index cannot be written in {folder} ({error})"),
                reason=reason, folder=self.index_dir, error=exc.strerror or str(exc)),
                progress, cancelled)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
        self.rebuild_report = report
        count = _doc_count(ix)
        folders = len(self.folders())
        self.notice = Message(
            QT_TRANSLATE_NOOP("Core", "{reason:cap} and was rebuilt: the library's {folders} "
                              "folder was read again ({count} articles).") if folders == 1 else
            QT_TRANSLATE_NOOP("Core", "{reason:cap} and was rebuilt: the library's {folders} "
                              "folders were read again ({count} articles)."),
            reason=reason, folders=folders, count=count)
        return ix

    def _swap_in(self, staging: Path) -> Index:
        built = TOC.read(FileStorage(str(staging)), INDEX_NAME)
        ids = {seg.segment_id() for seg in built.segments}
        for name in os.listdir(staging):
            if name.split(".", 1)[0] in ids:
                os.replace(staging / name, self.index_dir / name)
        store = FileStorage(str(self.index_dir))
        generation = TOC._latest_generation(store, INDEX_NAME) + 1
        # The new table of contents is what makes the new segments the index, in one rename.
        TOC(built.schema, built.segments, generation).write(store, INDEX_NAME)
        clean_files(store, INDEX_NAME, generation, built.segments)
        self._remove_other_versions()
        ix = whoosh_index.open_dir(str(self.index_dir), INDEX_NAME)
        self._record_checks(ix)
        return ix

    def _memory_index(self, reason: Message, progress: Progress | None = None,
                      cancelled: Cancelled | None = None) -> Index:
        """An index in memory for this session, filled from the library when one is stored
        (so searching does not answer from an empty index)."""
        folders = self.folders() if self._library_readable() else [seeds_dir()]
        had_library = self._library_readable() and self.has_library()
        self.in_memory = True
        self._memory_folders = folders
        self.notice = Message(QT_TRANSLATE_NOOP(
            "Core", "Searching works, but {reason}; the index is kept in memory for this "
            "session only."), reason=reason)
        ix = RamStorage().create_index(make_schema(), indexname=INDEX_NAME)
        if had_library:
            self.rebuild_report = self._update(ix, folders, None, progress, cancelled)
        return ix

    def _library_readable(self) -> bool:
        try:
            self.folders()
        except IndexError_:
            return False
        return True

    def _this_version_files(self) -> list[str]:
        return [n for n in self._listdir() if n.startswith(f"{INDEX_NAME}_")]

    def _other_version_files(self) -> Iterable[str]:
        return [n for n in self._listdir() if n.lstrip("_").startswith("articles_v")
                and not n.lstrip("_").startswith(INDEX_NAME)]

    def _remove_other_versions(self) -> None:
        stale = set(self._other_version_files())
        if stale:
            self._remove_files(lambda name: name in stale)

    def _remove_files(self, match: Callable[[str], bool]) -> None:
        for name in os.listdir(self.index_dir):
            if match(name):
                target = self.index_dir / name
                try:
                    if target.is_dir():
                        shutil.rmtree(target, ignore_errors=True)
                    else:
                        target.unlink(missing_ok=True)
                except OSError:
                    pass  # a read-only folder keeps its old files; they are never read

    # -- damage checks ---------------------------------------------------------------------
    def _checks_path(self) -> Path:
        return self.index_dir / CHECKS_FILE

    def _load_checks(self) -> dict:
        try:
            return json.loads(self._checks_path().read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError):
            return {"damaged": f"{CHECKS_FILE} cannot be read"}

    def _record_checks(self, ix: Index) -> None:
        """Sizes and checksums of the files of the generation just committed (under the
        lock). Segment files never change once written, so known ones are not re-read."""
        if self.in_memory or Path(ix.storage.folder) != self.index_dir:
            return  # (a rebuild's staging folder is recorded once swapped in)
        old = self._load_checks().get("files", {})
        files: dict[str, list[int]] = {}
        for name in _generation_files(ix):
            st = os.stat(self.index_dir / name)
            known = old.get(name)
            if known and known[0] == st.st_size and known[1] == st.st_mtime_ns:
                files[name] = known
            else:
                files[name] = [st.st_size, st.st_mtime_ns, _crc(self.index_dir / name)]
        data = {"generation": ix.latest_generation(), "files": files}
        _write_file_atomically(self._checks_path(), json.dumps(data).encode())

    def _check_files(self, ix: Index, full: bool = False) -> list[str]:
        """Raise IndexDamaged when a file differs from what was recorded at its commit.

        At open the check is cheap: sizes always, contents only of files whose modification
        time changed. ``full`` (for ``verify``) reads every byte and returns the problems.
        An index committed by an older version (no record yet) gets the quick structural
        check and is recorded as it is: a full check would cost a launch minutes at 100,000
        articles; ``verify`` reads everything.
        """
        checks = self._load_checks()
        if checks.get("damaged"):
            raise IndexDamaged(checks["damaged"])
        if checks.get("generation") != ix.latest_generation():
            problems = _structure_problems(ix)
            if problems:
                raise IndexDamaged(problems[0])
            with contextlib.suppress(OSError):
                if self._holding:
                    self._record_checks(ix)
                elif self._refresh_lock.try_acquire():
                    try:
                        self._record_checks(ix)
                    finally:
                        self._refresh_lock.release()
            return []
        problems = []
        for name, (size, mtime_ns, crc) in checks.get("files", {}).items():
            path = self.index_dir / name
            problem: str | None = None
            try:
                st = os.stat(path)
            except FileNotFoundError:
                problem = Message(QT_TRANSLATE_NOOP("Core", "{file} is missing"), file=name)
            else:
                if st.st_size != size:
                    problem = Message(QT_TRANSLATE_NOOP(
                        "Core", "{file} has {size} bytes instead of {expected}"),
                        file=name, size=st.st_size, expected=size)
                elif (full or st.st_mtime_ns != mtime_ns) and _crc(path) != crc:
                    problem = Message(QT_TRANSLATE_NOOP(
                        "Core", "{file} was changed after it was written"), file=name)
            if problem and not full:
                raise IndexDamaged(problem)
            if problem:
                problems.append(problem)
        return problems

    def verify(self) -> VerifyReport:
        """Check every byte and every part of the index; mark it for repair if damaged.

        A damaged index is marked so that the next open (``reader-app index``, or starting
        the window) rebuilds it from the library.
        """
        report = VerifyReport()
        if self.in_memory:
            return report
        with self.read_lock:
            try:
                ix = whoosh_index.open_dir(str(self.index_dir), INDEX_NAME)
                report.problems += self._check_files(ix, full=True)
                report.files = len(self._load_checks().get("files", {}))
                report.problems += _structure_problems(ix, full=True)
                report.articles = _doc_count(ix)
            except IndexDamaged as exc:
                report.problems.append(text_of(exc))
            except OSError as exc:
                if exc.errno in TRANSIENT_ERRNOS:
                    raise IndexError_(Message(QT_TRANSLATE_NOOP(
                        "Core", "The index cannot be checked just now: {why}."),
                        why=_transient_words(exc))) from exc
                report.problems.append(_describe(exc))
            except Exception as exc:  # any unreadable part is damage
                report.problems.append(_describe(exc))
        if report.problems and os.access(self.index_dir, os.W_OK):
            with contextlib.suppress(OSError, IndexError_, _WaitCancelled), \
                    self._write_lock, self._locked():
                data = self._load_checks()
                data["damaged"] = report.problems[0]
                _write_file_atomically(self._checks_path(), json.dumps(data).encode())
        return report

    # -- reading ---------------------------------------------------------------------------
    def searcher(self) -> Searcher:
        """A searcher kept open between queries and refreshed after each commit."""
        with self.read_lock:
            if self._searcher is None or not self._searcher.up_to_date():
                # A new searcher, not Searcher.refresh(): refresh fails on an empty index, and
                # a thread still reading the old one keeps it until it lets go.
                for attempt in range(OPEN_ATTEMPTS):
                    try:
                        searcher = self.ix.searcher(weighting=QuickBM25F())
                        # Column files open lazily: read them now, inside the retry, so a
                        # file another copy's commit removed shows here (and not mid-search).
                        for leaf, _offset in searcher.leaf_searchers():
                            field_lengths(leaf, "content")  # paid here, not by a query
                        self._searcher = searcher
                        break
                    except FileNotFoundError:  # another copy's commit replaced the files
                        if attempt == OPEN_ATTEMPTS - 1:
                            raise
                        time.sleep(0.05 * 2 ** attempt)
            return self._searcher

    def doc_count(self) -> int:
        with self.read_lock:
            return self.searcher().doc_count()

    def articles(self) -> list[ArticleInfo]:
        """Every indexed article, for the article list: the same text stored in several
        files or rows (library.text_hash) is listed once, by its first copy in path and row
        order, with ``also_in`` naming the others."""
        with self.read_lock:
            stored = [(f.get("dup"), ArticleInfo.from_stored(f))
                      for f in self.searcher().all_stored_fields()]
        groups: dict[str, list[ArticleInfo]] = {}
        for dup, info in stored:
            groups.setdefault(dup or info.id, []).append(info)
        listed: list[ArticleInfo] = []
        for group in groups.values():
            if len(group) == 1:
                listed.append(group[0])
                continue
            group.sort(key=lambda a: (str(a.path), a.item or 0))
            listed.append(dataclasses.replace(
                group[0], also_in=tuple((a.path, a.item) for a in group[1:])))
        return listed

    def stored_article(self, path: Path, item: int | None = None) -> Article | None:
        """A page, feed item or dataset row as it was indexed, without reading its file:
        row 99,999 of a 240 MB dataset opens at once (``library.read_article`` parses the
        file up to it: seconds). ``None`` for a ``.txt`` file, an article not indexed, or
        a file changed since (then read it with ``read_article``)."""
        path = Path(os.path.abspath(path))
        with self.read_lock:
            searcher = self.searcher()
            docnum = searcher.document_number(key=_article_key(str(path), item))
            fields = searcher.stored_fields(docnum) if docnum is not None else None
        text = stored_text(fields) if fields else None
        if fields is None or text is None:
            return None
        try:
            st = path.stat()
        except OSError:
            return None
        if (st.st_mtime, st.st_size) != (fields["mtime"], fields["size"]):
            return None
        published = fields.get("published")
        return Article(
            id=fields["id"], path=path, title=fields["title"], text=text,
            mtime=fields["mtime"], size=fields["size"], content_hash=fields["hash"],
            encoding="utf-8", paragraphs=text.split("\n"), item=fields.get("item"),
            published=datetime.fromisoformat(published) if published else None,
            source=fields.get("source"), author=fields.get("author"),
            category=fields.get("category"), url=fields.get("url"),
            title_from_text=bool(fields.get("title_from_text")),
        )

    def _stored_state(self, ix: Index) -> _State:
        """What is stored per file ((mtime, size, column mapping)), the files of which an
        article is stored more than once (to be repaired), and how many articles each file
        has, and how many different articles there are. Only small fields are kept: the
        stored bodies are not held for 100,000 rows."""
        with self.read_lock:
            if ix is self._ix:
                return _state_of(self.searcher())
            with ix.searcher() as searcher:
                return _state_of(searcher)

    # -- writing ---------------------------------------------------------------------------
    def refresh(
        self,
        folders: Iterable[Path] | None = None,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
        *,
        scope: Iterable[Path] | None = None,
    ) -> RefreshReport:
        """Make the index hold exactly the articles below its library's folders, touching
        only changes. ``folders`` first makes the library exactly those folders; ``scope``
        limits this pass to the articles below the given folders (the rest stay as stored).

        Only one refresh runs at a time across processes; a second waits, then sees the
        first one's work. A cancelled refresh commits nothing.
        """
        if self._aborted.is_set():
            return RefreshReport(cancelled=True)
        cancelled = self._or_aborted(cancelled)

        # While waiting for another copy, progress(0, 0) says so (and lets the window's
        # searches run: it holds them back only until the first progress report).
        def on_wait() -> None:
            if progress:
                progress(0, 0)

        with self._write_lock:
            try:
                with self._locked(cancelled, on_wait):
                    if folders is not None:
                        self.set_folders(list(folders))
                    report = self._update(self.ix, self.folders(), scope, progress, cancelled)
            except _WaitCancelled:
                return RefreshReport(cancelled=True)
            return report

    def _update(self, ix: Index, folders: list[Path], scope: Iterable[Path] | None,
                progress: Progress | None, cancelled: Cancelled | None) -> RefreshReport:
        """The refresh itself, with the write lock held.

        A changed file's articles are all deleted and its articles read again, streamed
        from the file into the writer (a 100,000-row dataset is never held whole). The
        progress counts articles: a multi-article file is first counted cheaply
        (:func:`_expected_articles`), and ``cancelled`` is asked every
        :data:`CANCEL_EVERY` articles inside a file too.
        """
        paths, problems = find_text_files(folders, cancelled)
        if cancelled and cancelled():
            return RefreshReport(cancelled=True)
        report = RefreshReport(skipped=list(problems))
        stored, twice, counts, _unique_before = self._stored_state(ix)
        before = sum(counts.values())  # documents, duplicates included
        if scope is not None:
            within = [os.path.abspath(f) for f in scope]
            paths = [p for p in paths if _below(str(p), within)]
            stored = {p: s for p, s in stored.items() if _below(p, within)}
        # Below a folder that could not be read just now, what is stored stays.
        unknown = [str(s.path) for s in problems if s.passing]
        all_columns = self._all_columns()
        on_disk: dict[str, tuple[float, int, str]] = {}
        mappings: dict[str, dict[str, str]] = {}
        for seen, file in enumerate(paths):
            if seen % 200 == 0 and cancelled and cancelled():
                return RefreshReport(cancelled=True)
            try:
                st = file.stat()
            except OSError as exc:
                report.skipped.append(unreadable(file, exc))
                if report.skipped[-1].passing:
                    unknown.append(str(file))
                continue
            if not readable(file):  # permission taken away without a change of mtime
                report.skipped.append(Skipped(file, Message(QT_TRANSLATE_NOOP(
                    "Core", "permission denied"))))
                continue
            columns = _columns_for(all_columns, file) if file.suffix.lower() != ".txt" else {}
            if columns:
                mappings[str(file)] = columns
            on_disk[str(file)] = (st.st_mtime, st.st_size, _columns_text(columns))
        removed = [p for p in stored if p not in on_disk and not _below(p, unknown)]
        changed = [p for p, state in on_disk.items() if stored.get(p) != state or p in twice]
        report.unchanged = len(on_disk) - len(changed)
        estimate = {p: _expected_articles(Path(p)) for p in changed}
        total = len(removed) + sum(estimate.values())
        if progress:
            progress(0, total)
        if not removed and not changed:
            return report
        writer = self._writer_now = self._writer(ix, sum(estimate.values()))
        if self._aborted.is_set():  # abort() came before the writer could hear it
            writer.abort()
        deleted = added = 0
        try:
            done = 0
            for path in removed:
                writer.delete_by_term("path", _key(path))
                report.removed += counts.get(path, 0)
                deleted += counts.get(path, 0)
                done += 1
            for path in changed:
                if cancelled and cancelled():
                    writer.cancel()
                    return RefreshReport(skipped=report.skipped, cancelled=True)
                was_stored = path in stored
                columns_text = on_disk[path][2]
                cleared = kept = False
                read = 0
                for result in iter_articles(Path(path), mappings.get(path)):
                    result = _indexable(result)
                    if isinstance(result, Skipped):
                        report.skipped.append(result)
                        # a passing failure of the whole file keeps what is stored of it
                        kept = kept or (result.passing and result.item is None)
                        if result.item is not None or result.passing or read:
                            continue
                    if was_stored and not cleared:
                        writer.delete_by_term("path", _key(path))
                        deleted += counts.get(path, 0)
                        cleared = True
                    if isinstance(result, Skipped):
                        report.removed += counts.get(path, 0)
                        continue
                    writer.add_document(**_document(result, columns_text))
                    added += 1
                    read += 1
                    if was_stored:
                        report.updated += 1
                    else:
                        report.added += 1
                    if read % CANCEL_EVERY == 0:
                        if cancelled and cancelled():
                            writer.cancel()
                            return RefreshReport(skipped=report.skipped, cancelled=True)
                        if progress:
                            progress(min(done + read, total - 1), total)
                    elif progress and read % 25 == 0:
                        progress(min(done + read, total - 1), total)
                if was_stored and not cleared and not kept:
                    # only bad rows, or nothing at all: the file holds no articles now
                    writer.delete_by_term("path", _key(path))
                    deleted += counts.get(path, 0)
                    report.removed += counts.get(path, 0)
                if was_stored and read and counts.get(path, 0) > read:
                    report.removed += counts[path] - read
                done += max(read, estimate[path])
                if progress:
                    progress(min(done, total), total)
            if cancelled and cancelled():
                writer.cancel()
                return RefreshReport(skipped=report.skipped, cancelled=True)
            writer.commit()
            self._record_checks(ix)
        except WriteAborted:
            _cancel_quietly(writer)
            return RefreshReport(skipped=report.skipped, cancelled=True)
        except OSError as exc:
            _cancel_quietly(writer)
            raise IndexError_(_write_failure(exc)) from exc
        except BaseException:
            _cancel_quietly(writer)
            if self._aborted.is_set():  # a writer process killed by abort()
                return RefreshReport(skipped=report.skipped, cancelled=True)
            raise
        finally:
            self._writer_now = None
        unique = self._stored_state(ix)[3]
        written = self.doc_count() if ix is self._ix else _doc_count(ix)
        expected = before - deleted + added
        if written < expected:  # a sub-writer process died (disk full, memory)
            raise IndexError_(Message(QT_TRANSLATE_NOOP(
                "Core", "Only {written} of {expected} articles could be written to the index "
                "(is the disk full?). The rest will be retried on the next refresh."),
                written=written, expected=expected))
        if written != unique:  # the same article twice: repaired by the next refresh
            raise IndexError_(Message(QT_TRANSLATE_NOOP(
                "Core", "The index holds {count} articles twice; run the refresh again to "
                "repair it."), count=written - unique))
        if progress:
            progress(total, total)
        return report

    def abort(self) -> None:
        """Stop a running refresh (or rebuild) at once and refuse new ones: for quitting.

        Safe from any thread. Writer processes are killed, and the refresh returns as
        cancelled without writing its table of contents, so the index stays as it was.
        """
        self._aborted.set()
        writer = self._writer_now
        if writer is not None:
            writer.abort()

    def _or_aborted(self, cancelled: Cancelled | None) -> Cancelled:
        return lambda: self._aborted.is_set() or bool(cancelled and cancelled())

    def _writer(self, ix: Index, count: int) -> _AbortableWriter | _ParallelWriter:
        procs = min(os.cpu_count() or 1, 4)
        try:
            if count >= PARALLEL_MIN_DOCS and procs > 1 and not self.in_memory:
                return _ParallelWriter(ix, procs=procs, multisegment=True, timeout=5.0,
                                       limitmb=WRITER_LIMIT_MB, compound=False)
            return _AbortableWriter(ix, timeout=5.0, limitmb=WRITER_LIMIT_MB, compound=False)
        except LockError as exc:
            raise IndexError_(Message(QT_TRANSLATE_NOOP(
                "Core", "Another copy of the reader is updating the index; try again when it "
                "has finished."))) from exc
        except OSError as exc:
            raise IndexError_(_write_failure(exc)) from exc

    def __enter__(self) -> ArticleIndex:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Let go of the searcher and the index's files (a ``with`` block does it too)."""
        with self.read_lock:
            if self._searcher is not None:
                self._searcher.close()
                self._searcher = None
        self.ix.close()


_State = tuple[dict[str, tuple[float, int, str]], set[str], dict[str, int], int]


def _state_of(searcher: Searcher) -> _State:
    stored: dict[str, tuple[float, int, str]] = {}
    counts: dict[str, int] = {}
    keys: set[str] = set()
    twice: set[str] = set()
    for f in searcher.all_stored_fields():
        path = f["path"]
        key = f.get("key", path)
        if key in keys:
            twice.add(path)
        keys.add(key)
        stored[path] = (f["mtime"], f["size"], f.get("columns") or "")
        counts[path] = counts.get(path, 0) + 1
    return stored, twice, counts, len(keys)


def _expected_articles(path: Path) -> int:
    """About how many articles a changed file holds, for the progress bar: 1 for a text
    file or a page; for a dataset its lines (one pass over the bytes, no parsing); for a
    feed its items. An estimate only: the bar grows if the file holds more."""
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


def _columns_for(mappings: dict[str, dict[str, str]], path: Path) -> dict[str, str]:
    target = os.path.abspath(path)
    best = ""
    for key in mappings:
        if (target == key or _below(target, [key])) and len(key) > len(best):
            best = key
    return dict(mappings[best]) if best else {}


def _columns_text(columns: dict[str, str]) -> str:
    """A column mapping as stored with each article: a changed mapping re-reads the file."""
    return json.dumps(columns, sort_keys=True, ensure_ascii=False) if columns else ""


def _unique(folders: list[Path]) -> list[Path]:
    out: list[Path] = []
    seen: set[str] = set()
    for folder in folders:
        folder = Path(os.path.abspath(folder))
        key = os.path.realpath(folder)
        if key not in seen:
            seen.add(key)
            out.append(folder)
    return out


def _below(path: str, folders: list[str]) -> bool:
    return any(path == f or path.startswith(f.rstrip(os.sep) + os.sep) for f in folders)


def _key(path: str) -> str:
    """The indexed form of a path: itself, or for a name that is not valid UTF-8 (kept as
    surrogates, which Whoosh cannot encode) its bytes in hex. The stored field keeps the
    real path, so the file can be opened again."""
    try:
        path.encode("utf-8")
    except UnicodeEncodeError:
        return "bytes:" + os.fsencode(path).hex()
    return path


def _doc_count(ix: Index) -> int:
    with ix.searcher() as searcher:
        return searcher.doc_count()


def _write_file_atomically(target: Path, data: bytes) -> None:
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _crc(path: Path) -> int:
    crc = 0
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 20):
            crc = zlib.crc32(chunk, crc)
    return crc


def _generation_files(ix: Index) -> list[str]:
    """The files the current table of contents refers to (and the table itself)."""
    toc = ix._read_toc()  # Whoosh has no public way to list the segments
    ids = {seg.segment_id() for seg in toc.segments}
    names = [TOC._filename(INDEX_NAME, toc.generation)]
    for name in os.listdir(ix.storage.folder):
        if name.split(".", 1)[0] in ids:
            names.append(name)
    return sorted(names)


def _structure_problems(ix: Index, full: bool = False) -> list[str]:
    """Read the index as a search would; ``full`` reads every term's postings in every
    segment, so damage anywhere shows. Returns the problems found, in words."""
    problems: list[str] = []
    try:
        with ix.searcher() as searcher:
            seen: set[str] = set()
            twice = 0
            for fields in searcher.all_stored_fields():
                key = fields.get("key", fields["path"])
                if key in seen:
                    twice += 1
                seen.add(key)
            if twice:
                problems.append(f"{twice} articles are stored twice")
            for leaf, _offset in searcher.leaf_searchers():
                reader = leaf.reader()
                lengths = field_lengths(leaf, "content")
                if full:
                    if len(lengths) < reader.doc_count_all():
                        problems.append("the article lengths are incomplete")
                    for name in reader.indexed_field_names():
                        for term in reader.lexicon(name):
                            list(reader.postings(name, term).all_ids())
                else:
                    for _term in zip(range(50), reader.lexicon("content"), strict=False):
                        pass
    except Exception as exc:  # any unreadable part is damage
        problems.append(_describe(exc))
    return problems


def _describe(exc: BaseException) -> str:
    name = getattr(exc, "filename", None)
    where = f" in {Path(name).name}" if name else ""
    text = str(exc).strip().splitlines()[0][:120] if str(exc).strip() else ""
    return f"{type(exc).__name__}{where}{': ' + text if text else ''}"


def _transient_words(exc: OSError) -> Message:
    if exc.errno in (errno.EMFILE, errno.ENFILE):
        return Message(QT_TRANSLATE_NOOP("Core", "too many files are open (close some "
                                                 "programs)"))
    if exc.errno in (errno.EACCES, errno.EPERM):
        return Message(QT_TRANSLATE_NOOP("Core", "permission to read {file} is denied"),
                       file=Path(exc.filename or '?').name)
    if exc.errno == errno.ENOMEM:
        return Message(QT_TRANSLATE_NOOP("Core", "not enough memory"))
    return text_of(exc.strerror or str(exc))


class _AbortableWriter(TermArrayWriter):
    """Whoosh's writer (postings kept in per-term arrays, core/writer.py) that refuses to
    write its table of contents once aborted: the one step that makes a commit visible is
    skipped, so an abort mid-commit commits nothing."""

    aborted = False

    def abort(self) -> None:
        self.aborted = True

    def _commit_toc(self, segments: list) -> None:
        if self.aborted:
            raise WriteAborted
        super()._commit_toc(segments)


class _SubWriter(SubWriterTask):
    """Whoosh's sub-writer process, made to die with its parent (``kill -9`` included)."""

    def run(self) -> None:
        _die_with_parent()
        # A forked child inherits the parent's Python signal handlers (the window's "SIGTERM
        # closes the window"): a worker process must simply die when told to.
        signal.set_wakeup_fd(-1)
        for signum in (signal.SIGTERM, signal.SIGINT):
            signal.signal(signum, signal.SIG_DFL)
        # SubWriterTask.run for multisegment=True (the only way it is used here), with the
        # per-term array writer in place of the SegmentWriter it hard-codes.
        ix = self.storage.open_index(self.indexname)
        writer = self.writer = TermArrayWriter(ix, _lk=False, **self.kwargs)
        while self.running:
            jobinfo = self.jobqueue.get()
            if jobinfo is None:
                break
            self._process_file(*jobinfo)
        if not self.running:
            writer.cancel()
            return
        fieldnames = writer.pool.fieldnames
        segment = writer._finalize_segment()
        self.resultqueue.put((None, fieldnames, segment), timeout=5)


class _ParallelWriter(MpWriter, TermArrayWriter):
    """Whoosh's multi-process writer whose cancel really stops the worker processes, and
    which can be aborted from another thread while it waits for them (in ``commit``). Its
    workers and its own segment (small segments merged in) use the per-term array writer."""

    aborted = False
    docbuffer: list[tuple[int, dict[str, Any]]]  # MpWriter's: (0, fields) per added document

    def __init__(self, ix: Index, **kwargs: Any) -> None:
        super().__init__(ix, **kwargs)  # MpWriter calls SegmentWriter.__init__ directly
        self.pool = TermBuffer(self._tempstorage, limitmb=kwargs.get("limitmb", 128))

    def abort(self) -> None:
        self.aborted = True
        for task in list(self.tasks):
            task.kill()

    def _commit_toc(self, segments: list) -> None:
        if self.aborted:
            raise WriteAborted
        super()._commit_toc(segments)

    def _put(self, job: tuple[str, int] | None) -> None:
        """``jobqueue.put`` that gives up when aborted: the queue is bounded, and once the
        worker processes are killed nobody would ever make room."""
        while True:
            if self.aborted:
                raise WriteAborted
            try:
                self.jobqueue.put(job, timeout=0.2)
                return
            except queue.Full:
                continue

    def _enqueue(self) -> None:
        # MpWriter._enqueue with an abortable put.
        filename = f"{random_name()}.doclist"
        with self.temp_storage().create_file(filename).raw_file() as f:
            for item in self.docbuffer:
                pickle.dump(item, f, 2)
        if len(self.tasks) < self.procs:
            self._new_task()
        self._put((filename, len(self.docbuffer)))
        self.docbuffer = []

    def _commit(self, mergetype, optimize, merge) -> None:
        # MpWriter._commit for multisegment=True (the only way it is used here), waiting
        # for the worker processes in short steps so that abort() is heard at once.
        if self.docbuffer:
            self._enqueue()
        for _task in self.tasks:
            self._put(None)
        finalsegments = self._merge_segments(mergetype, optimize, merge)
        for task in self.tasks:
            while task.is_alive():
                if self.aborted:
                    raise WriteAborted
                task.join(0.1)
        results = []
        for _task in self.tasks:  # each finished process has put one result
            for _tick in range(10):  # a second at most, as MpWriter waits
                if self.aborted:
                    raise WriteAborted
                try:
                    results.append(self.resultqueue.get(timeout=0.1))
                    break
                except queue.Empty:
                    continue
        if self.aborted:
            raise WriteAborted
        finalsegments += [segment for _run, _fields, segment in results]
        if self._added:
            finalsegments.append(self._finalize_segment())
        else:
            self._close_segment()
        self._commit_toc(finalsegments)
        self._finish()

    def _new_task(self) -> SubWriterTask:
        task = _SubWriter(self.storage, self.indexname, self.jobqueue, self.resultqueue,
                          self.subargs, self.multisegment)
        task.daemon = True
        self.tasks.append(task)
        task.start()
        return task

    def cancel(self) -> None:
        # MpWriter.cancel only flips a flag in this process; the children would wait forever.
        for task in self.tasks:
            task.kill()
        for task in self.tasks:
            task.join(2.0)
        # The queues' feeder threads would otherwise wait at exit to hand their last job
        # to a process that is gone: the process would never end.
        for q in (self.jobqueue, self.resultqueue):
            q.cancel_join_thread()
            q.close()
        SegmentWriter.cancel(self)


def _die_with_parent() -> None:
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def _indexable(result: Article | Skipped) -> Article | Skipped:
    """The article, or a skip with its reason when Whoosh could not store it: one file must
    never stop the rest of the library (in a sub-writer process it would lose many)."""
    if isinstance(result, Skipped):
        return result
    try:
        for value in (result.text, result.title, result.id, result.content_hash):
            value.encode("utf-8")
    except UnicodeEncodeError:
        return Skipped(result.path, Message(QT_TRANSLATE_NOOP(
            "Core", "its text cannot be stored (not valid Unicode)")))
    return result


def _document(article: Article, columns: str = "") -> dict:
    is_txt = article.path.suffix.lower() == ".txt"
    return {
        "key": _article_key(str(article.path), article.item),
        "path": _key(str(article.path)),
        "_stored_path": str(article.path),
        "id": article.id,
        "content": article.text,
        "title": article.title,
        "mtime": article.mtime,
        "size": article.size,
        "length": article.length,
        "hash": article.content_hash,
        # empty files are not "the same article" as each other: each is listed
        "dup": text_hash(article.text) if article.text.strip() else "",
        "item": article.item,
        "published": article.published.isoformat() if article.published else None,
        "source": article.source,
        "author": article.author,
        "category": article.category,
        "url": article.url,
        "title_from_text": article.title_from_text,
        "body": None if is_txt else zlib.compress(article.text.encode("utf-8"), 1),
        "columns": columns,
    }


def _article_key(path: str, item: int | None) -> str:
    """One article's unique term: its file, and for a multi-article file the row or entry
    (NUL cannot occur in a path, so no two articles share a key)."""
    return _key(path) if item is None else f"{_key(path)}\x00{item}"


def stored_text(fields: dict) -> str | None:
    """The text stored with an article that is not a ``.txt`` file (see make_schema)."""
    body = fields.get("body")
    return zlib.decompress(body).decode("utf-8") if body else None


def _check_readable(ix: Index) -> None:
    """Touch every part a session needs, so damage shows now and not mid-search."""
    with ix.searcher() as searcher:
        for fields in searcher.all_stored_fields():
            fields["path"]
        reader = searcher.reader()
        for _term in zip(range(50), reader.lexicon("content"), strict=False):
            pass
        if searcher.doc_count():
            list(reader.postings("path", next(iter(reader.lexicon("path")))).all_ids())
        for leaf, _offset in searcher.leaf_searchers():
            field_lengths(leaf, "content")


def _write_failure(exc: OSError) -> Message:
    if exc.errno == errno.ENOSPC:
        what = Message(QT_TRANSLATE_NOOP("Core", "the disk is full"))
    elif exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        what = Message(QT_TRANSLATE_NOOP("Core", "the index folder cannot be written"))
    else:
        what = text_of(exc.strerror or str(exc))
    return Message(QT_TRANSLATE_NOOP(
        "Core", "The index could not be updated: {what}. The previous index is unchanged."),
        what=what)


def _cancel_quietly(writer) -> None:
    try:
        writer.cancel()
    except Exception:  # best effort while another error propagates
        pass
