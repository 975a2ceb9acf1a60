"""A long session lets go of what it no longer shows (issue 27): the RSS grew by 143 KB a
search without end, because every finished worker task stayed alive, holding its search's
response and hits (benchmarks/bench_memory.py measures the RSS itself)."""

from __future__ import annotations

import gc

from reader_app.core.results import Hit, SearchResponse
from reader_app.ui.workers import Task
from tests.ui.test_window import search

WORDS = ["ایران", "روس", "وزیردفاع", "تعاون", "مشترکہ", "فوجی", "ماسکو", "ملاقات", "تہران"]


def alive(kind: type) -> int:
    gc.collect()
    return sum(isinstance(o, kind) for o in gc.get_objects())


def test_searches_do_not_pile_up_tasks_responses_or_hits(launch, qtbot) -> None:
    window = launch()
    counts = []
    for _round in range(3):
        for word in WORDS:
            search(qtbot, window, word)
            window.search_pane.results_view.grab()  # painted, through the delegate
        qtbot.waitUntil(lambda: not window.runner.busy)
        counts.append((alive(Task), alive(SearchResponse), alive(Hit)))
    tasks, responses, hits = counts[-1]
    assert tasks <= 5 and responses <= 3, counts
    assert counts[-1][2] <= counts[0][2] + 5, counts  # the hits of the shown search only


def test_opening_articles_does_not_keep_their_documents(launch, qtbot, tmp_path) -> None:
    """Every article shown stayed alive as a QTextDocument of the viewer (about 190 KB
    each; 300 after 3,000 searches): setDocument deletes only its own control's."""
    from helpers import make_folder
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtGui import QTextDocument

    from reader_app.core.library import read_article
    from tests.ui.test_window import open_row

    folder = make_folder(tmp_path / "news", {f"{n}.txt": f"خبر {n}\n\nکراچی میں بارش {n}۔"
                                             for n in range(6)})
    window = launch(lambda s: setattr(s, "folders", [str(folder)]))
    qtbot.waitUntil(lambda: window.library_pane.model.rowCount() == 7, timeout=20000)
    for _round in range(4):
        for n in range(6):
            open_row(qtbot, window, read_article(folder / f"{n}.txt").id)
    window.set_text_style(size=window.settings.font_size + 2)  # a new layout: a new document
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    kept = window.viewer.findChildren(QTextDocument)
    assert len(kept) <= 2, len(kept)


def test_the_ink_meter_keeps_a_bounded_vocabulary(qapp, monkeypatch) -> None:
    """One entry per distinct word ever shown, without end (a large library's vocabulary)."""
    from PySide6.QtGui import QFont

    from reader_app.ui import fonts

    monkeypatch.setattr(fonts, "INK_CACHE_WORDS", 50)
    meter, font = fonts.InkMeter(), QFont()
    for n in range(400):
        meter.extents(font, f"لفظ{n} دوسرا{n}")
    assert len(meter._cache) <= 50
    assert meter.extents(font, "کراچی")[0] > 0  # and it still measures
