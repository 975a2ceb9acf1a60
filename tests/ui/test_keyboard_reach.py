"""Everything a mouse reaches, Tab reaches, and shows it has the focus (issue 27): the ✕ of
the search and filter boxes, "Show more results", the status bar's Cancel, an empty results
list; Home and End in the article list go to the first and last article."""

from __future__ import annotations

from pathlib import Path

from helpers import make_folder
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget

from reader_app.ui.main_window import MainWindow
from tests.ui.test_window import search


def many(launch, qtbot, tmp_path: Path) -> MainWindow:
    folder = make_folder(tmp_path / "many", {
        f"{n:03d}.txt": f"خبر {n}\n\nکراچی میں آج بارش ہوئی، خبر نمبر {n}۔" for n in range(60)})
    window = launch(lambda s: setattr(s, "folders", [str(folder)]))
    qtbot.waitUntil(lambda: window.library_pane.model.rowCount() == 61, timeout=20000)
    return window


def tab(qtbot) -> QWidget:
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    return QApplication.focusWidget()


def tab_to(qtbot, wanted: QWidget, limit: int = 20) -> bool:
    for _ in range(limit):
        if tab(qtbot) is wanted:
            return True
    return False


def looks(widget: QWidget) -> QImage:
    QApplication.processEvents()
    return widget.grab().toImage()


def shows_focus(qtbot, widget: QWidget) -> bool:
    """The widget is drawn otherwise with the keyboard on it than without."""
    widget.window().activateWindow()
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(widget.hasFocus)
    focused = looks(widget)
    widget.clearFocus()
    qtbot.waitUntil(lambda: not widget.hasFocus())
    return looks(widget) != focused


def test_tab_reaches_the_clear_button_and_space_clears(launch, qtbot, tmp_path: Path) -> None:
    window = many(launch, qtbot, tmp_path)
    box = window.search_pane.query_edit
    search(qtbot, window, "بارش")
    box.setFocus()
    clear = tab(qtbot)
    assert clear.accessibleName() == "Clear the search" and clear.parent() is box
    qtbot.keyClick(clear, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: box.text() == "")
    filter_box = window.library_pane.filter_edit
    filter_box.setFocus()
    qtbot.keyClicks(filter_box, "12")
    assert tab(qtbot).accessibleName() == "Clear the filter"


def test_every_stop_shows_the_focus(launch, qtbot, tmp_path: Path) -> None:
    window = many(launch, qtbot, tmp_path)
    pane = window.search_pane
    search(qtbot, window, "بارش")
    more = pane.more_button
    assert more.isVisible()
    pane.query_edit.setFocus()
    assert tab_to(qtbot, more)
    assert shows_focus(qtbot, more)
    search(qtbot, window, "زززززز")  # nothing found: an empty list that can have the focus
    assert pane.results_view.model().rowCount() == 0
    assert shows_focus(qtbot, pane.results_view)


def test_tab_reaches_the_status_bars_cancel(launch, qtbot, tmp_path: Path) -> None:
    window = many(launch, qtbot, tmp_path)
    progress = window.index_progress
    progress.start("Indexing")
    window.search_pane.query_edit.setFocus()
    assert tab_to(qtbot, progress.button), "Cancel is not a Tab stop"
    assert shows_focus(qtbot, progress.button)
    progress.hide()


def test_home_and_end_go_to_the_first_and_last_article(launch, qtbot, tmp_path: Path) -> None:
    window = many(launch, qtbot, tmp_path)
    table = window.library_pane.table
    table.setFocus()
    table.selectRow(5)
    qtbot.keyClick(table, Qt.Key.Key_End)
    assert table.currentIndex().row() == table.model().rowCount() - 1
    qtbot.keyClick(table, Qt.Key.Key_Home)
    assert table.currentIndex().row() == 0
    assert table.selectionModel().isRowSelected(0)


def test_ticked_columns_show_or_say_why_and_titles_keep_room(launch, qtbot,
                                                            tmp_path: Path) -> None:
    """At first launch Length was ticked in the header's menu and not shown; after an
    import brought a Source column the titles had 80 px."""
    from reader_app.ui.library_pane import TITLE_ROOM, Column

    window = launch()
    pane = window.library_pane

    def honest() -> None:
        for column, act in pane.column_actions.items():
            hidden = pane.table.isColumnHidden(column)
            if act.isChecked() and hidden and column != Column.SOURCE:
                assert "no room" in act.text(), act.text()
            if not hidden:
                assert act.isChecked() and "no room" not in act.text()

    honest()
    rows = "".join(f"خبر {n},کراچی میں آج بارش ہوئی، خبر نمبر {n}۔,BBC News اردو,2024-07-16\n"
                   for n in range(20))
    folder = make_folder(tmp_path / "feed", {"news.csv": "title,text,source,date\n" + rows})
    window.add_folder(folder)
    qtbot.waitUntil(lambda: pane.model.rowCount() == 21, timeout=20000)
    qtbot.waitUntil(lambda: not pane.table.isColumnHidden(Column.SOURCE)
                    or Column.SOURCE in pane._no_room)
    assert pane.table.columnWidth(Column.TITLE) >= TITLE_ROOM - 2
    honest()
    for width in (300, 500, 900):
        window.splitter.setSizes([width, window.width() - width])
        qtbot.waitUntil(lambda: pane.table.viewport().width() > 0)
        QApplication.processEvents()
        assert pane.table.columnWidth(Column.TITLE) >= TITLE_ROOM - 2, width
        honest()
    assert not pane.table.isColumnHidden(Column.SOURCE)  # at 900 px everything shows
    assert not pane.table.isColumnHidden(Column.LENGTH)
