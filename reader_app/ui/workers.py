"""The one way slow work runs: a QRunnable on a thread pool, with signals back to the UI.

A :class:`Task` is what the UI holds: it carries the signals (delivered in the UI thread,
because the task lives there), the cancel flag and the progress reporter the work function
receives. :class:`Runner` starts tasks, keeps them alive until their last signal arrives,
and on shutdown cancels them and waits, so no thread outlives the window.
"""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class Task(QObject):
    """One piece of background work; ``fn(task)`` may call ``task.progress`` and
    ``task.cancelled``. Exactly one of ``finished`` / ``failed`` is emitted."""

    progress_changed = Signal(int, int)
    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, fn: Callable[[Task], object], name: str = "",
                 readable: tuple[type[BaseException], ...] = ()) -> None:
        super().__init__()
        self.fn = fn
        self.name = name
        self.readable = readable  # errors whose message is meant for people
        self._cancel = threading.Event()
        self.done = False

    def cancel(self) -> None:
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def progress(self, done: int, total: int) -> None:
        self.progress_changed.emit(done, total)

    def execute(self) -> None:
        try:
            result = self.fn(self)
        except Exception as exc:  # noqa: BLE001 - a worker must report, never crash the app
            from reader_app.core.index import IndexError_

            if isinstance(exc, (IndexError_, *self.readable)):
                self.failed.emit(str(exc))
                return
            log.error("task %s failed:\n%s", self.name, traceback.format_exc())
            self.failed.emit(f"{type(exc).__name__}: {exc}")
        else:
            self.finished.emit(result)


class _Runnable(QRunnable):
    def __init__(self, task: Task) -> None:
        super().__init__()
        self.task = task

    def run(self) -> None:
        self.task.execute()


class Runner(QObject):
    """Starts tasks on a private pool (or inline when ``synchronous``, for tests)."""

    def __init__(self, max_threads: int = 2, synchronous: bool = False,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(max_threads)
        self.synchronous = synchronous
        self._tasks: set[Task] = set()
        self.closed = False

    def start(
        self,
        fn: Callable[[Task], object],
        on_done: Callable[[object], None] | None = None,
        on_failed: Callable[[str], None] | None = None,
        on_progress: Callable[[int, int], None] | None = None,
        name: str = "",
        readable: tuple[type[BaseException], ...] = (),
    ) -> Task:
        task = Task(fn, name, readable)
        if on_progress:
            task.progress_changed.connect(on_progress)
        if on_done:
            task.finished.connect(on_done)
        if on_failed:
            task.failed.connect(on_failed)
        task.finished.connect(lambda _result, t=task: self._forget(t))
        task.failed.connect(lambda _message, t=task: self._forget(t))
        if self.closed:
            task.cancel()
        self._tasks.add(task)
        if self.synchronous:
            task.execute()
        else:
            self.pool.start(_Runnable(task))
        return task

    def _forget(self, task: Task) -> None:
        task.done = True
        self._tasks.discard(task)

    @property
    def busy(self) -> bool:
        return bool(self._tasks)

    def shutdown(self, timeout_ms: int = 5000) -> bool:
        """Cancel every task and wait for the threads; True when all have stopped."""
        self.closed = True
        for task in list(self._tasks):
            task.cancel()
        return self.pool.waitForDone(timeout_ms)
