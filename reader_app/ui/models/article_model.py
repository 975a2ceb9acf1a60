"""The article list: a table model over the index's ArticleInfo and a filtering proxy.

Sort keys are computed once per reset (QCollator keys for Urdu titles, ranked to integers),
so sorting compares plain numbers; the filter compares folded text, so a title typed with
Arabic yeh or kaf still matches its Urdu spelling.
"""

from __future__ import annotations

from datetime import datetime
from enum import IntEnum

from PySide6.QtCore import (
    QAbstractTableModel,
    QCollator,
    QDateTime,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from reader_app.core.index import ArticleInfo
from reader_app.core.text.normalize import fold_text
from reader_app.ui import textdir

Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    TITLE = 0
    DATE = 1
    LENGTH = 2


class Role(IntEnum):
    SORT = Qt.ItemDataRole.UserRole + 1
    INFO = Qt.ItemDataRole.UserRole + 2
    ID = Qt.ItemDataRole.UserRole + 3
    DIRECTION = Qt.ItemDataRole.UserRole + 4


class ArticleTableModel(QAbstractTableModel):
    """Rows are articles; columns are title, date and length."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ArticleInfo] = []
        self._title_rank: list[int] = []
        self._folded: list[str] = []
        self._rtl: list[bool] = []
        self._row_of: dict[str, int] = {}

    # -- data in ---------------------------------------------------------------------------
    def set_articles(self, articles: list[ArticleInfo]) -> None:
        self.beginResetModel()
        self._rows = list(articles)
        collator = QCollator(QLocale(QLocale.Language.Urdu, QLocale.Country.Pakistan))
        collator.setNumericMode(True)
        keys = [collator.sortKey(info.title) for info in self._rows]
        order = sorted(range(len(self._rows)), key=lambda i: (keys[i], self._rows[i].path))
        self._title_rank = [0] * len(self._rows)
        for rank, row in enumerate(order):
            self._title_rank[row] = rank
        self._folded = [fold_text(f"{info.title} {info.path.stem}") for info in self._rows]
        self._rtl = [textdir.is_rtl(info.title) for info in self._rows]
        self._row_of = {info.id: row for row, info in enumerate(self._rows)}
        self.endResetModel()

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, Column.DATE),
                                  self.index(len(self._rows) - 1, Column.LENGTH))

    # -- data out --------------------------------------------------------------------------
    def info(self, row: int) -> ArticleInfo:
        return self._rows[row]

    def row_of(self, article_id: str) -> int:
        return self._row_of.get(article_id, -1)

    def folded(self, row: int) -> str:
        return self._folded[row]

    def articles(self) -> list[ArticleInfo]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(Column)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = index.row(), index.column()
        info = self._rows[row]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == Column.TITLE:
                return info.title
            if column == Column.DATE:
                stamp = QDateTime.fromSecsSinceEpoch(int(info.mtime))
                return QLocale().toString(stamp, QLocale.FormatType.ShortFormat)
            return QLocale().toString(info.length)
        if role == Role.SORT:
            if column == Column.TITLE:
                return self._title_rank[row]
            if column == Column.DATE:
                return float(info.mtime)
            return int(info.length)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column == Column.TITLE:
                return textdir.alignment(info.title)
            return Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignTrailing
        if role == Role.DIRECTION:
            rtl = self._rtl[row] if column == Column.TITLE else False
            return Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == Column.TITLE:
                return f"{info.title}\n{info.path}"
            if column == Column.DATE:
                return datetime.fromtimestamp(info.mtime).isoformat(" ", "minutes")
            return self.tr("%1 characters").replace("%1", QLocale().toString(info.length))
        if role == Qt.ItemDataRole.AccessibleTextRole and column == Column.TITLE:
            return info.title
        if role == Role.INFO:
            return info
        if role == Role.ID:
            return info.id
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Title"), self.tr("Date"), self.tr("Length"))[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return (self.tr("The article's first sentence"), self.tr("When the file last changed"),
                    self.tr("Length in characters"))[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flag = Qt.ItemFlag
        return flag.ItemIsEnabled | flag.ItemIsSelectable | flag.ItemNeverHasChildren


class ArticleFilterProxy(QSortFilterProxyModel):
    """Sorts by the precomputed keys and keeps the rows whose folded title holds the filter."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._needle = ""
        self.setSortRole(Role.SORT)
        self.setDynamicSortFilter(True)

    @property
    def filter_text(self) -> str:
        return self._needle

    def set_filter_text(self, text: str) -> None:
        needle = " ".join(fold_text(text).split())
        if needle == self._needle:
            return
        self.beginFilterChange()
        self._needle = needle
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        if not self._needle:
            return True
        model = self.sourceModel()
        return isinstance(model, ArticleTableModel) and self._needle in model.folded(source_row)
