"""Every folding rule, as (what a person types, what the article says) pairs."""

import pytest

from reader_app.core.text.analyzer import UrduAnalyzer
from reader_app.core.text.normalize import display_form, fold, fold_text, iter_words

SAME = [
    # Arabic letters for Urdu ones
    ("ايران", "ایران"),  # U+064A ARABIC YEH
    ("ایرانى", "ایرانی"),  # U+0649 ALEF MAKSURA
    ("كراچی", "کراچی"),  # U+0643 ARABIC KAF
    ("ﮐراچی", "کراچی"),  # presentation form of keheh
    ("اللﻪ", "اللہ"),  # presentation form of ARABIC HEH
    ("كه", "کہ"),  # ARABIC HEH -> HEH GOAL
    ("عامة", "عامۃ"),  # TEH MARBUTA
    # presentation forms and ligatures (text copied from PDFs)
    ("ﭘﺎﮐﺴﺘﺎﻥ", "پاکستان"),
    ("ﻻہور", "لاہور"),
    # composed and decomposed letters
    ("آج", "آج"),  # ا + U+0653 vs U+0622
    ("مسئلۂ", "مسئلۂ"),  # ہ + U+0654 vs U+06C2
    ("گئۓ", "گئۓ"),  # ے + U+0654 vs U+06D3
    ("جائزہ", "جائزہ"),  # ی + hamza vs U+0626
    ("ۀ", "ۂ"),  # Persian heh-with-yeh
    # diacritics and superscript alef are stripped
    ("میڈیا", "میڈٰیا"),
    ("مُلک", "ملک"),
    ("پاکِستان", "پاکستان"),
    ("فوراً", "فورا"),
    ("اعلیٰ", "اعلی"),
    ("شدّت", "شدت"),
    # tatweel, ZWNJ/ZWJ and bidi controls inside a word
    ("پاکـــستان", "پاکستان"),
    ("وزیر\u200cدفاع", "وزیردفاع"),
    ("وزیر\u200dدفاع", "وزیردفاع"),
    ("\u200fایران\u200e", "ایران"),
    ("ای\u202bران", "ایران"),
    # digits in three scripts
    ("۳۰", "30"),
    ("٣٠", "30"),
    ("۲۰۱۶", "2016"),
    # Latin case
    ("ISPR", "ispr"),
]

DIFFERENT = [
    ("ے", "ی"),  # bari ye vs choti ye
    ("بڑے", "بڑی"),
    ("ہ", "ھ"),  # gol he vs do-chashmi he
    ("کہ", "کھ"),
    ("ں", "ن"),  # noon ghunna vs noon
    ("میں", "مین"),
    ("ٹ", "ت"),
    ("ٹی", "تی"),
    ("ڈ", "د"),
    ("ڑ", "ر"),
    ("آ", "ا"),  # alef madda is a letter, not a diacritic
    ("ۂ", "ہ"),
    ("3", "30"),
]


@pytest.mark.parametrize(("typed", "text"), SAME)
def test_variant_spellings_fold_together(typed: str, text: str) -> None:
    assert fold(typed) == fold(text)


@pytest.mark.parametrize(("typed", "text"), DIFFERENT)
def test_distinct_urdu_letters_stay_apart(typed: str, text: str) -> None:
    assert fold(typed) != fold(text)


def test_combining_marks_and_joiners_never_split_a_word() -> None:
    for word in ["میڈٰیا", "وزیر\u200cدفاع", "پاکـستان", "مُلک", "آج", "ا\u0654"]:
        assert len(list(iter_words(word))) == 1, word


def test_offsets_point_at_the_original_glyphs() -> None:
    text = "روسی وزیر\u200cدفاع نے ۳۰ ستمبر کو میڈٰیا سے بات کی"
    words = {key: text[start:end] for key, start, end in iter_words(text)}
    assert words[fold("وزیردفاع")] == "وزیر\u200cدفاع"
    assert words["30"] == "۳۰"
    assert words[fold("میڈیا")] == "میڈٰیا"


def test_analyzer_matches_iter_words_and_keeps_positions() -> None:
    text = "ﭘﺎﮐﺴﺘﺎﻥ اور ايران، 30 ستمبر"
    tokens = [(t.text, t.pos, t.startchar, t.endchar)
              for t in UrduAnalyzer()(text, positions=True, chars=True)]
    assert [t[0] for t in tokens] == [k for k, _, _ in iter_words(text)]
    assert [t[1] for t in tokens] == list(range(len(tokens)))
    assert text[tokens[2][2]:tokens[2][3]] == "ايران"


def test_punctuation_separates_words_and_empty_words_vanish() -> None:
    assert [k for k, _, _ in iter_words("گا۔ ہیں، کیا؟ \u200c ـ ‘‘")] == [
        fold("گا"), fold("ہیں"), fold("کیا")]


def test_folding_is_idempotent_and_display_form_recomposes() -> None:
    text = "آج ايران میں كہا گیا ۔ مسئلۂ"
    assert fold_text(fold_text(text)) == fold_text(text)
    assert display_form(fold("آج")) == "آج"
