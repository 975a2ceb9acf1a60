"""The reader's notes in the window: highlights, notes and bookmarks of the open article, the
Notes pane's list, reading progress for the article list and the Recent menu.

All of it lives in the core's ``NotesStore`` (SQLite beside the index, never in it); this
object opens it when the library opens, asks it, and says when something changed, including
a change another window or the command line made (looked for when the window is activated).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from reader_app.core.library import Article
from reader_app.core.messages import ReaderError
from reader_app.core.notes.forms import roman_forms
from reader_app.core.notes.store import Note, NotesStore, notes_path
from reader_app.ui.library import Library
from reader_app.ui.viewer import Mark

log = logging.getLogger(__name__)

READ_AT = 0.95  # read this far, an article counts as read


class Notes(QObject):
    changed = Signal()  # notes were added, edited or removed (here or elsewhere)
    progress_changed = Signal()  # an article's reading progress or read state changed
    notice = Signal(object)  # a core Message: the notes file cannot be used

    def __init__(self, library: Library, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.store: NotesStore | None = None
        library.opened.connect(self.open)

    # -- the notes file --------------------------------------------------------------------
    def open(self) -> None:
        """Open the notes that belong with the library's index (once it is open)."""
        index = self.library.index
        if index is None or self.store is not None:
            return
        try:
            self.store = NotesStore(notes_path(index.index_dir))
        except ReaderError as exc:
            log.warning("notes cannot be opened: %s", exc)
            self.notice.emit(exc.message)
            return
        self.changed.emit()
        self.progress_changed.emit()

    def close(self) -> None:
        if self.store is not None:
            self.store.close()
            self.store = None

    @property
    def ready(self) -> bool:
        return self.store is not None

    def look_again(self) -> None:
        """Another window or the command line may have changed the notes: show theirs."""
        if self.store is not None and self._safe(self.store.changed_elsewhere, False):
            self.changed.emit()
            self.progress_changed.emit()

    def _safe(self, work: Callable[[], object], failed: object = None) -> object:
        """Run a store call; a failure (the disk full, the file gone) is said, never
        raised into the window."""
        try:
            return work()
        except ReaderError as exc:
            self.notice.emit(exc.message)
            return failed

    # -- an article's marks ----------------------------------------------------------------
    def for_article(self, article: Article) -> list[Note]:
        """The article's notes, found again in its text as it is now."""
        if self.store is None:
            return []
        store = self.store
        found = self._safe(lambda: store.for_article(article.path, article.item, article.text),
                           [])
        return found if isinstance(found, list) else []

    @staticmethod
    def marks(notes: list[Note]) -> list[Mark]:
        return [Mark(n.start, n.end, n.colour, bool(n.note)) for n in notes
                if not n.orphaned and n.end > n.start]

    def highlight(self, article: Article, start: int, end: int, colour: str,
                  note: str = "") -> Note | None:
        return self._add(article, start, end, "highlight", colour, note)

    def bookmark(self, article: Article, offset: int) -> Note | None:
        return self._add(article, offset, offset, "bookmark", "blue", "")

    def _add(self, article: Article, start: int, end: int, kind: str, colour: str,
             note: str) -> Note | None:
        if self.store is None:
            return None
        store = self.store
        published = article.published.isoformat() if article.published else None
        added = self._safe(lambda: store.add(
            article.path, article.item, article.text, start, end, note=note, colour=colour,
            kind=kind, title=article.title, source=article.source, published=published))
        if isinstance(added, Note):
            self.changed.emit()
            return added
        return None

    def edit(self, note_id: int, text: str) -> None:
        if self.store is not None:
            store = self.store
            self._safe(lambda: store.update(note_id, note=text))
            self.changed.emit()

    def remove(self, note_id: int) -> None:
        if self.store is not None:
            store = self.store
            self._safe(lambda: store.remove(note_id))
            self.changed.emit()

    # -- the Notes pane --------------------------------------------------------------------
    def find(self, query: str) -> list[Note]:
        """Every note (newest first), or those a query finds: Urdu folding, spelling
        variants and Roman Urdu as in article search."""
        if self.store is None:
            return []
        store, searcher = self.store, self.library.searcher
        everything = self._safe(store.all_notes, [])
        roman = roman_forms(part for n in (everything if isinstance(everything, list) else [])
                            for part in (n.note, n.quote, n.title))

        def forms(word: str) -> list[str]:
            """Its spelling variants and Roman readings among the articles' words, and its
            Roman readings among the notes' own."""
            try:
                found = searcher.word_forms(word) if searcher is not None else []
            except Exception:  # the index is being replaced: the word as typed is enough
                log.debug("no word forms for %r", word, exc_info=True)
                found = []
            return [*found, *roman(word)]

        found = self._safe(lambda: store.search(query, forms) if query.strip()
                           else store.all_notes(), [])
        return found if isinstance(found, list) else []

    # -- reading progress and the Recent menu ----------------------------------------------
    def reading(self, article: Article, fraction: float) -> None:
        """How far the article has been read (and that it was opened now); past
        ``READ_AT`` it counts as read."""
        if self.store is None:
            return
        store = self.store
        before = self._safe(lambda: store.progress(article.path, article.item))
        self._safe(lambda: store.set_progress(article.path, article.item, fraction))
        if fraction >= READ_AT and not self._safe(
                lambda: store.is_read(article.path, article.item), True):
            self._safe(lambda: store.mark_read(article.path, article.item, True))
        if before is None or abs(float(before) - fraction) >= 0.01:
            self.progress_changed.emit()

    def mark_read(self, article: Article, read: bool) -> None:
        if self.store is not None:
            store = self.store
            self._safe(lambda: store.mark_read(article.path, article.item, read))
            if not read:
                self._safe(lambda: store.set_progress(article.path, article.item, 0.0))
            self.progress_changed.emit()

    def is_read(self, article: Article) -> bool:
        if self.store is None:
            return False
        store = self.store
        return bool(self._safe(lambda: store.is_read(article.path, article.item), False))

    def read_states(self) -> dict[tuple[str, int | None], tuple[float, bool]]:
        if self.store is None:
            return {}
        found = self._safe(self.store.read_states, {})
        return found if isinstance(found, dict) else {}

    def recent(self, limit: int = 10) -> list[tuple[Path, int | None]]:
        if self.store is None:
            return []
        store = self.store
        found = self._safe(lambda: store.recent(limit), [])
        return [(path, item) for path, item, _when in found] if isinstance(found, list) else []
