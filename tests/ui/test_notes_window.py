"""Issue 26 in the window: highlights and notes made from the keyboard, kept across restarts,
listed and searched in the Notes pane, Back and Forward, the Recent menu, reading progress in
the list, and notes exported."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import make_folder
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication

from reader_app.core.library import read_article
from reader_app.ui.main_window import MainWindow
from reader_app.ui.models.article_model import Role
from reader_app.ui.note_dialog import NoteDialog
from tests.ui.conftest import type_text
from tests.ui.test_window import open_row, press

FIRST = "کراچی میں آج صبح سے تیز بارش ہو رہی ہے اور شہر کی کئی سڑکیں پانی میں ڈوب گئی ہیں۔"
SECOND = "لاہور میں حکومت نے نئی بسیں چلانے کا اعلان کیا ہے جو اگلے ماہ سے چلیں گی۔"
WORD = "تیز بارش"


@pytest.fixture
def library(tmp_path: Path) -> Path:
    body = "\n\n".join([FIRST, *[f"پیراگراف {n}: {SECOND}" for n in range(60)]])
    return make_folder(tmp_path / "news", {"karachi.txt": f"کراچی کی خبر\n\n{body}\n",
                                           "lahore.txt": f"لاہور کی خبر\n\n{SECOND}\n"})


def open_file(qtbot, window: MainWindow, path: Path) -> None:
    article = read_article(path)
    open_row(qtbot, window, article.id)
    qtbot.waitUntil(lambda: window.tools.notes.ready)


def select_words(qtbot, window: MainWindow, words: str) -> None:
    """Put the caret before ``words`` (as a click would), then select them with Shift and
    the arrow keys, one character at a time, as a keyboard reader does."""
    viewer = window.viewer
    text = viewer.toPlainText()
    start = text.index(words)
    cursor = viewer.textCursor()
    cursor.setPosition(start)
    viewer.setTextCursor(cursor)
    viewer.setFocus()
    key = Qt.Key.Key_Left  # (the paragraph runs right to left: Left goes on in the text)
    for _ in range(len(words)):
        qtbot.keyClick(viewer, key, Qt.KeyboardModifier.ShiftModifier)
    assert viewer.textCursor().selectedText() == words


def marked(window: MainWindow) -> list[str]:
    """The highlighted stretches the viewer paints (its extra selections in a highlight
    colour, not the search's)."""
    colours = {c.name() for c in window.viewer.mark_colours.values()}
    return [s.cursor.selectedText() for s in window.viewer.extraSelections()
            if s.format.background().color().name() in colours]


def test_a_highlight_made_from_the_keyboard_is_kept_across_a_restart(
        launch, qtbot, library: Path) -> None:
    window = launch(lambda s: setattr(s, "folders", [library]))
    open_file(qtbot, window, library / "karachi.txt")
    select_words(qtbot, window, WORD)
    press(qtbot, window, "Ctrl+Shift+H")
    assert marked(window) == [WORD]
    window = launch.restart(window, configure=lambda s: setattr(s, "folders", [library]))
    open_file(qtbot, window, library / "karachi.txt")
    qtbot.waitUntil(lambda: marked(window) == [WORD])
    press(qtbot, window, "Ctrl+Shift+N")  # the Notes pane lists it
    qtbot.waitUntil(lambda: window.tools.pane.model.rowCount() == 1)
    assert window.tools.pane.model.notes[0].quote == WORD


def test_a_note_beside_the_selection_is_found_with_another_spelling(
        launch, qtbot, library: Path) -> None:
    window = launch(lambda s: setattr(s, "folders", [library]))
    open_file(qtbot, window, library / "karachi.txt")
    select_words(qtbot, window, WORD)
    press(qtbot, window, "Ctrl+Shift+M")
    qtbot.waitUntil(lambda: window.findChild(NoteDialog) is not None)
    dialog = window.findChild(NoteDialog)
    type_text(dialog.editor, "بارش کی وجہ سے ٹریفک رکی")  # with Farsi yeh
    qtbot.keyClick(dialog.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.tools.notes.find("") != [])
    note = window.tools.notes.find("")[0]
    assert (note.quote, note.note) == (WORD, "بارش کی وجہ سے ٹریفک رکی")
    window.tools.show_pane(True)
    type_text(window.tools.pane.search_box, "وجه")  # Arabic heh for ہ
    qtbot.waitUntil(lambda: window.tools.pane.model.rowCount() == 1)
    window.tools.pane.search_box.clear()
    type_text(window.tools.pane.search_box, "ركي")  # Arabic kaf and yeh
    qtbot.waitUntil(lambda: window.tools.pane.model.rowCount() == 1)


def test_a_note_opened_from_the_pane_takes_the_reader_to_its_words(
        launch, qtbot, library: Path) -> None:
    window = launch(lambda s: setattr(s, "folders", [library]))
    open_file(qtbot, window, library / "karachi.txt")
    text = window.viewer.toPlainText()
    far = "پیراگراف 50"
    select_words(qtbot, window, far)
    press(qtbot, window, "Ctrl+Shift+H")
    open_file(qtbot, window, library / "lahore.txt")
    window.tools.show_pane(True)
    qtbot.waitUntil(lambda: window.tools.pane.model.rowCount() == 1)
    table = window.tools.pane.table
    table.setCurrentIndex(table.model().index(0, 0))
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.article is not None
                    and window.article.path.name == "karachi.txt"
                    and window.viewer.textCursor().selectedText() == far)
    caret = window.viewer.cursorRect(window.viewer.textCursor())
    assert window.viewer.viewport().rect().contains(caret.center())  # scrolled to it
    assert text.index(far) > 1000


def test_back_and_forward_return_to_where_the_reader_was(launch, qtbot, library: Path) -> None:
    window = launch(lambda s: setattr(s, "folders", [library]))
    open_file(qtbot, window, library / "karachi.txt")
    bar = window.viewer.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 500)
    bar.setValue(bar.maximum() // 2)
    place = window.viewer.reading_position()
    open_file(qtbot, window, library / "lahore.txt")
    press(qtbot, window, "Alt+Left")
    qtbot.waitUntil(lambda: window.article.path.name == "karachi.txt")
    qtbot.waitUntil(lambda: abs(window.viewer.reading_position() - place) < 200,
                    timeout=2000)
    press(qtbot, window, "Alt+Right")
    qtbot.waitUntil(lambda: window.article.path.name == "lahore.txt")
    assert not window.acts.forward.isEnabled() and window.acts.back.isEnabled()


def test_the_list_shows_how_far_each_article_was_read(launch, qtbot, library: Path) -> None:
    window = launch(lambda s: setattr(s, "folders", [library]))
    open_file(qtbot, window, library / "karachi.txt")
    bar = window.viewer.verticalScrollBar()
    qtbot.waitUntil(lambda: window.viewer.pacer.laid_out() and bar.maximum() > 0)
    bar.setValue(bar.maximum())
    pane = window.library_pane

    def reading(name: str):
        article = read_article(library / name)
        row = pane.model.row_of(article.id)
        return pane.model.index(row, 0).data(Role.READING)

    qtbot.waitUntil(lambda: reading("karachi.txt") == (1.0, True), timeout=5000)
    assert reading("lahore.txt") is None
    assert "read" in pane.model.index(pane.model.row_of(read_article(
        library / "karachi.txt").id), 0).data(Qt.ItemDataRole.AccessibleTextRole)
    press(qtbot, window, "Ctrl+Shift+U")  # marked unread again
    qtbot.waitUntil(lambda: reading("karachi.txt") == (0.0, False))


def test_the_recent_menu_lists_what_was_read(launch, qtbot, library: Path) -> None:
    window = launch(lambda s: setattr(s, "folders", [library]))
    open_file(qtbot, window, library / "karachi.txt")
    open_file(qtbot, window, library / "lahore.txt")
    window.tools.save_progress()
    menu = window.acts.recent_menu
    menu.aboutToShow.emit()
    titles = [act.text() for act in menu.actions()]
    assert titles[:2] == ["لاہور کی خبر", "کراچی کی خبر"]
    menu.actions()[1].trigger()
    qtbot.waitUntil(lambda: window.article.path.name == "karachi.txt")


def test_notes_are_exported_and_an_orphaned_one_is_kept(launch, qtbot, library: Path,
                                                        tmp_path: Path) -> None:
    window = launch(lambda s: setattr(s, "folders", [library]))
    open_file(qtbot, window, library / "lahore.txt")
    select_words(qtbot, window, "نئی بسیں")
    press(qtbot, window, "Ctrl+Shift+H")
    out = tmp_path / "notes.json"
    window.tools.export_to(out)
    qtbot.waitUntil(out.exists)
    exported = json.loads(out.read_text(encoding="utf-8"))
    assert [n["quote"] for n in exported] == ["نئی بسیں"]
    open_file(qtbot, window, library / "karachi.txt")
    (library / "lahore.txt").unlink()
    window.tools.show_pane(True)
    window.tools.notes.store.relocate_all(lambda path, item: None)
    window.tools.notes.changed.emit()
    qtbot.waitUntil(lambda: window.tools.pane.model.rowCount() == 1)
    note = window.tools.pane.model.notes[0]
    assert note.orphaned
    cell = window.tools.pane.model.index(0, 2).data()
    assert "gone" in cell


def test_the_highlight_actions_are_in_the_text_s_own_menu(launch, qtbot, library: Path) -> None:
    window = launch(lambda s: setattr(s, "folders", [library]))
    open_file(qtbot, window, library / "karachi.txt")
    assert window.acts.highlight in window.viewer.context_actions
    assert window.acts.bookmark in window.viewer.context_actions
    QApplication.processEvents()
    cursor = window.viewer.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    window.viewer.setTextCursor(cursor)
    press(qtbot, window, "Ctrl+D")
    qtbot.waitUntil(lambda: any(n.kind == "bookmark" for n in window.tools.notes.find("")))


def test_the_main_search_says_which_notes_match_and_shows_them(launch, qtbot,
                                                              library: Path) -> None:
    from tests.ui.test_window import search

    window = launch(lambda s: setattr(s, "folders", [library]))
    open_file(qtbot, window, library / "lahore.txt")
    select_words(qtbot, window, "نئی بسیں")
    press(qtbot, window, "Ctrl+Shift+M")
    qtbot.waitUntil(lambda: window.findChild(NoteDialog) is not None)
    dialog = window.findChild(NoteDialog)
    type_text(dialog.editor, "ٹرانسپورٹ کا منصوبہ")
    qtbot.keyClick(dialog.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    search(qtbot, window, "transport")  # Roman Urdu, as article search takes it
    label = window.search_pane.notes_label
    qtbot.waitUntil(label.isVisible)
    assert "1" in label.text() or "۱" in label.text()
    label.linkActivated.emit("notes")
    qtbot.waitUntil(lambda: window.tools.dock.isVisible()
                    and window.tools.pane.model.rowCount() == 1)
    assert window.tools.pane.query == "transport"


def test_notes_export_in_the_interface_s_language(launch, qtbot, library: Path,
                                                 tmp_path: Path) -> None:
    window = launch(lambda s: setattr(s, "folders", [library]))
    open_file(qtbot, window, library / "lahore.txt")
    select_words(qtbot, window, "نئی بسیں")
    press(qtbot, window, "Ctrl+Shift+H")
    window.set_language("ur")
    out = tmp_path / "notes.md"
    out.write_text("an older export", encoding="utf-8")  # replaced (the dialog asked)
    window.tools.export_to(out)
    qtbot.waitUntil(lambda: "نئی بسیں" in out.read_text(encoding="utf-8"))
    text = out.read_text(encoding="utf-8")
    assert "فائل:" in text and "File:" not in text
    window.set_language("en")


def test_a_note_the_command_line_adds_shows_when_the_window_is_back(
        launch, qtbot, library: Path) -> None:
    from reader_app.core.notes.store import NotesStore, notes_path

    window = launch(lambda s: setattr(s, "folders", [library]))
    open_file(qtbot, window, library / "lahore.txt")
    window.tools.show_pane(True)
    assert window.tools.pane.model.rowCount() == 0
    article = read_article(library / "lahore.txt")
    with NotesStore(notes_path(window.library.index.index_dir)) as other:  # another process
        start = article.text.index("حکومت")
        other.add(article.path, None, article.text, start, start + len("حکومت"), note="CLI")
    window.tools.notes.look_again()  # what coming back to the window does
    qtbot.waitUntil(lambda: window.tools.pane.model.rowCount() == 1)
    assert marked(window) == ["حکومت"]
