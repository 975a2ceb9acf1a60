"""The article list: a table model over the index's ArticleInfo and a filtering proxy.

Sort keys are computed once per reset (QCollator keys for Urdu titles and sources, ranked to
integers) and the source model sorts itself, so sorting 100,000 rows is one Python sort; the
filter compares folded text, so a title typed with Arabic yeh or kaf still matches its Urdu
spelling. The Published column shows the date the article gives; where it gives none, the
file's own date is shown instead, in italics and greyed, and says so in its tooltip: a copy
time must never pass for a publication date.
"""

from __future__ import annotations

from collections import Counter
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
from PySide6.QtGui import QFont, QGuiApplication, QPalette

from reader_app.core.results import ArticleInfo
from reader_app.core.text.normalize import fold_text
from reader_app.ui import textdir
from reader_app.ui.i18n import fill

Index = QModelIndex | QPersistentModelIndex


_URDU_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


def locale_digits(text: str, locale: QLocale | None = None) -> str:
    """Digits as the interface writes them: Urdu digits in the Urdu interface (Qt's
    ur_PK locale writes Latin ones, which look foreign beside Urdu month names)."""
    locale = locale or QLocale()
    return text.translate(_URDU_DIGITS) if locale.language() == QLocale.Language.Urdu else text


def format_date(mtime: float, locale: QLocale | None = None) -> str:
    """The interface locale's short date and a 24-hour time: the Urdu locale's 12-hour
    format puts a Latin "PM" into an Urdu row ("PM 4:05 1/12/26")."""
    locale = locale or QLocale()
    stamp = QDateTime.fromSecsSinceEpoch(int(mtime))
    return locale_digits(
        locale.toString(stamp, f"{locale.dateFormat(QLocale.FormatType.ShortFormat)} HH:mm"),
        locale)


def _stamp(when: datetime | float) -> QDateTime:
    """A moment as local time: an aware datetime keeps its instant, a number is epoch time."""
    seconds = when.timestamp() if isinstance(when, datetime) else when
    return QDateTime.fromSecsSinceEpoch(int(seconds))


def format_day(when: datetime | float, locale: QLocale | None = None) -> str:
    """"14 Jul 2024" / "۱۴ جولائی ۲۰۲۴": the day with the month by name, so the Urdu list
    reads Urdu month names, and no day/month order to guess."""
    locale = locale or QLocale()
    return locale_digits(locale.toString(_stamp(when).date(), "d MMM yyyy"), locale)


def format_moment(when: datetime | float, locale: QLocale | None = None) -> str:
    """The full date and a 24-hour time (never a Latin "PM" in an Urdu row)."""
    locale = locale or QLocale()
    return locale_digits(locale.toString(_stamp(when), "dddd d MMMM yyyy HH:mm"), locale)


class Column(IntEnum):
    TITLE = 0
    SOURCE = 1
    PUBLISHED = 2
    LENGTH = 3
    DATE = 2  # the column's earlier name: Published shows the file date when there is none


# Column names as settings store them: a column's number may change between versions.
COLUMN_KEYS = {Column.TITLE: "title", Column.SOURCE: "source", Column.PUBLISHED: "published",
               Column.LENGTH: "length"}


class Role(IntEnum):
    INFO = Qt.ItemDataRole.UserRole + 2
    ID = Qt.ItemDataRole.UserRole + 3
    DIRECTION = Qt.ItemDataRole.UserRole + 4
    READING = Qt.ItemDataRole.UserRole + 5  # (progress 0..1, read) or None: never opened


@dataclass(frozen=True, slots=True)
class _Row:
    info: ArticleInfo
    title_key: int  # rank of the title in Urdu collation order
    folded: str  # folded title, file name, source and ISO date, for the filter
    rtl: bool
    source_key: int = 0  # rank of the source in Urdu collation order (none last)
    source_rtl: bool = True

    @property
    def when(self) -> float:
        """The shown date as a number: the publication date, else the file's."""
        published = self.info.published
        return published.timestamp() if published is not None else self.info.mtime


class ArticleTableModel(QAbstractTableModel):
    """Rows are articles; columns are title, source, publication date and length.

    The model sorts itself (``sort``), with keys computed once per reset: a Python sort of
    plain keys is fast, where a proxy comparing rows through ``data()`` is not at 10,000+.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[_Row] = []
        self._row_of: dict[str, int] = {}
        self._sources: list[tuple[str, int]] = []
        self.sort_column = -1
        self.sort_order = Qt.SortOrder.AscendingOrder
        # (path, item) -> (progress, read): how far each article has been read
        self._reading: dict[tuple[str, int | None], tuple[float, bool]] = {}

    # -- data in ---------------------------------------------------------------------------
    @staticmethod
    def prepare(articles: list[ArticleInfo]) -> list[_Row]:
        """Rows with their sort and filter keys; Qt-GUI-free, so it may run in a worker."""
        collator = QCollator(QLocale(QLocale.Language.Urdu, QLocale.Country.Pakistan))
        collator.setNumericMode(True)
        by_title = sorted(articles, key=lambda info: (collator.sortKey(info.title), str(info.path)))
        rank = {info.id: i for i, info in enumerate(by_title)}
        sources = sorted({info.source for info in articles if info.source},
                         key=collator.sortKey)
        source_rank = {source: i for i, source in enumerate(sources)}
        source_rtl = {source: textdir.is_rtl(source) for source in sources}
        none = len(sources)
        return [_Row(info, rank[info.id], _folded(info), textdir.is_rtl(info.title),
                     source_rank.get(info.source or "", none),
                     source_rtl.get(info.source or "", True)) for info in articles]

    def set_articles(self, articles: list[ArticleInfo]) -> None:
        self.set_rows(self.prepare(articles))

    def set_rows(self, rows: list[_Row]) -> None:
        self.beginResetModel()
        self._rows = self._sorted(rows)
        self._reindex()
        counts = Counter(row.info.source for row in rows if row.info.source)
        order = {row.info.source: row.source_key for row in rows if row.info.source}
        self._sources = sorted(counts.items(), key=lambda item: order[item[0]])
        self.endResetModel()

    def _reindex(self) -> None:
        self._row_of = {row.info.id: i for i, row in enumerate(self._rows)}

    def _sorted(self, rows: list[_Row]) -> list[_Row]:
        if self.sort_column < 0:
            return rows
        key = {
            Column.TITLE: lambda r: r.title_key,
            Column.SOURCE: lambda r: (r.source_key, r.title_key),
            Column.PUBLISHED: lambda r: (r.when, r.title_key),
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

    def set_reading(self, states: dict[tuple[str, int | None], tuple[float, bool]]) -> None:
        """How far each article has been read: shown under its title, and said to screen
        readers."""
        self._reading = dict(states)
        if self._rows:
            self.dataChanged.emit(self.index(0, Column.TITLE),
                                  self.index(len(self._rows) - 1, Column.TITLE),
                                  [Role.READING, Qt.ItemDataRole.AccessibleTextRole])

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, Column.PUBLISHED),
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

    def source(self, row: int) -> str:
        return self._rows[row].info.source or ""

    def sources(self) -> list[tuple[str, int]]:
        """Every source named by an article, in Urdu collation order, with its count."""
        return list(self._sources)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        entry, column = self._rows[index.row()], index.column()
        info = entry.info
        file_date = column == Column.PUBLISHED and info.published is None
        if role == Qt.ItemDataRole.DisplayRole:
            if column == Column.TITLE:
                return info.title
            if column == Column.SOURCE:
                return info.source or ""
            if column == Column.PUBLISHED:
                return format_day(info.published or info.mtime)
            return locale_digits(QLocale().toString(info.length))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column == Column.TITLE:
                return textdir.side(entry.rtl) | Qt.AlignmentFlag.AlignVCenter
            if column == Column.SOURCE:
                return textdir.side(entry.source_rtl) | Qt.AlignmentFlag.AlignVCenter
            return Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignTrailing
        if role == Role.DIRECTION:
            rtl = entry.rtl if column == Column.TITLE else entry.source_rtl
            return textdir.layout_direction(rtl and column in (Column.TITLE, Column.SOURCE))
        if file_date and role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setItalic(True)
            return font
        if file_date and role == Qt.ItemDataRole.ForegroundRole:
            return QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == Column.TITLE:
                return self._title_tip(info)
            if column == Column.SOURCE:
                return "\n".join(part for part in (info.source, info.url) if part) or None
            if column == Column.PUBLISHED:
                if file_date:
                    return fill(self.tr("File date: %1 (the article gives no date of its "
                                        "own)"), format_moment(info.mtime))
                return fill(self.tr("Published %1"), format_moment(info.published))
            return fill(self.tr("%1 characters"), locale_digits(QLocale().toString(info.length)))
        if role == Qt.ItemDataRole.AccessibleTextRole and column == Column.PUBLISHED:
            text = format_day(info.published or info.mtime)
            return fill(self.tr("file date %1"), text) if file_date else text
        if role == Role.READING:
            return self._reading.get((str(info.path), info.item))
        if role == Qt.ItemDataRole.AccessibleTextRole and column == Column.TITLE:
            reading = self._reading.get((str(info.path), info.item))
            if reading is None:
                return fill(self.tr("%1, unread"), info.title)
            if reading[1]:
                return fill(self.tr("%1, read"), info.title)
            return fill(self.tr("%1, %2% read"), info.title,
                        locale_digits(QLocale().toString(round(reading[0] * 100))))
        if role == Role.INFO:
            return info
        if role == Role.ID:
            return info.id
        return None

    def _where(self, path: object, item: int | None) -> str:
        """A file, and the row or entry inside it for a multi-article file."""
        if item is None:
            return str(path)
        return fill(self.tr("%1, item %2"), path, locale_digits(QLocale().toString(item)))

    def _title_tip(self, info: ArticleInfo) -> str:
        """The title, where the article is, and where else the same text is stored (it
        is listed once)."""
        lines = [info.title, self._where(info.path, info.item)]
        if info.also_in:
            lines.append(self.tr("Also in:"))
            lines += [f"  {self._where(path, item)}" for path, item in info.also_in[:10]]
            if len(info.also_in) > 10:
                lines.append(fill(self.tr("  and %1 more"),
                                  locale_digits(QLocale().toString(len(info.also_in) - 10))))
        return "\n".join(lines)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Title"), self.tr("Source"), self.tr("Published"),
                    self.tr("Length"))[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return (self.tr("The article's headline (or its first sentence)"),
                    self.tr("The site or dataset the article comes from"),
                    self.tr("When the article was published; in italics, the file's date "
                            "where the article gives none"),
                    self.tr("Length in characters"))[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flag = Qt.ItemFlag
        return flag.ItemIsEnabled | flag.ItemIsSelectable | flag.ItemNeverHasChildren


def _folded(info: ArticleInfo) -> str:
    """What the filter box matches: title, file name, source and the date as ISO digits
    (typing "2024-07" finds July 2024)."""
    day = (info.published.date() if info.published is not None
           else datetime.fromtimestamp(info.mtime).date()).isoformat()
    return fold_text(f"{info.title} {info.path.stem} {info.source or ''} {day}")


class ArticleFilterProxy(QSortFilterProxyModel):
    """Keeps the rows whose folded text holds the filter (and, when one is chosen, whose
    source is the chosen one); sorting is left to the source model."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._needle = ""
        self._source: str | None = None

    @property
    def source_filter(self) -> str | None:
        return self._source

    def set_source_filter(self, source: str | None) -> None:
        """Only the articles of ``source`` (None: every source)."""
        if source == self._source:
            return
        self.beginFilterChange()
        self._source = source
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

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
        if not self._needle and self._source is None:
            return True
        model = self.sourceModel()
        if not isinstance(model, ArticleTableModel):
            return False
        if self._source is not None and model.source(source_row) != self._source:
            return False
        return not self._needle or self._needle in model.folded(source_row)
