"""Highlights, notes, bookmarks and reading state, kept in SQLite beside the index.

They are a person's own writing, so they live apart from everything the app can rebuild:
the index folder is re-created, swapped and deleted by the index code, the notes file
(``notes.sqlite3`` next to it) is never touched by it. SQLite (the standard library's) was
chosen over a JSON file because it already gives what a hand-made file would have to
re-invent: each write is one transaction, so a ``kill -9`` loses at most the write in
progress; WAL lets two windows and the command line read while one writes, and the busy
timeout (plus a retry here) makes a second writer wait instead of failing; and
``PRAGMA user_version`` with the list :data:`MIGRATIONS` upgrades an older file in place,
one transaction per step.

Highlights are anchored by quote and context (:mod:`reader_app.core.notes.anchor`) and
found again each time their article is read; a note whose article is gone is marked
orphaned, never deleted.
"""

from __future__ import annotations

import os
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

from reader_app.core.messages import QT_TRANSLATE_NOOP, Message, ReaderError
from reader_app.core.notes.anchor import Anchor, anchor, locate
from reader_app.core.text.normalize import iter_words

NOTES_FILE = "notes.sqlite3"
KINDS = ("highlight", "bookmark")
COLOURS = ("yellow", "green", "blue", "pink")
BUSY_TIMEOUT_MS = 5_000  # SQLite's own wait for another writer
RETRY_SECONDS = 30.0  # then ours, for a writer that holds the file longer (a big relocate)
NO_ITEM = -1  # the reading table's key for a file that is one article (item None)

# MIGRATIONS[n] takes a store from user_version n to n + 1, in one transaction. Never edit
# a step once released: add one.
MIGRATIONS: tuple[tuple[str, ...], ...] = (
    (  # 1: highlights and their notes
        """CREATE TABLE notes (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            path TEXT NOT NULL,
            item INTEGER,
            quote TEXT NOT NULL,
            prefix TEXT NOT NULL DEFAULT '',
            suffix TEXT NOT NULL DEFAULT '',
            start_offset INTEGER NOT NULL,
            end_offset INTEGER NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            colour TEXT NOT NULL DEFAULT 'yellow',
            title TEXT NOT NULL DEFAULT '',
            source TEXT,
            published TEXT,
            created TEXT NOT NULL,
            updated TEXT NOT NULL,
            orphaned INTEGER NOT NULL DEFAULT 0
        )""",
        "CREATE INDEX notes_article ON notes (path, item)",
    ),
    (  # 2: bookmarks beside highlights; reading progress, read state, recent articles
        "ALTER TABLE notes ADD COLUMN kind TEXT NOT NULL DEFAULT 'highlight'",
        """CREATE TABLE reading (
            path TEXT NOT NULL,
            item INTEGER NOT NULL,
            progress REAL,
            read INTEGER NOT NULL DEFAULT 0,
            opened TEXT,
            PRIMARY KEY (path, item)
        )""",
        "CREATE INDEX reading_opened ON reading (opened)",
    ),
)
SCHEMA_VERSION = len(MIGRATIONS)

_COLUMNS = ("id, path, item, kind, quote, prefix, suffix, start_offset, end_offset, note, "
            "colour, title, source, published, created, updated, orphaned")

T = TypeVar("T")
ReadText = Callable[[Path, int | None], str | None]


class NotesError(ReaderError):
    """The notes file cannot be opened or written; nothing in it was changed or deleted."""


@dataclass(frozen=True)
class Note:
    """One highlight or bookmark as stored. ``start``/``end`` are offsets into the
    article's text where the quote was last found; ``orphaned`` is True while it is not
    (the article gone, or its words no longer in it)."""

    id: int
    path: Path
    item: int | None
    kind: str  # "highlight" or "bookmark"
    quote: str
    prefix: str
    suffix: str
    start: int
    end: int
    note: str
    colour: str  # "yellow" | "green" | "blue" | "pink"
    title: str
    source: str | None
    published: str | None  # ISO date
    created: str  # ISO 8601, UTC
    updated: str
    orphaned: bool

    @property
    def anchor(self) -> Anchor:
        return Anchor(self.quote, self.prefix, self.suffix, self.start, self.end)


def notes_path(index_dir: Path) -> Path:
    """The notes file that belongs with the index in ``index_dir``: beside that folder,
    never inside it, so no re-index, rebuild or deletion of the index reaches it."""
    return Path(index_dir).parent / NOTES_FILE


def _key(path: Path | str) -> str:
    return str(Path(os.path.abspath(path)))


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def _is_busy(exc: sqlite3.Error) -> bool:
    text = str(exc).lower()
    return "locked" in text or "busy" in text


def _note(row: tuple) -> Note:
    (id_, path, item, kind, quote, prefix, suffix, start, end, note, colour, title, source,
     published, created, updated, orphaned) = row
    return Note(id_, Path(path), item, kind, quote, prefix, suffix, start, end, note, colour,
                title, source, published, created, updated, bool(orphaned))


class NotesStore:
    """The notes file, open. Safe to share between threads (calls are serialised) and to
    open from several processes at once. Every method that changes something commits
    before it returns."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._lock = threading.RLock()
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._con = sqlite3.connect(str(self.path), timeout=BUSY_TIMEOUT_MS / 1000,
                                        isolation_level=None, check_same_thread=False)
        except (OSError, sqlite3.Error) as exc:
            raise self._error(exc) from exc
        try:
            self._retry(self._configure)
            self._migrate()
        except BaseException:
            self._con.close()
            raise
        self._seen_version = self._data_version()

    # -- opening -----------------------------------------------------------------------------
    def _configure(self) -> None:
        self._con.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        mode = self._con.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(mode).lower() != "wal":  # a file system without shared memory: still safe
            self._con.execute("PRAGMA journal_mode = DELETE")
        self._con.execute("PRAGMA synchronous = FULL")

    def _migrate(self) -> None:
        version = self._read(lambda con: con.execute("PRAGMA user_version").fetchone()[0])
        if version > SCHEMA_VERSION:
            raise NotesError(Message(QT_TRANSLATE_NOOP(
                "Core", "The notes in {path} were saved by a newer version of the app; "
                "update it to read them (the file is left as it is)."), path=str(self.path)))
        for target in range(version + 1, SCHEMA_VERSION + 1):
            self._write(partial(self._step, target=target))

    @staticmethod
    def _step(con: sqlite3.Connection, *, target: int) -> None:
        # Checked again inside the transaction: another process may have just done it.
        if con.execute("PRAGMA user_version").fetchone()[0] >= target:
            return
        for statement in MIGRATIONS[target - 1]:
            con.execute(statement)
        con.execute(f"PRAGMA user_version = {target}")

    def close(self) -> None:
        with self._lock:
            self._con.close()

    def __enter__(self) -> NotesStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- transactions ------------------------------------------------------------------------
    def _error(self, exc: BaseException) -> NotesError:
        return NotesError(Message(QT_TRANSLATE_NOOP(
            "Core", "The notes in {path} cannot be read or saved ({error}); nothing in the "
            "file was deleted."), path=str(self.path), error=str(exc)))

    def _retry(self, work: Callable[[], T]) -> T:
        """``work()``, again while another process holds the file (past SQLite's own busy
        wait), for up to RETRY_SECONDS; any other failure becomes a NotesError."""
        deadline = time.monotonic() + RETRY_SECONDS
        while True:
            try:
                with self._lock:
                    return work()
            except sqlite3.OperationalError as exc:
                if not _is_busy(exc) or time.monotonic() > deadline:
                    raise self._error(exc) from exc
                time.sleep(0.05)
            except sqlite3.Error as exc:
                raise self._error(exc) from exc

    def _write(self, change: Callable[[sqlite3.Connection], T]) -> T:
        """Run ``change`` in one transaction that takes the write lock at its start (so it
        waits for another writer rather than failing half-way) and commits or rolls back."""

        def attempt() -> T:
            con = self._con
            con.execute("BEGIN IMMEDIATE")
            try:
                result = change(con)
                con.execute("COMMIT")
            except BaseException:
                if con.in_transaction:
                    con.execute("ROLLBACK")
                raise
            return result

        return self._retry(attempt)

    def _read(self, query: Callable[[sqlite3.Connection], T]) -> T:
        return self._retry(lambda: query(self._con))

    def _select(self, where: str = "", params: Iterable[Any] = (), order: str = "") -> list[Note]:
        sql = f"SELECT {_COLUMNS} FROM notes {where} {order}"
        rows = self._read(lambda con: con.execute(sql, tuple(params)).fetchall())
        return [_note(row) for row in rows]

    def _data_version(self) -> int:
        return int(self._con.execute("PRAGMA data_version").fetchone()[0])

    def changed_elsewhere(self) -> bool:
        """Whether another connection (a second window, the command line) has committed a
        change since this one last looked: the window re-reads its notes then."""
        now = self._read(lambda con: self._data_version())
        changed, self._seen_version = now != self._seen_version, now
        return changed

    # -- notes -------------------------------------------------------------------------------
    def add(self, path: Path, item: int | None, text: str, start: int, end: int, *,
            note: str = "", colour: str = "yellow", kind: str = "highlight", title: str = "",
            source: str | None = None, published: str | None = None) -> Note:
        """Save a highlight of ``text[start:end]`` (or a bookmark: a place when
        ``start == end``, the whole article when both are 0) and return it as stored."""
        if kind not in KINDS:
            raise ValueError(f"kind must be one of {KINDS}, not {kind!r}")
        if colour not in COLOURS:
            raise ValueError(f"colour must be one of {COLOURS}, not {colour!r}")
        if kind == "bookmark" and start == end == 0:
            where = Anchor("", "", "", 0, 0)
        else:
            where = anchor(text, start, end)
            if kind == "highlight" and not where.quote:
                raise ValueError("a highlight needs some text (start < end)")
        stamp = _now()

        def insert(con: sqlite3.Connection) -> int:
            cursor = con.execute(
                "INSERT INTO notes (path, item, kind, quote, prefix, suffix, start_offset, "
                "end_offset, note, colour, title, source, published, created, updated, "
                "orphaned) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                (_key(path), item, kind, where.quote, where.prefix, where.suffix, where.start,
                 where.end, note, colour, title, source, published, stamp, stamp))
            return int(cursor.lastrowid or 0)

        note_id = self._write(insert)
        return Note(note_id, Path(_key(path)), item, kind, where.quote, where.prefix,
                    where.suffix, where.start, where.end, note, colour, title, source,
                    published, stamp, stamp, False)

    def update(self, note_id: int, *, note: str | None = None,
               colour: str | None = None) -> Note | None:
        """Change a note's text or colour; None when there is no such note."""
        if colour is not None and colour not in COLOURS:
            raise ValueError(f"colour must be one of {COLOURS}, not {colour!r}")
        sets = [(name, value) for name, value in (("note", note), ("colour", colour))
                if value is not None]

        def change(con: sqlite3.Connection) -> int:
            assignments = ", ".join(f"{name} = ?" for name, _ in sets)
            return con.execute(f"UPDATE notes SET {assignments}, updated = ? WHERE id = ?",
                               (*(v for _, v in sets), _now(), note_id)).rowcount

        if sets and not self._write(change):
            return None
        return self.get(note_id)

    def remove(self, note_id: int) -> bool:
        """Delete one note (the only way a note is ever deleted); False when there is none."""
        return bool(self._write(
            lambda con: con.execute("DELETE FROM notes WHERE id = ?", (note_id,)).rowcount))

    def get(self, note_id: int) -> Note | None:
        found = self._select("WHERE id = ?", (note_id,))
        return found[0] if found else None

    def all_notes(self) -> list[Note]:
        """Every note in the library, newest first."""
        return self._select(order="ORDER BY created DESC, id DESC")

    def for_article(self, path: Path, item: int | None, text: str | None) -> list[Note]:
        """The notes of one article, in reading order, each found again in ``text`` (None:
        the article cannot be read, so they are orphaned); what moved is saved."""
        notes = self._select("WHERE path = ? AND item IS ?", (_key(path), item))
        return sorted(self._relocate(notes, text), key=lambda n: (n.start, n.end, n.id))

    def relocate_all(self, read: ReadText) -> int:
        """Find every note again in its article's text as ``read(path, item)`` gives it
        (None: gone); returns how many are orphaned."""
        groups: dict[tuple[str, int | None], list[Note]] = {}
        for found in self._select():
            groups.setdefault((str(found.path), found.item), []).append(found)
        orphaned = 0
        for (path, item), notes in groups.items():
            try:
                text = read(Path(path), item)
            except OSError:
                text = None
            orphaned += sum(n.orphaned for n in self._relocate(notes, text))
        return orphaned

    def _relocate(self, notes: list[Note], text: str | None) -> list[Note]:
        """The notes as found in ``text``, the changed ones saved in one transaction (only
        their place: a note edited meanwhile elsewhere keeps its new text)."""
        result, changed = [], []
        for old in notes:
            new = old
            place = locate(text, old.anchor) if text is not None else None
            if place is None:
                if not old.orphaned:
                    new = replace(old, orphaned=True)
            else:
                where = old.anchor if not old.quote and not old.prefix and not old.suffix \
                    else anchor(text or "", *place)
                if where != old.anchor or old.orphaned:
                    new = replace(old, quote=where.quote, prefix=where.prefix,
                                suffix=where.suffix, start=where.start, end=where.end,
                                orphaned=False)
            if new is not old:
                changed.append(new)
            result.append(new)
        if changed:
            self._write(lambda con: con.executemany(
                "UPDATE notes SET quote = ?, prefix = ?, suffix = ?, start_offset = ?, "
                "end_offset = ?, orphaned = ? WHERE id = ?",
                [(n.quote, n.prefix, n.suffix, n.start, n.end, int(n.orphaned), n.id)
                 for n in changed]))
        return result

    def search(self, query: str,
               alternatives: Callable[[str], list[str]] | None = None) -> list[Note]:
        """Notes (newest first) whose note, quote or title hold every word of ``query``,
        compared after the article search's Urdu folding (ي finds ی, ك finds ک, diacritics
        ignored). A query word matches a word that starts with it, or with one of
        ``alternatives(word)`` (the search's spelling variants and Roman Urdu readings,
        which may be several words: they must then follow each other)."""
        typed = [(query[s:e], key) for key, s, e in iter_words(query)]
        if not typed:
            return self.all_notes()
        wanted: list[set[str]] = []
        for raw, key in typed:
            forms = {key}
            for other in alternatives(raw) if alternatives else []:
                folded = " ".join(k for k, _s, _e in iter_words(other))
                if folded:
                    forms.add(folded)
            wanted.append({" " + form for form in forms})
        found = []
        for candidate in self.all_notes():
            words = " " + " ".join(
                k for part in (candidate.note, candidate.quote, candidate.title)
                for k, _s, _e in iter_words(part))
            if all(any(form in words for form in forms) for forms in wanted):
                found.append(candidate)
        return found

    # -- reading state -----------------------------------------------------------------------
    def _upsert(self, path: Path, item: int | None, **values: Any) -> None:
        """Set some of an article's reading-state columns, adding its row if it has none."""
        names = list(values)
        self._write(lambda con: con.execute(
            f"INSERT INTO reading (path, item, {', '.join(names)}) "
            f"VALUES (?, ?{', ?' * len(names)}) ON CONFLICT (path, item) DO UPDATE SET "
            + ", ".join(f"{name} = excluded.{name}" for name in names),
            (_key(path), NO_ITEM if item is None else item, *values.values())))

    def set_progress(self, path: Path, item: int | None, fraction: float) -> None:
        """Remember how far into the article the person has read (0 to 1), and that it was
        opened now (for :meth:`recent`)."""
        fraction = min(1.0, max(0.0, float(fraction)))
        self._upsert(path, item, progress=fraction, opened=_now())

    def progress(self, path: Path, item: int | None) -> float | None:
        row = self._read(lambda con: con.execute(
            "SELECT progress FROM reading WHERE path = ? AND item = ?",
            (_key(path), NO_ITEM if item is None else item)).fetchone())
        return None if row is None or row[0] is None else float(row[0])

    def mark_read(self, path: Path, item: int | None, read: bool = True) -> None:
        self._upsert(path, item, read=int(read))

    def is_read(self, path: Path, item: int | None) -> bool:
        row = self._read(lambda con: con.execute(
            "SELECT read FROM reading WHERE path = ? AND item = ?",
            (_key(path), NO_ITEM if item is None else item)).fetchone())
        return bool(row and row[0])

    def recent(self, limit: int = 10) -> list[tuple[Path, int | None, str]]:
        """The articles last opened, most recent first: (path, item, ISO time)."""
        rows = self._read(lambda con: con.execute(
            "SELECT path, item, opened FROM reading WHERE opened IS NOT NULL "
            "ORDER BY opened DESC LIMIT ?", (limit,)).fetchall())
        return [(Path(p), None if i == NO_ITEM else i, opened) for p, i, opened in rows]

    def read_states(self) -> dict[tuple[str, int | None], tuple[float, bool]]:
        """(path, item) → (progress, read) for every article with a state, in one query, for
        the article list's columns."""
        rows = self._read(lambda con: con.execute(
            "SELECT path, item, progress, read FROM reading").fetchall())
        return {(p, None if i == NO_ITEM else i): (float(f or 0.0), bool(r))
                for p, i, f, r in rows}
