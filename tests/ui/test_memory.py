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
