"""Do two indexes of one corpus answer the benchmark's queries the same?

    PYTHONPATH=. python benchmarks/same_results.py INDEX_A INDEX_B

Compares, at 50 hits: the scores in order, and for every article in both answers its score,
ranges and snippet; the totals, suggestions and notes. Articles of equal score are ordered by
document number, which Whoosh's multi-process writer hands out by timing (which worker took
which batch), so the order within a tie is counted apart. Paths are compared from the
corpus folder (``corpus-N/``) down, so two copies of a corpus compare.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from bench_search import QUERIES, hostile_queries, paragraph_queries

from reader_app.core.index import ArticleIndex
from reader_app.core.results import Hit
from reader_app.core.search import Searcher

_CORPUS = re.compile(r".*/corpus-\d+/")


def _rel(hit: Hit) -> str:
    return _CORPUS.sub("", str(hit.path))


def main() -> None:
    a, b = (Searcher(ArticleIndex(Path(p))) for p in sys.argv[1:3])
    queries = QUERIES + paragraph_queries() + [("hostile", q) for _n, q in hostile_queries()]
    same = exact = 0
    for kind, query in queries:
        ra = a.search(query, limit=50, budget=60)
        rb = b.search(query, limit=50, budget=60)
        da = {_rel(h): (h.score, h.ranges, h.snippet) for h in ra.hits}
        db = {_rel(h): (h.score, h.ranges, h.snippet) for h in rb.hits}
        ok = ([h.score for h in ra.hits] == [h.score for h in rb.hits]
              and all(da[k] == db[k] for k in set(da) & set(db))
              and (ra.total, ra.suggestion, ra.corrected, ra.message)
              == (rb.total, rb.suggestion, rb.corrected, rb.message))
        same += ok
        exact += [_rel(h) for h in ra.hits] == [_rel(h) for h in rb.hits]
        if not ok:
            print("DIFFERENT", kind, query[:40], len(ra.hits), len(rb.hits))
    print(f"{same}/{len(queries)} queries: same scores in order, same ranges and snippets, "
          f"totals, suggestions; {exact}/{len(queries)} also the same order within ties")


if __name__ == "__main__":
    main()
