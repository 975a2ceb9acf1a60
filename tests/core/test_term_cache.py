"""The search's term cache holds at most ``CACHE_BYTES`` of memory, however many words are
searched (issue 27).

It counted only its postings (16 bytes each, and their values), not what each entry costs
beside them (the flat arrays' headers, the key, the dictionary's slot: ~650 bytes). Most
searched words are rare, one to a few postings: an entry counted as 22 bytes took 675, so
the 96 MB bound let a long session keep ~30 times that.
"""

from __future__ import annotations

import gc
import random
import tracemalloc
from itertools import accumulate
from pathlib import Path

import pytest

from reader_app.core import evaluate
from reader_app.core.index import ArticleIndex
from reader_app.core.search import Searcher

BOUND = 256 * 1024


def postings(count: int, value_len: int = 6) -> evaluate._Postings:
    made = evaluate._Postings()
    made.ids.extend(range(count))
    made.scores.extend([1.5] * count)
    parts = [b"\x07" * value_len for _ in range(count)]
    made.values = b"".join(parts)
    made.ends.extend(accumulate(map(len, parts)))
    return made


def held_by(cache: evaluate._TermCache) -> int:
    """The memory the cache's entries really take: what emptying it gives back."""
    gc.collect()
    before = tracemalloc.get_traced_memory()[0]
    cache.items.clear()
    gc.collect()
    return before - tracemalloc.get_traced_memory()[0]


@pytest.fixture
def small_bound(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(evaluate, "CACHE_BYTES", BOUND)
    monkeypatch.setattr(evaluate, "CACHE_MAX_TERM_BYTES", BOUND // 4)


@pytest.fixture
def traced():
    tracemalloc.start()
    yield
    tracemalloc.stop()


@pytest.mark.parametrize("count", [1, 3, 40, 1000])
def test_counted_size_is_the_memory_held(count: int, traced) -> None:
    cache = evaluate._TermCache()
    for i in range(200):
        cache.put((140_000_000_000, f"لفظ{i:06d}".encode(), 1.25 + i, 300.5 + i),
                  postings(count))
    counted = cache.size
    real = held_by(cache)
    assert 0.85 * real <= counted <= 1.25 * real, (counted, real)


def test_many_rare_words_stay_within_the_bound(small_bound, traced) -> None:
    cache = evaluate._TermCache()
    rng = random.Random(5)
    for i in range(20_000):  # a long session's distinct words: most have a posting or two
        cache.put((140_000_000_000, f"لفظ{i:06d}".encode(), 1.25 + i, 300.5 + i),
                  postings(rng.choice((1, 1, 1, 2, 3, 8, 40))))
    assert cache.size <= BOUND
    assert held_by(cache) <= 1.1 * BOUND


def test_searches_of_distinct_words_keep_the_cache_bounded(tmp_path: Path, small_bound,
                                                            traced) -> None:
    """Through the real search: 600 queries, each a word of one article, over 600 articles."""
    lib = tmp_path / "lib"
    lib.mkdir()
    rng = random.Random(11)
    common = ["پاکستان", "کرکٹ", "وزیر", "دفاع", "ملاقات", "حکومت", "میں", "نے", "کی"]
    for n in range(600):
        words = rng.choices(common, k=30) + [f"{10_000 + n}"]  # a word of its own
        rng.shuffle(words)
        (lib / f"a{n:04d}.txt").write_text(" ".join(words), encoding="utf-8")
    index = ArticleIndex(tmp_path / "ix")
    index.refresh([lib])
    searcher = Searcher(index)
    for n in rng.sample(range(600), 600):
        assert searcher.search(f"{10_000 + n}", limit=5).hits
    cache = index.searcher().reader().__dict__[evaluate._CACHE_ATTR]
    assert cache.size <= BOUND
    assert held_by(cache) <= 1.1 * BOUND
