"""Search as a person uses it: variant spellings, compounds, syntax, hits and snippets."""

from __future__ import annotations

import shutil

import pytest
from helpers import SEED as SEED_PATH
from helpers import SEEDS
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
