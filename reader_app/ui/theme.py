"""Light, dark, sepia and follow-the-system themes through pyqtdarktheme (``qdarktheme``).

"Follow the system" is resolved here, from Qt's own colour-scheme hint, and only "light" or
"dark" is ever handed to qdarktheme: its "auto" mode starts an OS listener thread that can
keep the process alive after the window has closed.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from reader_app.core.options import HIGHLIGHT, THEME

log = logging.getLogger(__name__)

# Extra rules on top of qdarktheme: room around the article text and readable tool tips.
EXTRA_QSS = """
QTextBrowser#articleViewer { padding: 0px; }
QLabel#searchStatus, QLabel#suggestion, QLabel#searched { padding: 2px 4px; }
QHeaderView::down-arrow:horizontal, QHeaderView::up-arrow:horizontal { margin-left: 0px; }
"""
# qdarktheme pulls the sort arrow 19 px leftwards, into the section's right padding; in a
# right-to-left header the arrow sits on the left, and that margin pushed it out of sight.


@dataclass(frozen=True)
class Colors:
    """Colours that are not in the palette: search hits in the viewer and in snippets, and
    the reader's highlights (paler than hits, so a hit inside a highlight still shows)."""

    dark: bool
    hit_back: QColor
    hit_fore: QColor
    current_back: QColor
    current_fore: QColor
    highlight: tuple[str, str, str, str] = ("#fff3b8", "#ccf0c6", "#cde0fc", "#fbd3e7")
    spoken_back: str = "#a9dcf5"  # the word being read aloud

    @property
    def marks(self) -> dict[str, QColor]:
        """A highlight's colour name (core/options.HIGHLIGHT) -> its background here."""
        return {name: QColor(colour)
                for name, colour in zip(HIGHLIGHT.values, self.highlight, strict=True)}

    @property
    def snippet_css(self) -> str:
        return (f"b {{ background-color: {self.hit_back.name()}; color: {self.hit_fore.name()};"
                " font-weight: normal; }")


LIGHT = Colors(False, QColor("#ffe27a"), QColor("#000000"), QColor("#ff9b3d"), QColor("#000000"))
SEPIA = Colors(False, QColor("#f2c66d"), QColor("#3b2a1a"), QColor("#e08a3c"), QColor("#000000"),
               ("#ecd896", "#cfdcb2", "#c8d3dc", "#e9c6c9"))
# Warm paper and brown ink for long reading: qdarktheme's light theme in other colours.
SEPIA_THEME = {"background": "#efe4cc", "background>textarea": "#f6eedb",
               "background>table": "#f6eedb", "background>panel": "#f2e8d2",
               "foreground": "#4a3728", "primary": "#9c5b2e", "border": "#d8c8a8",
               "input.background": "#f8f2e4"}
DARK = Colors(True, QColor("#8a7000"), QColor("#ffffff"), QColor("#c25e00"), QColor("#ffffff"),
              ("#5a5222", "#27502e", "#27416a", "#5c2a48"), "#1d5b78")


def focus_colour() -> QColor:
    """The colour of the frame around the row the keyboard is on: the theme's highlight,
    taken from the application (item views' own palettes carry a transparent one)."""
    colour = QColor(QGuiApplication.palette().color(QPalette.ColorRole.Highlight))
    colour.setAlpha(255)
    return colour


def focus_qss(colour: QColor) -> str:
    """Where the keyboard is, in every theme: qdarktheme draws no focus on buttons and item
    views (``QWidget:focus {outline: none}``), so a Tab onto "Show more results", the
    status bar's Cancel, a line edit's ✕ or an empty results list showed nothing."""
    c = colour.name()
    return (f"\nQPushButton:focus, QToolButton:focus {{ border: 2px solid {c}; }}"
            f"\nQAbstractItemView:focus {{ border: 1px solid {c}; }}\n")


def system_is_dark() -> bool:
    scheme = QGuiApplication.styleHints().colorScheme()
    if scheme == Qt.ColorScheme.Dark:
        return True
    if scheme == Qt.ColorScheme.Light:
        return False
    try:
        import darkdetect  # a one-off question; no listener is started

        return darkdetect.theme() == "Dark"
    except Exception:  # unknown means light
        return False


class ThemeManager(QObject):
    """Applies a theme mode ("auto", "light", "dark") and follows the system in "auto"."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.mode = THEME.default
        self.colors = LIGHT
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._system_changed)

    def apply(self, mode: str) -> None:
        self.mode = THEME.valid(mode)
        dark = system_is_dark() if self.mode == "auto" else self.mode == "dark"
        sepia = self.mode == "sepia"
        try:
            import qdarktheme

            qdarktheme.setup_theme("dark" if dark else "light", corner_shape="rounded",
                                   custom_colors=SEPIA_THEME if sepia else None,
                                   additional_qss=EXTRA_QSS)
            app = QApplication.instance()
            if isinstance(app, QApplication):
                app.setStyleSheet(app.styleSheet() + focus_qss(focus_colour()))
        except Exception:  # a missing theme must not stop the reader
            log.warning("the theme could not be applied", exc_info=True)
        self.colors = SEPIA if sepia else DARK if dark else LIGHT
        self.changed.emit()

    def _system_changed(self, _scheme: Qt.ColorScheme) -> None:
        if self.mode == "auto":
            self.apply("auto")
