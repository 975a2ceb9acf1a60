"""The library as the window sees it: the core's index opened, refreshed and searched off the
UI thread, with progress, cancellation and skipped files reported as signals.

All reads of the index (listing and searching) share one lock, and a refresh holds it only
while it reads the index's stored state (until its first progress report): the core's
searcher object is shared between threads and is not made for two readers at once.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from reader_app.core.library import Skipped
from reader_app.core.paths import seeds_dir
from reader_app.ui.settings import Settings
from reader_app.ui.workers import Runner, Task

if TYPE_CHECKING:  # the index and search modules (and Whoosh) load in the first worker
    from collections.abc import Callable

    from reader_app.core.index import ArticleIndex, ArticleInfo, RefreshReport
    from reader_app.core.search import Searcher, SearchResponse


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

    # -- state -----------------------------------------------------------------------------
    @property
    def ready(self) -> bool:
        return self.searcher is not None

    @property
    def busy(self) -> bool:
        return self._task is not None

    def folders(self) -> list[Path]:
        return [seeds_dir(), *self.settings.folders]

    # -- opening ---------------------------------------------------------------------------
    def start(self) -> None:
        self.status.emit(self.tr("Opening the library…"))
        self._set_task(self.runner.start(self._open_job, self._opened, self._failed,
                                         name="open index"))

    def _open_job(self, _task: Task) -> tuple[ArticleIndex, list[ArticleInfo]]:
        from reader_app.core.index import ArticleIndex
        from reader_app.core.search import Searcher  # noqa: F401 - loaded here, off the UI thread

        index = ArticleIndex(self.index_dir)
        with self._lock:
            return index, index.articles()

    def _opened(self, result: tuple[ArticleIndex, list[ArticleInfo]]) -> None:
        self.index, articles = result
        self._task = None
        if self._closed:
            self.index.close()
            return
        from reader_app.core.search import Searcher

        self.searcher = Searcher(self.index)
        self.articles_changed.emit(articles)
        self.opened.emit()
        if self.index.notice:
            self.notice.emit(self.index.notice)
        if not articles and self.settings.folders:
            # A first launch with big folders: the shipped articles show at once, the rest
            # follow in a second pass.
            self.refresh([seeds_dir()])
            self._again = True
        else:
            self.refresh()

    # -- refreshing ------------------------------------------------------------------------
    def refresh(self, folders: list[Path] | None = None) -> None:
        """Bring the index in step with the folders (all of the library's unless given); a
        call while one runs queues another."""
        if self._closed:
            return
        if self.index is None or self._task is not None:
            self._again = self.index is not None
            return
        self._again = False
        self.status.emit(self.tr("Checking the library for new and changed articles…"))
        folders = folders or self.folders()
        self._set_task(self.runner.start(lambda task: self._refresh_job(task, folders),
                                         self._refreshed, self._failed, self._progress,
                                         name="refresh index"))

    def _refresh_job(self, task: Task, folders: list[Path]
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
            report = self.index.refresh(folders, progress=progress,
                                        cancelled=task.cancelled)
        finally:
            if held:
                self._lock.release()
        if report.cancelled or (not report.changed and self.refresh_count):
            return report, None
        with self._lock:
            return report, self.index.articles()

    def _progress(self, done: int, total: int) -> None:
        if total:
            self.status.emit(self.tr("Indexing articles: %1 of %2…")
                             .replace("%1", str(done)).replace("%2", str(total)))
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
            self.status.emit(self.tr("Library updated: %1 added, %2 changed, %3 removed.")
                             .replace("%1", str(report.added)).replace("%2", str(report.updated))
                             .replace("%3", str(report.removed)))
        else:
            self.status.emit(self.tr("The library is up to date."))
        self.refreshed.emit(report)
        if self._again:
            self.refresh()

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
        if folder in [f.resolve() for f in self.folders()]:
            return False
        self.settings.folders = [*self.settings.folders, folder]
        self.refresh()
        return True

    def remove_folder(self, folder: Path) -> None:
        self.settings.folders = [f for f in self.settings.folders if f != folder]
        self.refresh()

    # -- searching (called from worker threads) --------------------------------------------
    def search(self, text: str, limit: int = 50,
               cancelled: Callable[[], bool] | None = None) -> SearchResponse:
        from reader_app.core.search import SearchResponse

        if self.searcher is None:
            return SearchResponse(query=text)
        with self._lock:
            return self.searcher.search(text, limit=limit, cancelled=cancelled)

    def close(self) -> None:
        """Stop work and close the index (after the runner's threads have stopped)."""
        self._closed = True
        self.cancel()
        if self.index is not None:
            with self._lock:
                self.index.close()
            self.index = None
            self.searcher = None
