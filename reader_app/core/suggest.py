""""Did you mean": the closest indexed word, found through a deletion table in microseconds.

Whoosh's ``terms_within`` walks the whole term list with a Levenshtein automaton for every
unknown word: 230–680 ms a query over the news corpus, paid by every query that finds
nothing. A symmetric-delete table (every indexed word and its one-letter deletions, stored
as hash and word number packed into one sorted array of 64-bit integers, 8 bytes each) is
built once per searcher generation, lazily, on the first query that finds nothing. A word
one edit away shares a deletion with the typed word: a few bisections. Two edits away is
one edit away from one of the typed word's own single edits (a few hundred, over the
letters of its script): a few milliseconds, and only when nothing is one edit away. Every
candidate is checked with a real edit distance, so a hash clash costs nothing but time.
A table of two-letter deletions would answer in microseconds too, but costs three times
the memory and a second of building per generation.
"""

from __future__ import annotations

import random
from array import array
from bisect import bisect_left
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from reader_app.core.text.normalize import display_form

if TYPE_CHECKING:  # vocab builds its tables from this module
    from reader_app.core.query import ParsedQuery
    from reader_app.core.vocab import Lexicon

MAX_WORD_CHARS = 30  # longer words are not corrected (as before: they split or stay)
LONG_WORD = 4  # words longer than this may be two edits away


def deletions(word: str, depth: int) -> set[str]:
    """``word`` with up to ``depth`` (1 or 2) letters deleted, ``word`` itself included."""
    found = {word}
    for i in range(len(word)):
        once = word[:i] + word[i + 1:]
        found.add(once)
        if depth > 1:
            found.update([once[:j] + once[j + 1:] for j in range(i, len(once))])
    return found


def single_edits(word: str, alphabet: str) -> set[str]:
    """Every string one edit from ``word``: a letter deleted, swapped, changed or added."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    found = {a + b[1:] for a, b in splits if b}
    found |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    found |= {a + ch + b[1:] for a, b in splits if b for ch in alphabet}
    found |= {a + ch + b for a, b in splits for ch in alphabet}
    found.discard(word)
    return found


def typing_mistake(word: str, rng: random.Random, letters: str) -> str:
    """``word`` with one mistake as typing makes them (a letter dropped, added from
    ``letters``, changed, or two swapped): the edits :func:`single_edits` undoes. The tests
    and ``benchmarks/bench_suggest.py`` make their misspelt words with it."""
    i = rng.randrange(len(word))
    kind = rng.choice("dist")
    if kind == "d":
        return word[:i] + word[i + 1:]
    if kind == "i":
        return word[:i] + rng.choice(letters) + word[i:]
    if kind == "s":
        return word[:i] + rng.choice(letters) + word[i + 1:]
    return word[:i] + word[i + 1:i + 2] + word[i:i + 1] + word[i + 2:]


def edit_distance(a: str, b: str, limit: int) -> int:
    """Optimal-string-alignment distance (a swap of neighbours is one edit), capped at
    ``limit + 1``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cost = 0 if ca == cb else 1
            value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                value = min(value, previous2[j - 2] + 1)
            current[j] = value
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[-1]


class DeletionTable:
    """Indexed words by the hashes of their deletions; built once, read by any thread."""

    def __init__(self, counts: Mapping[str, int]) -> None:
        self.counts = counts
        self.words = [w for w in counts if len(w) <= MAX_WORD_CHARS + 2]
        self.owner_bits = max(1, len(self.words).bit_length())
        self.hash_mask = (1 << (63 - self.owner_bits)) - 1
        bits, mask = self.owner_bits, self.hash_mask
        packed = [(hash(key) & mask) << bits | n for n, word in enumerate(self.words)
                  for key in deletions(word, 1)]
        packed.sort()
        self.table = array("q", packed)
        letters = {ch for word in self.words for ch in word}
        self.urdu_letters = "".join(sorted(ch for ch in letters if ch >= "\u0600"))
        self.other_letters = "".join(sorted(ch for ch in letters if ch < "\u0600"))

    def _hash(self, key: str) -> int:
        return hash(key) & self.hash_mask  # a clash only adds a candidate, checked below

    def candidates(self, keys: Iterable[str]) -> set[str]:
        table, bits, owner = self.table, self.owner_bits, (1 << self.owner_bits) - 1
        found: set[str] = set()
        for key in keys:
            start = self._hash(key) << bits
            i = bisect_left(table, start)
            while i < len(table) and table[i] >> bits == start >> bits:
                found.add(self.words[table[i] & owner])
                i += 1
        return found

    def within(self, key: str, distance: int) -> list[str]:
        """Indexed words at most ``distance`` (1 or 2) edits from ``key``, ``key`` excluded."""
        keys = deletions(key, 1)
        if distance > 1:
            alphabet = self.urdu_letters if any(ch >= "\u0600" for ch in key) \
                else self.other_letters
            for edit in single_edits(key, alphabet):
                keys |= deletions(edit, 1)
        return [w for w in self.candidates(keys)
                if w != key and edit_distance(key, w, distance) <= distance]

    def closest(self, key: str) -> str | None:
        """The most common indexed word at the smallest distance (1, then 2 for long words),
        as "did you mean" always chose; None when nothing is that close."""
        if len(key) > MAX_WORD_CHARS:
            return None
        for distance in (1, 2) if len(key) > LONG_WORD else (1,):
            near = self.within(key, distance)
            if near:
                return max(near, key=lambda w: (self.counts.get(w, 0), w))
        return None

    @property
    def nbytes(self) -> int:
        return self.table.itemsize * len(self.table)


def suggest_query(parsed: ParsedQuery, lexicon: Lexicon) -> str | None:
    """The query with each unknown word replaced by its closest indexed word ("did you
    mean"), or None when nothing is closer. Prefixes and overlong words are left as typed."""
    text = parsed.text
    changed = False
    for word in parsed.positive_words():
        if word.prefix or word.key in lexicon or len(word.key) > MAX_WORD_CHARS:
            continue
        best = lexicon.deletions.closest(word.key)
        if best and word.raw in text:
            text = text.replace(word.raw, display_form(best), 1)
            changed = True
    return text if changed else None
