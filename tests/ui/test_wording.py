"""Issue 27's wording, as a reader of either language sees it: counts that agree with their
number ("۱ مضمون", not "۱ مضامین"), rows of a dataset counted as rows (not as files that
could not be added), one sentence for "found; showing the best", and the version in the
interface's digits."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import make_folder
from PySide6.QtWidgets import QLabel

from reader_app import __version__
from reader_app.ui.dialogs import AboutDialog, SkippedDialog
from reader_app.ui.main_window import MainWindow
from tests.ui.test_window import search

URDU_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


def test_a_bad_row_in_each_of_two_datasets_is_two_rows_not_two_files(launch, qtbot,
                                                                     tmp_path: Path) -> None:
    folder = make_folder(tmp_path / "data", {
        "a.csv": "title,text\nبارش,لاہور میں آج بارش ہوئی اور سڑکیں ڈوب گئیں۔\nخالی,\n",
        "b.csv": "title,text\nدھوپ,کراچی میں آج دھوپ نکلی اور موسم اچھا رہا۔\nخالی,\n"})
    window = launch(lambda s: setattr(s, "folders", [str(folder)]))
    qtbot.waitUntil(window.skipped_button.isVisible, timeout=20000)
    assert window.skipped_button.text() == "2 rows or entries skipped"
    window.skipped_button.click()
    dialog = window.findChild(SkippedDialog)
    assert dialog is not None
    label = dialog.findChild(QLabel)
    assert label.text() == ("2 rows or entries were left out of their files; the rest of "
                            "each file was added.")
    assert "could not be added" not in label.text()
    dialog.close()


def test_a_whole_file_and_a_row_are_counted_apart(launch, qtbot, tmp_path: Path) -> None:
    folder = make_folder(tmp_path / "data", {
        "a.csv": "title,text\nبارش,لاہور میں آج بارش ہوئی اور سڑکیں ڈوب گئیں۔\nخالی,\n",
        "bad.txt": b"\x00\x01binary\x00", "good.txt": "کراچی میں آج موسم اچھا رہا۔"})
    window = launch(lambda s: setattr(s, "folders", [str(folder)]))
    qtbot.waitUntil(window.skipped_button.isVisible, timeout=20000)
    assert window.skipped_button.text() == "1 file skipped, 1 row or entry skipped"


@pytest.mark.parametrize("language", ["en", "ur"])
def test_one_article_is_singular_in_the_folders_dialog(launch, qtbot, tmp_path: Path,
                                                       language: str) -> None:
    folder = make_folder(tmp_path / "one", {"a.txt": "کراچی میں آج موسم اچھا رہا۔"})
    window = launch(lambda s: (setattr(s, "language", language),
                               setattr(s, "folders", [str(folder)])))
    qtbot.waitUntil(lambda: window.library_pane.model.rowCount() == 2)  # and the seed
    window.manage_folders()
    dialog = window.folders_dialog
    assert dialog is not None
    rows = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    row = next(r for r in rows if "one" in r)
    if language == "en":
        assert row.endswith("1 article")
    else:
        assert row.endswith("۱ مضمون") and "مضامین" not in row
    dialog.reject()


def test_found_and_showing_the_best_are_one_sentence(launch, qtbot, tmp_path: Path) -> None:
    folder = make_folder(tmp_path / "many", {
        f"{n:03d}.txt": f"خبر {n}\n\nکراچی میں آج بارش ہوئی، خبر نمبر {n}۔" for n in range(60)})
    window = launch(lambda s: setattr(s, "folders", [str(folder)]))
    qtbot.waitUntil(lambda: window.library_pane.model.rowCount() == 61, timeout=20000)
    search(qtbot, window, "بارش")
    text = window.search_pane.status_label.text()
    assert text == "60 articles found; showing the best 50", text


def ur_about(window: MainWindow) -> str:
    window.show_about()
    dialog = window.findChild(AboutDialog)
    assert dialog is not None
    text = dialog.findChild(QLabel).text()
    dialog.close()
    return text


def test_the_version_is_in_the_interfaces_digits(launch, qtbot) -> None:
    window = launch(lambda s: setattr(s, "language", "ur"))
    text = ur_about(window)
    assert __version__.translate(URDU_DIGITS) in text
    assert __version__ not in text


def test_a_correction_is_read_whole_in_a_small_window(launch, qtbot, tmp_path: Path) -> None:
    """At 500×400, "Showing results for … · Search instead for …" was cut to its first
    line: the label was given one line's height and the results list the rest."""
    import math

    from PySide6.QtGui import QTextDocument

    folder = make_folder(tmp_path / "many", {
        f"{n:03d}.txt": f"خبر {n}\n\nحکومت پاکستان نے آج بارش کے بارے میں خبر نمبر {n} دی۔"
        for n in range(60)})
    window = launch(lambda s: setattr(s, "folders", [str(folder)]))
    qtbot.waitUntil(lambda: window.library_pane.model.rowCount() == 61, timeout=20000)
    window.resize(500, 400)
    search(qtbot, window, "حکومتت پاکستانن")
    pane = window.search_pane
    label = pane.suggestion_label
    assert label.isVisible() and "Search instead for" in label.text()

    def fits() -> bool:
        document = QTextDocument()
        document.setDefaultFont(label.font())
        document.setDocumentMargin(0)
        document.setHtml(label.text())
        document.setTextWidth(label.contentsRect().width())
        return label.contentsRect().height() >= math.ceil(document.size().height())

    qtbot.waitUntil(fits)
    assert label.geometry().bottom() < pane.results_view.geometry().top()
    assert pane.status_label.geometry().bottom() < label.geometry().top()
    assert window.height() <= 400  # and the window did not grow to make room


@pytest.mark.parametrize("language", ["en", "ur"])
def test_the_source_filter_shows_a_mixed_name_whole(launch, qtbot, tmp_path: Path,
                                                    language: str) -> None:
    """"BBC News اردو (1)" was cut to the box's width, and in the Urdu interface read
    "BBC News (۱) اردو", its count inside the name."""
    folder = make_folder(tmp_path / "feed", {"news.csv": "title,text,source,date\n" + "".join(
        f"خبر {n},کراچی میں آج بارش ہوئی، خبر نمبر {n}۔,BBC News اردو,2024-07-16\n"
        for n in range(3))})
    window = launch(lambda s: (setattr(s, "language", language),
                               setattr(s, "folders", [str(folder)])))
    combo = window.library_pane.source_combo
    qtbot.waitUntil(lambda: combo.count() == 2, timeout=20000)
    mark, three = ("\u200f", "۳") if language == "ur" else ("\u200e", "3")
    assert combo.itemText(1) == f"{mark}\u2068BBC News اردو\u2069 ({three})"
    view = combo.view()
    assert view.minimumWidth() > view.sizeHintForColumn(0)
    assert view.window().minimumWidth() >= view.minimumWidth()


def test_urdu_file_type_filters_read_right_to_left_and_still_filter(launch) -> None:
    """"PDF دستاویزات (*.pdf)" showed in the Urdu file dialog as "(pdf.* ...": the line took
    its direction from "PDF" and the pattern ran backwards. Qt reads the pattern from the
    brackets, so the marks stay outside them."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QFileDialog, QFileSystemModel

    launch(lambda s: setattr(s, "language", "ur"))
    for context, source, patterns in (("Exporter", "PDF documents (*.pdf)", ["*.pdf"]),
                                      ("MainWindow", "Datasets (%1)", ["*.csv", "*.tsv"])):
        text = QCoreApplication.translate(context, source).replace("%1", "*.csv *.tsv")
        assert text[0] == "\u200f" or "\u0600" <= text[0] <= "\u06ff", text
        assert "\u2066(" in text and text.endswith(")")
        dialog = QFileDialog()
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setNameFilter(text)
        assert dialog.findChild(QFileSystemModel).nameFilters() == patterns
        dialog.deleteLater()
