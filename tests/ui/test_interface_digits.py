"""Numbers in the interface are written in the interface's digits (issue 16 item 11).

Qt's ur_PK locale writes Latin digits, so the Urdu window said "12 مضامین" and "Zoom 120%"
beside list dates in Urdu digits ("۱۴ جولائی ۲۰۲۴"). Every count, percentage and status
number is read here off the widget that shows it: Urdu digits only in Urdu, Latin digits only
in English.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from helpers import make_folder

from tests.ui.conftest import type_text, wait_indexed

LATIN_DIGIT = re.compile(r"[0-9]")
URDU_DIGIT = re.compile(r"[\u06F0-\u06F9]")
ARTICLES = 12  # two digits, so a count is never a lone digit that both scripts could share


@pytest.mark.parametrize("language", ["ur", "en"])
def test_counts_percentages_and_status_use_the_interface_digits(
        launch, qtbot, tmp_path: Path, language: str) -> None:
    folder = make_folder(tmp_path / "news", {
        f"a{i}.txt": f"کراچی میں بارش کا سلسلہ جاری ہے۔ خبر نمبر {'ا' * (i + 1)} ہے۔"
        for i in range(ARTICLES)})
    window = launch(lambda s: setattr(s, "language", language))
    said: list[str] = []
    window.library.status.connect(said.append)
    assert window.library.add_folder(folder)
    wait_indexed(qtbot, window, count=2)

    texts = {"count": window.count_label.text()}
    # "Library updated: 12 added, 0 changed, 0 removed." and the progress before it
    texts["status"] = " | ".join(said)
    type_text(window.library_pane.filter_edit, "a1")  # a1, a10, a11: "3 of 13 shown"
    qtbot.waitUntil(lambda: window.library_pane.proxy.rowCount() < ARTICLES)
    texts["shown"] = window.count_label.text()
    window.acts.zoom_in.trigger()
    texts["zoom"] = window.statusBar().currentMessage()  # "Zoom 110%"
    from reader_app.core.options import Steps

    for group, option in window.acts._choices.values():  # View › Text Size "18 pt", spacing
        if isinstance(option, Steps):
            texts[f"menu {option.key}"] = " | ".join(a.text() for a in group.actions())
    pane = window.search_pane
    type_text(pane.query_edit, "کراچی")
    qtbot.waitUntil(lambda: pane.response is not None and bool(pane.response.hits)
                    and not pane.searching, timeout=10000)
    texts["found"] = pane.status_label.text()  # "12 articles found"
    window.acts.find_next.trigger()  # F3: the first result opens at its first hit
    qtbot.waitUntil(lambda: bool(window.hit_label.text()), timeout=10000)
    texts["hits"] = window.hit_label.text()  # "Hit 1 of 2"

    for where, text in texts.items():
        assert text, f"nothing shown for {where}"
        if language == "ur":
            assert URDU_DIGIT.search(text) and not LATIN_DIGIT.search(text), (where, text)
        else:
            assert LATIN_DIGIT.search(text) and not URDU_DIGIT.search(text), (where, text)


def test_a_large_count_is_written_alike_by_tr_and_fill(qapp) -> None:
    """"%Ln" in a plural text and a number given to fill: the same digits and grouping, so
    "1022 vs 2,096" can no longer sit side by side."""
    from PySide6.QtCore import QCoreApplication, QLocale

    from reader_app.ui.i18n import fill, locale_for

    before = QLocale()
    try:
        for language, written in (("ur", "۲٬۰۹۶"), ("en", "2,096")):
            QLocale.setDefault(locale_for(language))
            assert fill("%1", 2096) == written
            assert QCoreApplication.translate("x", "%Ln", "", 2096) == written
            assert fill("%1", "2096") == "2096"  # text (a query, a path) stays as it is
    finally:
        QLocale.setDefault(before)
