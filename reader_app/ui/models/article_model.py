"""The article list: a table model over the index's ArticleInfo and a filtering proxy.

Sort keys are computed once per reset (QCollator keys for Urdu titles, ranked to integers)
and the source model sorts itself, so sorting 100,000 rows is one Python sort; the filter
compares folded text, so a title typed with Arabic yeh or kaf still matches its Urdu spelling.
"""

from __future__ import annotations

from dataclasses import dataclass
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

from reader_app.core.results import ArticleInfo
from reader_app.core.text.normalize import fold_text
from reader_app.ui import textdir
from reader_app.ui.i18n import fill

Index = QModelIndex | QPersistentModelIndex


def format_date(mtime: float, locale: QLocale | None = None) -> str:
    """The interface locale's short date and a 24-hour time: the Urdu locale's 12-hour
    format puts a Latin "PM" into an Urdu row ("PM 4:05 1/12/26")."""
    locale = locale or QLocale()
    stamp = QDateTime.fromSecsSinceEpoch(int(mtime))
    return locale.toString(stamp, f"{locale.dateFormat(QLocale.FormatType.ShortFormat)} HH:mm")


class Column(IntEnum):
    TITLE = 0
    DATE = 1
    LENGTH = 2


class Role(IntEnum):
    INFO = Qt.ItemDataRole.UserRole + 2
    ID = Qt.ItemDataRole.UserRole + 3
    DIRECTION = Qt.ItemDataRole.UserRole + 4


@dataclass(frozen=True, slots=True)
class _Row:
    info: ArticleInfo
    title_key: int  # rank of the title in Urdu collation order
    folded: str  # folded title and file name, for the filter
    rtl: bool


class ArticleTableModel(QAbstractTableModel):
    """Rows are articles; columns are title, date and length.

    The model sorts itself (``sort``), with keys computed once per reset: a Python sort of
    plain keys is fast, where a proxy comparing rows through ``data()`` is not at 10,000+.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[_Row] = []
        self._row_of: dict[str, int] = {}
        self.sort_column = -1
        self.sort_order = Qt.SortOrder.AscendingOrder

    # -- data in ---------------------------------------------------------------------------
    @staticmethod
    def prepare(articles: list[ArticleInfo]) -> list[_Row]:
        """Rows with their sort and filter keys; Qt-GUI-free, so it may run in a worker."""
        collator = QCollator(QLocale(QLocale.Language.Urdu, QLocale.Country.Pakistan))
        collator.setNumericMode(True)
        by_title = sorted(articles, key=lambda info: (collator.sortKey(info.title), str(info.path)))
        rank = {info.id: i for i, info in enumerate(by_title)}
        return [_Row(info, rank[info.id], fold_text(f"{info.title} {info.path.stem}"),
                     textdir.is_rtl(info.title)) for info in articles]

    def set_articles(self, articles: list[ArticleInfo]) -> None:
        self.set_rows(self.prepare(articles))

    def set_rows(self, rows: list[_Row]) -> None:
        self.beginResetModel()
        self._rows = self._sorted(rows)
        self._reindex()
        self.endResetModel()

    def _reindex(self) -> None:
        self._row_of = {row.info.id: i for i, row in enumerate(self._rows)}

    def _sorted(self, rows: list[_Row]) -> list[_Row]:
        if self.sort_column < 0:
            return rows
        key = {
            Column.TITLE: lambda r: r.title_key,
            Column.DATE: lambda r: (r.info.mtime, r.title_key),
            Column.LENGTH: lambda r: (r.info.length, r.title_key),
        }[Column(self.sort_column)]
        return sorted(rows, key=key, reverse=self.sort_order == Qt.SortOrder.DescendingOrder)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not -1 <= column < len(Column):
            return
        self.layoutAboutToBeChanged.emit()
        self.sort_column, self.sort_order = column, order
        old_ids = [row.info.id for row in self._rows]
        self._rows = self._sorted(self._rows)
        self._reindex()
        persistent = self.persistentIndexList()
        moved = [self.index(self._row_of[old_ids[i.row()]], i.column()) for i in persistent]
        self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, Column.DATE),
                                  self.index(len(self._rows) - 1, Column.LENGTH))

    # -- data out --------------------------------------------------------------------------
    def info(self, row: int) -> ArticleInfo:
        return self._rows[row].info

    def row_of(self, article_id: str) -> int:
        return self._row_of.get(article_id, -1)

    def folded(self, row: int) -> str:
        return self._rows[row].folded

    def articles(self) -> list[ArticleInfo]:
        return [row.info for row in self._rows]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        entry, column = self._rows[index.row()], index.column()
        info = entry.info
        if role == Qt.ItemDataRole.DisplayRole:
            if column == Column.TITLE:
                return info.title
            if column == Column.DATE:
                return format_date(info.mtime)
            return QLocale().toString(info.length)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column == Column.TITLE:
                return textdir.side(entry.rtl) | Qt.AlignmentFlag.AlignVCenter
            return Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignTrailing
        if role == Role.DIRECTION:
            return textdir.layout_direction(entry.rtl and column == Column.TITLE)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == Column.TITLE:
                return f"{info.title}\n{info.path}"
            if column == Column.DATE:
                return datetime.fromtimestamp(info.mtime).isoformat(" ", "minutes")
            return fill(self.tr("%1 characters"), QLocale().toString(info.length))
        if role == Qt.ItemDataRole.AccessibleTextRole and column == Column.TITLE:
            return info.title
        if role == Role.INFO:
            return info
        if role == Role.ID:
            return info.id
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
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
    """Keeps the rows whose folded title holds the filter; sorting is left to the source."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._needle = ""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        model = self.sourceModel()
        if isinstance(model, ArticleTableModel):
            model.sort(column, order)

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

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._needle:
            return True
        model = self.sourceModel()
        return isinstance(model, ArticleTableModel) and self._needle in model.folded(source_row)
