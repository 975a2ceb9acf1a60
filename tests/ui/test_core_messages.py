"""What the core says reaches the Urdu interface in Urdu (issue 16 item 11): a skip reason,
an index notice, an export failure and a search note, each read off the widget that shows
it. Before the core's sentences were Messages the window showed them in English."""

from __future__ import annotations

import re
from pathlib import Path

from helpers import make_folder
from PySide6.QtWidgets import QMessageBox

from reader_app.core.library import read_article
from reader_app.ui.dialogs import SkippedDialog
from reader_app.ui.main_window import MainWindow
from tests.ui.conftest import type_text, wait_indexed

URDU = re.compile(r"[\u0600-\u06FF]")
LATIN_WORD = re.compile(r"[A-Za-z]{3,}")


def urdu(launch, **kwargs) -> MainWindow:
    return launch(lambda s: setattr(s, "language", "ur"), **kwargs)


def test_a_skip_reason_is_listed_in_urdu(launch, qtbot, tmp_path: Path) -> None:
    folder = make_folder(tmp_path / "more", {"good.txt": "کراچی میں آج موسم اچھا رہا۔",
                                             "bad.txt": b"\x00\x01binary\x00"})
    window = urdu(launch)
    assert window.library.add_folder(folder)
    wait_indexed(qtbot, window, count=2)
    window.skipped_button.click()
    dialog = window.findChild(SkippedDialog)
    assert dialog is not None and dialog.isVisible()
    reason = dialog.model.item(0, 1).text()
    # "binary file (contains NUL bytes)" in Urdu; NUL is the byte's name, kept as it is
    assert URDU.search(reason) and "binary" not in reason, reason
    assert dialog.model.item(0, 0).text().endswith("bad.txt")  # the path as it is
    dialog.close()


def test_an_index_notice_is_shown_in_urdu(launch, qtbot) -> None:
    window = launch()
    window.close()
    for toc in launch.index_dir.glob("*.toc"):  # the index loses its table of contents
        toc.unlink()
    window = urdu(launch)
    qtbot.waitUntil(lambda: bool(window.notice_label.text()))
    text = window.notice_label.text()
    assert "rebuilt" in str(window.library.index.notice)  # the English the core logs
    # the notice and the reason inside it both translated; the counts in the locale
    assert URDU.search(text) and not LATIN_WORD.search(text), text
    window.translations.apply("en")  # switching language relabels the notice
    qtbot.waitUntil(lambda: "rebuilt" in window.notice_label.text())


def test_an_export_failure_is_explained_in_urdu(launch, qtbot, monkeypatch,
                                                 tmp_path: Path, seed_path: Path) -> None:
    from reader_app.ui import export

    out = tmp_path / "no such folder" / "article.pdf"
    monkeypatch.setattr(export.Exporter, "ask_path", lambda self, parent, article: out)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    window = urdu(launch)
    assert window.library_pane.select_id(read_article(seed_path).id)
    qtbot.waitUntil(lambda: window.article is not None)
    with qtbot.waitSignal(window.exporter.failed, timeout=20000):
        window.acts.export_pdf.trigger()
    assert len(shown) == 1
    # "Cannot save article.pdf: the folder … does not exist." with the names as they are
    assert URDU.search(shown[0]) and "Cannot save" not in shown[0], shown
    assert "article.pdf" in shown[0] and str(out.parent) in shown[0]


def test_a_search_note_is_in_urdu(launch, qtbot) -> None:
    window = urdu(launch)
    pane = window.search_pane
    type_text(pane.query_edit, "NOT ماسکو")
    qtbot.waitUntil(lambda: pane.response is not None and pane.response.message is not None
                    and not pane.searching, timeout=10000)
    assert "Add a word" in str(pane.response.message)
    text = pane.status_label.text()
    assert URDU.search(text) and "Add a word" not in text, text


def test_numbers_in_core_sentences_follow_the_interface_locale(qapp) -> None:
    """Counts grouped like the window's other counts, a row number ungrouped, decimals in the
    locale's own signs; in a locale with Urdu digits, Urdu digits."""
    from PySide6.QtCore import QLocale

    from reader_app.core.formats.records import RecordSkip
    from reader_app.core.messages import Message
    from reader_app.ui.i18n import render

    skip = RecordSkip(Path("/news/a.csv"), Message("has no text"), 1022, "row")
    size = Message("too large ({size:.1f} MB; the limit is {limit:.0f} MB)", size=20.5,
                   limit=16.7)
    count = Message("The index holds {count} articles twice.", count=2096)
    before = QLocale()
    try:
        QLocale.setDefault(QLocale(QLocale.Language.Urdu, QLocale.Country.India))
        assert render(skip.message) == "/news/a.csv, row ۱۰۲۲: has no text"
        assert render(size) == "too large (۲۰٫۵ MB; the limit is ۱۷ MB)"
        assert render(count) == "The index holds ۲٬۰۹۶ articles twice."
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        assert render(count) == "The index holds 2,096 articles twice."  # as the list's 2,096
        assert str(count) == "The index holds 2096 articles twice."  # the CLI's English
    finally:
        QLocale.setDefault(before)


def test_a_notice_is_not_painted_over_by_a_passing_status_message(launch, qtbot) -> None:
    from reader_app.core.messages import Message

    window = urdu(launch)
    window.statusBar().showMessage("Indexing articles: 10 of 1300…", 8000)
    window.library.notice.emit(Message("The index could not be updated: {what}. The previous "
                                       "index is unchanged.", what=Message("the disk is full")))
    assert window.notice_label.isVisible() and URDU.search(window.notice_label.text())
    assert window.statusBar().currentMessage() == ""  # else both are drawn in one place
