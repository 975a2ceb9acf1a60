"""The viewer's document: an article's heading and text, as plain text, with the formats that
set each paragraph's direction, font and line height.

The whole document is made in one pass, each block inserted with its formats, into a new
``QTextDocument`` that then replaces the viewer's: a 2 MB article's 9,500 paragraphs took
0.13 s to format one by one after ``setPlainText``, and a caret left in the old document
could lend its format to the new text. Text only ever enters through ``insertText``: markup
in a file shows as the characters it is.

Line height: Nastaliq words cascade above the font's ascent and their dots fall below its
descent, so the distance between lines is the larger of the font's own height
(``QFontMetricsF`` ascent + descent) and the real ink height of the article's words, plus
the chosen spacing. Lines never overlap, at any size.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import (
    QFont,
    QFontInfo,
    QFontMetricsF,
    QPalette,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextOption,
)

from reader_app.ui import fonts, textdir

DISTANCE = QTextBlockFormat.LineHeightTypes.LineDistanceHeight.value
FIXED = QTextBlockFormat.LineHeightTypes.FixedHeight.value
LATIN_SCALE = 0.85  # Latin letters look larger than Nastaliq at the same point size
TITLE_SCALE, META_SCALE = 1.3, 0.72  # the heading's title and its source/date line
ARABIC_LETTER = re.compile("[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")

Ink = Callable[[QFont, str], tuple[float, float]]  # (above, below) the baseline, in px


@dataclass(frozen=True)
class Heading:
    """The lines above the article's text: (kind, text) with kind "title", "meta" or
    "link", and the web address the link line opens."""

    lines: tuple[tuple[str, str], ...]
    link: QUrl | None = None
    link_tip: str = ""

    def text(self, kind: str) -> str:
        return next((text for k, text in self.lines if k == kind), "")


@dataclass(frozen=True)
class Layout:
    """What the viewer needs to know of a built document's lines."""

    line_pitch: float  # baseline to baseline in a paragraph of the reading font
    ink_overflow: int  # how far ink reaches beyond a line's box, in pixels


def title_font(font: QFont) -> QFont:
    title = QFont(font)
    title.setPointSizeF(font.pointSizeF() * TITLE_SCALE)
    title.setWeight(QFont.Weight.Bold)
    return title


def new_document(font: QFont) -> QTextDocument:
    """An empty document as the viewer shows one: right to left, wrapped at words, in the
    reading font, no undo."""
    document = QTextDocument()
    document.setUndoRedoEnabled(False)
    option = QTextOption()
    option.setTextDirection(Qt.LayoutDirection.RightToLeft)
    option.setWrapMode(QTextOption.WrapMode.WordWrap)  # never مثب / ت: a long word overflows
    document.setDefaultTextOption(option)
    document.setDefaultFont(font)
    return document


def build(heading: Heading, body: str, article_rtl: bool, font: QFont, spacing: int,
          body_ink: tuple[float, float], ink: Ink,
          palette: QPalette) -> tuple[QTextDocument, Layout]:
    """The document of ``heading`` over ``body``: ``font`` is the reading font (zoom
    applied), ``spacing`` the line spacing in percent, ``body_ink`` the ink extents of the
    body's words in ``font`` and ``ink`` measures other text."""
    document = new_document(font)
    metrics = QFontMetricsF(font)
    natural = metrics.ascent() + metrics.descent()
    above, below = body_ink
    # The spacing adds leading in proportion to the font's size (as CSS line-height
    # does) to a line that already holds its ink: scaling the line box itself gave
    # Naskh, whose box is already 1.7 em, gaps three times its letters' height at 150%,
    # and Nastaliq, whose ink is taller than the box, no change at all up to 125%.
    em = QFontInfo(font).pixelSize()
    pitch = max(natural, above + below) + em * (spacing - 100) / 100
    # Ink above the ascent or below the descent lands in the neighbouring line's box.
    overflow = max(above - metrics.ascent(), below - metrics.descent(), 0.0)
    # The heading's title is larger: its ink reaches further, above the first line too.
    big = title_font(font)
    big_metrics = QFontMetricsF(big)
    title = heading.text("title")
    t_above, t_below = ink(big, title) if title else (0.0, 0.0)
    title_over = max(t_above - big_metrics.ascent(), t_below - big_metrics.descent(), 0.0)
    top_over = t_above - big_metrics.ascent() if title else above - metrics.ascent()
    document.setDocumentMargin(max(12.0, above - metrics.ascent() + 8, top_over + 8))

    # A paragraph with no Arabic letters is set in Noto Sans, with its own (much smaller)
    # line height, instead of Nastaliq's spaces and Nastaliq's lines.
    latin = fonts.latin_font(font.pointSizeF() * LATIN_SCALE, font)
    latin_gap = QFontInfo(latin).pixelSize() * (spacing - 100) / 100
    latin_format = _char_format(latin)
    reading_format = _char_format(font)
    blank = QTextBlockFormat()
    blank.setLineHeight(natural * 0.6, FIXED)  # between paragraphs: a gap, not a line
    formats: dict[tuple[bool, bool], QTextBlockFormat] = {}

    def paragraph_format(rtl: bool, latin_only: bool) -> QTextBlockFormat:
        if (rtl, latin_only) not in formats:
            fmt = QTextBlockFormat()
            fmt.setLayoutDirection(textdir.layout_direction(rtl))
            fmt.setAlignment(textdir.side(rtl))
            fmt.setLineHeight(latin_gap if latin_only else pitch - natural, DISTANCE)
            formats[rtl, latin_only] = fmt
        return formats[rtl, latin_only]

    cursor = QTextCursor(document)
    cursor.beginEditBlock()
    first = True
    for i, (kind, text) in enumerate(heading.lines):
        fmt, char = _heading_formats(kind, text, heading, article_rtl, font, ink, palette,
                                     last=i == len(heading.lines) - 1)
        _add_block(cursor, fmt, char, text, first)
        first = False
    for text in body.split("\n"):
        if not text.strip():
            _add_block(cursor, blank, reading_format, text, first)
        else:
            rtl = textdir.is_rtl(text, article_rtl)
            latin_only = not rtl and not ARABIC_LETTER.search(text)
            _add_block(cursor, paragraph_format(rtl, latin_only),
                       latin_format if latin_only else reading_format, text, first)
        first = False
    cursor.endEditBlock()
    return document, Layout(pitch, math.ceil(max(overflow, title_over)) + 4)


def recolour_heading(document: QTextDocument, heading: Heading, palette: QPalette) -> None:
    """The source, date and link lines in the palette's colours (after a theme change)."""
    cursor = QTextCursor(document)
    block = document.begin()
    for kind, text in heading.lines:
        if kind != "title" and text:
            fmt = QTextCharFormat()
            fmt.setForeground(palette.color(_role(kind)))
            cursor.setPosition(block.position())
            cursor.setPosition(block.position() + block.length() - 1,
                               QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(fmt)
        block = block.next()


def _role(kind: str) -> QPalette.ColorRole:
    return QPalette.ColorRole.Link if kind == "link" else QPalette.ColorRole.PlaceholderText


def _char_format(font: QFont) -> QTextCharFormat:
    char = QTextCharFormat()
    char.setFontFamilies(font.families())
    char.setFontPointSize(font.pointSizeF())
    return char


def _add_block(cursor: QTextCursor, fmt: QTextBlockFormat, char: QTextCharFormat, text: str,
               first: bool) -> None:
    if first:
        cursor.setBlockFormat(fmt)
        cursor.setBlockCharFormat(char)
    else:
        cursor.insertBlock(fmt, char)
    if text:
        # PySide makes a QString of a str as if it were a file, dropping one U+FEFF at its
        # start as a byte-order mark: a paragraph that starts with one (joined files leave
        # them) lost it, and every position after it was one off (hits, reading places).
        cursor.insertText("\ufeff" + text if text[0] == "\ufeff" else text, char)


def _heading_formats(kind: str, text: str, heading: Heading, article_rtl: bool, font: QFont,
                     ink: Ink, palette: QPalette, last: bool
                     ) -> tuple[QTextBlockFormat, QTextCharFormat]:
    """Title in the reading font, larger and bold, with room for its own ink; the source
    and date smaller and muted; the link in the palette's link colour."""
    # Each line runs its own way; the source, date and link keep to the article's side,
    # so an English date line still sits at the head of an Urdu article.
    way, side = textdir.block_format_direction(text, article_rtl)
    fmt = QTextBlockFormat()
    fmt.setLayoutDirection(way)
    fmt.setAlignment(side if kind == "title" else textdir.side(article_rtl))
    em = QFontInfo(font).pixelSize()
    if kind == "title":
        big = title_font(font)
        char = _char_format(big)
        char.setFontWeight(QFont.Weight.Bold)
        _room_for_ink(fmt, big, text, ink)
        fmt.setBottomMargin(em * 0.3)
    else:
        size = font.pointSizeF() * META_SCALE
        urdu = bool(ARABIC_LETTER.search(text))
        small = QFont(font) if urdu else fonts.latin_font(size * LATIN_SCALE, font)
        if urdu:
            small.setPointSizeF(size)
        char = _char_format(small)
        char.setForeground(palette.color(_role(kind)))
        if kind == "link" and heading.link is not None:
            char.setFontUnderline(True)
            char.setAnchor(True)
            char.setAnchorHref(heading.link.toString(QUrl.ComponentFormattingOption.FullyEncoded))
            char.setToolTip(heading.link_tip)
        if urdu:
            _room_for_ink(fmt, small, text, ink)
        if last:  # the gap between heading and text
            fmt.setBottomMargin(em * 0.9)
    return fmt, char


def _room_for_ink(fmt: QTextBlockFormat, font: QFont, text: str, ink: Ink) -> None:
    metrics = QFontMetricsF(font)
    above, below = ink(font, text)
    natural = metrics.ascent() + metrics.descent()
    fmt.setLineHeight(max(natural, above + below) - natural, DISTANCE)
