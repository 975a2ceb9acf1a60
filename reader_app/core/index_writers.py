"""The index's writers, made abortable: a refresh stopped at quit (or by a killed parent)
never makes a half-written commit visible and leaves no worker process behind.

``AbortableWriter`` writes in this process; ``ParallelWriter`` spreads a large build over
worker processes (Whoosh's indexing is CPU-bound Python, and a thread would hold the GIL
the window needs), each a ``SubWriter`` that dies with its parent.
"""

from __future__ import annotations

import pickle
import queue
import signal
import sys
from typing import Any

from whoosh.index import Index
from whoosh.multiproc import MpWriter, SubWriterTask
from whoosh.util import random_name
from whoosh.writing import SegmentWriter

from reader_app.core.index_errors import WriteAborted
from reader_app.core.writer import TermArrayWriter, TermBuffer


class AbortableWriter(TermArrayWriter):
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


class SubWriter(SubWriterTask):
    """Whoosh's sub-writer process, made to die with its parent (``kill -9`` included)."""

    def run(self) -> None:
        die_with_parent()
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


class ParallelWriter(MpWriter, TermArrayWriter):
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
        task = SubWriter(self.storage, self.indexname, self.jobqueue, self.resultqueue,
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


def die_with_parent() -> None:
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def cancel_quietly(writer: SegmentWriter) -> None:
    try:
        writer.cancel()
    except Exception:  # best effort while another error propagates
        pass
