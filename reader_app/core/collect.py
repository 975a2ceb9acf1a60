"""Whoosh's top-N collector, stopping when the time budget is spent or the caller cancels.

Used for the queries the core's own evaluator (evaluate.py) does not take (NOT).
"""

from __future__ import annotations

import time
from collections.abc import Callable

from whoosh.collectors import TopCollector

# How often (in matched articles) the time budget and the cancel callback are checked.
CHECK_EVERY = 64

Cancelled = Callable[[], bool]


class _Stop(Exception):  # not an error: the collector's way out
    """Raised from inside collecting when time is up or the caller cancelled."""


class _Collector(TopCollector):
    """Whoosh's top-N collector, stopping when told to.

    Matchers are never ``replace()``d: that gains nothing measurable here and built the
    AndMaybe matchers whose phrase boost Whoosh then lost. Block-quality skipping stays (it
    halves the time of common words); when it skipped anything, ``total`` is a lower bound.
    """

    def __init__(self, limit: int, deadline: float, cancelled: Cancelled | None) -> None:
        super().__init__(limit=limit, replace=0)
        self.deadline = deadline
        self.cancelled = cancelled
        self.stopped_by: str | None = None
        self._countdown = CHECK_EVERY

    def collect(self, sub_docnum: int):  # Whoosh's sort key
        self._countdown -= 1
        if self._countdown <= 0:
            self._countdown = CHECK_EVERY
            self.check()
        return super().collect(sub_docnum)

    def set_subsearcher(self, subsearcher, offset: int) -> None:
        self.check()
        super().set_subsearcher(subsearcher, offset)

    def check(self) -> None:
        if self.cancelled is not None and self.cancelled():
            self.stopped_by = "cancelled"
            raise _Stop
        if time.monotonic() > self.deadline:
            self.stopped_by = "time"
            raise _Stop

