"""What makes the window a reader: highlights, notes and bookmarks of the open article, the
Notes pane, Back and Forward, the Recent menu, and reading progress.

The main window opens articles and shows them; this object is told when one is shown and
when it is left, and asks the window to open another (a note's, a bookmark's, one from
history). Everything it keeps is in the notes store (``ui/notes.py``), never in the index.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QDockWidget, QFileDialog, QMessageBox

from reader_app.core.library import Article
from reader_app.core.messages import ReaderError
from reader_app.core.notes.store import Note
from reader_app.ui import textdir
from reader_app.ui.history import History, Place
from reader_app.ui.i18n import fill, render
from reader_app.ui.note_dialog import NoteDialog
from reader_app.ui.notes import Notes
from reader_app.ui.notes_pane import NotesPane

if TYPE_CHECKING:
    from reader_app.ui.main_window import MainWindow

PROGRESS_SAVE_MS = 1000  # reading progress is saved this long after the reader stops
EXPORT_FORMATS = {".md": "markdown", ".json": "json", ".pdf": "pdf"}


@dataclass(frozen=True)
class _Jump:
    """Where to go once the article being opened is shown."""

    path: Path
    item: int | None
    start: int = -1  # a note's place (offsets into the text), or -1
    end: int = -1
    position: int = -1  # a document position (from history), or -1


class ReaderTools(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.notes = Notes(window.library, self)
        self.history = History()
        self._jump: _Jump | None = None
        self._shown: list[Note] = []  # the open article's notes, as found in its text
        self.pane = NotesPane(window)
        self.dock = QDockWidget(window)
        self.dock.setObjectName("notesDock")
        self.dock.setWidget(self.pane)
        self.dock.setAllowedAreas(Qt.DockWidgetArea.LeftDockWidgetArea
                                  | Qt.DockWidgetArea.RightDockWidgetArea)
        window.addDockWidget(self._side(), self.dock)
        self.dock.hide()
        self._progress_timer = QTimer(self)
        self._progress_timer.setSingleShot(True)
        self._progress_timer.setInterval(PROGRESS_SAVE_MS)
        self._progress_timer.timeout.connect(self.save_progress)
        self._connect()
        self.retranslate()

    def _connect(self) -> None:
        a, viewer = self.window.acts, self.window.viewer
        a.highlight.triggered.connect(lambda: self.highlight(self.window.settings.highlight))
        a.colours.triggered.connect(lambda act: self.highlight(act.data()))
        a.add_note.triggered.connect(self.add_note)
        a.bookmark.triggered.connect(self.bookmark)
        a.remove_mark.triggered.connect(self.remove_mark)
        a.show_notes.toggled.connect(self.show_pane)
        self.dock.visibilityChanged.connect(a.show_notes.setChecked)
        a.export_notes.triggered.connect(self.export)
        a.back.triggered.connect(lambda: self.go(-1))
        a.forward.triggered.connect(lambda: self.go(+1))
        a.toggle_read.triggered.connect(self.toggle_read)
        a.recent_menu.aboutToShow.connect(self._fill_recent)
        viewer.context_actions = [a.highlight, a.menus["highlightMenu"].menuAction(), a.add_note,
                                  a.bookmark, a.remove_mark]
        viewer.verticalScrollBar().valueChanged.connect(lambda _v: self._progress_timer.start())
        self.notes.changed.connect(self._notes_changed)
        self.notes.progress_changed.connect(self._progress_changed)
        self.notes.notice.connect(self.window.show_notice)
        self.pane.query_changed.connect(lambda _q: self._fill_pane())
        self.pane.open_requested.connect(self.open_note)
        self.pane.edit_requested.connect(self.edit_note)
        self.pane.remove_requested.connect(self.remove_note)
        self.pane.export_requested.connect(self.export)
        search = self.window.search_pane
        search.count_notes = self.notes_matching
        search.notes_requested.connect(self.show_notes_for)
        self._enable()

    def retranslate(self) -> None:
        self.dock.setWindowTitle(self.tr("Notes"))
        self.dock.setAccessibleName(self.tr("Notes and highlights"))
        side = self._side()
        if self.window.dockWidgetArea(self.dock) != side:  # the interface changed direction
            shown = self.dock.isVisible()
            self.window.removeDockWidget(self.dock)
            self.window.addDockWidget(side, self.dock)
            self.dock.setVisible(shown)

    def _side(self) -> Qt.DockWidgetArea:
        """Beside the search and the list (on the right in the Urdu interface), so the
        article keeps its place at the window's other side."""
        return Qt.DockWidgetArea.RightDockWidgetArea if self.window.isRightToLeft() \
            else Qt.DockWidgetArea.LeftDockWidgetArea

    def theme_changed(self) -> None:
        self.pane.model.colors = self.window.theme.colors
        self.pane.table.viewport().update()

    # -- the open article ------------------------------------------------------------------
    def article_shown(self, article: Article) -> bool:
        """The window shows ``article``: mark its highlights, go where a note, bookmark or
        Back asked to, and count it in history. True when this placed the view (the window
        then leaves the reading position alone)."""
        jump, self._jump = self._jump, None
        self._show_marks(article)
        placed = False
        if jump is not None and (jump.path, jump.item) == (article.path, article.item):
            if jump.start >= 0:
                self.window.viewer.show_range(jump.start, jump.end)
                placed = True
            elif jump.position >= 0:
                self.window.viewer.scroll_to(jump.position)
                placed = True
        if jump is None or jump.position < 0:  # (Back and Forward move in history)
            self.history.visit(Place(article.path, article.item,
                                     self.window.viewer.reading_position()))
        self._enable()
        self._progress_timer.start()
        return placed

    def leaving(self) -> None:
        """The reader leaves the open article (another one, or quitting): remember where
        they were in it, for Back and for the list's progress. (Going back or forward has
        remembered it already, and moved in history: the place now current is not the
        open article's.)"""
        if self.window.article is not None:
            if self._jump is None or self._jump.position < 0:
                self.history.remember(self.window.viewer.reading_position())
            self.save_progress()

    def save_progress(self) -> None:
        article = self.window.article
        if article is not None and self.window.isVisible():
            self.notes.reading(article, self.window.viewer.read_fraction())

    def _show_marks(self, article: Article) -> None:
        self._shown = self.notes.for_article(article)
        self.window.viewer.set_marks(self.notes.marks(self._shown))

    # -- highlights, notes and bookmarks ---------------------------------------------------
    def _selection(self) -> tuple[Article, int, int] | None:
        article, chosen = self.window.article, self.window.viewer.selected_range()
        if article is None or chosen is None or chosen[1] <= chosen[0]:
            self.window.statusBar().showMessage(
                self.tr("Select some of the article's text first (with the mouse, or "
                        "Shift and the arrow keys)."), 6000)
            return None
        return article, chosen[0], chosen[1]

    def highlight(self, colour: str, note: str = "") -> Note | None:
        chosen = self._selection()
        if chosen is None:
            return None
        article, start, end = chosen
        self.window.settings.highlight = colour
        self.window.acts.check(self.window.acts.colours, colour)
        return self.notes.highlight(article, start, end, colour, note)

    def add_note(self) -> None:
        """A note beside the selection (highlighted in the last colour), or the note of
        the highlight the caret is in, to edit."""
        existing = self._mark_at_caret()
        if existing is not None and self.window.viewer.selected_range() is None:
            self.edit_note(existing)
            return
        chosen = self._selection()
        if chosen is None:
            return
        article, start, end = chosen
        dialog = NoteDialog(article.text[start:end], parent=self.window)
        dialog.accepted.connect(lambda: self.notes.highlight(
            article, start, end, self.window.settings.highlight, dialog.text()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def edit_note(self, note: Note) -> None:
        dialog = NoteDialog(note.quote, note.note, parent=self.window)
        dialog.accepted.connect(lambda: self.notes.edit(note.id, dialog.text()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def bookmark(self) -> None:
        article = self.window.article
        if article is None:
            self.window.statusBar().showMessage(self.tr("Open an article first."), 5000)
            return
        if self.notes.bookmark(article, self.window.viewer.caret_offset()) is not None:
            self.window.statusBar().showMessage(self.tr("Bookmarked."), 3000)

    def _mark_at_caret(self) -> Note | None:
        if self.window.article is None:
            return None
        chosen = self.window.viewer.selected_range()
        offset = chosen[0] if chosen else self.window.viewer.caret_offset()
        return next((n for n in self._shown if not n.orphaned
                     and n.start <= offset <= max(n.end, n.start)), None)

    def remove_mark(self) -> None:
        note = self._mark_at_caret()
        if note is None:
            self.window.statusBar().showMessage(
                self.tr("Put the caret in a highlight (or on a bookmarked place) first."),
                5000)
            return
        self.notes.remove(note.id)

    def remove_note(self, note: Note) -> None:
        answer = QMessageBox.question(
            self.window, self.tr("Remove Note"),
            fill(self.tr("Remove this highlight and its note?\n\n%1"),
                 " ".join((note.quote or note.note).split())[:200]))
        if answer == QMessageBox.StandardButton.Yes:
            self.notes.remove(note.id)

    def open_note(self, note: Note) -> None:
        self._open(_Jump(note.path, note.item, note.start, note.end))

    def _open(self, jump: _Jump) -> None:
        """Open the article the jump is in (or, when it is open, go there now)."""
        article = self.window.article
        if article is not None and (article.path, article.item) == (jump.path, jump.item):
            self._jump = jump
            self.article_shown(article)
            return
        self._jump = jump
        self.window.open_path(jump.path, item=jump.item)

    # -- history and recent ----------------------------------------------------------------
    def go(self, step: int) -> None:
        """Back (-1) or Forward (+1): to the article before or after, where the reader
        left it."""
        if self.window.article is not None:
            self.history.remember(self.window.viewer.reading_position())
        place = self.history.back() if step < 0 else self.history.forward()
        if place is not None:
            self._open(_Jump(place.path, place.item, position=place.position))

    def _fill_recent(self) -> None:
        menu = self.window.acts.recent_menu
        menu.clear()
        titles = {(str(info.path), info.item): info.title
                  for info in self.window.library_pane.model.articles()}
        recent = self.notes.recent(10)
        for path, item in recent:
            title = titles.get((str(path), item)) or path.name
            act = menu.addAction(title)
            act.triggered.connect(lambda _c=False, p=path, i=item: self.window.open_path(
                p, item=i))
        if not recent:
            none = menu.addAction(self.tr("No articles read yet"))
            none.setEnabled(False)

    # -- read and unread -------------------------------------------------------------------
    def toggle_read(self) -> None:
        article = self.window.article
        if article is None:
            return
        read = not self.notes.is_read(article)
        self.notes.mark_read(article, read)
        self.window.statusBar().showMessage(
            self.tr("Marked as read.") if read else self.tr("Marked as unread."), 3000)

    def _progress_changed(self) -> None:
        self.window.library_pane.model.set_reading(self.notes.read_states())

    # -- the Notes pane --------------------------------------------------------------------
    def show_pane(self, shown: bool) -> None:
        first = shown and not self.dock.isVisible() and self.window.settings.window_state is None
        self.dock.setVisible(shown)
        if first:  # a third of the room at most the first time; then as the reader left it
            width = min(360, self.window.width() // 3)
            self.window.resizeDocks([self.dock], [width], Qt.Orientation.Horizontal)
        if shown:
            self._fill_pane()
            self.pane.focus_search()

    def show_notes_for(self, query: str) -> None:
        """The pane, searching for ``query`` (the main search's "in your notes" link)."""
        self.pane.search_box.setText(query)
        self.show_pane(True)
        self._fill_pane()

    def _notes_changed(self) -> None:
        if self.window.article is not None:
            self._show_marks(self.window.article)
        self.window.search_pane.show_notes_line()
        if self.dock.isVisible():
            self._fill_pane()
        self._enable()

    def _fill_pane(self) -> None:
        self.pane.model.colors = self.window.theme.colors
        self.pane.set_notes(self.notes.find(self.pane.query))

    def notes_matching(self, query: str) -> int:
        """How many notes the main search's query finds (for its "in your notes" line)."""
        return len(self.notes.find(query)) if query.strip() and self.notes.ready else 0

    def _enable(self) -> None:
        a, ready = self.window.acts, self.notes.ready
        for act in (a.highlight, a.add_note, a.bookmark, a.remove_mark, a.toggle_read):
            act.setEnabled(ready and self.window.article is not None)
        a.colours.setEnabled(ready and self.window.article is not None)
        a.export_notes.setEnabled(ready)
        a.back.setEnabled(self.history.can_go_back())
        a.forward.setEnabled(self.history.can_go_forward())

    # -- export ----------------------------------------------------------------------------
    def export(self) -> None:
        if not self.notes.ready:
            return
        path, _filter = QFileDialog.getSaveFileName(
            self.window, self.tr("Export Notes"), str(Path.home() / "notes.md"),
            self.tr("Markdown (*.md);;JSON (*.json);;PDF (*.pdf)"))
        if path:
            self.export_to(Path(path))

    def export_to(self, out: Path) -> None:
        """Every note (or those the pane's search finds) to Markdown, JSON or a Nastaliq
        PDF, by the file's ending, in a worker."""
        kind = EXPORT_FORMATS.get(out.suffix.lower())
        if kind is None:
            out, kind = out.with_suffix(".md"), "markdown"
        notes = self.notes.find(self.pane.query if self.dock.isVisible() else "")
        font = self.window.settings.font
        self.window.runner.start(lambda _task: _write_notes(notes, out, kind, font),
                                 lambda _none: self.window.statusBar().showMessage(
                                     fill(self.tr("Saved %1"), textdir.isolate_path(out)),
                                     10000),
                                 lambda message: QMessageBox.warning(
                                     self.window, self.tr("Export Notes"), render(message)),
                                 name="export notes", readable=(OSError, ReaderError))


def _write_notes(notes: list[Note], out: Path, kind: str, font: str) -> None:
    """In the interface's language, replacing ``out`` (the file dialog asked first), and
    atomically: a failure leaves the old file as it was."""
    from reader_app.core.export.atomic import write_atomically
    from reader_app.core.notes import export

    if kind == "pdf":
        export.to_pdf(notes, out, font, render=render, overwrite=True)
        return
    text = export.to_markdown(notes, render=render) if kind == "markdown" \
        else export.to_json(notes)
    write_atomically(out, lambda fh: fh.write(text.encode("utf-8")), overwrite=True)
