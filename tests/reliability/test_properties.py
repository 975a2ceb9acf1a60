"""Properties of folding, word finding and query parsing over arbitrary text."""

from __future__ import annotations

import time

from hypothesis import given, settings
from hypothesis import strategies as st

from reader_app.core.query import parse_query
from reader_app.core.search import find_ranges, make_snippet
from reader_app.core.text.analyzer import UrduAnalyzer
from reader_app.core.text.normalize import fold, fold_text, iter_words

URDU_ISH = st.text(
    alphabet=st.one_of(
        st.characters(min_codepoint=0x0600, max_codepoint=0x06FF),
        st.characters(min_codepoint=0xFB50, max_codepoint=0xFEFC),
        st.sampled_from(list(" \n\t.,،۔؟\"'()*-\u200c\u200d\u200e\u200f\u202e\u0640\ufeffaZ09")),
    ),
    max_size=80,
)
ANY_TEXT = st.one_of(URDU_ISH, st.text(max_size=80))


@settings(max_examples=300, deadline=None)
@given(ANY_TEXT)
def test_folding_is_idempotent(text: str) -> None:
    assert fold_text(fold_text(text)) == fold_text(text)
    for key, _, _ in iter_words(text):
        assert fold(key) == key


@settings(max_examples=300, deadline=None)
@given(ANY_TEXT)
def test_offsets_lie_inside_the_text_and_cover_the_token(text: str) -> None:
    last_end = 0
    for key, start, end in iter_words(text):
        assert key, "no empty tokens"
        assert last_end <= start < end <= len(text)
        assert fold(text[start:end]) == key
        last_end = end
    tokens = [(t.text, t.startchar, t.endchar)
              for t in UrduAnalyzer()(text, positions=True, chars=True)]
    assert tokens == list(iter_words(text))


@settings(max_examples=300, deadline=None)
@given(ANY_TEXT)
def test_any_string_parses_and_highlights_without_error(text: str) -> None:
    parsed = parse_query(text)
    assert parsed.root is not None or parsed.messages or not text.strip()
    patterns = [((w.key, w.prefix),) for w in parsed.positive_words()]
    ranges = find_ranges(text, patterns)
    assert all(0 <= a < b <= len(text) for a, b in ranges)
    snippet = make_snippet(text, ranges)
    assert "<" not in snippet.replace("<b>", "").replace("</b>", "")


def test_ten_thousand_combining_marks_do_not_hang() -> None:
    text = "ا" + "\u0651\u064e" * 5_000 + " لفظ " + "\u0670" * 10_000
    started = time.perf_counter()
    words = list(iter_words(text))
    parse_query(text)
    assert [w[0] for w in words] == ["ا", "لفظ"]
    assert time.perf_counter() - started < 2
