"""The indexing fast path gives exactly what a plain word-by-word analysis gives.

``word_postings`` (one regex split, cached keys, deltas made while scanning) is what the
index writer stores; a search finds and highlights words through these postings, so any
difference (a word missing, a position or an offset off by one) is a wrong or missing hit.
"""

from __future__ import annotations

import re
from collections import defaultdict

import pytest
from whoosh.formats import Characters

from reader_app.core.text import normalize
from reader_app.core.text.analyzer import UrduAnalyzer, UrduCharacters, word_postings
from reader_app.core.text.normalize import KEY_BYTES, WORD_RE, fold

# The word pattern as first written: one letter or mark at a time.
_REFERENCE_WORD = re.compile(
    rf"(?:[^\W_]|[{normalize._MARKS}{normalize.JOINERS}])+")

TRICKY = [
    "",
    "   \n\t ",
    "پاکستان",
    "مُلک پاکِستان کا دارالحکومت اسلام آباد ہے۔ پاکستان، پاکستان!",  # diacritics, repeats
    "وزیر\u200cدفاع اور وزیر\u200dدفاع نے وزیردفاع سے کہا",  # ZWNJ / ZWJ inside words
    "\u200fایران\u200e ای\u202bران پاکـــستان",  # bidi controls, tatweel
    "اسلامآباد کراچیمیں لاہورسے",  # joined words
    "سال ۲۰۱۶ اور ٢٠١٦ اور 2016 میں ۳۰ فیصد",  # three digit scripts
    "ISPR said: the PTI-led ISPR government_2024 (ISPR) Über ÜBER",  # Latin, case, _
    "خوشی 😀😀 کی بات 👍🏽 ہے 🇵🇰",  # emoji, modifiers, flags
    "ِ ً ـ \u200c ہے \u0650\u064b",  # words of marks or joiners alone: no key, no position
    "ﭘﺎﮐﺴﺘﺎﻥ ﻻہور \ufdfa صلی",  # presentation forms; a ligature whose NFKD has spaces
    "آج آج كه کہ ايران ایران ۀ ۂ",  # composed/decomposed, Arabic letters
    "ا" * 300 + " ب " + "ج " * 700,  # offsets and positions past one byte and 1,000 items
]


def _reference_postings(text: str) -> list[tuple[bytes, int, bytes]]:
    """Word by word, as Whoosh's Characters.word_values does with the plain tokenizer."""
    found: dict[str, list[tuple[int, int, int]]] = defaultdict(list)
    pos = 0
    for match in _REFERENCE_WORD.finditer(text):
        key = fold(match.group())
        if key:
            found[key].append((pos, match.start(), match.end()))
            pos += 1
    encode = Characters().encode
    return [(key.encode("utf-8"), len(chars), encode(chars)) for key, chars in found.items()]


def _reference_tokens(text: str) -> list[tuple[str, int, int, int]]:
    tokens = []
    pos = 0
    for match in _REFERENCE_WORD.finditer(text):
        key = fold(match.group())
        if key:
            tokens.append((key, pos, match.start(), match.end()))
            pos += 1
    return tokens


@pytest.fixture
def fresh_cache():
    KEY_BYTES.clear()
    yield KEY_BYTES
    KEY_BYTES.clear()


@pytest.mark.parametrize("text", TRICKY)
def test_postings_equal_a_word_by_word_analysis_cold_and_warm(text, fresh_cache):
    expected = _reference_postings(text)
    assert word_postings(text) == expected  # every key folded now (cache empty)
    assert word_postings(text) == expected  # every key from the cache


@pytest.mark.parametrize("text", TRICKY)
def test_the_token_stream_equals_a_word_by_word_analysis(text):
    tokens = [(t.text, t.pos, t.startchar, t.endchar)
              for t in UrduAnalyzer()(text, positions=True, chars=True)]
    assert tokens == _reference_tokens(text)
    assert [(m.start(), m.end()) for m in WORD_RE.finditer(text)] == [
        (m.start(), m.end()) for m in _REFERENCE_WORD.finditer(text)]


def test_the_whole_set_of_tricky_texts_as_one_article(fresh_cache):
    text = "\n".join(TRICKY * 2)
    assert word_postings(text) == _reference_postings(text)
    values = list(UrduCharacters().word_values(text, UrduAnalyzer()))
    assert values == [(k.decode("utf-8"), n, float(n), v)
                      for k, n, v in _reference_postings(text)]


def test_a_stale_cache_entry_would_be_caught(fresh_cache):
    text = TRICKY[3]
    word_postings(text)
    fresh_cache["پاکستان"] = fold("پاکِستان کا").encode("utf-8")  # stands for another word
    assert word_postings(text) != _reference_postings(text)


def test_a_full_cache_starts_again_and_still_folds_right(fresh_cache, monkeypatch):
    monkeypatch.setattr(type(fresh_cache), "limit", 5)
    text = TRICKY[7] + " " + TRICKY[12]
    for _ in range(3):
        assert word_postings(text) == _reference_postings(text)
        assert len(fresh_cache) <= 5
