""""Did you mean" cost: Whoosh's ``terms_within`` (before) beside the deletion table (now),
the per-generation tables' build time and size, and the first query after opening with
the tables built by that query (before) or ahead by ``Searcher.warm()`` (now, as the
library does when it opens).

Misspelt queries are made from the corpus's own words (one or two edits: a letter dropped,
added, changed or two swapped, as typing does); each is corrected both ways and the answers
are compared, so the speed-up is for the same answers.

    PYTHONPATH=$PWD .venv/bin/python benchmarks/bench_suggest.py [--corpus DIR] [--count N]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

from whoosh.reading import IndexReader

from reader_app.core.index import ArticleIndex
from reader_app.core.roman import RomanTable
from reader_app.core.search import Searcher
from reader_app.core.suggest import DeletionTable, typing_mistake
from reader_app.core.text.variants import VariantTable
from reader_app.core.vocab import read_vocabulary

sys.path.insert(0, str(Path(__file__).resolve().parent))
from search_recall import DEFAULT_CORPUS

FIELD = "content"


def closest_before(reader: IndexReader, key: str) -> str | None:
    """The code this replaces (search.py before): the same choice, through terms_within."""
    for distance in (1, 2) if len(key) > 4 else (1,):
        candidates = [t for t in reader.terms_within(FIELD, key, distance) if t != key]
        if candidates:
            return max(candidates, key=lambda t: (reader.doc_frequency(FIELD, t), t))
    return None


FIRST_QUERIES = (("Urdu", "حکومت پاکستان"), ("Roman Urdu", "hukumat"), ("misspelt", "حکومٹ"))


def first_queries(where: Path, warm: bool) -> dict[str, float]:
    """Each kind of query as the first one after opening the index (opened anew each time)."""
    took = {}
    for kind, query in FIRST_QUERIES:
        index = ArticleIndex(where)
        searcher = Searcher(index)
        if warm:
            searcher.warm()
        started = time.perf_counter()
        searcher.search(query)
        took[kind] = time.perf_counter() - started
        index.close()
    return took


def percentiles(values: list[float]) -> str:
    values = sorted(values)
    return (f"p50 {values[len(values) // 2] * 1e3:8.3f} ms  "
            f"p95 {values[int(len(values) * 0.95)] * 1e3:8.3f} ms  "
            f"max {values[-1] * 1e3:8.3f} ms")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--count", type=int, default=60)
    parser.add_argument("--seed", type=int, default=3)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory() as tmp:
        index = ArticleIndex(Path(tmp) / "ix")
        index.refresh([args.corpus])
        searcher = index.searcher()
        reader = searcher.reader()

        started = time.perf_counter()
        counts = read_vocabulary(searcher)
        vocab_s = time.perf_counter() - started
        builds = {}
        for name, build in (("deletion table", DeletionTable), ("variant table", VariantTable),
                            ("Roman table", RomanTable)):
            started = time.perf_counter()
            table = build(counts)
            builds[name] = (time.perf_counter() - started, table)

        words = sorted(w for w in counts if len(w) >= 3 and not w.isascii())
        letters = "".join(sorted({ch for w in words for ch in w}))
        queries = []
        while len(queries) < args.count:
            typed = rng.choice(words)
            for _ in range(rng.choice((1, 2))):
                typed = typing_mistake(typed, rng, letters)
            if typed and typed not in counts:
                queries.append(typed)

        first = {"tables built by the query (before)": first_queries(Path(tmp) / "ix", False),
                 "after Searcher.warm() (now)": first_queries(Path(tmp) / "ix", True)}

        table = builds["deletion table"][1]
        before, after, same = [], [], 0
        for key in queries:
            t0 = time.perf_counter()
            old = closest_before(reader, key)
            before.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            new = table.closest(key)
            after.append(time.perf_counter() - t0)
            same += old == new

    print(f"{args.corpus.name}: {len(counts)} words; vocabulary read in {vocab_s * 1e3:.0f} ms")
    for name, (seconds, built) in builds.items():
        size = f", {built.nbytes / 1e6:.1f} MB" if hasattr(built, "nbytes") else ""
        print(f"  {name:15s} built in {seconds * 1e3:6.0f} ms{size}")
    print("first query after opening, ms: " + ", ".join(kind for kind, _ in FIRST_QUERIES))
    for name, took in first.items():
        print(f"  {name:36s} " + "  ".join(f"{took[k] * 1e3:7.0f}" for k, _ in FIRST_QUERIES))
    print(f"{len(queries)} misspelt words, same answer {same}/{len(queries)}")
    print(f"  before (terms_within): {percentiles(before)}")
    print(f"  now (deletion table):  {percentiles(after)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
