"""The on-disk Whoosh index of the library, kept in step with the article folders.

The index is derived data: whenever it is missing, from another schema version or
unreadable, it is rebuilt from the articles rather than trusted or crashed on. When the data
folder cannot be written, the index lives in memory for the session, so reading and
searching still work.
"""

from __future__ import annotations

import errno
import os
import shutil
import sys
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from whoosh import index as whoosh_index
from whoosh.fields import ID, STORED, TEXT, Schema
from whoosh.filedb.filestore import RamStorage
from whoosh.index import Index, LockError
from whoosh.multiproc import MpWriter, SubWriterTask
from whoosh.searching import Searcher
from whoosh.writing import SegmentWriter

from reader_app.core.library import (
    Article,
    Skipped,
    find_text_files,
    read_article,
    unreadable,
)
from reader_app.core.paths import default_index_dir
from reader_app.core.scoring import QuickBM25F, field_lengths
from reader_app.core.text.analyzer import UrduAnalyzer, UrduCharacters

SCHEMA_VERSION = 2  # 2: character offsets in the content postings
INDEX_NAME = f"articles_v{SCHEMA_VERSION}"

# Large builds are split across processes: Whoosh's indexing is CPU-bound Python, and a
# thread would hold the GIL that the window needs to stay responsive.
PARALLEL_MIN_DOCS = 1000
WRITER_LIMIT_MB = 128
# Separate segment files, not Whoosh's compound ones: a compound segment is opened by copying
# it whole into memory (BytesIO), so every open searcher held a copy of the index.

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


def make_schema() -> Schema:
    return Schema(
        path=ID(stored=True, unique=True),
        id=ID(stored=True),
        content=_content_field(),
        title=STORED,
        mtime=STORED,
        size=STORED,
        length=STORED,
        hash=STORED,
    )


def _content_field() -> TEXT:
    field = TEXT(analyzer=UrduAnalyzer(), phrase=True, spelling=True)
    # Offsets, not only positions: a search marks its hits from the postings (search.py).
    field.format = UrduCharacters(field_boost=field.format.field_boost)
    return field


@dataclass(frozen=True)
class ArticleInfo:
    """What the article list shows, read from the index without opening the files."""

    id: str
    path: Path
    title: str
    mtime: float
    size: int
    length: int
    content_hash: str

    @classmethod
    def from_stored(cls, fields: dict) -> ArticleInfo:
        return cls(
            id=fields["id"],
            path=Path(fields["path"]),
            title=fields["title"],
            mtime=fields["mtime"],
            size=fields["size"],
            length=fields["length"],
            content_hash=fields["hash"],
        )


@dataclass
class RefreshReport:
    """What a build or refresh did, for the status bar, the CLI and tests."""

    added: int = 0
    updated: int = 0
    removed: int = 0
    unchanged: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    cancelled: bool = False

    @property
    def changed(self) -> int:
        return self.added + self.updated + self.removed


class IndexError_(RuntimeError):
    """A problem with the index a person must be told about (already in plain words)."""


class ArticleIndex:
    """Opens (or creates, or rebuilds) the index and keeps it in step with folders.

    ``notice`` holds a sentence for the user when opening had to repair something or fall
    back to memory; it is ``None`` when all went as usual.
    """

    def __init__(self, index_dir: Path | None = None) -> None:
        self.index_dir = Path(index_dir) if index_dir else default_index_dir()
        self.notice: str | None = None
        self.in_memory = False
        self.read_only = False
        self._write_lock = threading.Lock()
        self._searcher: Searcher | None = None
        # Whoosh's searcher shares file handles: one reader at a time (listing, searching,
        # the refresh's look at what is stored). Re-entrant so a search may list too.
        self.read_lock = threading.RLock()
        self.ix: Index = self._open()

    # -- opening ---------------------------------------------------------------------------
    def _open(self) -> Index:
        try:
            self.index_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            return self._memory_index(f"the index folder {self.index_dir} cannot be created "
                                      f"({exc.strerror or exc})")
        if self._has_toc():
            try:
                ix = whoosh_index.open_dir(str(self.index_dir), INDEX_NAME)
                _check_readable(ix)
                self._remove_other_versions()
                if not os.access(self.index_dir, os.W_OK):
                    self.read_only = True
                    self.notice = (f"The index folder {self.index_dir} is read-only: searching "
                                   "works, but new or changed articles are not indexed.")
                return ix
            except Exception as exc:  # noqa: BLE001 - any damage means: rebuild
                reason = f"the index was damaged ({type(exc).__name__}) and is rebuilt"
                return self._create(reason)
        had_old = any(self._other_version_files())
        return self._create("the index is from another version and is rebuilt" if had_old else None)

    def _has_toc(self) -> bool:
        """Whether a table of contents exists (``exists_in`` would raise on a damaged one)."""
        try:
            return any(n.startswith(f"_{INDEX_NAME}_") and n.endswith(".toc")
                       for n in os.listdir(self.index_dir))
        except OSError:
            return False

    def _create(self, reason: str | None) -> Index:
        if not os.access(self.index_dir, os.W_OK):
            return self._memory_index(f"the index folder {self.index_dir} is read-only")
        try:
            self._remove_files(lambda name: name.lstrip("_").startswith(INDEX_NAME))
            self._remove_other_versions()
            ix = whoosh_index.create_in(str(self.index_dir), make_schema(), INDEX_NAME)
        except OSError as exc:
            return self._memory_index(f"the index cannot be written in {self.index_dir} "
                                      f"({exc.strerror or exc})")
        self.notice = reason[0].upper() + reason[1:] + "." if reason else None
        return ix

    def _memory_index(self, reason: str) -> Index:
        self.in_memory = True
        self.notice = (f"Searching works, but {reason}; the index is kept in memory for this "
                       "session only.")
        return RamStorage().create_index(make_schema(), indexname=INDEX_NAME)

    def _other_version_files(self) -> Iterable[str]:
        try:
            names = os.listdir(self.index_dir)
        except OSError:
            return []
        return [n for n in names if n.lstrip("_").startswith("articles_v")
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

    # -- reading ---------------------------------------------------------------------------
    def searcher(self) -> Searcher:
        """A searcher kept open between queries and refreshed after each commit."""
        with self.read_lock:
            if self._searcher is None or not self._searcher.up_to_date():
                # A new searcher, not Searcher.refresh(): refresh fails on an empty index, and
                # a thread still reading the old one keeps it until it lets go.
                self._searcher = self.ix.searcher(weighting=QuickBM25F())
                for leaf, _offset in self._searcher.leaf_searchers():
                    field_lengths(leaf, "content")  # paid here, not by the first query
            return self._searcher

    def doc_count(self) -> int:
        with self.read_lock:
            return self.searcher().doc_count()

    def articles(self) -> list[ArticleInfo]:
        """Every indexed article, for the article list."""
        with self.read_lock:
            return [ArticleInfo.from_stored(f) for f in self.searcher().all_stored_fields()]

    def _stored_state(self) -> dict[str, tuple[float, int]]:
        with self.read_lock:
            return {f["path"]: (f["mtime"], f["size"])
                    for f in self.searcher().all_stored_fields()}

    # -- writing ---------------------------------------------------------------------------
    def refresh(
        self,
        folders: Iterable[Path],
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> RefreshReport:
        """Make the index hold exactly the articles below ``folders``, touching only changes.

        A cancelled refresh commits nothing: the index stays as it was before the call.
        """
        with self._write_lock:
            paths, problems = find_text_files(folders)
            report = RefreshReport(skipped=list(problems))
            stored = self._stored_state()
            on_disk: dict[str, tuple[float, int]] = {}
            for path in paths:
                try:
                    st = path.stat()
                except OSError as exc:
                    report.skipped.append(unreadable(path, exc))
                    continue
                on_disk[str(path)] = (st.st_mtime, st.st_size)
            removed = [p for p in stored if p not in on_disk]
            changed = [p for p, state in on_disk.items() if stored.get(p) != state]
            report.unchanged = len(on_disk) - len(changed)
            total = len(removed) + len(changed)
            if progress:
                progress(0, total)
            if total == 0:
                return report
            writer = self._writer(len(changed))
            try:
                done = 0
                for path in removed:
                    writer.delete_by_term("path", path)
                    report.removed += 1
                    done += 1
                for path in changed:
                    if cancelled and cancelled():
                        writer.cancel()
                        return RefreshReport(skipped=report.skipped, cancelled=True)
                    result = read_article(Path(path))
                    if isinstance(result, Skipped):
                        report.skipped.append(result)
                        if path in stored:
                            writer.delete_by_term("path", path)
                            report.removed += 1
                    elif path in stored:
                        writer.update_document(**_document(result))
                        report.updated += 1
                    else:
                        writer.add_document(**_document(result))
                        report.added += 1
                    done += 1
                    if progress and (done % 25 == 0 or done == total):
                        progress(done, total)
                if cancelled and cancelled():
                    writer.cancel()
                    return RefreshReport(skipped=report.skipped, cancelled=True)
                writer.commit()
            except OSError as exc:
                _cancel_quietly(writer)
                raise IndexError_(_write_failure(exc)) from exc
            except BaseException:
                _cancel_quietly(writer)
                raise
            expected = len(stored) - report.removed + report.added
            written = self.doc_count()
            if written < expected:  # a sub-writer process died (disk full, memory)
                raise IndexError_(
                    f"Only {written} of {expected} articles could be written to the "
                    "index (is the disk full?). The rest will be retried on the next refresh.")
            if progress:
                progress(total, total)
            return report

    def _writer(self, count: int):  # noqa: ANN202 - Whoosh's writer type is internal
        procs = min(os.cpu_count() or 1, 4)
        try:
            if count >= PARALLEL_MIN_DOCS and procs > 1 and not self.in_memory:
                return _ParallelWriter(self.ix, procs=procs, multisegment=True, timeout=5.0,
                                       limitmb=WRITER_LIMIT_MB, compound=False)
            return self.ix.writer(timeout=5.0, limitmb=WRITER_LIMIT_MB, compound=False)
        except LockError as exc:
            raise IndexError_("Another copy of the reader is updating the index; "
                              "try again when it has finished.") from exc
        except OSError as exc:
            raise IndexError_(_write_failure(exc)) from exc

    def close(self) -> None:
        with self.read_lock:
            if self._searcher is not None:
                self._searcher.close()
                self._searcher = None
        self.ix.close()


class _SubWriter(SubWriterTask):
    """Whoosh's sub-writer process, made to die with its parent (``kill -9`` included)."""

    def run(self) -> None:
        _die_with_parent()
        super().run()


class _ParallelWriter(MpWriter):
    """Whoosh's multi-process writer whose cancel really stops the worker processes."""

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
            task.terminate()
        for task in self.tasks:
            task.join()
        SegmentWriter.cancel(self)


def _die_with_parent() -> None:
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes
        import signal

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def _document(article: Article) -> dict:
    return {
        "path": str(article.path),
        "id": article.id,
        "content": article.text,
        "title": article.title,
        "mtime": article.mtime,
        "size": article.size,
        "length": article.length,
        "hash": article.content_hash,
    }


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


def _write_failure(exc: OSError) -> str:
    if exc.errno == errno.ENOSPC:
        what = "the disk is full"
    elif exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        what = "the index folder cannot be written"
    else:
        what = exc.strerror or str(exc)
    return f"The index could not be updated: {what}. The previous index is unchanged."


def _cancel_quietly(writer) -> None:  # noqa: ANN001
    try:
        writer.cancel()
    except Exception:  # noqa: BLE001,S110 - best effort while another error propagates
        pass
