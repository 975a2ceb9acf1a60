"""Which way a piece of text runs, decided by what it is mostly written in.

The Unicode default (rules P2/P3: the first strong character decides) lays out an Urdu
paragraph that happens to start with a Latin word ("M&P ٹیکنو موبائل…", "cnnurdu …")
left to right, with its "…" in mid-row. A reader expects the paragraph to run the way most
of its letters do; when a short line is an even mix, it runs with the article around it.
"""

from __future__ import annotations

import re
import unicodedata

from PySide6.QtCore import Qt

_ISOLATE_OPEN = {"\u2066", "\u2067", "\u2068"}
_ISOLATE_CLOSE = "\u2069"
SHORT = 24  # strong letters; below this an unclear mix takes the surrounding direction
CLEAR = 2.0  # one direction has this many times the letters of the other


class _StrongClasses(dict[int, str]):
    """Code point -> "R" for a right-to-left letter, "L" for a left-to-right one, "" for
    anything else: a table for ``str.translate``, filled as characters are met."""

    def __missing__(self, codepoint: int) -> str:
        kind = unicodedata.bidirectional(chr(codepoint))
        found = self[codepoint] = "L" if kind == "L" else "R" if kind in ("R", "AL") else ""
        return found


_STRONG = _StrongClasses()


def strong_counts(text: str) -> tuple[int, int]:
    """(right-to-left letters, left-to-right letters) outside directional isolates.

    Without isolates the letters are counted by ``str.translate`` (C speed: a 2 MB article
    took 2.4 s a character at a time, which the viewer paid on every open and font change).
    """
    if not any(mark in text for mark in (*_ISOLATE_OPEN, _ISOLATE_CLOSE)):
        kinds = text.translate(_STRONG)
        return kinds.count("R"), kinds.count("L")
    rtl = ltr = depth = 0
    for ch in text:
        if ch in _ISOLATE_OPEN:
            depth += 1
        elif ch == _ISOLATE_CLOSE:
            depth = max(0, depth - 1)
        elif not depth:
            kind = unicodedata.bidirectional(ch)
            if kind == "L":
                ltr += 1
            elif kind in ("R", "AL"):
                rtl += 1
    return rtl, ltr


SAMPLE = 20_000  # characters: a longer text's direction is that of its start


def _char_class(codepoints: list[int]) -> str:
    """A regular expression character class of ``codepoints``, as ranges."""
    parts, start = [], None
    for i, cp in enumerate(codepoints):
        if start is None:
            start = cp
        if i + 1 == len(codepoints) or codepoints[i + 1] != cp + 1:
            parts.append(re.escape(chr(start)) if start == cp else
                         f"{re.escape(chr(start))}-{re.escape(chr(cp))}")
            start = None
    return "[" + "".join(parts) + "]"


def _rtl_script_classes() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(anything but the right-to-left blocks and the neutrals around them, a right-to-left
    letter): a paragraph with nothing of the first kind holds no left-to-right letter, so
    its direction is settled by two searches at C speed (most paragraphs of an Urdu
    article), not by counting its letters one by one."""
    blocks = [(0x0000, 0x00BF), (0x0590, 0x08FF), (0x2000, 0x206F), (0xFB1D, 0xFDFF),
              (0xFE70, 0xFEFF)]
    plain, letters = [], []
    for low, high in blocks:
        for cp in range(low, high + 1):
            kind = unicodedata.bidirectional(chr(cp))
            if kind == "L" or chr(cp) in _ISOLATE_OPEN or chr(cp) == _ISOLATE_CLOSE:
                continue
            plain.append(cp)
            if kind in ("R", "AL"):
                letters.append(cp)
    return (re.compile(_char_class(plain).replace("[", "[^", 1)),
            re.compile(_char_class(letters)))


_BEYOND_RTL_SCRIPT, _RTL_LETTER = _rtl_script_classes()


def is_rtl(text: str, default: bool = True) -> bool:
    """True when most of the text's letters run right to left.

    Text with no letters at all (digits, punctuation) gets ``default``, and so does a short
    line that mixes both scripts with no clear majority: ``default`` is the direction of
    the article around it (an Urdu reader's default is right to left).
    """
    sample = text[:SAMPLE]
    if not _BEYOND_RTL_SCRIPT.search(sample):  # no left-to-right letter can be in it
        return True if _RTL_LETTER.search(sample) else default
    rtl, ltr = strong_counts(sample)
    if not rtl or not ltr:
        return bool(rtl) if rtl or ltr else default
    if rtl + ltr < SHORT and max(rtl, ltr) < CLEAR * min(rtl, ltr):
        return default
    return rtl >= ltr if default else rtl > ltr


def isolate_path(path: object) -> str:
    """A file path kept left to right inside a sentence of either direction: in an Urdu
    line "/tmp/خبریں" would otherwise be reordered, its slashes moved to the other end."""
    return f"\u2066{path}\u2069"


def layout_direction(rtl: bool) -> Qt.LayoutDirection:
    return Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight


def side(rtl: bool) -> Qt.AlignmentFlag:
    """Right for right-to-left text, left otherwise, whatever the interface direction."""
    edge = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
    return edge | Qt.AlignmentFlag.AlignAbsolute


def block_format_direction(text: str, default: bool = True
                           ) -> tuple[Qt.LayoutDirection, Qt.AlignmentFlag]:
    """A paragraph's layout direction and its (absolute) side, for QTextBlockFormat: one
    rule for the viewer, the search results and the list's titles."""
    rtl = is_rtl(text, default)
    return layout_direction(rtl), side(rtl)
