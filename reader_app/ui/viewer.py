"""The article viewer: plain text, each paragraph in its own direction, Nastaliq never clipped.

The document is made by ``article_document.build`` (plain text only: markup in a file shows
as the characters it is). The article is headed by its title, source and date, and its
address as a link (a character format's anchor, never HTML); the link opens the browser only
when clicked. A first paragraph that only repeats the title is not shown again under it.
Search hits are painted as extra selections over the original glyphs, so the text itself is
never changed (and its shaping never broken) to mark them.

A long article is laid out in the background in small steps (``LayoutPacer``), and the
height of its lines is set from the ink of its first pages and checked against the rest in
idle time: a 2 MB article opens, scrolls and changes size without freezing the window.
"""

from __future__ import annotations

import bisect
import re
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QPointF, QRect, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QContextMenuEvent,
    QDesktopServices,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QPaintEvent,
    QResizeEvent,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QWheelEvent,
)
from PySide6.QtWidgets import QLabel, QLineEdit, QTextBrowser, QTextEdit, QWidget

from reader_app.core.formats.titles import same_title
from reader_app.core.library import Article
from reader_app.core.options import FONT, FONT_SIZE, LINE_SPACING, ZOOM
from reader_app.core.text.highlight import find_ranges
from reader_app.ui import article_document, fonts, textdir
from reader_app.ui.article_document import Heading
from reader_app.ui.i18n import fill, locale_for, translate_in
from reader_app.ui.keyboard import tab_to_clear
from reader_app.ui.layout_pacer import LayoutPacer
from reader_app.ui.models.article_model import format_day
from reader_app.ui.theme import LIGHT, Colors

MIN_WIDTH = 260  # px: a few Nastaliq words a line at the default size
ASTRAL = re.compile("[\U00010000-\U0010ffff]")  # two UTF-16 units each (emoji)
INK_FIRST = 8_000  # characters (a few screens) whose words set the line height at once
INK_BUDGET_S = 0.012  # the rest of the words are measured this long per idle tick
GROW_PX = 0.5  # ink this much beyond the lines' room: the article is set again
HIT_WINDOW = 20_000  # characters before and after the view whose hits are marked
FIND_AT_ONCE, FIND_PAUSE_MS = 100_000, 250  # a longer article is searched as typing pauses
FIND_PADDING = 6  # pixels around the find bar, in its strip under the text
LINK_SCHEMES = ("http", "https")  # an address in a file may be anything: only these open


def safe_link(url: str | None) -> QUrl | None:
    """The article's address, when it is a web address: a ``file:`` or ``javascript:``
    address in a dataset must never become something to click."""
    if not url:
        return None
    link = QUrl(url.strip(), QUrl.ParsingMode.StrictMode)
    if not link.isValid() or link.scheme().lower() not in LINK_SCHEMES or not link.host():
        return None
    return link


def utf16_mapper(text: str) -> Callable[[int], int]:
    """Python string offsets to QTextDocument positions (UTF-16 code units): each character
    beyond U+FFFF before an offset moves it one further."""
    astral = [m.start() for m in ASTRAL.finditer(text)]
    if not astral:
        return lambda offset: offset

    def to_doc(offset: int) -> int:
        offset = min(max(offset, 0), len(text))
        return offset + bisect.bisect_left(astral, offset)

    return to_doc


def utf16_unmapper(text: str) -> Callable[[int], int]:
    """QTextDocument positions (UTF-16 code units) back to Python string offsets."""
    astral = [m.start() for m in ASTRAL.finditer(text)]
    if not astral:
        return lambda position: min(max(position, 0), len(text))
    doc_positions = [at + i for i, at in enumerate(astral)]  # where each astral one starts

    def to_text(position: int) -> int:
        before = bisect.bisect_right(doc_positions, position - 1)  # pairs that began before
        if before and doc_positions[before - 1] + 1 == position:
            return astral[before - 1]  # between a pair's two units: the character's start
        return min(max(position - before, 0), len(text))

    return to_text


@dataclass(frozen=True)
class Mark:
    """A highlight to show: offsets into the article's text, its colour's name, and whether
    a note goes with it (then it is underlined as well)."""

    start: int
    end: int
    colour: str
    noted: bool = False


def distinct_words(text: str, start: int, slice_chars: int = 50_000) -> Iterator[str]:
    """Each word of ``text[start:]`` once, read a slice at a time (as it is asked for: a
    2 MB article's 30 ms of splitting are spread over idle ticks)."""
    seen: set[str] = set()
    while start < len(text):
        end = text.find(" ", start + slice_chars)
        end = len(text) if end < 0 else end
        for word in text[start:end].split():
            if word not in seen:
                seen.add(word)
                yield word
        start = end


def title_mapper(head: str, title: str) -> Callable[[int], int]:
    """Offsets into ``head`` (the article's first line and the blank lines after it, which
    the heading shows as ``title``) to document positions in the heading's title.

    The title is the line with its runs of spaces made one and its ends trimmed, so a hit in
    a line that starts with spaces is moved left by them (it was marked letters off)."""
    positions, at, gap = [], 0, False
    for ch in head:
        if ch.isspace():
            gap = gap or at > 0
            positions.append(at)
            continue
        if gap:
            at, gap = at + 1, False
        positions.append(at)
        at += 1
    to_utf16 = utf16_mapper(title)

    def to_doc(offset: int) -> int:
        position = positions[offset] if 0 <= offset < len(positions) else \
            (0 if offset < 0 else at)
        return to_utf16(min(position, len(title)))

    return to_doc


class ArticleViewer(QTextBrowser):
    """Shows one article; ``hit_changed(current, total)`` follows the highlighted hit."""

    hit_changed = Signal(int, int)
    link_opened = Signal(QUrl)  # the heading's link was clicked (and handed to the browser)
    find_closed = Signal()  # the find bar was closed: the search's own hits come back
    zoom_requested = Signal(int)  # +1 / -1: Ctrl+wheel, handled by the window's zoom

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("articleViewer")
        # The article is what the window is for: in a narrow window the list gives way first
        # (a splitter hands all shrinking to the pane without a stretch), never the text.
        self.setMinimumWidth(MIN_WIDTH)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)
        self.setAcceptDrops(False)
        self.viewport().setAcceptDrops(False)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard
                                     | Qt.TextInteractionFlag.LinksAccessibleByMouse
                                     | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.anchorClicked.connect(self._link_clicked)
        self.article: Article | None = None
        self.colors: Colors = LIGHT
        self.font_key, self.font_size = FONT.default, FONT_SIZE.default
        self.spacing, self.zoom = LINE_SPACING.default, ZOOM.default
        self._replace_document(article_document.new_document(self.effective_font()))
        self.line_pitch = 0.0
        self.ink_overflow = 0  # how far ink reaches beyond a line's box, in pixels
        self._ink = fonts.InkMeter()
        self._to_doc: Callable[[int], int] = lambda offset: offset
        # The heading: its blocks come first in the document ((kind, text) each), and the
        # article's text begins after it; ``_cut`` is where the shown text begins in
        # ``article.text`` (past a first paragraph that repeats the title).
        self._heading = Heading(())
        self._cut = 0
        self._body_ink = (0.0, 0.0)
        self._unmeasured: Iterator[str] | None = None  # the body's words not yet measured
        self._ink_timer = QTimer(self)
        self._ink_timer.setInterval(0)
        self._ink_timer.timeout.connect(self._measure_more)
        self.pacer = LayoutPacer(self.document, self)
        self._hits: list[tuple[int, int]] = []
        self._ranges: list[tuple[int, int]] = []  # the hits as offsets into the article
        self._hit_starts: list[int] = []  # where each hit starts (sorted: for bisect)
        # The reader's highlights: (document start, end, mark), sorted, and their starts.
        self._marks: list[tuple[int, int, Mark]] = []
        self._spoken: tuple[int, int] | None = None  # the word read aloud now (document)
        self._mark_starts: list[int] = []
        self._from_doc: Callable[[int], int] = lambda position: position
        self.mark_colours: dict[str, QColor] = LIGHT.marks  # a colour's name -> background
        self.context_actions: list[QAction] = []  # added to the text's context menu
        self._marked = (0, 0)  # the document positions whose hits are marked
        self._current = -1
        # Find in this article: a box over the foot of the text, as in a browser.
        self.find_box = QLineEdit(self)
        self.find_box.setObjectName("findInArticle")
        self.find_box.setClearButtonEnabled(True)
        self.find_box.hide()
        self.find_box.textChanged.connect(self._find_typed)
        # "3 of 12", or "Not found", beside the box (where the eyes are), said to screen readers
        self.find_status = QLabel(self)
        self.find_status.setObjectName("findStatus")
        self.find_status.hide()
        self.hit_changed.connect(self._find_counted)
        self._find_timer = QTimer(self)
        self._find_timer.setSingleShot(True)
        self._find_timer.setInterval(FIND_PAUSE_MS)
        self._find_timer.timeout.connect(self._find_now)
        self._words: list[tuple[str, int, int]] | None = None  # the article's, when found in
        self.find_box.installEventFilter(self)
        self.verticalScrollBar().valueChanged.connect(self._scrolled)
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Article text"))
        self.setPlaceholderText(self.tr("Choose an article from the list, or search for one."))
        self.find_box.setPlaceholderText(self.tr("Find in this article (Enter: next, Shift+Enter: "
                                                 "previous, Esc: close)"))
        self.find_box.setAccessibleName(self.tr("Find in this article"))
        tab_to_clear(self.find_box, self.tr("Clear"))
        if self.article is not None:
            self._show_heading_again()

    def _show_heading_again(self) -> None:
        """The open article's heading in the interface's new language (its "file date" and
        the date itself), with the reading position, the hits and the find box kept."""
        assert self.article is not None
        old_start, position = self._heading_length(), self.reading_position()
        ranges, current = list(self._ranges), self._current
        marks = [mark for _start, _end, mark in self._marks]
        finding = self.find_box.isVisible()
        self.show_article(self.article)
        shift = self._heading_length() - old_start
        self.scroll_to(position + shift if position >= old_start else position)
        if marks:
            self.set_marks(marks)
        if ranges:
            self.set_hits(ranges, None)
            self._current = current
            self._paint_hits()
        if finding:
            self._show_find(True)
            self._find_counted(self._current, len(self._hits))

    # -- find in this article -------------------------------------------------------------
    def open_find(self) -> None:
        self._show_find(True)
        self.find_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.find_box.selectAll()
        if self.find_box.text():
            self._find_typed(self.find_box.text())

    def close_find(self) -> None:
        if self.find_box.isVisible():
            self._show_find(False)
            self.setFocus(Qt.FocusReason.OtherFocusReason)
            self.find_closed.emit()

    def _show_find(self, shown: bool) -> None:
        """The find bar takes a strip under the text (the view's bottom margin) rather than
        lying over it: over the view it hid the last line, and the hit found there."""
        strip = self.find_box.sizeHint().height() + 2 * FIND_PADDING if shown else 0
        self.setViewportMargins(0, 0, 0, strip)
        self.find_box.setVisible(shown)
        self.find_status.setVisible(shown)
        if shown:
            self._place_find_box()
        else:
            self.find_status.clear()

    def _place_find_box(self) -> None:
        port = self.viewport().geometry()
        height = self.find_box.sizeHint().height()
        width = min(port.width() - 2 * FIND_PADDING, 420)
        status = min(self.find_status.sizeHint().width() + FIND_PADDING,
                     max(port.width() - width - 2 * FIND_PADDING, 0))
        y = port.bottom() + 1 + FIND_PADDING
        if self.isRightToLeft():
            x = port.right() - width - FIND_PADDING
            self.find_status.setGeometry(x - status, y, status, height)
        else:
            x = port.left() + FIND_PADDING
            self.find_status.setGeometry(x + width + FIND_PADDING, y, status, height)
        self.find_box.setGeometry(x, y, width, height)

    def _find_counted(self, current: int, total: int) -> None:
        if not self.find_box.isVisible():
            return
        if not self.find_box.text().strip():
            text = ""
        elif not total:
            text = self.tr("Not found")
        else:
            text = fill(self.tr("%1 of %2"), max(current, 0) + 1, total)
        self.find_status.setText(text)
        self.find_box.setAccessibleDescription(text)
        self._place_find_box()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """A new width: the text is wrapped again and the line read at the top stays at the
        top. (Qt would keep the pixel offset instead, and first lay out everything above it:
        over a second far into a long article.)"""
        rewrap = event.size().width() != event.oldSize().width() and self.article is not None
        position = self.reading_position() if rewrap else 0
        if position:
            self.verticalScrollBar().setValue(0)
        super().resizeEvent(event)
        self.pacer.start()
        if position:
            self.pacer.when_laid_out(position, lambda: self._scroll_now(position, 0.0, False))
        if self.find_box.isVisible():
            self._place_find_box()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Ctrl+End (and Shift+Ctrl+End) wait for the end of a long article to be laid out,
        a stretch at a time, instead of laying it all out at once."""
        to_end = (event.matches(QKeySequence.StandardKey.MoveToEndOfDocument)
                  or event.matches(QKeySequence.StandardKey.SelectEndOfDocument))
        if to_end and not self.pacer.laid_out():
            key = QKeyEvent(event.type(), event.key(), event.modifiers(), event.text())
            end = self.document().characterCount() - 1
            self.pacer.when_laid_out(end, lambda: super(ArticleViewer, self).keyPressEvent(key))
            event.accept()
            return
        super().keyPressEvent(event)

    def _find_typed(self, _text: str = "") -> None:
        """Mark the typed words wherever they occur in this article, folded as search folds
        them (Arabic or Farsi yeh, kaf, heh all match); the last word may be unfinished.
        In a long article the search waits for a pause in the typing."""
        if self.article is None:
            return
        if len(self.article.text) > FIND_AT_ONCE and self.sender() is self.find_box:
            self._find_timer.start()
            return
        self._find_now()

    def _find_now(self) -> None:
        from reader_app.core.text.normalize import iter_words

        if self.article is None:
            return
        keys = [key for key, _start, _end in iter_words(self.find_box.text())]
        pattern = tuple((key, i == len(keys) - 1) for i, key in enumerate(keys))
        if self._words is None:  # the article's words, folded once for all the typing
            self._words = list(iter_words(self.article.text))
        self.set_hits(find_ranges(self.article.text, [pattern], self._words) if pattern
                      else [], 0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.find_box and event.type() == QEvent.Type.KeyPress \
                and isinstance(event, QKeyEvent):
            if event.key() == Qt.Key.Key_Escape:
                self.close_find()
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                shift = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
                moved = self.previous_hit() if shift else self.next_hit()
                if not moved and self._hits:  # wrap around, as find bars do
                    self._current = len(self._hits) - 1 if shift else 0
                    self._scroll_to_current()
                    self._paint_hits()
                return True
        return super().eventFilter(watched, event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        # QTextEdit would zoom by itself, behind the saved zoom and the line heights' backs.
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            delta = event.angleDelta().y()
            if delta:
                self.zoom_requested.emit(1 if delta > 0 else -1)
            event.accept()
            return
        super().wheelEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        """Paint every line whose ink reaches into the damaged region, not only its boxes.

        Qt repaints only what a menu, a dialog or a changed highlight covered, and draws only
        the lines whose boxes meet that region; Nastaliq ink (the top of گ, the dots under a
        stack) reaches into the next line's box, so it was erased and never painted again:
        ترکی showed as رکی. The lines around the region are drawn too, clipped to it.
        """
        rect = event.rect()
        margin = self.ink_overflow
        if margin and not rect.contains(self.viewport().rect()):
            wide = QRect(0, rect.top() - margin, self.viewport().width(),
                         rect.height() + 2 * margin)
            super().paintEvent(QPaintEvent(wide))
            return
        super().paintEvent(event)

    # -- text ------------------------------------------------------------------------------
    def show_article(self, article: Article, position: int = 0) -> None:
        """Show the article under its heading (all as plain text) and scroll to a document
        position (once it is laid out, for a place far into a long article)."""
        if self.find_box.isVisible():
            self._show_find(False)
        self.article = article
        self._hits, self._ranges, self._hit_starts, self._current = [], [], [], -1
        self._marks, self._mark_starts, self._spoken = [], [], None
        self._words = None
        self._find_timer.stop()
        self.setExtraSelections([])
        heading, cut = self._heading_of(article)
        self._heading, self._cut = heading, cut
        self._measure_first_pages()
        self._set_document()
        start = self._heading_length()
        title = heading.text("title") if heading.lines[0][0] == "title" else ""
        to_title = title_mapper(article.text[:cut], title)
        to_body = utf16_mapper(self.body_text())

        def to_doc(offset: int) -> int:
            if offset < cut:  # inside the repeated title: the heading's title holds it
                return to_title(offset)
            return start + to_body(offset - cut)

        self._to_doc = to_doc
        from_body = utf16_unmapper(self.body_text())
        self._from_doc = lambda position: cut + from_body(position - start)
        self.setAccessibleDescription(article.title)
        self.scroll_to(position)

    def _set_document(self) -> None:
        """Make the document of the article as it is to be shown now, and show it."""
        assert self.article is not None
        font = self.effective_font()
        document, layout = article_document.build(
            self._heading, self.body_text(), textdir.is_rtl(self.article.text), font,
            self.spacing, self._body_ink, self._ink.extents, QGuiApplication.palette())
        self.line_pitch, self.ink_overflow = layout.line_pitch, layout.ink_overflow
        self.pacer.cancel()
        self._replace_document(document)
        self.pacer.start()

    def _replace_document(self, document: QTextDocument) -> None:
        """Show ``document`` and let the one it replaces go. (setDocument deletes only the
        document its control made itself: every article shown stayed alive, about 190 KB
        each, and a long session's memory never levelled off: benchmarks/bench_memory.py.)"""
        old = self.document()
        ours = old is not document and old.parent() is self  # (not the control's own)
        document.setParent(self)
        self.setDocument(document)
        if ours:
            old.deleteLater()

    def _meta_line(self, article: Article, language: str | None = None) -> str:
        """Source, author and date, each isolated: "14 Jul 2024" after an Urdu name must not
        become "Jul 2024 14". In the interface's language, or in ``language``."""
        locale = locale_for(language) if language else None
        when = article.published
        if when is not None:
            day = format_day(when, locale)
        else:
            template = translate_in(language, "ArticleViewer", "file date %1") if language \
                else self.tr("file date %1")
            day = template.replace("%1", format_day(article.mtime, locale))
        # a date never breaks across lines (it did: "16Jul" at a line's end, "2024" below)
        day = day.replace(" ", "\u00a0")
        author = article.author if article.author and article.author != article.source \
            else None
        # "،" between the parts of an Urdu article's line (a "·" reads as the digit ۰ there)
        joiner = "، " if textdir.is_rtl(article.text) else " · "
        return joiner.join(f"\u2068{part}\u2069" for part in (article.source, author, day)
                           if part)

    def _heading_of(self, article: Article) -> tuple[Heading, int]:
        """The heading and where the shown text starts in ``article.text``.

        The title heads the article when the file gives one, or when the first paragraph
        is the title (a headline on its own line); a title that is only the start of the
        first paragraph (its first sentence) would just repeat it, so it is left out."""
        text = article.text
        stripped = len(text) - len(text.lstrip())
        end = text.find("\n", stripped)
        end = len(text) if end < 0 else end
        first = text[stripped:end]
        repeats = same_title(article.title, first)
        lines: list[tuple[str, str]] = []
        from_text = getattr(article, "title_from_text", True)
        if repeats and from_text:  # the headline line itself, as the file writes it
            lines.append(("title", " ".join(first.split())))
        elif repeats or not from_text:
            lines.append(("title", article.title))
        lines.append(("meta", self._meta_line(article)))
        link = safe_link(article.url)
        if link is not None:
            lines.append(("link", link.toString()))
        cut = 0
        if repeats:  # the repeated paragraph, and the blank lines after it, are not shown
            cut = end
            while cut < len(text) and text[cut] in " \t\n\u00a0":
                cut += 1
        return Heading(tuple(lines), link, self.tr("Open in the web browser")), cut

    # -- line height from the ink of the article's words -----------------------------------
    def _measure_first_pages(self) -> None:
        """The ink of the words of the article's first pages sets its line height at once;
        the rest are measured in idle time. (Not the tallest words there are, as the list
        does: an article's lines are only as far apart as its own words need.)"""
        font = self.effective_font()
        body = self.body_text()
        self._body_ink = self._ink.extents(font, body[:INK_FIRST])
        self._unmeasured = distinct_words(body, INK_FIRST) if len(body) > INK_FIRST else None
        if self._unmeasured is not None:
            self._ink_timer.start()
        else:
            self._ink_timer.stop()

    def _measure_more(self) -> None:
        """Words of the rest of the article, a few milliseconds' worth at a time; a word
        whose ink needs more room than the lines give sets the article again, in place."""
        if self._unmeasured is None or self.article is None:
            self._ink_timer.stop()
            return
        font = self.effective_font()
        above = below = 0.0
        ended = False
        deadline = time.perf_counter() + INK_BUDGET_S
        while not ended and time.perf_counter() < deadline:
            batch = [word for _, word in zip(range(50), self._unmeasured, strict=False)]
            ended = len(batch) < 50
            batch_above, batch_below = self._ink.extents(font, " ".join(batch))
            above, below = max(above, batch_above), max(below, batch_below)
        if ended:
            self._unmeasured = None
            self._ink_timer.stop()
        if above > self._body_ink[0] + GROW_PX or below > self._body_ink[1] + GROW_PX:
            self._body_ink = (max(above, self._body_ink[0]), max(below, self._body_ink[1]))
            self._set_again()

    def _set_again(self) -> None:
        """The same article set anew (new style, taller ink), at the same place and hits."""
        position = self.reading_position()
        self._set_document()
        self.scroll_to(position)
        self._paint_hits()  # (the same positions, in the new document)

    def _heading_length(self) -> int:
        """Document positions the heading takes (its blocks with their separators)."""
        if not self._heading.lines:
            return 0
        block = self.document().findBlockByNumber(len(self._heading.lines))
        return block.position() if block.isValid() else 0

    def heading_lines(self) -> list[tuple[str, str]]:
        """The heading as shown: (kind, text) with kind "title", "meta" or "link"."""
        return list(self._heading.lines)

    def byline(self) -> str | None:
        """The heading's source and date line, for the PDF and the printout to head the
        article as the viewer does, in the article's own language: an Urdu article's PDF
        numbers its pages in Urdu, and its "file date 7 Dec 2026" read English above them
        when exported from the English interface. (Its isolates dropped: the PDF's bidi
        ignores them.)"""
        if self.article is None:
            return None
        language = "ur" if textdir.is_rtl(self.article.text) else "en"
        text = self._meta_line(self.article, language)
        return text.replace("\u2068", "").replace("\u2069", "").replace("\u00a0", " ") or None

    def body_text(self) -> str:
        """The article's text as it is to be shown under the heading."""
        return self.article.text[self._cut:] if self.article is not None else ""

    def shown_body(self) -> str:
        """What the document really holds under the heading (for checking it is the
        article's text, character for character)."""
        return self.toPlainText()[self._heading_length():]

    def _link_clicked(self, url: QUrl) -> None:
        """Only a click (or Enter on the focused link) gets here; the browser gets only the
        article's own web address."""
        encoded = QUrl.ComponentFormattingOption.FullyEncoded
        link = self._heading.link
        if link is not None and url.toString(encoded) == link.toString(encoded):
            QDesktopServices.openUrl(link)
            self.link_opened.emit(link)

    def effective_font(self) -> QFont:
        return fonts.reading_font(self.font_key, self.font_size * self.zoom / 100)

    def set_text_style(self, font_key: str, size: int, spacing: int, zoom: int) -> None:
        if (font_key, size, spacing, zoom) == (self.font_key, self.font_size, self.spacing,
                                               self.zoom):
            return
        self.font_key, self.font_size, self.spacing, self.zoom = font_key, size, spacing, zoom
        if self.article is None:
            self.document().setDefaultFont(self.effective_font())
            return
        self._measure_first_pages()  # (measured words are remembered per font)
        self._set_again()

    def set_colors(self, colors: Colors) -> None:
        self.colors = colors
        self.mark_colours = colors.marks
        article_document.recolour_heading(self.document(), self._heading,
                                          QGuiApplication.palette())
        self._paint_hits()

    # -- positions -------------------------------------------------------------------------
    def reading_position(self) -> int:
        """The document position at the top of the view (where reading resumes)."""
        if self.article is None or self.verticalScrollBar().value() <= 0:
            return 0
        return self._position_at(self.verticalScrollBar().value() + 4)

    def _position_at(self, y: float) -> int:
        """The position at the start of the line at document height ``y``, found among the
        blocks laid out (Qt's own hit test first lays out everything above the point:
        seconds, in a long article still being laid out)."""
        layout = self.document().documentLayout()
        edge = self.pacer.edge()
        if y > layout.blockBoundingRect(edge).bottom():
            # Below what is laid out (a scroll not yet painted): Qt lays out down to y,
            # which is near the edge (the scroll bar reaches no further than the layout).
            return layout.hitTest(QPointF(self.viewport().width() / 2, y),
                                  Qt.HitTestAccuracy.FuzzyHit)
        low, high = 0, edge.blockNumber()
        while low < high:
            middle = (low + high) // 2
            block = self.document().findBlockByNumber(middle)
            if layout.blockBoundingRect(block).bottom() < y:
                low = middle + 1
            else:
                high = middle
        block = self.document().findBlockByNumber(low)
        lines = block.layout()
        y -= layout.blockBoundingRect(block).top()
        for n in range(lines.lineCount()):
            line = lines.lineAt(n)
            if line.y() + line.height() >= y:
                return block.position() + line.textStart()
        return block.position() + max(block.length() - 1, 0)

    def scroll_to(self, position: int, fraction: float = 0.0) -> None:
        """Put a document position at ``fraction`` of the view's height from the top, once
        the document is laid out that far (at once, unless it is far into a long article)."""
        position = min(max(position, 0), max(self.document().characterCount() - 1, 0))
        self.pacer.when_laid_out(position, lambda: self._scroll_now(position, fraction))

    def _scroll_now(self, position: int, fraction: float, caret: bool = True) -> None:
        """Scroll ``position``'s line to ``fraction`` of the view; ``caret``: put the caret
        there as well (for keyboard reading and screen readers; not when re-wrapping)."""
        if caret:
            cursor = QTextCursor(self.document())
            cursor.setPosition(position)
            self.setTextCursor(cursor)
        bar = self.verticalScrollBar()
        if position == 0:
            bar.setValue(0)
            return
        block = self.document().findBlock(position)
        line = block.layout().lineForTextPosition(position - block.position())
        top = self.document().documentLayout().blockBoundingRect(block).top()
        if line.isValid():
            top += line.y()
        slack = int(self.line_pitch - QFontMetricsF(self.effective_font()).height()) // 2
        bar.setValue(int(top) - slack - int(self.viewport().height() * fraction))

    # -- search hits -----------------------------------------------------------------------
    @property
    def hit_count(self) -> int:
        return len(self._hits)

    @property
    def current_hit(self) -> int:
        return self._current

    def set_hits(self, ranges: Sequence[tuple[int, int]], current: int | None = 0) -> None:
        """Highlight every range (Python offsets into the article text); scroll to one."""
        self._ranges = [(a, b) for a, b in ranges if b > a]
        self._hits = [(self._to_doc(a), self._to_doc(b)) for a, b in self._ranges]
        self._hit_starts = [start for start, _end in self._hits]
        if current is not None and self._hits:
            self._current = current % len(self._hits)
            self._scroll_to_current()
        else:
            self._current = -1
        self._paint_hits()

    def next_hit(self) -> bool:
        """Move to the next hit; False when there is none after the current one."""
        if self._current + 1 >= len(self._hits):
            return False
        self._current += 1
        self._scroll_to_current()
        self._paint_hits()
        return True

    def previous_hit(self) -> bool:
        if self._current <= 0 or not self._hits:
            return False
        self._current -= 1
        self._scroll_to_current()
        self._paint_hits()
        return True

    def _scroll_to_current(self) -> None:
        # scroll_to leaves the caret at the hit, for keyboard users and screen readers
        self.scroll_to(self._hits[self._current][0], fraction=0.3)

    def _paint_hits(self) -> None:
        self._mark_hits()
        self.hit_changed.emit(self._current, len(self._hits))

    def _mark_hits(self) -> None:
        """The hits in and around the view (and the current one) as extra selections.

        Qt walks every extra selection on every paint: the 9,600 hits of «کے» in a 2 MB
        article took 2.9 s to mark and a tenth of a second for each F3 or scroll step.
        Scrolling marks the hits of the new place (``_scrolled``)."""
        top = self._position_at(self.verticalScrollBar().value())
        bottom = self._position_at(self.verticalScrollBar().value()
                                   + self.viewport().height())
        low, high = max(top - HIT_WINDOW, 0), bottom + HIT_WINDOW
        first = max(bisect.bisect_left(self._hit_starts, low) - 1, 0)
        last = bisect.bisect_right(self._hit_starts, high)
        shown = range(first, last)
        if 0 <= self._current < len(self._hits) and self._current not in shown:
            shown = [*shown, self._current]
        selections = self._mark_selections(low, high)
        for i in shown:
            start, end = self._hits[i]
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.document())
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            fmt = QTextCharFormat()
            current = i == self._current
            fmt.setBackground(self.colors.current_back if current else self.colors.hit_back)
            fmt.setForeground(self.colors.current_fore if current else self.colors.hit_fore)
            selection.format = fmt
            selections.append(selection)
        if self._spoken is not None:  # on top of everything: the word being heard
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.document())
            cursor.setPosition(self._spoken[0])
            cursor.setPosition(self._spoken[1], QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            fmt = QTextCharFormat()
            fmt.setBackground(QColor(self.colors.spoken_back))
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
            selection.format = fmt
            selections.append(selection)
        self._marked = (low, high)
        self.setExtraSelections(selections)
        self.viewport().update()  # the whole view: a hit's ink reaches beyond its line's box

    def _mark_selections(self, low: int, high: int) -> list[QTextEdit.ExtraSelection]:
        """The highlights between document positions ``low`` and ``high``, as extra
        selections (a noted one underlined too)."""
        first = max(bisect.bisect_left(self._mark_starts, low) - 1, 0)
        last = bisect.bisect_right(self._mark_starts, high)
        selections = []
        for start, end, mark in self._marks[first:last]:
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.document())
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            fmt = QTextCharFormat()
            fmt.setBackground(self.mark_colours.get(mark.colour, self.colors.hit_back))
            if mark.noted:
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline)
            selection.format = fmt
            selections.append(selection)
        return selections

    def _scrolled(self) -> None:
        """Mark the hits of the place scrolled to, once it nears the edge of those marked."""
        if not self._hits and not self._marks:
            return
        low, high = self._marked
        top = self._position_at(self.verticalScrollBar().value())
        if top - HIT_WINDOW // 2 < low or top + HIT_WINDOW // 2 > high:
            self._mark_hits()

    # -- the reader's highlights ------------------------------------------------------------
    def set_marks(self, marks: Sequence[Mark]) -> None:
        """Show these highlights (offsets into the article's text) under the search's hits."""
        spans = sorted(((self._to_doc(m.start), self._to_doc(m.end), m) for m in marks
                        if m.end > m.start), key=lambda span: span[0])
        self._marks = spans
        self._mark_starts = [start for start, _end, _mark in spans]
        self._mark_hits()

    def read_fraction(self) -> float:
        """How far into the article the foot of the view has come, from 0 to 1 (1 when all
        of it has been in view)."""
        if self.article is None:
            return 0.0
        bar = self.verticalScrollBar()
        if bar.value() >= bar.maximum() and self.pacer.laid_out():
            return 1.0
        start = self._heading_length()
        bottom = self._position_at(bar.value() + self.viewport().height())
        total = max(self.document().characterCount() - 1 - start, 1)
        return min(max((bottom - start) / total, 0.0), 1.0)

    def set_spoken(self, span: tuple[int, int] | None) -> None:
        """Mark the word being read aloud (offsets into the article's text), scrolled into
        view when it is not; None takes the mark away."""
        self._spoken = (self._to_doc(span[0]), self._to_doc(span[1])) if span else None
        self._mark_hits()
        if self._spoken is None:
            return
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._spoken[0])
        rect = self.cursorRect(cursor)
        port = self.viewport().rect()
        if rect.top() < 0 or rect.bottom() > port.bottom() - int(self.line_pitch):
            self._scroll_now(self._spoken[0], 0.3, False)

    def selected_range(self) -> tuple[int, int] | None:
        """The selection as offsets into the article's text; None when nothing, or only
        the heading, is selected."""
        cursor = self.textCursor()
        start = self._heading_length()
        if self.article is None or not cursor.hasSelection() or cursor.selectionEnd() <= start:
            return None
        first, last = max(cursor.selectionStart(), start), cursor.selectionEnd()
        return self._from_doc(first), self._from_doc(last)

    def caret_offset(self) -> int:
        """The caret (or the top of the view, when the caret is in the heading) as an offset
        into the article's text: where a bookmark on this place points."""
        position = self.textCursor().position()
        if position < self._heading_length():
            position = max(self.reading_position(), self._heading_length())
        return self._from_doc(position)

    def show_range(self, start: int, end: int) -> None:
        """Scroll to a stretch of the article (offsets into its text) and select it: where a
        note or a bookmark points."""
        first, last = self._to_doc(start), self._to_doc(max(end, start))

        def select() -> None:
            self._scroll_now(first, 0.3)
            cursor = QTextCursor(self.document())
            cursor.setPosition(first)
            cursor.setPosition(last, QTextCursor.MoveMode.KeepAnchor)
            self.setTextCursor(cursor)

        self.pacer.when_laid_out(last, select)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        """Qt's own menu (copy, select all, the link), then the reader's: highlight, note,
        bookmark."""
        menu = self.createStandardContextMenu(event.pos())
        if self.context_actions:
            menu.addSeparator()
            for action in self.context_actions:
                if action.menu() is not None:
                    menu.addMenu(action.menu())
                else:
                    menu.addAction(action)
        menu.exec(event.globalPos())
        menu.deleteLater()

    def article_ranges(self) -> list[tuple[int, int]]:
        """The hits as offsets into the article's text (as ``set_hits`` takes them)."""
        return list(self._ranges)

    def hit_ranges(self) -> list[tuple[int, int]]:
        """The highlighted document ranges, for tests and the status bar."""
        return list(self._hits)

    def print_document(self) -> QTextDocument:
        """A copy of the document for printing (no highlights, same layout rules)."""
        return self.document().clone(self)
