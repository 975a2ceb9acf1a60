"""Reading view and window polish (issue 16): what a reader sees after partial repaints,
in narrow windows, while typing in the boxes, and in print."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from helpers import make_folder
from PySide6.QtCore import QLocale, QPoint, QRect, Qt
from PySide6.QtGui import QImage, QKeySequence, QPageSize
from PySide6.QtWidgets import QApplication

from reader_app.core.library import read_article
from reader_app.ui import fonts
from reader_app.ui.models.article_model import Column, Role
from reader_app.ui.viewer import ArticleViewer
from tests.ui.conftest import settled
from tests.ui.test_window import open_row, press, search


def _screen(widget) -> QImage:
    """What the window really shows (the backing store), not a fresh render like grab()."""
    QApplication.processEvents()
    return QApplication.primaryScreen().grabWindow(widget.window().winId()).toImage()


def _differing(a: QImage, b: QImage) -> list[tuple[int, int]]:
    return [(x, y) for y in range(a.height()) for x in range(a.width())
            if a.pixel(x, y) != b.pixel(x, y)]


def test_partial_repaints_keep_every_stroke_of_nastaliq(qtbot, seed_path: Path) -> None:
    """A menu or dialog over a few lines repaints only what it covered; the ink of the line
    above (the top of گ in شویگو) that reaches into that strip must be painted again."""
    fonts.load_fonts()
    viewer = ArticleViewer()
    qtbot.addWidget(viewer)
    viewer.resize(700, 600)
    viewer.show_article(read_article(seed_path))
    viewer.show()
    qtbot.waitExposed(viewer)
    port = viewer.viewport()
    port.repaint()
    _screen(viewer)
    for top in range(0, port.height(), 23):  # strips, as a menu sliding over the text leaves
        port.repaint(QRect(0, top, port.width(), 23))
    partial = _screen(viewer)
    port.repaint()
    whole = _screen(viewer)
    # Nastaliq is painted the same way every time (full hinting), so any pixel of the text
    # area that differs is ink the partial repaint lost or put elsewhere (the scroll bar
    # beside it may still be finishing its own animation: not the text's doing)
    area = QRect(port.mapTo(viewer.window(), QPoint(0, 0)), port.size())
    assert not _differing(partial.copy(area), whole.copy(area))


def test_an_urdu_paragraph_that_starts_with_a_latin_word_runs_right_to_left(
        launch, qtbot, tmp_path: Path) -> None:
    title = "M&P ٹیکنو موبائل نے نیا فون متعارف کرا دیا ہے"
    body = "cnnurdu کی رپورٹ کے مطابق یہ فون اگلے مہینے بازار میں آئے گا۔"
    folder = make_folder(tmp_path / "latin-first", {"a.txt": f"{title}\n\n{body}\n"})
    window = launch(lambda s: setattr(s, "folders", [folder]))
    article = read_article(folder / "a.txt")
    open_row(qtbot, window, article.id)
    viewer = window.viewer
    # the article's paragraphs (the heading's date line is in the interface's language)
    block = viewer.document().findBlockByNumber(len(viewer.heading_lines()) - 1)
    assert block.text() == viewer.heading_lines()[-1][1]
    block = block.next()
    while block.isValid():
        if block.text().strip():
            assert block.blockFormat().layoutDirection() == Qt.LayoutDirection.RightToLeft, \
                block.text()
            assert block.blockFormat().alignment() & Qt.AlignmentFlag.AlignRight
        block = block.next()
    pane = window.library_pane
    row = pane.proxy.mapFromSource(pane.model.index(pane.model.row_of(article.id), 0))
    assert row.data(Role.DIRECTION) == Qt.LayoutDirection.RightToLeft


def _broken_words(viewer: ArticleViewer) -> list[str]:
    """Lines of the laid-out article that end inside a word."""
    broken = []
    block = viewer.document().begin()
    while block.isValid():
        layout, text = block.layout(), block.text()
        for i in range(layout.lineCount() - 1):
            line = layout.lineAt(i)
            end = line.textStart() + line.textLength()
            if 0 < end < len(text) and not text[end - 1].isspace() and not text[end].isspace():
                broken.append(text[max(0, end - 8):end + 8])
        block = block.next()
    return broken


def test_a_small_window_keeps_the_article_readable(launch, qtbot, seed_path: Path) -> None:
    window = launch()
    open_row(qtbot, window, read_article(seed_path).id)
    window.resize(500, 400)
    qtbot.waitUntil(lambda: window.width() <= 520)
    QApplication.processEvents()
    viewer = window.viewer
    assert viewer.width() >= 250, viewer.width()  # the list gave way, not the article
    assert window.side.width() < viewer.width() + 60
    viewer.document().documentLayout().documentSize()
    assert not _broken_words(viewer)
    table = window.library_pane.table
    assert table.columnWidth(0) >= table.viewport().width() * 0.6  # titles, not dates, fill it


def test_typing_in_the_filter_keeps_the_article_being_read(launch, qtbot, tmp_path: Path) -> None:
    folder = make_folder(tmp_path / "three", {
        "a.txt": "پہلا مضمون لاہور کے بارے میں\n\nمتن",
        "b.txt": "دوسرا مضمون کراچی کے بارے میں\n\nمتن",
        "c.txt": "تیسرا مضمون پشاور کے بارے میں\n\nمتن"})
    window = launch(lambda s: setattr(s, "folders", [folder]))
    reading = read_article(folder / "b.txt")
    open_row(qtbot, window, reading.id)
    pane = window.library_pane
    for text in ("پشاور", "لاہور", "مضمون", ""):
        pane.filter_edit.setFocus()
        pane.filter_edit.setText(text)
        # the filter applied, and an article it would have opened read and shown
        qtbot.waitUntil(lambda: not pane._timer.isActive() and settled(window))
        assert window.article is not None and window.article.id == reading.id, text
    assert pane.current_id() == reading.id  # back in the list, the row is still the current one


@pytest.mark.parametrize("box", ["search", "filter"])
def test_window_shortcuts_work_while_typing_in_a_box(launch, qtbot, box: str) -> None:
    """On Linux a QLineEdit keeps Ctrl+E (end of line) and Ctrl+K for itself; focus starts in
    the search box, so Export did nothing there. The offscreen test platform has Windows
    keys, so the clash is made here with the box's own end-of-line key."""
    window = launch()
    edit = window.search_pane.query_edit if box == "search" else window.library_pane.filter_edit
    clash = QKeySequence.keyBindings(QKeySequence.StandardKey.MoveToEndOfLine)
    window.acts.export_pdf.setShortcuts([QKeySequence("Ctrl+E"), *clash])
    fired: list[str] = []
    for act in (window.acts.export_pdf, window.acts.print, window.acts.find):
        name = act.objectName()
        act.triggered.disconnect()
        act.triggered.connect(lambda _checked=False, name=name: fired.append(name))
    edit.setText("اردو")
    window.activateWindow()
    for key in ("Ctrl+E", clash[0].toString(), QKeySequence.StandardKey.Print, "Ctrl+K"):
        edit.setFocus()
        edit.setCursorPosition(0)
        press(qtbot, window, key)
        assert edit.text() == "اردو" and edit.cursorPosition() == 0  # the box did not take it
    assert fired == ["exportPdf", "exportPdf", "print", "find"]


def _pdf_pages(data: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", data))


def test_print_gives_the_pages_of_the_exported_pdf(launch, qtbot, monkeypatch, tmp_path: Path,
                                                   seed_path: Path) -> None:
    """Printing used to set the viewer's text with Qt (no heading, huge gaps, 20 pages where
    the PDF has 9); it now paints the export's own pages."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    from reader_app.core.export.exporter import export_pdf
    from reader_app.ui import export

    printed = tmp_path / "printed.pdf"

    def pdf_printer() -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        return printer

    monkeypatch.setattr(export, "_printer", pdf_printer)
    monkeypatch.setattr(export, "default_page_size", lambda: "A4")
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QPrintDialog.DialogCode.Accepted)
    # a long article: several pages, so a different layout shows in the count
    article = read_article(seed_path)
    folder = make_folder(tmp_path / "long", {"long.txt": "\n\n".join([article.text] * 4)})
    window = launch(lambda s: setattr(s, "folders", [folder]))
    long_article = read_article(folder / "long.txt")
    open_row(qtbot, window, long_article.id)
    press(qtbot, window, QKeySequence.StandardKey.Print)
    qtbot.waitUntil(lambda: printed.exists() and printed.stat().st_size > 0, timeout=20000)
    exported = tmp_path / "exported.pdf"
    export_pdf(long_article.title, long_article.paragraphs, exported, font=window.settings.font,
               page_size="A4")
    assert _pdf_pages(exported.read_bytes()) > 2
    assert _pdf_pages(printed.read_bytes()) == _pdf_pages(exported.read_bytes())


def test_show_more_brings_the_results_past_the_first_fifty(launch, qtbot, tmp_path: Path) -> None:
    from reader_app.ui.search_pane import RESULT_LIMIT

    count = RESULT_LIMIT + 12
    folder = make_folder(tmp_path / "many", {
        f"{i:03}.txt": f"خبر نمبر {i} کراچی میں بارش\n\nکراچی میں آج بارش ہوئی، مضمون {i}۔"
        for i in range(count)})
    window = launch(lambda s: setattr(s, "folders", [folder]))
    search(qtbot, window, "بارش")
    pane = window.search_pane
    assert len(pane.hits) == RESULT_LIMIT and pane.response.total >= count
    assert pane.more_button.isVisible()
    pane.select_row(7)
    qtbot.mouseClick(pane.more_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(pane.hits) > RESULT_LIMIT and not pane.searching)
    assert len(pane.hits) == pane.response.total
    assert not pane.more_button.isVisible()
    assert pane.current_row == 7  # the reader's place in the list is kept
    pane.query_edit.setFocus()
    qtbot.keyClick(pane.query_edit, Qt.Key.Key_Escape)
    assert pane.query == ""  # Escape clears the search box


def test_a_file_opened_by_itself_says_its_hits_are_outside_the_library(
        launch, qtbot, tmp_path: Path) -> None:
    text = "ژالہ باری کی خبر\n\nژالہ باری ہوئی، پھر ژالہ باری، اور ژالہ باری۔"
    loose = make_folder(tmp_path / "loose", {"x.txt": text})
    window = launch()
    window.open_path(loose / "x.txt")
    qtbot.waitUntil(lambda: window.article is not None)
    search(qtbot, window, "ژالہ")
    assert not window.search_pane.hits  # the library does not have this file
    assert window.viewer.hit_count == 4
    assert "not in the library" in window.hit_label.text()


def test_line_spacing_opens_both_fonts_by_the_same_room(launch, qtbot, seed_path: Path) -> None:
    """150% used to scale Naskh's already tall line box (huge gaps) and to leave Nastaliq,
    whose ink is taller than its box, unchanged until past 125%."""
    window = launch()
    open_row(qtbot, window, read_article(seed_path).id)
    viewer = window.viewer
    extra = {}
    for font in ("nastaliq", "naskh"):
        pitches = {}
        for spacing in (100, 125, 150):
            window.set_text_style(font=font, size=18, spacing=spacing)
            pitches[spacing] = viewer.line_pitch
        assert pitches[100] < pitches[125] < pitches[150], (font, pitches)
        extra[font] = pitches[150] - pitches[100]
    assert abs(extra["nastaliq"] - extra["naskh"]) <= 1, extra


def _dark_pixels(image: QImage) -> int:
    found = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            p = image.pixel(x, y)
            found += ((p >> 16 & 255) + (p >> 8 & 255) + (p & 255)) < 300
    return found


def test_switching_to_naskh_keeps_the_list_drawn(launch, qtbot, tmp_path: Path) -> None:
    folder = make_folder(tmp_path / "list", {
        f"{i:03}.txt": f"خبر نمبر {i}: لاہور میں گیس کی قیمتیں\n\nمتن {i}" for i in range(300)})
    window = launch(lambda s: setattr(s, "folders", [folder]))
    qtbot.waitUntil(lambda: window.library_pane.model.rowCount() == 301)
    table = window.library_pane.table
    window.activateWindow()
    table.scrollToBottom()

    def shown() -> QImage:
        area = table.viewport().geometry().translated(table.mapTo(window, QPoint(0, 0)))
        return _screen(table).copy(area)

    qtbot.waitUntil(lambda: _dark_pixels(shown()) > 0)
    for font in ("naskh", "nastaliq", "naskh"):
        next(a for a in window.acts.fonts.actions() if a.data() == font).trigger()
        assert _dark_pixels(shown()) > 0, font  # titles are painted, not a blank list


def test_the_urdu_list_header_shows_its_sort_arrow(launch, qtbot) -> None:
    window = launch(lambda s: setattr(s, "language", "ur"))
    header = window.library_pane.table.horizontalHeader()
    assert header.isRightToLeft()
    window.library_pane.set_sort(Column.PUBLISHED, Qt.SortOrder.DescendingOrder.value)
    QApplication.processEvents()
    with_arrow = header.grab().toImage()
    header.setSortIndicatorShown(False)
    without = header.grab().toImage()
    header.setSortIndicatorShown(True)
    assert _differing(with_arrow, without)


def test_focus_starts_in_the_search_box(launch, qtbot) -> None:
    window = launch()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    assert QApplication.focusWidget() is window.search_pane.query_edit


def test_urdu_dates_and_counts_read_evenly(launch, qtbot) -> None:
    from reader_app.ui.models.article_model import Column

    window = launch(lambda s: setattr(s, "language", "ur"))
    model = window.library_pane.model
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    dates = [model.index(row, Column.DATE).data() for row in range(model.rowCount())]
    assert all("PM" not in d and "AM" not in d for d in dates), dates  # 24-hour time
    model.set_rows(model._rows * 1300)  # 1,300 rows
    # grouped as the list's lengths are (2,096), not "1300 مضامین"
    assert QLocale().toString(1300) in window.count_label.text()


def test_the_bar_says_the_index_is_being_saved_once_every_file_is_read(launch, qtbot) -> None:
    window = launch()
    bar = window.index_progress
    bar.start("Indexing")
    window.library.progress.emit(10, 1300)
    assert bar.bar.maximum() == 1300
    window.library.progress.emit(1300, 1300)
    assert bar.bar.maximum() == 0  # busy, not a full bar that looks stuck
    assert bar.label.text() == bar.finishing != ""
    assert window.statusBar().currentMessage() == bar.finishing
    bar.finish()


def _list_window(launch, qtbot, tmp_path: Path, count: int = 120):
    folder = make_folder(tmp_path / "list", {
        f"{i:03}.txt": f"{'ابتثجحخدذرزسشصضطظعغفقکگلمنوہی'[i % 29]} گیسوں کی خبر نمبر {i} سروگیسی"
                       f" انگیز ایکسچینج رگیں پنجگور\n\nمتن {i}" for i in range(count)})
    window = launch(lambda s: setattr(s, "folders", [folder]))
    qtbot.waitUntil(lambda: window.library_pane.model.rowCount() == count + 1)
    return window


def test_the_selected_row_stays_in_view_after_a_re_sort(launch, qtbot, tmp_path: Path) -> None:
    from reader_app.ui.models.article_model import Column

    window = _list_window(launch, qtbot, tmp_path)
    pane, table = window.library_pane, window.library_pane.table
    pane.set_sort(Column.DATE, Qt.SortOrder.DescendingOrder.value)
    table.setCurrentIndex(pane.proxy.index(3, 0))
    for column, order in ((Column.TITLE, Qt.SortOrder.AscendingOrder),
                          (Column.TITLE, Qt.SortOrder.DescendingOrder),
                          (Column.LENGTH, Qt.SortOrder.AscendingOrder)):
        table.horizontalHeader().setSortIndicator(column, order)
        QApplication.processEvents()
        rect = table.visualRect(table.currentIndex())
        assert table.viewport().rect().contains(rect), (column, order)


def test_titles_keep_clear_of_the_column_edges(launch, qtbot, tmp_path: Path) -> None:
    window = _list_window(launch, qtbot, tmp_path, count=20)
    table = window.library_pane.table
    window.splitter.setSizes([330, 870])  # every title is elided: ink at both ends
    QApplication.processEvents()
    image = table.viewport().grab().toImage()
    width, left = table.columnWidth(0), table.columnViewportPosition(0)
    for x in (*range(left, left + 3), *range(left + width - 3, left + width)):
        dark = [y for y in range(image.height())
                if sum(image.pixelColor(x, y).getRgb()[:3]) < 300]
        assert not dark, x  # the strokes of گ are not cut by the column's edge


def test_the_keyboard_row_is_framed_while_the_list_has_focus(launch, qtbot, tmp_path: Path) -> None:
    window = _list_window(launch, qtbot, tmp_path, count=5)
    table = window.library_pane.table
    table.setCurrentIndex(window.library_pane.proxy.index(2, 0))
    window.activateWindow()
    cell = table.visualRect(table.currentIndex())
    window.search_pane.query_edit.setFocus()
    qtbot.waitUntil(lambda: not table.hasFocus())
    unfocused = table.viewport().grab(cell).toImage()
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    focused = table.viewport().grab(cell).toImage()
    # a line of its own along the row's edge, unlike the row's background just inside it
    framed = [x for x in range(focused.width()) if focused.pixel(x, 1) != focused.pixel(x, 4)]
    assert len(framed) > focused.width() * 0.8
    assert len([x for x in range(unfocused.width())
                if unfocused.pixel(x, 1) != unfocused.pixel(x, 4)]) < unfocused.width() * 0.1


def test_the_keyboard_result_is_framed_while_the_results_have_focus(launch, qtbot) -> None:
    window = launch()
    search(qtbot, window, "ماسکو")
    view = window.search_pane.results_view
    window.activateWindow()
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    cell = view.visualRect(view.currentIndex())
    focused = view.viewport().grab(cell).toImage()
    framed = [x for x in range(focused.width()) if focused.pixel(x, 1) != focused.pixel(x, 4)]
    assert len(framed) > focused.width() * 0.8


def test_the_export_dialog_opens_in_documents_or_home(launch, qtbot, monkeypatch, tmp_path: Path,
                                                      seed_path: Path) -> None:
    from PySide6.QtCore import QStandardPaths
    from PySide6.QtWidgets import QFileDialog

    proposed: list[Path] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args, **_kw: (proposed.append(Path(args[2])), ("", ""))[1])
    documents = tmp_path / "home" / "Documents"  # not made yet, as on a fresh account
    monkeypatch.setattr(QStandardPaths, "writableLocation", lambda _where: str(documents))
    monkeypatch.setattr(Path, "home", lambda: tmp_path / "home")
    (tmp_path / "home").mkdir()
    window = launch()
    open_row(qtbot, window, read_article(seed_path).id)
    window.export_pdf()
    documents.mkdir()
    window.export_pdf()
    assert [p.parent for p in proposed] == [tmp_path / "home", documents]


def test_urdu_interface_text_is_naskh_at_a_readable_size(launch, qtbot) -> None:
    from PySide6.QtGui import QTextLayout

    window = launch(lambda s: setattr(s, "language", "ur"))
    layout = QTextLayout("فائل ترمیم منظر", window.menuBar().font())
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    runs = [(run.rawFont().familyName(), run.rawFont().pixelSize()) for run in layout.glyphRuns()]
    assert runs, runs
    assert all(family == fonts.family("naskh") and size >= 14 for family, size in runs), runs


def test_next_and_previous_article_keys_walk_the_list(launch, qtbot, tmp_path: Path) -> None:
    window = _list_window(launch, qtbot, tmp_path, count=4)
    pane = window.library_pane
    first = pane.proxy.index(0, 0).data(Role.ID)
    open_row(qtbot, window, first)
    window.viewer.setFocus()
    seen = [first]
    for key in ("Ctrl+PgDown", "Alt+Down", "Ctrl+PgUp"):
        press(qtbot, window, key)
        expected = pane.proxy.index(len(seen) if key != "Ctrl+PgUp" else 1, 0).data(Role.ID)
        qtbot.waitUntil(lambda expected=expected: window.article.id == expected)
        seen.append(window.article.id)
    assert seen[1] != seen[0] and seen[2] != seen[1] and seen[3] == seen[1]


def test_sepia_is_warm_paper_and_is_remembered(launch, qtbot, seed_path: Path) -> None:
    window = launch()
    open_row(qtbot, window, read_article(seed_path).id)
    next(a for a in window.acts.themes.actions() if a.data() == "sepia").trigger()
    QApplication.processEvents()
    page = window.viewer.viewport().grab().toImage().pixelColor(3, 3)
    assert page.red() > page.green() > page.blue() and page.lightness() > 180, page.name()
    assert window.settings.theme == "sepia"
    again = launch.restart(window)
    assert again.theme.mode == "sepia"


def test_find_in_this_article_marks_steps_and_closes(launch, qtbot, seed_path: Path) -> None:
    from tests.ui.conftest import type_text

    window = launch()
    article = read_article(seed_path)
    open_row(qtbot, window, article.id)
    viewer = window.viewer
    press(qtbot, window, "Ctrl+Shift+F")
    box = viewer.find_box
    qtbot.waitUntil(box.hasFocus)
    type_text(box, "ماسک")  # an unfinished word matches its completions
    assert viewer.hit_count == article.text.count("ماسکو") > 1
    assert viewer.current_hit == 0
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert viewer.current_hit == 1
    qtbot.keyClick(box, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(box, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert viewer.current_hit == viewer.hit_count - 1  # wrapped round to the last
    assert QLocale().toString(viewer.hit_count) in window.hit_label.text()  # "Hit 4 of 4"
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert not box.isVisible() and viewer.hit_count == 0  # no library search: no marks


def test_find_says_not_found_and_never_covers_the_text(launch, qtbot, seed_path: Path) -> None:
    """Issue 27: typing a word the article lacks said nothing, and the find bar lay over the
    last line of the view (and a hit found there)."""
    from tests.ui.conftest import type_text

    window = launch()
    open_row(qtbot, window, read_article(seed_path).id)
    viewer = window.viewer
    press(qtbot, window, "Ctrl+Shift+F")
    box = viewer.find_box
    qtbot.waitUntil(box.hasFocus)
    type_text(box, "ماسکو")
    qtbot.waitUntil(lambda: viewer.find_status.text() == f"1 of {viewer.hit_count}")
    type_text(box, "زززز")
    qtbot.waitUntil(lambda: viewer.find_status.text() == "Not found")
    assert viewer.find_status.isVisible() and box.accessibleDescription() == "Not found"
    # the bar sits under the text: no part of the view is behind it
    port = viewer.viewport().geometry()
    assert box.geometry().top() > port.bottom()
    assert not box.geometry().intersects(viewer.find_status.geometry())
    assert viewer.rect().contains(box.geometry()) and viewer.rect().contains(
        viewer.find_status.geometry())
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert viewer.viewport().geometry().bottom() > port.bottom()  # the strip is given back
    assert not viewer.find_status.isVisible()
