"""Roman Urdu → the index's Urdu word: this app's matcher beside the packages on PyPI.

Every spelling of ``tests/core/data/roman_urdu.tsv`` whose Urdu word the corpus holds is
looked up against the corpus vocabulary (each word with its document frequency); a lookup
is right when its first answer is the intended word. The other side: each English news word
of ``tests/core/data/english_news_words.tsv`` is looked up too, and counted as a false
conversion when its first answer is an Urdu word that is not a spelling of it (root → روس),
a right loanword when it is one (police → پولیس), kept when there is no answer. Compared:

- this app: :class:`reader_app.core.roman.RomanTable` (consonant skeleton + alignment);
- romanalfaz (MIT, needs symspellpy + unicodedataplus) fed the same vocabulary, its own
  Roman encoding and SymSpell lookup, first suggestion of the closest tier;
- uromanizer (MIT, 1.5 MB of rules and lexicon) romanising every vocabulary word, the typed
  word then matched to the nearest romanisation (edit distance, then frequency), with and
  without this app's Latin spelling normaliser in between.

The packages are not dependencies; install them aside to measure:

    pip install --target /tmp/roman-pkgs romanalfaz uromanizer
    PYTHONPATH=$PWD:/tmp/roman-pkgs .venv/bin/python benchmarks/roman_compare.py [--corpus DIR]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from reader_app.core.library import load_folders
from reader_app.core.roman import RomanTable, latin_symbols
from reader_app.core.suggest import edit_distance
from reader_app.core.text.normalize import display_form, fold, iter_words

sys.path.insert(0, str(Path(__file__).resolve().parent))
from search_recall import DEFAULT_CORPUS, load_roman_set

ENGLISH_SET = Path(__file__).resolve().parents[1] / "tests/core/data/english_news_words.tsv"


def load_english_set(path: Path = ENGLISH_SET) -> list[tuple[str, set[str]]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            word, spellings = line.split("\t")
            rows.append((word, {fold(s) for s in spellings.split(",") if s}))
    return rows

Lookup = Callable[[str], str | None]


def this_app(counts: Counter) -> Lookup:
    table = RomanTable(counts)

    def lookup(word: str) -> str | None:
        found = table.lookup(word)
        return found[0].key if found else None
    return lookup


def romanalfaz(counts: Counter) -> Lookup | None:
    try:
        from romanalfaz import RomanAlfaz
        from romanalfaz.algorithm import tafseerUrduAr2Rm
        from romanalfaz.engine import Vocabulary
    except ImportError:
        return None
    data = {}
    for key, df in counts.items():
        word = display_form(key)
        try:
            if tafseerUrduAr2Rm(word)[1]:
                continue  # a word its encoder cannot take is left out
        except Exception:
            continue
        data[word] = df
    engine = RomanAlfaz(vocabularies=[Vocabulary(data=data)])

    def lookup(word: str) -> str | None:
        for tier in engine.suggest(word, distance=2, maxPredictions=5):
            if tier:
                return fold(tier[0].arabic)
        return None
    return lookup


def uromanizer(counts: Counter, normalise: bool) -> Lookup | None:
    try:
        from uromanizer import uromanizer as romanizer
    except ImportError:
        return None
    def norm(text: str) -> str:
        return latin_symbols(text) if normalise else text.casefold()

    romans: dict[str, list[str]] = {}
    for key in counts:
        roman = norm(romanizer.convert_word(display_form(key)))
        if roman:
            romans.setdefault(roman, []).append(key)

    def lookup(word: str) -> str | None:
        typed = norm(word)
        if typed in romans:
            return max(romans[typed], key=lambda k: counts[k])
        best = None
        for roman, keys in romans.items():
            d = edit_distance(typed, roman, 2)
            if d <= 2:
                for key in keys:
                    rank = (d, -counts[key])
                    if best is None or rank < best[0]:
                        best = (rank, key)
        return best[1] if best else None
    return lookup


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--methods", default="1234",
                        help="which methods to run, by number (uromanizer's take minutes)")
    args = parser.parse_args()
    articles, _ = load_folders([args.corpus])
    counts: Counter = Counter()
    for article in articles:
        counts.update({k for k, _, _ in iter_words(article.text)})
    tests = [(fold(u), s) for u, spellings in load_roman_set() if counts[fold(u)]
             for s in spellings]
    print(f"{len(articles)} articles, {len(counts)} words; {len(tests)} Roman spellings "
          f"of {len({k for k, _ in tests})} words the corpus holds")
    english = load_english_set()
    print(f"{len(english)} English news words, {sum(bool(s & set(counts)) for _, s in english)}"
          " of them with an Urdu spelling the corpus holds")
    print(f"{'method':34s} {'right':>7s} {'build s':>8s} {'lookup ms':>10s} "
          f"{'English: false':>14s} {'loanword':>8s} {'kept':>5s}")
    methods = [("this app (skeleton + alignment)", lambda: this_app(counts)),
               ("romanalfaz fed the vocabulary", lambda: romanalfaz(counts)),
               ("uromanizer + nearest", lambda: uromanizer(counts, normalise=False)),
               ("uromanizer + this app's Latin rules", lambda: uromanizer(counts, True))]
    for number, (name, build) in enumerate(methods, 1):
        if str(number) not in args.methods:
            continue
        started = time.perf_counter()
        lookup = build()
        built = time.perf_counter() - started
        if lookup is None:
            print(f"{name:34s} {'not installed':>7s}")
            continue
        started = time.perf_counter()
        right = sum(lookup(spelling) == key for key, spelling in tests)
        per = (time.perf_counter() - started) / len(tests)
        answers = [(lookup(word), spellings) for word, spellings in english]
        false = sum(a is not None and a not in s for a, s in answers)
        loans = sum(a is not None and a in s for a, s in answers)
        kept = sum(a is None for a, _ in answers)
        print(f"{name:34s} {right / len(tests):7.3f} {built:8.1f} {per * 1e3:10.2f} "
              f"{false:14d} {loans:8d} {kept:5d}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
