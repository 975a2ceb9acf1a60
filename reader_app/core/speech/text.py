"""An article's text as an engine should speak it, cut into chunks that remember where each
character came from.

A speech engine reads what it is given: digits in Urdu script are skipped by espeak-ng's
Urdu voice, "1,00,000" is not a lakh to it, "PTI" comes out as "tie", an Arabic kaf (ك) is
spelled as a letter name. So the text is rewritten first: numbers, years, dates and times in
Urdu words (:mod:`.numbers`), Latin capitals that are read as letters (PTI, BBC) as the Urdu
names of the letters, Arabic letter forms and presentation forms as the Urdu letters; Latin
words stay as they are and are marked, so an engine can give them an English voice.

Each chunk is a sentence or a clause (cut at ۔ ؟ ! ، ؛ . , ; : — and at paragraph ends), and
carries the pause that follows it. Its :class:`Piece` list maps every character of the
spoken text back to the article: a word the engine reports at (position, length) in the
chunk is :meth:`Chunk.source` in the article, so the window can mark it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import IntEnum

from reader_app.core.speech.numbers import (
    spell,
    spell_date,
    spell_decimal,
    spell_digits,
    spell_number,
    spell_time,
    vocalised,
)
from reader_app.core.text.normalize import JOINERS, WORD_RE

MAX_CHUNK = 300  # characters: a clause longer than this is cut at a space


class Pause(IntEnum):
    """What follows a chunk, from nothing (a long clause cut in two) to a paragraph's end."""

    NONE = 0
    CLAUSE = 1
    SENTENCE = 2
    PARAGRAPH = 3


@dataclass(frozen=True)
class Piece:
    """``length`` characters at ``at`` in a chunk's text come from ``start:end`` of the
    article; ``exact``: character for character (else the piece stands for the whole range,
    as a number's words stand for its digits)."""

    at: int
    length: int
    start: int
    end: int
    exact: bool


@dataclass(frozen=True)
class Chunk:
    """A sentence or clause to speak: ``text`` for the engine, ``pieces`` back to the article,
    ``latin`` the ranges of ``text`` in Latin letters (for an English voice)."""

    text: str
    pieces: tuple[Piece, ...]
    pause: Pause
    latin: tuple[tuple[int, int], ...] = ()
    article: str = field(default="", repr=False, compare=False)  # the text it was cut from

    @property
    def start(self) -> int:
        return self.pieces[0].start

    @property
    def end(self) -> int:
        return self.pieces[-1].end

    def source(self, i: int, j: int) -> tuple[int, int] | None:
        """The article range ``text[i:j]`` was made from (None when it falls outside)."""
        starts, ends = [], []
        for p in self.pieces:
            if p.at >= j or p.at + p.length <= i:
                continue
            if p.exact:
                starts.append(p.start + max(i, p.at) - p.at)
                ends.append(p.start + min(j, p.at + p.length) - p.at)
            else:
                starts.append(p.start)
                ends.append(p.end)
        return (min(starts), max(ends)) if starts else None

    def word(self, i: int, j: int) -> tuple[int, int] | None:
        """The article's words ``text[i:j]`` was made from, as (start, end) in the article
        (the punctuation at its ends left out), or None when it holds none."""
        found = self.source(i, j)
        return None if found is None else word_span(self.article, *found)

    def segments(self) -> list[tuple[int, int, bool]]:
        """``text`` as (start, end, latin) runs, for an engine that switches voices."""
        out: list[tuple[int, int, bool]] = []
        at = 0
        for s, e in self.latin:
            if s > at:
                out.append((at, s, False))
            out.append((s, e, True))
            at = e
        if at < len(self.text):
            out.append((at, len(self.text), False))
        return out


_WORD_REACH = 200  # characters: a word is looked for this far around a range


def word_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The whole words of ``text`` that ``start:end`` touches (the punctuation and spaces at
    its ends left out; a part of a word grown to the word), or None when it touches none."""
    found = [m for m in WORD_RE.finditer(text, max(0, start - _WORD_REACH),
                                         min(len(text), end + _WORD_REACH))
             if m.start() < end and m.end() > start]
    if not found:
        return None
    return found[0].start(), found[-1].end()


# Digits of the three scripts and the Arabic decimal and thousands separators, as ASCII:
# one character for one, so offsets in the folded text are offsets in the article.
_FOLD = str.maketrans({**{chr(0x0660 + i): str(i) for i in range(10)},
                       **{chr(0x06F0 + i): str(i) for i in range(10)},
                       "\u066b": ".", "\u066c": ","})
# Letters an Urdu voice does not know, as the Urdu letters (one for one).
_LETTERS = str.maketrans({"\u0643": "\u06a9", "\u06aa": "\u06a9", "\u0647": "\u06c1",
                          "\u06d5": "\u06c1", "\u0629": "\u06c3", "\u064a": "\u06cc",
                          "\u0649": "\u06cc"})
_REMOVED = str.maketrans({ch: None for ch in JOINERS})
_SUPERSCRIPT_ALEF = re.compile("(?<![\u06cc\u0648\u0649])\u0670")  # kept in وسطیٰ, زکوٰۃ

_TOKENS = re.compile(r"""
    (?P<iso>(?<!\d)\d{4}-\d{1,2}-\d{1,2}(?![\d.,]\d))
  | (?P<dmy>(?<!\d)\d{1,2}[/.-]\d{1,2}[/.-]\d{4}(?!\d))
  | (?P<time>(?<![\d:])\d{1,2}:\d{2}(?![\d:]))
  | (?:(?P<currency>[$\u00a3\u20ac]|Rs\.?)[ ]?)?
    (?P<number>(?P<grouped>\d{1,3}(?:,\d{2,3})*,\d{3}(?!\d))(?:\.(?P<gfrac>\d+))?
              |(?P<whole>\d+)(?:\.(?P<frac>\d+))?)
    (?(currency)(?:[ ]?(?P<scale>m|mn|million|bn|billion)\b\.?)?)  # $300m; 300 m is metres
    (?P<percent>[ ]?[%\u066a])?(?P<yearsign>[ ]?\u0621(?!\w))?
  | (?P<latin>[A-Za-z\u00c0-\u024f]+(?:['\u2019][A-Za-z]+)*)
  | (?P<stop>[\u06d4\u061f!?\u2026]+|\.(?!\w))
  | (?P<clause>[\u060c\u061b,;:]|(?<=\s)[\u2014\u2013-](?=\s)|\u2014)
  | (?P<para>\n)
""", re.VERBOSE)
_BEFORE_NEWLINE = re.compile(r"[ \t\u00a0]*(\n|$)")
_HOURS_WORD = re.compile(r"\s*بجے")
PERCENT = "فیصد"
# Said after the number: $300m is تین سو ملین ڈالر.
CURRENCIES = {"$": "ڈالر", "\u00a3": "پاؤنڈ", "\u20ac": "یورو", "Rs": "روپے"}
SCALES = {"m": "ملین", "mn": "ملین", "million": "ملین", "bn": "ارب", "billion": "ارب"}

# The Urdu names of the Latin letters, as Pakistani Urdu says them (PTI: پی ٹی آئی).
LETTER_NAMES = dict(zip(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
    ("اے", "بی", "سی", "ڈی", "ای", "ایف", "جی", "ایچ", "آئی", "جے", "کے", "ایل", "ایم",
     "این", "او", "پی", "کیو", "آر", "ایس", "ٹی", "یو", "وی", "ڈبلیو", "ایکس", "وائی",
     "زیڈ"), strict=True))
_VOWELS = set("AEIOU")
# Capitals that end in two consonants are still said as a word when they end like English
# words do (UNICEF is not; FATF and SECP are letters).
_WORD_ENDINGS = {"ST", "ND", "NT", "NG", "RT", "RD", "RS", "LD", "NS", "CK", "RK", "LT", "SK",
                 "MP", "FT", "CT", "PT", "RN", "RM", "LL", "SS"}


def reads_as_letters(word: str) -> bool:
    """Whether a word in Latin capitals is said letter by letter (PTI, BBC, FATF) rather
    than as a word (NATO, COVID, NADRA)."""
    if not (word.isascii() and word.isalpha() and word.isupper()):
        return False
    if len(word) <= 3 or not _VOWELS & set(word):
        return True
    kinds = "".join("v" if ch in _VOWELS else "c" for ch in word)
    if "ccc" in kinds:
        return True
    return kinds.endswith("cc") and word[-2:] not in _WORD_ENDINGS


def spell_letters(word: str) -> str:
    return " ".join(LETTER_NAMES[ch] for ch in word.upper())


def clean_word(word: str) -> str:
    """An Urdu word as an Urdu voice reads it: composed (آ typed as ا + madda), Arabic letter
    forms and presentation forms as the Urdu letters, joiners and a stray superscript alef
    removed."""
    if word.isascii():
        return word
    text = unicodedata.normalize("NFC", word)
    if any("\ufb50" <= ch <= "\ufdff" or "\ufe70" <= ch <= "\ufeff" for ch in text):
        text = unicodedata.normalize("NFKC", text).replace(" ", "")
    return _SUPERSCRIPT_ALEF.sub("", text.translate(_LETTERS).translate(_REMOVED))


class _Builder:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pieces: list[Piece] = []
        self.latin: list[tuple[int, int]] = []
        self.length = 0
        self.has_word = False

    def add(self, text: str, start: int, end: int, exact: bool, latin: bool = False) -> None:
        if not text:
            return
        last = self.pieces[-1] if self.pieces else None
        if last is not None and (not exact or not last.exact) \
                and self.parts[-1][-1].isalnum() and text[0].isalnum():
            self._append(" ", Piece(self.length, 1, last.end, last.end, False))  # G20: جی بیس
            last = self.pieces[-1]
        if exact and last is not None and last.exact and last.end == start \
                and last.at + last.length == self.length:
            self.pieces[-1] = Piece(last.at, last.length + len(text), last.start, end, True)
        else:
            self.pieces.append(Piece(self.length, len(text), start, end, exact))
        if latin:
            if self.latin and not self.parts[-1].strip() and self.latin[-1][1] + len(
                    self.parts[-1]) == self.length:  # only spaces between: one run
                self.latin[-1] = (self.latin[-1][0], self.length + len(text))
            else:
                self.latin.append((self.length, self.length + len(text)))
        self.parts.append(text)
        self.length += len(text)
        self.has_word = self.has_word or WORD_RE.search(text) is not None

    def _append(self, text: str, piece: Piece) -> None:
        self.pieces.append(piece)
        self.parts.append(text)
        self.length += len(text)

    def chunk(self, pause: Pause, article: str) -> Chunk | None:
        if not self.has_word:
            return None
        return Chunk("".join(self.parts), tuple(self.pieces), pause, tuple(self.latin),
                     article)


def speakable_chunks(text: str, start: int = 0, end: int | None = None) -> Iterator[Chunk]:
    """The chunks of ``text[start:end]`` to speak, in order, each with its offsets into
    ``text`` (an article's text as ``read_article(...).text`` gives it). Lazy: a long
    article is cut as it is spoken."""
    end = len(text) if end is None else min(end, len(text))
    folded = text.translate(_FOLD)
    cut = _Cutter(text)
    at = start
    for match in _TOKENS.finditer(folded, start, end):
        cut.plain(at, match.start())
        at = match.end()
        kind = match.lastgroup
        if kind in ("stop", "clause", "para"):
            if kind != "para":
                cut.builder.add(text[match.start():at], match.start(), at, True)
            pause = Pause.CLAUSE if kind == "clause" else Pause.SENTENCE
            if kind == "para" or _BEFORE_NEWLINE.match(folded, at):
                pause = Pause.PARAGRAPH
            cut.finish(pause)
        elif kind == "latin":
            word = match.group()
            if reads_as_letters(word):
                cut.builder.add(spell_letters(word), match.start(), at, False)
            else:
                cut.builder.add(text[match.start():at], match.start(), at, True, latin=True)
            cut.check_length()
        else:
            cut.builder.add(vocalised(_spoken(match, folded)), match.start(), at, False)
            cut.check_length()
        yield from cut.take()
    cut.plain(at, end)
    cut.finish(Pause.PARAGRAPH)
    yield from cut.take()


class _Cutter:
    """The chunk being built and the chunks finished, not yet handed out."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.builder = _Builder()
        self.done: list[Chunk] = []

    def finish(self, pause: Pause) -> None:
        chunk = self.builder.chunk(pause, self.text)
        if chunk is not None:
            self.done.append(chunk)
        self.builder = _Builder()

    def check_length(self) -> None:
        if self.builder.length >= MAX_CHUNK:  # a clause too long: cut at this space
            self.finish(Pause.NONE)

    def take(self) -> list[Chunk]:
        done, self.done = self.done, []
        return done

    def plain(self, start: int, end: int) -> None:
        """Urdu words and what lies between them: as they are, or cleaned word by word."""
        text, at = self.text, start
        for match in WORD_RE.finditer(text, start, end):
            self.builder.add(text[at:match.start()], at, match.start(), True)
            word = match.group()
            spoken = clean_word(word)
            self.builder.add(spoken, match.start(), match.end(), len(spoken) == len(word))
            at = match.end()
            self.check_length()
        self.builder.add(text[at:end], at, end, True)


def _spoken(match: re.Match[str], folded: str) -> str:
    """A number, date or time (``folded``: the text with ASCII digits) in Urdu words."""
    g = match.groupdict()
    if g["iso"]:
        year, month, day = (int(p) for p in g["iso"].split("-"))
        return spell_date(day, month, year) or " ".join(
            spell_number(p) for p in g["iso"].split("-"))
    if g["dmy"]:
        parts = re.split(r"[/.-]", g["dmy"])
        return spell_date(int(parts[0]), int(parts[1]), int(parts[2])) or " ".join(
            spell_number(p) for p in parts)
    if g["time"]:
        hours, minutes = (int(p) for p in g["time"].split(":"))
        if _HOURS_WORD.match(folded, match.end()):  # 10:30 بجے: "ten thirty o'clock"
            return f"{spell(hours)} {spell(minutes)}"
        return spell_time(hours, minutes) or f"{spell(hours)} {spell(minutes)}"
    if g["grouped"]:
        whole = g["grouped"].replace(",", "")
        words = spell_decimal(whole, g["gfrac"]) if g["gfrac"] else spell(int(whole))
    elif g["frac"]:
        words = spell_decimal(g["whole"], g["frac"])
    else:
        words = spell_number(g["whole"]) if len(g["whole"]) <= 13 \
            else spell_digits(g["whole"])
    if g["scale"]:
        words += " " + SCALES[g["scale"]]
    if g["percent"]:
        words += " " + PERCENT
    if g["currency"]:
        words += " " + CURRENCIES[g["currency"].rstrip(".")]
    return words
