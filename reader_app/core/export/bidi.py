"""A minimal Unicode Bidirectional Algorithm (UAX #9) for right-to-left paragraphs.

Urdu prose mixes right-to-left letters with left-to-right digits and Latin words. The PDF's
visible layer must put each of them where a reader expects, so every paragraph is resolved
with the implicit rules of UAX #9 (W1-W7, N1-N2, I1-I2, L1-L2) at paragraph level 1.
Explicit embeddings and isolates are rare in news text; their control characters are treated
as boundary neutrals (rule X9) instead of opening new levels, which keeps this module small
and needs no native library.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from typing import TypeVar

T = TypeVar("T")

PARAGRAPH_LEVEL = 1  # right-to-left

_REMOVED_BY_X9 = {"RLE", "LRE", "RLO", "LRO", "PDF", "BN", "LRI", "RLI", "FSI", "PDI"}
_NEUTRAL = {"B", "S", "WS", "ON"}
_STRONG = {"L", "R", "AL"}


def _classes(text: str) -> list[str]:
    return [unicodedata.bidirectional(ch) or "L" for ch in text]


def _resolve_weak(types: list[str]) -> None:
    """Rules W1-W7 on one level run (the whole paragraph), sos = eos = R."""
    prev = "R"
    for i, t in enumerate(types):  # W1: a mark takes the type of what it sits on
        if t == "NSM":
            types[i] = prev
        prev = types[i]
    strong = "R"
    for i, t in enumerate(types):  # W2: European digits after Arabic letters are Arabic
        if t in _STRONG:
            strong = t
        elif t == "EN" and strong == "AL":
            types[i] = "AN"
    for i, t in enumerate(types):  # W3
        if t == "AL":
            types[i] = "R"
    for i in range(1, len(types) - 1):  # W4: one separator between two numbers
        t, before, after = types[i], types[i - 1], types[i + 1]
        if t == "ES" and before == after == "EN":
            types[i] = "EN"
        elif t == "CS" and before == after and before in ("EN", "AN"):
            types[i] = before
    i = 0
    while i < len(types):  # W5: terminators (%, currency) next to European digits
        if types[i] != "ET":
            i += 1
            continue
        j = i
        while j < len(types) and types[j] == "ET":
            j += 1
        if (i > 0 and types[i - 1] == "EN") or (j < len(types) and types[j] == "EN"):
            types[i:j] = ["EN"] * (j - i)
        i = j
    for i, t in enumerate(types):  # W6
        if t in ("ES", "ET", "CS"):
            types[i] = "ON"
    strong = "R"
    for i, t in enumerate(types):  # W7: European digits after Latin letters are Latin
        if t in ("L", "R"):
            strong = t
        elif t == "EN" and strong == "L":
            types[i] = "L"


def _resolve_neutral(types: list[str]) -> None:
    """Rules N1-N2: neutrals between two like directions take it, others go right-to-left."""

    def direction(t: str) -> str:
        return "R" if t in ("R", "EN", "AN") else t

    i = 0
    while i < len(types):
        if types[i] not in _NEUTRAL:
            i += 1
            continue
        j = i
        while j < len(types) and types[j] in _NEUTRAL:
            j += 1
        before = direction(types[i - 1]) if i > 0 else "R"
        after = direction(types[j]) if j < len(types) else "R"
        types[i:j] = [before if before == after else "R"] * (j - i)
        i = j


def embedding_levels(text: str) -> list[int]:
    """The resolved level of each character of a right-to-left paragraph (odd = RTL)."""
    classes = _classes(text)
    kept = [i for i, c in enumerate(classes) if c not in _REMOVED_BY_X9]
    types = [classes[i] for i in kept]
    _resolve_weak(types)
    _resolve_neutral(types)
    levels = [PARAGRAPH_LEVEL] * len(text)
    for i, t in zip(kept, types, strict=True):  # I2 at odd level
        levels[i] = PARAGRAPH_LEVEL + (1 if t in ("L", "EN", "AN") else 0)
    last = PARAGRAPH_LEVEL
    for i, c in enumerate(classes):  # removed characters follow their predecessor
        if c in _REMOVED_BY_X9:
            levels[i] = last
        last = levels[i]
    return levels


def line_levels(text: str, levels: Sequence[int]) -> list[int]:
    """Rule L1 for one line: separators and the whitespace before them or at the end of the
    line go back to paragraph level, so a trailing space never lands inside a Latin run."""
    out = list(levels)
    classes = _classes(text)
    blank = {"WS"} | _REMOVED_BY_X9

    def reset_before(end: int) -> None:
        while end > 0 and classes[end - 1] in blank:
            out[end - 1] = PARAGRAPH_LEVEL
            end -= 1

    for i, c in enumerate(classes):
        if c in ("S", "B"):
            out[i] = PARAGRAPH_LEVEL
            reset_before(i)
    reset_before(len(out))
    return out


def visual_order(items: Sequence[T], levels: Sequence[int]) -> list[T]:
    """Rule L2: reverse every run at or above each odd level, highest level first."""
    order = list(range(len(items)))
    lv = list(levels)
    if not lv:
        return []
    lowest_odd = min(lv) | 1
    for level in range(max(lv), lowest_odd - 1, -1):
        i = 0
        while i < len(order):
            if lv[i] < level:
                i += 1
                continue
            j = i
            while j < len(order) and lv[j] >= level:
                j += 1
            order[i:j] = order[i:j][::-1]
            lv[i:j] = lv[i:j][::-1]
            i = j
    return [items[k] for k in order]
