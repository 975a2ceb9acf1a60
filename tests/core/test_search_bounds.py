"""Search at any query: bounded cost, exact counts, ranking, and the fast path's equality.

The library is generated from the shipped seed's sentences (a fixed seed for the random
choices), so the checks need nothing beside the project.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest
from whoosh.collectors import UnlimitedCollector

from reader_app.core import search as search_module
from reader_app.core import whoosh_query
from reader_app.core.expand import expand
from reader_app.core.index import ArticleIndex
from reader_app.core.query import parse_query
from reader_app.core.search import Searcher, _Expander, find_ranges, make_snippet
from reader_app.core.text.normalize import iter_words

ROOT = Path(__file__).resolve().parents[2]
SEED_TEXT = next((ROOT / "seeds").glob("*.txt")).read_text(encoding="utf-8-sig")
SENTENCES = [s.strip() + "۔" for s in re.split(r"[۔\n]+", SEED_TEXT) if len(s.split()) > 3]
EXTRA = ["پاکستان کرکٹ ٹیم نے میچ جیتا", "کرکٹ کے میدان میں پاکستان",
         "کرکٹر نے کرکٹ کھیلی", "وزیر دفاع نے وزیردفاع سے ملاقات کی"]


def _library(folder: Path, count: int, seed: int = 7) -> list[Path]:
    rng = random.Random(seed)
    folder.mkdir(parents=True)
    paths = []
    for n in range(count):
        parts = rng.sample(SENTENCES, rng.randint(2, 8))
        parts += rng.sample(EXTRA, rng.randint(0, 3))
        rng.shuffle(parts)
        parts.insert(len(parts) // 2, f"{1000 + n}")  # each article has a word of its own
        path = folder / f"a{n:04d}.txt"
        path.write_text(" ".join(parts), encoding="utf-8")
        paths.append(path)
    return paths


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> tuple[Searcher, Path]:
    root = tmp_path_factory.mktemp("bounds")
    _library(root / "lib", 900)  # enough for Whoosh's block skipping to matter
    index = ArticleIndex(root / "ix")
    index.refresh([root / "lib"])
    return Searcher(index), root / "lib"


# -- the fast path gives what a straightforward search gives --------------------------------
QUERIES = ["پاکستان", "کرکٹ", "پاکستان کرکٹ", '"پاکستان کرکٹ"', "کرک*", "وزیر دفاع",
           "وزیردفاع", '"وزیر دفاع"', "پاکستان OR ملاقات", "(میچ OR میدان) کرکٹ",
           "ملاقات -کرکٹ", "کرکٹ NOT میچ", "میں", "نے کی", "وزیر-دف*",
           # a rare word beside common ones: the common ones are read only where it is
           "1123 میں", "1042 نے کی", '1200 "وزیر دفاع"', "1300 OR 1301 پاکستان",
           # weighted parts: a compound it begins (وزیردفاع, x0.8), a form with hamza
           "وزیر", "نایب", "نایب وزیر -کرکٹ"]
WEIGHTED = ["وزیر", "نایب", "نایب وزیر -کرکٹ"]


def _reference(searcher: Searcher, text: str, limit: int) -> tuple[list[tuple[float, int]], int]:
    """Every match scored by Whoosh's own matchers one by one, nothing skipped."""
    with searcher.index.read_lock:
        whoosh_searcher = searcher.index.searcher()
        # The same words the app searches (variants, Roman Urdu, compounds), matched here
        # by Whoosh's own matchers instead of the term-at-a-time evaluation.
        lexicon = searcher._lexicons.get(whoosh_searcher)
        expansion = expand(parse_query(text).root, lexicon, whoosh_searcher.doc_count(),
                           lambda key: searcher._arabic_heh(whoosh_searcher, lexicon, key))
        query = _Expander(whoosh_searcher.reader(), expansion.alternatives).build(
            expansion.root)
        collector = UnlimitedCollector()
        whoosh_searcher.search_with_collector(query, collector)
        top = collector.results().top_n
        return top[:limit], len(top)


@pytest.mark.parametrize("text", QUERIES)
def test_hits_order_ranges_and_snippets_equal_a_plain_search(
        library: tuple[Searcher, Path], text: str) -> None:
    searcher, _lib = library
    response = searcher.search(text, limit=20, budget=60)
    expected, total = _reference(searcher, text, 20)
    assert response.total == total and response.total_exact
    assert [round(h.score, 9) for h in response.hits] == [round(s, 9) for s, _ in expected]
    with searcher.index.read_lock:
        stored = [searcher.index.searcher().stored_fields(d) for _s, d in expected]
    assert [h.id for h in response.hits] == [f["id"] for f in stored]
    for hit in response.hits:
        body = hit.path.read_text(encoding="utf-8")
        ranges = find_ranges(body, response.patterns, list(iter_words(body)))
        assert hit.ranges == ranges
        assert hit.snippet == make_snippet(body, ranges)


@pytest.mark.parametrize("text", WEIGHTED)
def test_weighted_words_are_searched_by_the_fast_path(
        library: tuple[Searcher, Path], text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """A word with a compound or a variant of lower weight is matched term at a time too,
    not by Whoosh's matchers (several times slower at 10,000 articles)."""
    from reader_app.core import evaluate

    fell_back: list[str] = []
    run = evaluate._Segment.run

    def watched(self: evaluate._Segment, q: object, within: object = None) -> object:
        try:
            return run(self, q, within)
        except evaluate.Unsupported as why:
            fell_back.append(str(why))
            raise

    monkeypatch.setattr(evaluate._Segment, "run", watched)
    searcher, _lib = library
    assert searcher.search(text, budget=60).hits
    assert fell_back == []


@pytest.mark.parametrize("text", ["1123 میں", "1042 نے کی", '1200 "وزیر دفاع"', "کرکٹ",
                                  "پاکستان کرکٹ", "1300 OR 1301 پاکستان"])
def test_common_words_read_sparsely_give_the_same_hits(
        library: tuple[Searcher, Path], text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """In a large library a common word beside a rare one is read only where the rare one
    is; here every word counts as common enough, so that path is the one taken."""
    from reader_app.core import evaluate

    monkeypatch.setattr(evaluate, "SPARSE_MIN_TERM", 0)
    test_hits_order_ranges_and_snippets_equal_a_plain_search(library, text)


def test_a_term_cache_that_keeps_dropping_terms_gives_the_same_hits(
        library: tuple[Searcher, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    """The terms read are kept flat in a cache bounded by bytes; squeezed to a few KB it
    drops terms all the time, and every query must still come out as Whoosh's own."""
    from reader_app.core import evaluate

    monkeypatch.setattr(evaluate, "CACHE_BYTES", 6_000)
    monkeypatch.setattr(evaluate, "CACHE_MAX_TERM_BYTES", 3_000)
    searcher, _lib = library
    searcher.search("کرکٹ")
    with searcher.index.read_lock:  # what earlier tests left, under the usual bounds
        cache = searcher.index.searcher().reader().__dict__[evaluate._CACHE_ATTR]
    cache.items.clear()
    cache.size = 0
    for text in QUERIES * 2:
        test_hits_order_ranges_and_snippets_equal_a_plain_search(library, text)
        assert cache.size <= 6_000 and all(p.nbytes <= 3_000 for p in cache.items.values())
    assert cache.items  # small terms still kept


def test_a_changed_file_is_marked_from_its_new_text(tmp_path: Path) -> None:
    lib = tmp_path / "lib"
    lib.mkdir()
    path = lib / "a.txt"
    path.write_text("کراچی میں بارش", encoding="utf-8")
    index = ArticleIndex(tmp_path / "ix")
    index.refresh([lib])
    path.write_text("آج کراچی اور لاہور میں بارش", encoding="utf-8")  # not re-indexed yet
    hit = Searcher(index).search("بارش").hits[0]
    assert [path.read_text(encoding="utf-8")[a:b] for a, b in hit.ranges] == ["بارش"]


# -- the two ranking defects ------------------------------------------------------------------
def test_prefix_hits_are_ranked_by_their_words(tmp_path: Path) -> None:
    """Whoosh scored every prefix hit 1.0 in a small segment: the first files indexed won."""
    lib = tmp_path / "lib"
    lib.mkdir()
    filler = " ".join(SENTENCES[:12])
    for n in range(10):  # indexed first: long, one mention
        (lib / f"a{n}.txt").write_text(f"{filler} کرکٹ {filler} کرکٹی", encoding="utf-8")
    (lib / "z.txt").write_text("کرکٹ کرکٹر کرکٹرز کرکٹ کی خبریں", encoding="utf-8")
    index = ArticleIndex(tmp_path / "ix")
    index.refresh([lib])
    hits = Searcher(index).search("کرک*", limit=5).hits
    assert hits[0].path.name == "z.txt"
    assert hits[0].score > hits[1].score


def test_the_phrase_boost_is_kept_however_the_search_skips(
        library: tuple[Searcher, Path]) -> None:
    """Whoosh's AndMaybe matcher lost the boost of articles where the words stand together
    after skipping ahead, ranking them below articles where the words are apart."""
    searcher, _lib = library
    for text, limit in (("وزیر دفاع", 1), ("وزیر دفاع", 5), ("پاکستان کرکٹ", 5),
                        ("کرکٹ میچ", 3)):
        expected, _total = _reference(searcher, text, limit)
        got = searcher.search(text, limit=limit)
        assert [round(h.score, 9) for h in got.hits] == [round(s, 9) for s, _ in expected]


def test_the_phrase_boost_survives_skip_to() -> None:
    """The fixed matcher: after skip_to, the optional side sits on the same document."""
    from whoosh.matching import ListMatcher

    from reader_app.core.search import _AndMaybeMatcher

    matcher = _AndMaybeMatcher(ListMatcher([1, 5, 9], [1.0, 1.0, 1.0]),
                               ListMatcher([4, 5, 9], [2.0, 2.0, 2.0]))
    matcher.skip_to(4)  # the required side lands on 5; the optional side must follow
    assert (matcher.id(), matcher.score()) == (5, 3.0)


# -- bounded cost -----------------------------------------------------------------------------
def test_deeply_nested_brackets_are_answered(library: tuple[Searcher, Path]) -> None:
    searcher, _lib = library
    text = "(" * 300 + "وزیردفاع" + ")" * 300
    response = searcher.search(text)
    assert response.hits and response.total == searcher.search("وزیردفاع").total
    assert "nested" in (response.message or "")


def test_a_pasted_paragraph_finds_its_article_first(library: tuple[Searcher, Path]) -> None:
    searcher, lib = library
    source = (lib / "a0123.txt").read_text(encoding="utf-8")
    words = source.split()[:400]
    words[3] = "پاکستامم"  # a typo, as pasted text has: it must not make the search empty
    response = searcher.search(" ".join(words))
    assert response.hits[0].path.name == "a0123.txt"
    assert "distinctive words" in (response.message or "")
    assert len(response.patterns) <= search_module.SIGNIFICANT_WORDS


def test_a_prefix_count_is_exact_and_never_more_than_the_articles(
        library: tuple[Searcher, Path]) -> None:
    searcher, lib = library
    matching = sum(1 for p in lib.glob("*.txt")
                   if any(k.startswith("کرک") for k, _a, _b in
                          iter_words(p.read_text(encoding="utf-8"))))
    response = searcher.search("کرک*", limit=1)
    assert response.total == matching and response.total_exact
    assert searcher.search("کر*", limit=1).total <= 900


def test_a_prefix_with_too_many_words_is_capped_and_says_so(
        library: tuple[Searcher, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    searcher, _lib = library
    monkeypatch.setattr(whoosh_query, "MAX_PREFIX_TERMS", 2)
    response = searcher.search("کر*")
    assert "most common are searched" in (response.message or "")
    assert response.hits and not response.total_exact


def test_a_search_out_of_time_returns_what_it_has(library: tuple[Searcher, Path]) -> None:
    searcher, _lib = library
    response = searcher.search("پاکستان", budget=0)
    assert "stopped" in (response.message or "")
    assert not response.total_exact and response.total > 0


def test_a_cancelled_search_stops(library: tuple[Searcher, Path]) -> None:
    searcher, _lib = library
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 1  # superseded while matching

    response = searcher.search("پاکستان کرکٹ", cancelled=cancelled)
    assert response.cancelled and response.hits == []


def test_neighbour_spellings_are_tried_a_bounded_number_of_times() -> None:
    """Four words with many alternatives each: the phrase is looked for with at most
    MAX_PHRASE_COMBINATIONS combinations of them (not 5**4), the likeliest first, and a
    longer run with none, so the cost of letting neighbours choose stays bounded."""
    from reader_app.core.query import Word
    from reader_app.core.text.variants import Alternative

    class Reader:  # only what the expander asks of a reader here
        def doc_count_all(self) -> int:
            return 1000

    words = [f"w{n}" for n in range(5)]
    alternatives = {Word(w, w): tuple(Alternative(f"{w}v{k}", 0.9 - 0.1 * k)
                                      for k in range(5)) for w in words}
    expander = _Expander(Reader(), alternatives)  # type: ignore[arg-type]
    found = expander.combinations(tuple(words[:4]))
    assert 0 < len(found) <= whoosh_query.MAX_PHRASE_COMBINATIONS
    assert found[0] == ("w0v0", "w1v0", "w2v0", "w3v0")  # every word's likeliest form
    assert expander.combinations(tuple(words)) == []
