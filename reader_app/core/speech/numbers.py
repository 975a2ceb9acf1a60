"""Numbers, years, dates and times written in Urdu words, as a news reader says them.

Urdu's words for 1 to 99 cannot be built from parts (23 is تئیس, 53 ترپن, 79 اناسی), so they
are a table. Above it the South Asian scale: سو (hundred), ہزار (thousand), لاکھ (hundred
thousand), کروڑ (ten million), ارب (a hundred crore), کھرب (a hundred arab). A year of 1100
to 1999 is said in hundreds (انیس سو اکہتر); a decimal fraction digit by digit after
اعشاریہ (point).
"""

from __future__ import annotations

# 0 to 99, as the standard Urdu spellings (the variants people also write: 51 اکاون,
# 63 تریسٹھ, 75 پچہتر, 76 چھیہتر, 81 اکاسی, 91 اکانوے).
BELOW_100 = (
    "صفر", "ایک", "دو", "تین", "چار", "پانچ", "چھ", "سات", "آٹھ", "نو",
    "دس", "گیارہ", "بارہ", "تیرہ", "چودہ", "پندرہ", "سولہ", "سترہ", "اٹھارہ", "انیس",
    "بیس", "اکیس", "بائیس", "تئیس", "چوبیس", "پچیس", "چھبیس", "ستائیس", "اٹھائیس", "انتیس",
    "تیس", "اکتیس", "بتیس", "تینتیس", "چونتیس", "پینتیس", "چھتیس", "سینتیس", "اڑتیس", "انتالیس",
    "چالیس", "اکتالیس", "بیالیس", "تینتالیس", "چوالیس", "پینتالیس", "چھیالیس", "سینتالیس",
    "اڑتالیس", "انچاس",
    "پچاس", "اکیاون", "باون", "ترپن", "چون", "پچپن", "چھپن", "ستاون", "اٹھاون", "انسٹھ",
    "ساٹھ", "اکسٹھ", "باسٹھ", "ترسٹھ", "چونسٹھ", "پینسٹھ", "چھیاسٹھ", "سڑسٹھ", "اڑسٹھ", "انہتر",
    "ستر", "اکہتر", "بہتر", "تہتر", "چوہتر", "پچھتر", "چھہتر", "ستتر", "اٹھہتر", "اناسی",
    "اسی", "اکیاسی", "بیاسی", "تراسی", "چوراسی", "پچاسی", "چھیاسی", "ستاسی", "اٹھاسی", "نواسی",
    "نوے", "اکیانوے", "بانوے", "ترانوے", "چورانوے", "پچانوے", "چھیانوے", "ستانوے", "اٹھانوے",
    "ننانوے",
)
assert len(BELOW_100) == 100

# Number words with the vowel marks that tell a voice how to say them (espeak-ng reads the
# bare بیس as "bes", اسی as "isi", بہتر as "behtar", better): the same letters, marked as
# careful Urdu marks them, used only in the text given to an engine.
VOCALISED = {"بیس": "بِیس", "اسی": "اَسّی", "ستر": "سَتّر", "بہتر": "بَہتّر", "تہتر": "تِہتّر",
             "اکہتر": "اِکہتّر", "اکیس": "اِکیس", "اکتیس": "اِکتیس", "اکیاون": "اِکیاون"}

# From the largest: each unit's count is itself spelled (e.g. بارہ کھرب).
_SCALE = ((10**11, "کھرب"), (10**9, "ارب"), (10**7, "کروڑ"), (10**5, "لاکھ"), (1000, "ہزار"),
          (100, "سو"))
DECIMAL_POINT = "اعشاریہ"
MINUS = "منفی"
LARGEST = 10**13 - 1  # beyond this (ننانوے کھرب …) a number is read digit by digit

MONTHS = ("جنوری", "فروری", "مارچ", "اپریل", "مئی", "جون", "جولائی", "اگست", "ستمبر",
          "اکتوبر", "نومبر", "دسمبر")


def spell(n: int) -> str:
    """``n`` in Urdu words: 2024 -> دو ہزار چوبیس, 100000 -> ایک لاکھ; a number beyond
    :data:`LARGEST` is read digit by digit."""
    if n < 0:
        return f"{MINUS} {spell(-n)}"
    if n > LARGEST:
        return spell_digits(str(n))
    if n < 100:
        return BELOW_100[n]
    words: list[str] = []
    for unit, name in _SCALE:
        count, n = divmod(n, unit)
        if count:
            words += [spell(count), name]
    if n:
        words.append(BELOW_100[n])
    return " ".join(words)


def spell_digits(digits: str) -> str:
    """Each digit on its own (a telephone number, 0300): صفر تین صفر صفر."""
    return " ".join(BELOW_100[int(d)] for d in digits if d.isdigit())


def spell_year(year: int) -> str:
    """A year as it is said: 1100 to 1999 in hundreds (انیس سو اکہتر, انیس سو), others as
    numbers (دو ہزار چوبیس)."""
    if 1100 <= year <= 1999:
        hundreds, rest = divmod(year, 100)
        return " ".join([BELOW_100[hundreds], "سو", *([BELOW_100[rest]] if rest else [])])
    return spell(year)


def spell_decimal(whole: str, fraction: str) -> str:
    """``whole``.``fraction`` (ASCII digits): 3.14 -> تین اعشاریہ ایک چار."""
    return f"{spell_number(whole)} {DECIMAL_POINT} {spell_digits(fraction)}"


def spell_number(digits: str) -> str:
    """A run of ASCII digits as written: a leading zero (0300, 007) is read digit by digit,
    like a code; 1100 to 1999 are said in hundreds, as Urdu says both years and counts
    (پندرہ سو افراد)."""
    if len(digits) > 1 and digits.startswith("0"):
        return spell_digits(digits)
    value = int(digits)
    if len(digits) == 4:
        return spell_year(value)
    return spell(value)


def spell_date(day: int, month: int, year: int | None) -> str | None:
    """14 July 2024 -> چودہ جولائی دو ہزار چوبیس; None when it is no date."""
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    words = [spell(day), MONTHS[month - 1]]
    if year is not None:
        words.append(spell_year(year))
    return " ".join(words)


def spell_time(hours: int, minutes: int) -> str | None:
    """10:30 -> دس بج کر تیس منٹ; None when it is no time of day."""
    if not (0 <= hours <= 24 and 0 <= minutes <= 59):
        return None
    if minutes == 0:
        return f"{spell(hours)} بجے"
    return f"{spell(hours)} بج کر {spell(minutes)} منٹ"


def vocalised(words: str) -> str:
    """Spelled number words with :data:`VOCALISED` marks, for an engine to speak."""
    return " ".join(VOCALISED.get(word, word) for word in words.split(" "))
