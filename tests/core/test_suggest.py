""""Did you mean" from a deletion table, and results shown at once for a correction."""

from __future__ import annotations

import random
from collections import Counter
from pathlib import Path

import pytest
from helpers import searcher_of
from hypothesis import given, settings
from hypothesis import strategies as st

from reader_app.core.search import Searcher
from reader_app.core.suggest import DeletionTable, edit_distance, typing_mistake
from reader_app.core.text.normalize import iter_words


def brute_force(counts: Counter, key: str) -> str | None:
    """What "did you mean" chose before, by definition: the most common word at the smallest
    distance (1, then 2 for words longer than four letters)."""
    for distance in (1, 2) if len(key) > 4 else (1,):
        near = [w for w in counts if w != key and edit_distance(key, w, distance) <= distance]
        if near:
            return max(near, key=lambda w: (counts[w], w))
    return None


@pytest.fixture(scope="module")
def seed_counts() -> Counter:
    seed = next((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))
    return Counter(k for k, _, _ in iter_words(seed.read_text(encoding="utf-8-sig")))


@pytest.fixture(scope="module")
def table(seed_counts: Counter) -> DeletionTable:
    return DeletionTable(seed_counts)


@settings(max_examples=150, deadline=None)
@given(st.randoms(use_true_random=False), st.integers(1, 2))
def test_table_agrees_with_brute_force(seed_counts: Counter, table: DeletionTable,
                                       rng: random.Random, edits: int) -> None:
    words = sorted(w for w in seed_counts if len(w) >= 3)
    letters = "".join(sorted(set("".join(words))))
    typed = rng.choice(words)
    for _ in range(edits):
        typed = typing_mistake(typed, rng, letters) or typed
    assert table.closest(typed) == brute_force(seed_counts, typed)


def test_edit_distance_counts_a_swap_as_one() -> None:
    assert edit_distance("کراچی", "کرایچ", 2) == 1  # چی typed as یچ
    assert edit_distance("کراچی", "کاچی", 2) == 1
    assert edit_distance("کراچی", "کاچے", 2) == 2
    assert edit_distance("abc", "xyzw", 1) == 2  # capped at limit + 1


ARTICLES = {
    "govt.txt": "وفاقی حکومت نے نیا منصوبہ شروع کیا۔",
    "weather.txt": "کراچی میں بارش کا امکان ہے۔",
}


@pytest.fixture(scope="module")
def searcher(tmp_path_factory: pytest.TempPathFactory) -> Searcher:
    return searcher_of(tmp_path_factory.mktemp("suggest"), ARTICLES)


@pytest.mark.parametrize(("typed", "corrected", "article"), [
    ("حکومتت", "حکومت", "govt.txt"),
    ("کراجی", "کراچی", "weather.txt"),
    ("کراچی بارس", "کراچی بارش", "weather.txt"),
])
def test_a_correction_that_finds_articles_is_shown_at_once(
        searcher: Searcher, typed: str, corrected: str, article: str) -> None:
    response = searcher.search(typed)
    assert response.corrected == corrected and response.query == typed
    assert [h.path.name for h in response.hits] == [article]
    assert response.suggestion is None


def test_correction_is_composed(searcher: Searcher) -> None:
    assert searcher.search("امکاں").corrected == "امکان"


def test_nothing_close_is_no_correction(searcher: Searcher) -> None:
    response = searcher.search("زززززز")
    assert response.hits == [] and response.corrected is None and response.suggestion is None
