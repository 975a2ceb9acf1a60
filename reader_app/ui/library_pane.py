"""The article list: a live filter box over a sortable table of titles, dates and lengths."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPoint,
    QPointF,
    QRectF,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QPainter,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reader_app.ui import fonts, textdir
from reader_app.ui.i18n import Retranslating
from reader_app.ui.models.article_model import (
    ArticleFilterProxy,
    ArticleTableModel,
    Column,
    Role,
)
from reader_app.ui.theme import focus_colour

if TYPE_CHECKING:
    pass

FILTER_DELAY_MS = 150
NARROW_NO_LENGTH, NARROW_NO_DATE = 380, 280  # px of list below which a column is hidden
TITLES_MEASURED = 120  # with TALL_WORDS a fair sample; all 500 cost 0.3 s on the UI thread
# Words whose Nastaliq ink rises or falls furthest (گ cascades, پ and چ dots under stacks):
# with them in the sample, the rows fit titles that were not measured.
TALL_WORDS = "گنگولی سروگیسی گیبی گیسوں انگیز ایکسچینج رگیں ناپسندیدگی پسندیدہ بیچ پنجگور"


class TitleDelegate(QStyledItemDelegate):
    """Draws a title in the reading font, in the direction of its own text, with room for
    the full height of Nastaliq (its words rise above the font's ascent)."""

    PAD = 3

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.font = QFont()
        self.above = self.below = 0.0
        self.side = 6  # px kept free at each end: Nastaliq swashes reach past the advance
        self._meter = fonts.InkMeter()

    def fit(self, font: QFont, titles: list[str]) -> int:
        """Use ``font``; returns the row height that shows every title unclipped."""
        self.font = font
        sample = " ".join([TALL_WORDS, *titles[:TITLES_MEASURED]])
        self.above, self.below = self._meter.extents(font, sample)
        self.side = math.ceil(QFontMetricsF(font).height() * 0.15) + 4
        return math.ceil(self.above + self.below) + 2 * self.PAD

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        super().initStyleOption(option, index)
        option.text = ""  # the base class draws the background only; ``paint`` adds the text

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        super().paint(painter, option, index)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, widget)
        rect = rect.adjusted(self.side, 0, -self.side, 0)
        rtl = index.data(Role.DIRECTION) == Qt.LayoutDirection.RightToLeft
        metrics = QFontMetricsF(self.font)
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
        width = metrics.horizontalAdvance(shown)
        x = rect.right() - width if rtl else rect.left()
        baseline = rect.top() + (rect.height() - self.above - self.below) / 2 + self.above
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setFont(self.font)
        painter.setPen(option.palette.color(role))
        painter.setLayoutDirection(textdir.layout_direction(rtl))
        painter.drawText(QPointF(x, baseline), shown)
        view = option.widget
        if (isinstance(view, QAbstractItemView) and view.hasFocus()
                and view.currentIndex().row() == index.row()):
            # The row the keyboard is on, plainly: a frame in the selection colour.
            pen = QPen(focus_colour(), 2)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(option.rect).adjusted(1, 1, -1, -1))
        painter.restore()


class LibraryPane(Retranslating, QWidget):
    """Emits ``article_selected`` when the current row changes to another article."""

    article_selected = Signal(object)  # ArticleInfo

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ArticleTableModel(self)
        self._title_font: QFont | None = None
        self._quiet = False
        self._reading_id = ""  # the article shown, even while a filter hides its row
        self.proxy = ArticleFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("filterBox")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.installEventFilter(self)
        self.table = QTableView(self)
        self.table.setObjectName("articleList")
        self.table.setModel(self.proxy)
        self.title_delegate = TitleDelegate(self.table)
        self.table.setItemDelegateForColumn(Column.TITLE, self.title_delegate)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(Column.DATE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.LENGTH, QHeaderView.ResizeMode.ResizeToContents)
        header.setResizeContentsPrecision(50)  # look at a few rows, not all 100,000
        header.setSortIndicatorShown(True)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        # After a re-sort the row being read may be anywhere: bring it back into view.
        self.proxy.layoutChanged.connect(self._show_current)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.table, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(FILTER_DELAY_MS)
        self._timer.timeout.connect(self.apply_filter)
        self.filter_edit.textChanged.connect(lambda _text: self._timer.start())
        self.retranslate()

    def retranslate(self) -> None:
        self.filter_edit.setPlaceholderText(self.tr("Filter titles (Ctrl+L)"))
        self.filter_edit.setAccessibleName(self.tr("Filter articles"))
        self.table.setAccessibleName(self.tr("Articles"))
        self.table.horizontalHeader().setAccessibleName(self.tr("Columns (click to sort)"))
        self.table.verticalHeader().setAccessibleName(self.tr("Rows"))
        corner = self.table.findChild(QAbstractButton, "qt_tableview_cornerbutton")
        if corner is not None:
            corner.setAccessibleName(self.tr("Select all"))
        self.model.retranslate()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """In a narrow pane the titles come first: the length, then the date, give way."""
        super().resizeEvent(event)
        width = event.size().width()
        self.table.setColumnHidden(Column.LENGTH, width < NARROW_NO_LENGTH)
        self.table.setColumnHidden(Column.DATE, width < NARROW_NO_DATE)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.filter_edit and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            self.table.setFocus()
            if not self.table.currentIndex().isValid() and self.proxy.rowCount():
                self.table.setCurrentIndex(self.proxy.index(0, 0))
            return True
        return super().eventFilter(watched, event)

    # -- data ------------------------------------------------------------------------------
    def set_rows(self, rows: list) -> None:
        """Rows from ``ArticleTableModel.prepare`` (which may run in a worker)."""
        current = self.current_id()
        self.model.set_rows(rows)
        self._fit_rows()
        if current:
            self.select_id(current, notify=False)

    def set_title_font(self, font: QFont) -> None:
        """Titles in the reading font; rows tall enough for its full height."""
        self._title_font = font
        self._fit_rows()

    def _fit_rows(self) -> None:
        font = self._title_font or self.font()
        titles = [info.title for info in self.model.articles()]
        height = self.title_delegate.fit(font, titles)
        # New row heights leave the scroll position where it was, past the end of shorter
        # rows (the list showed blank until scrolled): relayout and keep the top row on top.
        top = self.table.indexAt(QPoint(0, 0))
        self.table.verticalHeader().setDefaultSectionSize(max(height, self.fontMetrics().height()))
        self.table.doItemsLayout()
        if top.isValid():
            self.table.scrollTo(top, QAbstractItemView.ScrollHint.PositionAtTop)
        self.table.viewport().update()

    def apply_filter(self) -> None:
        """Filter the rows without opening anything: when the row being read is filtered
        out, Qt moves the current row to a neighbour, which must not replace the article."""
        self._timer.stop()
        current = self.current_id() or self._reading_id
        self._quiet = True
        try:
            self.proxy.set_filter_text(self.filter_edit.text())
        finally:
            self._quiet = False
        if current and not self.select_id(current, notify=False):
            self.table.selectionModel().clearCurrentIndex()
            self.table.clearSelection()

    def set_filter(self, text: str) -> None:
        self.filter_edit.setText(text)
        self.apply_filter()

    def sort_state(self) -> tuple[int, int]:
        header = self.table.horizontalHeader()
        return header.sortIndicatorSection(), header.sortIndicatorOrder().value

    def set_sort(self, column: int, order: int) -> None:
        self.table.sortByColumn(column, Qt.SortOrder(order))

    # -- selection -------------------------------------------------------------------------
    def current_id(self) -> str:
        index = self.table.currentIndex()
        return index.data(Role.ID) if index.isValid() else ""

    def select_id(self, article_id: str, notify: bool = True) -> bool:
        self._reading_id = article_id
        row = self.model.row_of(article_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        flags = (QItemSelectionModel.SelectionFlag.ClearAndSelect
                 | QItemSelectionModel.SelectionFlag.Rows)
        self._quiet = not notify
        try:
            self.table.selectionModel().setCurrentIndex(index, flags)
        finally:
            self._quiet = False
        self.table.scrollTo(index)
        return True

    def step(self, delta: int) -> bool:
        """Open the next (or previous) article of the list as it is sorted and filtered."""
        current = self.table.currentIndex()
        row = current.row() + delta if current.isValid() else (0 if delta > 0 else -1)
        if not self.proxy.rowCount():
            return False
        row = min(max(row, 0), self.proxy.rowCount() - 1) if current.isValid() \
            else row % self.proxy.rowCount()
        if current.isValid() and row == current.row():
            return False
        self.table.setCurrentIndex(self.proxy.index(row, 0))
        self.table.scrollTo(self.proxy.index(row, 0))
        return True

    def _show_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and not self._quiet:
            info = current.data(Role.INFO)
            if info is not None:
                self.article_selected.emit(info)
