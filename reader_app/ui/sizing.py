"""How the panes share a small window: a wrapped label claims the height its text needs,
and a list gives room up first (it scrolls). At 500×400 a correction line was cut to its
first line while the results list kept its room."""

from __future__ import annotations

import math

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent, QTextDocument
from PySide6.QtWidgets import QLabel, QWidget

SMALLEST_LIST = 24  # px a list keeps in a small window (its scroll bar still works)


class WrappedLabel(QLabel):
    """A word-wrapped label that claims the height its text takes at its width. Qt sizes a
    wrapped label for a guessed width, so in a pane squeezed by a splitter it was given one
    line and the rest was cut (at 500×400: "Showing results for … · Search instead for …");
    the results list below gives the room up instead."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)

    def setText(self, text: str) -> None:
        super().setText(text)
        self._claim()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._claim()

    def _claim(self) -> None:
        height = self._needed() if self.text() and self.width() > 0 else 0
        if height != self.minimumHeight():
            self.setMinimumHeight(height)

    def _needed(self) -> int:
        """The text's height at this width, measured as it is drawn. (QLabel's own
        heightForWidth answered 161 px for rich text that takes 70: four lines for two.)"""
        if self.textFormat() == Qt.TextFormat.PlainText:
            return self.heightForWidth(self.width())  # (right for plain text)
        width = self.contentsRect().width()
        margins = self.contentsMargins().top() + self.contentsMargins().bottom()
        document = QTextDocument()
        document.setDefaultFont(self.font())
        document.setDocumentMargin(0)
        document.setHtml(self.text())
        document.setTextWidth(width)
        return math.ceil(document.size().height()) + margins
