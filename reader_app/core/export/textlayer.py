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
- zero-width characters of the text (marks, joiners) have no advance and sit just left of
  the character before them, so every engine keeps them after it;
- poppler treats digits and number punctuation as left-to-right and drags the space to their
  left into the number; PDFium mirrors brackets and curly quotes it finds in a right-to-left
  context. An RLM after each such run, and LRM/RLM around brackets and quotes, make the
  direction UAX #9 already gave those characters explicit. A bracket that closes (or opens) a
  left-to-right run next to Urdu ("Insaf (PTI) نے") gets an LRM on its outer side, which
  keeps poppler from moving it to the far end of the run. The marks do not change how the
  text displays when pasted, and text tools ignore them. Each takes a share of a neighbour's
  slot rather than none, so PDFium sees no gap to read as a space and poppler does not glue
  it to a neighbour.
"""

from __future__ import annotations

import math
import unicodedata
from dataclasses import dataclass

from reader_app.core.export.layout import Line
from reader_app.core.export.textfont import UPEM, TextLayerFont

EPSILON = 0.01  # points between a zero-width character and what it follows
RLM, LRM = "\u200f", "\u200e"
_WEAK = {"L", "EN", "AN", "ES", "ET", "CS"}  # what simple bidi engines take as left-to-right
_PAIRED_QUOTES = set("\u2018\u2019\u201c\u201d")  # not Bidi_Mirrored, but PDFium swaps them


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


def _anchor_ltr_bracket(c: Cell, prev: Cell | None, nxt: Cell | None, out: list[Cell]) -> Cell:
    """A bracket set left to right at the edge of a Latin run ("Insaf (PTI)" before Urdu):
    an LRM on its outer side keeps poppler from handing it to the right-to-left text beside
    it. Returns the cell still to append (the bracket, or the LRM after it)."""
    if prev is not None and prev.level % 2 == 1:  # the run opens with it: LRM, bracket
        half = c.width / 2
        out.append(Cell(LRM, c.x, half, False, c.level))
        c = Cell(c.ch, c.x + half, half, False, c.level)
    if nxt is not None and nxt.level % 2 == 1:  # the run ends with it: bracket, LRM
        half = c.width / 2
        out.append(Cell(c.ch, c.x, half, False, c.level))
        c = Cell(LRM, c.x + half, half, False, c.level)
    return c


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
        if not c.rtl and _mirror_prone(c.ch) and c.width > 0:
            c = _anchor_ltr_bracket(c, cells[i - 1] if i else None,
                                    cells[i + 1] if i + 1 < len(cells) else None, out)
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
