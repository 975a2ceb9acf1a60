"""Every choice the reader offers, declared once: its settings key, default, allowed values
and the source text of its labels.

The settings validation (``ui/settings.py``), the View menu (``ui/actions.py``), the font
loading (``ui/fonts.py``, ``core/export/fonts.py``), the PDF body sizes and the command
line's choices all read these declarations, so adding a theme, a font or a size is one edit
here and cannot leave a menu offering a value the settings then reject.

Qt-free on purpose (the command line and the exporter use it without Qt). Label texts are
marked with ``QT_TRANSLATE_NOOP`` in the context of the menus that show them, so lupdate
collects them from this file and the UI translates them with ``QCoreApplication.translate``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

LABEL_CONTEXT = "Actions"  # the translation context of every label below


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate reads
    """Marks ``text`` for lupdate and returns it untranslated."""
    return text


def _frozen(mapping: Mapping[str, str]) -> Mapping[str, str]:
    return MappingProxyType(dict(mapping))


@dataclass(frozen=True)
class Choice:
    """One of a fixed list of text values (theme, language, font, page size)."""

    key: str  # the QSettings key; "" for a choice that is not remembered
    default: str
    values: tuple[str, ...]
    title: str = ""  # the menu's title, source text
    labels: Mapping[str, str] = field(default_factory=lambda: _frozen({}))  # value -> source

    def __post_init__(self) -> None:
        if self.default not in self.values:
            raise ValueError(f"{self.key}: default {self.default!r} not in {self.values}")

    def valid(self, value: object) -> str:
        """``value`` if it is one of the values, else the default: a damaged or hand-edited
        settings file never selects something the window cannot show."""
        return value if isinstance(value, str) and value in self.values else self.default


@dataclass(frozen=True)
class Steps:
    """A whole number offered as a list of steps (font size, line spacing) or a range (zoom).

    A stored value between the steps is kept (an older version may have offered it); one
    outside the range is moved to the nearest end.
    """

    key: str
    default: int
    values: tuple[int, ...]  # the menu's steps, ascending; their ends bound the range
    title: str = ""
    label: str = ""  # "%1 pt": the source text of a step's label, %1 is the number
    step: int = 0  # the increment of zoom in/out; 0 for a menu of steps

    @property
    def low(self) -> int:
        return self.values[0]

    @property
    def high(self) -> int:
        return self.values[-1]

    def valid(self, value: object) -> int:
        try:
            number = int(value)  # type: ignore[call-overload]
        except (TypeError, ValueError):
            return self.default
        return min(max(number, self.low), self.high)


@dataclass(frozen=True)
class FontFamily:
    """A shipped font: its files in ``resources/fonts``, its family name, its use."""

    files: tuple[str, str]  # regular, bold
    family: str  # the family name inside the files (used when loading them failed)
    label: str = ""  # menu label, source text
    export_size: float = 0.0  # PDF body size in points


# Body sizes that give both families a similar apparent size; Nastaliq's letters are small
# for their em and its lines tall, so it is set larger.
READING_FONTS: Mapping[str, FontFamily] = MappingProxyType({
    "nastaliq": FontFamily(("NotoNastaliqUrdu-Regular.ttf", "NotoNastaliqUrdu-Bold.ttf"),
                           "Noto Nastaliq Urdu",
                           QT_TRANSLATE_NOOP("Actions", "Nastaliq (Noto Nastaliq Urdu)"), 15.0),
    "naskh": FontFamily(("NotoNaskhArabic-Regular.ttf", "NotoNaskhArabic-Bold.ttf"),
                        "Noto Naskh Arabic",
                        QT_TRANSLATE_NOOP("Actions", "Naskh (Noto Naskh Arabic)"), 14.0),
})
# Latin letters in articles: the Arabic-script fonts have none. Not a choice in any menu.
LATIN_FONT = FontFamily(("NotoSans-Regular.ttf", "NotoSans-Bold.ttf"), "Noto Sans")
# Emoji in articles and titles (colour bitmaps, one file for both weights); on screen only.
EMOJI_FONT = FontFamily(("NotoColorEmoji.ttf", "NotoColorEmoji.ttf"), "Noto Color Emoji")

THEME = Choice(
    "ui/theme", "auto", ("auto", "light", "dark", "sepia"),
    QT_TRANSLATE_NOOP("Actions", "&Theme"),
    _frozen({"auto": QT_TRANSLATE_NOOP("Actions", "Follow the &System"),
             "light": QT_TRANSLATE_NOOP("Actions", "&Light"),
             "dark": QT_TRANSLATE_NOOP("Actions", "&Dark"),
             "sepia": QT_TRANSLATE_NOOP("Actions", "S&epia")}))
LANGUAGE = Choice(
    "ui/language", "system", ("system", "en", "ur"),
    QT_TRANSLATE_NOOP("Actions", "Lan&guage"),
    # Each language in its own name (an endonym), never translated: a person who cannot
    # read the current interface must still find their own language.
    _frozen({"system": QT_TRANSLATE_NOOP("Actions", "System Language"),
             "en": "English", "ur": "اردو"}))
FONT = Choice(
    "viewer/font", "nastaliq", tuple(READING_FONTS), QT_TRANSLATE_NOOP("Actions", "&Font"),
    _frozen({key: font.label for key, font in READING_FONTS.items()}))
FONT_SIZE = Steps("viewer/size", 18, (12, 14, 16, 18, 20, 24, 28, 32, 40),
                  QT_TRANSLATE_NOOP("Actions", "Text &Size"), QT_TRANSLATE_NOOP("Actions", "%1 pt"))
# Percent of the font's own line height (ascent + descent); never below 100.
LINE_SPACING = Steps("viewer/line_spacing", 150, (100, 125, 150, 175, 200),
                     QT_TRANSLATE_NOOP("Actions", "Line S&pacing"),
                     QT_TRANSLATE_NOOP("Actions", "%1%"))
ZOOM = Steps("viewer/zoom", 100, (50, 300), step=10)

# The colours a highlight can have (the window draws each in the theme's shade of it); the
# last one chosen is remembered.
HIGHLIGHT = Choice(
    "notes/colour", "yellow", ("yellow", "green", "blue", "pink"),
    QT_TRANSLATE_NOOP("Actions", "Highlight in &Colour"),
    _frozen({"yellow": QT_TRANSLATE_NOOP("Actions", "&Yellow"),
             "green": QT_TRANSLATE_NOOP("Actions", "&Green"),
             "blue": QT_TRANSLATE_NOOP("Actions", "&Blue"),
             "pink": QT_TRANSLATE_NOOP("Actions", "&Pink")}))

# Reading aloud: words a minute (espeak-ng's own default is 175).
SPEECH_RATE = Steps("speech/rate", 175, (120, 150, 175, 210, 260),
                    QT_TRANSLATE_NOOP("Actions", "Reading &Speed"),
                    QT_TRANSLATE_NOOP("Actions", "%1 words a minute"))

# Page sizes of an export, in PDF points (width, height); the first is the default.
PAGE_SIZES: Mapping[str, tuple[float, float]] = MappingProxyType(
    {"A4": (595.28, 841.89), "Letter": (612.0, 792.0)})
PAGE_SIZE = Choice("", "A4", tuple(PAGE_SIZES))

