"""Keyboard reach that Qt's widgets leave out: every control a mouse can use is a Tab stop
too, and a list of articles answers Home and End as a list does."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QTableView, QToolButton, QWidget


def tab_to_clear(edit: QLineEdit, name: str) -> None:
    """The ✕ of a line edit with a clear button is a Tab stop of its own (Qt's is for the
    mouse only), named for screen readers; Space or Enter on it clears the box."""
    edit.setClearButtonEnabled(True)
    for button in edit.findChildren(QToolButton):
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        button.setAccessibleName(name)
        button.setToolTip(name)


def tab_stop(widget: QWidget) -> None:
    """A button Tab reaches (a QToolButton in a status bar is for the mouse by default)."""
    widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)


class RowTable(QTableView):
    """A table read by rows, as a list of articles or notes is: Home and End go to the first
    and last row. (Qt's table moves to the first or last column of the current row, which
    in a list selected by rows changes nothing a person sees; Ctrl+Home does the same.)"""

    def moveCursor(self, action: QAbstractItemView.CursorAction,
                   modifiers: Qt.KeyboardModifier) -> QModelIndex | QPersistentModelIndex:
        if action in (QAbstractItemView.CursorAction.MoveHome,
                      QAbstractItemView.CursorAction.MoveEnd):
            modifiers |= Qt.KeyboardModifier.ControlModifier
        return super().moveCursor(action, modifiers)
