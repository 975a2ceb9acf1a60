"""HarfBuzz's own shaping, to hold what Qt draws against: glyph runs of a laid-out line are
compared, run by run, with uharfbuzz shaping the same text in the same shipped font (the
original files, not the copies the window registers: core/screen_font.py)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import numpy as np
import uharfbuzz as hb

from reader_app.core.options import LATIN_FONT, READING_FONTS
from reader_app.core.paths import resource_path

TOLERANCE_PX = 1.0


@dataclass(frozen=True)
class Shaped:
    """One glyph where HarfBuzz puts it: origin x from the run's start, y below the baseline
    (down, as Qt's y), in pixels."""

    gid: int
    x: float
    y: float


@cache
def _font(family: str, bold: bool) -> tuple[hb.Font, int] | None:
    for font in (*READING_FONTS.values(), LATIN_FONT):
        if family.startswith(font.family):
            path = resource_path("fonts", font.files[1 if bold else 0])
            face = hb.Face(path.read_bytes())
            return hb.Font(face), face.upem
    return None


def shape(text: str, start: int, end: int, family: str, bold: bool, px: float,
          rtl: bool) -> list[Shaped] | None:
    """``text[start:end]`` shaped (the rest of ``text`` as context) in the shipped font of
    ``family``, in visual order left to right; None for a font that is not shipped."""
    found = _font(family, bold)
    if found is None:
        return None
    font, upem = found
    buf = hb.Buffer()
    buf.add_str(text, start, end - start)
    buf.guess_segment_properties()
    buf.direction = "rtl" if rtl else "ltr"
    hb.shape(font, buf)
    scale = px / upem
    out, pen = [], 0
    for info, pos in zip(buf.glyph_infos, buf.glyph_positions, strict=True):
        out.append(Shaped(info.codepoint, (pen + pos.x_offset) * scale, -pos.y_offset * scale))
        pen += pos.x_advance
    return out


@dataclass
class LineCheck:
    """What :func:`compare_line` found: glyphs held against HarfBuzz, and the differences."""

    glyphs: int = 0
    problems: list[str] | None = None
    unmapped: int = 0  # glyphs Qt gave characters of another font: not comparable

    def __post_init__(self) -> None:
        self.problems = self.problems or []


def compare_line(text: str, line: object, family: str | None = None) -> LineCheck:
    """Hold a laid-out ``QTextLine`` of ``text`` against HarfBuzz, glyph run by glyph run.

    A run is cut into stretches of consecutive characters; each stretch is shaped by
    HarfBuzz with the whole paragraph as context, and must give the same glyphs, each within
    ``TOLERANCE_PX`` of where HarfBuzz puts it relative to its neighbours. Characters the
    font lacks (HarfBuzz's glyph 0: a quotation mark Qt takes from another font) cut a
    stretch in two. ``family`` limits the check to the runs of that font: Qt numbers the
    characters of a run it had to take from a fallback font unreliably.
    """
    from PySide6.QtGui import QTextLayout

    # Qt counts UTF-16 units, Python code points: the same only below U+10000 (no emoji)
    assert all(ord(ch) <= 0xFFFF for ch in text), "compare_line takes BMP text only"
    check = LineCheck()
    runs = line.glyphRuns(-1, -1, QTextLayout.GlyphRunRetrievalFlag.RetrieveAll)
    end = line.textStart() + line.textLength()
    while end > line.textStart() and text[end - 1].isspace():
        end -= 1  # a wrapped line draws no glyph for the space it ends with
    starts = sorted({i for run in runs for i in run.stringIndexes() if i < end})
    following = {a: b for a, b in zip(starts, [*starts[1:], end], strict=True)}
    for run in runs:
        raw = run.rawFont()
        if family is not None and raw.familyName() != family:
            continue
        glyphs = [(g, p, i) for g, p, i in zip(run.glyphIndexes(), run.positions(),
                                                 run.stringIndexes(), strict=True) if i < end]
        if run.isRightToLeft():
            glyphs.reverse()  # Qt lists a right-to-left run's glyphs in reading order
        clusters = sorted({i for _g, _p, i in glyphs})
        stretches: list[list[int]] = []
        for i in clusters:
            if stretches and following[stretches[-1][-1]] == i:
                stretches[-1].append(i)
            else:
                stretches.append([i])
        for stretch in stretches:
            first, last = stretch[0], following[stretch[-1]]
            mine = [(g, p) for g, p, i in glyphs if first <= i < last]
            ref = shape(text, first, last, raw.familyName(), raw.weight() >= 600,
                        raw.pixelSize(), run.isRightToLeft())
            what = f"{text[first:last]!r} in {raw.familyName()} {raw.pixelSize():g} px"
            if ref is None:
                check.problems.append(f"{what}: not a shipped font")
                continue
            found = [s.gid for s in ref if s.gid]
            if not found:  # the font has none of these characters: Qt misnumbered the run
                check.unmapped += len(mine)
                continue
            if [g for g, _p in mine] != found:
                check.problems.append(f"{what}: glyphs {[g for g, _p in mine]} where "
                                      f"HarfBuzz has {found}")
                continue
            worst, k = 0.0, 0
            for part in _split_at_missing(ref):
                ours = mine[k:k + len(part)]
                k += len(part)
                dx, dy = ours[0][1].x() - part[0].x, ours[0][1].y() - part[0].y
                worst = max(worst, *(max(abs(p.x() - s.x - dx), abs(p.y() - s.y - dy))
                                     for (_g, p), s in zip(ours, part, strict=True)))
            check.glyphs += len(mine)
            if worst > TOLERANCE_PX:
                check.problems.append(f"{what}: a glyph {worst:.1f} px from HarfBuzz's place")
    return check


def _split_at_missing(ref: list[Shaped]) -> list[list[Shaped]]:
    parts: list[list[Shaped]] = [[]]
    for glyph in ref:
        if glyph.gid:
            parts[-1].append(glyph)
        elif parts[-1]:
            parts.append([])
    return [part for part in parts if part]


def compare_layout(text: str, layout: object, **kwargs: str | None) -> LineCheck:
    """:func:`compare_line` over every line of a ``QTextLayout`` (a paragraph)."""
    total = LineCheck()
    for n in range(layout.lineCount()):
        found = compare_line(text, layout.lineAt(n), **kwargs)
        total.glyphs += found.glyphs
        total.unmapped += found.unmapped
        total.problems += found.problems
    return total


# -- pictures: what a widget shows, against HarfBuzz's own rendering ---------------------------
def _gray(image: object) -> np.ndarray:
    from PySide6.QtGui import QImage

    img = image.convertToFormat(QImage.Format.Format_Grayscale8)
    width, height, stride = img.width(), img.height(), img.bytesPerLine()
    data = np.frombuffer(img.constBits(), dtype=np.uint8, count=stride * height)
    return data.reshape(height, stride)[:, :width].astype(np.float32)


def ink(image: object) -> np.ndarray:
    """Ink as positive values whatever the theme: distance from the commonest colour."""
    gray = _gray(image)
    page = np.bincount(gray.astype(np.uint8).ravel(), minlength=256).argmax()
    return np.abs(gray - page)


def _trimmed(a: np.ndarray) -> np.ndarray:
    ys, xs = np.nonzero(a > 40)
    return a[ys.min():ys.max() + 1, xs.min():xs.max() + 1]


def harfbuzz_picture(text: str, font_file: str, px: int) -> np.ndarray:
    """``text`` drawn at HarfBuzz's positions (uharfbuzz on the shipped file) through a
    QGlyphRun: the reference, as hb-view would draw it."""
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QColor, QFont, QGlyphRun, QImage, QPainter, QRawFont

    data = resource_path("fonts", font_file).read_bytes()
    face = hb.Face(data)
    buf = hb.Buffer()
    buf.add_str(text)
    buf.guess_segment_properties()
    hb.shape(hb.Font(face), buf)
    scale = px / face.upem
    width = int(sum(p.x_advance for p in buf.glyph_positions) * scale) + 4 * px
    image = QImage(width, 5 * px, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    ids, places, x = [], [], 2.0 * px
    for info, pos in zip(buf.glyph_infos, buf.glyph_positions, strict=True):
        ids.append(info.codepoint)
        places.append(QPointF(x + pos.x_offset * scale, 3.0 * px - pos.y_offset * scale))
        x += pos.x_advance * scale
    run = QGlyphRun()
    run.setRawFont(QRawFont(data, px, QFont.HintingPreference.PreferNoHinting))
    run.setGlyphIndexes(ids)
    run.setPositions(places)
    painter = QPainter(image)
    painter.setPen(QColor("black"))
    painter.drawGlyphRun(QPointF(0, 0), run)
    painter.end()
    return _trimmed(ink(image))


def qt_picture(text: str, family: str, px: int) -> np.ndarray:
    """``text`` as Qt's own engine draws it in ``family`` (for contrast)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QColor, QFont, QImage, QPainter

    image = QImage(len(text) * px, 5 * px, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    font = QFont()
    font.setFamilies([family])
    font.setPixelSize(px)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    painter = QPainter(image)
    painter.setFont(font)
    painter.setPen(QColor("black"))
    painter.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    painter.drawText(px, 3 * px, text)
    painter.end()
    return _trimmed(ink(image))


def best_match(screen: np.ndarray, template: np.ndarray) -> float:
    """The highest normalised cross-correlation of ``template`` anywhere on ``screen``
    (1.0: the same pixels); computed with FFTs."""
    big_h, big_w = screen.shape
    h, w = template.shape
    if h >= big_h or w >= big_w:
        return 0.0
    t = template - template.mean()
    norm = np.sqrt((t ** 2).sum())
    spectrum = np.fft.rfft2(screen, s=(big_h, big_w))
    kernel = np.fft.rfft2(t[::-1, ::-1], s=(big_h, big_w))
    num = np.fft.irfft2(spectrum * kernel, s=(big_h, big_w))[h - 1:, w - 1:]
    c1 = np.pad(screen, ((1, 0), (1, 0))).cumsum(0).cumsum(1)
    c2 = np.pad(screen ** 2, ((1, 0), (1, 0))).cumsum(0).cumsum(1)

    def box(c: np.ndarray) -> np.ndarray:
        return c[h:, w:] - c[:-h, w:] - c[h:, :-w] + c[:-h, :-w]

    s1, s2 = box(c1), box(c2)
    var = np.maximum(s2 - s1 ** 2 / (h * w), 1e-6)
    return float((num / (np.sqrt(var) * norm)).max())


def scores(picture: np.ndarray, text: str, px: int) -> tuple[float, float]:
    """How well HarfBuzz's rendering of ``text`` (Noto Nastaliq Urdu at ``px`` ± 1) matches
    the picture, and how well Qt's own rendering with the font as shipped does (the drawing
    the window had before core/screen_font.py). Needs a QGuiApplication."""
    from PySide6.QtGui import QFontDatabase

    regular = READING_FONTS["nastaliq"].files[0]
    shipped = QFontDatabase.addApplicationFontFromData(
        resource_path("fonts", regular).read_bytes())
    try:
        family = QFontDatabase.applicationFontFamilies(shipped)[0]
        sizes = (px - 1, px, px + 1)
        return (max(best_match(picture, harfbuzz_picture(text, regular, p)) for p in sizes),
                max(best_match(picture, qt_picture(text, family, p)) for p in sizes))
    finally:
        QFontDatabase.removeApplicationFont(shipped)
