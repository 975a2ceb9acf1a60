"""A reduced reproduction for Qt's bug tracker: Qt misplaces glyphs joined by contour-point
cursive anchors (OpenType AnchorFormat 2), as in Noto Nastaliq Urdu.

    .venv/bin/python benchmarks/qt_nastaliq_repro.py [--size PX]

For each word it prints, glyph by glyph, where uharfbuzz puts the glyph (HarfBuzz's own font
functions: hb-view and the reader's PDF agree with it), where Qt's text engine puts it with
the font as shipped, and where Qt puts it once the anchors are rewritten as AnchorFormat 1
with the same coordinates (reader_app/core/screen_font.py, the reader's workaround). Qt's
engine also runs HarfBuzz, but with Qt's own font functions: for an AnchorFormat 2 anchor
HarfBuzz asks them for the contour point, and the point Qt returns is not where the anchor
is (at 1,000 px, three glyphs of شویگو land about 1,160 px too high). Text for the report:

    Title: Glyphs joined by contour-point cursive anchors are misplaced (Noto Nastaliq Urdu)
    Qt 6.6.3, 6.8.3, 6.10.3, 6.11.3 and 6.12.0 (PySide6 wheels, Linux, FreeType), any hinting.
    Font: Noto Nastaliq Urdu 2.000 (OFL; Debian fonts-noto-core): 168 of the 905 entry and
    exit anchors of its cursive lookups (83 distinct anchor tables) are AnchorFormat 2.
    Text: شویگو (U+0634 U+0648 U+06CC U+06AF U+0648).
    Expected: glyph positions as hb-shape / hb-view give them. Actual: see the table; the
    same font with those anchors as AnchorFormat 1 is drawn exactly as HarfBuzz draws it.
    Likely place: the get_glyph_contour_point font function Qt gives HarfBuzz
    (qharfbuzzng.cpp / QFontEngine::getPointInOutline).

tests/ui/test_nastaliq.py::test_qt_still_needs_the_anchor_workaround fails on the day Qt
places them right; then the workaround can go.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

import uharfbuzz as hb

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from reader_app.core.paths import resource_path  # noqa: E402
from reader_app.core.screen_font import point_anchors, qt_safe_font  # noqa: E402

FONT = "NotoNastaliqUrdu-Regular.ttf"
WORDS = ("شویگو", "کا ملک", "ساتھ مل کر")


def harfbuzz(data: bytes, text: str, px: int) -> list[tuple[int, float, float]]:
    """(glyph, x, y) in visual order, y down from the baseline, in pixels."""
    face = hb.Face(data)
    buf = hb.Buffer()
    buf.add_str(text)
    buf.guess_segment_properties()
    hb.shape(hb.Font(face), buf)
    scale, pen, out = px / face.upem, 0, []
    for info, pos in zip(buf.glyph_infos, buf.glyph_positions, strict=True):
        out.append((info.codepoint, (pen + pos.x_offset) * scale, -pos.y_offset * scale))
        pen += pos.x_advance
    return out


def qt(data: bytes, text: str, px: int) -> list[tuple[int, float, float]]:
    """What Qt's text engine does with the same font bytes and text."""
    from PySide6.QtGui import QFont, QFontDatabase, QTextLayout

    font_id = QFontDatabase.addApplicationFontFromData(data)
    try:
        font = QFont()
        font.setFamilies(QFontDatabase.applicationFontFamilies(font_id))
        font.setPixelSize(px)
        font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
        layout = QTextLayout(text, font)
        layout.beginLayout()
        line = layout.createLine()
        line.setLineWidth(100 * px)
        layout.endLayout()
        glyphs = []
        for run in line.glyphRuns():
            placed = list(zip(run.glyphIndexes(), run.positions(), strict=True))
            if run.isRightToLeft():
                placed.reverse()
            glyphs += [(g, p.x(), p.y() - line.ascent()) for g, p in placed]
        return glyphs
    finally:
        QFontDatabase.removeApplicationFont(font_id)


def table(word: str, px: int, shipped: bytes, rewritten: bytes) -> float:
    """Prints one word's glyphs; returns the largest distance from HarfBuzz with the font
    as shipped."""
    ref, as_shipped, fixed = (harfbuzz(shipped, word, px), qt(shipped, word, px),
                              qt(rewritten, word, px))
    x0 = ref[0][1] - as_shipped[0][1], ref[0][1] - fixed[0][1]
    print(f"\n{word}  at {px} px  (x from the leftmost glyph, y down from the baseline)")
    print(f"{'glyph':>6} | {'HarfBuzz':>15} | {'Qt, as shipped':>15} | {'Qt, format 1':>15}")
    worst = 0.0
    for (g, hx, hy), (_g1, sx, sy), (_g2, fx, fy) in zip(ref, as_shipped, fixed, strict=True):
        worst = max(worst, abs(sx + x0[0] - hx), abs(sy - hy))
        print(f"{g:>6} | {hx:7.1f} {hy:7.1f} | {sx + x0[0]:7.1f} {sy:7.1f} | "
              f"{fx + x0[1]:7.1f} {fy:7.1f}")
    return worst


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=1000, help="pixels per em (1000)")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841
    from PySide6 import __version__ as pyside

    shipped = resource_path("fonts", FONT).read_bytes()
    rewritten = qt_safe_font(shipped)
    print(f"Qt (PySide6) {pyside}, uharfbuzz {hb.__version__} (HarfBuzz {hb.version_string()})")
    print(f"{FONT}: {len(point_anchors(shipped))} distinct AnchorFormat 2 cursive anchors")
    worst = max(table(word, args.size, shipped, rewritten) for word in WORDS)
    verdict = "still misplaces them" if worst > args.size / 100 else "now agrees with HarfBuzz"
    print(f"\nlargest distance from HarfBuzz with the font as shipped: {worst:.0f} px "
          f"({worst / args.size:.2f} em): Qt {verdict}")


if __name__ == "__main__":
    main()
