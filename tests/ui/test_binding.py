"""The installed Qt binding must not corrupt the interpreter's reference counts.

PySide6 6.12.0 on Python 3.11 returns ``None`` from every void C++ call and ``True`` from
every ``emit()`` without a reference of its own, so each call takes one away from the
interpreter: after a few thousand (fifteen searches in the window) ``None`` is "freed" and
the process aborts with ``Fatal Python error: none_dealloc``. pyproject.toml leaves that
release out; these probes fail on any binding, present or future, that does it again. From
Python 3.12 ``None`` and ``True`` are immortal and the counts never move.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QTextBlockFormat, QTextCursor, QTextDocument

CALLS = 500
NOISE = 25  # the interpreter's own comings and goings during the loop


def _drift(target: object, call: Callable[[], object]) -> int:
    """How many references ``target`` lost over CALLS calls (positive means lost)."""
    call()  # first-call caches are not the binding's doing
    before = sys.getrefcount(target)
    for _ in range(CALLS):
        call()
    return before - sys.getrefcount(target)


def test_void_calls_keep_none_alive(qapp) -> None:
    document = QTextDocument()
    cursor = QTextCursor(document)
    block = QTextBlockFormat()
    block.setLineHeight(120.0, 1)
    for call in (lambda: document.setDocumentMargin(4.0),
                 lambda: document.setTextWidth(300.0),
                 lambda: document.setPlainText("اردو"),
                 lambda: cursor.setBlockFormat(block),
                 lambda: block.setLineHeight(120.0, 1)):
        assert _drift(None, call) < NOISE


def test_emit_keeps_true_alive(qapp) -> None:
    class Probe(QObject):
        ping = Signal()
        value = Signal(int)

    probe = Probe()
    probe.value.connect(lambda _v: None)
    assert _drift(True, probe.ping.emit) < NOISE
    assert _drift(True, lambda: probe.value.emit(1)) < NOISE
