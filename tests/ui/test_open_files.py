"""What ``reader-app PATH ...`` (at launch, or handed over by a later launch) does with each
path: ``MainWindow.open_files`` (issue 27)."""

from __future__ import annotations

import os
from pathlib import Path

from helpers import make_folder

from reader_app.core.library import article_id


def settled(window) -> bool:
    return not window.library.busy and not window.runner.busy


def real(paths: list[Path]) -> list[str]:
    return [os.path.realpath(p) for p in paths]


def test_a_folder_joins_the_library(launch, qtbot, tmp_path: Path) -> None:
    folder = make_folder(tmp_path / "news", {"a.txt": "پہلی خبر\n\nکراچی میں بارش۔"})
    window = launch()
    window.open_files([folder])
    qtbot.waitUntil(lambda: os.path.realpath(folder) in real(window.library.folders()))
    qtbot.waitUntil(lambda: settled(window) and window.library_pane.model.row_of(
        article_id(folder / "a.txt")) >= 0, timeout=20000)


def test_an_article_outside_the_library_opens_by_itself(launch, qtbot, tmp_path: Path) -> None:
    loose = make_folder(tmp_path / "loose", {"x.txt": "اکیلی خبر\n\nیہ مضمون لائبریری میں نہیں۔"})
    window = launch()
    before = window.library.folders()
    window.open_files([loose / "x.txt"])
    qtbot.waitUntil(lambda: window.article is not None)
    assert window.article.path == loose / "x.txt"
    assert window.windowTitle().startswith("اکیلی خبر")
    assert window.library.folders() == before  # the library is as it was


def test_a_dataset_outside_the_library_joins_it_as_a_file(launch, qtbot, tmp_path: Path) -> None:
    """Every row listed and searchable, the first one shown; the folder around it (here
    with an unrelated article) is not indexed."""
    rows = "".join(f"خبر {i},کراچی میں بارش کی خبر نمبر {i}۔\n" for i in range(5))
    downloads = make_folder(tmp_path / "Downloads", {"news.csv": "title,text\n" + rows,
                                                     "unrelated.txt": "کوئی اور بات"})
    dataset = downloads / "news.csv"
    window = launch()
    window.open_files([dataset])
    qtbot.waitUntil(lambda: window.article is not None and window.article.path == dataset)
    assert window.article.title == "خبر 0"
    assert os.path.realpath(dataset) in real(window.library.folders())
    assert os.path.realpath(downloads) not in real(window.library.folders())
    model = window.library_pane.model
    qtbot.waitUntil(lambda: settled(window) and model.row_of(article_id(dataset, 4)) >= 0,
                    timeout=20000)
    assert model.row_of(article_id(downloads / "unrelated.txt")) < 0


def test_a_dataset_inside_the_library_only_opens(launch, qtbot, tmp_path: Path) -> None:
    folder = make_folder(tmp_path / "lib", {"news.csv": "title,text\nسرخی,متن کی خبر۔\n"})
    window = launch(lambda s: setattr(s, "folders", [folder]))
    before = real(window.library.folders())
    window.open_files([folder / "news.csv"])
    qtbot.waitUntil(lambda: window.article is not None)
    assert window.article.title == "سرخی"
    assert real(window.library.folders()) == before


def test_a_folder_given_at_first_launch_joins_before_the_index_opens(launch, qtbot,
                                                                     tmp_path: Path) -> None:
    """``reader-app FOLDER`` on a first launch: the window opens the folder at once, while
    its index is still opening in a worker. The folder waited in the settings and was then
    dropped with them when the index opened: only the seed was listed."""
    folder = make_folder(tmp_path / "news", {f"{n}.txt": f"خبر {n}\n\nکراچی میں بارش۔"
                                             for n in range(3)})
    window = launch(wait=False)
    assert window.library.index is None  # (as app.py does it: start(), then open_files())
    window.open_files([folder])
    qtbot.waitUntil(lambda: window.library.ready and settled(window)
                    and window.library_pane.model.rowCount() == 4, timeout=20000)
    assert os.path.realpath(folder) in real(window.library.folders())
    again = launch.restart(window)  # kept with the index, not only for this session
    assert os.path.realpath(folder) in real(again.library.folders())
    assert again.library_pane.model.rowCount() == 4
