"""A long document laid out in small steps, so the window never freezes behind it.

Qt lays a ``QTextDocument`` out lazily after it is shown, but each of its steps doubles (up
to 200,000 characters): Nastaliq costs about a microsecond a character to shape, so a 2 MB
article froze the window for 300 ms at a time, and anything that needed a place far down
(a saved reading position, a hit, Ctrl+End) laid out everything above it at once (1.6 s).

Every document change sets Qt's step back to its smallest (1,000 characters), so while the
document is not yet laid out to its end the pacer marks the part not laid out (from the
last block that is) as changed every ``RESET_MS``, and Qt's steps never grow past a few
tens of milliseconds. A place beyond what is laid out is reached the same
way, a bounded stretch per tick (:meth:`when_laid_out`); short documents are laid out at
once.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QTextBlock, QTextDocument

RESET_MS = 40  # Qt's steps between two resets: 1, 2, 4 and 8 thousand characters
STEP_BUDGET_S = 0.025  # layout forced per tick while a far place is waited for
AT_ONCE = 40_000  # characters laid out without waiting (about 50 ms of Nastaliq)
MAX_CHUNK = 30_000  # characters forced in one tick at most, however quick the last was


class LayoutPacer(QObject):
    """Paces the layout of ``document()``'s current document (it may be replaced)."""

    def __init__(self, document: Callable[[], QTextDocument],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._timer = QTimer(self)
        self._timer.setInterval(RESET_MS)
        self._timer.timeout.connect(self._tick)
        self._target = -1
        self._then: Callable[[], None] | None = None
        self._chunk = 4_000  # characters forced per tick, adapted to STEP_BUDGET_S

    # -- state -----------------------------------------------------------------------------
    def laid_out(self) -> bool:
        """Whether the whole document is laid out."""
        return self._document().lastBlock().layout().lineCount() > 0

    def edge(self) -> QTextBlock:
        """The last block laid out so far (blocks are laid out in order)."""
        document = self._document()
        low, high = 0, document.blockCount() - 1
        if not document.findBlockByNumber(0).layout().lineCount():
            return document.findBlockByNumber(0)
        while low < high:
            middle = (low + high + 1) // 2
            if document.findBlockByNumber(middle).layout().lineCount():
                low = middle
            else:
                high = middle - 1
        return document.findBlockByNumber(low)

    def _visible_size(self) -> bool:
        """Qt lays nothing out until the document has a page width (the view is shown)."""
        return self._document().pageSize().width() > 0

    # -- pacing ----------------------------------------------------------------------------
    def start(self) -> None:
        """Keep Qt's background layout of the (new, changed or re-wrapped) document small."""
        if not self._timer.isActive():
            self._timer.start()

    def when_laid_out(self, position: int, then: Callable[[], None]) -> None:
        """Call ``then`` once the document is laid out as far as ``position``: at once when
        it is, or after at most ``AT_ONCE`` characters more; else over the next ticks (the
        latest request replaces one still waiting)."""
        self._target, self._then = -1, None
        if self._reached(position) or not self._visible_size():
            then()
            return
        if self._block_at(position).position() - self.edge().position() <= AT_ONCE:
            self._lay_out_to(position)
            then()
            return
        self._target, self._then = position, then
        self.start()

    def cancel(self) -> None:
        """Forget a place still waited for (another article, another hit)."""
        self._target, self._then = -1, None

    @property
    def waiting(self) -> bool:
        return self._then is not None

    def _tick(self) -> None:
        if not self._visible_size() or self.laid_out():
            self._timer.stop()  # started again when shown, re-wrapped or replaced
            self._finish_wait()
            return
        document = self._document()
        # The rest of the document, from the last block laid out, marked as changed: a
        # change of the edge block alone made Qt walk the unlaid blocks as empty and take
        # the layout for finished, leaving the rest of the article blank.
        edge = self.edge().position()
        blocked = document.blockSignals(True)  # nobody is told of a change that is none
        try:
            document.markContentsDirty(edge, document.characterCount() - edge)
        finally:
            document.blockSignals(blocked)
        if self._then is not None:
            self._advance()

    def _advance(self) -> None:
        """One bounded stretch towards the place waited for."""
        start = self.edge().position()
        began = time.perf_counter()
        self._lay_out_to(min(self._target, start + self._chunk))
        took = time.perf_counter() - began
        if took > 0:  # the next stretch as long as fits the budget, growing gently
            scale = min(STEP_BUDGET_S / took, 2.0)
            self._chunk = int(min(max(self._chunk * scale, 1_000), MAX_CHUNK))
        if self._reached(self._target):
            self._finish_wait()

    def _finish_wait(self) -> None:
        then = self._then
        self._target, self._then = -1, None
        if then is not None:
            then()

    def _block_at(self, position: int) -> QTextBlock:
        document = self._document()
        position = min(max(position, 0), max(document.characterCount() - 1, 0))
        return document.findBlock(position)

    def _reached(self, position: int) -> bool:
        return self._block_at(position).layout().lineCount() > 0

    def _lay_out_to(self, position: int) -> None:
        document = self._document()
        document.documentLayout().blockBoundingRect(self._block_at(position))
