"""The article viewer: plain text, each paragraph in its own direction, Nastaliq never clipped.

Article text only ever enters through ``setPlainText`` and ``insertText``: markup in a file
shows as the characters it is. The article is headed by its title, source and date, and its
address as a link (a character format's anchor, never HTML); the link opens the browser only
when clicked. A first paragraph that only repeats the title is not shown again under it.
Search hits are painted as extra selections over the original glyphs, so the text itself is
never changed (and its shaping never broken) to mark them.

Line height: Nastaliq words cascade above the font's ascent and their dots fall below its
descent, so the distance between lines is the larger of the font's own height
(``QFontMetricsF`` ascent + descent) times the chosen spacing and the real ink height of
the article's words, measured with the font. Lines never overlap, at any size.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt, QUrl, Signal
from PySide6.QtGui import (
    QDesktopServices,
    QFont,
    QFontInfo,
    QFontMetricsF,
    QGuiApplication,
    QKeyEvent,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextOption,
    QWheelEvent,
)
from PySide6.QtWidgets import QLineEdit, QTextBrowser, QTextEdit, QWidget

from reader_app.core.formats.titles import same_title
from reader_app.core.library import Article
from reader_app.core.options import FONT, FONT_SIZE, LINE_SPACING, ZOOM
from reader_app.core.text.highlight import find_ranges
from reader_app.ui import fonts, textdir
from reader_app.ui.i18n import fill
from reader_app.ui.models.article_model import format_day
from reader_app.ui.theme import LIGHT, Colors

DISTANCE = QTextBlockFormat.LineHeightTypes.LineDistanceHeight.value
FIXED = QTextBlockFormat.LineHeightTypes.FixedHeight.value
MIN_WIDTH = 260  # px: a few Nastaliq words a line at the default size
LATIN_SCALE = 0.85  # Latin letters look larger than Nastaliq at the same point size
ASTRAL = re.compile("[\U00010000-\U0010ffff]")  # two UTF-16 units each (emoji)
ARABIC_LETTER = re.compile("[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")
TITLE_SCALE, META_SCALE = 1.3, 0.72  # the heading's title and its source/date line
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
    """Python string offsets to QTextDocument positions (UTF-16 code units)."""
    if not ASTRAL.search(text):
        return lambda offset: offset
    prefix = [0]
    for ch in text:
        prefix.append(prefix[-1] + (2 if ord(ch) > 0xFFFF else 1))
    return lambda offset: prefix[min(max(offset, 0), len(text))]


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
        self.document().setUndoRedoEnabled(False)
        option = QTextOption()
        option.setTextDirection(Qt.LayoutDirection.RightToLeft)
        option.setWrapMode(QTextOption.WrapMode.WordWrap)  # never مثب / ت: a long word overflows
        self.document().setDefaultTextOption(option)
        self.article: Article | None = None
        self.colors: Colors = LIGHT
        self.font_key, self.font_size = FONT.default, FONT_SIZE.default
        self.spacing, self.zoom = LINE_SPACING.default, ZOOM.default
        self.line_pitch = 0.0
        self.ink_overflow = 0  # how far ink reaches beyond a line's box, in pixels
        self._ink = fonts.InkMeter()
        self._to_doc: Callable[[int], int] = lambda offset: offset
        # The heading: its blocks come first in the document ((kind, text) each), and the
        # article's text begins after it; ``_cut`` is where the shown text begins in
        # ``article.text`` (past a first paragraph that repeats the title).
        self._heading: list[tuple[str, str]] = []
        self._link: QUrl | None = None
        self._cut = 0
        self._hits: list[tuple[int, int]] = []
        self._ranges: list[tuple[int, int]] = []  # the hits as offsets into the article
        self._current = -1
        # Find in this article: a box over the foot of the text, as in a browser.
        self.find_box = QLineEdit(self)
        self.find_box.setObjectName("findInArticle")
        self.find_box.setClearButtonEnabled(True)
        self.find_box.hide()
        self.find_box.textChanged.connect(self._find_typed)
        self.find_box.installEventFilter(self)
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Article text"))
        self.setPlaceholderText(self.tr("Choose an article from the list, or search for one."))
        self.find_box.setPlaceholderText(self.tr("Find in this article (Enter: next, Shift+Enter: "
                                                 "previous, Esc: close)"))
        self.find_box.setAccessibleName(self.tr("Find in this article"))
        if self.article is not None:
            self._show_heading_again()

    def _show_heading_again(self) -> None:
        """The open article's heading in the interface's new language (its "file date" and
        the date itself), with the reading position, the hits and the find box kept."""
        assert self.article is not None
        old_start, position = self._heading_length(), self.reading_position()
        ranges, current = list(self._ranges), self._current
        finding = self.find_box.isVisible()
        self.show_article(self.article)
        shift = self._heading_length() - old_start
        self.scroll_to(position + shift if position >= old_start else position)
        if ranges:
            self.set_hits(ranges, None)
            self._current = current
            self._paint_hits()
        if finding:
            self.find_box.show()
            self._place_find_box()

    # -- find in this article -------------------------------------------------------------
    def open_find(self) -> None:
        self.find_box.show()
        self._place_find_box()
        self.find_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.find_box.selectAll()
        if self.find_box.text():
            self._find_typed(self.find_box.text())

    def close_find(self) -> None:
        if self.find_box.isVisible():
            self.find_box.hide()
            self.setFocus(Qt.FocusReason.OtherFocusReason)
            self.find_closed.emit()

    def _place_find_box(self) -> None:
        port = self.viewport().geometry()
        height = self.find_box.sizeHint().height()
        width = min(port.width() - 16, 420)
        x = port.right() - width - 8 if self.isRightToLeft() else port.left() + 8
        self.find_box.setGeometry(x, port.bottom() - height - 8, width, height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.find_box.isVisible():
            self._place_find_box()

    def _find_typed(self, text: str) -> None:
        """Mark the typed words wherever they occur in this article, folded as search folds
        them (Arabic or Farsi yeh, kaf, heh all match); the last word may be unfinished."""
        from reader_app.core.text.normalize import iter_words

        if self.article is None:
            return
        keys = [key for key, _start, _end in iter_words(text)]
        pattern = tuple((key, i == len(keys) - 1) for i, key in enumerate(keys))
        self.set_hits(find_ranges(self.article.text, [pattern]) if pattern else [], 0)

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
        position."""
        self.find_box.hide()
        self.article = article
        self._hits, self._ranges, self._current = [], [], -1
        self.setExtraSelections([])
        heading, cut = self._heading_of(article)
        body = article.text[cut:]
        # setPlainText gives the new text the character format at the caret: a caret left in
        # the heading's muted date line made every later article pale grey.
        self.setCurrentCharFormat(QTextCharFormat())
        self.setPlainText(body)
        self._insert_heading(heading)
        self._heading, self._cut = heading, cut
        start = self._heading_length()
        title = heading[0][1] if heading and heading[0][0] == "title" else ""
        to_title = title_mapper(article.text[:cut], title)
        to_body = utf16_mapper(body)

        def to_doc(offset: int) -> int:
            if offset < cut:  # inside the repeated title: the heading's title holds it
                return to_title(offset)
            return start + to_body(offset - cut)

        self._to_doc = to_doc
        self.setAccessibleDescription(article.title)
        self._format_blocks()
        self.scroll_to(position)

    def _heading_of(self, article: Article) -> tuple[list[tuple[str, str]], int]:
        """The heading's lines and where the shown text starts in ``article.text``.

        The title heads the article when the file gives one, or when the first paragraph
        is the title (a headline on its own line); a title that is only the start of the
        first paragraph (its first sentence) would just repeat it, so it is left out."""
        text = article.text
        stripped = len(text) - len(text.lstrip())
        end = text.find("\n", stripped)
        end = len(text) if end < 0 else end
        first = text[stripped:end]
        repeats = same_title(article.title, first)
        heading: list[tuple[str, str]] = []
        from_text = getattr(article, "title_from_text", True)
        if repeats and from_text:  # the headline line itself, as the file writes it
            heading.append(("title", " ".join(first.split())))
        elif repeats or not from_text:
            heading.append(("title", article.title))
        when = article.published
        day = format_day(when) if when is not None else \
            fill(self.tr("file date %1"), format_day(article.mtime))
        author = article.author if article.author and article.author != article.source \
            else None
        # "،" between the parts of an Urdu article's line (a "·" reads as the digit ۰ there)
        joiner = "، " if textdir.is_rtl(text) else " · "
        # each part isolated: "14 Jul 2024" after an Urdu name must not become "Jul 2024 14"
        meta = joiner.join(f"\u2068{part}\u2069" for part in (article.source, author, day)
                           if part)
        heading.append(("meta", meta))
        self._link = safe_link(article.url)
        if self._link is not None:
            heading.append(("link", self._link.toString()))
        cut = 0
        if repeats:  # the repeated paragraph, and the blank lines after it, are not shown
            cut = end
            while cut < len(text) and text[cut] in " \t\n\u00a0":
                cut += 1
        return heading, cut

    def _insert_heading(self, heading: list[tuple[str, str]]) -> None:
        """The heading's blocks before the article's text, as plain text; the link is a
        character format's anchor, so nothing from the file is ever parsed as markup."""
        if not heading:
            return
        cursor = QTextCursor(self.document())
        cursor.movePosition(QTextCursor.MoveOperation.Start)
        cursor.beginEditBlock()
        for kind, text in heading:
            fmt = QTextCharFormat()
            if kind == "link" and self._link is not None:
                fmt.setAnchor(True)
                fmt.setAnchorHref(self._link.toString(QUrl.ComponentFormattingOption.FullyEncoded))
                fmt.setToolTip(self.tr("Open in the web browser"))
            cursor.insertText(text, fmt)
            cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
        cursor.endEditBlock()

    def _heading_length(self) -> int:
        """Document positions the heading takes (its blocks with their separators)."""
        if not self._heading:
            return 0
        block = self.document().findBlockByNumber(len(self._heading))
        return block.position() if block.isValid() else 0

    def heading_lines(self) -> list[tuple[str, str]]:
        """The heading as shown: (kind, text) with kind "title", "meta" or "link"."""
        return list(self._heading)

    def byline(self) -> str | None:
        """The heading's source and date line, for the PDF and the printout to head the
        article as the viewer does (its isolates dropped: the PDF's bidi ignores them)."""
        for kind, text in self._heading:
            if kind == "meta" and text:
                return text.replace("\u2068", "").replace("\u2069", "")
        return None

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
        if self._link is not None and url.toString(encoded) == self._link.toString(encoded):
            QDesktopServices.openUrl(self._link)
            self.link_opened.emit(self._link)

    def effective_font(self) -> QFont:
        return fonts.reading_font(self.font_key, self.font_size * self.zoom / 100)

    def set_text_style(self, font_key: str, size: int, spacing: int, zoom: int) -> None:
        position = self.reading_position()
        self.font_key, self.font_size, self.spacing, self.zoom = font_key, size, spacing, zoom
        self._format_blocks()
        if self.article is not None:
            self.scroll_to(position)

    def set_colors(self, colors: Colors) -> None:
        self.colors = colors
        self._format_heading()
        self._paint_hits()

    def _format_blocks(self) -> None:
        font = self.effective_font()
        document = self.document()
        document.setDefaultFont(font)
        metrics = QFontMetricsF(font)
        natural = metrics.ascent() + metrics.descent()
        above, below = self._ink.extents(font, self.body_text())
        # The spacing adds leading in proportion to the font's size (as CSS line-height
        # does) to a line that already holds its ink: scaling the line box itself gave
        # Naskh, whose box is already 1.7 em, gaps three times its letters' height at 150%,
        # and Nastaliq, whose ink is taller than the box, no change at all up to 125%.
        em = QFontInfo(font).pixelSize()
        pitch = max(natural, above + below) + em * (self.spacing - 100) / 100
        self.line_pitch = pitch
        # Ink above the ascent or below the descent lands in the neighbouring line's box.
        overflow = max(above - metrics.ascent(), below - metrics.descent(), 0.0)
        # The heading's title is larger: its ink reaches further, above the first line too.
        title_font = self._title_font(font)
        t_metrics = QFontMetricsF(title_font)
        t_above, t_below = self._ink.extents(title_font, self._heading_text("title"))
        title_over = max(t_above - t_metrics.ascent(), t_below - t_metrics.descent(), 0.0) \
            if self._heading_text("title") else 0.0
        self.ink_overflow = math.ceil(max(overflow, title_over)) + 4
        top_over = t_above - t_metrics.ascent() if self._heading_text("title") else \
            above - metrics.ascent()
        document.setDocumentMargin(max(12.0, above - metrics.ascent() + 8, top_over + 8))
        # A paragraph with no Arabic letters is set in Noto Sans, with its own (much smaller)
        # line height, instead of Nastaliq's spaces and Nastaliq's lines.
        latin = fonts.latin_font(font.pointSizeF() * LATIN_SCALE, font)
        latin_gap = QFontInfo(latin).pixelSize() * (self.spacing - 100) / 100
        latin_format = QTextCharFormat()
        latin_format.setFontFamilies(latin.families())
        latin_format.setFontPointSize(latin.pointSizeF())
        reading_format = QTextCharFormat()
        reading_format.setFontFamilies(font.families())
        reading_format.setFontPointSize(font.pointSizeF())
        cursor = QTextCursor(document)
        cursor.beginEditBlock()
        article_rtl = textdir.is_rtl(self.article.text) if self.article else True
        block = document.findBlockByNumber(len(self._heading)) if self._heading \
            else document.begin()
        while block.isValid():
            text = block.text()
            way, side = textdir.block_format_direction(text, article_rtl)
            latin_only = way == Qt.LayoutDirection.LeftToRight and not ARABIC_LETTER.search(text)
            fmt = QTextBlockFormat(block.blockFormat())
            fmt.setLayoutDirection(way)
            fmt.setAlignment(side)
            if not text.strip():  # a blank line between paragraphs: a gap, not a Nastaliq line
                fmt.setLineHeight(natural * 0.6, FIXED)
            elif latin_only:
                fmt.setLineHeight(latin_gap, DISTANCE)
            else:
                fmt.setLineHeight(pitch - natural, DISTANCE)
            cursor.setPosition(block.position())
            cursor.setBlockFormat(fmt)
            if text:
                cursor.setPosition(block.position() + block.length() - 1,
                                   QTextCursor.MoveMode.KeepAnchor)
                cursor.mergeCharFormat(latin_format if latin_only else reading_format)
            block = block.next()
        cursor.endEditBlock()
        self._format_heading()

    def _title_font(self, font: QFont) -> QFont:
        title = QFont(font)
        title.setPointSizeF(font.pointSizeF() * TITLE_SCALE)
        title.setWeight(QFont.Weight.Bold)
        return title

    def _heading_text(self, kind: str) -> str:
        return next((text for k, text in self._heading if k == kind), "")

    def _format_heading(self) -> None:
        """Title in the reading font, larger and bold, with room for its own ink; the
        source and date smaller and muted; the link in the palette's link colour."""
        if not self._heading or self.article is None:
            return
        font = self.effective_font()
        title_font = self._title_font(font)
        palette = QGuiApplication.palette()
        article_rtl = textdir.is_rtl(self.article.text)
        cursor = QTextCursor(self.document())
        cursor.beginEditBlock()
        block = self.document().begin()
        for i, (kind, text) in enumerate(self._heading):
            if not block.isValid():
                break
            # Each line runs its own way; the source, date and link keep to the article's
            # side, so an English date line still sits at the head of an Urdu article.
            way, side = textdir.block_format_direction(text, article_rtl)
            fmt = QTextBlockFormat()
            fmt.setLayoutDirection(way)
            fmt.setAlignment(side if kind == "title" else textdir.side(article_rtl))
            char = QTextCharFormat()
            if kind == "title":
                metrics = QFontMetricsF(title_font)
                above, below = self._ink.extents(title_font, text)
                natural = metrics.ascent() + metrics.descent()
                fmt.setLineHeight(max(natural, above + below) - natural, DISTANCE)
                fmt.setBottomMargin(QFontInfo(font).pixelSize() * 0.3)
                char.setFontFamilies(title_font.families())
                char.setFontPointSize(title_font.pointSizeF())
                char.setFontWeight(QFont.Weight.Bold)
            else:
                small = fonts.latin_font(font.pointSizeF() * META_SCALE * LATIN_SCALE, font) \
                    if not ARABIC_LETTER.search(text) else font
                size = font.pointSizeF() * META_SCALE
                char.setFontFamilies(small.families())
                char.setFontPointSize(size if small is font else small.pointSizeF())
                role = QPalette.ColorRole.Link if kind == "link" else \
                    QPalette.ColorRole.PlaceholderText
                char.setForeground(palette.color(role))
                if kind == "link":
                    char.setFontUnderline(True)
                if ARABIC_LETTER.search(text):
                    metrics = QFontMetricsF(fonts.reading_font(self.font_key, size))
                    ink_above, ink_below = self._ink.extents(
                        fonts.reading_font(self.font_key, size), text)
                    natural = metrics.ascent() + metrics.descent()
                    fmt.setLineHeight(max(natural, ink_above + ink_below) - natural, DISTANCE)
                if i == len(self._heading) - 1:  # the gap between heading and text
                    fmt.setBottomMargin(QFontInfo(font).pixelSize() * 0.9)
            cursor.setPosition(block.position())
            cursor.setBlockFormat(fmt)
            if text:
                cursor.setPosition(block.position() + block.length() - 1,
                                   QTextCursor.MoveMode.KeepAnchor)
                cursor.mergeCharFormat(char)
            block = block.next()
        cursor.endEditBlock()

    # -- positions -------------------------------------------------------------------------
    def reading_position(self) -> int:
        """The document position at the top of the view (where reading resumes)."""
        if self.article is None:
            return 0
        rtl_x = self.viewport().width() - 8
        cursor = self.cursorForPosition(QPoint(rtl_x, 4))
        return cursor.position() if self.verticalScrollBar().value() > 0 else 0

    def scroll_to(self, position: int, fraction: float = 0.0) -> None:
        """Put a document position at ``fraction`` of the view's height from the top."""
        position = min(max(position, 0), max(self.document().characterCount() - 1, 0))
        document = self.document()
        # lay out now, to the last block, not in idle time (the scroll bar's range too)
        document.documentLayout().blockBoundingRect(document.lastBlock())
        cursor = QTextCursor(self.document())
        cursor.setPosition(position)
        self.setTextCursor(cursor)
        if position == 0:
            self.verticalScrollBar().setValue(0)
            return
        rect = self.cursorRect(cursor)
        bar = self.verticalScrollBar()
        slack = int(self.line_pitch - QFontMetricsF(self.effective_font()).height()) // 2
        bar.setValue(bar.value() + rect.top() - slack - int(self.viewport().height() * fraction))

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
        selections = []
        for i, (start, end) in enumerate(self._hits):
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
        self.setExtraSelections(selections)
        self.viewport().update()  # the whole view: a hit's ink reaches beyond its line's box
        self.hit_changed.emit(self._current, len(self._hits))

    def hit_ranges(self) -> list[tuple[int, int]]:
        """The highlighted document ranges, for tests and the status bar."""
        return list(self._hits)

    def print_document(self) -> QTextDocument:
        """A copy of the document for printing (no highlights, same layout rules)."""
        return self.document().clone(self)
