"""A word typed in Latin letters read as Urdu among the notes' own words (``transport`` →
ٹرانسپورٹ in a note), as article search reads it among the index's: notes hold words the
articles may not, and a note must be found as the person would find an article."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable

from reader_app.core.roman import RomanTable, is_latin
from reader_app.core.text.normalize import iter_words


def roman_forms(texts: Iterable[str]) -> Callable[[str], list[str]]:
    """For a typed word: the words of ``texts`` (folded) it reads as when it is written in
    Latin letters, best first; nothing for an Urdu word."""
    counts = Counter(key for text in texts for key, _start, _end in iter_words(text))
    table: RomanTable | None = None

    def forms(word: str) -> list[str]:
        nonlocal table
        if not is_latin(word) or not counts:
            return []
        if table is None:  # built on the first Latin word typed, for this set of notes
            table = RomanTable(counts)
        return [match.key for match in table.lookup(word.lower())]

    return forms
