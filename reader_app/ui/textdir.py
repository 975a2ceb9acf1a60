"""Which way a piece of text runs, from its first strong character (Unicode rules P2/P3)."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import Qt

_ISOLATE_OPEN = {"\u2066", "\u2067", "\u2068"}
_ISOLATE_CLOSE = "\u2069"


def is_rtl(text: str, default: bool = True) -> bool:
    """True when the first strong character outside isolates is right-to-left.

    Text with no strong character at all (digits, punctuation) gets ``default``: the reader
    is an Urdu reader, so such lines sit with the Urdu around them.
    """
    depth = 0
    for ch in text:
        if ch in _ISOLATE_OPEN:
            depth += 1
            continue
        if ch == _ISOLATE_CLOSE:
            depth = max(0, depth - 1)
            continue
        if depth:
            continue
        kind = unicodedata.bidirectional(ch)
        if kind == "L":
            return False
        if kind in ("R", "AL"):
            return True
    return default


def direction(text: str, default: bool = True) -> Qt.LayoutDirection:
    rtl = is_rtl(text, default)
    return Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight


def alignment(text: str, default: bool = True) -> Qt.AlignmentFlag:
    """Right for right-to-left text, left otherwise, whatever the interface direction."""
    side = Qt.AlignmentFlag.AlignRight if is_rtl(text, default) else Qt.AlignmentFlag.AlignLeft
    return side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter
