"""The fonts an export draws with, loaded once per process.

A face bundles what layout and drawing need: HarfBuzz for shaping and metrics, the cmap to
decide which characters a face can show, and the glyph outlines that become PDF paths.
Noto Nastaliq Urdu and Noto Naskh Arabic have no Latin letters, so Latin words and symbols
fall back to the shipped Noto Sans.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import uharfbuzz as hb
from fontTools.pens.basePen import BasePen
from fontTools.ttLib import TTFont

from reader_app.core.options import LATIN_FONT, READING_FONTS
from reader_app.core.paths import resource_path

FAMILIES: dict[str, tuple[str, str]] = {key: font.files for key, font in READING_FONTS.items()}

class _PathPen(BasePen):
    """Turns a TrueType outline into PDF path operators in font units (quadratic → cubic)."""

    def __init__(self) -> None:
        super().__init__(None)
        self.ops: list[str] = []

    # Whole font units: at 15 pt a unit is 0.015 pt, far below what print or screen shows,
    # and short integers keep the outlines small.
    def _moveTo(self, pt: tuple[float, float]) -> None:
        self.ops.append(f"{round(pt[0])} {round(pt[1])} m")

    def _lineTo(self, pt: tuple[float, float]) -> None:
        self.ops.append(f"{round(pt[0])} {round(pt[1])} l")

    def _curveToOne(self, p1: tuple[float, float], p2: tuple[float, float],
                    p3: tuple[float, float]) -> None:
        self.ops.append(" ".join(str(round(v)) for v in (*p1, *p2, *p3)) + " c")

    def _closePath(self) -> None:
        self.ops.append("h")


@dataclass(eq=False)
class Face:
    """One font file, ready for shaping, measuring and drawing."""

    path: Path
    hb_font: hb.Font
    upem: int
    ascent: int  # hhea ascender: the designer's line-box top, in font units
    descent: int  # hhea descender as a positive depth
    cmap: frozenset[int] = field(repr=False)
    _outlines: dict[int, str] = field(default_factory=dict, repr=False)

    def has(self, codepoint: int) -> bool:
        return codepoint in self.cmap

    def outline(self, gid: int) -> str:
        """The glyph's path (font units) as PDF operators ending in a fill, or '' if empty."""
        if gid not in self._outlines:
            pen = _PathPen()
            self.hb_font.draw_glyph_with_pen(gid, pen)
            self._outlines[gid] = "\n".join(pen.ops) + "\nf" if pen.ops else ""
        return self._outlines[gid]

    def ink(self, gid: int) -> tuple[int, int]:
        """(top, bottom) of the glyph's ink in font units, y up."""
        ext = self.hb_font.get_glyph_extents(gid)
        if ext is None:
            return (0, 0)
        return (ext.y_bearing, ext.y_bearing + ext.height)


@cache
def load_face(path: Path) -> Face:
    """Open a font file; cached because each export reuses the same handful of faces."""
    if not path.is_file():
        raise FileNotFoundError(f"font file not found: {path}")
    blob = hb.Blob.from_file_path(str(path))
    hb_face = hb.Face(blob)
    hb_font = hb.Font(hb_face)
    tt = TTFont(str(path), lazy=True)
    hhea = tt["hhea"]
    cmap = frozenset(tt.getBestCmap() or {})
    face = Face(path=path, hb_font=hb_font, upem=hb_face.upem, ascent=hhea.ascent,
                descent=-hhea.descent, cmap=cmap)
    tt.close()
    return face


def family_faces(font: str) -> tuple[Face, Face]:
    """(regular, bold) faces of a family name; KeyError for an unknown name."""
    regular, bold = FAMILIES[font]
    return load_face(resource_path("fonts", regular)), load_face(resource_path("fonts", bold))


def latin_face(bold: bool = False) -> Face:
    """The shipped Latin face for letters and symbols the Arabic-script fonts lack.

    It ships with the app (``resources/fonts``), so an export looks the same on every
    machine: no system font is looked for."""
    regular, bold_file = LATIN_FONT.files
    return load_face(resource_path("fonts", bold_file if bold else regular))
