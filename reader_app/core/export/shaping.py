"""Shaping: logical text in, positioned glyphs out, with HarfBuzz.

Text is cut into *pieces*, each of one bidi level and one face, so every piece is shaped in
a single direction and drawn as a unit; a line is then a row of pieces put in visual order.
Pieces are shaped with the surrounding word as context, so joining across a cut (a digit
glued to an Urdu letter, a Latin letter inside a word) stays right.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import uharfbuzz as hb

from reader_app.core.export.fonts import Face

_FEATURES: dict[str, bool] = {}


@dataclass(frozen=True)
class Glyph:
    """One shaped glyph, in font units, in the visual (left-to-right) order of its piece."""

    gid: int
    advance: int
    dx: int
    dy: int


@dataclass(frozen=True)
class Piece:
    """A stretch of one word (or one space) in one direction and one face."""

    text: str  # logical order
    level: int  # bidi embedding level; odd is right-to-left
    face: Face
    glyphs: tuple[Glyph, ...]
    advance: int  # font units

    @property
    def rtl(self) -> bool:
        return self.level % 2 == 1

    @property
    def is_space(self) -> bool:
        return self.text == " "

    def width(self, size: float) -> float:
        return self.advance * size / self.face.upem


def _face_for(ch: str, primary: Face, fallback: Face | None) -> Face:
    cp = ord(ch)
    if primary.has(cp) or fallback is None or not fallback.has(cp):
        return primary
    return fallback


def _shape(face: Face, context: str, start: int, end: int, level: int) -> Piece:
    buf = hb.Buffer()
    buf.add_str(context, start, end - start)  # the rest of the word is shaping context
    buf.direction = "rtl" if level % 2 else "ltr"
    buf.guess_segment_properties()
    buf.language = "ur"
    hb.shape(face.hb_font, buf, _FEATURES)
    glyphs = tuple(
        Glyph(info.codepoint, pos.x_advance, pos.x_offset, pos.y_offset)
        for info, pos in zip(buf.glyph_infos, buf.glyph_positions, strict=True)
    )
    return Piece(context[start:end], level, face, glyphs, sum(g.advance for g in glyphs))


@lru_cache(maxsize=8192)
def shape_word(word: str, levels: tuple[int, ...], primary: Face,
               fallback: Face | None) -> tuple[Piece, ...]:
    """Pieces of one space-free word, in logical order; cached, as news prose repeats words."""
    faces: list[Face] = []
    for ch in word:
        mark = faces and unicodedata.category(ch) in ("Mn", "Me", "Cf")
        faces.append(faces[-1] if mark else _face_for(ch, primary, fallback))
    pieces: list[Piece] = []
    start = 0
    for i in range(1, len(word) + 1):
        if i == len(word) or levels[i] != levels[start] or faces[i] is not faces[start]:
            pieces.append(_shape(faces[start], word, start, i, levels[start]))
            start = i
    return tuple(pieces)


@lru_cache(maxsize=16)
def shape_space(face: Face) -> Piece:
    """The inter-word space of a face; its width is what justification stretches."""
    return _shape(face, " ", 0, 1, 1)
