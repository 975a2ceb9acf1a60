"""The on-disk Whoosh index of the library, kept in step with the article folders.

The index is derived data: whenever it is missing, from another schema version or damaged,
it is rebuilt from the library's articles rather than trusted or crashed on. Damage is told
from a passing error (too many open files, a file being replaced by another copy's commit):
a passing error is retried and reported, never answered by deleting. When the data folder
cannot be written, the index lives in memory for the session, so reading and searching
still work.

Beside Whoosh's files the index folder holds ``library.json`` (the folders the index holds
and the column mappings of datasets: library_file.py), ``checksums.json`` (size and CRC of
each file of the last commit, checked at open: index_checks.py) and ``write.lock`` (one
writer at a time, across processes: index_lock.py). What one article is in the index is
index_documents.py; what a refresh will change is worked out in refresh_plan.py and
written here, with the abortable writers of index_writers.py.
"""

from __future__ import annotations

import contextlib
import dataclasses
import errno
import os
import shutil
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from datetime import datetime
from pathlib import Path

from whoosh import index as whoosh_index
from whoosh.filedb.filestore import FileStorage, RamStorage
from whoosh.index import TOC, Index, LockError, clean_files
from whoosh.searching import Searcher

from reader_app.core.index_checks import (
    CHECKS_FILE,
    VerifyReport,
    check_readable,
    doc_count,
    file_problems,
    load_checks,
    load_partial,
    mark_damaged,
    record_checks,
    save_partial,
    structure_problems,
)
from reader_app.core.index_documents import (
    SCHEMA_VERSION,
    article_key,
    document,
    indexable,
    make_schema,
    path_key,
    stored_text,
)
from reader_app.core.index_errors import (
    TRANSIENT_ERRNOS,
    DamagedIndexError,
    IndexDamaged,
    WriteAborted,
    describe,
    transient_words,
    write_failure,
)
from reader_app.core.index_lock import FileLock, WaitCancelled, wait_for
from reader_app.core.index_writers import AbortableWriter, ParallelWriter, cancel_quietly
from reader_app.core.library import Article, Skipped, iter_articles
from reader_app.core.library_file import LIBRARY_FILE, LibraryFile, columns_for
from reader_app.core.messages import QT_TRANSLATE_NOOP, Message, text_of
from reader_app.core.paths import default_index_dir, seeds_dir
from reader_app.core.refresh_plan import (
    RefreshPlan,
    StoredState,
    expected_articles,
    plan_refresh,
    walk_folders,
)
from reader_app.core.results import ArticleInfo, IndexError_, RefreshReport
from reader_app.core.scoring import QuickBM25F, field_lengths

# What other modules and the tests name from here (each lives in the module named above).
__all__ = [
    "CHECKS_FILE", "INDEX_NAME", "LIBRARY_FILE", "PARALLEL_MIN_DOCS", "SCHEMA_VERSION",
    "ArticleIndex", "ArticleInfo", "DamagedIndexError", "IndexError_", "RefreshReport",
    "VerifyReport", "WriteAborted", "_document", "make_schema", "stored_text",
]
_document = document  # the name the tests have always used

INDEX_NAME = f"articles_v{SCHEMA_VERSION}"

# Large builds are split across processes: Whoosh's indexing is CPU-bound Python, and a
# thread would hold the GIL that the window needs to stay responsive.
PARALLEL_MIN_DOCS = 1000
WRITER_LIMIT_MB = 128
# Separate segment files, not Whoosh's compound ones: a compound segment is opened by copying
# it whole into memory (BytesIO), so every open searcher held a copy of the index.

# A long refresh commits a part once it holds this many articles or has taken
# this long, so that a large folder is listed and searchable while the rest is read, and a
# quit keeps what is done. Later parts grow to the size (and time) of all before them: each
# part adds segments (one per writer process) that Whoosh's merge policy leaves alone at
# these sizes, so a 100,000-article first index is 7 parts, not 50. A part may end inside
# a large dataset (see _apply).
PART_ARTICLES = 2000
PART_SECONDS = 15.0

LOCK_FILE = "write.lock"
REBUILD_DIR = ".rebuild"
# A second indexer waits this long for the first before it gives up with a message.
LOCK_WAIT_SECONDS = 600.0
OPEN_ATTEMPTS = 4
# Inside a multi-article file, a cancel is heard (and progress told) every this many rows.
CANCEL_EVERY = 200

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
Committed = Callable[[RefreshReport], None]


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
        self.library = LibraryFile(self.index_dir, lambda: self.waiting)
        self._write_lock = threading.Lock()
        self._aborted = threading.Event()
        self._writer_now: AbortableWriter | ParallelWriter | None = None
        self._holding = False  # this object holds the write lock (checked in _check_files)
        self._refresh_lock = FileLock(self.index_dir / LOCK_FILE)
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
            taken = wait_for(self._refresh_lock, self.lock_timeout, self.index_dir,
                             cancelled, on_wait, self.waiting)
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

    # -- the library's folders and column mappings (library_file.py) ----------------------
    def has_library(self) -> bool:
        """Whether a folder list has been stored (a new index has none yet)."""
        return self.library.exists()

    def folders(self) -> list[Path]:
        """The folders this index holds; the shipped articles until a list is stored."""
        return self.library.folders()

    def set_folders(self, folders: Iterable[Path]) -> None:
        """Make the library exactly these folders (the next refresh indexes them)."""
        self.library.set_folders(folders)

    def add_folder(self, folder: Path) -> bool:
        """Add a folder to the library; False when it (or the same folder by another path)
        is already there. Call :meth:`refresh` to index it."""
        return self.library.add_folder(folder)

    def remove_folder(self, folder: Path) -> bool:
        """Take a folder out of the library; its articles leave at the next refresh."""
        return self.library.remove_folder(folder)

    def columns_for(self, path: Path) -> dict[str, str]:
        """The column mapping that applies to a dataset file: its own, else the one of the
        nearest folder above it that has one; ``{}`` when none (names are recognised)."""
        return columns_for(self.library.all_columns(), path)

    def set_columns(self, path: Path, columns: Mapping[str, str]) -> None:
        """Name the columns (or JSON keys) of the datasets in a file or below a folder whose
        names are not recognised, e.g. ``{"title": "Headline", "text": "News Text"}``;
        an empty mapping removes it. Kept in ``library.json``; the next refresh re-reads
        the files it applies to. Raises ValueError for a field the readers do not know."""
        self.library.set_columns(path, columns)

    # -- opening ---------------------------------------------------------------------------
    def _not_now(self, exc: OSError) -> IndexError_:
        return IndexError_(Message(QT_TRANSLATE_NOOP(
            "Core", "The index in {folder} cannot be opened just now: {why}. Nothing was "
            "deleted; try again in a moment."), folder=self.index_dir, why=transient_words(exc)))

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
        except WaitCancelled as exc:
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
                check_readable(ix)
                return ix
            except FileNotFoundError as exc:  # a commit may just have replaced the files
                last = exc
            except OSError as exc:
                if exc.errno in TRANSIENT_ERRNOS:
                    last = exc
                    continue
                raise IndexDamaged(describe(exc)) from exc
            except IndexDamaged:
                raise
            except Exception as exc:  # whatever Whoosh raises on bad bytes
                raise IndexDamaged(describe(exc)) from exc
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
        count = doc_count(ix)
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
        readable = self.library.readable()
        folders = self.folders() if readable else [seeds_dir()]
        had_library = readable and self.has_library()
        self.in_memory = True
        self.library.keep_in_memory(folders)
        self.notice = Message(QT_TRANSLATE_NOOP(
            "Core", "Searching works, but {reason}; the index is kept in memory for this "
            "session only."), reason=reason)
        ix = RamStorage().create_index(make_schema(), indexname=INDEX_NAME)
        if had_library:
            self.rebuild_report = self._update(ix, folders, None, progress, cancelled)
        return ix

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

    # -- damage checks (index_checks.py) ---------------------------------------------------
    def _record_checks(self, ix: Index) -> None:
        """Record the generation just committed (under the lock); not for an index in
        memory, nor a rebuild's staging folder (recorded once swapped in)."""
        if self.in_memory or Path(ix.storage.folder) != self.index_dir:
            return
        record_checks(self.index_dir, ix)

    def _check_files(self, ix: Index, full: bool = False) -> list[str]:
        """Raise IndexDamaged when a file differs from what was recorded at its commit.

        At open the check is cheap: sizes always, contents only of files whose modification
        time changed. ``full`` (for ``verify``) reads every byte and returns the problems.
        An index committed by an older version (no record yet) gets the quick structural
        check and is recorded as it is: a full check would cost a launch minutes at 100,000
        articles; ``verify`` reads everything.
        """
        checks = load_checks(self.index_dir)
        if checks.get("damaged"):
            raise IndexDamaged(checks["damaged"])
        if checks.get("generation") != ix.latest_generation():
            problems = structure_problems(ix)
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
        return file_problems(self.index_dir, checks, full)

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
                report.files = len(load_checks(self.index_dir).get("files", {}))
                report.problems += structure_problems(ix, full=True)
                report.articles = doc_count(ix)
            except IndexDamaged as exc:
                report.problems.append(text_of(exc))
            except OSError as exc:
                if exc.errno in TRANSIENT_ERRNOS:
                    raise IndexError_(Message(QT_TRANSLATE_NOOP(
                        "Core", "The index cannot be checked just now: {why}."),
                        why=transient_words(exc))) from exc
                report.problems.append(describe(exc))
            except Exception as exc:  # any unreadable part is damage
                report.problems.append(describe(exc))
        if report.problems and os.access(self.index_dir, os.W_OK):
            with contextlib.suppress(OSError, IndexError_, WaitCancelled), \
                    self._write_lock, self._locked():
                mark_damaged(self.index_dir, report.problems[0])
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
            docnum = searcher.document_number(key=article_key(str(path), item))
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

    def _stored_state(self, ix: Index) -> StoredState:
        """What the index stores per file (see :class:`StoredState`)."""
        with self.read_lock:
            if ix is self._ix:
                return StoredState.of(self.searcher().all_stored_fields())
            with ix.searcher() as searcher:
                return StoredState.of(searcher.all_stored_fields())

    # -- writing ---------------------------------------------------------------------------
    def refresh(
        self,
        folders: Iterable[Path] | None = None,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
        *,
        scope: Iterable[Path] | None = None,
        committed: Committed | None = None,
    ) -> RefreshReport:
        """Make the index hold exactly the articles below its library's folders, touching
        only changes. ``folders`` first makes the library exactly those folders; ``scope``
        limits this pass to the articles below the given folders (the rest stay as stored).

        A long refresh commits in parts (a new part begins once the part
        holds :data:`PART_ARTICLES` articles or has taken :data:`PART_SECONDS`, or later
        as many as the parts before it together, or as long):
        ``committed(report)`` is told after each part but the last, with what the parts so
        far did, so that their articles can be listed and searched at once. A cancel (or
        :meth:`abort`, or the process being killed) keeps the parts already committed,
        and the next refresh reads only the files left (and a dataset a part ended in,
        again whole); a cancelled report counts what those parts did.

        Only one refresh runs at a time across processes; a second waits, then sees the
        first one's work.
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
                    report = self._update(self.ix, self.folders(), scope, progress, cancelled,
                                          committed)
            except WaitCancelled:
                return RefreshReport(cancelled=True)
            return report

    def _update(self, ix: Index, folders: list[Path], scope: Iterable[Path] | None,
                progress: Progress | None, cancelled: Cancelled | None,
                committed: Committed | None = None) -> RefreshReport:
        """The refresh itself, with the write lock held: look at the files, plan what
        changes (refresh_plan.py, no writing), then write the plan."""
        walk = walk_folders(folders, scope, self.library.all_columns(), cancelled)
        if walk is None:
            return RefreshReport(cancelled=True)
        stored = self._stored_state(ix)
        if self._splits_files(ix):
            stored.partial = load_partial(self.index_dir)
        plan = plan_refresh(stored, walk, scope)
        return self._apply(ix, plan, progress, cancelled, committed)

    def _splits_files(self, ix: Index) -> bool:
        """Whether a part may end inside a dataset file: only where ``partial.json`` is kept
        with the index (not in memory, not in a rebuild's staging folder, whose parts are
        never seen before the swap anyway)."""
        return not self.in_memory and Path(ix.storage.folder) == self.index_dir

    def _apply(self, ix: Index, plan: RefreshPlan, progress: Progress | None,
               cancelled: Cancelled | None, committed: Committed | None) -> RefreshReport:
        """Write a plan, part by part (see :meth:`refresh`).

        A file read again has its articles all deleted and read anew in the same part,
        streamed from the file into the writer (a 100,000-row dataset is never held whole),
        so no commit ever holds a file twice. A part may end inside a large dataset (every
        :data:`CANCEL_EVERY` rows it is asked whether the part is full); such a file is
        recorded in ``partial.json`` before that commit and read again whole by the next
        refresh until the part holding its end is committed. The progress counts articles: a
        multi-article file is first counted cheaply (:func:`expected_articles`), and
        ``cancelled`` is asked every :data:`CANCEL_EVERY` articles inside a file too.
        """
        report = RefreshReport(skipped=list(plan.walk.skipped), unchanged=plan.unchanged)
        counts = plan.stored.counts
        estimate = [expected_articles(Path(p)) for p in plan.read]
        total = len(plan.removed) + sum(estimate)
        if progress:
            progress(0, total)
        if plan.empty:
            return report
        before = plan.stored.articles  # documents, duplicates included
        deleted = added = 0  # by the committed parts and the part being written
        kept = RefreshReport()  # what the committed parts did: what a cancel keeps
        began = part_began = time.monotonic()
        part_articles = 0
        split_files = self._splits_files(ix)
        partial = set(plan.stored.partial) if split_files else set()
        ending: set[str] = set()  # partial files whose end is in the part being written

        def stopped() -> RefreshReport:
            return dataclasses.replace(kept, skipped=report.skipped, cancelled=True)

        def open_part(first: int) -> AbortableWriter | ParallelWriter:
            nonlocal part_articles, part_began
            writer = self._writer_now = self._writer(ix, _part_size(estimate[first:]))
            if self._aborted.is_set():  # abort() came before the writer could hear it
                writer.abort()
            part_articles, part_began = 0, time.monotonic()
            return writer

        def part_full() -> bool:
            return bool(part_articles) and (
                part_articles >= max(PART_ARTICLES, added - part_articles)
                or time.monotonic() - part_began >= max(PART_SECONDS, part_began - began))

        def commit_part(writer: AbortableWriter | ParallelWriter) -> None:
            nonlocal kept
            writer.commit()
            self._record_checks(ix)
            if ending:
                partial.difference_update(ending)
                ending.clear()
                save_partial(self.index_dir, partial)
            kept = dataclasses.replace(report, skipped=[], unchanged=report.unchanged)
            written = self.doc_count() if ix is self._ix else doc_count(ix)
            if written < before - deleted + added:  # a sub-writer died (disk full, memory)
                raise IndexError_(Message(QT_TRANSLATE_NOOP(
                    "Core", "Only {written} of {expected} articles could be written to the "
                    "index (is the disk full?). The rest will be retried on the next "
                    "refresh."), written=written, expected=before - deleted + added))

        writer = open_part(0)
        try:
            done = 0
            for path in plan.removed:
                writer.delete_by_term("path", path_key(path))
                report.removed += counts.get(path, 0)
                deleted += counts.get(path, 0)
                done += 1
                if path in partial:
                    ending.add(path)
            for number, path in enumerate(plan.read):
                if cancelled and cancelled():
                    writer.cancel()
                    return stopped()
                if part_full():
                    commit_part(writer)
                    if committed:
                        committed(dataclasses.replace(kept, skipped=list(report.skipped)))
                    writer = open_part(number)
                was_stored = plan.was_stored(path)
                columns_text = plan.columns_text(path)
                cleared = kept_old = False
                read = 0
                for result in iter_articles(Path(path), plan.columns(path)):
                    result = indexable(result)
                    if isinstance(result, Skipped):
                        report.skipped.append(result)
                        # a passing failure of the whole file keeps what is stored of it
                        kept_old = kept_old or (result.passing and result.item is None)
                        if result.item is not None or result.passing or read:
                            continue
                    if was_stored and not cleared:
                        writer.delete_by_term("path", path_key(path))
                        deleted += counts.get(path, 0)
                        cleared = True
                    if isinstance(result, Skipped):
                        report.removed += counts.get(path, 0)
                        continue
                    writer.add_document(**document(result, columns_text))
                    added += 1
                    read += 1
                    part_articles += 1
                    if was_stored:
                        report.updated += 1
                    else:
                        report.added += 1
                    if read % CANCEL_EVERY == 0:
                        if cancelled and cancelled():
                            writer.cancel()
                            return stopped()
                        if progress:
                            progress(min(done + read, total - 1), total)
                        if split_files and part_full():
                            # A part ends inside this dataset: until the part holding its
                            # end is committed, the next refresh reads it again whole.
                            partial.add(path)
                            save_partial(self.index_dir, partial)
                            commit_part(writer)
                            if committed:
                                committed(dataclasses.replace(kept,
                                                              skipped=list(report.skipped)))
                            writer = open_part(number)
                    elif progress and read % 25 == 0:
                        progress(min(done + read, total - 1), total)
                if was_stored and not cleared and not kept_old:
                    # only bad rows, or nothing at all: the file holds no articles now
                    writer.delete_by_term("path", path_key(path))
                    deleted += counts.get(path, 0)
                    report.removed += counts.get(path, 0)
                if path in partial and not kept_old:
                    ending.add(path)
                if was_stored and read and counts.get(path, 0) > read:
                    report.removed += counts[path] - read
                done += max(read, estimate[number])
                if progress:
                    progress(min(done, total), total)
            if cancelled and cancelled():
                writer.cancel()
                return stopped()
            commit_part(writer)
        except WriteAborted:
            cancel_quietly(writer)
            return stopped()
        except IndexError_:
            cancel_quietly(writer)
            raise
        except OSError as exc:
            cancel_quietly(writer)
            raise IndexError_(write_failure(exc)) from exc
        except BaseException:
            cancel_quietly(writer)
            if self._aborted.is_set():  # a writer process killed by abort()
                return stopped()
            raise
        finally:
            self._writer_now = None
        unique = self._stored_state(ix).unique
        written = self.doc_count() if ix is self._ix else doc_count(ix)
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
        cancelled without writing the table of contents of the part it was writing, so the
        index holds the parts committed before and nothing of that part.
        """
        self._aborted.set()
        writer = self._writer_now
        if writer is not None:
            writer.abort()

    def _or_aborted(self, cancelled: Cancelled | None) -> Cancelled:
        return lambda: self._aborted.is_set() or bool(cancelled and cancelled())

    def _writer(self, ix: Index, count: int) -> AbortableWriter | ParallelWriter:
        procs = min(os.cpu_count() or 1, 4)
        try:
            if count >= PARALLEL_MIN_DOCS and procs > 1 and not self.in_memory:
                return ParallelWriter(ix, procs=procs, multisegment=True, timeout=5.0,
                                       limitmb=WRITER_LIMIT_MB, compound=False)
            return AbortableWriter(ix, timeout=5.0, limitmb=WRITER_LIMIT_MB, compound=False)
        except LockError as exc:
            raise IndexError_(Message(QT_TRANSLATE_NOOP(
                "Core", "Another copy of the reader is updating the index; try again when it "
                "has finished."))) from exc
        except OSError as exc:
            raise IndexError_(write_failure(exc)) from exc

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


def _part_size(estimates: list[int]) -> int:
    """About how many articles the part that begins here will hold (for the writer's
    choice of one process or several)."""
    size = 0
    for count in estimates:
        size += count
        if size >= PART_ARTICLES:
            break
    return size
