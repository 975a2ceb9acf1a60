"""The fonts as the window hands them to Qt (core/screen_font.py): Nastaliq's contour-point
cursive anchors rewritten as plain coordinates, nothing else about the font changed."""

from __future__ import annotations

import io

import pytest
import uharfbuzz as hb
from fontTools.ttLib import TTFont

from reader_app.core.options import LATIN_FONT, READING_FONTS
from reader_app.core.paths import resource_path
from reader_app.core.screen_font import (
    FAMILY_SUFFIX,
    FontFormatError,
    point_anchors,
    qt_safe_font,
)

NASTALIQ = READING_FONTS["nastaliq"].files  # (regular, bold)
UNTOUCHED = (*READING_FONTS["naskh"].files, *LATIN_FONT.files)


def font_bytes(name: str) -> bytes:
    return resource_path("fonts", name).read_bytes()


def cursive_anchors(font: TTFont) -> list[tuple[int, int, int] | None]:
    """(format, x, y) of every entry and exit anchor of every cursive subtable, in order."""
    found: list[tuple[int, int, int] | None] = []
    for lookup in font["GPOS"].table.LookupList.Lookup:
        for sub in lookup.SubTable:
            kind = lookup.LookupType
            if kind == 9:
                sub, kind = sub.ExtSubTable, sub.ExtSubTable.LookupType
            if kind != 3:
                continue
            for record in sub.EntryExitRecord:
                for anchor in (record.EntryAnchor, record.ExitAnchor):
                    found.append(None if anchor is None else
                                 (anchor.Format, anchor.XCoordinate, anchor.YCoordinate))
    return found


def shaped(data: bytes, text: str) -> list[tuple[int, int, int, int, int]]:
    font = hb.Font(hb.Face(data))
    buf = hb.Buffer()
    buf.add_str(text)
    buf.guess_segment_properties()
    hb.shape(font, buf)
    return [(i.codepoint, i.cluster, p.x_advance, p.x_offset, p.y_offset)
            for i, p in zip(buf.glyph_infos, buf.glyph_positions, strict=True)]


@pytest.mark.parametrize("name", NASTALIQ)
def test_every_cursive_anchor_keeps_its_place_without_a_contour_point(name: str) -> None:
    original = font_bytes(name)
    assert point_anchors(original), "the shipped Nastaliq names contour points (Qt's trouble)"
    patched = qt_safe_font(original)
    assert point_anchors(patched) == []
    before = cursive_anchors(TTFont(io.BytesIO(original)))
    after = cursive_anchors(TTFont(io.BytesIO(patched)))
    assert len(before) == len(after) > 800
    assert any(a is not None and a[0] == 2 for a in before)
    assert all(a is None or a[0] == 1 for a in after)
    # the same x and y for every anchor: only the contour point is gone
    assert [a and a[1:] for a in before] == [a and a[1:] for a in after]


@pytest.mark.parametrize("name", NASTALIQ)
def test_harfbuzz_shapes_the_window_s_font_exactly_as_the_shipped_one(name: str,
                                                                      seed_text: str) -> None:
    original = font_bytes(name)
    patched = qt_safe_font(original)
    for paragraph in [p for p in seed_text.splitlines() if p.strip()]:
        assert shaped(patched, paragraph) == shaped(original, paragraph)


@pytest.mark.parametrize("name", NASTALIQ)
def test_only_the_anchors_the_names_and_a_bold_weight_change(name: str) -> None:
    original = TTFont(io.BytesIO(font_bytes(name)))
    patched = TTFont(io.BytesIO(qt_safe_font(font_bytes(name))))
    assert sorted(original.keys()) == sorted(patched.keys())
    for tag in original.keys():
        if tag in ("GlyphOrder", "GPOS", "name", "OS/2"):
            continue
        assert original.reader[tag] == patched.reader[tag], tag
    gpos_before, gpos_after = original.reader["GPOS"], patched.reader["GPOS"]
    assert len(gpos_before) == len(gpos_after)  # changed in place: no offset moved
    assert sum(a != b for a, b in zip(gpos_before, gpos_after, strict=True)) == \
        len(point_anchors(font_bytes(name)))  # one byte (the format's low byte) per anchor
    names = patched["name"]
    assert names.getDebugName(1) == original["name"].getDebugName(1) + FAMILY_SUFFIX
    assert names.getDebugName(0) == original["name"].getDebugName(0)  # the copyright stays
    assert names.getDebugName(13) == original["name"].getDebugName(13)  # and the licence
    bold = bool(original["OS/2"].fsSelection & 0x20)
    assert patched["OS/2"].usWeightClass == (700 if bold else original["OS/2"].usWeightClass)


def test_the_bold_nastaliq_is_bold_to_qt() -> None:
    """Qt matches weights by OS/2's weight class, which the shipped bold gives as 400: the
    window emboldened the regular face instead of using the bold one."""
    regular, bold = NASTALIQ
    assert TTFont(io.BytesIO(font_bytes(bold)))["OS/2"].usWeightClass == 400  # as shipped
    assert TTFont(io.BytesIO(qt_safe_font(font_bytes(bold))))["OS/2"].usWeightClass == 700
    assert TTFont(io.BytesIO(qt_safe_font(font_bytes(regular))))["OS/2"].usWeightClass == 400


@pytest.mark.parametrize("name", UNTOUCHED)
def test_fonts_without_contour_point_anchors_are_handed_over_as_they_are(name: str) -> None:
    data = font_bytes(name)
    assert qt_safe_font(data) is data


@pytest.mark.parametrize("data", [b"", b"not a font at all", b"\x00\x01\x00\x00\x00\x09",
                                  font_bytes(NASTALIQ[0])[:2000]])
def test_bytes_that_are_not_a_whole_font_are_refused_clearly(data: bytes) -> None:
    with pytest.raises(FontFormatError):
        qt_safe_font(data)
