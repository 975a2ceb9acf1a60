"""The shipped fonts: loaded from ``resources/fonts`` at start, never taken from the system."""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase, QFontMetricsF, QGuiApplication

from reader_app.core.options import EMOJI_FONT, FONT, LATIN_FONT, READING_FONTS
from reader_app.core.paths import resource_path
from reader_app.core.screen_font import FontFormatError, qt_safe_font

log = logging.getLogger(__name__)

# The reading fonts of core/options, "sans" for the Latin letters in articles, "emoji".
_SHIPPED = {**READING_FONTS, "sans": LATIN_FONT, "emoji": EMOJI_FONT}
FONT_FILES = {key: font.files for key, font in _SHIPPED.items()}
FALLBACK_FAMILIES = {key: font.family for key, font in _SHIPPED.items()}
LICENCE_FILE = "OFL.txt"
MAX_MEASURED_WORDS = 20_000
# Words whose ink rises or falls furthest (of the 1,300 articles' 26,000 words, as HarfBuzz
# shapes them: ایکسچینج's cascade is 2.9 em tall in Nastaliq, آ and final ي stand out in
# Naskh): with them in a sample, rows measured on the sample fit titles not measured.
TALL_WORDS = ("ایکسچینج کنجینیٹیل میگنیشیئم کیلشیئم کمپیٹیبلیٹی گنگولی نجوم قاسم ٹیم "
              "آزادانہ درآمدی سکي موني پنجگور")
URDU_INTERFACE_MIN_PT = 11.0  # Naskh in menus and labels: about 15 px at 96 dpi

_families: dict[str, str] = {}
_system_font: QFont | None = None


def load_fonts() -> dict[str, str]:
    """Register the shipped fonts once; returns {"nastaliq": family, "naskh": family}."""
    if _families:
        return dict(_families)
    for key, files in FONT_FILES.items():
        for name in dict.fromkeys(files):  # (the emoji font is one file for both weights)
            path = resource_path("fonts", name)
            if not path.exists() and key in ("sans", "emoji"):
                continue  # optional: then the system's own font, if any
            # From bytes, never the file name: FreeType maps a font file it opens, and a
            # file rewritten in place while the reader runs (an in-place upgrade, cp) then
            # kills it with SIGBUS at the next glyph read past the file's new end. PySide6
            # copies the bytes into a QByteArray and Qt keeps that (implicitly shared) for
            # the application's life, so nothing here has to outlive the call; the test in
            # tests/ui/test_resources_rewritten.py frees and overwrites them to be sure.
            try:
                data = qt_safe_font(path.read_bytes())
            except (OSError, FontFormatError) as exc:
                log.warning("the font %s could not be read: %s", name, exc)
                continue
            font_id = QFontDatabase.addApplicationFontFromData(data)
            if font_id < 0:
                log.warning("the font %s could not be loaded", name)
                continue
            families = QFontDatabase.applicationFontFamilies(font_id)
            if families and key not in _families:
                _families[key] = families[0]
    for key, family in FALLBACK_FAMILIES.items():
        _families.setdefault(key, family)
    _use_for_emoji(_families["emoji"])
    return dict(_families)


def _use_for_emoji(emoji: str) -> None:
    """Emoji from the shipped colour font (they showed as empty boxes on a system without
    one). Qt 6.9 and later take emoji sequences (flags, skin tones) from the font named
    here; older Qt finds it as the last family of every font the window sets."""
    add = getattr(QFontDatabase, "addApplicationEmojiFontFamily", None)
    if add is not None and emoji not in QFontDatabase.applicationEmojiFontFamilies():
        add(emoji)


def family(key: str) -> str:
    return load_fonts().get(key, FALLBACK_FAMILIES[FONT.default])


def reading_font(key: str, point_size: float) -> QFont:
    """The article font: the chosen shipped family first, the other shipped one as fallback."""
    other = "naskh" if key == "nastaliq" else "nastaliq"
    font = QFont()
    font.setFamilies([family(key), family(other), family("sans"), family("emoji")])
    font.setPointSizeF(max(point_size, 4.0))
    # Unhinted, glyphs sit where HarfBuzz puts them, to a fraction of a pixel (full hinting
    # rounds every advance: 4 px off HarfBuzz across a line). The partial repaints that once
    # drew words a few pixels apart came from Qt reading the contour-point anchors
    # (core/screen_font.py), which the shipped Nastaliq no longer has on screen.
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font


def apply_interface_font(app: QGuiApplication, language: str) -> None:
    """The system's interface font for Latin text; the shipped Naskh for Urdu letters.

    In the Urdu interface Naskh comes first (and larger: its letters are small for their
    size, and at the system's 9 pt they were a 12 px scrawl), so menus never fall back to
    whatever Arabic-script font the system happens to have.
    """
    global _system_font
    if _system_font is None:
        _system_font = QFont(app.font())
    base = _system_font
    families = [f for f in base.families() if f] or [base.family()]
    naskh = family("naskh")
    font = QFont(base)
    emoji = family("emoji")
    if language == "ur":
        font.setFamilies([naskh, *families, emoji])
        font.setPointSizeF(max(base.pointSizeF() + 2, URDU_INTERFACE_MIN_PT))
    else:
        font.setFamilies([*families, naskh, emoji])
    app.setFont(font)


def latin_font(point_size: float, fallback: QFont) -> QFont:
    """The shipped Noto Sans for Latin paragraphs, the reading fonts behind it."""
    font = QFont(fallback)
    families = [family("sans"), *[f for f in fallback.families() if f != family("sans")]]
    if family("emoji") not in families:
        families.append(family("emoji"))
    font.setFamilies(families)
    font.setPointSizeF(max(point_size, 4.0))
    return font


def licence_text() -> str:
    try:
        return resource_path("fonts", LICENCE_FILE).read_text(encoding="utf-8")
    except OSError:
        return "SIL Open Font License 1.1 — https://openfontlicense.org"


INK_CACHE_WORDS = 20_000  # words whose ink is kept measured (about 4 MB)


class InkMeter:
    """Vertical ink extents of words in one font, measured once per word and cached."""

    def __init__(self) -> None:
        self._key: tuple[str, float] | None = None
        self._cache: dict[str, tuple[float, float]] = {}

    def extents(self, font: QFont, text: str, limit: int = MAX_MEASURED_WORDS
                ) -> tuple[float, float]:
        """(highest ink above the baseline, lowest ink below it), both as positive pixels,
        over the first ``limit`` distinct words of ``text``."""
        key = (font.key(), font.pointSizeF())
        if key != self._key:
            self._key, self._cache = key, {}
        metrics = QFontMetricsF(font)
        above, below = metrics.ascent(), metrics.descent()
        for count, word in enumerate(set(text.split())):
            if count >= limit:
                break
            extent = self._cache.get(word)
            if extent is None:
                if len(self._cache) >= INK_CACHE_WORDS:  # a long session's vocabulary:
                    self._cache.clear()  # measured again rather than kept (~210 B a word)
                rect = metrics.tightBoundingRect(word)
                # A "word" with no ink (a stray ZWSP, a mark on its own) comes back as an
                # empty rect at (100000, 100000): taken as ink, it made the lines 100,000 px
                # apart.
                extent = self._cache[word] = (0.0, 0.0) if rect.isEmpty() else \
                    (-rect.top(), rect.bottom())
            above, below = max(above, extent[0]), max(below, extent[1])
        return above, below
