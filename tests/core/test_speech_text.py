"""Text that speaks well (issue 28): Urdu number words, dates, times, abbreviations, Latin
runs, pauses, and every spoken character traced back to the article's offsets."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader_app.core.library import read_article
from reader_app.core.speech.numbers import (
    BELOW_100,
    spell,
    spell_decimal,
    spell_number,
    spell_year,
)
from reader_app.core.speech.text import (
    Pause,
    reads_as_letters,
    speakable_chunks,
    word_span,
)
from reader_app.core.text.normalize import iter_words

DIGITS = re.compile(r"[0-9\u0660-\u0669\u06f0-\u06f9]")


def spoken(text: str) -> str:
    """What the engine is given, without the vowel marks added to some number words."""
    return " ".join(chunk.text for chunk in speakable_chunks(text)).translate(UNMARKED)


UNMARKED = str.maketrans({"\u064e": None, "\u0650": None, "\u0651": None})


# The numbers ------------------------------------------------------------------------

@pytest.mark.parametrize(("n", "words"), [
    (0, "صفر"), (1, "ایک"), (6, "چھ"), (9, "نو"), (10, "دس"),
    # 11-99 cannot be built from their digits: each is its own word
    (11, "گیارہ"), (12, "بارہ"), (13, "تیرہ"), (14, "چودہ"), (15, "پندرہ"), (16, "سولہ"),
    (17, "سترہ"), (18, "اٹھارہ"), (19, "انیس"), (20, "بیس"), (21, "اکیس"), (22, "بائیس"),
    (23, "تئیس"), (24, "چوبیس"), (25, "پچیس"), (29, "انتیس"), (30, "تیس"), (32, "بتیس"),
    (35, "پینتیس"), (38, "اڑتیس"), (39, "انتالیس"), (40, "چالیس"), (46, "چھیالیس"),
    (49, "انچاس"), (50, "پچاس"), (51, "اکیاون"), (53, "ترپن"), (54, "چون"), (59, "انسٹھ"),
    (60, "ساٹھ"), (63, "ترسٹھ"), (67, "سڑسٹھ"), (69, "انہتر"), (70, "ستر"), (72, "بہتر"),
    (75, "پچھتر"), (78, "اٹھہتر"), (79, "اناسی"), (80, "اسی"), (88, "اٹھاسی"), (89, "نواسی"),
    (90, "نوے"), (91, "اکیانوے"), (96, "چھیانوے"), (99, "ننانوے"),
])
def test_urdu_words_below_a_hundred(n: int, words: str) -> None:
    assert spell(n) == words


def test_every_number_below_a_hundred_has_its_own_word() -> None:
    assert len(set(BELOW_100)) == 100
    assert all(" " not in word for word in BELOW_100)


@pytest.mark.parametrize(("n", "words"), [
    (100, "ایک سو"), (101, "ایک سو ایک"), (120, "ایک سو بیس"), (999, "نو سو ننانوے"),
    (1000, "ایک ہزار"), (1022, "ایک ہزار بائیس"), (25000, "پچیس ہزار"),
    (100_000, "ایک لاکھ"), (250_000, "دو لاکھ پچاس ہزار"),
    (123_456, "ایک لاکھ تئیس ہزار چار سو چھپن"), (10_000_000, "ایک کروڑ"),
    (35_000_000, "تین کروڑ پچاس لاکھ"), (1_000_000_000, "ایک ارب"),
    (100_000_000_000, "ایک کھرب"),
])
def test_the_south_asian_scale(n: int, words: str) -> None:
    assert spell(n) == words


def test_years_decimals_and_codes() -> None:
    assert spell_year(2024) == "دو ہزار چوبیس"
    assert spell_year(1971) == "انیس سو اکہتر"
    assert spell_year(1900) == "انیس سو"
    assert spell_year(2000) == "دو ہزار"
    assert spell_number("1947") == "انیس سو سینتالیس"
    assert spell_decimal("3", "14") == "تین اعشاریہ ایک چار"
    assert spell_number("0300") == "صفر تین صفر صفر"  # a leading zero: a code, digit by digit
    assert spell(10**14) == "ایک صفر صفر صفر صفر صفر صفر صفر صفر صفر صفر صفر صفر صفر صفر"


@pytest.mark.parametrize(("written", "said"), [
    ("30 ستمبر", "تیس ستمبر"),
    ("۳۰ ستمبر", "تیس ستمبر"),  # Urdu (Extended Arabic-Indic) digits
    ("٣٠ ستمبر", "تیس ستمبر"),  # Arabic-Indic digits
    ("1,022 افراد", "ایک ہزار بائیس افراد"),
    ("۱٬۰۲۲ افراد", "ایک ہزار بائیس افراد"),  # the Arabic thousands separator
    ("1,00,000 روپے", "ایک لاکھ روپے"),  # lakh grouping
    ("2,50,00,000 روپے", "دو کروڑ پچاس لاکھ روپے"),
    ("1,000,000 ڈالر", "دس لاکھ ڈالر"),
    ("۱٫۵ فیصد", "ایک اعشاریہ پانچ فیصد"),  # the Arabic decimal separator
    ("3.5 فیصد", "تین اعشاریہ پانچ فیصد"),
    ("50% اضافہ", "پچاس فیصد اضافہ"),
    ("۵۰٪ اضافہ", "پچاس فیصد اضافہ"),
    ("2024ء میں", "دو ہزار چوبیس میں"),  # the year sign is not said
    ("2019 ء تک", "دو ہزار انیس تک"),
    ("$300m کی امداد", "تین سو ملین ڈالر کی امداد"),
    ("$ 500 m", "پانچ سو ملین ڈالر"),
    ("100 m دوڑ", "ایک سو m دوڑ"),  # no currency: metres, not millions
    ("Rs. 1,500 فی کلو", "ایک ہزار پانچ سو روپے فی کلو"),
    ("1998 میں", "انیس سو اٹھانوے میں"),
    ("2024-07-14 کو", "چودہ جولائی دو ہزار چوبیس کو"),
    ("14/07/2024 کو", "چودہ جولائی دو ہزار چوبیس کو"),
    ("۱۴ جولائی ۲۰۲۴ کو", "چودہ جولائی دو ہزار چوبیس کو"),
    ("10:30 پر", "دس بج کر تیس منٹ پر"),
    ("10:30 بجے", "دس تیس بجے"),
    ("G20 اجلاس", "جی بیس اجلاس"),
])
def test_numbers_dates_and_times_become_words(written: str, said: str) -> None:
    assert spoken(written) == said


def test_number_words_carry_the_marks_a_voice_needs() -> None:
    [chunk] = speakable_chunks("20 اور 80")
    assert chunk.text == "بِیس اور اَسّی"  # espeak-ng says "bes" and "isi" without them
    assert spell(20) == "بیس"  # the speller itself writes the plain words


def test_numbers_in_a_list_are_not_one_number() -> None:
    assert spoken("10,20 اور 30") == "دس, بیس اور تیس"


def test_no_digit_reaches_the_engine_from_the_seed(seed_path) -> None:
    article = read_article(seed_path)
    assert not DIGITS.search(spoken(article.text))


# Abbreviations and Latin ----------------------------------------------------------------

def test_latin_capitals_are_read_as_urdu_letter_names() -> None:
    assert spoken("PTI نے کہا") == "پی ٹی آئی نے کہا"
    assert spoken("BBC کے مطابق") == "بی بی سی کے مطابق"
    assert spoken("FATF اور IMF") == "ایف اے ٹی ایف اور آئی ایم ایف"


def test_abbreviations_said_as_words_stay_words() -> None:
    assert not reads_as_letters("NATO")
    assert not reads_as_letters("COVID")
    assert not reads_as_letters("NADRA")
    assert reads_as_letters("ISPR") and reads_as_letters("SECP")
    assert not reads_as_letters("Twitter")


def test_urdu_spaced_letters_pass_as_they_are() -> None:
    # Written as the letters' names already: an Urdu voice reads them letter by letter.
    assert spoken("پی ٹی آئی اور این اے") == "پی ٹی آئی اور این اے"


def test_latin_words_are_marked_for_an_english_voice() -> None:
    [chunk] = speakable_chunks("صدر ٹرمپ نے Twitter پر BBC News کہا")
    marked = [chunk.text[s:e] for s, e in chunk.latin]
    assert marked == ["Twitter", "News"]
    runs = [(chunk.text[s:e], latin) for s, e, latin in chunk.segments()]
    assert ("Twitter", True) in runs and all(r for r, _ in runs)
    [english] = speakable_chunks("the Prime Minister said")
    assert english.latin == ((0, len(english.text)),)  # one run across the spaces


def test_arabic_letter_forms_become_urdu_letters() -> None:
    assert spoken("ملك ميں كها") == "ملک میں کہا"
    decomposed = "ا\u0653باد"
    assert spoken(decomposed) == "آباد"


# Chunks and pauses ------------------------------------------------------------------

def test_chunks_end_at_punctuation_with_their_pause() -> None:
    text = "پہلا جملہ، دوسرا حصہ؛ تیسرا۔ کیا سوال ہے؟ آخری\n\nنیا پیراگراف"
    chunks = list(speakable_chunks(text))
    assert [c.text.strip() for c in chunks] == [
        "پہلا جملہ،", "دوسرا حصہ؛", "تیسرا۔", "کیا سوال ہے؟", "آخری", "نیا پیراگراف"]
    assert [c.pause for c in chunks] == [Pause.CLAUSE, Pause.CLAUSE, Pause.SENTENCE,
                                         Pause.SENTENCE, Pause.PARAGRAPH, Pause.PARAGRAPH]


def test_a_sentence_before_a_paragraph_break_pauses_as_a_paragraph() -> None:
    chunks = list(speakable_chunks("پہلا۔\nدوسرا۔"))
    assert [c.pause for c in chunks] == [Pause.PARAGRAPH, Pause.PARAGRAPH]


def test_a_long_clause_is_cut_at_a_space() -> None:
    text = " ".join(["لفظ"] * 400)
    chunks = list(speakable_chunks(text))
    assert len(chunks) > 1
    assert all(len(c.text) < 400 for c in chunks)
    assert chunks[0].pause == Pause.NONE


def test_reading_starts_where_asked() -> None:
    text = "پہلا جملہ۔ دوسرا جملہ۔"
    chunks = list(speakable_chunks(text, start=text.index("دوسرا")))
    assert [c.text.strip() for c in chunks] == ["دوسرا جملہ۔"]
    assert chunks[0].start == text.index("دوسرا")


# Offsets back to the article -----------------------------------------------------------

def test_spoken_words_map_back_to_the_written_words() -> None:
    text = "کل 1,022 افراد نے PTI کے جلسے میں ۱۴ جولائی کو شرکت کی۔"
    [chunk] = speakable_chunks(text)
    for spoken_word, written in [("ایک ہزار بائیس", "1,022"), ("پی ٹی آئی", "PTI"),
                                 ("چودہ", "۱۴"), ("افراد", "افراد"), ("شرکت", "شرکت")]:
        i = chunk.text.index(spoken_word)
        start, end = chunk.word(i, i + len(spoken_word))
        assert text[start:end] == written
    # a single spoken word inside a number names the whole number
    i = chunk.text.index("بائیس")
    assert chunk.word(i, i + 5) == (text.index("1,022"), text.index("1,022") + 5)


def test_every_word_of_the_seed_is_in_some_chunk(seed_path) -> None:
    text = read_article(seed_path).text
    covered = set()
    for chunk in speakable_chunks(text):
        for piece in chunk.pieces:
            covered.update(range(piece.start, piece.end))
        for piece in chunk.pieces:
            if piece.exact:  # character for character: the same text
                assert chunk.text[piece.at:piece.at + piece.length] \
                    == text[piece.start:piece.end]
    words = list(iter_words(text))
    assert all(start in covered for _key, start, _end in words)


def test_word_span_leaves_out_punctuation() -> None:
    text = "‘مجھے یقین ہے‘‘۔"
    assert word_span(text, 0, 6) == (1, 5)
    assert word_span(text, 13, 16) is None


_ALPHABET = st.sampled_from(["ایک", " ", "۔", "،", "12", "۳۴", "1,000", "٫", "PTI", "news",
                             "\n", "ملك", ":", "5%", "2024-01-02", "ء", "-"])


@settings(max_examples=200, deadline=None)
@given(st.lists(_ALPHABET, max_size=30))
def test_pieces_are_in_order_and_inside_the_text(parts: list[str]) -> None:
    text = "".join(parts)
    last_end = 0
    for chunk in speakable_chunks(text):
        assert chunk.text and chunk.pieces
        at = 0
        for piece in chunk.pieces:
            assert piece.at == at
            at += piece.length
            assert 0 <= piece.start <= piece.end <= len(text)
            assert piece.start >= last_end or piece.start == piece.end
        assert at == len(chunk.text)
        last_end = max(last_end, chunk.end)
        for i in range(len(chunk.text)):
            found = chunk.source(i, i + 1)
            assert found is not None and chunk.start <= found[0] <= found[1] <= chunk.end
