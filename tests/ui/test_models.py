"""The article list model and its filter, checked with pytest-qt's model tester."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt

from reader_app.core.index import ArticleInfo
from reader_app.ui.models.article_model import ArticleFilterProxy, ArticleTableModel, Column, Role
from reader_app.ui.search_pane import ResultsModel


def info(n: int, title: str, mtime: float = 0.0, length: int = 10) -> ArticleInfo:
    return ArticleInfo(id=f"id{n}", path=Path(f"/lib/{n}.txt"), title=title, mtime=mtime,
                       size=length * 2, length=length, content_hash=f"h{n}")


ARTICLES = [
    info(1, "ب دوسرا", mtime=300, length=5),
    info(2, "آ پہلا", mtime=100, length=50),
    info(3, "پ تیسرا", mtime=200, length=500),
    info(4, "An English title", mtime=400, length=1),
    info(5, "وزیرِ دفاع کا بیان", mtime=50, length=42),
]


def test_model_passes_the_model_tester(qtmodeltester) -> None:
    model = ArticleTableModel()
    model.set_articles(ARTICLES)
    qtmodeltester.check(model, force_py=True)


def test_proxy_passes_the_model_tester_while_filtering_and_sorting(qtmodeltester) -> None:
    model = ArticleTableModel()
    proxy = ArticleFilterProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy, force_py=True)
    model.set_articles(ARTICLES)
    proxy.sort(Column.TITLE, Qt.SortOrder.DescendingOrder)
    proxy.set_filter_text("ا")
    qtmodeltester.check(proxy, force_py=True)


def titles(proxy: ArticleFilterProxy) -> list[str]:
    return [proxy.index(r, Column.TITLE).data() for r in range(proxy.rowCount())]


def test_sorting_by_each_column() -> None:
    model = ArticleTableModel()
    proxy = ArticleFilterProxy()
    proxy.setSourceModel(model)
    model.set_articles(ARTICLES)
    proxy.sort(Column.TITLE, Qt.SortOrder.AscendingOrder)
    urdu = [t for t in titles(proxy) if not t.startswith("An")]
    assert [t[0] for t in urdu] == ["آ", "ب", "پ", "و"]  # Urdu alphabet order, not code points
    proxy.sort(Column.DATE, Qt.SortOrder.DescendingOrder)
    assert titles(proxy)[0] == "An English title"
    proxy.sort(Column.LENGTH, Qt.SortOrder.AscendingOrder)
    lengths = [proxy.index(r, 0).data(Role.INFO).length for r in range(proxy.rowCount())]
    assert lengths == sorted(lengths)
    model.set_articles(list(reversed(ARTICLES)))  # a refresh keeps the chosen order
    lengths = [proxy.index(r, 0).data(Role.INFO).length for r in range(proxy.rowCount())]
    assert lengths == sorted(lengths)


def test_sorting_keeps_the_selection_on_the_same_article() -> None:
    model = ArticleTableModel()
    model.set_articles(ARTICLES)
    from PySide6.QtCore import QPersistentModelIndex

    kept = QPersistentModelIndex(model.index(model.row_of("id3"), 0))
    model.sort(Column.LENGTH, Qt.SortOrder.DescendingOrder)
    assert kept.data(Role.ID) == "id3"
    assert model.row_of("id3") == kept.row()


def test_filter_folds_spellings_and_matches_file_names() -> None:
    model = ArticleTableModel()
    proxy = ArticleFilterProxy()
    proxy.setSourceModel(model)
    model.set_articles(ARTICLES)
    proxy.set_filter_text("وزير")  # Arabic yeh; the title has Farsi yeh and a zer
    assert titles(proxy) == ["وزیرِ دفاع کا بیان"]
    proxy.set_filter_text("english")
    assert titles(proxy) == ["An English title"]
    proxy.set_filter_text("3")  # the file name 3.txt
    assert titles(proxy) == ["پ تیسرا"]
    proxy.set_filter_text("")
    assert proxy.rowCount() == len(ARTICLES)


def test_each_title_is_laid_out_in_its_own_direction() -> None:
    model = ArticleTableModel()
    model.set_articles(ARTICLES)
    urdu = model.index(model.row_of("id1"), Column.TITLE)
    english = model.index(model.row_of("id4"), Column.TITLE)
    assert urdu.data(Role.DIRECTION) == Qt.LayoutDirection.RightToLeft
    assert urdu.data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    assert english.data(Role.DIRECTION) == Qt.LayoutDirection.LeftToRight
    assert english.data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignLeft
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Title"
    assert model.index(0, 0).parent() == QModelIndex()


def test_results_model_passes_the_model_tester(qtmodeltester) -> None:
    from reader_app.core.search import Hit

    model = ResultsModel()
    snippet = "… <b>لفظ</b> &lt;x&gt;"  # as the core makes it: escaped, hits in <b>
    model.set_hits([Hit(Path("/a.txt"), "a", "<i>عنوان</i>", 1.0, snippet, [(0, 3)])])
    qtmodeltester.check(model, force_py=True)
    html = model.data(model.index(0), ResultsModel.HTML_ROLE)
    assert "&lt;i&gt;عنوان&lt;/i&gt;" in html and "<b>لفظ</b>" in html
    spoken = model.data(model.index(0), Qt.ItemDataRole.AccessibleTextRole)
    assert "<b>" not in spoken and "<x>" in spoken  # screen readers get the plain text
