"""Search as a person uses it: variant spellings, compounds, syntax, hits and snippets."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from helpers import SEED as SEED_PATH
from helpers import SEEDS, searcher_of
from hypothesis import given, settings
from hypothesis import strategies as st

from reader_app.core.index import ArticleIndex
from reader_app.core.query import parse_query
from reader_app.core.search import Searcher, find_ranges
from reader_app.core.text.normalize import fold

ARTICLES = {
    "defence.txt": "روسی وزیردفاع نے ماسکو میں ایران کے وزیر دفاع سے ملاقات کی۔",
    "cricket.txt": "پاکستان کرکٹ ٹیم نے 30 ستمبر کو میچ جیتا۔",
    "weather.txt": "کراچی میں بارش کا امکان ہے اور لاہور میں گرمی۔",
    "html.txt": "<script>alert('x')</script> اور <b>موٹا</b> متن",
}


@pytest.fixture(scope="module")
def searcher(tmp_path_factory: pytest.TempPathFactory) -> Searcher:
    root = tmp_path_factory.mktemp("search")
    lib = root / "lib"
    lib.mkdir()
    for name, text in ARTICLES.items():
        (lib / name).write_text(text, encoding="utf-8")
    shutil.copytree(SEEDS, lib / "seeds")
    index = ArticleIndex(root / "ix")
    index.refresh([lib])
    return Searcher(index)


def names(searcher: Searcher, query: str) -> set[str]:
    return {hit.path.name for hit in searcher.search(query).hits}


SEED = SEED_PATH.name


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("ايران", {"defence.txt", SEED}),  # Arabic yeh
        ("كراچى", {"weather.txt"}),  # Arabic kaf and alef maksura
        ("۳۰ ستمبر", {"cricket.txt", SEED}),  # Extended Arabic-Indic digits
        ("٣٠", {"cricket.txt", SEED}),  # Arabic-Indic digits
        ("میڈیا", {SEED}),  # the seed writes میڈٰیا with a superscript alef
        ("پاکـــستان", {"cricket.txt"}),  # tatweel
        ("ﮐﺮاﭼﯽ", {"weather.txt"}),  # presentation forms
        ("کراچی لاہور", {"weather.txt"}),  # AND of two words
        ("کراچی ماسکو", set()),
    ],
)
def test_variant_spellings_find_the_article(searcher: Searcher, query: str,
                                            expected: set[str]) -> None:
    assert names(searcher, query) == expected


@pytest.mark.parametrize("query", ["وزیردفاع", "وزیر دفاع", '"وزیر دفاع"', "وزیر\u200cدفاع"])
def test_compounds_match_joined_and_split(searcher: Searcher, query: str) -> None:
    response = searcher.search(query)
    hit = next(h for h in response.hits if h.path.name == "defence.txt")
    text = ARTICLES["defence.txt"]
    highlighted = [text[a:b] for a, b in hit.ranges]
    assert "وزیردفاع" in highlighted and "وزیر دفاع" in highlighted


def test_a_word_finds_the_compounds_it_begins(searcher: Searcher) -> None:
    # The seed writes only وزیردفاع, joined after the non-joining ر, never وزیر alone.
    response = searcher.search("وزیر")
    hit = next(h for h in response.hits if h.path.name == SEED)
    text = SEED_PATH.read_text(encoding="utf-8-sig").replace("\r\n", "\n")
    assert "وزیردفاع" in {text[a:b] for a, b in hit.ranges}
    assert SEED not in names(searcher, "=وزیر")  # kept exact: the word alone only
    # چ joins the next letter: no compound hides behind it, and کراچی comes only as a
    # correction, said as such
    assert searcher.search("کراچ").corrected == "کراچی"


def test_distinct_letters_do_not_match(searcher: Searcher) -> None:
    # Never merged silently: kept exact they find nothing, and plainly typed their results
    # are a declared correction ("Showing results for میں").
    assert names(searcher, "=مین") == set()  # میں has noon ghunna
    assert names(searcher, "=تیم") == set()  # ٹیم has tteh
    assert searcher.search("مین").corrected == "میں"
    assert searcher.search("تیم").corrected == "ٹیم"


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ('"بارش کا امکان"', {"weather.txt"}),
        ('"امکان کا بارش"', set()),
        ("کراچی OR ماسکو", {"weather.txt", "defence.txt", SEED}),
        ("میں NOT کراچی", {"defence.txt", SEED}),
        ("میں -کراچی", {"defence.txt", SEED}),
        ("(کراچی OR ماسکو) بارش", {"weather.txt"}),
        ("کرک*", {"cricket.txt"}),
        ("لاہو*", {"weather.txt"}),
    ],
)
def test_query_syntax(searcher: Searcher, query: str, expected: set[str]) -> None:
    assert names(searcher, query) == expected


@pytest.mark.parametrize("query", ['"', "(", ")", "AND", "OR", "NOT", "*", "-", "", "   ",
                                   "ا" * 5000, '"کراچی', "(کراچی", "کراچی)", "AND کراچی OR"])
def test_malformed_queries_are_answered(searcher: Searcher, query: str) -> None:
    response = searcher.search(query)
    assert response.query == query
    if "کراچی" in query:
        assert [h.path.name for h in response.hits] == ["weather.txt"]
    else:
        assert response.hits == []
        assert response.message or not query.strip()


def test_hit_ranges_point_at_original_glyphs(searcher: Searcher, seed_text: str) -> None:
    response = searcher.search("میڈیا وزير دفاع")
    hit = next(h for h in response.hits if h.path.name == SEED)
    found = [seed_text[a:b] for a, b in hit.ranges]
    assert {"میڈٰیا", "وزیردفاع"} <= set(found) <= {"میڈٰیا", "وزیردفاع", "دفاع"}
    assert found.count("وزیردفاع") == seed_text.count("وزیردفاع")


def test_snippet_marks_hits_and_escapes_text(searcher: Searcher) -> None:
    hit = searcher.search("موٹا").hits[0]
    assert "<b>موٹا</b>" in hit.snippet
    assert "&lt;script&gt;" in hit.snippet and "<script>" not in hit.snippet
    assert "&lt;b&gt;" in hit.snippet


def test_did_you_mean_comes_from_the_index(searcher: Searcher) -> None:
    response = searcher.search("=کراچے")  # kept exact: only suggested
    assert response.hits == [] and response.suggestion == "=کراچی"
    assert names(searcher, response.suggestion) == {"weather.txt"}


def test_results_carry_title_path_and_score(searcher: Searcher) -> None:
    hit = searcher.search("بارش").hits[0]
    assert hit.path.is_absolute() and hit.title.startswith("کراچی میں بارش")
    assert hit.score > 0


def test_prefix_ranges_cover_whole_words() -> None:
    text = "کرکٹ اور کرکٹر"
    ranges = find_ranges(text, [((fold("کرک"), True),)])
    assert [text[a:b] for a, b in ranges] == ["کرکٹ", "کرکٹر"]


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list('ab ()"*-ORNTAD\u200cایرانوزیدفع۳ـٰ')), max_size=40))
def test_any_string_is_a_valid_query(searcher: Searcher, text: str) -> None:
    response = searcher.search(text)
    assert response.query == text
    parse_query(text)



def _library_of_many_hits(root, sentences: list[str]):
    """40 articles of real sentences, most also with the words the tests below search."""
    import random

    rng = random.Random(5)
    lib = root / "lib"
    lib.mkdir()
    adds = ["پاکستان کرکٹ ٹیم", "وزیر دفاع نے کہا", "ایران کے وزیر", "کراچی میں بارش"]
    for i in range(40):
        words = " ".join(rng.sample(sentences, 6)).split()
        for add in rng.sample(adds, rng.randint(0, 3)):
            at = rng.randrange(len(words))
            words[at:at] = add.split()
        (lib / f"article {i}.txt").write_text(" ".join(words), encoding="utf-8")
    index = ArticleIndex(root / "ix")
    index.refresh([lib])
    return lib, Searcher(index)


MANY = ["پاکستان", "وزیر دفاع", "پاک*", '"ایران کے"', "کراچی OR ماسکو"]


@pytest.mark.parametrize("query", MANY)
def test_snippets_made_later_are_those_made_at_once(tmp_path, sentences: list[str],
                                                    query: str) -> None:
    """A pane makes the snippets of the rows it shows first and the rest later: the later
    ones are what one search would have made."""
    _lib, searcher = _library_of_many_hits(tmp_path, sentences)
    whole = searcher.search(query, limit=30)
    assert len(whole.hits) > 10 and not any(hit.pending for hit in whole.hits)
    part = searcher.search(query, limit=30, snippets=3)
    assert [h.path for h in part.hits] == [h.path for h in whole.hits]
    assert [h.pending for h in part.hits] == [False] * 3 + [True] * (len(part.hits) - 3)
    assert all(h.snippet == "" for h in part.hits[3:])
    assert part.hits[:3] == whole.hits[:3]
    assert searcher.fill(part, part.hits[3:10]) == whole.hits[3:10]
    assert searcher.fill(part, part.hits) == whole.hits


def test_snippets_made_after_a_refresh_are_those_made_at_once(tmp_path,
                                                              sentences: list[str]) -> None:
    """A refresh between the search and the later snippets renumbers the articles: they
    are made from the files' words, and still the same."""
    lib, searcher = _library_of_many_hits(tmp_path, sentences)
    whole = searcher.search("وزیر دفاع", limit=30)
    part = searcher.search("وزیر دفاع", limit=30, snippets=2)
    (lib / "article 0.txt").unlink()
    (lib / "new.txt").write_text("پاکستان کرکٹ", encoding="utf-8")
    searcher.index.refresh([lib])
    filled = searcher.fill(part, part.hits)
    assert [h for h in filled if h.path.name != "article 0.txt"] == [
        h for h in whole.hits if h.path.name != "article 0.txt"]


def test_a_typed_zwnj_marks_a_boundary_even_inside_a_common_word(tmp_path: Path) -> None:
    """ویکسی‌نیشن typed with a ZWNJ: the person marked where one word ends, so the article
    writing ویکسی نیشن apart comes first, though ویکسینیشن (joined, after a joining ی)
    is common and would not otherwise be split."""
    articles = {f"joined{n}.txt": "ویکسینیشن مہم جاری ہے۔ " * (n + 1) for n in range(5)}
    articles["apart.txt"] = "بچوں کی ویکسی نیشن کا عمل شروع ہوا۔"
    searcher = searcher_of(tmp_path, articles)
    hits = searcher.search("ویکسی\u200cنیشن").hits
    assert hits[0].path.name == "apart.txt"
    assert len(hits) == 6  # and the joined word is still found


def test_copies_of_one_article_are_counted_once_when_every_match_is_shown(
        tmp_path: Path) -> None:
    """The same text in two files is one result; the count says so too, not "3 found"
    beside two rows. With more matches than shown, the count stays the files' count."""
    from helpers import searcher_of

    text = "سفارتخانے کے باہر مظاہرہ ہوا۔"
    searcher = searcher_of(tmp_path, {"a.txt": text, "copy of a.txt": text + "\n",
                                      "b.txt": "سفارتخانے نے بیان جاری کیا۔"})
    response = searcher.search("سفارتخانے")
    assert len(response.hits) == 2 and response.total == 2 and response.total_exact
    assert searcher.search("سفارتخانے", limit=1).total == 3  # not all seen: files
