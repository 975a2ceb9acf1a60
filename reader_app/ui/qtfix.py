"""A guard against a reference-count bug in PySide6 6.12 on Python 3.11.

``SignalInstance.emit()`` there returns ``True`` without taking a reference to it, so every
emit from Python code takes one reference away from ``True``. After a few thousand emits
(an index refresh makes dozens) ``True`` is "freed" and the process aborts with
``Fatal Python error: bool_dealloc``. From Python 3.12 ``True`` and ``False`` are immortal
and the bug is harmless.

``protect_bools`` checks for the bug with a few emits and, only when it is there, gives
``True`` and ``False`` a reserve of references large enough for any session.
"""

from __future__ import annotations

import ctypes
import sys

RESERVE = 1 << 40
_applied = False


def emit_steals_true() -> bool:
    from PySide6.QtCore import QObject, Signal

    class _Probe(QObject):
        ping = Signal()

    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(16):
        probe.ping.emit()
    return sys.getrefcount(True) < before


def protect_bools() -> bool:
    """True when the guard was needed (and applied, once per process)."""
    global _applied
    if _applied:
        return True
    if sys.version_info >= (3, 12) or not emit_steals_true():
        return False
    for value in (True, False):
        ctypes.c_ssize_t.from_address(id(value)).value += RESERVE  # ob_refcnt comes first
    _applied = True
    return True
