"""The article list: a live filter box and a source choice over a sortable table of titles,
sources, publication dates and lengths, its columns shown and sized as the person left them."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QLocale,
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
    QAction,
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
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMenu,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from reader_app.ui import fonts, textdir
from reader_app.ui.i18n import Retranslating, fill
from reader_app.ui.keyboard import RowTable, tab_to_clear
from reader_app.ui.models.article_model import (
    COLUMN_KEYS,
    ArticleFilterProxy,
    ArticleTableModel,
    Column,
    Role,
    locale_digits,
)
from reader_app.ui.sizing import SMALLEST_LIST
from reader_app.ui.theme import focus_colour

if TYPE_CHECKING:
    pass

FILTER_DELAY_MS = 150
# px of list below which a column gives way to the titles (length first, the date last)
TITLE_ROOM = 180  # px the titles keep: the other columns give way before they get less
GIVE_WAY = (Column.LENGTH, Column.SOURCE, Column.PUBLISHED)  # the order they give way in
POPUP_PADDING = 24  # px the theme puts around an item of a combo box's list
SOURCE_MAX_WIDTH = 130  # px a source gets before it is elided (until widened by hand)
OPTIONAL = (Column.SOURCE, Column.PUBLISHED, Column.LENGTH)  # the person may hide these
TITLES_MEASURED = 120  # with fonts.TALL_WORDS a fair sample; all 500 cost 0.3 s


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
        sample = " ".join([fonts.TALL_WORDS, *titles[:TITLES_MEASURED]])
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
        reading = index.data(Role.READING)
        read = bool(reading and reading[1])
        role = QPalette.ColorRole.HighlightedText if selected else \
            QPalette.ColorRole.PlaceholderText if read else QPalette.ColorRole.Text
        painter.save()
        painter.setFont(self.font)
        painter.setPen(option.palette.color(role))
        painter.setLayoutDirection(textdir.layout_direction(rtl))
        painter.drawText(QPointF(x, baseline), shown)
        if reading and not read and reading[0] > 0:
            # How far it has been read: a bar along the foot of the title, from its start.
            bar = QRectF(option.rect).adjusted(self.side, 0, -self.side, -2)
            length = bar.width() * min(reading[0], 1.0)
            left = bar.right() - length if rtl else bar.left()
            painter.fillRect(QRectF(left, bar.bottom() - 2, length, 3), focus_colour())
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
    columns_changed = Signal()  # a column shown, hidden or resized: worth remembering

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
        # One source at a time (BBC Urdu, a dataset): shown once some article names one.
        self.source_combo = QComboBox(self)
        self.source_combo.setObjectName("sourceFilter")
        self.source_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.source_combo.setMaximumWidth(220)
        self.source_combo.hide()
        self.source_combo.currentIndexChanged.connect(self._source_chosen)
        self.table = RowTable(self)
        self.table.setObjectName("articleList")
        self.table.setModel(self.proxy)
        self.table.setMinimumHeight(SMALLEST_LIST)  # gives up room before the search's labels
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
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setResizeContentsPrecision(50)  # look at a few rows, not all 100,000
        header.setSortIndicatorShown(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(
            lambda pos: self.columns_menu.popup(header.mapToGlobal(pos)))
        header.sectionResized.connect(self._section_resized)
        # Which columns show: in the header's context menu and (for the keyboard) the View
        # menu's Columns submenu; the title always shows.
        self.columns_menu = QMenu(self)
        self.columns_menu.setObjectName("columnsMenu")
        self.column_actions: dict[Column, QAction] = {}
        for column in OPTIONAL:
            act = QAction(self)
            act.setObjectName(f"column_{COLUMN_KEYS[column]}")
            act.setCheckable(True)
            act.setChecked(True)
            act.toggled.connect(lambda _on: (self._apply_hidden(), self.columns_changed.emit()))
            self.columns_menu.addAction(act)
            self.column_actions[column] = act
        self._widths: dict[str, int] = {}  # remembered widths; a column without one fits
        self._sized: set[Column] = set()
        self._no_room: set[Column] = set()  # ticked, but hidden to leave the titles room
        self._fitted: dict[Column, int] = {}  # the width each fitted column was given
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        # After a re-sort the row being read may be anywhere: bring it back into view.
        self.proxy.layoutChanged.connect(self._show_current)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        boxes = QHBoxLayout()
        boxes.setSpacing(4)
        boxes.addWidget(self.filter_edit, 1)
        boxes.addWidget(self.source_combo)
        layout.addLayout(boxes)
        layout.addWidget(self.table, 1)
        self.setTabOrder(self.filter_edit, self.source_combo)
        self.setTabOrder(self.source_combo, self.table)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(FILTER_DELAY_MS)
        self._timer.timeout.connect(self.apply_filter)
        self.filter_edit.textChanged.connect(lambda _text: self._timer.start())
        self.retranslate()

    def retranslate(self) -> None:
        self.filter_edit.setPlaceholderText(self.tr("Filter titles (Ctrl+L)"))
        self.filter_edit.setAccessibleName(self.tr("Filter articles"))
        tab_to_clear(self.filter_edit, self.tr("Clear the filter"))
        self.filter_edit.setToolTip(self.tr("Matches titles, file names, sources and dates "
                                            "(2024-07)"))
        self.source_combo.setAccessibleName(self.tr("Source"))
        self.source_combo.setToolTip(self.tr("Show the articles of one source only"))
        self.source_combo.view().setAccessibleName(self.tr("Sources"))
        self.columns_menu.setTitle(self.tr("&Columns"))
        self.columns_menu.setAccessibleName(self.tr("Columns"))
        self._labels = {Column.SOURCE: self.tr("&Source"),
                        Column.PUBLISHED: self.tr("&Published"), Column.LENGTH: self.tr("&Length")}
        self._label_columns()
        self._fill_sources()
        self.table.setAccessibleName(self.tr("Articles"))
        self.table.horizontalHeader().setAccessibleName(self.tr("Columns (click to sort)"))
        self.table.verticalHeader().setAccessibleName(self.tr("Rows"))
        corner = self.table.findChild(QAbstractButton, "qt_tableview_cornerbutton")
        if corner is not None:
            corner.setAccessibleName(self.tr("Select all"))
        self.model.retranslate()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """In a narrow pane the titles come first: the length, the source, then the date
        give way (and come back when there is room)."""
        super().resizeEvent(event)
        self._apply_hidden()

    # -- columns ---------------------------------------------------------------------------
    def _apply_hidden(self) -> None:
        """The ticked columns show while the titles keep TITLE_ROOM; when they would not,
        the length, the source, then the date give way (measured: a source column that an
        import brought left the titles 80 px), and the Columns menu says so."""
        wanted = [c for c, act in self.column_actions.items() if act.isChecked()
                  and (c != Column.SOURCE or self.model.sources())]
        room = self.table.viewport().width() or self.width()
        self._no_room.clear()
        for column in GIVE_WAY:
            if room - sum(self._width_of(c) for c in wanted) >= TITLE_ROOM:
                break
            if column in wanted:
                wanted.remove(column)
                self._no_room.add(column)
        for column in OPTIONAL:
            self.table.setColumnHidden(column, column not in wanted)
        self._fit_columns()
        self._label_columns()

    def _label_columns(self) -> None:
        labels = getattr(self, "_labels", None)
        if labels is None:
            return
        for column, act in self.column_actions.items():
            act.setText(fill(self.tr("%1 (no room: widen the list)"), labels[column])
                        if column in self._no_room else labels[column])

    def _width_of(self, column: Column) -> int:
        """The width a column has, or would have if it showed (see _fit_columns)."""
        remembered = self._widths.get(COLUMN_KEYS[column])
        if remembered:
            return remembered
        if column in self._sized:  # (a hidden column's width reads 0: the one it was given)
            return self._fitted.get(column, 0)
        return self._fit_width(column) if self.model.rowCount() else 0

    def _section_resized(self, section: int, _old: int, new: int) -> None:
        if section != Column.TITLE and new > 0 and section in self._sized:
            self._widths[COLUMN_KEYS[Column(section)]] = new
            self.columns_changed.emit()

    def _fit_columns(self) -> None:
        """A column without a remembered width fits its contents once there are rows."""
        if not self.model.rowCount():
            return
        for column in OPTIONAL:
            if column in self._sized or self.table.isColumnHidden(column):
                continue  # a hidden column is fitted when it first shows
            width = self._widths.get(COLUMN_KEYS[column]) or self._fit_width(column)
            self.table.setColumnWidth(column, width)
            self._fitted[column] = width
            self._sized.add(column)

    def _fit_width(self, column: Column) -> int:
        """Its contents and its header (with the sort arrow) fit; a source is elided past
        SOURCE_MAX_WIDTH: titles come first."""
        header = self.table.horizontalHeader()
        arrow = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize) + \
            2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin)
        width = max(self.table.sizeHintForColumn(column),
                    header.sectionSizeHint(column) + arrow) + 4
        return min(width, SOURCE_MAX_WIDTH) if column == Column.SOURCE else width

    def column_state(self) -> dict[str, object]:
        """For the settings: hidden columns (the person's choice, not the narrow pane's)
        and the widths they were given."""
        hidden = [COLUMN_KEYS[c] for c, act in self.column_actions.items() if not act.isChecked()]
        return {"hidden": hidden, "widths": dict(self._widths)}

    def set_column_state(self, state: dict[str, object]) -> None:
        hidden = state.get("hidden") or []
        widths = state.get("widths") or {}
        for column, act in self.column_actions.items():
            act.blockSignals(True)
            act.setChecked(COLUMN_KEYS[column] not in hidden)  # type: ignore[operator]
            act.blockSignals(False)
        self._widths = dict(widths)  # type: ignore[call-overload]
        self._sized.clear()
        self._apply_hidden()
        self._fit_columns()

    # -- the source filter -----------------------------------------------------------------
    def _fill_sources(self) -> None:
        """"All sources" and each source with its count; the choice survives a refresh
        as long as its source is still there."""
        combo = self.source_combo
        chosen = self.proxy.source_filter
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All sources"), None)
        # The name isolated and the line in the interface's direction: "BBC News اردو (1)"
        # read "BBC News (1) اردو", its count inside the name.
        mark = "\u200f" if self.isRightToLeft() else "\u200e"
        for source, count in self.model.sources():
            combo.addItem(f"{mark}\u2068{source}\u2069 "
                          f"({locale_digits(QLocale().toString(count))})", source)
        # The list that opens is as wide as its longest entry (the box may be narrower):
        # "BBC News اردو (1)" was cut to the box's width.
        view = combo.view()
        needed = max(view.sizeHintForColumn(0), 0) + 2 * view.frameWidth() \
            + view.verticalScrollBar().sizeHint().width() + POPUP_PADDING
        view.setMinimumWidth(needed)
        view.window().setMinimumWidth(needed)  # (the popup's frame, sized to the box else)
        found = combo.findData(chosen) if chosen is not None else 0
        combo.setCurrentIndex(max(found, 0))
        combo.blockSignals(False)
        combo.setVisible(bool(self.model.sources()))
        if chosen is not None and found < 0:
            self.set_source_filter(None)

    def _source_chosen(self, _index: int) -> None:
        self.set_source_filter(self.source_combo.currentData())

    def set_source_filter(self, source: str | None) -> None:
        """Show one source's articles only (None: all), without opening another article."""
        current = self.current_id() or self._reading_id
        self._quiet = True
        try:
            self.proxy.set_source_filter(source)
        finally:
            self._quiet = False
        index = self.source_combo.findData(source) if source is not None else 0
        if index >= 0 and index != self.source_combo.currentIndex():
            self.source_combo.blockSignals(True)
            self.source_combo.setCurrentIndex(index)
            self.source_combo.blockSignals(False)
        if current and not self.select_id(current, notify=False):
            self.table.selectionModel().clearCurrentIndex()
            self.table.clearSelection()

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
        self._fill_sources()
        self._apply_hidden()
        self._fit_columns()
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
