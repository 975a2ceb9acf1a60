"""Help › Keyboard Shortcuts (F1): every shortcut of the window, read from its menus as they
are now (so a new action is listed without being added here), then the keys that belong to a
list or a box rather than to a menu. In the interface's language; the keys themselves stay
left to right inside a right-to-left table."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMenu,
    QMenuBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reader_app.ui.sizing import WrappedLabel


def plain(text: str) -> str:
    """A menu text as a person reads it: no accelerator mark (nor the Urdu texts' "(&R)"
    after the words), no shortcut after the tab."""
    text = re.sub(r"\s*\(&[^&\s]\)", "", text.split("\t")[0])
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def keys_of(act: QAction) -> str:
    """The keys a keyboard has: a multimedia keyboard's own Back, Open or Find key (which
    the platform's standard shortcuts also bind) is left out."""
    return " · ".join(f"\u2066{s.toString(QKeySequence.SequenceFormat.NativeText)}\u2069"
                      for s in act.shortcuts() if s[0].key() < Qt.Key.Key_Back)


class ShortcutsDialog(QDialog):
    def __init__(self, menu_bar: QMenuBar, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        self.setAccessibleName(self.tr("Keyboard Shortcuts"))
        intro = WrappedLabel(self)
        intro.setText(self.tr("Every menu command can also be reached with Alt and the "
                              "underlined letter; Tab and Shift+Tab move between the panes."))
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("shortcutsTable")
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Command"), self.tr("Keys")])
        self.tree.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        for top in menu_bar.actions():
            menu = top.menu()
            if isinstance(menu, QMenu):
                self._add_menu(plain(top.text()), menu)
        self._add_group(self.tr("Lists and boxes"), [
            (self.tr("Open the chosen result, article or note"), self.tr("Enter")),
            (self.tr("First or last article in the list"), self.tr("Home, End")),
            (self.tr("Close the find bar or a dialog"), self.tr("Esc")),
            (self.tr("Next or previous match in the find bar"),
             self.tr("Enter, Shift+Enter")),
            (self.tr("Edit the chosen note (Notes pane)"), "F2"),
            (self.tr("Remove the chosen note (Notes pane)"), self.tr("Del")),
            (self.tr("Select text in the article"), self.tr("Shift+arrow keys")),
            (self.tr("Context menu of the text or a list"), self.tr("Menu, Shift+F10")),
        ])
        self.tree.expandAll()
        self.tree.resizeColumnToContents(0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.resize(620, 560)

    def _add_menu(self, title: str, menu: QMenu) -> None:
        rows = []
        for act in menu.actions():
            if act.menu() is not None:
                sub = act.menu()
                if isinstance(sub, QMenu):
                    self._add_menu(f"{title} › {plain(act.text())}", sub)
            elif not act.isSeparator() and act.shortcuts():
                rows.append((plain(act.text()), keys_of(act)))
        self._add_group(title, rows)

    def _add_group(self, title: str, rows: list[tuple[str, str]]) -> None:
        if not rows:
            return
        group = QTreeWidgetItem(self.tree, [title])
        font = group.font(0)
        font.setBold(True)
        group.setFont(0, font)
        group.setFirstColumnSpanned(True)
        for command, keys in rows:
            item = QTreeWidgetItem(group, [command, keys])
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
