"""Roman Urdu: a word typed in Latin letters found as the Urdu word the index holds.

Many people type Urdu in Latin letters (hukumat, wazir e azam, karachi barish), and many
computers have no Urdu keyboard. Letter-by-letter transliteration gets few words right,
because Roman Urdu drops the short vowels Urdu never writes and spells the rest many ways
(hukumat / hakumat / hukoomat). Instead, each word *of the index* gets a consonant
skeleton (b p t s j ch kh d z r sh gh f k g l m n; the letters that may be vowels or
nothing — ا و ی ے ہ ع — left out), and so does the typed word. Words with the same skeleton
(or one consonant off) are the candidates; they are ranked by an alignment of the typed
letters against the Urdu letters that knows which Latin letters each Urdu letter is
written with (a short vowel costs little, a consonant of another class a lot), then by how
common the word is. English loanwords typed in English (police, cricket, company) follow
the same rules with a few English spellings (c, ck, sch, tion, x).

A Latin word is not always Urdu: typed English (root, case, peace) read as Roman Urdu
lands on unrelated Urdu words (روس, کسی, پیسے). So a match must be close (``MAX_COST``),
and a word of the shipped English word list (``resources/english-words.txt``) is read as
English: its silent e and long vowels are English (case is کیس, not کسی), its t and d are
the retroflex ٹ and ڈ that Urdu writes English with (train is ٹرین, not ترین), its consonants
must all be there (no "one consonant off"), and a looser match than ``ENGLISH_MAX_COST``
leaves it as typed. It is also read as Roman Urdu, at a cost: the Roman Urdu spellings
that are English words too (log, rat, sham) are still found.

The table is built once per searcher generation from the vocabulary (see
:mod:`reader_app.core.vocab`); the measured choice over the packages on PyPI is recorded in
``benchmarks/README.md``.
"""

from __future__ import annotations

import functools
import math
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from reader_app.core.paths import resource_path

MAX_LATIN_CHARS = 24
MAX_ALTERNATIVES = 3
NEAR_COST = 0.35  # other candidates this close to the best are searched too
FREQUENCY_WEIGHT = 0.25  # one tenfold in frequency is worth this much alignment cost
NEAR_PENALTY = 0.3  # a skeleton one consonant off
# The loosest match searched: past it a Latin word is more likely not Urdu at all (every
# right answer of the Roman test set costs less; a quarter of the English news words' false
# conversions cost more). A word of the English list must match more closely still.
MAX_COST = 1.1
ENGLISH_MAX_COST = 0.9
ENGLISH_COST_PER_LETTER = 0.25  # and at most this per letter: a short word closer still
# An English word is read by English rules first; read as Roman Urdu (log, rat are Urdu
# words too) it must spell the Urdu word almost exactly, and costs this much more.
ENGLISH_AS_TYPED = 0.2
ENGLISH_AS_TYPED_MAX_COST = 0.1
# Other indexed words searched with an English word must spell it nearly as well.
ENGLISH_NEAR_COST = 0.2
# Frequency counts a little more: of a loanword's spellings the commonest is the one meant
# (کپتان rather than کیپٹن for captain).
ENGLISH_FREQUENCY_WEIGHT = 0.35
ENGLISH_OTHER_READING = 0.15  # police's long i read as ee

_LATIN_WORD = re.compile(r"[a-z']+")
IZAFAT = frozenset({"e", "i", "o"})  # وزیرِ اعظم "wazir e azam", امن و امان "aman o aman"

# --- Urdu letters -------------------------------------------------------------------------
# Each Urdu letter as one symbol: a consonant class (lowercase, or S C X G for sh ch kh gh,
# R for ڑ typed r or d, T D for ٹ ڈ), or a letter that is a vowel or silent: V ا/ع carrying a first
# vowel, A ا آ, W و, Y ی, E ے, H ہ inside a word, F ہ at its end, Q ع, N ں (often not
# typed), h ھ/ح, 2 a hamza carrier (ئ), 3 ئی (a long i after a hamza).
_URDU = {
    "ا": "A", "ب": "b", "پ": "p", "ت": "t", "ٹ": "T", "ث": "s", "ج": "j", "چ": "C",
    "ح": "h", "خ": "X", "د": "d", "ڈ": "D", "ذ": "z", "ر": "r", "ڑ": "R", "ز": "z",
    "ژ": "z", "س": "s", "ش": "S", "ص": "s", "ض": "z", "ط": "t", "ظ": "z", "ع": "Q",
    "غ": "G", "ف": "f", "ق": "q", "ک": "k", "گ": "g", "ل": "l", "م": "m", "ن": "n",
    "ں": "N", "و": "W", "ہ": "H", "ۃ": "t", "ھ": "h", "ی": "Y", "ے": "E", "ء": "2",
}
_ASPIRATED = {"k": "X", "g": "G"}  # کھ is written kh like خ, گھ gh like غ
_NOT_SKELETON = set("VAWYEHFQNh23")
_HAMZA_MARKS = "\u0654\u0655"


def urdu_symbols(key: str) -> str | None:
    """A folded Urdu word as alignment symbols; None when it is not all Urdu letters."""
    out: list[str] = []
    for ch in key.replace("\u0653", ""):
        if ch in _HAMZA_MARKS:
            if out and out[-1] in "YAWEH":  # ئ ؤ أ ۓ ۂ: the carrier is the hamza
                out[-1] = "2"
            continue
        symbol = _URDU.get(ch)
        if symbol is None:
            return None
        if ch == "ھ" and out and out[-1] in _ASPIRATED:
            out[-1] = _ASPIRATED[out[-1]]
            continue
        if symbol == "Y" and out and out[-1] == "2":
            out[-1] = "3"
            continue
        out.append(symbol)
    if not out:
        return None
    if out[0] in "AQ" and key[:1] != "\u0622" and not key.startswith("\u0627\u0653"):
        out[0] = "V"  # اسلام islam, اعلان elaan: the first ا or ع carries any vowel
        if len(out) > 2 and out[1] == "Y":
            del out[1]  # ایران iran, ایک ek: the first ای is one vowel
    if out[-1] == "H":
        out[-1] = "F"
    return "".join(out)


def skeletons(symbols: str) -> set[str]:
    """The consonant skeletons a word may be typed with (ں and ڑ are typed two ways)."""
    found = {""}
    for symbol in symbols:
        if symbol in _NOT_SKELETON and symbol != "N":
            continue
        options = {"N": ("", "n"), "R": ("r", "d"), "q": ("k",), "T": ("t",),
                   "D": ("d",)}.get(symbol, (symbol,))
        found = {f + o for f in found for o in options}
    return found


# --- Latin letters ------------------------------------------------------------------------
# Digraphs first; vowels: a e i o u short, A E I O U long (aa ee ii oo uu), as typed.
_LATIN_RULES = [
    (re.compile(r"tion"), "Sn"), (re.compile(r"sch"), "sk"), (re.compile(r"tch"), "C"),
    (re.compile(r"dg(?=e)"), "j"),  # budget, judge
    (re.compile(r"ck"), "k"), (re.compile(r"c(?=[eiy])"), "s"), (re.compile(r"chh"), "Ch"),
    (re.compile(r"ch"), "C"), (re.compile(r"sh"), "S"), (re.compile(r"kh"), "X"),
    (re.compile(r"gh"), "G"), (re.compile(r"zh"), "z"), (re.compile(r"ph(?=one)"), "f"),
    (re.compile(r"c"), "k"), (re.compile(r"x"), "ks"), (re.compile(r"v"), "w"),
    (re.compile(r"(?<=.)(ay|ey)$"), "E"),
    (re.compile(r"aa+"), "A"), (re.compile(r"ee+|ii+"), "I"), (re.compile(r"oo+|uu+"), "U"),
    (re.compile(r"(.)\1+"), r"\1"),
]
_LATIN_VOWELS = set("aeiouAEIOU")
_NOT_LATIN_SKELETON = _LATIN_VOWELS | set("hwy")


# English spelling, before the rules above: c g before e i y are s j (agency), ph is f;
# ea ee oa ou are one vowel (ou as in house ہاؤس); a
# silent final e makes the vowel before it long (case kEs, fire fAir, vote vot) and is not ے;
# th is one sound (Θ: ت, ث or تھ).
_ENGLISH_RULES: list[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]]] = [
    (re.compile(r"c(?=[eiy])"), "s"), (re.compile(r"d?g(?=[eiy])"), "j"),
    (re.compile(r"ph"), "f"),
    (re.compile(r"ea|ee"), "I"), (re.compile(r"oa"), "o"), (re.compile(r"ou"), "au"),
    (re.compile(r"ai(?!r)"), lambda m: _english_ai(m)),
    (re.compile(r"a([bcdfgjklmnprstvz])e$"), r"E\1"),
    (re.compile(r"i([bcdfgjklmnprstvz])e$"), r"Ai\1"),
    (re.compile(r"([ou])([bcdfgjklmnprstvz])e$"), r"\1\2"),
    (re.compile(r"ue$"), "U"),  # issue ایشو, value ویلیو: not the ے of اسے
    (re.compile(r"(?<=[^aeiou])e$"), ""), (re.compile(r"th"), "Θ"),
]


def _english_ai(match: re.Match[str]) -> str:
    """English ai is one vowel, the ay of train ٹرین and jail جیل (so said is not سائیڈ),
    except in a final unstressed -ain after another vowel, where it is a short a (captain
    کپتان, mountain)."""
    text = match.string
    if match.end() == len(text) - 1 and text.endswith("n") and any(
            ch in "aeiou" for ch in text[:match.start()]):
        return "a"  # the i is not said: captain is kaptan
    return "E"


def _plain_latin(word: str) -> str:
    text = "".join(ch for ch in unicodedata.normalize("NFKD", word.casefold())
                   if not unicodedata.combining(ch))
    return "".join(_LATIN_WORD.findall(text)).replace("'", "")


@functools.cache
def english_words() -> frozenset[str]:
    """The shipped English word list (empty when the file is missing)."""
    try:
        text = resource_path("english-words.txt").read_text(encoding="utf-8")
    except OSError:
        return frozenset()
    return frozenset(w for w in text.splitlines() if w and not w.startswith("#"))


def is_english(word: str) -> bool:
    """A Latin word of the English word list (typed in English rather than Roman Urdu)."""
    return _plain_latin(word) in english_words()


def english_readings(word: str) -> list[str]:
    """An English word's alignment symbols by English rules, the likelier reading first:
    a silent-e i is long i or, in a word of two syllables or more, ee in French loans or a
    short i (fire fAir, police polIs, office آفس; price is never prees پریس); an s between
    vowels is s or z (basis, opposition اپوزیشن); a first u before one consonant and a
    vowel may be yoo (university یونیورسٹی, union; under stays انڈر); an ou before ntr, bl,
    pl, ch, ng or gh may be a short u (country کنٹری, double, touch; unlike house ہاؤس)."""
    text = _plain_latin(word)
    spellings = [text]
    polysyllable = r"^(.*[aeiou][^aeiou]+)i([bcdfgjklmnprstvz])e$"
    for pattern, other in (
            (polysyllable, r"\1ee\2e"),
            (polysyllable, lambda m: m[1] + "i" + ("s" if m[2] == "c" else m[2])),
            (r"(?<=[aeiou])s(?=[aeiou])", "z"),
            (r"^u(?=[bcdfgjklmnprstvz][aeiouy])", "yoo"),
            (r"ou(?=ntr|bl|pl|ch|ng|gh)", "u")):
        spellings += [changed for s in spellings if (changed := re.sub(pattern, other, s)) != s]
    return list(dict.fromkeys(latin_symbols(s, english=True) for s in spellings))


def latin_symbols(word: str, english: bool = False) -> str:
    """A typed Latin word as alignment symbols (lowercase, marks and apostrophes removed),
    read with English spelling rules when ``english``."""
    text = _plain_latin(word)
    if english:
        for pattern, replacement in _ENGLISH_RULES:
            text = pattern.sub(replacement, text)
    for pattern, replacement in _LATIN_RULES:
        text = pattern.sub(replacement, text)
    return text


def is_latin(word: str) -> bool:
    """A word typed in Latin letters only (what Roman Urdu is looked up for)."""
    plain = "".join(ch for ch in unicodedata.normalize("NFKD", word.casefold())
                    if not unicodedata.combining(ch))
    return any("a" <= ch <= "z" for ch in plain) and all(
        "a" <= ch <= "z" or ch == "'" for ch in plain)


def latin_skeleton(symbols: str) -> str:
    return "".join({"q": "k", "Θ": "t"}.get(s, s) for s in symbols
                   if s not in _NOT_LATIN_SKELETON)


# --- alignment ----------------------------------------------------------------------------
_ANY_VOWEL = dict.fromkeys("aeiouAEIOU", 0.0)
_VOWEL_COST = {  # a typed letter against an Urdu vowel letter
    "V": _ANY_VOWEL,
    "A": {"a": 0.1, "A": 0.0, "e": 0.4, "i": 0.6, "o": 0.6, "u": 0.6, "E": 0.7, "I": 0.8},
    "W": {"o": 0.0, "u": 0.0, "U": 0.0, "O": 0.0, "w": 0.0, "a": 0.6, "e": 0.8},
    "Y": {"i": 0.0, "e": 0.0, "I": 0.0, "E": 0.0, "y": 0.0, "a": 0.5},
    "E": {"e": 0.0, "E": 0.0, "y": 0.1, "a": 0.3, "i": 0.3, "I": 0.5},
    "H": {"h": 0.0, "a": 0.5, "e": 0.5, "A": 0.6},
    "F": {"a": 0.0, "h": 0.1, "e": 0.2, "A": 0.3},
    "Q": {"a": 0.2, "A": 0.2, "e": 0.2, "i": 0.3, "I": 0.3, "u": 0.2, "o": 0.3},
    "2": {"a": 0.0, "e": 0.0, "i": 0.0, "I": 0.0, "E": 0.0, "y": 0.0, "o": 0.2, "u": 0.2},
    "3": {"i": 0.0, "I": 0.0, "e": 0.0, "E": 0.0, "y": 0.2, "a": 0.3},
    "N": {"n": 0.0},
    "R": {"r": 0.0, "d": 0.15},
    "h": {"h": 0.0},
}
_TYPED_ONLY = {"a": 0.15, "e": 0.2, "i": 0.2, "o": 0.3, "u": 0.15,
               "A": 0.7, "E": 0.7, "I": 0.7, "O": 0.7, "U": 0.7,
               "h": 0.7, "y": 0.45, "w": 0.5}
_TYPED_ONLY_LAST = {"a": 0.6, "e": 0.5, "i": 0.6, "o": 0.6, "u": 0.6, "h": 0.3}
_URDU_ONLY = {"V": 0.3, "A": 0.5, "W": 0.6, "Y": 0.35, "E": 0.7, "H": 0.5, "F": 0.2,
              "Q": 0.2, "h": 0.4, "2": 0.1, "3": 0.3, "N": 0.2}
# k is typed for ق (kanoon), q hardly ever for ک.
_SIMILAR = {("q", "k"): 0.5, ("k", "q"): 0.15, ("s", "z"): 0.6, ("z", "s"): 0.6,
            ("j", "z"): 0.6, ("d", "t"): 0.8, ("t", "d"): 0.8, ("f", "p"): 0.7,
            ("g", "G"): 0.3, ("G", "g"): 0.3, ("k", "X"): 0.5, ("X", "k"): 0.5,
            ("t", "T"): 0.0, ("d", "D"): 0.0, ("d", "T"): 0.8, ("t", "D"): 0.8}
# Typed as English: t d are ٹ ڈ (ت د cost), th is ت ث or تھ, a short o is often ا (doctor
# ڈاکٹر, dollar ڈالر).
_ENGLISH_SIMILAR = {**_SIMILAR, ("t", "t"): 0.3, ("d", "d"): 0.3,
                    ("Θ", "t"): 0.0, ("Θ", "T"): 0.3, ("Θ", "s"): 0.3}
# Its short a is written ی (match میچ, bank بینک), its short u is seldom و (number نمبر).
_ENGLISH_VOWELS = {"A": {**_VOWEL_COST["A"], "o": 0.1}, "Y": {**_VOWEL_COST["Y"], "a": 0.1},
                   "W": {**_VOWEL_COST["W"], "u": 0.4}}
# Its h and w are consonants (house, women, war): an Urdu word without ہ or و for them is
# another word (حصہ, میں, اور).
_ENGLISH_TYPED_ONLY = {**_TYPED_ONLY, "a": 0.4, "h": 1.0, "w": 1.0}
_ENGLISH_URDU_ONLY = {**_URDU_ONLY, "E": 1.2}  # a ے no English letter stands for (peace)
ENGLISH_FIRST_VOWEL_UNWRITTEN = 1.0
ENGLISH_ADDED_ALEF = 1.0  # an Urdu first ا or ع no English letter stands for
ENGLISH_DIPHTHONG_UNWRITTEN = 0.6
_S_CLUSTER = re.compile(r"s[^aeiouAEIOU]")


def _substitute(typed: str, urdu: str, english: bool = False) -> float:
    similar = _ENGLISH_SIMILAR if english else _SIMILAR
    if typed == urdu and (typed, urdu) not in similar:
        return 0.0
    vowels = (_ENGLISH_VOWELS.get(urdu) if english else None) or _VOWEL_COST.get(urdu)
    if vowels is not None:
        return vowels.get(typed, 1.0)
    return similar.get((typed, urdu), 1.0)


def alignment_cost(typed: str, urdu: str, english: bool = False) -> float:
    """How far the typed symbols are from the Urdu ones (0 = written exactly that way);
    ``english``: typed symbols read with English spelling (:func:`latin_symbols`).

    Read as English, the word's edges are firm: Urdu writes an English word's first vowel
    (office آفس, issue ایشو: never فیس, سے) and adds an alef before it only for an s and a
    consonant (school اسکول; war is never اور); the second half of a long i or an ou is
    written (fire فائر, not فار; house ہاؤس, not حصہ; court کورٹ, not کارٹ).
    """
    urdu_only = _ENGLISH_URDU_ONLY if english else _URDU_ONLY
    first_only = urdu_only
    if english and not _S_CLUSTER.match(typed):
        first_only = {**urdu_only, "V": ENGLISH_ADDED_ALEF}
    previous = [0.0]
    for j, u in enumerate(urdu):
        previous.append(previous[-1] + (first_only if j == 0 else urdu_only).get(u, 1.0))
    last = len(typed) - 1
    typed_only = _ENGLISH_TYPED_ONLY if english else _TYPED_ONLY
    for i, t in enumerate(typed):
        extra = (_TYPED_ONLY_LAST if i == last else typed_only).get(t, 1.0)
        if english and i == 0 and t in _LATIN_VOWELS:
            extra = ENGLISH_FIRST_VOWEL_UNWRITTEN
        elif english and i and typed[i - 1:i + 1] in ("Ai", "au"):
            extra = ENGLISH_DIPHTHONG_UNWRITTEN
        current = [previous[0] + extra]
        for j, u in enumerate(urdu, 1):
            current.append(min(previous[j] + extra,  # a typed letter Urdu does not write
                               current[j - 1] + urdu_only.get(u, 1.0),  # an unwritten one
                               previous[j - 1] + _substitute(t, u, english)))
        previous = current
    return previous[-1]


# --- the table ----------------------------------------------------------------------------
@dataclass(frozen=True)
class RomanMatch:
    key: str
    cost: float
    df: int
    frequency_weight: float = FREQUENCY_WEIGHT

    @property
    def rank(self) -> float:
        return self.cost - self.frequency_weight * math.log10(1 + self.df)


def _one_less(text: str) -> set[str]:
    return {text[:i] + text[i + 1:] for i in range(len(text))}


class RomanTable:
    """Indexed Urdu words by consonant skeleton, for looking up a word typed in Latin."""

    def __init__(self, counts: Mapping[str, int]) -> None:
        self.counts = counts
        self.symbols: dict[str, str] = {}
        self.by_skeleton: dict[str, list[str]] = {}
        for word in counts:
            symbols = urdu_symbols(word)
            if symbols is None:
                continue
            self.symbols[word] = symbols
            for skel in skeletons(symbols):
                self.by_skeleton.setdefault(skel, []).append(word)
        self.by_shorter: dict[str, list[str]] = {}  # a skeleton less one consonant → skeletons
        for skel in self.by_skeleton:
            for shorter in _one_less(skel):
                self.by_shorter.setdefault(shorter, []).append(skel)

    def candidates(self, skel: str, near: bool) -> Iterable[str]:
        yield from self.by_skeleton.get(skel, ())
        if not near:
            return
        seen = {skel}
        shorter = _one_less(skel)
        for other in [*shorter, *self.by_shorter.get(skel, ()),
                      *(s for one in shorter for s in self.by_shorter.get(one, ()))]:
            if other not in seen:
                seen.add(other)
                yield from self.by_skeleton.get(other, ())

    def lookup(self, word: str, limit: int = MAX_ALTERNATIVES,
               english: bool | None = None) -> list[RomanMatch]:
        """The indexed words ``word`` (Latin letters) most likely stands for, best first;
        none when nothing is close enough. ``english``: read it as English (by default,
        when it is in the English word list)."""
        if english is None:
            english = is_english(word)
        typed = latin_symbols(word)
        if not typed or len(typed) > MAX_LATIN_CHARS:
            return []
        if english:
            return self._english(word, typed, limit)
        skel = latin_skeleton(typed)
        allowed = min(0.6 + 0.3 * len(typed), MAX_COST)
        matches = self._score(typed, self.candidates(skel, near=False), allowed)
        if not english and (not matches or matches[0].cost > 0.8):
            # A consonant more, less or other than the index's spelling (budget → بجٹ).
            near = self._score(typed, self.candidates(skel, near=True), allowed,
                               penalty=NEAR_PENALTY)
            matches = sorted({m.key: m for m in near + matches}.values(), key=_order)
        if not matches:
            return []
        best = matches[0]
        return [m for m in matches[:limit] if m.rank <= best.rank + NEAR_COST]

    def _english(self, word: str, typed: str, limit: int) -> list[RomanMatch]:
        """An English word: the indexed words spelling it, read by English rules, or read
        as Roman Urdu at a cost (log, rat are Urdu words too); all its consonants there."""
        first, *others = english_readings(word)
        def most(symbols: str) -> float:  # a short word must match more closely
            return min(ENGLISH_MAX_COST, ENGLISH_COST_PER_LETTER * len(symbols))

        readings = [(first, True, 0.0, most(first)),
                    *((o, True, ENGLISH_OTHER_READING, most(o)) for o in others),
                    (typed, False, ENGLISH_AS_TYPED, ENGLISH_AS_TYPED_MAX_COST)]
        found: dict[str, RomanMatch] = {}
        for symbols, english, extra, allowed in readings:
            for key in self.candidates(latin_skeleton(symbols), near=False):
                cost = alignment_cost(symbols, self.symbols[key], english)
                if cost > allowed:
                    continue
                cost += extra
                if key not in found or cost < found[key].cost:
                    found[key] = RomanMatch(key, round(cost, 3), self.counts.get(key, 0),
                                            ENGLISH_FREQUENCY_WEIGHT)
        matches = sorted(found.values(), key=_order)
        if not matches:
            return []
        best = matches[0]
        return [m for m in matches[:limit] if m.rank <= best.rank + ENGLISH_NEAR_COST]

    def _score(self, typed: str, words: Iterable[str], allowed: float,
               penalty: float = 0.0) -> list[RomanMatch]:
        found = []
        for word in words:
            cost = alignment_cost(typed, self.symbols[word]) + penalty
            if cost <= allowed:
                found.append(RomanMatch(word, round(cost, 3), self.counts.get(word, 0)))
        found.sort(key=_order)
        return found


def _order(match: RomanMatch) -> tuple[float, int, str]:
    return (match.rank, -match.df, match.key)
