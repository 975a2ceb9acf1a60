"""Issue 15 in the window: the list's Source and Published columns, the source filter, the
columns remembered, the viewer's heading and link, and library management."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt

from reader_app.core.results import ArticleInfo
from reader_app.ui.i18n import locale_for
from reader_app.ui.library_pane import LibraryPane
from reader_app.ui.models.article_model import ArticleFilterProxy, ArticleTableModel, Column, Role

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
    assert combo.itemText(1) == f"{BBC} (2)"
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
    from reader_app.ui.main_window import STATE_SAVE_DELAY_MS

    window = launch()
    pane = window.library_pane
    view_menu = window.acts.menus["viewMenu"]
    assert pane.columns_menu.menuAction() in view_menu.actions()  # reachable by keyboard
    pane.column_actions[Column.LENGTH].setChecked(False)
    assert pane.table.isColumnHidden(Column.LENGTH)
    pane.table.setColumnWidth(Column.PUBLISHED, 177)
    pane.set_sort(Column.LENGTH, Qt.SortOrder.AscendingOrder.value)
    qtbot.wait(STATE_SAVE_DELAY_MS + 200)
    window = launch.restart(window)
    pane = window.library_pane
    assert not pane.column_actions[Column.LENGTH].isChecked()
    assert pane.table.isColumnHidden(Column.LENGTH)
    assert pane.table.columnWidth(Column.PUBLISHED) == 177
    assert pane.sort_state() == (Column.LENGTH, Qt.SortOrder.AscendingOrder.value)
