"""Back and Forward through what was read, as in a browser: every article opened (from the
list, a search result, a note, a bookmark or the Recent menu) is a place, and going back
returns to where the reader was in it, not to its top."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

LIMIT = 200  # places kept; the oldest go first


@dataclass(frozen=True)
class Place:
    """An article (a file, or a row or entry of one) and a position in its document."""

    path: Path
    item: int | None
    position: int = 0

    def same_article(self, other: Place) -> bool:
        return (self.path, self.item) == (other.path, other.item)


class History:
    """Places visited, and where in them the reader is now."""

    def __init__(self) -> None:
        self._places: list[Place] = []
        self._at = -1

    @property
    def current(self) -> Place | None:
        return self._places[self._at] if 0 <= self._at < len(self._places) else None

    def can_go_back(self) -> bool:
        return self._at > 0

    def can_go_forward(self) -> bool:
        return self._at + 1 < len(self._places)

    def visit(self, place: Place) -> None:
        """A new article opened: it follows the current one, and what was ahead is dropped
        (as a browser does). Opening the article already current only moves its place."""
        current = self.current
        if current is not None and current.same_article(place):
            self._places[self._at] = place
            return
        del self._places[self._at + 1:]
        self._places.append(place)
        if len(self._places) > LIMIT:
            del self._places[0]
        self._at = len(self._places) - 1

    def remember(self, position: int) -> None:
        """Where the reader is in the current article (kept for coming back to it)."""
        current = self.current
        if current is not None:
            self._places[self._at] = replace(current, position=position)

    def back(self) -> Place | None:
        if not self.can_go_back():
            return None
        self._at -= 1
        return self.current

    def forward(self) -> Place | None:
        if not self.can_go_forward():
            return None
        self._at += 1
        return self.current
