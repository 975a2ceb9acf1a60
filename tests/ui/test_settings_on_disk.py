"""What the person sets reaches the disk when it changes, not at quit: a crash, a kill or a
power cut right after a change must not lose it."""

from __future__ import annotations

import configparser
import json
from pathlib import Path

from helpers import make_folder
from PySide6.QtCore import Qt

from reader_app.ui.models.article_model import Column
from tests.ui.conftest import type_text


def on_disk(path: Path) -> dict[str, str]:
    """The settings file as another process would read it after this one died."""
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(path, encoding="utf-8")
    return {f"{section}/{key}": value for section in parser.sections()
            for key, value in parser[section].items()}


def test_changes_are_on_disk_before_any_quit(launch, qtbot, tmp_path: Path) -> None:
    folder = make_folder(tmp_path / "lib", {"1.txt": "ب دوسرا عنوان۔", "2.txt": "ا پہلا عنوان۔"})
    window = launch(lambda s: setattr(s, "folders", [folder]))
    pane = window.library_pane
    pane.table.horizontalHeader().setSortIndicator(Column.TITLE, Qt.SortOrder.AscendingOrder)
    type_text(pane.filter_edit, "عنوان")
    window.acts.themes.actions()[2].trigger()  # Dark
    window.acts.zoom_in.trigger()
    window.splitter.setSizes([300, 900])
    window.splitter.splitterMoved.emit(300, 1)
    assert window._state_timer.isActive()
    qtbot.waitUntil(lambda: not window._state_timer.isActive())  # the delayed save has run

    saved = on_disk(launch.settings_path)  # the window is still open: nothing was "quit"
    assert saved["ui/theme"] == "dark"
    assert saved["viewer/zoom"] == "110"
    assert json.loads(saved["library/sort_by"].strip('"').replace('\\"', '"')) == [
        "title", Qt.SortOrder.AscendingOrder.value]
    assert saved["library/filter"] == "عنوان"
    assert "window/splitter_main" in saved and "window/geometry" in saved
