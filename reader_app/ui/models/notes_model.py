"""The Notes pane's table: one row per highlight, note or bookmark of the library.

Each cell runs the way its own text does (a note in English beside an Urdu quote), and a
note whose article is gone is listed greyed and marked, never hidden.
"""

from __future__ import annotations

from datetime import datetime
from enum import IntEnum

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QGuiApplication, QPalette, QPixmap

from reader_app.core.notes.store import Note
from reader_app.ui import textdir
from reader_app.ui.i18n import fill
from reader_app.ui.models.article_model import format_day
from reader_app.ui.theme import LIGHT, Colors

Index = QModelIndex | QPersistentModelIndex
SHOWN = 120  # characters of a quote or note shown in a cell (all of it in the tooltip)


class NoteColumn(IntEnum):
    QUOTE = 0
    NOTE = 1
    ARTICLE = 2
    CREATED = 3


class NotesModel(QAbstractTableModel):
    """Rows of core ``Note`` records; ``NOTE_ROLE`` gives the record of a row."""

    NOTE_ROLE = Qt.ItemDataRole.UserRole + 1
    SORT_ROLE = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.notes: list[Note] = []
        self.colors: Colors = LIGHT

    def set_notes(self, notes: list[Note]) -> None:
        self.beginResetModel()
        self.notes = list(notes)
        self.endResetModel()

    def note(self, row: int) -> Note:
        return self.notes[row]

    def row_of(self, note_id: int) -> int:
        return next((i for i, note in enumerate(self.notes) if note.id == note_id), -1)

    # -- Qt's model interface --------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.notes)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(NoteColumn)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {NoteColumn.QUOTE: self.tr("Highlighted text"), NoteColumn.NOTE: self.tr("Note"),
                NoteColumn.ARTICLE: self.tr("Article"),
                NoteColumn.CREATED: self.tr("Made")}.get(NoteColumn(section))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.notes):
            return None
        note = self.notes[index.row()]
        column = NoteColumn(index.column())
        if role == self.NOTE_ROLE:
            return note
        text = self._text(note, column)
        if role == Qt.ItemDataRole.DisplayRole:
            one_line = " ".join(text.split())
            return one_line[:SHOWN] + ("…" if len(one_line) > SHOWN else "")
        if role == self.SORT_ROLE:
            return note.created if column == NoteColumn.CREATED else text
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._describe(note)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            side = textdir.side(textdir.is_rtl(text)) if text else Qt.AlignmentFlag.AlignLeading
            return int(side | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and note.orphaned:
            return QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        if role == Qt.ItemDataRole.DecorationRole and column == NoteColumn.QUOTE:
            return _swatch(self.colors.marks.get(note.colour, self.colors.hit_back))
        return None

    def _text(self, note: Note, column: NoteColumn) -> str:
        if column == NoteColumn.QUOTE:
            if note.kind == "bookmark" and not note.quote:
                return self.tr("(bookmark)")
            return note.quote
        if column == NoteColumn.NOTE:
            return note.note
        if column == NoteColumn.ARTICLE:
            title = note.title or note.path.name
            return fill(self.tr("%1 (the article is gone)"), title) if note.orphaned else title
        return _day(note.created)

    def _describe(self, note: Note) -> str:
        """The whole record, for the tooltip and for screen readers."""
        parts = [note.quote or self.tr("(bookmark)")]
        if note.note:
            parts.append(fill(self.tr("Note: %1"), note.note))
        where = str(note.path) if note.item is None else fill(self.tr("%1, item %2"),
                                                                str(note.path), note.item)
        parts.append(textdir.isolate_path(where))
        if note.orphaned:
            parts.append(self.tr("The article this note belongs to is gone or no longer "
                                 "holds the highlighted text; the note is kept."))
        return "\n".join(parts)


def _day(iso: str) -> str:
    try:
        return format_day(datetime.fromisoformat(iso))
    except ValueError:
        return iso


def _swatch(colour: QColor) -> QPixmap:
    pixmap = QPixmap(12, 12)
    pixmap.fill(colour)
    return pixmap
