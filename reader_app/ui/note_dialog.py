"""Writing a note beside a highlight: a small dialog whose text runs the way the note's own
letters do, paragraph by paragraph (an English line under an Urdu one)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QTextBlockFormat, QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from reader_app.ui import textdir


class NoteDialog(QDialog):
    """Shows the quote, takes the note; ``text()`` is what was written."""

    def __init__(self, quote: str, note: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noteDialog")
        self.setWindowTitle(self.tr("Note"))
        self.quote = QLabel(self)
        self.quote.setObjectName("noteQuote")
        self.quote.setTextFormat(Qt.TextFormat.PlainText)  # article text is never markup
        self.quote.setWordWrap(True)
        shown = " ".join(quote.split())
        self.quote.setText(shown[:300] + ("…" if len(shown) > 300 else ""))
        self.quote.setAlignment(textdir.side(textdir.is_rtl(shown)))
        self.editor = QPlainTextEdit(self)
        self.editor.setObjectName("noteText")
        self.editor.setAccessibleName(self.tr("Note"))
        self.editor.setTabChangesFocus(True)  # Tab leaves the box for the buttons
        self.editor.setPlainText(note)
        self.editor.textChanged.connect(self._follow_direction)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.editor.installEventFilter(self)  # Ctrl+Enter saves; Enter starts a new line
        hint = QLabel(self.tr("The note is saved with the highlight (Ctrl+Enter)."), self)
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.quote)
        layout.addWidget(self.editor, 1)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)
        self.resize(480, 300)
        self._follow_direction()
        self.editor.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.editor and event.type() == QEvent.Type.KeyPress \
                and isinstance(event, QKeyEvent) \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.accept()
            return True
        return super().eventFilter(watched, event)

    def text(self) -> str:
        return self.editor.toPlainText().strip()

    def _follow_direction(self) -> None:
        """Each paragraph of the note right to left or left to right by most of its
        letters (Qt's own rule, the first letter, puts "BBC نے کہا" the wrong way)."""
        document = self.editor.document()
        block = document.begin()
        cursor = QTextCursor(document)
        blocked = document.blockSignals(True)
        try:
            while block.isValid():
                way, side = textdir.block_format_direction(block.text(),
                                                           self.isRightToLeft())
                fmt = block.blockFormat()
                if fmt.layoutDirection() != way:
                    fmt = QTextBlockFormat(fmt)
                    fmt.setLayoutDirection(way)
                    fmt.setAlignment(side)
                    cursor.setPosition(block.position())
                    cursor.setBlockFormat(fmt)
                block = block.next()
        finally:
            document.blockSignals(blocked)
