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


def test_filling_the_later_snippets_lays_the_list_out_once(launch, qtbot, tmp_path,
                                                           monkeypatch) -> None:
    """Each result row is a laid-out Nastaliq document: filling the later rows' snippets
    must re-measure the list once, not once per row (that froze the window for seconds
    after every search of a few dozen results)."""
    count = FIRST_SNIPPETS + 30
    folder = make_folder(tmp_path / "many", {
        f"{i:02d}.txt": f"خبر نمبر {i}: " + "بارش کا امکان ہے۔ " * (i % 4) + "کراچی میں آج"
        for i in range(count)})
    window = launch(lambda s: setattr(s, "folders", [folder]))
    pane = window.search_pane
    measured: list[int] = []
    lay_out = pane.delegate.document  # every measurement and paint lays a row out

    def counting(index, width):
        measured.append(index.row())
        return lay_out(index, width)

    # on the instance, in Python: patching the class's C++ virtual would leave a stale
    # override behind for the windows of later tests
    monkeypatch.setattr(pane.delegate, "document", counting)
    search(qtbot, window, "کراچی")
    qtbot.waitUntil(lambda: len(pane.hits) == count and not window.runner.busy
                    and not any(h.pending for h in pane.hits))
    # kept: a count of layouts has no last one to wait for; a delayed layout left out by a
    # slow machine can only lower the count, never fail the test
    qtbot.wait(200)
    assert len(measured) <= 8 * count, f"{len(measured)} row layouts for {count} rows"
