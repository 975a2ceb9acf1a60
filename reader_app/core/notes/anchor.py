"""Anchoring a highlight to its words, so it is found again after the article changes.

Offsets alone break at the first edit before the highlight, so each highlight keeps what W3C
Web Annotation's TextQuoteSelector keeps: the quote with a little text before and after it,
plus the offsets (a TextPositionSelector) as the first guess. :func:`locate` tries, in
order: the quote and its context still at the offsets; the quote with its whole context (a
``str.find`` near the old place, then everywhere); the occurrence of the quote whose context
fits best; the quote after Urdu folding (the article re-typed with Arabic ي for ی, or
diacritics added). Each step is a C-level search, or a loop over the quote's occurrences
only; the text is folded once per article, not once per note."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from reader_app.core.text.normalize import iter_words

CONTEXT = 32  # characters of prefix and suffix kept: enough to tell repeats apart
NEAR = 4_096  # characters either side of the old place searched first
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
    if text[start:end] == anchor.quote and _context_at(text, anchor, start):
        return start, end
    whole = anchor.prefix + anchor.quote + anchor.suffix
    found = _find_near(text, whole, start - len(anchor.prefix))
    if found is not None:
        begin = found + len(anchor.prefix)
        return begin, begin + len(anchor.quote)
    best = _best_fit(text, anchor.quote, anchor.prefix, anchor.suffix, start)
    if best is not None:
        return best, best + len(anchor.quote)
    return _folded_match(text, anchor)


def _context_at(text: str, anchor: Anchor, start: int) -> bool:
    """Whether the saved context surrounds ``start`` (the same words at the old place may
    be another copy of them, moved there by an edit)."""
    end = start + len(anchor.quote)
    return text[max(0, start - len(anchor.prefix)):start] == anchor.prefix \
        and text[end:end + len(anchor.suffix)] == anchor.suffix


def _locate_place(text: str, anchor: Anchor) -> tuple[int, int] | None:
    if not anchor.prefix and not anchor.suffix:
        return 0, 0
    here = anchor.start
    if _context_at(text, anchor, here):
        return here, here
    for piece, shift in ((anchor.prefix + anchor.suffix, len(anchor.prefix)),
                         (anchor.suffix, 0), (anchor.prefix, len(anchor.prefix))):
        if piece:
            found = _find_near(text, piece, here - shift)
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


def _find_near(text: str, needle: str, target: int) -> int | None:
    """The occurrence of ``needle`` nearest ``target``: looked for in a window around it
    first (an edit elsewhere moves a highlight a little), then in the whole text. One found
    inside the window is the nearest, as any outside it is farther than the window's
    half-width."""
    lo, hi = max(0, target - NEAR), target + NEAR + len(needle)
    found = _nearest(_occurrences(text[lo:hi], needle), target - lo)
    if found is not None:
        return found + lo
    return _nearest(_occurrences(text, needle), target)


def _common_head(a: str, b: str) -> int:
    """How many characters ``a`` and ``b`` share from their start."""
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def _best_fit(text: str, quote: str, prefix: str, suffix: str, near: int) -> int | None:
    """Where ``quote`` occurs in ``text`` with the surroundings that share most with
    ``prefix`` (read backwards from the quote) and ``suffix``; the nearest to ``near`` on a
    tie."""
    positions = _occurrences(text, quote)
    if len(positions) < 2:
        return positions[0] if positions else None
    before, n, m, q = prefix[::-1], len(prefix), len(suffix), len(quote)

    def score(pos: int) -> tuple[int, int]:
        fit = _common_head(text[max(0, pos - n):pos][::-1], before) \
            + _common_head(text[pos + q:pos + q + m], suffix)
        return fit, -abs(pos - near)

    return max(positions, key=score)


@lru_cache(maxsize=2)
def _folded_words(text: str) -> tuple[str, list[int], list[int], list[int]]:
    """The text's words folded and joined by single spaces, and for each word where it
    starts in that string and where it starts and ends in the text. Kept for the last
    texts: every note of one article is located in the same text (a ``str`` caches its
    hash, so finding it here again costs nothing)."""
    keys, at_folded, starts, ends = [], [], [], []
    at = 0
    for key, start, end in iter_words(text):
        keys.append(key)
        at_folded.append(at)
        starts.append(start)
        ends.append(end)
        at += len(key) + 1
    return " ".join(keys), at_folded, starts, ends


def _folded_anchor(anchor: Anchor) -> tuple[str, str, str]:
    """The quote widened to whole words, and the whole words before and after it in the
    saved context, each folded and joined as :func:`_folded_words` joins the text's, so
    that the spaces between them fall where the text's do."""
    context = anchor.prefix + anchor.quote + anchor.suffix
    begin, end = len(anchor.prefix), len(anchor.prefix) + len(anchor.quote)
    before: list[str] = []
    inside: list[str] = []
    after: list[str] = []
    for key, start, stop in iter_words(context):
        (before if stop <= begin else after if start >= end else inside).append(key)
    if not inside:
        return "", "", ""
    prefix, suffix = " ".join(before[1:]), " ".join(after[:-1])  # those may be cut words
    return " ".join(inside), prefix + " " if prefix else "", " " + suffix if suffix else ""


def _folded_match(text: str, anchor: Anchor) -> tuple[int, int] | None:
    """The quote's words found among the text's words after Urdu folding (ي = ی, ك = ک,
    diacritics gone), widened to whole words: where its folded context is, else the best
    fit of that context."""
    quote, prefix, suffix = _folded_anchor(anchor)
    if not quote:
        return None
    joined, at_folded, starts, ends = _folded_words(text)
    word = max(0, bisect_right(starts, anchor.start) - 1)
    near = at_folded[word] if at_folded else 0
    whole = _find_near(joined, prefix + quote + suffix, near - len(prefix))
    found = whole + len(prefix) if whole is not None \
        else _best_fit(joined, quote, prefix, suffix, near)
    if found is None:
        return None
    first = bisect_right(at_folded, found) - 1
    last = bisect_right(at_folded, found + len(quote) - 1) - 1
    return starts[first], ends[last]
