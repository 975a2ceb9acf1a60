"""The search pane: a query box searched as you type, results with marked snippets.

Every search runs with ``supersede="search"``: a newer query (or clearing the box) cancels
the one before and drops its answer, so a slow search never overwrites a newer one. The core's
snippets are the only HTML shown here (already escaped, hits in ``<b>``); titles and the
"did you mean" text are escaped before they are put into markup. Corrections and the
words searched besides the typed ones are shown composed (NFC) in the article font, since
they are Urdu words a person must be able to read at a glance.
"""

from __future__ import annotations

import html
import os
import re
import time
import unicodedata
from collections import OrderedDict
from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QPainter,
    QPalette,
    QPen,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from reader_app.core.results import Hit, SearchResponse
from reader_app.ui import fonts, textdir
from reader_app.ui.i18n import Retranslating, fill, render
from reader_app.ui.keyboard import tab_to_clear
from reader_app.ui.library import Library
from reader_app.ui.sizing import SMALLEST_LIST, WrappedLabel
from reader_app.ui.theme import LIGHT, Colors, focus_colour

DEBOUNCE_MS = 250
RESULT_LIMIT = 50
# Rows made with their snippets by the search itself: more than the pane shows at once.
# The others' snippets are made right after, off the UI thread (a search waits for ten
# snippets, not fifty).
FIRST_SNIPPETS = 12
PADDING = 6
_TAGS = re.compile(r"<[^>]+>")
Index = QModelIndex | QPersistentModelIndex


class ResultsModel(QAbstractListModel):
    HIT_ROLE = Qt.ItemDataRole.UserRole + 1
    HTML_ROLE = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.hits: list[Hit] = []

    def set_hits(self, hits: list[Hit]) -> None:
        self.beginResetModel()
        self.hits = list(hits)
        self.endResetModel()

    def update_hits(self, hits: list[Hit]) -> list[int]:
        """Put in ``hits`` (the same articles, now with snippets) where their rows are;
        the rows changed."""
        by_id = {hit.id: hit for hit in hits}  # a dataset's rows share one path
        rows = [row for row, hit in enumerate(self.hits) if hit.id in by_id]
        for row in rows:
            self.hits[row] = by_id[self.hits[row].id]
            index = self.index(row)
            self.dataChanged.emit(index, index)
        return rows

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.hits)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.hits):
            return None
        hit = self.hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return hit.title
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            plain = html.unescape(_TAGS.sub("", hit.snippet))
            return f"{hit.title}\n{plain}" if role == Qt.ItemDataRole.AccessibleTextRole \
                else f"{hit.title}\n{hit.path}"
        if role == self.HTML_ROLE:
            return (f"<p><span style='font-weight: bold'>{html.escape(hit.title)}</span></p>"
                    f"<p class='snippet'>{hit.snippet}</p>")
        if role == self.HIT_ROLE:
            return hit
        return None


RESULTS_MEASURED_AT_ONCE = 8
DOCUMENTS_KEPT = 120  # laid-out results kept by the delegate (two pages of results, twice)


class SnippetDelegate(QStyledItemDelegate):
    """Draws a result as its title and marked snippet, each line in its own direction."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.font = QFont()
        self.colors: Colors = LIGHT
        self._meter = fonts.InkMeter()
        self._documents: OrderedDict[tuple[str, int, str, str], tuple[QTextDocument, float]] = \
            OrderedDict()

    def document(self, index: Index, width: float) -> tuple[QTextDocument, float]:
        """The result laid out for ``width``, and how far its ink rises above the first line;
        kept for the next call (a row is measured, then painted, then painted again as it
        scrolls: each made its document anew, 1 ms apiece, while the person typed)."""
        html_text = index.data(ResultsModel.HTML_ROLE) or ""
        key = (html_text, round(width), self.font.key(), self.colors.snippet_css)
        cached = self._documents.get(key)
        if cached is not None:
            self._documents.move_to_end(key)
            return cached
        made = self._make_document(html_text, width)
        self._documents[key] = made
        if len(self._documents) > DOCUMENTS_KEPT:
            self._documents.popitem(last=False)
        return made

    def _make_document(self, html_text: str, width: float) -> tuple[QTextDocument, float]:
        doc = QTextDocument()
        doc.setDocumentMargin(0)
        doc.setDefaultFont(self.font)
        doc.setDefaultStyleSheet(self.colors.snippet_css)
        doc.setHtml(html_text)
        metrics = QFontMetricsF(self.font)
        above, below = self._meter.extents(self.font, doc.toPlainText())
        rise = max(0.0, above - metrics.ascent())
        extra = rise + max(0.0, below - metrics.descent())
        cursor = QTextCursor(doc)
        block = doc.begin()
        while block.isValid():
            way, side = textdir.block_format_direction(block.text())
            fmt = QTextBlockFormat(block.blockFormat())
            fmt.setLayoutDirection(way)
            fmt.setAlignment(side)
            fmt.setTopMargin(0)
            fmt.setBottomMargin(2)
            fmt.setLineHeight(extra, QTextBlockFormat.LineHeightTypes.LineDistanceHeight.value)
            cursor.setPosition(block.position())
            cursor.setBlockFormat(fmt)
            block = block.next()
        doc.setTextWidth(max(width, 40.0))
        return doc, rise

    def _width(self, option: QStyleOptionViewItem) -> float:
        view = option.widget
        width = view.viewport().width() if isinstance(view, QListView) else option.rect.width()
        return width - 2 * PADDING

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        doc, rise = self.document(index, self._width(option))
        return QSize(int(doc.idealWidth()) + 2 * PADDING,
                     int(doc.size().height() + rise) + 2 * PADDING)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        doc, rise = self.document(index, opt.rect.width() - 2 * PADDING)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(role))
        painter.save()
        painter.translate(opt.rect.left() + PADDING, opt.rect.top() + PADDING + rise)
        context.clip = QRectF(0, -rise - PADDING, opt.rect.width(), opt.rect.height())
        painter.setClipRect(context.clip)
        doc.documentLayout().draw(painter, context)
        painter.restore()
        view = option.widget
        if (isinstance(view, QAbstractItemView) and view.hasFocus()
                and view.currentIndex().row() == index.row()):
            painter.save()  # the result the keyboard is on, plainly framed
            painter.setPen(QPen(focus_colour(), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(opt.rect).adjusted(1, 1, -1, -1))
            painter.restore()


class SearchPane(Retranslating, QWidget):
    """Query box, status line, "did you mean" and the result list."""

    open_requested = Signal(int, bool)  # result row, start at the last hit
    notes_requested = Signal(str)  # the "notes match" link: show them for this query
    results_changed = Signal()

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.response: SearchResponse | None = None
        self.searching = False
        self._pending = False
        self._pending_open = False
        self.limit = RESULT_LIMIT  # grows by RESULT_LIMIT with each "Show more"
        self._keep_row = -1
        self._as_typed: str | None = None  # "Search instead for …": no correction for this

        self.query_edit = QLineEdit(self)
        self.query_edit.setObjectName("searchBox")
        self.query_edit.setClearButtonEnabled(True)
        self.query_edit.installEventFilter(self)
        self._latency_log = os.environ.get("READER_LATENCY_LOG") or None
        self._painted = ""
        self.status_label = WrappedLabel(self)
        self.status_label.setObjectName("searchStatus")
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.suggestion_label = WrappedLabel(self)
        self.suggestion_label.setObjectName("suggestion")
        self.suggestion_label.setTextFormat(Qt.TextFormat.RichText)
        self.suggestion_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.suggestion_label.setOpenExternalLinks(False)
        self.suggestion_label.linkActivated.connect(self._use_suggestion)
        self.suggestion_label.hide()
        self.searched_label = WrappedLabel(self)
        self.searched_label.setObjectName("searched")
        self.searched_label.setTextFormat(Qt.TextFormat.RichText)
        self.searched_label.hide()
        # "3 of your notes match": the notes a query finds, opened in the Notes pane.
        self.notes_label = QLabel(self)
        self.notes_label.setObjectName("notesMatch")
        self.notes_label.setTextFormat(Qt.TextFormat.RichText)
        self.notes_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.notes_label.linkActivated.connect(
            lambda _link: self.notes_requested.emit(self.query.strip()))
        self.notes_label.hide()
        self.count_notes: Callable[[str], int] | None = None  # set by the window

        self.model = ResultsModel(self)
        self.delegate = SnippetDelegate(self)
        self.results_view = QListView(self)
        self.results_view.setObjectName("searchResults")
        self.results_view.setModel(self.model)
        self.results_view.setItemDelegate(self.delegate)
        self.results_view.setResizeMode(QListView.ResizeMode.Adjust)
        self.results_view.setUniformItemSizes(False)
        # Rows are measured a few at a time between events: 50 results took 50 ms to
        # measure at once, and the keys typed meanwhile waited for them.
        self.results_view.setLayoutMode(QListView.LayoutMode.Batched)
        self.results_view.setBatchSize(RESULTS_MEASURED_AT_ONCE)
        self.results_view.setWordWrap(True)
        self.results_view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.results_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # In a small window the list gives up room (it scrolls) before a label is cut.
        self.results_view.setMinimumHeight(SMALLEST_LIST)
        self.results_view.activated.connect(lambda index: self.open_requested.emit(index.row(),
                                                                                   False))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.query_edit)
        layout.addWidget(self.status_label)
        layout.addWidget(self.suggestion_label)
        layout.addWidget(self.searched_label)
        layout.addWidget(self.notes_label)
        layout.addWidget(self.results_view, 1)
        self.more_button = QPushButton(self)
        self.more_button.setObjectName("moreResults")
        self.more_button.clicked.connect(self.show_more)
        self.more_button.hide()
        layout.addWidget(self.more_button)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.search_now)
        self.query_edit.textChanged.connect(self._typed)
        self.query_edit.returnPressed.connect(self._enter)
        library.opened.connect(self._library_opened)
        library.articles_changed.connect(self._library_changed)
        self.retranslate()
        self._show_status()

    def retranslate(self) -> None:
        self.query_edit.setPlaceholderText(self.tr("Search articles (Ctrl+F)"))
        self.query_edit.setAccessibleName(self.tr("Search"))
        tab_to_clear(self.query_edit, self.tr("Clear the search"))
        self.query_edit.setToolTip(self.tr(
            'Words (also in Roman Urdu), "a phrase", OR, NOT or -word, prefix*, =exact word'))
        self.status_label.setAccessibleName(self.tr("Search status"))
        self.suggestion_label.setAccessibleName(self.tr("Did you mean"))
        self.searched_label.setAccessibleName(self.tr("Also searched"))
        self.notes_label.setAccessibleName(self.tr("Your notes"))
        self.results_view.setAccessibleName(self.tr("Search results"))
        self.more_button.setText(self.tr("Show more results"))
        self.more_button.setAccessibleName(self.tr("Show more results"))
        self._show_status()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._latency_log is not None and watched is self.query_edit \
                and event.type() == QEvent.Type.Paint:
            self._log_paint()
        if (watched is self.query_edit and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Escape
                and self.query_edit.text()):
            self.query_edit.clear()  # Escape clears the search, as in every search box
            return True
        if (watched is self.query_edit and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Down
                and self.model.rowCount()):
            self.results_view.setFocus()
            if not self.results_view.currentIndex().isValid():
                self.select_row(0)
            return True
        return super().eventFilter(watched, event)

    def _log_paint(self) -> None:
        """READER_LATENCY_LOG=FILE: when the box is painted with new text, write the wall
        time and the text's length (benchmarks/bench_typing.py holds it against the time
        each key was sent)."""
        text = self.query_edit.text()
        if text != self._painted and self._latency_log is not None:
            self._painted = text
            with open(self._latency_log, "a", encoding="utf-8") as log:
                log.write(f"{time.time():.6f}\t{len(text)}\n")

    # -- appearance ------------------------------------------------------------------------
    def set_result_font(self, font: QFont) -> None:
        self.delegate.font = font
        self.results_view.doItemsLayout()
        self._show_status()

    def set_colors(self, colors: Colors) -> None:
        self.delegate.colors = colors
        self.results_view.viewport().update()

    # -- searching -------------------------------------------------------------------------
    @property
    def query(self) -> str:
        return self.query_edit.text()

    def focus_search(self) -> None:
        self.query_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.query_edit.selectAll()

    def set_query(self, text: str) -> None:
        self.query_edit.setText(text)
        self.limit = RESULT_LIMIT
        self.search_now()

    def _typed(self, _text: str) -> None:
        self.limit = RESULT_LIMIT
        self._as_typed = None
        self.timer.start()

    def show_more(self) -> None:
        """The same search with room for the next RESULT_LIMIT results; the row stays."""
        self.limit += RESULT_LIMIT
        self._keep_row = self.current_row
        self.search_now()

    def _enter(self) -> None:
        if self.timer.isActive() or self.searching:
            self._pending_open = True
            self.search_now()
            return
        self._open_current()

    def _open_current(self) -> None:
        if self.model.rowCount():
            row = max(self.results_view.currentIndex().row(), 0)
            self.select_row(row)
            self.open_requested.emit(row, False)

    def search_now(self) -> None:
        self.timer.stop()
        self.library.runner.withdraw("search")  # an older answer must not arrive after this
        text = self.query.strip()
        if not text:
            self.searching = False
            self._pending_open = False
            self._set_response(None)
            return
        if not self.library.ready:
            self._pending = True
            self._show_status()
            return
        self.searching = True
        self._show_status()
        correct = text != self._as_typed
        self.library.runner.start(
            lambda task, limit=self.limit: self.library.search(
                text, limit, correct, task.cancelled, snippets=FIRST_SNIPPETS),
            self._done,
            self._failed,
            name="search",
            supersede="search",  # a query typed on makes the one before it moot
        )

    def _done(self, response: SearchResponse) -> None:
        self.searching = False
        self._set_response(response)
        if self._pending_open:
            self._pending_open = False
            self._open_current()

    def _failed(self, message: str) -> None:
        self.searching = False
        self._set_response(SearchResponse(query=self.query, message=fill(self.tr(
            "This search could not be run (%1). Try other words."), message)))

    def _set_response(self, response: SearchResponse | None) -> None:
        self.response = response
        self.model.set_hits(response.hits if response else [])
        self._fill_snippets(response)
        keep, self._keep_row = self._keep_row, -1
        if response and response.hits:
            row = keep if 0 <= keep < len(response.hits) else 0
            self.results_view.setCurrentIndex(self.model.index(row))
            self.results_view.scrollTo(self.model.index(row))
        self.more_button.setVisible(bool(response and response.total > len(response.hits)))
        self._show_status()
        self.results_changed.emit()

    def _fill_snippets(self, response: SearchResponse | None) -> None:
        """Make the snippets the search left pending, on a worker; a newer answer makes
        them moot."""
        pending = [hit for hit in response.hits if hit.pending] if response else []
        if response is None or not pending:
            return
        self.library.runner.start(
            lambda _task: self.library.fill_snippets(response, pending),
            lambda hits: self._snippets_filled(response, hits),
            name="snippets",
            supersede="snippets",
        )

    def _snippets_filled(self, response: SearchResponse, hits: list[Hit]) -> None:
        if response is not self.response:
            return
        if self.model.update_hits(hits):
            # One layout for all the rows, not one per row: a sizeHintChanged per row made
            # the list lay out every row again for each (thousands of layouts a search).
            self.results_view.doItemsLayout()
        response.hits = list(self.model.hits)

    def _urdu(self, text: str, link: str | None = None) -> str:
        """``text`` escaped, composed and in the article font, as a link when ``link``."""
        families = ", ".join(f"'{f}'" for f in self.delegate.font.families()
                             if "'" not in f)
        word = html.escape(unicodedata.normalize("NFC", text))
        span = f"<span style=\"font-family: {families}\">{word}</span>" if families else word
        return f"<a href='{link}'><b>{span}</b></a>" if link else span

    def show_notes_line(self) -> None:
        """How many of the reader's notes the query finds, as a link to them."""
        count = self.count_notes(self.query) if self.count_notes and self.query.strip() else 0
        if count:
            text = html.escape(self.tr("%Ln of your notes match", "", count))
            self.notes_label.setText(f"<a href='notes'>{text}</a>")
        self.notes_label.setVisible(bool(count))

    def _show_status(self) -> None:
        response = self.response
        self.suggestion_label.hide()
        self.searched_label.hide()
        self.show_notes_line()
        if self.searching or (self._pending and not self.library.ready):
            self.status_label.setText(self.tr("Searching…") if self.library.ready
                                      else self.tr("The library is opening; the search will run "
                                                   "in a moment…"))
            return
        if response is None:
            self.status_label.setText(self.tr("Type to search every article."))
            return
        lines = []
        if response.message:
            lines.append(render(response.message))
        if response.hits:
            if response.total_exact:
                found = self.tr("%Ln article(s) found", "", response.total)
            else:  # the time budget ran out, or a prefix was searched as its commonest words
                found = self.tr("about %Ln article(s) found", "", response.total)
            if response.total > len(response.hits):  # one sentence, not two phrases run on
                found = fill(self.tr("%1; showing the best %2"), found, len(response.hits))
            lines.append(found)
        elif response.query.strip() and not response.message:
            lines.append(self.tr("Nothing found."))
        self.status_label.setText(" ".join(lines) if lines else "")
        if response.corrected:
            # Both parts replaced at once: a query containing "%2" stays as typed.
            template = html.escape(self.tr("Showing results for %1 · Search instead for %2"))
            parts = {"%1": self._urdu(response.corrected, "corrected"),
                     "%2": self._urdu(response.query, "original")}
            self.suggestion_label.setText(re.sub("%[12]", lambda m: parts[m.group()], template))
            self.suggestion_label.show()
        elif response.suggestion:
            self.suggestion_label.setText(html.escape(self.tr("Did you mean %1?")).replace(
                "%1", self._urdu(response.suggestion, "suggestion")))
            self.suggestion_label.show()
        if response.searched:
            forms = self.tr(", ").join(self._urdu(form) for _typed, form in response.searched)
            self.searched_label.setText(
                fill(html.escape(self.tr("Also searched: %1")), forms))
            self.searched_label.setToolTip("\n".join(
                f"{unicodedata.normalize('NFC', typed)} → {form}"
                for typed, form in response.searched))
            self.searched_label.show()

    def _use_suggestion(self, link: str) -> None:
        response = self.response
        if response is None:
            return
        if link == "original":  # the query as typed, with no correction
            self.query_edit.setText(response.query)
            self._as_typed = response.query.strip()
            self.search_now()
        elif link == "corrected" and response.corrected:
            self.set_query(response.corrected)
        elif response.suggestion:
            self.set_query(response.suggestion)

    def _library_opened(self) -> None:
        if self._pending:
            self._pending = False
            self.search_now()

    def _library_changed(self, _articles: list) -> None:
        """Search again when articles were added or removed: also while the first search
        still runs (its answer, read before the change, would miss them)."""
        if (self.response is not None or self.searching) and self.query.strip():
            self.search_now()

    # -- results ---------------------------------------------------------------------------
    @property
    def hits(self) -> list[Hit]:
        return self.model.hits

    @property
    def current_row(self) -> int:
        return self.results_view.currentIndex().row()

    def select_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.results_view.setCurrentIndex(self.model.index(row))
            self.results_view.scrollTo(self.model.index(row))
