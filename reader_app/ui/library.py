"""The library as the window sees it: the core's index opened, refreshed and searched off the
UI thread, with progress, cancellation and skipped files reported as signals.

A long refresh is committed by the core in parts (``ArticleIndex.refresh(committed=…)``):
the list is filled again after each part, so a large folder shows its articles while the
rest are read, and a cancel keeps what was listed.

All reads of the index (listing and searching) share one lock, and a refresh holds it only
while it reads the index's stored state (until its first progress report): the core's
searcher object is shared between threads and is not made for two readers at once.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, Signal

from reader_app.core.library import Skipped
from reader_app.core.paths import seeds_dir
from reader_app.core.results import (
    ArticleInfo,
    Hit,
    IndexError_,
    RefreshReport,
    SearchResponse,
)
from reader_app.ui.i18n import fill
from reader_app.ui.settings import Settings
from reader_app.ui.workers import Runner, Task

log = logging.getLogger(__name__)

if TYPE_CHECKING:  # the index and search modules (and Whoosh) load in the first worker
    from collections.abc import Callable

    from reader_app.core.index import ArticleIndex
    from reader_app.core.search import Searcher


class Library(QObject):
    opened = Signal()
    articles_changed = Signal(list)  # list[ArticleInfo]
    busy_changed = Signal(bool)
    progress = Signal(int, int)
    status = Signal(str)
    notice = Signal(object)  # str, or a core Message: shown through i18n.render
    skipped_changed = Signal(list)  # list[Skipped]
    refreshed = Signal(object)  # RefreshReport
    folders_changed = Signal()  # a folder added or removed
    # A part of a refresh committed: its listing, sent from the worker to the UI thread.
    _part_listed = Signal(list)

    def __init__(self, runner: Runner, settings: Settings, index_dir: Path | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.settings = settings
        self.index_dir = index_dir
        self.index: ArticleIndex | None = None
        self.searcher: Searcher | None = None
        self.skipped: list[Skipped] = []
        self.last_report: RefreshReport | None = None
        self.refresh_count = 0
        self._lock = threading.Lock()
        self._task: Task | None = None
        self._again = False
        # What the queued refresh covers: None is everything; folders when only those
        # changed (a watched folder, a rescan), merged while a refresh runs.
        self._again_scope: list[Path] | None = None
        # A first launch's refreshes still to run after the one running: the shipped
        # articles first (listed at once), then everything (None).
        self._passes: list[list[Path] | None] = []
        self._busy_shown = False
        self._closed = False
        self.article_count = 0
        # What the library does, for READER_LOG=info (benchmarks/quit_probe.py reads it).
        self.notice.connect(lambda text: log.warning("notice: %s", text))
        self.articles_changed.connect(self._count_articles)
        self._part_listed.connect(self._list_part)

    def _count_articles(self, articles: list) -> None:
        self.article_count = len(articles)

    # -- state -----------------------------------------------------------------------------
    @property
    def ready(self) -> bool:
        return self.searcher is not None

    @property
    def busy(self) -> bool:
        return self._task is not None

    def folders(self) -> list[Path]:
        """The library's folders: stored with the index (shared with ``reader-app index``)."""
        if self.index is not None:
            return self.index.folders()
        return [seeds_dir(), *self.settings.folders]

    # -- opening ---------------------------------------------------------------------------
    def start(self) -> None:
        self.status.emit(self.tr("Opening the library…"))
        legacy = list(self.settings.folders)  # kept in the settings by earlier versions
        self._set_task(self.runner.start(lambda task: self._open_job(task, legacy),
                                         lambda result: self._opened(result, legacy),
                                         self._failed, self._progress, name="open index"))

    def _open_job(self, task: Task, legacy: list[Path]) -> tuple[ArticleIndex, list[ArticleInfo]]:
        from reader_app.core.index import ArticleIndex
        from reader_app.core.search import Searcher  # noqa: F401 - loaded here, off the UI thread

        index = ArticleIndex(self.index_dir, progress=task.progress, cancelled=task.cancelled)
        if legacy:  # the folder list moves to the index, once
            if index.has_library():
                for folder in legacy:
                    index.add_folder(folder)
            else:
                index.set_folders([seeds_dir(), *legacy])
        with self._lock:
            articles = index.articles()
        return index, articles

    def _opened(self, result: tuple[ArticleIndex, list[ArticleInfo]], legacy: list[Path]) -> None:
        self.index, articles = result
        self._task = None
        if self._closed:
            self.index.close()
            return
        # Folders added while the index was opening (``reader-app FOLDER`` on a first launch)
        # wait in the settings: they move to the index now, not dropped with the legacy list.
        joined = [f for f in self.settings.folders if f not in legacy]
        if (legacy or joined) and not self.index.in_memory:
            for folder in joined:
                try:
                    self.index.add_folder(folder)
                except IndexError_ as exc:
                    self.notice.emit(exc.message)
                    break
            else:
                self.settings.folders = []
        from reader_app.core.search import Searcher

        self.searcher = searcher = Searcher(self.index)
        # The vocabulary's tables, built now off the UI thread rather than by the first query.
        self.runner.start(lambda task: searcher.warm(task.cancelled), name="warm search")
        log.info("library opened: %d articles", len(articles))
        self.articles_changed.emit(articles)
        self.opened.emit()
        if self.index.notice:
            self.notice.emit(self.index.notice)
        if not articles and len(self.folders()) > 1:
            # A first launch with more folders: the shipped articles show at once, then the
            # rest (the core lists them a committed part at a time).
            self._passes = [None]
            self.refresh([seeds_dir()])
        else:
            self.refresh()

    # -- refreshing ------------------------------------------------------------------------
    def refresh(self, folders: list[Path] | None = None) -> None:
        """Bring the index in step with the library (only the articles below ``folders`` when
        given); a call while one runs queues another."""
        if self._closed:
            return
        folders = list(folders) if folders else None  # (a QAction's triggered passes False)
        if self.index is None or self._task is not None:
            if self.index is not None:
                self._queue(folders)
            return
        self._again, self._again_scope = False, None
        self.status.emit(self.tr("Checking the library for new and changed articles…"))
        self._set_task(self.runner.start(lambda task: self._refresh_job(task, folders),
                                         self._refreshed, self._failed, self._progress,
                                         name="refresh index"))

    def _queue(self, folders: list[Path] | None) -> None:
        """Another refresh after this one: of everything when either asks for everything,
        else of both sets of folders."""
        if not self._again:
            self._again, self._again_scope = True, folders
        elif self._again_scope is not None:
            self._again_scope = None if folders is None else [*self._again_scope, *folders]

    def rescan(self, folder: Path) -> None:
        """Read one folder again (its new, changed and removed files) in the background."""
        self.refresh([folder])

    def _refresh_job(self, task: Task, folders: list[Path] | None
                     ) -> tuple[RefreshReport, list[ArticleInfo] | None]:
        assert self.index is not None
        held = self._lock.acquire()

        def progress(done: int, total: int) -> None:
            nonlocal held
            if held:  # the stored state has been read: searches may run again
                self._lock.release()
                held = False
            task.progress(done, total)

        def committed(_report: RefreshReport) -> None:
            """A part is written: list it now (in this worker; the list is shown by the
            UI thread)."""
            assert self.index is not None
            with self._lock:
                articles = self.index.articles()
            self._part_listed.emit(articles)

        try:
            report = self.index.refresh(progress=progress, cancelled=task.cancelled,
                                        scope=folders, committed=committed)
        finally:
            if held:
                self._lock.release()
        if not report.changed and (report.cancelled or self.refresh_count):
            return report, None
        searcher = self.searcher
        if searcher is not None:
            # The new vocabulary's tables, off the UI thread and outside the lock: searches
            # go on meanwhile (a table is only read once built).
            searcher.warm(task.cancelled)
        with self._lock:
            return report, self.index.articles()

    def _list_part(self, articles: list[ArticleInfo]) -> None:
        if not self._closed:
            log.info("part listed: %d articles", len(articles))
            self.articles_changed.emit(articles)

    def _progress(self, done: int, total: int) -> None:
        if total and (done % 500 == 0 or done == total):
            log.info("indexing progress %d/%d", done, total)
        if total:
            number = QLocale().toString
            self.status.emit(fill(self.tr("Indexing articles: %1 of %2…"), number(done),
                                  number(total)))
        self.progress.emit(done, total)

    def _refreshed(self, result: tuple[RefreshReport, list[ArticleInfo] | None]) -> None:
        report, articles = result
        self._task = None
        chained = bool(self._passes) and not report.cancelled and not self._closed
        if not chained:
            self._show_busy(False)
        self.refresh_count += 1
        self.last_report = report
        if articles is not None:
            self.articles_changed.emit(articles)
        self.skipped = list(report.skipped)
        self.skipped_changed.emit(self.skipped)
        if report.cancelled and report.changed:
            self.status.emit(self.tr("Indexing was cancelled; the articles listed so far are "
                                     "kept, and the next refresh reads the rest."))
        elif report.cancelled:
            self.status.emit(self.tr("Indexing was cancelled; the library is as it was before."))
        elif report.changed:
            number = QLocale().toString
            self.status.emit(fill(self.tr("Library updated: %1 added, %2 changed, %3 removed."),
                                  number(report.added), number(report.updated),
                                  number(report.removed)))
        else:
            self.status.emit(self.tr("The library is up to date."))
        self.refreshed.emit(report)
        if chained:  # (a refresh asked for meanwhile is part of the next, of everything)
            self.refresh(self._passes.pop(0))
        elif self._again:
            self._passes = []
            self.refresh(self._again_scope)
        else:
            log.info("library idle: %d articles", self.article_count)

    def _failed(self, message: str) -> None:  # a core Message when the core raised it
        self._task = None
        self._passes = []
        self._show_busy(False)
        self.notice.emit(message)
        self.status.emit(self.tr("The library could not be updated."))

    def _set_task(self, task: Task) -> None:
        if not task.done:
            self._task = task
            self._show_busy(True)

    def _show_busy(self, busy: bool) -> None:
        """Said once for a first index's parts together (the bar does not flicker)."""
        if busy != self._busy_shown:
            self._busy_shown = busy
            self.busy_changed.emit(busy)

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()
        self._again, self._again_scope = False, None
        self._passes = []

    # -- folders ---------------------------------------------------------------------------
    def add_folder(self, folder: Path) -> bool:
        """Add a folder to the library and index it; False when it is already there."""
        folder = folder.resolve()
        if self.index is not None:
            try:
                if not self.index.add_folder(folder):
                    return False
            except IndexError_ as exc:  # the folder list cannot be written
                self.notice.emit(exc.message)
                return False
        elif folder in [f.resolve() for f in self.folders()]:
            return False
        else:  # not open yet: moved to the index when it opens
            self.settings.folders = [*self.settings.folders, folder]
        self.folders_changed.emit()
        self.refresh([folder])  # a large folder is listed part by part as it is written
        return True

    def remove_folder(self, folder: Path) -> bool:
        """Take a folder out of the library; its articles leave the list when the
        background refresh (of that folder only) has run. The files stay on disk."""
        removed = False
        if self.index is not None:
            try:
                removed = self.index.remove_folder(folder)
            except IndexError_ as exc:
                self.notice.emit(exc.message)
                return False
        kept = [f for f in self.settings.folders if f != folder]
        removed = removed or len(kept) != len(self.settings.folders)
        self.settings.folders = kept
        if removed:
            self.folders_changed.emit()
            self.refresh([folder])
        return removed

    # -- searching (called from worker threads) --------------------------------------------
    def search(self, text: str, limit: int = 50, correct: bool = True,
               cancelled: Callable[[], bool] | None = None,
               snippets: int | None = None) -> SearchResponse:
        """``snippets``: only the first hits get theirs now; :meth:`fill_snippets` makes
        the rest."""
        if self.searcher is None:
            return SearchResponse(query=text)
        with self._lock:
            response = self.searcher.search(text, limit=limit, correct=correct,
                                            cancelled=cancelled, snippets=snippets)
        log.info("search done: %d hits", len(response.hits))
        return response

    def fill_snippets(self, response: SearchResponse, hits: list[Hit]) -> list[Hit]:
        """The snippets and ranges of ``response``'s pending ``hits`` (Searcher.fill)."""
        if self.searcher is None:
            return list(hits)
        with self._lock:
            return self.searcher.fill(response, hits)

    def stop(self) -> None:
        """Quitting: stop all work now, a refresh in the middle of its commit included (its
        writer processes are killed; the parts it committed before stay, nothing of the
        part it was writing does)."""
        self._closed = True
        self.cancel()
        if self.index is not None:
            self.index.abort()

    def close(self, threads_stopped: bool = True) -> None:
        """Stop work and close the index. When some worker could not be stopped in time,
        the index is left open: closing it under a running thread would block the quit, and
        the process ending closes its files as well."""
        self.stop()
        if self.index is not None and threads_stopped:
            with self._lock:
                self.index.close()
        self.index = None
        self.searcher = None
