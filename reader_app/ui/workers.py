"""The one way slow work runs: a QRunnable on a thread pool, with signals back to the UI.

A :class:`Task` is what the UI holds: it carries the signals (delivered in the UI thread,
because the task lives there), the cancel flag and the progress reporter the work function
receives. :class:`Runner` starts tasks, keeps them alive until their last signal arrives,
and on shutdown cancels them and waits a bounded time, so quitting never hangs behind work
that cannot stop at once.

``supersede=KEY`` makes "the latest request wins" one rule instead of a counter per caller:
starting a task cancels the running one with the same key, and the old one's answer is
never delivered; :meth:`Runner.withdraw` does the same without starting a new one.
"""

from __future__ import annotations

import logging
import threading
import traceback
import warnings
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from reader_app.core.messages import text_of
from reader_app.core.results import IndexError_

log = logging.getLogger(__name__)


class Task(QObject):
    """One piece of background work; ``fn(task)`` may call ``task.progress`` and
    ``task.cancelled``. Exactly one of ``finished`` / ``failed`` is emitted."""

    progress_changed = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)  # str; a core Message (translated where it is shown) for its errors

    def __init__(self, fn: Callable[[Task], object], name: str = "",
                 readable: tuple[type[BaseException], ...] = ()) -> None:
        super().__init__()
        self.fn = fn
        self.name = name
        self.readable = readable  # errors whose message is meant for people
        self._cancel = threading.Event()
        self._on_cancel: list[Callable[[], None]] = []
        self.done = False
        self.silenced = False  # superseded: its answer is no longer wanted

    def cancel(self) -> None:
        self._cancel.set()
        for hook in list(self._on_cancel):
            hook()

    def on_cancel(self, hook: Callable[[], None]) -> None:
        """Also call ``hook`` (from the thread that cancels) to stop work that cannot poll
        :meth:`cancelled`, e.g. a child process."""
        self._on_cancel.append(hook)
        if self.cancelled():
            hook()

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def progress(self, done: int, total: int) -> None:
        self.progress_changed.emit(done, total)

    def execute(self) -> None:
        if self.silenced:  # superseded before it started: nobody waits for its answer
            self.finished.emit(None)
            return
        try:
            result = self.fn(self)
        except Exception as exc:  # a worker must report, never crash the app
            if isinstance(exc, (IndexError_, *self.readable)):
                self.failed.emit(text_of(exc))
                return
            log.error("task %s failed:\n%s", self.name, traceback.format_exc())
            self.failed.emit(f"{type(exc).__name__}: {exc}")
        else:
            self.finished.emit(result)


def _done(_task: Task) -> None:
    """What a finished task's work is replaced with (its own closure is let go)."""


class _Runnable(QRunnable):
    def __init__(self, task: Task) -> None:
        super().__init__()
        self.task: Task | None = task

    def run(self) -> None:
        task, self.task = self.task, None  # (PySide may keep a run runnable a while)
        if task is not None:
            task.execute()


class Runner(QObject):
    """Starts tasks on a private pool (or inline when ``synchronous``, for tests)."""

    def __init__(self, max_threads: int = 2, synchronous: bool = False,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(max_threads)
        self.synchronous = synchronous
        self._tasks: set[Task] = set()
        self._latest: dict[str, Task] = {}
        self.closed = False

    def start(
        self,
        fn: Callable[[Task], object],
        on_done: Callable[[object], None] | None = None,
        on_failed: Callable[[str], None] | None = None,
        on_progress: Callable[[int, int], None] | None = None,
        name: str = "",
        readable: tuple[type[BaseException], ...] = (),
        supersede: str | None = None,
    ) -> Task:
        task = Task(fn, name, readable)
        if supersede is not None:
            self.withdraw(supersede)
            self._latest[supersede] = task
        if on_progress:
            task.progress_changed.connect(
                lambda done, total, t=task: None if t.silenced else on_progress(done, total))
        if on_done:
            task.finished.connect(lambda result, t=task: None if t.silenced else on_done(result))
        if on_failed:
            task.failed.connect(lambda message, t=task: None if t.silenced else on_failed(message))
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

    def withdraw(self, key: str) -> None:
        """Cancel the latest task started with ``supersede=key`` and drop its answer (the
        request was taken back, e.g. the search box was cleared)."""
        previous = self._latest.pop(key, None)
        if previous is not None and not previous.done:
            previous.silenced = True
            previous.cancel()

    def _forget(self, task: Task) -> None:
        """The task's last signal has been delivered: let it go. Its connections are to
        lambdas that hold the task (and whatever its work captured: a search's response
        and hits); Python's collector cannot see a cycle that passes through Qt, so every
        task of a session stayed alive: 143 KB a search, without end (issue 27)."""
        task.done = True
        self._tasks.discard(task)
        with warnings.catch_warnings():  # (PySide warns of a signal nobody listened to)
            warnings.simplefilter("ignore", RuntimeWarning)
            for signal in (task.finished, task.failed, task.progress_changed):
                signal.disconnect()
        task.fn = _done
        task.deleteLater()

    @property
    def busy(self) -> bool:
        return bool(self._tasks)

    def shutdown(self, timeout_ms: int = 1500) -> bool:
        """Cancel every task, drop those not yet started, and wait for the threads at most
        ``timeout_ms``; True when all have stopped. A False answer means some work could
        not stop in time (a C call, a file that blocks): the caller decides what to do."""
        self.closed = True
        self.pool.clear()
        for task in list(self._tasks):
            task.silenced = True
            task.cancel()
        return self.pool.waitForDone(timeout_ms)
