"""The search pane makes the snippets of its first rows with the search and the rest just
after, off the UI thread: every row still ends up with its marked snippet."""

from __future__ import annotations

from helpers import make_folder
from PySide6.QtCore import Qt

from reader_app.ui.search_pane import FIRST_SNIPPETS, ResultsModel
from tests.ui.test_window import search


def test_every_result_row_gets_its_marked_snippet(launch, qtbot, tmp_path) -> None:
    count = FIRST_SNIPPETS + 15
    folder = make_folder(tmp_path / "many", {
        f"{i:02d}.txt": f"خبر نمبر {i}: " + "بارش کا امکان ہے۔ " * (i % 4) + "کراچی میں آج"
        for i in range(count)})
    window = launch(lambda s: setattr(s, "folders", [folder]))
    search(qtbot, window, "کراچی")
    pane = window.search_pane
    qtbot.waitUntil(lambda: len(pane.hits) == count and not window.runner.busy)
    for row in range(count):
        index = pane.model.index(row)
        assert "<b>کراچی</b>" in index.data(ResultsModel.HTML_ROLE), row
        assert "کراچی میں آج" in index.data(Qt.ItemDataRole.AccessibleTextRole), row
        assert "کراچی" in pane.model.data(index, role=ResultsModel.HIT_ROLE).snippet
