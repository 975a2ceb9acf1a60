"""Watching the library's folders, so that new or changed articles appear without a restart.

Qt's QFileSystemWatcher (inotify on Linux, FSEvents/kqueue on macOS, ReadDirectoryChangesW on
Windows) is enough here and adds no dependency: every library folder and its subfolders are
watched (a folder watch reports files added, removed and renamed, which is how editors and
downloads save), and so are the article files themselves up to ``FILE_LIMIT`` (a folder
watch does not report a file rewritten in place, as a growing CSV or feed file is).

A library with more article files than that cannot have each one watched: then, whenever the
window becomes active again (the person comes back from the editor or the download) and at
most every ``RECHECK_S``, the whole library is refreshed, which only compares each file's
time and size with the index, so a file rewritten in place beyond the limit is found too.

Changes come in bursts (a download, an unpacked archive): they are gathered for
``delay_ms`` after the last one (at most ``MAX_DELAY_MS`` after the first), then one
background refresh runs, scoped to the folders that changed. Listing the folders to watch
runs in a worker; the UI thread only hands the paths to the watcher.
"""

from __future__ import annotations

import functools
import logging
import os
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QFileSystemWatcher, QObject, Qt, QTimer, Signal

from reader_app.ui.workers import Runner, Task

log = logging.getLogger(__name__)

DELAY_MS = 1500
MAX_DELAY_MS = 6000
DIR_LIMIT = 4000  # folders watched at most (each costs the system a watch)
FILE_LIMIT = 2000  # article files watched for changes in place
RECHECK_S = 60.0  # at most this often, a library too big to watch file by file is re-read


@functools.cache
def article_suffixes() -> frozenset[str]:
    """The suffixes the core reads (asked in the worker: the formats load their parsers)."""
    try:
        from reader_app.core.formats.readers import SUFFIXES
    except ImportError:  # pragma: no cover - a core without the formats
        SUFFIXES = ()
    return frozenset((".txt", *SUFFIXES))


def _entries(folder: str, suffixes: frozenset[str]) -> tuple[list[str], list[str]]:
    """(subfolders, article files) directly in ``folder``, by name, hidden ones left out;
    an entry (or the folder) that cannot be read is passed over."""
    subs: list[str] = []
    files: list[str] = []
    try:
        with os.scandir(folder) as entries:
            for entry in sorted(entries, key=lambda e: e.name):
                if entry.name.startswith("."):
                    continue
                try:
                    if entry.is_dir(follow_symlinks=False):
                        subs.append(entry.path)
                    elif (os.path.splitext(entry.name)[1].lower() in suffixes
                          and entry.is_file()):
                        files.append(entry.path)
                except OSError:
                    continue
    except OSError:
        pass
    return subs, files


def list_watchable(roots: Iterable[Path], cancelled: Callable[[], bool] = lambda: False,
                   dir_limit: int = DIR_LIMIT, file_limit: int = FILE_LIMIT
                   ) -> tuple[list[str], list[str]]:
    """(folders, article files) below ``roots``, breadth first, within the limits: when a
    library is too large to watch whole, its upper folders are watched (a change below
    them is then found by the next rescan)."""
    suffixes = article_suffixes()
    dirs: list[str] = []
    files: list[str] = []
    queue = [os.path.abspath(r) for r in roots if os.path.isdir(r)]
    seen: set[str] = set()
    while queue and len(dirs) < dir_limit:
        if cancelled():
            break
        folder = queue.pop(0)
        real = os.path.realpath(folder)
        if real in seen:
            continue
        seen.add(real)
        dirs.append(folder)
        subs, own = _entries(folder, suffixes)
        queue.extend(subs)
        files.extend(own[:max(file_limit - len(files), 0)])
    return dirs, files


def covering(paths: Iterable[str]) -> list[str]:
    """The paths with every one inside another dropped: one refresh scope per subtree."""
    kept: list[str] = []
    for path in sorted(set(paths), key=len):
        if not any(path == top or path.startswith(top.rstrip(os.sep) + os.sep) for top in kept):
            kept.append(path)
    return sorted(kept)


class FolderWatcher(QObject):
    """Emits ``changed(folders)`` (a debounced list of changed folders, outermost only)."""

    changed = Signal(list)  # list[Path]

    def __init__(self, runner: Runner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.delay_ms = DELAY_MS
        self.watcher = QFileSystemWatcher(self)
        self.watcher.directoryChanged.connect(self._dir_changed)
        self.watcher.fileChanged.connect(self._file_changed)
        self._roots: list[str] = []
        self._pending: set[str] = set()
        self._rewalk: set[str] = set()
        self._first_change = 0.0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._flush)
        self._stopped = False
        self._generation = 0
        self.partial = False  # more article files than were watched one by one
        self._rechecked = time.monotonic()
        app = QCoreApplication.instance()
        if app is not None and hasattr(app, "applicationStateChanged"):
            app.applicationStateChanged.connect(self._state_changed)

    @property
    def roots(self) -> list[str]:
        return list(self._roots)

    def watched(self) -> list[str]:
        return [*self.watcher.directories(), *self.watcher.files()]

    def set_roots(self, folders: Iterable[Path]) -> None:
        """Watch exactly these library folders (and what is below them)."""
        if self._stopped:
            return
        roots = sorted({os.path.abspath(f) for f in folders})
        if roots == self._roots:
            return
        self._roots = roots
        self._generation += 1
        self.partial = False
        old = self.watched()
        if old:
            self.watcher.removePaths(old)
        self._watch_below(roots)

    def _watch_below(self, folders: list[str]) -> None:
        """List the folders and files below ``folders`` in a worker, then watch them."""
        generation = self._generation
        room_dirs = DIR_LIMIT - len(self.watcher.directories())
        room_files = FILE_LIMIT - len(self.watcher.files())
        if room_dirs <= 0:
            return

        room_files = max(room_files, 0)

        def job(task: Task) -> tuple[list[str], list[str]]:
            return list_watchable([Path(f) for f in folders], task.cancelled, room_dirs,
                                  room_files)

        def done(found: tuple[list[str], list[str]]) -> None:
            self._add(generation, found, at_limit=len(found[0]) >= room_dirs
                      or len(found[1]) >= room_files)

        self.runner.start(job, done, self._failed, name="watch folders")

    def _add(self, generation: int, found: tuple[list[str], list[str]],
             at_limit: bool = False) -> None:
        if self._stopped or generation != self._generation:
            return
        self.partial = self.partial or at_limit  # some folders or files may be unwatched
        dirs, files = found
        have = set(self.watched())
        new = [p for p in (*dirs, *files) if p not in have]
        if new:
            self.watcher.addPaths(new)
        log.info("watching %d folders and %d files", len(self.watcher.directories()),
                 len(self.watcher.files()))

    def _failed(self, message: str) -> None:
        log.warning("folders could not be listed for watching: %s", message)

    # -- changes ---------------------------------------------------------------------------
    def _state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            self.recheck()

    def recheck(self) -> bool:
        """Refresh the whole library when it is too big to watch file by file (and it was not
        rechecked in the last ``RECHECK_S``); True when a refresh was asked for."""
        if self._stopped or not self.partial or not self._roots or \
                time.monotonic() - self._rechecked < RECHECK_S:
            return False
        self._rechecked = time.monotonic()
        for root in self._roots:
            self._note(root)
        return True

    def _dir_changed(self, path: str) -> None:
        self._note(path)
        self._rewalk.add(path)  # a new subfolder in it is watched too (once the burst ends)

    def _file_changed(self, path: str) -> None:
        self._note(os.path.dirname(path))
        # A file replaced by another (saved through a rename) is no longer watched.
        if os.path.exists(path) and path not in self.watcher.files():
            self.watcher.addPath(path)

    def _note(self, folder: str) -> None:
        if self._stopped or not self._inside(folder):
            return
        if not self._pending:
            self._first_change = time.monotonic()
        self._pending.add(folder)
        waited = (time.monotonic() - self._first_change) * 1000
        self._timer.start(max(0, min(self.delay_ms, int(MAX_DELAY_MS - waited))))

    def _inside(self, path: str) -> bool:
        return any(path == r or path.startswith(r.rstrip(os.sep) + os.sep) for r in self._roots)

    def _flush(self) -> None:
        if self._stopped or not self._pending:
            return
        folders = covering(self._pending)
        self._pending.clear()
        rewalk = [f for f in covering(self._rewalk) if os.path.isdir(f)]
        self._rewalk.clear()
        if rewalk:
            self._watch_below(rewalk)
        # A folder that is gone: its parent (still in the library) holds what to remove.
        scope: list[str] = []
        for folder in folders:
            while not os.path.isdir(folder) and folder not in self._roots and \
                    os.path.dirname(folder) != folder:
                folder = os.path.dirname(folder)
            scope.append(folder)
        log.info("folders changed: %s", scope)
        self.changed.emit([Path(f) for f in covering(scope)])

    def stop(self) -> None:
        """Quitting: no more events, no more refreshes; safe to call twice."""
        self._stopped = True  # recheck() is then a no-op; Qt disconnects us when we go
        self._timer.stop()
        self._pending.clear()
        self._rewalk.clear()
        self._generation += 1
        self.watcher.blockSignals(True)
        paths = self.watched()
        if paths:
            self.watcher.removePaths(paths)
