"""The library as the window sees it: the core's index opened, refreshed and searched off the
UI thread, with progress, cancellation and skipped files reported as signals.

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
    notice = Signal(str)
    skipped_changed = Signal(list)  # list[Skipped]
    refreshed = Signal(object)  # RefreshReport

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
        self._closed = False
        self.article_count = 0
        # What the library does, for READER_LOG=info (benchmarks/quit_probe.py reads it).
        self.notice.connect(lambda text: log.warning("notice: %s", text))
        self.articles_changed.connect(self._count_articles)

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
            return index, index.articles()

    def _opened(self, result: tuple[ArticleIndex, list[ArticleInfo]], legacy: list[Path]) -> None:
        self.index, articles = result
        self._task = None
        if self._closed:
            self.index.close()
            return
        if legacy and not self.index.in_memory:
            self.settings.folders = []
        from reader_app.core.search import Searcher

        self.searcher = Searcher(self.index)
        log.info("library opened: %d articles", len(articles))
        self.articles_changed.emit(articles)
        self.opened.emit()
        if self.index.notice:
            self.notice.emit(self.index.notice)
        if not articles and len(self.folders()) > 1:
            # A first launch with big folders: the shipped articles show at once, the rest
            # follow in a second pass.
            self.refresh([seeds_dir()])
            self._again = True
        else:
            self.refresh()

    # -- refreshing ------------------------------------------------------------------------
    def refresh(self, folders: list[Path] | None = None) -> None:
        """Bring the index in step with the library (only the articles below ``folders`` when
        given); a call while one runs queues another."""
        if self._closed:
            return
        if self.index is None or self._task is not None:
            self._again = self.index is not None
            return
        self._again = False
        self.status.emit(self.tr("Checking the library for new and changed articles…"))
        folders = folders or None  # (a QAction's triggered passes False)
        self._set_task(self.runner.start(lambda task: self._refresh_job(task, folders),
                                         self._refreshed, self._failed, self._progress,
                                         name="refresh index"))

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

        try:
            report = self.index.refresh(progress=progress, cancelled=task.cancelled,
                                        scope=folders)
        finally:
            if held:
                self._lock.release()
        if report.cancelled or (not report.changed and self.refresh_count):
            return report, None
        with self._lock:
            if self.searcher is not None:
                self.searcher.warm()  # the new vocabulary, off the UI thread
            return report, self.index.articles()

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
        self.busy_changed.emit(False)
        self.refresh_count += 1
        self.last_report = report
        if articles is not None:
            self.articles_changed.emit(articles)
        self.skipped = list(report.skipped)
        self.skipped_changed.emit(self.skipped)
        if report.cancelled:
            self.status.emit(self.tr("Indexing was cancelled; the library is as it was before."))
        elif report.changed:
            number = QLocale().toString
            self.status.emit(fill(self.tr("Library updated: %1 added, %2 changed, %3 removed."),
                                  number(report.added), number(report.updated),
                                  number(report.removed)))
        else:
            self.status.emit(self.tr("The library is up to date."))
        self.refreshed.emit(report)
        if self._again:
            self.refresh()
        else:
            log.info("library idle: %d articles", self.article_count)

    def _failed(self, message: str) -> None:
        self._task = None
        self.busy_changed.emit(False)
        self.notice.emit(message)
        self.status.emit(self.tr("The library could not be updated."))

    def _set_task(self, task: Task) -> None:
        if not task.done:
            self._task = task
            self.busy_changed.emit(True)

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()
        self._again = False

    # -- folders ---------------------------------------------------------------------------
    def add_folder(self, folder: Path) -> bool:
        """Add a folder to the library and index it; False when it is already there."""
        folder = folder.resolve()
        if self.index is not None:
            try:
                if not self.index.add_folder(folder):
                    return False
            except IndexError_ as exc:  # the folder list cannot be written
                self.notice.emit(str(exc))
                return False
        elif folder in [f.resolve() for f in self.folders()]:
            return False
        else:  # not open yet: moved to the index when it opens
            self.settings.folders = [*self.settings.folders, folder]
        self.refresh()
        return True

    def remove_folder(self, folder: Path) -> None:
        if self.index is not None:
            try:
                self.index.remove_folder(folder)
            except IndexError_ as exc:
                self.notice.emit(str(exc))
                return
        self.settings.folders = [f for f in self.settings.folders if f != folder]
        self.refresh()

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
        writer processes are killed and nothing of it is committed)."""
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
