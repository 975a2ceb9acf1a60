"""Spelling variants a query word may stand for: madda, hamza and heh-for-do-chashmi.

People leave out what their keyboard makes awkward: the madda (اباد for آباد), the hamza
and its carrier (نایب for نائب, کوینز for کوئینز, ساونڈ for ساؤنڈ), and on Arabic keyboards
the do-chashmi heh, typed as ه (بهی for بھی). The index keeps every spelling apart, as
written (``fold`` only removes what never tells words apart), so these are resolved here,
at query time, against the words the index really has: a variant is searched only where
the index holds it, and never merges letters Urdu keeps apart (ے/ی, ں/ن, ٹ/ت, and ہ/ھ
when the person typed the Urdu ہ).

Folded keys are decomposed: آ is ``ا`` + U+0653, ئ is ``ی`` + U+0654, ؤ ``و`` + U+0654,
ۂ ``ہ`` + U+0654, أ ``ا`` + U+0654.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from reader_app.core.text.normalize import WORD_RE, fold

MADDA = "\u0653"
HAMZA_MARKS = "\u0654\u0655"
HAMZA = "\u0621"
HEH_GOAL = "\u06c1"  # ہ
DO_CHASHMI = "\u06be"  # ھ
# Arabic heh and its presentation forms: on an Arabic keyboard it is typed for ہ and ھ alike.
ARABIC_HEH = "\u0647\ufee9\ufeea\ufeeb\ufeec"
_HEH_MARK = "\ue000"  # stands in for a typed Arabic heh while the word is folded
MAX_HEH_CHOICES = 4  # 2**4 spellings at most for one word
# A variant is found beside the typed word, never above it: at most this share of its score.
VARIANT_WEIGHT = 0.5

_STRIP = str.maketrans(dict.fromkeys(MADDA + HAMZA_MARKS))
_STRIP_HAMZA = str.maketrans(dict.fromkeys(HAMZA_MARKS))
# ئی is written for ی + hamza + ی; without the hamza people write one ی (کوینز) or two
# (ساییکل for سائیکل).
_YEH_HAMZA_YEH = re.compile("\u06cc\u0654\u06cc")
_YEH_YEH = re.compile("\u06cc\u06cc+")


def skeleton(key: str) -> str:
    """A folded word without madda and hamza: the spellings that may stand for each other.

    A lone hamza is dropped only at the end (ابتداء / ابتدا, 2018ء / 2018): "ءمیں" is a
    year's ء run into the next word, not a spelling of میں.
    """
    return _without_hamza(key).translate(_STRIP)


def _without_hamza(key: str) -> str:
    key = _YEH_YEH.sub("\u06cc", _YEH_HAMZA_YEH.sub("\u06cc", key).translate(_STRIP_HAMZA))
    return key[:-1] if key.endswith(HAMZA) and len(key) > 1 else key


def _hamzas(key: str) -> int:
    return sum(key.count(ch) for ch in HAMZA_MARKS + HAMZA)


def _is_subsequence(short: str, long: str) -> bool:
    it = iter(long)
    return all(ch in it for ch in short)


class VariantTable:
    """Words of the index grouped by :func:`skeleton`, only where a group has a marked word."""

    def __init__(self, counts: Mapping[str, int]) -> None:
        self.counts = counts
        groups: dict[str, list[str]] = {}
        for word in counts:
            base = skeleton(word)
            if base != word:
                groups.setdefault(base, []).append(word)
        for word in counts:  # the unmarked spelling joins a group that exists
            if word in groups:
                groups[word].append(word)
        self.groups = groups

    def forms(self, key: str) -> list[str]:
        """Indexed spellings ``key`` may stand for (``key`` itself excluded), most common first.

        Madda is only ever added (typed آب stays آب, never matches اب); hamza may be added,
        and taken away only towards a word no more common than the one typed, so کئی never
        turns into کی.
        """
        group = self.groups.get(skeleton(key))
        if not group:
            return []
        typed_df = self.counts.get(key, 0)
        plain = _without_hamza(key)
        found = []
        for word in group:
            if word == key or not _is_subsequence(plain, _without_hamza(word)):
                continue  # a madda typed is kept
            if _hamzas(word) < _hamzas(key) and typed_df and self.counts.get(word, 0) > typed_df:
                continue
            found.append(word)
        found.sort(key=lambda w: (-self.counts.get(w, 0), w))
        return found


def heh_spellings(raw: str, key: str) -> list[str]:
    """The keys ``raw`` folds to when each Arabic heh in it is read as ہ or as ھ.

    The first is ``key`` itself (every heh as ہ, which is what ``fold`` does). Only an
    Arabic heh is ambiguous: a typed Urdu ہ is kept as ہ.
    """
    if not any(ch in ARABIC_HEH for ch in raw):
        return [key]
    marked = raw.translate(str.maketrans(ARABIC_HEH, _HEH_MARK * len(ARABIC_HEH)))
    for match in WORD_RE.finditer(raw):
        candidate = fold(marked[match.start():match.end()])
        if candidate.replace(_HEH_MARK, HEH_GOAL) == key:
            break
    else:
        return [key]
    parts = candidate.split(_HEH_MARK)
    choices = len(parts) - 1
    if choices > MAX_HEH_CHOICES:
        return [key]
    spellings = []
    for letters in itertools.product((HEH_GOAL, DO_CHASHMI), repeat=choices):
        spellings.append("".join(itertools.chain.from_iterable(
            itertools.zip_longest(parts, letters, fillvalue=""))))
    return spellings


@dataclass(frozen=True)
class Alternative:
    """An indexed word searched for a typed one, with its share of a full match's score."""

    key: str
    weight: float


def idf(df: int, docs: int) -> float:
    """BM25's inverse document frequency, as Whoosh computes it."""
    return math.log(1 + (docs - df + 0.5) / (df + 0.5))


def weigh(typed: str, forms: Iterable[str], counts: Mapping[str, int],
          docs: int) -> list[Alternative]:
    """Weights that keep the typed word first and a rare variant from swamping a common word.

    When the typed word is in the index, an article holding only a variant scores at most
    ``VARIANT_WEIGHT`` of what an article holding the typed word scores (the variant's rarity
    is divided out), and never more than the variant would by itself: beside a rare typed
    spelling (اغاز, once) a common variant (آغاز) keeps its full weight and still comes
    after it. When the typed word is not indexed, the variants carry the search, the most
    common first.
    """
    forms = [f for f in forms if counts.get(f, 0)]
    typed_df = counts.get(typed, 0)
    docs = max(docs, 1, *(counts.get(f, 0) for f in forms)) if forms else docs
    result = []
    for n, form in enumerate(forms):
        if typed_df:
            ratio = idf(typed_df, docs) / max(idf(counts[form], docs), 1e-9)
            weight = min(1.0, VARIANT_WEIGHT * ratio)
        else:
            weight = 1.0 if n == 0 else 0.8
        result.append(Alternative(form, weight))
    return result


def variant_forms(raw: str, key: str, table: VariantTable,
                  arabic_heh: Callable[[str], bool] | None = None) -> list[str]:
    """Every indexed spelling a typed word stands for, besides ``key``, in the order to show.

    Heh spellings first (an Arabic ه read as ھ), then their madda/hamza forms. A typed ھ
    may also stand for an indexed ہ, since text typed on an Arabic keyboard is indexed with
    ہ for both letters (رهتی is indexed as رہتی) — but only where ``arabic_heh`` says the
    articles really write that word with ه, so پھر never brings in the word پہر.
    """
    counts = table.counts
    seen = {key}
    found: list[str] = []
    spellings = heh_spellings(raw, key)
    as_heh = key.replace(DO_CHASHMI, HEH_GOAL)
    if as_heh != key and as_heh in counts and arabic_heh is not None and arabic_heh(as_heh):
        spellings.append(as_heh)
    for spelling in spellings:
        for form in [spelling, *table.forms(spelling)]:
            if form not in seen and form in counts:
                seen.add(form)
                found.append(form)
    return found
