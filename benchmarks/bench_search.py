"""Worker: time a fixed query set against one engine's index (with snippets and hit ranges).

    python benchmarks/bench_search.py ENGINE INDEX_DIR [--rounds R] [--limit L]

Every query runs once untimed (warm: index files, this app's article cache, OS cache), then
R timed rounds. Prints JSON: the warm-up and timed latencies (ms) with each query's kind.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import time
from collections.abc import Callable
from pathlib import Path

from common import emit, peak_rss_mb

# (kind, query) in this app's syntax, which is also Whoosh's; FTS5 gets a translation.
# Words are common to rare in the real corpus; generated corpora reuse its sentences.
QUERIES: list[tuple[str, str]] = [
    ("word", "پاکستان"), ("word", "حکومت"), ("word", "کرکٹ"), ("word", "عدالت"),
    ("word", "صحت"), ("word", "فلم"), ("word", "کمپنی"), ("word", "تحقیق"),
    ("and", "پاکستان کرکٹ"), ("and", "عمران خان"), ("and", "ٹیم میچ"), ("and", "امریکہ چین"),
    ("and", "فلم اداکارہ"), ("and", "مریض ہسپتال"),
    ("phrase", '"وزیر اعظم"'), ("phrase", '"سپریم کورٹ"'), ("phrase", '"اسلام آباد"'),
    ("phrase", '"کورونا وائرس"'), ("phrase", '"نواز شریف"'), ("phrase", '"عمران خان"'),
    ("prefix", "پاکست*"), ("prefix", "حکوم*"), ("prefix", "کمپن*"), ("prefix", "تحقی*"),
    ("prefix", "اداکا*"),
    # Arabic yeh and kaf (ي ك) for Urdu ی ک, as keyboards and PDFs produce them
    ("variant", "پاكستان"), ("variant", "حكومت"), ("variant", "كمپني"), ("variant", "تحقيق"),
    ("variant", "امريكہ"), ("variant", "كراچي"),
    ("diacritics", "پاکِستان"), ("diacritics", "حُکومت"), ("diacritics", "صِحّت"),
    ("diacritics", "فِلم"),
    ("joined", "وزیراعظم"), ("joined", "اسلامآباد"), ("joined", "کوروناوائرس"),
    ("joined", "سپریمکورٹ"), ("joined", "عمرانخان"),
]

Search = Callable[[str, int], int]  # runs one query, returns the number of hits


def open_engine(engine: str, index_dir: Path) -> tuple[Search, Callable[[], None]]:
    if engine == "app":
        from reader_app.core.index import ArticleIndex
        from reader_app.core.search import Searcher

        index = ArticleIndex(index_dir)
        searcher = Searcher(index)

        def app_search(text: str, limit: int) -> int:
            return len(searcher.search(text, limit=limit).hits)

        return app_search, index.close
    from baselines import DefaultWhoosh, Fts5

    backend = DefaultWhoosh(index_dir) if engine == "whoosh" else Fts5(index_dir)
    return (lambda text, limit: len(backend.search(text, limit))), lambda: None


def timed(search: Search, limit: int) -> list[tuple[str, float, int]]:
    out = []
    for kind, text in QUERIES:
        started = time.perf_counter()
        hits = search(text, limit)
        out.append((kind, (time.perf_counter() - started) * 1000, hits))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("engine", choices=("app", "whoosh", "fts5"))
    parser.add_argument("index_dir", type=Path)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--limit", type=int, nargs="+", default=[20])
    parser.add_argument("--profile", type=int, default=0)
    args = parser.parse_args()
    started = time.perf_counter()
    search, close = open_engine(args.engine, args.index_dir)
    opened_ms = (time.perf_counter() - started) * 1000
    result: dict = {"open_ms": opened_ms}
    profiler = cProfile.Profile() if args.profile else None
    for limit in args.limit:
        cold = timed(search, limit)
        if profiler:
            profiler.enable()
        warm = [row for _ in range(args.rounds) for row in timed(search, limit)]
        if profiler:
            profiler.disable()
        result[str(limit)] = {"cold": cold, "warm": warm}
    close()
    if profiler:
        stats = pstats.Stats(profiler, stream=sys.stderr)
        for order in ("cumulative", "tottime"):
            stats.sort_stats(order).print_stats(args.profile)
    own, _ = peak_rss_mb()
    emit({**result, "rss_main_mb": own})


if __name__ == "__main__":
    main()
