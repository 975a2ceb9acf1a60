"""The font of the invisible text layer: blank boxes, one code per (character, width).

Engines decide reading order and word breaks from each character's advance, so every
character of the text layer must advance by the width of the place it covers. Widths are
rounded up to a fine geometric grid, and each (character, grid width) pair gets its own code,
mapped to a glyph of that width and, through the ToUnicode CMap, to the character.
The glyphs are never drawn (render mode 3); they are boxes only because PDFium ignores a
character whose glyph has no extent.
"""

from __future__ import annotations

import math
from functools import cache
from io import BytesIO

from fontTools.fontBuilder import FontBuilder
from fontTools.pens.ttGlyphPen import TTGlyphPen

from reader_app.core.export.pdf import PdfDocument

UPEM = 1000
ASCENT, DESCENT = 900, -300  # the box engines give each character, in font units
GRID = 1.02  # widths are rounded up to this geometric grid, so one glyph serves many widths
MAX_WIDTH = 8000  # widest advance in the grid (a very stretched justified space), font units
MARK_BOX = 20  # zero-advance glyphs still need some ink box, or PDFium drops them
FONT_NAME = b"/UrduReaderTextLayer"


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
