"""What a person sees follows the library (issue 23): the Library Folders dialog counts what
the list shows, and a search that was running while articles were added is run again."""

from __future__ import annotations

import threading
from pathlib import Path

from helpers import make_folder

from tests.ui.conftest import settled, type_text, wait_indexed


def test_the_folders_dialog_counts_what_the_list_shows(launch, qtbot, tmp_path: Path) -> None:
    """It was refilled on the library's listing, before the list's rows were sorted in:
    "more — 0 articles" beside three new rows, until the next change."""
    window = launch()
    window.manage_folders()
    dialog = window.folders_dialog
    folder = make_folder(tmp_path / "more", {f"{n}.txt": f"خبر نمبر {n}۔" for n in range(3)})
    window.add_folder(folder)
    wait_indexed(qtbot, window, 2)
    assert window.articles_below(folder.resolve()) == 3
    texts = [dialog.list.item(r).text() for r in range(dialog.list.count())]
    assert any("more" in t and "3 articles" in t for t in texts), texts


def test_a_closed_folders_dialog_hears_nothing_more(launch, qtbot, tmp_path: Path) -> None:
    """Its list was refilled from a connection that outlived it (a RuntimeError for every
    change of a watched folder after the dialog had been closed)."""
    window = launch()
    window.manage_folders()
    window.folders_dialog.reject()
    qtbot.waitUntil(lambda: window.folders_dialog is None)
    window.add_folder(make_folder(tmp_path / "later", {"a.txt": "بعد کی خبر۔"}))
    wait_indexed(qtbot, window, 2)
    assert window.library_pane.model.rowCount() == 2


def test_a_first_search_running_while_articles_are_added_is_run_again(
        launch, qtbot, tmp_path: Path, monkeypatch) -> None:
    folder = make_folder(tmp_path / "lib", {"1.txt": "کراچی میں بارش۔"})
    window = launch(lambda s: setattr(s, "folders", [folder]))
    window.watcher.stop()
    library, pane = window.library, window.search_pane
    computed, release = threading.Event(), threading.Event()
    real = library.search

    def late(*args, **kwargs):
        """The first search has read the index, and answers only after the refresh."""
        response = real(*args, **kwargs)
        if not computed.is_set():
            computed.set()
            release.wait(20)
        return response

    monkeypatch.setattr(library, "search", late)
    type_text(pane.query_edit, "کراچی")
    qtbot.waitUntil(computed.is_set, timeout=10000)
    (folder / "2.txt").write_text("کراچی کی دوسری خبر۔", encoding="utf-8")
    count = library.refresh_count
    library.refresh()
    qtbot.waitUntil(lambda: library.refresh_count > count
                    and window.library_pane.model.rowCount() == 3, timeout=20000)
    release.set()
    qtbot.waitUntil(lambda: settled(window) and pane.response is not None
                    and not pane.searching, timeout=20000)
    assert sorted(h.path.name for h in pane.hits) == ["1.txt", "2.txt"]
