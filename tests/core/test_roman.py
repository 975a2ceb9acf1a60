"""Roman Urdu: words typed in Latin letters find the Urdu words the index holds."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from helpers import searcher_of

from reader_app.core.roman import RomanTable, is_latin
from reader_app.core.search import Searcher
from reader_app.core.text.normalize import fold, fold_text, iter_words

DATA = Path(__file__).parent / "data" / "roman_urdu.tsv"


def load_pairs() -> list[tuple[str, list[str]]]:
    rows = []
    for line in DATA.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            urdu, spellings = line.split("\t")
            rows.append((urdu, spellings.split(",")))
    return rows


PAIRS = load_pairs()


def test_the_test_set_is_large_and_varied() -> None:
    assert len(PAIRS) >= 150
    assert sum(len(s) for _, s in PAIRS) >= 3 * 150
    assert len({fold(u) for u, _ in PAIRS}) == len(PAIRS)


def test_roman_words_find_their_urdu_among_news_vocabulary(seed_text: str) -> None:
    """Among the seed article's words and every word of the set (each competing with all the
    others), the first candidate is the intended word for at least 90% of spellings."""
    counts = Counter(k for k, _, _ in iter_words(seed_text))
    for urdu, _ in PAIRS:
        counts[fold(urdu)] += 1
    table = RomanTable(counts)
    misses = []
    total = 0
    for urdu, spellings in PAIRS:
        for spelling in spellings:
            total += 1
            found = table.lookup(spelling)
            if not found or found[0].key != fold(urdu):
                misses.append((spelling, urdu, found[0].key if found else None))
    assert 1 - len(misses) / total >= 0.90, misses


@pytest.mark.parametrize(("word", "latin"), [
    ("hukumat", True), ("wazir-e-azam", False), ("Karachi", True), ("mas'ala", True),
    ("کراچی", False), ("2024", False), ("saṛak", True),
])
def test_what_counts_as_latin(word: str, latin: bool) -> None:
    assert is_latin(word) is latin


ARTICLES = {
    "govt.txt": "وفاقی حکومت نے نئے بجٹ کا اعلان کیا۔",
    "pm.txt": "وزیراعظم نے کابینہ کا اجلاس طلب کر لیا۔",
    "pm2.txt": "وزیر اعظم آج لاہور پہنچے۔",
    "rain.txt": "کراچی میں بارش سے سڑکیں ڈوب گئیں۔",
    "karachi.txt": "کراچی کی بندرگاہ پر کام جاری ہے۔",
    "police.txt": "پولیس نے ملزم کو گرفتار کر لیا۔",
    "cricket.txt": "پاکستان کرکٹ ٹیم نے میچ جیت لیا۔",
    "company.txt": "کمپنی نے نئی مصنوعات متعارف کرائیں۔",
    "hikmat.txt": "یہ حکمت عملی کامیاب رہی۔",
    "masla.txt": "کشمیر کا مسئلہ ابھی حل طلب ہے۔",
    "report1.txt": "کمیٹی نے اپنی رپورٹ پیش کر دی۔",
    "report2.txt": "رپورٹ کے مطابق بارش جاری رہے گی۔",
    "english.txt": "اس کا نام annual report تھا۔",
}


@pytest.fixture(scope="module")
def searcher(tmp_path_factory: pytest.TempPathFactory) -> Searcher:
    return searcher_of(tmp_path_factory.mktemp("roman"), ARTICLES)


def first_highlight(searcher: Searcher, query: str) -> tuple[str, set[str]]:
    hit = searcher.search(query).hits[0]
    text = ARTICLES[hit.path.name]
    return hit.path.name, {w for a, b in hit.ranges for w in fold_text(text[a:b]).split()}


@pytest.mark.parametrize(("query", "article", "words"), [
    ("hukumat", "govt.txt", {"حکومت"}),
    ("hakumat", "govt.txt", {"حکومت"}),
    ("hukoomat", "govt.txt", {"حکومت"}),
    ("wazir e azam", None, {"وزیراعظم"}),
    ("wazir-e-azam", None, {"وزیراعظم"}),
    ("karachi barish", "rain.txt", {"کراچی", "بارش"}),
    ("police", "police.txt", {"پولیس"}),
    ("cricket", "cricket.txt", {"کرکٹ"}),
    ("company", "company.txt", {"کمپنی"}),
    ("کراچی barish", "rain.txt", {"کراچی", "بارش"}),  # mixed Urdu and Roman
    ("karachi بارش", "rain.txt", {"کراچی", "بارش"}),
    ("mas'ala", "masla.txt", {"مسئلہ"}),  # an apostrophe for ع or ء: still one word
    ("masla", "masla.txt", {"مسئلہ"}),
])
def test_roman_query_finds_the_urdu_word(searcher: Searcher, query: str, article: str | None,
                                         words: set[str]) -> None:
    name, highlighted = first_highlight(searcher, query)
    if article:
        assert name == article
    if words == {"وزیراعظم"}:  # joined or apart, both are the word
        assert name in {"pm.txt", "pm2.txt"}
        assert highlighted & {"وزیراعظم", "وزیر"}
    else:
        assert {fold(w) for w in words} <= highlighted


def test_a_latin_word_the_index_also_holds_finds_the_urdu_word_first(
        searcher: Searcher) -> None:
    order = [hit.path.name for hit in searcher.search("report").hits]
    assert set(order[:2]) == {"report1.txt", "report2.txt"}
    assert "english.txt" in order  # the Latin word itself is still found


def test_roman_query_says_what_it_searched(searcher: Searcher) -> None:
    searched = searcher.search("karachi barish").searched
    assert ("karachi", "کراچی") in searched and ("barish", "بارش") in searched


def test_exact_roman_word_is_not_transliterated(searcher: Searcher) -> None:
    response = searcher.search("=hukumat")
    assert response.hits == [] and response.searched == []


# --- English typed in Latin letters -------------------------------------------------------
ENGLISH = Path(__file__).parent / "data" / "english_news_words.tsv"


def load_english() -> list[tuple[str, set[str]]]:
    rows = []
    for line in ENGLISH.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            word, spellings = line.split("\t")
            rows.append((word, {fold(s) for s in spellings.split(",") if s}))
    return rows


def test_english_news_words_are_not_turned_into_other_urdu_words(seed_text: str) -> None:
    """Among the seed's words and every Urdu word of both test sets, an English news word is
    searched as its own Urdu spelling or kept as typed; hardly ever as an unrelated word."""
    counts = Counter(k for k, _, _ in iter_words(seed_text))
    for urdu, _ in PAIRS:
        counts[fold(urdu)] += 1
    english = load_english()
    for _word, spellings in english:
        counts.update(spellings)
    table = RomanTable(counts)
    false = [(word, found[0].key) for word, spellings in english
             if (found := table.lookup(word)) and found[0].key not in spellings]
    assert len(false) <= 0.1 * len(english), false


ENGLISH_ARTICLES = {
    "russia.txt": "روس نے نئی پابندیوں کا اعلان کیا۔",
    "root.txt": "اس مضمون میں root کا لفظ آیا۔",
    "anyone.txt": "کسی نے کچھ نہیں کہا۔",
    "case.txt": "عدالت میں کیس کی سماعت ہوئی۔",
    "money.txt": "اس کے پاس پیسے نہیں تھے۔",
    "most1.txt": "یہ اہم ترین دن ہے۔",
    "most2.txt": "یہ مشکل ترین کام ہے۔",
    "train.txt": "ٹرین لاہور پہنچ گئی۔",
    "people.txt": "لوگ بازار میں جمع ہو گئے۔",
}


@pytest.fixture(scope="module")
def english_searcher(tmp_path_factory: pytest.TempPathFactory) -> Searcher:
    return searcher_of(tmp_path_factory.mktemp("english"), ENGLISH_ARTICLES)


@pytest.mark.parametrize(("query", "first", "never"), [
    ("root", "root.txt", "russia.txt"),  # the Latin word the articles hold, not روس
    ("case", "case.txt", "anyone.txt"),  # کیس, not کسی
    ("peace", None, "money.txt"),  # no Urdu spelling of it here: not پیسے
    ("train", "train.txt", "most1.txt"),  # English t is ٹ: ٹرین, not the commoner ترین
    ("log", "people.txt", None),  # Roman Urdu that is an English word too: still لوگ
])
def test_english_words_are_read_as_english(english_searcher: Searcher, query: str,
                                           first: str | None, never: str | None) -> None:
    names = [hit.path.name for hit in english_searcher.search(query).hits]
    if first:
        assert names[:1] == [first]
    assert never not in names


def test_a_latin_word_the_index_holds_comes_first_unless_urdu_spells_it_closely(
        tmp_path: Path) -> None:
    """system in an English aside, سسٹم (a looser spelling of it) in another article: the
    word as the articles write it comes first, the Urdu word after it."""
    searcher = searcher_of(tmp_path, {
        "aside.txt": "اس کا نام operating system تھا۔",
        "urdu.txt": "نیا سسٹم کل سے نافذ ہوگا۔",
    })
    response = searcher.search("system")
    assert [hit.path.name for hit in response.hits] == ["aside.txt", "urdu.txt"]
    assert ("system", "سسٹم") in response.searched


# Typed in English, each word against an unrelated Urdu word its letters also spell when
# read loosely (a first vowel or alef dropped, ai read as a long i, a monosyllable's i
# read as ee), five times as common as the word's own Urdu spelling (when it has one).
@pytest.mark.parametrize(("typed", "never", "wanted"), [
    ("office", "فیس", "آفس"),  # the first vowel is written: آفس, not فیس
    ("university", "نیورسٹی", "یونیورسٹی"),  # a first u before a consonant and vowel: yoo
    ("island", "سلینڈ", None),
    ("war", "اور", None),  # no alef before an English w
    ("law", "علاوہ", None),
    ("jail", "جائیل", "جیل"),  # ai is one vowel (train ٹرین), not a long i
    ("price", "پریس", "پرائس"),  # a monosyllable's i_e is a long i, not police's ee
    ("crime", "کریم", "کرائم"),
    ("fire", "فار", "فائر"),  # the long i's second half is written
    ("house", "حصہ", "ہاؤس"),  # and an ou's
    ("country", None, "کنٹری"),  # but this ou is a short u
    ("commission", "کمسن", None),  # too loose a match for an English word: kept as typed
    ("captain", None, "کپتان"),  # a final unstressed -ain is not the ay of train
    ("police", None, "پولیس"),
    ("school", None, "سکول"),  # an s and a consonant may take an alef, or not
    ("station", None, "اسٹیشن"),
])
def test_english_words_keep_their_edges(typed: str, never: str | None,
                                        wanted: str | None) -> None:
    counts = Counter({fold(w): 10 for w in (wanted,) if w})
    if never:
        counts[fold(never)] = 50
    found = RomanTable(counts).lookup(typed)
    first = found[0].key if found else None
    assert first == (fold(wanted) if wanted else None)
