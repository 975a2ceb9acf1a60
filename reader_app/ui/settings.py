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
from typing import Generic, Protocol, TypeVar, overload

from PySide6.QtCore import QByteArray, QSettings

from reader_app import APP_NAME
from reader_app.core.options import (
    FONT,
    FONT_SIZE,
    HIGHLIGHT,
    LANGUAGE,
    LINE_SPACING,
    SPEECH_RATE,
    THEME,
    ZOOM,
)
from reader_app.ui.models.article_model import COLUMN_KEYS, Column

MAX_POSITIONS = 500

T = TypeVar("T", str, int)


class _Declared(Protocol[T]):
    key: str
    default: T

    def valid(self, value: object) -> T: ...


class _Stored(Generic[T]):
    """A preference read and written through its declaration in ``core/options``.

    Both ways go through the declaration's ``valid``: what is read can always be shown, and
    what is written is what the next start reads back. Writing goes through
    :meth:`Settings._set`, so it reaches the disk at once.
    """

    def __init__(self, option: _Declared[T]) -> None:
        self.option = option

    @overload
    def __get__(self, obj: None, owner: type | None = None) -> _Stored[T]: ...
    @overload
    def __get__(self, obj: Settings, owner: type | None = None) -> T: ...
    def __get__(self, obj: Settings | None, owner: type | None = None) -> T | _Stored[T]:
        if obj is None:
            return self
        return self.option.valid(obj.qs.value(self.option.key, self.option.default))

    def __set__(self, obj: Settings, value: T) -> None:
        obj._set(self.option.key, self.option.valid(value))


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

    # -- appearance and reading (declared in core/options) --------------------------------
    theme = _Stored(THEME)
    language = _Stored(LANGUAGE)
    font = _Stored(FONT)
    font_size = _Stored(FONT_SIZE)
    line_spacing = _Stored(LINE_SPACING)  # percent of the font's own line height
    zoom = _Stored(ZOOM)
    highlight = _Stored(HIGHLIGHT)  # the colour of the last highlight made
    speech_rate = _Stored(SPEECH_RATE)  # words a minute, reading aloud

    @property
    def speech_voice(self) -> str:
        """The voice reading aloud ("" for the engine's own Urdu voice)."""
        value = self.qs.value("speech/voice", "")
        return value if isinstance(value, str) else ""

    @speech_voice.setter
    def speech_voice(self, value: str) -> None:
        self._set("speech/voice", value)

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
        """(column, Qt.SortOrder value); column -1 keeps the index order. Stored by the
        column's name ("published"), so a column added later does not shift it."""
        default = (int(Column.PUBLISHED), 1)
        by_name = {name: int(column) for column, name in COLUMN_KEYS.items()}
        value = self._json("library/sort_by", None)
        if value is None:  # written by a version whose columns were title, date, length
            old = self._json("library/sort", None)
            if (isinstance(old, list) and len(old) == 2 and all(isinstance(v, int) for v in old)
                    and -1 <= old[0] <= 2 and old[1] in (0, 1)):
                return (-1, 0, 2, 3)[old[0] + 1], old[1]
            return default
        if (isinstance(value, list) and len(value) == 2 and value[1] in (0, 1)
                and (value[0] in by_name or value[0] == "")):
            return by_name.get(value[0], -1), value[1]
        return default

    @sort.setter
    def sort(self, value: tuple[int, int]) -> None:
        name = COLUMN_KEYS.get(Column(value[0]), "") if 0 <= value[0] < len(COLUMN_KEYS) else ""
        self._set("library/sort_by", json.dumps([name, int(value[1])]))

    @property
    def list_columns(self) -> dict[str, object]:
        """The article list's columns as the person left them: ``hidden`` (column names)
        and ``widths`` (name: pixels); unknown names and odd values are dropped."""
        value = self._json("library/columns", {})
        if not isinstance(value, dict):
            return {"hidden": [], "widths": {}}
        names = set(COLUMN_KEYS.values()) - {"title"}
        hidden = value.get("hidden", [])
        widths = value.get("widths", {})
        return {
            "hidden": [h for h in hidden if h in names] if isinstance(hidden, list) else [],
            "widths": {k: v for k, v in widths.items() if k in names and isinstance(v, int)
                       and 16 <= v <= 2000} if isinstance(widths, dict) else {},
        }

    @list_columns.setter
    def list_columns(self, value: dict[str, object]) -> None:
        self._set("library/columns", json.dumps(value, sort_keys=True))

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
