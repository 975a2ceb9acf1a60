"""The window driven as a person would: keys, clicks, typing; results checked on screen."""

from __future__ import annotations

from pathlib import Path

from helpers import make_folder
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent, QKeySequence, QTextCursor
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QPlainTextEdit

from reader_app.core.library import read_article
from reader_app.core.text.normalize import fold_text
from reader_app.ui.dialogs import SkippedDialog
from reader_app.ui.main_window import MainWindow
from reader_app.ui.models.article_model import Column
from tests.ui.conftest import settled, type_text, wait_indexed

ARABIC_YEH_QUERY = "وزير دفاع"  # typed with ARABIC YEH (U+064A), the seed has FARSI YEH


def open_row(qtbot, window: MainWindow, article_id: str) -> None:
    assert window.library_pane.select_id(article_id)
    qtbot.waitUntil(lambda: window.article is not None and window.article.id == article_id)


def search(qtbot, window: MainWindow, text: str) -> None:
    box = window.search_pane.query_edit
    box.clear()
    type_text(box, text)
    qtbot.waitUntil(lambda: window.search_pane.response is not None
                    and not window.search_pane.searching
                    and not window.search_pane.timer.isActive()
                    and window.search_pane.response.query.strip() == text.strip(), timeout=10000)


def highlighted_words(window: MainWindow) -> list[str]:
    text = window.viewer.toPlainText()
    return [text[a:b] for a, b in window.viewer.hit_ranges()]


def press(qtbot, window: MainWindow, key: QKeySequence.StandardKey | str) -> None:
    """Press a shortcut on the keyboard, in whatever widget has the focus."""
    sequence = QKeySequence(key) if isinstance(key, str) else QKeySequence.keyBindings(key)[0]
    assert any(any(s == sequence for s in action.shortcuts()) for action in window.actions()), \
        f"no action has the shortcut {sequence.toString()}"
    window.activateWindow()
    combination = sequence[0]
    target = QApplication.focusWidget() or window
    qtbot.keyClick(target, combination.key(), combination.keyboardModifiers())


def test_first_launch_indexes_and_lists_the_seed(launch, qtbot, seed_path: Path) -> None:
    window = launch(wait=False)
    assert window.isVisible()  # usable before the index is ready
    with qtbot.waitSignal(window.library.refreshed, timeout=20000):
        pass
    wait_indexed(qtbot, window)
    model = window.library_pane.model
    assert model.rowCount() == 1
    info = model.info(0)
    assert info.path == seed_path.resolve()
    assert "روسی" in info.title
    assert window.count_label.text() == "1 article"
    assert not window.index_progress.isVisible()


def test_variant_spelling_finds_the_seed_and_opening_highlights_every_hit(
        launch, qtbot, seed_path: Path) -> None:
    window = launch()
    search(qtbot, window, ARABIC_YEH_QUERY)
    hits = window.search_pane.hits
    assert [h.path for h in hits] == [seed_path.resolve()]
    assert "<b>" in hits[0].snippet
    qtbot.keyClick(window.search_pane.query_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.viewer.hit_count > 0)
    words = highlighted_words(window)
    assert len(words) >= 2
    assert any(fold_text(w) == fold_text("وزیردفاع") for w in words)  # the seed's own spelling
    for word in words:  # the original glyphs, joined or apart
        assert fold_text(word) in {fold_text("وزیردفاع"), fold_text("وزیر"), fold_text("دفاع")}
    assert window.viewer.current_hit == 0
    assert window.hit_label.text() == f"Hit 1 of {len(words)}"
    # the view is scrolled so that the first hit is visible
    rect = window.viewer.cursorRect()
    assert window.viewer.viewport().rect().contains(rect.center())


def test_f3_steps_through_hits_and_shift_f3_back(launch, qtbot) -> None:
    window = launch()
    search(qtbot, window, "ماسکو")
    window.open_result(0)
    qtbot.waitUntil(lambda: window.viewer.hit_count >= 2)
    total = window.viewer.hit_count
    press(qtbot, window, "F3")
    assert window.viewer.current_hit == 1
    press(qtbot, window, "Shift+F3")
    assert window.viewer.current_hit == 0
    for _ in range(total - 1):
        press(qtbot, window, QKeySequence.StandardKey.FindNext)
    assert window.viewer.current_hit == total - 1
    press(qtbot, window, "F3")  # past the last hit of the only result: wraps to the first
    assert window.viewer.current_hit == 0


def test_f3_past_the_last_hit_opens_the_next_result(launch, qtbot, tmp_path: Path) -> None:
    folder = make_folder(tmp_path / "more", {
        "a.txt": "پہلا مضمون: کراچی میں بارش ہوئی۔\nکراچی کے لوگ خوش ہیں۔",
        "b.txt": "دوسرا مضمون: کراچی کی خبر۔",
    })
    window = launch(lambda s: setattr(s, "folders", [folder]))
    search(qtbot, window, "کراچی")
    hits = window.search_pane.hits
    assert len(hits) == 2
    window.open_result(0)
    qtbot.waitUntil(lambda: window.article is not None and window.viewer.hit_count > 0)
    first = window.article.path
    for _ in range(window.viewer.hit_count - 1):
        press(qtbot, window, "F3")
    press(qtbot, window, "F3")
    qtbot.waitUntil(lambda: window.article.path != first and window.viewer.hit_count > 0)
    assert window.viewer.current_hit == 0
    assert window.search_pane.current_row == 1
    press(qtbot, window, "Shift+F3")  # back into the first result, at its last hit
    qtbot.waitUntil(lambda: window.article.path == first)
    assert window.viewer.current_hit == window.viewer.hit_count - 1


def test_find_shortcuts_focus_the_search_box(launch, qtbot) -> None:
    window = launch()
    window.activateWindow()
    for key in (QKeySequence.StandardKey.Find, "Ctrl+K"):
        window.viewer.setFocus()
        press(qtbot, window, key)
        qtbot.waitUntil(lambda: window.search_pane.query_edit.hasFocus())


def test_a_correction_is_shown_at_once_and_both_links_work(launch, qtbot) -> None:
    window = launch()
    search(qtbot, window, "ماسکوو")
    pane = window.search_pane
    assert pane.hits and pane.response.corrected == "ماسکو"
    label = pane.suggestion_label
    assert label.isVisible()
    text = label.text()
    assert "href='corrected'" in text and "href='original'" in text
    family = pane.delegate.font.families()[0]
    assert f"'{family}'" in text  # the Urdu words in the article font
    label.linkActivated.emit("original")  # "Search instead for ماسکوو": no correction
    qtbot.waitUntil(lambda: pane.response.corrected is None and not pane.searching)
    assert not pane.hits and pane.response.suggestion == "ماسکو"
    assert "href='suggestion'" in label.text() and label.isVisible()
    label.linkActivated.emit("suggestion")
    qtbot.waitUntil(lambda: bool(pane.hits))
    assert pane.query == "ماسکو"


def test_the_pane_says_what_else_was_searched(launch, qtbot) -> None:
    window = launch()
    search(qtbot, window, "بهی")  # Arabic heh for do-chashmi: the seed writes بھی
    pane = window.search_pane
    assert pane.hits
    assert pane.searched_label.isVisible()
    assert "بھی" in pane.searched_label.text()
    search(qtbot, window, "masko")  # Roman Urdu for ماسکو
    assert pane.hits and "ماسکو" in pane.searched_label.text()
    search(qtbot, window, "=masko")
    assert not pane.hits and not pane.searched_label.isVisible()


def test_a_malformed_query_gets_a_calm_message(launch, qtbot) -> None:
    window = launch()
    for query in ('"', "NOT", "*", "((", "-"):
        search(qtbot, window, query)
        pane = window.search_pane
        assert not pane.hits
        assert "Traceback" not in pane.status_label.text()
    search(qtbot, window, "NOT ماسکو")
    assert window.search_pane.response.message
    assert window.search_pane.status_label.text()


def test_stale_results_are_dropped(launch, qtbot) -> None:
    window = launch()
    pane = window.search_pane
    pane.query_edit.setText("ماسکو")
    pane.search_now()
    pane.query_edit.setText("تہران")
    pane.search_now()  # the first answer may come back later; it must not win
    qtbot.waitUntil(lambda: pane.response is not None and pane.response.query == "تہران")
    qtbot.waitUntil(lambda: settled(window))  # the first answer has come back too, and was dropped
    assert pane.response.query == "تہران"


def test_html_in_an_article_shows_as_text(launch, qtbot, tmp_path: Path) -> None:
    markup = '<script>alert("x")</script> <img src="http://example.com/x.png"> <a href="x">link</a>'
    folder = make_folder(tmp_path / "html", {"markup.txt": f"خبر {markup}\nدوسری سطر <b>موٹا</b>"})
    window = launch(lambda s: setattr(s, "folders", [folder]))
    article = read_article(folder / "markup.txt")
    open_row(qtbot, window, article.id)
    shown = window.viewer.toPlainText()
    assert markup in shown and "<b>موٹا</b>" in shown
    assert window.viewer.document().toHtml().count("<img") == 0
    assert not window.viewer.openLinks()
    # and in the search results: the title is escaped, only the core's <b> marks are markup
    search(qtbot, window, "دوسری")
    html = window.search_pane.model.data(window.search_pane.model.index(0),
                                         window.search_pane.model.HTML_ROLE)
    assert "<script>" not in html and "&lt;script&gt;" in html


def test_paragraph_direction_follows_its_text(launch, qtbot, tmp_path: Path) -> None:
    folder = make_folder(tmp_path / "mixed", {
        "mixed.txt": "اردو کا پیراگراف جس میں COVID-19 اور 2024 ہیں۔\n\nAn English paragraph.\n"
                     "123 ہندسوں سے شروع"})
    window = launch(lambda s: setattr(s, "folders", [folder]))
    open_row(qtbot, window, read_article(folder / "mixed.txt").id)
    doc = window.viewer.document()
    blocks = {}
    block = doc.begin()
    while block.isValid():
        blocks[block.text()] = block.blockFormat()
        block = block.next()
    urdu = blocks["اردو کا پیراگراف جس میں COVID-19 اور 2024 ہیں۔"]
    english = blocks["An English paragraph."]
    digits = blocks["123 ہندسوں سے شروع"]
    assert urdu.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert urdu.alignment() & Qt.AlignmentFlag.AlignRight
    assert english.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert english.alignment() & Qt.AlignmentFlag.AlignLeft
    assert digits.layoutDirection() == Qt.LayoutDirection.RightToLeft


def test_filter_sort_font_and_theme_are_remembered(launch, qtbot, tmp_path: Path) -> None:
    folder = make_folder(tmp_path / "lib", {
        "1.txt": "ب دوسرا عنوان۔", "2.txt": "ا پہلا عنوان۔", "3.txt": "پ تیسرا عنوان۔"})
    window = launch(lambda s: setattr(s, "folders", [folder]))
    pane = window.library_pane
    assert pane.model.rowCount() == 4
    type_text(pane.filter_edit, "عنوان")
    qtbot.waitUntil(lambda: pane.proxy.rowCount() == 3)
    assert window.count_label.text() == "3 of 4 articles shown"
    pane.table.horizontalHeader().setSortIndicator(Column.TITLE, Qt.SortOrder.AscendingOrder)
    titles = [pane.proxy.index(r, 0).data() for r in range(3)]
    assert [t[0] for t in titles] == ["ا", "ب", "پ"]  # Urdu alphabetical order
    window.acts.fonts.actions()[1].trigger()  # Naskh
    window.acts.themes.actions()[2].trigger()  # Dark
    assert window.viewer.effective_font().families()[0] == "Noto Naskh Arabic"
    assert window.theme.colors.dark
    assert QApplication.palette().text().color().lightness() > 150  # light text on dark
    window = launch.restart(window)
    pane = window.library_pane
    assert pane.filter_edit.text() == "عنوان"
    qtbot.waitUntil(lambda: pane.proxy.rowCount() == 3)
    assert pane.sort_state() == (Column.TITLE, Qt.SortOrder.AscendingOrder.value)
    assert [pane.proxy.index(r, 0).data()[0] for r in range(3)] == ["ا", "ب", "پ"]
    assert window.settings.font == "naskh" and window.acts.fonts.actions()[1].isChecked()
    assert window.settings.theme == "dark" and window.theme.colors.dark
    assert QApplication.palette().text().color().lightness() > 150
    window.acts.themes.actions()[1].trigger()  # Light
    assert QApplication.palette().text().color().lightness() < 100


def test_filter_matches_variant_spellings(launch, qtbot) -> None:
    window = launch()
    pane = window.library_pane
    type_text(pane.filter_edit, "روسي")  # Arabic yeh
    qtbot.waitUntil(lambda: pane.filter_edit.text() and pane.proxy.filter_text != "")
    assert pane.proxy.rowCount() == 1
    pane.set_filter("nothing like this")
    assert pane.proxy.rowCount() == 0


def test_zoom_size_and_spacing_are_remembered(launch, qtbot) -> None:
    window = launch()
    size = window.viewer.effective_font().pointSizeF()
    press(qtbot, window, "Ctrl++")
    press(qtbot, window, "Ctrl++")
    assert window.settings.zoom == 120
    assert window.viewer.effective_font().pointSizeF() > size
    press(qtbot, window, "Ctrl+-")
    assert window.settings.zoom == 110
    window.acts.sizes.actions()[-1].trigger()
    window.acts.spacings.actions()[-1].trigger()
    window = launch.restart(window)
    assert window.settings.zoom == 110
    assert window.viewer.font_size == 40 and window.viewer.spacing == 200
    press(qtbot, window, "Ctrl+0")
    assert window.settings.zoom == 100


def test_reading_position_is_remembered(launch, qtbot, seed_path: Path) -> None:
    window = launch()
    window.resize(900, 500)
    article = read_article(seed_path)
    open_row(qtbot, window, article.id)
    viewer = window.viewer
    target = len(article.text) // 2
    viewer.scroll_to(target)
    position = viewer.reading_position()
    assert position > 0
    window = launch.restart(window)  # reopens the last article where reading stopped
    qtbot.waitUntil(lambda: window.article is not None and window.article.id == article.id)
    assert abs(window.viewer.reading_position() - position) < 200
    assert window.viewer.verticalScrollBar().value() > 0


def test_drop_a_folder_adds_it_and_lists_skipped_files(launch, qtbot, tmp_path: Path) -> None:
    folder = make_folder(tmp_path / "dropped", {
        "good.txt": "کراچی میں آج موسم اچھا رہا۔", "bad.txt": b"\x00\x01binary\x00"})
    window = launch()
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(folder))])
    event = QDropEvent(QPoint(10, 10).toPointF(), Qt.DropAction.CopyAction, data,
                       Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    wait_indexed(qtbot, window, count=2)
    assert window.library_pane.model.rowCount() == 2
    assert folder in window.library.folders()  # kept with the index, shared with the CLI
    assert window.skipped_button.isVisible()
    assert window.skipped_button.text() == "1 file skipped"
    window.skipped_button.click()
    dialog = window.findChild(SkippedDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.model.item(0, 0).text().endswith("bad.txt")
    assert "binary" in dialog.model.item(0, 1).text()
    dialog.close()


def test_reindex_and_cancel(launch, qtbot, tmp_path: Path) -> None:
    window = launch()
    window.acts.reindex.trigger()
    wait_indexed(qtbot, window, count=2)
    window.acts.cancel_work.trigger()  # nothing running: harmless
    assert window.library.last_report is not None and not window.library.last_report.cancelled


def test_export_runs_in_a_worker_with_progress(launch, qtbot, monkeypatch, tmp_path: Path,
                                               seed_path: Path) -> None:
    from reader_app.ui import export

    calls: list[dict] = []

    class FakeError(Exception):
        pass

    def fake_export(title, paragraphs, out, *, font, page_size, progress, cancelled,
                    byline=None):
        calls.append({"title": title, "font": font, "page_size": page_size, "byline": byline})
        for i in range(3):
            progress(i + 1, 3)
        Path(out).write_bytes(b"%PDF-1.7 fake")

    monkeypatch.setattr(export, "load_engine", lambda: (fake_export, FakeError))
    out = tmp_path / "out.pdf"
    monkeypatch.setattr(export.Exporter, "ask_path", lambda self, parent, article: out)
    window = launch()
    open_row(qtbot, window, read_article(seed_path).id)
    with qtbot.waitSignal(window.exporter.finished, timeout=10000):
        press(qtbot, window, "Ctrl+E")
    assert out.read_bytes().startswith(b"%PDF")
    assert calls[0]["font"] == "nastaliq" and calls[0]["page_size"] in ("A4", "Letter")
    assert calls[0]["byline"] == window.viewer.byline()

    def failing(*args, **kwargs):
        raise FakeError("The font could not be embedded.")

    monkeypatch.setattr(export, "load_engine", lambda: (failing, FakeError))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    with qtbot.waitSignal(window.exporter.failed, timeout=10000):
        press(qtbot, window, "Ctrl+E")
    assert shown == ["The font could not be embedded."]


def test_about_box_shows_version_and_font_licence(launch, qtbot) -> None:
    from reader_app import __version__
    from reader_app.ui.dialogs import AboutDialog

    window = launch()
    window.acts.about.trigger()
    dialog = window.findChild(AboutDialog)
    assert dialog is not None and dialog.isVisible()
    texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert __version__ in texts
    assert "SIL Open Font License" in dialog.findChild(QPlainTextEdit, "fontLicence").toPlainText()
    dialog.close()


def test_urdu_interface_mirrors_the_layout_and_is_remembered(launch, qtbot) -> None:
    window = launch()
    urdu = next(a for a in window.acts.languages.actions() if a.data() == "ur")
    urdu.trigger()
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    qtbot.waitUntil(lambda: window.acts.menus["fileMenu"].title() != "&File")  # posted event
    assert window.search_pane.query_edit.placeholderText() != "Search articles (Ctrl+F)"
    window = launch.restart(window)
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.settings.language == "ur"
    english = next(a for a in window.acts.languages.actions() if a.data() == "en")
    english.trigger()
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    qtbot.waitUntil(lambda: window.acts.menus["fileMenu"].title() == "&File")


def test_every_control_has_an_accessible_name(launch, qtbot) -> None:
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QLineEdit,
        QMenu,
        QProgressBar,
        QTextEdit,
    )

    window = launch()
    kinds = (QAbstractButton, QAbstractItemView, QLineEdit, QTextEdit, QProgressBar, QMenu)
    missing = []
    widgets = {w for kind in kinds for w in window.findChildren(kind)}
    for widget in widgets:
        if isinstance(widget.parent(), QLineEdit):  # the line edit's own clear button
            continue
        if not widget.accessibleName() and not (isinstance(widget, QAbstractButton)
                                                and widget.text()):
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    assert missing == [], missing


def test_closing_the_window_stops_every_worker(launch, qtbot) -> None:
    window = launch(wait=False)
    window.close()  # while the first index may still be building
    assert window.runner.pool.activeThreadCount() == 0
    assert window.library.index is None
    assert not window.isVisible()


def test_viewer_lines_leave_room_for_nastaliq(launch, qtbot, seed_path: Path) -> None:
    from PySide6.QtGui import QFontMetricsF

    window = launch()
    article = read_article(seed_path)
    open_row(qtbot, window, article.id)
    viewer = window.viewer
    for size in (12, 18, 28, 40):
        window.set_text_style(font="nastaliq", size=size, spacing=100)
        font = viewer.effective_font()
        metrics = QFontMetricsF(font)
        deepest = max(metrics.tightBoundingRect(w).bottom() for w in article.text.split())
        highest = max(-metrics.tightBoundingRect(w).top() for w in article.text.split())
        assert viewer.line_pitch >= deepest + highest  # no line's ink reaches the next line
        assert viewer.line_pitch >= metrics.ascent() + metrics.descent()
        assert viewer.document().documentMargin() >= highest - metrics.ascent()
        cursor = QTextCursor(viewer.document())
        assert cursor.block().layout().lineCount() >= 1


def test_first_launch_lists_the_seed_before_big_folders(launch, qtbot, tmp_path: Path) -> None:
    folder = make_folder(tmp_path / "big", {f"{i}.txt": f"خبر نمبر {i}" for i in range(3)})
    window = launch(lambda s: setattr(s, "folders", [folder]), wait=False)
    sizes: list[int] = []
    window.library.articles_changed.connect(lambda articles: sizes.append(len(articles)))
    wait_indexed(qtbot, window)
    assert sizes[-2:] == [1, 4]  # the seed alone first, then everything
    assert window.library_pane.model.rowCount() == 4


def test_window_geometry_and_splitters_are_remembered(launch, qtbot) -> None:
    window = launch()
    window.resize(700, 500)  # inside the offscreen screen (800 x 600)
    window.splitter.setSizes([250, 450])
    window.side.setSizes([150, 250])
    main, side = window.splitter.sizes(), window.side.sizes()
    window = launch.restart(window)
    assert (window.size().width(), window.size().height()) == (700, 500)
    assert window.splitter.sizes() == main
    assert window.side.sizes() == side


def test_print_renders_the_article_with_qt(launch, qtbot, monkeypatch, tmp_path: Path,
                                           seed_path: Path) -> None:
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    from reader_app.ui import export

    out = tmp_path / "printed.pdf"

    def pdf_printer() -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return printer

    monkeypatch.setattr(export, "_printer", pdf_printer)
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QPrintDialog.DialogCode.Accepted)
    window = launch()
    open_row(qtbot, window, read_article(seed_path).id)
    shown = window.viewer.toPlainText()
    press(qtbot, window, QKeySequence.StandardKey.Print)
    qtbot.waitUntil(lambda: out.exists() and out.stat().st_size > 0)  # laid out in a worker
    assert out.read_bytes().startswith(b"%PDF")
    assert window.viewer.toPlainText() == shown  # the view is untouched


def test_ctrl_wheel_zooms_through_the_saved_zoom(launch, qtbot) -> None:
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QWheelEvent

    window = launch()
    event = QWheelEvent(QPointF(50, 50), QPointF(50, 50), QPoint(0, 0), QPoint(0, 120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(window.viewer.viewport(), event)
    assert window.settings.zoom == 110
    assert window.viewer.zoom == 110


def test_an_approximate_count_says_about(launch, qtbot) -> None:
    from reader_app.core.search import SearchResponse

    window = launch()
    search(qtbot, window, "ایران")
    pane = window.search_pane
    exact = pane.response
    assert pane.status_label.text().startswith("1 article found")
    approximate = SearchResponse(query=exact.query, hits=exact.hits, total=120,
                                 total_exact=False, patterns=exact.patterns)
    pane._set_response(approximate)
    assert pane.status_label.text().startswith("about 120 articles found")
