"""Folding Urdu spellings to one searchable form, and finding words with their offsets.

People type and paste the same Urdu word in many Unicode spellings: Arabic yeh/kaf/heh for
the Urdu letters, presentation forms from PDFs, decomposed alef-madda, diacritics, tatweel,
ZWNJ inside compounds and three digit scripts. ``fold`` maps them all to one key while
keeping letters that Urdu distinguishes (ے/ی, ہ/ھ, ں/ن, ٹ/ت) apart.

The canonical form is *decomposed*: ``آ`` folds to ``ا`` + U+0653 whether it was typed
composed or not, so both spellings meet. ``display_form`` recomposes it for people.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache

# Marks that carry vowels or Quranic annotation, not letter identity: removed.
_DIACRITICS = (
    [chr(c) for c in range(0x064B, 0x0653)]  # tanween, fatha, damma, kasra, shadda, sukun
    + [chr(c) for c in range(0x0656, 0x0660)]  # subscript alef, inverted damma, noon ghunna…
    + [chr(c) for c in range(0x0610, 0x061B)]  # honorific signs, small high marks
    + [chr(c) for c in range(0x06D6, 0x06EE) if c not in (0x06DD, 0x06DE, 0x06E9)]
    + ["\u0670"]  # superscript (dagger) alef
)
# Invisible characters that may sit inside a word; part of the word, then removed.
JOINERS = (
    "\u0640"  # tatweel
    "\u200c\u200d"  # ZWNJ, ZWJ
    "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"  # bidi
    "\ufeff\u00ad"  # BOM / zero-width no-break space, soft hyphen
)

_LETTERS = {
    "\u064a": "\u06cc",  # ي ARABIC YEH -> ی FARSI YEH
    "\u0649": "\u06cc",  # ى ALEF MAKSURA -> ی
    "\u0643": "\u06a9",  # ك ARABIC KAF -> ک KEHEH
    "\u06aa": "\u06a9",  # ڪ SWASH KAF -> ک
    "\u0647": "\u06c1",  # ه ARABIC HEH -> ہ HEH GOAL
    "\u06d5": "\u06c1",  # ە AE (ۀ decomposes to it) -> ہ
    "\u0629": "\u06c3",  # ة TEH MARBUTA -> ۃ TEH MARBUTA GOAL
}
_DIGITS = {chr(0x0660 + i): str(i) for i in range(10)} | {
    chr(0x06F0 + i): str(i) for i in range(10)
}
_TABLE = str.maketrans(
    {**{ch: None for ch in _DIACRITICS + list(JOINERS)}, **_LETTERS, **_DIGITS}
)

# A word: letters/digits plus the combining marks and invisible joiners that live inside it.
# The same longest runs as ``(?:[^\W_]|[marks])+``, found a run of each kind at a time and
# without backtracking states (possessive): fewer steps per letter in the regex engine.
_MARKS = "\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\ufe20-\ufe2f"
_WORD = rf"(?:[^\W_]++|[{_MARKS}{JOINERS}]++)++"
WORD_RE = re.compile(_WORD)
# Splitting on it keeps the words (odd items) between the separators (even items), so the
# offsets of every word come from the lengths alone (see analyzer.word_postings).
WORD_SPLIT_RE = re.compile(f"({_WORD})")


@lru_cache(maxsize=200_000)
def fold(word: str) -> str:
    """The search key of one word: NFKD, Urdu letter and digit folding, marks removed."""
    folded = unicodedata.normalize("NFKD", word).translate(_TABLE)
    # NFKD of a ligature such as U+FDFA can contain spaces: one word stays one key.
    return "".join(folded.split()).casefold()


class _KeyCache(dict):
    """Raw word -> its folded key as UTF-8 bytes (the index's term bytes), filled on a miss.

    News vocabulary is Zipfian: nearly every word of an article was seen before, so indexing
    looks each up here in one C-level ``dict`` lookup (``map(cache.__getitem__, words)``)
    instead of folding it. The key is the raw word itself, so an entry can never stand for
    another spelling; the cache is emptied when it reaches ``limit`` words.
    """

    limit = 100_000  # ~15 MB at most; 10,000 generated articles have 21,817 words (3 MB)

    def __missing__(self, word: str) -> bytes:
        if len(self) >= self.limit:
            self.clear()
        key = self[word] = fold(word).encode("utf-8")
        return key


KEY_BYTES = _KeyCache()


def fold_text(text: str) -> str:
    """Fold a whole string word by word (separators kept) — for comparisons in tests and UI."""
    return WORD_RE.sub(lambda m: fold(m.group()), text)


def display_form(key: str) -> str:
    """A folded key as people should see it (composed, e.g. in "did you mean")."""
    return unicodedata.normalize("NFC", key)


def iter_words(text: str) -> Iterator[tuple[str, int, int]]:
    """(folded word, start, end) for each word; offsets index the *original* text."""
    for match in WORD_RE.finditer(text):
        key = fold(match.group())
        if key:
            yield key, match.start(), match.end()
