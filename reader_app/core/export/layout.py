"""Page layout: paragraphs become right-aligned, justified lines on numbered pages.

Everything here is geometry in PDF points (origin bottom-left, y up); nothing is written.
A line keeps its pieces in visual order with their x positions, which is all both layers of
the PDF need: the drawn glyphs and the invisible text placed over them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from reader_app.core.export.bidi import embedding_levels, line_levels, visual_order
from reader_app.core.export.fonts import Face
from reader_app.core.export.shaping import Piece, shape_space, shape_word

MM = 72 / 25.4
_WORD = re.compile(r"\S+")


@dataclass(frozen=True)
class Style:
    """How one kind of text (body, title, folio) is set."""

    face: Face
    fallback: Face | None
    size: float  # points
    justify: bool = True
    centre: bool = False


@dataclass(frozen=True)
class Placed:
    """A piece where it is drawn: left edge and width (a space's width includes its stretch)."""

    x: float
    width: float
    piece: Piece
    level: int  # bidi level: odd is right-to-left
    logical: int  # position of the piece in reading order


@dataclass
class Line:
    """One set line: pieces in visual order (left to right) and its vertical extent."""

    pieces: list[Placed]
    size: float
    above: float  # room needed above the baseline: the font's ascent, or the ink if taller
    below: float  # room needed below the baseline: the font's descent, or the ink if deeper
    baseline: float = 0.0
    in_text_layer: bool = True  # False for lines that only repeat text found elsewhere


@dataclass
class Page:
    """Lines that carry text, and folio lines that are decoration only (no text layer)."""

    number: int
    lines: list[Line] = field(default_factory=list)
    folio: list[Line] = field(default_factory=list)


@dataclass(frozen=True)
class Geometry:
    """Page size and margins; the text block is what lies between the margins."""

    width: float
    height: float
    left: float = 22 * MM
    right: float = 22 * MM
    top: float = 22 * MM
    bottom: float = 25 * MM

    @property
    def measure(self) -> float:
        return self.width - self.left - self.right


def _extent(pieces: list[Piece], size: float) -> tuple[float, float]:
    """(above, below) the baseline: the face's ascent/descent, grown to any taller ink.

    Nastaliq stacks letters diagonally and carries dots far above and below; the hhea metrics
    of Noto Nastaliq Urdu are meant to hold that, and measuring the ink as well makes sure no
    line touches its neighbour even where a glyph goes beyond them.
    """
    above = below = 0.0
    for piece in pieces:
        k = size / piece.face.upem
        above = max(above, piece.face.ascent * k)
        below = max(below, piece.face.descent * k)
        for g in piece.glyphs:
            top, bottom = piece.face.ink(g.gid)
            above = max(above, (top + g.dy) * k)
            below = max(below, -(bottom + g.dy) * k)
    return above, below


def _split_long(word: str, levels: tuple[int, ...], style: Style, width: float) -> list[int]:
    """Cut points that break a word wider than the line (a URL, say) into pieces that fit."""
    cuts, start = [], 0
    while start < len(word):
        end = start + 1
        while end < len(word):
            pieces = shape_word(word[start:end + 1], levels[start:end + 1], style.face,
                                style.fallback)
            if sum(p.width(style.size) for p in pieces) > width:
                break
            end += 1
        cuts.append(end)
        start = end
    return cuts


def _words(text: str, levels: list[int], style: Style, width: float) -> list[tuple[int, int]]:
    """Spans of the words in a normalised paragraph, over-long words split to fit."""
    spans = []
    for m in _WORD.finditer(text):
        a, b = m.span()
        pieces = shape_word(text[a:b], tuple(levels[a:b]), style.face, style.fallback)
        if sum(p.width(style.size) for p in pieces) <= width:
            spans.append((a, b))
            continue
        start = a
        for cut in _split_long(text[a:b], tuple(levels[a:b]), style, width):
            spans.append((start, a + cut))
            start = a + cut
    return spans


def _set_line(text: str, levels: list[int], spans: list[tuple[int, int]], style: Style,
              geo: Geometry, last: bool) -> Line:
    """Order one line's pieces visually (UAX #9 L1-L2) and give each its x."""
    a, b = spans[0][0], spans[-1][1]
    lv = line_levels(text[a:b], levels[a:b])
    space = shape_space(style.face)
    seq: list[Piece] = []
    seq_levels: list[int] = []
    for i, (s, e) in enumerate(spans):
        if i:
            gap = spans[i - 1][1]
            if gap < s:  # a real space, not a cut inside a long word
                seq.append(space)
                seq_levels.append(lv[gap - a])
        for piece in shape_word(text[s:e], tuple(levels[s:e]), style.face, style.fallback):
            seq.append(piece)
            seq_levels.append(piece.level)
    order = visual_order(list(range(len(seq))), seq_levels)
    ordered = [seq[i] for i in order]
    natural = sum(p.width(style.size) for p in ordered)
    spaces = sum(1 for p in ordered if p.is_space)
    stretch = 0.0
    if style.justify and not last and spaces:
        stretch = max(0.0, geo.measure - natural) / spaces
        x = geo.left
    elif style.centre:
        x = geo.left + (geo.measure - natural) / 2
    else:
        x = geo.width - geo.right - natural  # right-aligned, as Urdu is read
    placed = []
    for i in order:
        p = seq[i]
        width = p.width(style.size) + (stretch if p.is_space else 0.0)
        placed.append(Placed(x, width, p, seq_levels[i], i))
        x += width
    above, below = _extent(ordered, style.size)
    return Line(placed, style.size, above, below)


def _fits(spans: list[tuple[int, int]], widths: dict[tuple[int, int], float], space: float,
          width: float) -> bool:
    total = sum(widths[s] for s in spans) + space * (len(spans) - 1)
    return total <= width + 1e-6


def set_paragraph(text: str, style: Style, geo: Geometry) -> list[Line]:
    """Break one paragraph into lines (greedy, at spaces); the last line is not justified."""
    text = " ".join(text.split())
    if not text:
        return []
    levels = embedding_levels(text)
    spans = _words(text, levels, style, geo.measure)
    widths = {
        (a, b): sum(p.width(style.size)
                    for p in shape_word(text[a:b], tuple(levels[a:b]), style.face,
                                        style.fallback))
        for a, b in spans
    }
    space = shape_space(style.face).width(style.size)
    lines: list[list[tuple[int, int]]] = [[]]
    for span in spans:
        if lines[-1] and not _fits([*lines[-1], span], widths, space, geo.measure):
            lines.append([])
        lines[-1].append(span)
    return [_set_line(text, levels, row, style, geo, i == len(lines) - 1)
            for i, row in enumerate(lines)]


class Paginator:
    """Stacks lines down the text block, opening a new page when the next line won't fit."""

    def __init__(self, geo: Geometry) -> None:
        self.geo = geo
        self.pages: list[Page] = [Page(1)]
        self._y = self._top

    @property
    def _top(self) -> float:
        return self.geo.height - self.geo.top

    def add(self, lines: list[Line], space_before: float = 0.0) -> None:
        """Place lines in order; space before a block is dropped at the top of a page.

        A paragraph never leaves one line alone: not its last at the top of a page (a widow:
        the seed's PDF had a third page holding only «ہیں۔») nor its first at the foot of
        one (an orphan); the line before it goes along, or the paragraph starts on the next
        page."""
        if self._y < self._top:
            self._y -= space_before
        breaks = self._breaks(lines)
        for i, line in enumerate(lines):
            if i in breaks and self._y < self._top:
                self.pages.append(Page(len(self.pages) + 1))
                self._y = self._top
            line.baseline = self._y - line.above
            self.pages[-1].lines.append(line)
            self._y = line.baseline - line.below

    def _breaks(self, lines: list[Line]) -> set[int]:
        """The lines that start a new page, moved to keep two lines of the paragraph on
        each side of a break where it has them."""
        breaks, y, top = set(), self._y, self._y >= self._top
        for i, line in enumerate(lines):
            if y - line.above - line.below < self.geo.bottom and not top:
                breaks.add(i)
                y = self._top
            top = False
            y -= line.above + line.below
        if len(lines) >= 3:
            for i in sorted(breaks):
                if i == len(lines) - 1:  # the last line alone on the new page
                    breaks.discard(i)
                    breaks.add(i - 1)
                if i == 1 and i in breaks:  # the first line alone at the page's foot
                    breaks.discard(1)
                    breaks.add(0)
        elif len(lines) == 2 and 1 in breaks:
            breaks = {0}
        return breaks


_URDU_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


def urdu_digits_in(paragraphs: list[str]) -> bool:
    """Whether an article writes its numbers in Urdu digits (۲۰۱۸) rather than 2018."""
    urdu = latin = 0
    for text in paragraphs:
        urdu += sum(ch in "۰۱۲۳۴۵۶۷۸۹" for ch in text)
        latin += sum(ch.isascii() and ch.isdigit() for ch in text)
    return urdu > latin


def folio(number: int, total: int, style: Style, geo: Geometry, urdu_digits: bool = True) -> Line:
    """The page number line, centred in the bottom margin ("page 2 of 5" in Urdu), in the
    digits the article itself uses, so the footer does not read ۲ under a body of 2018."""
    text = f"صفحہ {number} از {total}"
    if urdu_digits:
        text = text.translate(_URDU_DIGITS)
    line = set_paragraph(text, style, geo)[0]
    line.baseline = geo.bottom / 2
    return line
