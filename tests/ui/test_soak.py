"""A long session in the real window with real workers: hundreds of searches typed key by
key over a thousand articles, results painted, F3 through hits, filter edits, zoom and theme
changes, then quit. With PySide6 6.12.0 on Python 3.11 this aborted the process after about
fifteen searches (``none_dealloc``); a short test never reaches that point."""

from __future__ import annotations

import random
import time
from pathlib import Path

import pytest
from helpers import write_library
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import settled, type_text

SEARCHES = 300
ARTICLES = 1000
WORDS = ["ایران", "روس", "وزیردفاع", "تعاون", "مشترکہ", "ایرانی", "فوجی", "روسی", "چیلنجز",
         "جاری", "ماسکو", "ملاقات", "دونوں", "بھی", "شویگو", "حسین", "دھقان", "تہران",
         "درمیان", "دوران", "صدر", "سیرگی", "ملک", "ساتھ", "مطابق", "منصب", "فروغ",
         "وزير دفاع", "ایران روس", '"مسلح افواج"', "ماس*", "ایران OR روس", "روس -ایران",
         "تعاوں", "ملاقت", "30", "۳۰", "کراچی بارش"]


def paint(widget) -> None:
    """Paint the widget now, as the screen would, through every delegate."""
    widget.grab()


@pytest.mark.slow
@pytest.mark.timeout(1800)
def test_hundreds_of_typed_searches_then_quit(launch, qtbot, tmp_path: Path,
                                             sentences: list[str]) -> None:
    folder = tmp_path / "library"
    write_library(folder, ARTICLES, sentences)
    window = launch(lambda s: setattr(s, "folders", [folder]), wait=False)
    qtbot.waitUntil(lambda: window.library_pane.model.rowCount() == ARTICLES + 1
                    and settled(window), timeout=180000)
    pane = window.search_pane
    box = pane.query_edit
    rng = random.Random(11)
    found = 0
    for i in range(SEARCHES):
        query = rng.choice(WORDS)
        box.clear()
        for ch in query:  # as typed: some keystrokes outrun the debounce, some do not
            type_text(box, ch)
            qtbot.wait(rng.choice((0, 5, 40, 300)))  # kept: the typing's own rhythm
        qtbot.waitUntil(lambda q=query: pane.response is not None and not pane.searching
                        and not pane.timer.isActive() and pane.response.query.strip() == q,
                        timeout=20000)
        paint(pane.results_view)
        if pane.hits:
            found += 1
        if i % 10 == 0 and pane.hits:
            box.setFocus()
            qtbot.keyClick(box, Qt.Key.Key_Return)  # open the first result
            qtbot.waitUntil(lambda: window.article is not None
                            and window.article.path == pane.hits[0].path, timeout=10000)
            for _ in range(rng.randint(1, 6)):
                qtbot.keyClick(window.viewer, Qt.Key.Key_F3)
            paint(window.viewer)
        if i % 25 == 0:
            filter_edit = window.library_pane.filter_edit
            filter_edit.clear()
            type_text(filter_edit, rng.choice(WORDS[:10]))
            qtbot.waitUntil(lambda: not window.library_pane._timer.isActive())  # filtered
            paint(window.library_pane)
        if i % 30 == 0:
            window.acts.zoom_in.trigger() if i % 60 else window.acts.zoom_out.trigger()
            paint(window.viewer)
        if i % 50 == 0:
            window.acts.themes.actions()[1 + (i // 50) % 2].trigger()  # light, dark, …
            paint(window)
        QApplication.processEvents()
    assert found > SEARCHES // 2, "most of the typed searches should find articles"
    assert window.isVisible()

    started = time.monotonic()
    window.close()
    assert time.monotonic() - started < 2.0
    assert window.runner.pool.activeThreadCount() == 0
