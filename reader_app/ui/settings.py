"""A typed wrapper over QSettings: every preference the reader remembers, with safe defaults.

Values are validated on the way out, so a hand-edited or damaged settings file can never put
the window into a state it cannot show. Every change is written to disk at once
(:meth:`Settings._set`): QSettings would otherwise keep it in memory until it happens to
sync, and a crash or a killed session would lose what the person just chose. Lists are
stored as JSON text: QSettings turns a one-element list into a plain string in INI files.
"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from reader_app import APP_NAME

THEMES = ("auto", "light", "dark", "sepia")
LANGUAGES = ("system", "en", "ur")
FONTS = ("nastaliq", "naskh")
FONT_SIZES = (12, 14, 16, 18, 20, 24, 28, 32, 40)
LINE_SPACINGS = (100, 125, 150, 175, 200)
ZOOM_MIN, ZOOM_MAX, ZOOM_STEP = 50, 300, 10
MAX_POSITIONS = 500


class Settings:
    """Preferences in QSettings (organisation and application "UrduReader").

    ``path`` points at an INI file instead of the platform's place; tests use it so that no
    run ever reads or writes the person's real settings.
    """

    def __init__(self, path: Path | None = None) -> None:
        if path is None:
            self.qs = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                                APP_NAME, APP_NAME)
        else:
            self.qs = QSettings(str(path), QSettings.Format.IniFormat)

    # -- helpers ---------------------------------------------------------------------------
    def _str(self, key: str, default: str, allowed: tuple[str, ...]) -> str:
        value = self.qs.value(key, default)
        return value if isinstance(value, str) and value in allowed else default

    def _int(self, key: str, default: int, low: int, high: int) -> int:
        try:
            value = int(self.qs.value(key, default))
        except (TypeError, ValueError):
            return default
        return min(max(value, low), high)

    def _json(self, key: str, default: object) -> object:
        raw = self.qs.value(key)
        if not isinstance(raw, str):
            return default
        try:
            return json.loads(raw)
        except ValueError:
            return default

    def _bytes(self, key: str) -> QByteArray | None:
        value = self.qs.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def _set(self, key: str, value: object) -> None:
        if self.qs.value(key) == value:
            return  # unchanged: no disk write (positions and layout are saved often)
        self.qs.setValue(key, value)
        self.qs.sync()

    def sync(self) -> None:
        self.qs.sync()

    # -- appearance ------------------------------------------------------------------------
    @property
    def theme(self) -> str:
        return self._str("ui/theme", "auto", THEMES)

    @theme.setter
    def theme(self, value: str) -> None:
        self._set("ui/theme", value if value in THEMES else "auto")

    @property
    def language(self) -> str:
        return self._str("ui/language", "system", LANGUAGES)

    @language.setter
    def language(self, value: str) -> None:
        self._set("ui/language", value if value in LANGUAGES else "system")

    # -- reading ---------------------------------------------------------------------------
    @property
    def font(self) -> str:
        return self._str("viewer/font", "nastaliq", FONTS)

    @font.setter
    def font(self, value: str) -> None:
        self._set("viewer/font", value if value in FONTS else "nastaliq")

    @property
    def font_size(self) -> int:
        return self._int("viewer/size", 18, FONT_SIZES[0], FONT_SIZES[-1])

    @font_size.setter
    def font_size(self, value: int) -> None:
        self._set("viewer/size", int(value))

    @property
    def line_spacing(self) -> int:
        """Percent of the font's own line height (ascent + descent); never below 100."""
        return self._int("viewer/line_spacing", 150, LINE_SPACINGS[0], LINE_SPACINGS[-1])

    @line_spacing.setter
    def line_spacing(self, value: int) -> None:
        self._set("viewer/line_spacing", int(value))

    @property
    def zoom(self) -> int:
        return self._int("viewer/zoom", 100, ZOOM_MIN, ZOOM_MAX)

    @zoom.setter
    def zoom(self, value: int) -> None:
        self._set("viewer/zoom", min(max(int(value), ZOOM_MIN), ZOOM_MAX))

    # -- window ----------------------------------------------------------------------------
    @property
    def geometry(self) -> QByteArray | None:
        return self._bytes("window/geometry")

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._set("window/geometry", value)

    @property
    def window_state(self) -> QByteArray | None:
        return self._bytes("window/state")

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self._set("window/state", value)

    def splitter_sizes(self, name: str) -> list[int] | None:
        sizes = self._json(f"window/splitter_{name}", None)
        if isinstance(sizes, list) and sizes and all(isinstance(s, int) and s >= 0 for s in sizes):
            return sizes
        return None

    def set_splitter_sizes(self, name: str, sizes: list[int]) -> None:
        self._set(f"window/splitter_{name}", json.dumps([int(s) for s in sizes]))

    # -- library ---------------------------------------------------------------------------
    @property
    def folders(self) -> list[Path]:
        value = self._json("library/folders", [])
        if not isinstance(value, list):
            return []
        return [Path(v) for v in value if isinstance(v, str) and v]

    @folders.setter
    def folders(self, value: list[Path]) -> None:
        unique = list(dict.fromkeys(str(p) for p in value))
        self._set("library/folders", json.dumps(unique, ensure_ascii=False))

    @property
    def list_filter(self) -> str:
        value = self.qs.value("library/filter", "")
        return value if isinstance(value, str) else ""

    @list_filter.setter
    def list_filter(self, value: str) -> None:
        self._set("library/filter", value)

    @property
    def sort(self) -> tuple[int, int]:
        """(column, Qt.SortOrder value); column -1 keeps the index order."""
        value = self._json("library/sort", [1, 1])
        if (isinstance(value, list) and len(value) == 2 and all(isinstance(v, int) for v in value)
                and -1 <= value[0] <= 2 and value[1] in (0, 1)):
            return value[0], value[1]
        return 1, 1

    @sort.setter
    def sort(self, value: tuple[int, int]) -> None:
        self._set("library/sort", json.dumps([int(value[0]), int(value[1])]))

    @property
    def last_article(self) -> str:
        value = self.qs.value("library/last_article", "")
        return value if isinstance(value, str) else ""

    @last_article.setter
    def last_article(self, value: str) -> None:
        self._set("library/last_article", value)

    # -- reading positions -----------------------------------------------------------------
    def position(self, article_id: str) -> int:
        positions = self._positions()
        value = positions.get(article_id, 0)
        return value if isinstance(value, int) and value >= 0 else 0

    def set_position(self, article_id: str, position: int) -> None:
        positions = self._positions()
        positions.pop(article_id, None)
        if position > 0:
            positions[article_id] = int(position)
        while len(positions) > MAX_POSITIONS:  # the oldest entries go first
            positions.pop(next(iter(positions)))
        self._set("reading/positions", json.dumps(positions))

    def _positions(self) -> dict[str, int]:
        value = self._json("reading/positions", {})
        return value if isinstance(value, dict) else {}
