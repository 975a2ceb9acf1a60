"""Light, dark and follow-the-system themes through pyqtdarktheme (the ``qdarktheme`` API).

"Follow the system" is resolved here, from Qt's own colour-scheme hint, and only "light" or
"dark" is ever handed to qdarktheme: its "auto" mode starts an OS listener thread that can
keep the process alive after the window has closed.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication

log = logging.getLogger(__name__)

# Extra rules on top of qdarktheme: room around the article text and readable tool tips.
EXTRA_QSS = """
QTextBrowser#articleViewer { padding: 0px; }
QLabel#searchStatus, QLabel#suggestion, QLabel#searched { padding: 2px 4px; }
"""


@dataclass(frozen=True)
class Colors:
    """Colours that are not in the palette: search hits in the viewer and in snippets."""

    dark: bool
    hit_back: QColor
    hit_fore: QColor
    current_back: QColor
    current_fore: QColor

    @property
    def snippet_css(self) -> str:
        return (f"b {{ background-color: {self.hit_back.name()}; color: {self.hit_fore.name()};"
                " font-weight: normal; }")


LIGHT = Colors(False, QColor("#ffe27a"), QColor("#000000"), QColor("#ff9b3d"), QColor("#000000"))
DARK = Colors(True, QColor("#6b5a00"), QColor("#ffffff"), QColor("#c25e00"), QColor("#ffffff"))


def system_is_dark() -> bool:
    scheme = QGuiApplication.styleHints().colorScheme()
    if scheme == Qt.ColorScheme.Dark:
        return True
    if scheme == Qt.ColorScheme.Light:
        return False
    try:
        import darkdetect  # a one-off question; no listener is started

        return darkdetect.theme() == "Dark"
    except Exception:  # noqa: BLE001 - unknown means light
        return False


class ThemeManager(QObject):
    """Applies a theme mode ("auto", "light", "dark") and follows the system in "auto"."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.mode = "auto"
        self.colors = LIGHT
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._system_changed)

    def apply(self, mode: str) -> None:
        self.mode = mode if mode in ("auto", "light", "dark") else "auto"
        dark = system_is_dark() if self.mode == "auto" else self.mode == "dark"
        try:
            import qdarktheme

            qdarktheme.setup_theme("dark" if dark else "light", corner_shape="rounded",
                                   additional_qss=EXTRA_QSS)
        except Exception:  # noqa: BLE001 - a missing theme must not stop the reader
            log.warning("the theme could not be applied", exc_info=True)
        self.colors = DARK if dark else LIGHT
        self.changed.emit()

    def _system_changed(self, _scheme: Qt.ColorScheme) -> None:
        if self.mode == "auto":
            self.apply("auto")
