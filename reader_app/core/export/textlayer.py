"""The invisible text layer: what copy, search and indexing read from the PDF.

The visible Nastaliq is drawn as paths and carries no text, because Nastaliq glyphs do not
map one-to-one to characters. The text is written here instead, in render mode 3
(invisible), one character per text-showing operator, in a font whose codes map one-to-one
to Unicode through a ToUnicode CMap (as searchable-PDF OCR tools do).

PDF has no notion of reading order, so each engine guesses it from positions and its own
simplified bidi rules, and they guess differently (measured: see benchmarks/export_compare.py):

- characters are written in logical order, each placed where it is seen: right-to-left runs
  step leftwards by exactly the character's advance, which MuPDF recognises as logical order;
- each character is its own text object, so PDFium (which sorts objects by x and then runs
  its bidi over the line) and poppler (which sorts words by x and reverses RTL stretches)
  both see the line in visual order;
- zero-width characters (marks, joiners, and the LRM/RLM below) have no advance and sit just
  left of the character before them, so every engine keeps them after it;
- poppler treats digits and number punctuation as left-to-right and drags the space to their
  left into the number; PDFium mirrors brackets and curly quotes it finds in a right-to-left
  context. An RLM after each such run, and LRM/RLM around brackets and quotes, make the
  direction UAX #9 already gave those characters explicit. The marks do not change how the
  text displays when pasted, and text tools ignore them.
"""

from __future__ import annotations

import math
import unicodedata
from dataclasses import dataclass
from functools import cache
from io import BytesIO

from fontTools.fontBuilder import FontBuilder
from fontTools.pens.ttGlyphPen import TTGlyphPen

from reader_app.core.export.layout import Line
from reader_app.core.export.pdf import PdfDocument

UPEM = 1000
ASCENT, DESCENT = 900, -300  # the box engines give each character, in font units
GRID = 1.02  # widths are rounded up to this geometric grid, so one glyph serves many widths
MAX_WIDTH = 8000  # widest advance in the grid (a very stretched justified space), font units
MARK_BOX = 20  # zero-advance glyphs still need some ink box, or PDFium drops them
EPSILON = 0.01  # points between a zero-width character and what it follows
FONT_NAME = b"/UrduReaderTextLayer"
RLM, LRM = "\u200f", "\u200e"
_WEAK = {"L", "EN", "AN", "ES", "ET", "CS"}  # what simple bidi engines take as left-to-right
_PAIRED_QUOTES = set("\u2018\u2019\u201c\u201d")  # not Bidi_Mirrored, but PDFium swaps them


@cache
def _grid() -> tuple[int, ...]:
    widths = {0}
    k = 0
    while (w := math.ceil(GRID**k)) < MAX_WIDTH:
        widths.add(w)
        k += 1
    widths.add(MAX_WIDTH)
    return tuple(sorted(widths))


def _bucket(width_units: float) -> int:
    """Index of the smallest grid width not below ``width_units`` (0 for zero width)."""
    if width_units <= 0:
        return 0
    grid = _grid()
    lo, hi = 1, len(grid) - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if grid[mid] >= width_units:
            hi = mid
        else:
            lo = mid + 1
    return lo


@cache
def font_program() -> bytes:
    """A TrueType font of blank-looking boxes, one glyph per grid width (never drawn: Tr 3)."""
    grid = _grid()
    names = [".notdef"] + [f"w{i}" for i in range(len(grid))]
    glyphs, metrics = {".notdef": TTGlyphPen(None).glyph()}, {".notdef": (0, 0)}
    for i, width in enumerate(grid):
        pen = TTGlyphPen(None)
        right = max(width, MARK_BOX)
        pen.moveTo((0, DESCENT))
        pen.lineTo((0, ASCENT))
        pen.lineTo((right, ASCENT))
        pen.lineTo((right, DESCENT))
        pen.closePath()
        glyphs[names[i + 1]] = pen.glyph()
        metrics[names[i + 1]] = (width, 0)
    fb = FontBuilder(UPEM, isTTF=True)
    fb.setupGlyphOrder(names)
    fb.setupCharacterMap({})
    fb.setupGlyf(glyphs)
    fb.setupHorizontalMetrics(metrics)
    fb.setupHorizontalHeader(ascent=ASCENT, descent=DESCENT)
    fb.setupNameTable({"familyName": "UrduReaderTextLayer", "styleName": "Regular"})
    fb.setupOS2(sTypoAscender=ASCENT, sTypoDescender=DESCENT, usWinAscent=ASCENT,
                usWinDescent=-DESCENT)
    fb.setupPost()
    out = BytesIO()
    fb.font.save(out)
    return out.getvalue()


@dataclass
class Cell:
    """One character of the text layer: its left edge and advance, in points."""

    ch: str
    x: float
    width: float
    rtl: bool
    level: int


def _zero_width(ch: str) -> bool:
    return unicodedata.category(ch) in ("Mn", "Me", "Cf")


def _piece_cells(x0: float, x1: float, text: str, rtl: bool, level: int) -> list[Cell]:
    """Spread a piece's characters evenly over its box, in its own direction.

    Zero-width characters get no slot: they sit a hair inside the character before them.
    """
    zero = [_zero_width(c) for c in text]
    if all(zero):
        zero = [False] * len(text)
    slot = (x1 - x0) / zero.count(False)
    pen, marks = (x1 if rtl else x0), 0
    cells: list[Cell] = []
    for ch, is_zero in zip(text, zero, strict=True):
        if is_zero:
            marks += 1
            cells.append(Cell(ch, pen - EPSILON * (marks if rtl else 1), 0.0, rtl, level))
            continue
        marks = 0
        if rtl:
            pen -= slot
            cells.append(Cell(ch, pen, slot, rtl, level))
        else:
            cells.append(Cell(ch, pen, slot, rtl, level))
            pen += slot
    return cells


def _ltr_like(c: Cell) -> bool:
    return c.level % 2 == 0 or unicodedata.bidirectional(c.ch) in _WEAK


def _mirror_prone(ch: str) -> bool:
    return unicodedata.mirrored(ch) == 1 or ch in _PAIRED_QUOTES


def _strong_rtl(c: Cell) -> bool:
    return unicodedata.bidirectional(c.ch) in ("R", "AL")


def _take_right(cell: Cell, share: float, ch: str) -> tuple[Cell, Cell]:
    """Split a right-to-left cell: ``ch`` takes the right ``share`` of its slot.

    A bidi mark given a slot of its own, instead of none, leaves PDFium no gap to read as a
    space and keeps poppler from gluing it to its neighbour in stream order.
    """
    width = cell.width * share
    mark = Cell(ch, cell.x + cell.width - width, width, True, cell.level)
    return mark, Cell(cell.ch, cell.x, cell.width - width, cell.rtl, cell.level)


def _with_marks(cells: list[Cell]) -> list[Cell]:
    """Insert RLM after left-to-right-ish runs and LRM/RLM around mirror-prone characters."""
    cells = list(cells)
    out: list[Cell] = []
    ltr_run = False  # inside a run of left-to-right-ish characters
    run_left = math.inf  # its left edge
    for i in range(len(cells)):
        c = cells[i]
        if c.rtl and _mirror_prone(c.ch) and c.width > 0:  # LRM, bracket, RLM: a third each
            lrm, c = _take_right(c, 1 / 3, LRM)
            bracket, rlm = _take_right(c, 1 / 2, c.ch)
            out += [lrm, bracket, Cell(RLM, rlm.x, rlm.width, True, c.level)]
            ltr_run, run_left = False, math.inf
            continue
        out.append(c)
        if c.width > 0:
            ltr_run = _ltr_like(c)
            run_left = min(run_left, c.x) if ltr_run else math.inf
        nxt = cells[i + 1] if i + 1 < len(cells) else None
        if (nxt is None or not ltr_run or not _ltr_like(c) or _strong_rtl(nxt)
                or c.level % 2 == 0 == nxt.level % 2):
            continue
        if c.rtl:  # a weak character set right-to-left ("،" after a word): mark just left of it
            out.append(Cell(RLM, c.x - EPSILON, 0.0, True, c.level))
        elif nxt.rtl and nxt.width > 0:  # after a left-to-right run: share the next slot
            rlm, cells[i + 1] = _take_right(nxt, 1 / 2, RLM)
            out.append(rlm)
        else:
            out.append(Cell(RLM, run_left - EPSILON, 0.0, True, 1))
        ltr_run, run_left = False, math.inf
    return out


def line_cells(line: Line) -> list[Cell]:
    """The line's characters in reading order, each with the place it is drawn."""
    cells: list[Cell] = []
    for placed in sorted(line.pieces, key=lambda p: p.logical):
        cells += _piece_cells(placed.x, placed.x + placed.width, placed.piece.text,
                              placed.level % 2 == 1, placed.level)
    return _with_marks(cells)


class TextLayerFont:
    """Assigns a code to each (character, width) pair and writes the Type0 font for them."""

    def __init__(self) -> None:
        self.codes: dict[tuple[str, int], int] = {}

    def code(self, ch: str, width_units: float) -> int:
        key = (ch, _bucket(width_units))
        if key not in self.codes:
            if len(self.codes) >= 0xFFFE:
                raise OverflowError("too many distinct characters for one text-layer font")
            self.codes[key] = len(self.codes) + 1
        return self.codes[key]

    def _to_unicode(self) -> bytes:
        entries = [f"<{code:04X}> <{ch.encode('utf-16-be').hex().upper()}>"
                   for (ch, _), code in self.codes.items()]
        blocks = []
        for i in range(0, len(entries), 100):  # a bfchar block holds at most 100 entries
            chunk = entries[i:i + 100]
            blocks.append(f"{len(chunk)} beginbfchar\n" + "\n".join(chunk) + "\nendbfchar")
        return (
            "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
            "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
            "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
            "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"
            + "\n".join(blocks)
            + "\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n"
        ).encode("ascii")

    def write(self, doc: PdfDocument) -> int:
        """Add the font and its parts to ``doc`` (after all text is encoded)."""
        grid = _grid()
        by_code = sorted((code, bucket) for (_, bucket), code in self.codes.items())
        gid_map = bytearray(2 * (len(by_code) + 1))
        for code, bucket in by_code:
            gid_map[2 * code:2 * code + 2] = (bucket + 1).to_bytes(2, "big")
        widths = " ".join(str(grid[bucket]) for _, bucket in by_code)
        cid_to_gid = doc.add_stream(bytes(gid_map))
        program = font_program()
        file2 = doc.add_stream(program, b" /Length1 %d" % len(program))
        descriptor = doc.add(
            b"<< /Type /FontDescriptor /FontName %s /Flags 4 /FontBBox [0 %d %d %d]"
            b" /ItalicAngle 0 /Ascent %d /Descent %d /CapHeight %d /StemV 80"
            b" /FontFile2 %d 0 R >>"
            % (FONT_NAME, DESCENT, MAX_WIDTH, ASCENT, ASCENT, DESCENT, ASCENT, file2))
        cid_font = doc.add(
            b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont %s"
            b" /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >>"
            b" /FontDescriptor %d 0 R /DW 0 /W [1 [%s]] /CIDToGIDMap %d 0 R >>"
            % (FONT_NAME, descriptor, widths.encode(), cid_to_gid))
        to_unicode = doc.add_stream(self._to_unicode())
        return doc.add(
            b"<< /Type /Font /Subtype /Type0 /BaseFont %s /Encoding /Identity-H"
            b" /DescendantFonts [%d 0 R] /ToUnicode %d 0 R >>"
            % (FONT_NAME, cid_font, to_unicode))


def line_ops(line: Line, font: TextLayerFont) -> list[str]:
    """Text operators for one line (inside BT ... ET, in render mode 3)."""
    cells = line_cells(line)
    if not cells:
        return []
    ops = [f"/T {line.size:g} Tf 1 0 0 1 {cells[0].x:.3f} {line.baseline:.3f} Tm"]
    x = cells[0].x
    for cell in cells:  # one Tj each: PDFium makes every text-showing operator an object
        code = font.code(cell.ch, cell.width / line.size * UPEM)
        ops.append(f"{cell.x - x:.3f} 0 Td <{code:04X}> Tj")
        x = cell.x
    return ops
