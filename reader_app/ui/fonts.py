"""The shipped fonts: loaded from ``resources/fonts`` at start, never taken from the system."""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase, QFontMetricsF

from reader_app.core.paths import resource_path

log = logging.getLogger(__name__)

FONT_FILES = {
    "nastaliq": ("NotoNastaliqUrdu-Regular.ttf", "NotoNastaliqUrdu-Bold.ttf"),
    "naskh": ("NotoNaskhArabic-Regular.ttf", "NotoNaskhArabic-Bold.ttf"),
}
FALLBACK_FAMILIES = {"nastaliq": "Noto Nastaliq Urdu", "naskh": "Noto Naskh Arabic"}
LICENCE_FILE = "OFL.txt"
MAX_MEASURED_WORDS = 20_000

_families: dict[str, str] = {}


def load_fonts() -> dict[str, str]:
    """Register the shipped fonts once; returns {"nastaliq": family, "naskh": family}."""
    if _families:
        return dict(_families)
    for key, files in FONT_FILES.items():
        for name in files:
            font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", name)))
            if font_id < 0:
                log.warning("the font %s could not be loaded", name)
                continue
            families = QFontDatabase.applicationFontFamilies(font_id)
            if families and key not in _families:
                _families[key] = families[0]
    for key, family in FALLBACK_FAMILIES.items():
        _families.setdefault(key, family)
    return dict(_families)


def family(key: str) -> str:
    return load_fonts().get(key, FALLBACK_FAMILIES["nastaliq"])


def reading_font(key: str, point_size: float) -> QFont:
    """The article font: the chosen shipped family first, the other shipped one as fallback."""
    other = "naskh" if key == "nastaliq" else "nastaliq"
    font = QFont()
    font.setFamilies([family(key), family(other)])
    font.setPointSizeF(max(point_size, 4.0))
    return font


def interface_font(base: QFont) -> QFont:
    """The application font with the shipped Naskh behind it for Urdu letters in menus."""
    font = QFont(base)
    families = [f for f in base.families() if f] or [base.family()]
    if family("naskh") not in families:
        font.setFamilies([*families, family("naskh")])
    return font


def licence_text() -> str:
    try:
        return resource_path("fonts", LICENCE_FILE).read_text(encoding="utf-8")
    except OSError:
        return "SIL Open Font License 1.1 — https://openfontlicense.org"


class InkMeter:
    """Vertical ink extents of words in one font, measured once per word and cached."""

    def __init__(self) -> None:
        self._key: tuple[str, float] | None = None
        self._cache: dict[str, tuple[float, float]] = {}

    def extents(self, font: QFont, text: str) -> tuple[float, float]:
        """(highest ink above the baseline, lowest ink below it), both as positive pixels."""
        key = (font.key(), font.pointSizeF())
        if key != self._key:
            self._key, self._cache = key, {}
        metrics = QFontMetricsF(font)
        above, below = metrics.ascent(), metrics.descent()
        for count, word in enumerate(set(text.split())):
            if count >= MAX_MEASURED_WORDS:
                break
            extent = self._cache.get(word)
            if extent is None:
                rect = metrics.tightBoundingRect(word)
                extent = self._cache[word] = (-rect.top(), rect.bottom())
            above, below = max(above, extent[0]), max(below, extent[1])
        return above, below
