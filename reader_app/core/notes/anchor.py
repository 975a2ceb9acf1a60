"""Anchoring a highlight to its words, so it is found again after the article changes.

Offsets alone break at the first edit before the highlight, so each highlight keeps what W3C
Web Annotation's TextQuoteSelector keeps: the quote with a little text before and after it,
plus the offsets (a TextPositionSelector) as the first guess. :func:`locate` tries, in order:
the quote still at its offsets; the quote with its whole context (one ``str.find``); the
occurrence of the quote whose context fits best; the quote after Urdu folding (the article
re-typed with Arabic ي for ی, or its diacritics removed). Each step is a C-level search or a
loop over the quote's occurrences only, never over the whole text, so a thousand notes on a
2 MB article are re-anchored in well under a second.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from reader_app.core.text.normalize import iter_words

CONTEXT = 32  # characters of prefix and suffix kept: enough to tell repeats apart
MAX_CANDIDATES = 20_000  # occurrences of a very short quote scored at most (the first)


@dataclass(frozen=True)
class Anchor:
    """Where a highlight is: its quote and context, and the offsets (Python ``str``
    indices into the article's text as ``read_article`` gives it) where it was last seen."""

    quote: str
    prefix: str
    suffix: str
    start: int
    end: int


def anchor(text: str, start: int, end: int, context: int = CONTEXT) -> Anchor:
    """The anchor of ``text[start:end]`` (offsets clamped into the text; a place when
    ``start == end``)."""
    start = max(0, min(start, len(text)))
    end = max(start, min(end, len(text)))
    return Anchor(quote=text[start:end], prefix=text[max(0, start - context):start],
                  suffix=text[end:end + context], start=start, end=end)


def locate(text: str, anchor: Anchor) -> tuple[int, int] | None:
    """Where ``anchor`` is in ``text`` now, or None when its quote is gone (orphaned).

    An empty quote (a bookmark on a place) is found by its context; with no context either
    (a bookmark on the whole article) it is always at the start."""
    if not anchor.quote:
        return _locate_place(text, anchor)
    start, end = anchor.start, anchor.end
    if text[start:end] == anchor.quote:
        return start, end
    whole = anchor.prefix + anchor.quote + anchor.suffix
    found = _nearest(_occurrences(text, whole), start - len(anchor.prefix))
    if found is not None:
        begin = found + len(anchor.prefix)
        return begin, begin + len(anchor.quote)
    best = _best_fit(text, anchor)
    if best is not None:
        return best, best + len(anchor.quote)
    return _folded_match(text, anchor)


def _locate_place(text: str, anchor: Anchor) -> tuple[int, int] | None:
    if not anchor.prefix and not anchor.suffix:
        return 0, 0
    here = anchor.start
    if text[here - len(anchor.prefix):here] == anchor.prefix \
            and text[here:here + len(anchor.suffix)] == anchor.suffix:
        return here, here
    for piece, shift in ((anchor.prefix + anchor.suffix, len(anchor.prefix)),
                         (anchor.suffix, 0), (anchor.prefix, len(anchor.prefix))):
        if piece:
            found = _nearest(_occurrences(text, piece), here - shift)
            if found is not None:
                return found + shift, found + shift
    return None


def _occurrences(text: str, needle: str, limit: int = MAX_CANDIDATES) -> list[int]:
    found: list[int] = []
    at = text.find(needle)
    while at >= 0 and len(found) < limit:
        found.append(at)
        at = text.find(needle, at + 1)
    return found


def _nearest(positions: list[int], target: int) -> int | None:
    return min(positions, key=lambda p: abs(p - target)) if positions else None


def _common_head(a: str, b: str) -> int:
    """How many characters ``a`` and ``b`` share from their start."""
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def _best_fit(text: str, anchor: Anchor) -> int | None:
    """The occurrence of the quote whose surroundings share most with the saved prefix
    (read backwards from the quote) and suffix; the nearest to the old place on a tie."""
    positions = _occurrences(text, anchor.quote)
    if not positions:
        return None
    if len(positions) == 1:
        return positions[0]
    before, after = anchor.prefix[::-1], anchor.suffix
    n, m, q = len(before), len(after), len(anchor.quote)

    def score(pos: int) -> tuple[int, int]:
        fit = _common_head(text[max(0, pos - n):pos][::-1], before) \
            + _common_head(text[pos + q:pos + q + m], after)
        return fit, -abs(pos - anchor.start)

    return max(positions, key=score)


@lru_cache(maxsize=2)
def _folded_words(text: str) -> tuple[str, list[int], list[tuple[int, int]]]:
    """The text's words folded and joined by single spaces, where each joined word starts,
    and its span in the text; kept for the last texts, as every note of one article is
    located in the same text (a ``str`` caches its hash, so the lookup costs nothing)."""
    words = list(iter_words(text))
    starts: list[int] = []
    at = 0
    for key, _s, _e in words:
        starts.append(at)
        at += len(key) + 1
    return " ".join(w[0] for w in words), starts, [(s, e) for _k, s, e in words]


def _folded_match(text: str, anchor: Anchor) -> tuple[int, int] | None:
    """The quote's words found in the text's words after Urdu folding (ي = ی, ك = ک,
    diacritics gone), widened to whole words; the nearest to the old place."""
    quote = " ".join(key for key, _s, _e in iter_words(anchor.quote))
    if not quote:
        return None
    joined, starts, spans = _folded_words(text)
    best: tuple[int, int] | None = None
    for at in _occurrences(joined, quote):
        first = bisect_right(starts, at) - 1
        last = bisect_right(starts, at + len(quote) - 1) - 1
        place = (spans[first][0], spans[last][1])
        if best is None or abs(place[0] - anchor.start) < abs(best[0] - anchor.start):
            best = place
    return best
