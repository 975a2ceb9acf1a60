"""Hits in an article's own text: which character ranges a search's patterns cover, and the
HTML-escaped snippet around them. Plain functions over text, shared by the search (for
results), the viewer (to mark an opened article) and the window, without Whoosh."""

from __future__ import annotations

import html
from collections.abc import Iterable

from reader_app.core.text.normalize import iter_words

SNIPPET_CHARS = 220
_NO_BIDI_CONTROLS = str.maketrans(dict.fromkeys(
    "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"))

Element = tuple[str, bool]  # (folded key, is prefix)
Pattern = tuple[Element, ...]  # consecutive words that make one hit
Words = list[tuple[str, int, int]]


def find_ranges(text: str, patterns: Iterable[Pattern],
                words: Words | None = None) -> list[tuple[int, int]]:
    """Character ranges in ``text`` where a pattern's words occur consecutively.

    ``words`` may pass ``list(iter_words(text))`` when it is already known.
    """
    by_first: dict[str, list[Pattern]] = {}
    prefixed: list[Pattern] = []
    for pattern in patterns:
        key, is_prefix = pattern[0]
        if is_prefix:
            prefixed.append(pattern)
        else:
            by_first.setdefault(key, []).append(pattern)
    if words is None:
        words = list(iter_words(text))
    ranges: list[tuple[int, int]] = []
    for i, (key, start, _end) in enumerate(words):
        candidates = by_first.get(key, [])
        if prefixed:
            candidates = candidates + [p for p in prefixed if key.startswith(p[0][0])]
        for pattern in candidates:
            span = words[i : i + len(pattern)]
            if len(span) == len(pattern) and all(
                w[0].startswith(k) if pre else w[0] == k
                for w, (k, pre) in zip(span, pattern, strict=True)
            ):
                ranges.append((start, span[-1][2]))
    return merge_ranges(ranges)


def merge_ranges(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(ranges):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def make_snippet(text: str, ranges: list[tuple[int, int]], width: int = SNIPPET_CHARS) -> str:
    """HTML-escaped excerpt around the first hit, hits wrapped in ``<b>``; never raw text."""
    if ranges:
        first = ranges[0][0]
        start = max(0, first - width // 3)
        if start:
            space = text.rfind(" ", 0, start)
            start = space + 1 if space >= 0 and first - space < width // 2 else start
    else:
        start = 0
    end = min(len(text), start + width)
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > start + width // 2 else end
    parts = ["…" if start > 0 else ""]
    cursor = start
    for a, b in ranges:
        if b <= start or a >= end:
            continue
        a, b = max(a, start), min(b, end)
        parts.append(html.escape(text[cursor:a]))
        parts.append("<b>" + html.escape(text[a:b]) + "</b>")
        cursor = b
    parts.append(html.escape(text[cursor:end]))
    if end < len(text):
        parts.append("…")
    # Bidi embeddings and overrides in an article must not spill into the results list.
    return " ".join("".join(parts).translate(_NO_BIDI_CONTROLS).split())
