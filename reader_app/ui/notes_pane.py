"""The Notes pane: every highlight, note and bookmark of the library, to search, sort, open
(Enter), edit (F2), remove (Delete) and export; a dock the View menu shows and hides.

The pane only shows and asks: the notes come from, and go to, ``ui/notes.Notes``.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reader_app.core.notes.store import Note
from reader_app.ui.i18n import Retranslating
from reader_app.ui.keyboard import RowTable, tab_to_clear
from reader_app.ui.models.notes_model import NoteColumn, NotesModel

FILTER_DELAY_MS = 150
NARROW_NO_DATE, NARROW_NO_ARTICLE = 440, 300  # px of pane below which those columns go


class NotesPane(Retranslating, QWidget):
    open_requested = Signal(object)  # Note
    edit_requested = Signal(object)  # Note
    remove_requested = Signal(object)  # Note
    export_requested = Signal()
    query_changed = Signal(str)  # the person typed in the search box (after a pause)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notesPane")
        self.model = NotesModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(NotesModel.SORT_ROLE)
        self.search_box = QLineEdit(self)
        self.search_box.setObjectName("notesSearch")
        self.search_box.setClearButtonEnabled(True)
        self.table = RowTable(self)
        self.table.setObjectName("notesTable")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(NoteColumn.CREATED, Qt.SortOrder.DescendingOrder)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        # The quote takes what is left; the note, the article and the date a fair share.
        header.setSectionResizeMode(NoteColumn.QUOTE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(NoteColumn.CREATED, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(NoteColumn.NOTE, 110)
        header.resizeSection(NoteColumn.ARTICLE, 90)
        self.table.activated.connect(lambda index: self._ask(self.open_requested))
        self.table.installEventFilter(self)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("notesCount")
        self.count_label.setWordWrap(True)
        self.open_button = QPushButton(self)
        self.edit_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        self.export_button = QPushButton(self)
        self.open_button.clicked.connect(lambda: self._ask(self.open_requested))
        self.edit_button.clicked.connect(lambda: self._ask(self.edit_requested))
        self.remove_button.clicked.connect(lambda: self._ask(self.remove_requested))
        self.export_button.clicked.connect(self.export_requested)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._enable())
        buttons = QHBoxLayout()
        for button in (self.open_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search_box)
        layout.addWidget(self.count_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(FILTER_DELAY_MS)
        self._timer.timeout.connect(lambda: self.query_changed.emit(self.query))
        self.search_box.textChanged.connect(lambda _text: self._timer.start())
        self.setTabOrder(self.search_box, self.table)
        self.retranslate()
        self._enable()

    def retranslate(self) -> None:
        self.search_box.setPlaceholderText(self.tr("Search notes and highlights"))
        self.search_box.setAccessibleName(self.tr("Search notes"))
        tab_to_clear(self.search_box, self.tr("Clear the search"))
        self.table.setAccessibleName(self.tr("Notes"))
        self.table.horizontalHeader().setAccessibleName(self.tr("Columns (click to sort)"))
        self.table.verticalHeader().setAccessibleName(self.tr("Rows"))
        corner = self.table.findChild(QAbstractButton, "qt_tableview_cornerbutton")
        if corner is not None:
            corner.setAccessibleName(self.tr("Select all"))
        self.count_label.setAccessibleName(self.tr("Number of notes"))
        self.open_button.setText(self.tr("&Open"))
        self.edit_button.setText(self.tr("&Edit Note… (F2)"))
        self.remove_button.setText(self.tr("Re&move (Del)"))
        self.export_button.setText(self.tr("E&xport Notes…"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(NoteColumn) - 1)
        self._show_count()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """In a narrow pane the quote and the note come first: the date, then the article
        give way (sorting by them stays in the header's order)."""
        super().resizeEvent(event)
        width = self.width()
        self.table.setColumnHidden(NoteColumn.CREATED, width < NARROW_NO_DATE)
        self.table.setColumnHidden(NoteColumn.ARTICLE, width < NARROW_NO_ARTICLE)

    @property
    def query(self) -> str:
        return self.search_box.text()

    def set_notes(self, notes: list[Note]) -> None:
        """Show these notes, keeping the row the reader was on."""
        current = self.current()
        self.model.set_notes(notes)
        if current is not None:
            self.select(current.id)
        self._show_count()
        self._enable()

    def select(self, note_id: int) -> bool:
        row = self.model.row_of(note_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, NoteColumn.QUOTE))
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        return True

    def current(self) -> Note | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.note(self.proxy.mapToSource(index).row())

    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.KeyPress \
                and isinstance(event, QKeyEvent):
            signal = {Qt.Key.Key_Delete: self.remove_requested,
                      Qt.Key.Key_F2: self.edit_requested}.get(Qt.Key(event.key()))
            if signal is not None:
                self._ask(signal)
                return True
        return super().eventFilter(watched, event)

    def _ask(self, signal: Signal) -> None:
        note = self.current()
        if note is not None:
            signal.emit(note)

    def _enable(self) -> None:
        has = self.current() is not None
        for button in (self.open_button, self.edit_button, self.remove_button):
            button.setEnabled(has)
        self.export_button.setEnabled(bool(self.model.notes))

    def _show_count(self) -> None:
        count = len(self.model.notes)
        if self.query.strip():
            text = self.tr("%Ln note(s) match", "", count)
        else:
            text = self.tr("%Ln note(s) and highlight(s)", "", count)
        if not count and not self.query.strip():
            text = self.tr("Select text in an article and press Ctrl+Shift+H to highlight "
                           "it, or Ctrl+Shift+M to write a note beside it.")
        self.count_label.setText(text)
