"""Issue 15 in the window: the list's Source and Published columns, the source filter, the
columns remembered, the viewer's heading and link, and library management."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from helpers import make_folder
from PySide6.QtCore import QLocale, QPoint, QRect, Qt, QUrl
from PySide6.QtGui import QColor, QDesktopServices, QTextCursor
from PySide6.QtWidgets import QApplication, QMessageBox

from reader_app.core.library import Article
from reader_app.core.results import ArticleInfo
from reader_app.ui import fonts
from reader_app.ui.i18n import locale_for
from reader_app.ui.library_pane import LibraryPane
from reader_app.ui.models.article_model import ArticleFilterProxy, ArticleTableModel, Column, Role
from reader_app.ui.viewer import ArticleViewer
from tests.ui.conftest import settled, wait_indexed

BBC, DATASET = "BBC News اردو", "Urdu News Dataset"


def info(n: int, title: str, *, source: str | None = None, published: datetime | None = None,
         mtime: float = 1_700_000_000.0, url: str | None = None) -> ArticleInfo:
    return ArticleInfo(id=f"id{n}", path=Path(f"/lib/{n}.csv"), title=title, mtime=mtime,
                       size=100, length=50 + n, content_hash=f"h{n}", item=n, source=source,
                       published=published, url=url)


ARTICLES = [
    info(1, "پہلی خبر", source=BBC, published=datetime(2024, 7, 14, 9, 30, tzinfo=UTC)),
    info(2, "دوسری خبر", source=DATASET, published=datetime(2021, 1, 3, tzinfo=UTC)),
    info(3, "تیسری خبر", source=BBC, published=datetime(2019, 12, 25, tzinfo=UTC)),
    info(4, "فائل کی خبر", mtime=1_750_000_000.0),  # no date of its own: the file's shows
]


@pytest.fixture
def urdu() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(locale_for("ur"))
    yield
    QLocale.setDefault(before)


def model_of(articles: list[ArticleInfo]) -> tuple[ArticleTableModel, ArticleFilterProxy]:
    model = ArticleTableModel()
    proxy = ArticleFilterProxy()
    proxy.setSourceModel(model)
    model.set_articles(articles)
    return model, proxy


def column(proxy: ArticleFilterProxy, col: Column, role: int = Qt.ItemDataRole.DisplayRole
           ) -> list[object]:
    return [proxy.index(r, col).data(role) for r in range(proxy.rowCount())]


def test_the_new_columns_pass_the_model_tester(qtmodeltester) -> None:
    model, proxy = model_of(ARTICLES)
    qtmodeltester.check(model, force_py=True)
    proxy.set_source_filter(BBC)
    proxy.sort(Column.SOURCE, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(proxy, force_py=True)


def test_published_shows_urdu_month_names_and_digits(urdu: None) -> None:
    model, _proxy = model_of(ARTICLES)
    index = model.index(model.row_of("id1"), Column.PUBLISHED)
    assert index.data() == "۱۴ جولائی ۲۰۲۴"  # not "14 Jul 2024", not "7/14/24"
    tip = index.data(Qt.ItemDataRole.ToolTipRole)
    assert "جولائی" in tip and "PM" not in tip and "AM" not in tip
    assert model.headerData(Column.PUBLISHED, Qt.Orientation.Horizontal) == "Published"


def test_an_article_without_a_date_shows_its_file_date_marked_as_such() -> None:
    model, _proxy = model_of(ARTICLES)
    dated = model.index(model.row_of("id1"), Column.PUBLISHED)
    undated = model.index(model.row_of("id4"), Column.PUBLISHED)
    assert dated.data() == "14 Jul 2024"
    assert undated.data() == datetime.fromtimestamp(1_750_000_000).strftime("%-d %b %Y")
    assert undated.data(Qt.ItemDataRole.FontRole).italic()
    assert undated.data(Qt.ItemDataRole.ForegroundRole) is not None
    assert "File date" in undated.data(Qt.ItemDataRole.ToolTipRole)
    assert dated.data(Qt.ItemDataRole.FontRole) is None
    assert "File date" not in dated.data(Qt.ItemDataRole.ToolTipRole)


def test_sorting_by_publication_date_and_by_source() -> None:
    # file times say the opposite of the publication dates: the publication date must win
    articles = [info(1, "الف", published=datetime(2020, 1, 1, tzinfo=UTC), mtime=3e9),
                info(2, "ب", published=datetime(2024, 1, 1, tzinfo=UTC), mtime=1e9),
                info(3, "پ", published=datetime(2022, 1, 1, tzinfo=UTC), mtime=2e9)]
    _model, proxy = model_of(articles)
    proxy.sort(Column.PUBLISHED, Qt.SortOrder.DescendingOrder)
    assert column(proxy, Column.TITLE) == ["ب", "پ", "الف"]
    _model, proxy = model_of(ARTICLES)
    proxy.sort(Column.SOURCE, Qt.SortOrder.AscendingOrder)
    assert column(proxy, Column.SOURCE) == [BBC, BBC, DATASET, ""]  # no source: last


def test_the_filter_matches_sources_and_dates_and_the_source_filter_keeps_one() -> None:
    _model, proxy = model_of(ARTICLES)
    proxy.set_filter_text("dataset")
    assert column(proxy, Column.TITLE) == ["دوسری خبر"]
    proxy.set_filter_text("2019-12")
    assert column(proxy, Column.TITLE) == ["تیسری خبر"]
    proxy.set_filter_text("")
    proxy.set_source_filter(BBC)
    assert sorted(column(proxy, Column.TITLE)) == sorted(["پہلی خبر", "تیسری خبر"])
    proxy.set_source_filter(None)
    assert proxy.rowCount() == len(ARTICLES)


def test_the_source_box_lists_sources_and_filters_without_opening_another(qtbot) -> None:
    pane = LibraryPane()
    qtbot.addWidget(pane)
    pane.resize(600, 400)
    pane.show()
    opened: list[ArticleInfo] = []
    pane.article_selected.connect(opened.append)
    pane.set_rows(ArticleTableModel.prepare(ARTICLES))
    combo = pane.source_combo
    assert combo.isVisible() and not pane.table.isColumnHidden(Column.SOURCE)
    assert [combo.itemData(i) for i in range(combo.count())] == [None, BBC, DATASET]
    assert combo.itemText(1) == f"\u200e\u2068{BBC}\u2069 (2)"  # (isolated: see test_wording)
    pane.select_id("id2")
    opened.clear()
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # the keyboard reaches it: "BBC News اردو"
    assert pane.proxy.rowCount() == 2
    assert sorted(i.id for i in (pane.proxy.index(r, 0).data(Role.INFO)
                                 for r in range(2))) == ["id1", "id3"]
    assert opened == []  # the article being read was not replaced by a neighbour
    pane.set_rows(ArticleTableModel.prepare(ARTICLES[1:]))  # a refresh keeps the choice
    assert pane.proxy.source_filter == BBC and pane.proxy.rowCount() == 1


def test_a_library_without_sources_hides_the_source_box_and_column(qtbot) -> None:
    pane = LibraryPane()
    qtbot.addWidget(pane)
    pane.resize(600, 400)
    pane.show()
    pane.set_rows(ArticleTableModel.prepare([ARTICLES[3]]))
    assert not pane.source_combo.isVisible()
    assert pane.table.isColumnHidden(Column.SOURCE)


def test_hidden_columns_and_widths_are_remembered_after_a_restart(launch, qtbot,
                                                                   tmp_path: Path) -> None:
    window = launch()
    pane = window.library_pane
    view_menu = window.acts.menus["viewMenu"]
    assert pane.columns_menu.menuAction() in view_menu.actions()  # reachable by keyboard
    pane.column_actions[Column.LENGTH].setChecked(False)
    assert pane.table.isColumnHidden(Column.LENGTH)
    pane.table.setColumnWidth(Column.PUBLISHED, 177)
    pane.set_sort(Column.LENGTH, Qt.SortOrder.AscendingOrder.value)
    assert window._state_timer.isActive()
    qtbot.waitUntil(lambda: not window._state_timer.isActive())  # the delayed save has run
    window = launch.restart(window)
    pane = window.library_pane
    assert not pane.column_actions[Column.LENGTH].isChecked()
    assert pane.table.isColumnHidden(Column.LENGTH)
    assert pane.table.columnWidth(Column.PUBLISHED) == 177
    assert pane.sort_state() == (Column.LENGTH, Qt.SortOrder.AscendingOrder.value)


# -- the viewer's heading -----------------------------------------------------------------
HEADLINE = "گنگولی کی سالگرہ پر انگیز تقریب"  # tall Nastaliq: گ cascades, dots below


def article(text: str, **fields: object) -> Article:
    values: dict[str, object] = dict(
        id="a1", path=Path("/lib/feed.xml"), title=HEADLINE, text=text, mtime=1_750_000_000.0,
        size=len(text), content_hash="h", encoding="utf-8", item=3, source=BBC,
        published=datetime(2024, 7, 14, 9, 30, tzinfo=UTC),
        url="https://www.bbc.com/urdu/articles/c0000", title_from_text=False)
    values.update(fields)
    return Article(**values)  # type: ignore[arg-type]


BODY = "پہلا پیراگراف ہے جس میں خبر ہے۔\n\nدوسرا پیراگراف، پھر خبر۔"


@pytest.fixture
def viewer(qtbot) -> ArticleViewer:
    fonts.load_fonts()
    view = ArticleViewer()
    qtbot.addWidget(view)
    view.resize(700, 500)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_the_heading_gives_title_source_date_and_the_title_is_not_repeated(
        viewer: ArticleViewer, urdu: None) -> None:
    viewer.show_article(article(f"  {HEADLINE}۔ \n\n{BODY}"))  # the file repeats its title
    kinds = [kind for kind, _text in viewer.heading_lines()]
    assert kinds == ["title", "meta", "link"]
    shown = viewer.toPlainText()
    assert shown.count("گنگولی") == 1  # the heading only
    assert shown.startswith(HEADLINE)
    meta = viewer.heading_lines()[1][1]
    assert BBC in meta and "۱۴\u00a0جولائی\u00a0۲۰۲۴" in meta  # a date never wraps
    assert viewer.body_text().startswith("پہلا پیراگراف")
    # hits are still found where they are: the article's offsets land on the same words
    text = viewer.article.text
    word = text.index("خبر")
    viewer.set_hits([(word, word + 3), (text.rindex("خبر"), text.rindex("خبر") + 3)])
    assert [shown[a:b] for a, b in viewer.hit_ranges()] == ["خبر", "خبر"]


def test_a_title_that_is_only_the_first_sentence_is_not_made_a_heading(
        viewer: ArticleViewer) -> None:
    text = "لاہور میں بارش ہوئی۔ شہر کی سڑکیں پانی سے بھر گئیں۔"
    viewer.show_article(article(text, title="لاہور میں بارش ہوئی", title_from_text=True,
                                source=None, published=None, url=None))
    assert [kind for kind, _ in viewer.heading_lines()] == ["meta"]
    assert "file\u00a0date" in viewer.heading_lines()[0][1]  # no publication date: said so
    assert viewer.body_text() == text  # the first paragraph stays whole


def test_the_link_opens_the_browser_only_when_clicked(viewer: ArticleViewer, qtbot,
                                                      monkeypatch) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(QUrl(url)))
    viewer.show_article(article(BODY))
    qtbot.wait(100)  # kept: nothing is to happen, so there is no moment to wait for
    assert opened == []  # never on load
    block = viewer.document().findBlockByNumber(2)
    assert block.text() == "https://www.bbc.com/urdu/articles/c0000"
    cursor = QTextCursor(block)
    cursor.setPosition(block.position() + len(block.text()) // 2)
    point = viewer.cursorRect(cursor).center()
    qtbot.mouseClick(viewer.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.waitUntil(lambda: bool(opened))
    assert [u.toString() for u in opened] == ["https://www.bbc.com/urdu/articles/c0000"]


@pytest.mark.parametrize("url", ["javascript:alert(1)", "file:///etc/passwd", "not a url"])
def test_an_address_that_is_not_a_web_page_is_never_a_link(viewer: ArticleViewer,
                                                            url: str) -> None:
    viewer.show_article(article(BODY, url=url))
    assert "link" not in [kind for kind, _ in viewer.heading_lines()]
    assert "href" not in viewer.document().toHtml()


def test_markup_in_the_title_and_source_shows_as_text(viewer: ArticleViewer) -> None:
    viewer.show_article(article(BODY, title='<img src="x.png"><b>سرخی</b>',
                                source="<i>ماخذ</i>"))
    shown = viewer.toPlainText()
    assert '<img src="x.png"><b>سرخی</b>' in shown and "<i>ماخذ</i>" in shown
    assert "<img" not in viewer.document().toHtml()


def test_the_headings_nastaliq_ink_is_never_clipped(viewer: ArticleViewer, qtbot) -> None:
    """The title is larger than the text: its ink rises further above the first line, and
    a partial repaint over it must bring all of it back."""
    viewer.show_article(article(BODY))
    port = viewer.viewport()
    port.repaint()
    QApplication.processEvents()
    whole = port.grab().toImage()
    dark = [y for y in range(whole.height()) for x in range(0, whole.width(), 2)
            if QColor(whole.pixel(x, y)).lightness() < 100]
    assert dark and min(dark) > 2  # the top of گ is inside the view, not cut at its edge
    area = QRect(port.mapTo(viewer.window(), QPoint(0, 0)), port.size())
    screen = QApplication.primaryScreen()
    full = screen.grabWindow(viewer.window().winId()).toImage().copy(area)
    for top in range(0, 200, 13):  # strips over the heading, as a menu leaves
        port.repaint(QRect(0, top, port.width(), 13))
    QApplication.processEvents()
    partial = screen.grabWindow(viewer.window().winId()).toImage().copy(area)
    assert partial == full


# -- library management: remove, rescan, watch ----------------------------------------------
def titles_listed(window) -> set[str]:
    return {info.title for info in window.library_pane.model.articles()}


def test_new_files_and_subfolders_appear_without_a_restart(launch, qtbot,
                                                           tmp_path: Path) -> None:
    folder = make_folder(tmp_path / "lib", {"1.txt": "پہلا مضمون یہاں ہے۔"})
    window = launch(lambda s: setattr(s, "folders", [folder]))
    window.watcher.delay_ms = 200
    qtbot.waitUntil(lambda: str(folder) in window.watcher.watched(), timeout=10000)
    refreshes = window.library.refresh_count
    (folder / "2.txt").write_text("دوسرا مضمون بعد میں آیا۔", encoding="utf-8")
    qtbot.waitUntil(lambda: "دوسرا مضمون بعد میں آیا" in titles_listed(window), timeout=15000)
    assert window.library.refresh_count > refreshes  # no F5, no restart
    sub = folder / "2026" / "دسمبر"
    sub.mkdir(parents=True)
    qtbot.waitUntil(lambda: str(sub) in window.watcher.watched(), timeout=10000)
    (sub / "3.txt").write_text("نئے فولڈر کا مضمون۔", encoding="utf-8")
    qtbot.waitUntil(lambda: "نئے فولڈر کا مضمون" in titles_listed(window), timeout=15000)
    (folder / "1.txt").unlink()
    qtbot.waitUntil(lambda: "پہلا مضمون یہاں ہے" not in titles_listed(window), timeout=15000)


def test_the_watcher_refreshes_only_the_folder_that_changed(launch, qtbot,
                                                            tmp_path: Path) -> None:
    one = make_folder(tmp_path / "one", {"1.txt": "ایک۔"})
    two = make_folder(tmp_path / "two", {"2.txt": "دو۔"})
    window = launch(lambda s: setattr(s, "folders", [one, two]))
    window.watcher.delay_ms = 200
    qtbot.waitUntil(lambda: str(two) in window.watcher.watched(), timeout=10000)
    scopes: list[list[Path]] = []
    window.watcher.changed.connect(scopes.append)
    (two / "3.txt").write_text("تین۔", encoding="utf-8")
    (two / "4.txt").write_text("چار۔", encoding="utf-8")  # one burst: one refresh
    qtbot.waitUntil(lambda: {"تین", "چار"} <= titles_listed(window), timeout=15000)
    assert scopes == [[two]]


def test_a_file_rewritten_in_place_beyond_the_watch_limit_is_found_on_return(
        launch, qtbot, tmp_path: Path, monkeypatch) -> None:
    """A library with more files than can be watched one by one: a file rewritten in place
    (a folder watch does not see that) is re-read when the person comes back to the window."""
    from PySide6.QtCore import Qt

    from reader_app.ui import watcher

    monkeypatch.setattr(watcher, "FILE_LIMIT", 2)
    monkeypatch.setattr(watcher, "RECHECK_S", 0.0)
    folder = make_folder(tmp_path / "lib", {f"{i}.txt": f"پرانا مضمون نمبر {'ب' * (i + 1)}۔"
                                            for i in range(5)})
    window = launch(lambda s: setattr(s, "folders", [folder]))
    window.watcher.delay_ms = 100
    qtbot.waitUntil(lambda: len(window.watcher.watcher.files()) == 2, timeout=10000)
    last = sorted(folder.iterdir())[-1]
    assert str(last) not in window.watcher.watcher.files()
    with last.open("r+", encoding="utf-8") as f:  # the same file (inode), new text
        f.truncate(0)
        f.write("نیا مضمون اسی فائل میں لکھا گیا۔")
    # kept: nothing is to notice the rewrite, so a stretch of four times the debounce
    # (100 ms); then whatever did start in it has reached the list
    qtbot.wait(400)
    qtbot.waitUntil(lambda: settled(window))
    assert "نیا مضمون اسی فائل میں لکھا گیا" not in titles_listed(window)  # nobody saw it
    window.watcher._state_changed(Qt.ApplicationState.ApplicationActive)
    qtbot.waitUntil(lambda: "نیا مضمون اسی فائل میں لکھا گیا" in titles_listed(window),
                    timeout=15000)


def test_quitting_stops_the_watcher(launch, qtbot, tmp_path: Path) -> None:
    folder = make_folder(tmp_path / "lib", {"1.txt": "ایک۔"})
    window = launch(lambda s: setattr(s, "folders", [folder]))
    qtbot.waitUntil(lambda: bool(window.watcher.watched()), timeout=10000)
    window.watcher.delay_ms = 100  # a watcher still at work would refresh within the wait
    window.close()
    assert window.watcher.watched() == []
    (folder / "2.txt").write_text("دو۔", encoding="utf-8")
    qtbot.wait(300)  # kept: nothing is to happen (three times the debounce)
    assert not window.runner.busy and window.library.index is None


def _folders_dialog(window, qtbot):
    window.acts.manage_folders.trigger()
    dialog = window.folders_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def test_a_folder_is_removed_only_after_confirming(launch, qtbot, tmp_path: Path,
                                                  monkeypatch) -> None:
    keep = make_folder(tmp_path / "keep", {"k.txt": "رکھا گیا مضمون۔"})
    gone = make_folder(tmp_path / "gone", {"g.txt": "ہٹایا گیا مضمون۔"})
    window = launch(lambda s: setattr(s, "folders", [keep, gone]))
    assert "ہٹایا گیا مضمون" in titles_listed(window)
    dialog = _folders_dialog(window, qtbot)
    assert dialog.select(gone)
    asked: list[str] = []

    def answer(reply):
        def question(_parent, _title, text, *_args):
            asked.append(text)
            return reply
        return question

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    qtbot.keyClick(dialog.list, Qt.Key.Key_Delete)  # the keyboard way
    assert asked and "gone" in asked[0]
    assert gone in window.library.folders()  # "No": nothing changed
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    dialog.remove_button.click()
    qtbot.waitUntil(lambda: "ہٹایا گیا مضمون" not in titles_listed(window), timeout=15000)
    assert gone not in window.library.folders() and "رکھا گیا مضمون" in titles_listed(window)
    assert (gone / "g.txt").exists()  # the file itself stays
    assert not dialog.select(gone)  # and the dialog's list follows


def test_rescan_reads_one_folder_again(launch, qtbot, tmp_path: Path) -> None:
    folder = make_folder(tmp_path / "lib", {"1.txt": "پرانا عنوان۔"})
    window = launch(lambda s: setattr(s, "folders", [folder]))
    window.watcher.stop()  # this test is about the button, not the watcher
    path = folder / "1.txt"
    path.write_text("نیا عنوان۔", encoding="utf-8")
    os.utime(path, (path.stat().st_atime, path.stat().st_mtime + 10))
    qtbot.wait(300)  # kept: with the watcher stopped nothing is to re-read the file
    qtbot.waitUntil(lambda: settled(window))
    assert "پرانا عنوان" in titles_listed(window)
    dialog = _folders_dialog(window, qtbot)
    assert dialog.select(folder)
    dialog.rescan_button.click()
    qtbot.waitUntil(lambda: "نیا عنوان" in titles_listed(window), timeout=15000)


def test_refreshes_asked_for_while_one_runs_are_merged(launch, qtbot, tmp_path: Path,
                                                       monkeypatch) -> None:
    one = make_folder(tmp_path / "one", {"1.txt": "ایک۔"})
    two = make_folder(tmp_path / "two", {"2.txt": "دو۔"})
    window = launch(lambda s: setattr(s, "folders", [one, two]))
    window.watcher.stop()
    library = window.library
    started: list[list[Path] | None] = []
    real = library._refresh_job
    monkeypatch.setattr(library, "_refresh_job",
                        lambda task, folders: (started.append(folders), real(task, folders))[1])
    library.refresh([one])
    library.refresh([two])  # while the first runs: queued
    library.refresh([one])
    wait_indexed(qtbot, window, library.refresh_count + 2)
    assert started == [[one], [two, one]]
    library.refresh([one])
    library.refresh()  # everything wins over a folder
    library.refresh([two])
    wait_indexed(qtbot, window, library.refresh_count + 2)
    assert started[2:] == [[one], None]


# -- issue 16: a long first index lists its articles as it goes ----------------------------
def test_a_first_index_lists_articles_part_by_part(launch, qtbot, tmp_path: Path,
                                                   monkeypatch) -> None:
    from reader_app.core import index as index_module

    files = {f"{year}/{n}.txt": f"سال {year} کی خبر نمبر {n}۔" for year in (2021, 2022, 2023)
             for n in range(4)}
    for year in (2021, 2022, 2023):
        (tmp_path / "big" / str(year)).mkdir(parents=True)
    folder = make_folder(tmp_path / "big", files)
    monkeypatch.setattr(index_module, "PART_ARTICLES", 4)  # the core commits a year a part
    counts: list[tuple[int, bool]] = []
    progress: list[tuple[int, int]] = []
    busy: list[bool] = []
    window = launch(lambda s: setattr(s, "folders", [folder]), wait=False)
    window.library.busy_changed.connect(busy.append)
    window.library.articles_changed.connect(  # (count, whether indexing had ended by then)
        lambda articles: counts.append((len(articles), False in busy)))
    window.library.progress.connect(lambda done, total: progress.append((done, total)))
    qtbot.waitUntil(lambda: window.library_pane.model.rowCount() == 13 and settled(window),
                    timeout=30000)
    # listed while indexing went on: the shipped article, then each year as it was written
    assert [n for n, _busy in counts] == [0, 1, 5, 9, 13]  # opened empty, then each part
    assert not any(ended for n, ended in counts if 0 < n < 13)
    assert busy.count(False) <= 1  # one bar for the whole first index, not one per part
    totals = {total for _done, total in progress if total}
    assert 12 in totals  # the bar counts every part's files together
    dones = [done for done, total in progress if total == 12]
    assert dones == sorted(dones)


# -- a dataset's columns, named by hand -------------------------------------------------------
def test_a_datasets_columns_can_be_chosen_and_the_file_is_read_again(launch, qtbot,
                                                                     tmp_path: Path) -> None:
    from reader_app.ui.columns import ColumnsDialog

    folder = make_folder(tmp_path / "data", {
        "khabrein.csv": "sarkhi,matn,tareekh\nبارش کی خبر,لاہور میں آج بارش ہوئی۔,2024-07-14\n"})
    window = launch(lambda s: setattr(s, "folders", [folder]))
    index = window.library.index
    if not hasattr(type(index), "set_columns"):  # the core's mapping is not in yet
        assert not window.acts.map_columns.isEnabled()
    stored: dict[Path, dict[str, str]] = {folder / "khabrein.csv": {"date": "tareekh"}}
    index.set_columns = lambda path, columns: stored.__setitem__(path, dict(columns))
    index.columns_for = lambda path: dict(stored.get(path, {}))
    rescans: list[Path] = []
    window.library.rescan = rescans.append
    window.choose_dataset(folder / "khabrein.csv")
    qtbot.waitUntil(lambda: window.findChild(ColumnsDialog) is not None)
    dialog = window.findChild(ColumnsDialog)
    qtbot.waitUntil(dialog.isVisible)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert dialog.boxes["date"].currentData() == "tareekh"  # what is stored shows
    assert not ok.isEnabled()  # no text column yet: nothing to read
    texts = dialog.boxes["text"]
    assert "matn — لاہور میں آج بارش ہوئی۔" in [texts.itemText(i) for i in range(texts.count())]
    texts.setCurrentIndex(texts.findData("matn"))
    dialog.boxes["title"].setCurrentIndex(dialog.boxes["title"].findData("sarkhi"))
    assert ok.isEnabled()
    ok.click()
    assert stored[folder / "khabrein.csv"] == {"title": "sarkhi", "text": "matn",
                                               "date": "tareekh"}
    assert rescans == [folder / "khabrein.csv"]


def test_the_title_tooltip_says_where_the_article_and_its_copies_are() -> None:
    copy = ArticleInfo(id="c", path=Path("/lib/news.csv"), title="خبر", mtime=0.0, size=1,
                       length=1, content_hash="h", item=7,
                       also_in=((Path("/lib/feed.xml"), 2), (Path("/lib/خبر.txt"), None)))
    model, _proxy = model_of([copy])
    tip = model.index(0, Column.TITLE).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.splitlines() == ["خبر", "/lib/news.csv, item 7", "Also in:",
                                "  /lib/feed.xml, item 2", "  /lib/خبر.txt"]


def test_a_large_flat_folder_added_later_is_listed_part_by_part(launch, qtbot, tmp_path: Path,
                                                               monkeypatch) -> None:
    """One folder of files, no subfolders: the core's committed parts are listed as they
    are written (before, the window could only split a library by its subfolders)."""
    from reader_app.core import index as index_module

    window = launch()
    before = window.library_pane.model.rowCount()
    folder = make_folder(tmp_path / "more", {
        f"{n:02d}.txt": f"خبر نمبر {n} کا متن۔" for n in range(12)})
    monkeypatch.setattr(index_module, "PART_ARTICLES", 4)
    counts: list[int] = []
    window.library.articles_changed.connect(lambda articles: counts.append(len(articles)))
    window.add_folder(folder)
    qtbot.waitUntil(lambda: window.library_pane.model.rowCount() == before + 12
                    and settled(window), timeout=30000)
    assert counts == [before + 4, before + 8, before + 12]


def test_a_cancel_keeps_the_parts_listed_and_the_next_refresh_reads_the_rest(
        launch, qtbot, tmp_path: Path, monkeypatch) -> None:
    from reader_app.core import index as index_module

    window = launch()
    before = window.library_pane.model.rowCount()
    folder = make_folder(tmp_path / "more", {
        f"{n:02d}.txt": f"خبر نمبر {n} کا متن۔" for n in range(12)})
    monkeypatch.setattr(index_module, "PART_ARTICLES", 4)
    cancelled = threading.Event()
    real = index_module.iter_articles

    def slow_after_the_first_part(path: Path, *args, **kwargs):
        if path.name >= "04.txt":  # the person is quicker than the indexer
            cancelled.wait(10)
        return real(path, *args, **kwargs)

    monkeypatch.setattr(index_module, "iter_articles", slow_after_the_first_part)
    library = window.library

    def listed(articles: list) -> None:
        if len(articles) == before + 4:  # the first part listed: the person cancels
            library.cancel()
            cancelled.set()

    library.articles_changed.connect(listed)
    statuses: list[str] = []
    library.status.connect(statuses.append)
    library.add_folder(folder)
    qtbot.waitUntil(lambda: library.last_report is not None and library.last_report.cancelled
                    and settled(window), timeout=30000)
    assert window.library_pane.model.rowCount() == before + 4
    assert "the articles listed so far are kept" in statuses[-1]
    library.refresh()
    # the list as the person sees it once the refresh is over (its rows come after the report)
    qtbot.waitUntil(lambda: library.last_report is not None
                    and not library.last_report.cancelled and settled(window), timeout=30000)
    assert library.last_report.added == 8
    assert window.library_pane.model.rowCount() == before + 12
