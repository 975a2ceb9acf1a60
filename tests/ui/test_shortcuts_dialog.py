"""Help › Keyboard Shortcuts (issue 27): F1 lists every shortcut of the window, in English and
in Urdu, read from the menus as they are (a new action is listed by itself)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from reader_app.ui.shortcuts_dialog import ShortcutsDialog, plain
from tests.ui.test_window import press


def rows(dialog: ShortcutsDialog) -> dict[str, str]:
    found = {}
    tree = dialog.tree
    for g in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(g)
        for r in range(group.childCount()):
            item = group.child(r)
            found[item.text(0)] = item.text(1)
    return found


def open_dialog(qtbot, window) -> ShortcutsDialog:
    press(qtbot, window, "F1")
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), ShortcutsDialog)
                    or window.findChild(ShortcutsDialog) is not None)
    dialog = window.findChild(ShortcutsDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


@pytest.mark.parametrize("language", ["en", "ur"])
def test_f1_lists_every_shortcut_of_the_menus(launch, qtbot, language: str) -> None:
    window = launch(lambda s: setattr(s, "language", language))
    dialog = open_dialog(qtbot, window)
    listed = rows(dialog)
    in_menus = [act for top in window.menuBar().actions() if top.menu()
                for act in top.menu().actions() if act.shortcuts()]
    assert len(in_menus) > 20
    for act in in_menus:
        text = plain(act.text())
        assert text in listed, text
        for sequence in act.shortcuts():
            if sequence[0].key() >= Qt.Key.Key_Back:
                continue  # a multimedia keyboard's own Open or Back key: not listed
            assert sequence.toString(QKeySequence.SequenceFormat.NativeText) in listed[text]
    if language == "ur":
        assert "بلند آواز میں پڑھیں" in listed
        assert dialog.windowTitle() != "Keyboard Shortcuts"
        assert dialog.tree.headerItem().text(0) != "Command"
    else:
        assert listed["Read Aloud"] == "\u2066Ctrl+Shift+R\u2069"
        assert "Home, End" in listed.values()
    dialog.close()
