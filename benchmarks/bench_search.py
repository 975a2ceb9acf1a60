"""Worker: time a fixed query set against one engine's index (with snippets and hit ranges).

    python benchmarks/bench_search.py ENGINE INDEX_DIR [--rounds R] [--limit L]
        [--hostile] [--memory-queries N]

Every query runs once untimed (warm: index files, this app's article cache, OS cache), then
R timed rounds. Prints JSON: the warm-up and timed latencies (ms) with each query's kind.
``--hostile`` also times each hostile query (see ``hostile_queries``) twice, each stopped
after HOSTILE_LIMIT_S; ``--memory-queries`` notes the RSS while N queries run.
"""

from __future__ import annotations

import argparse
import cProfile
import itertools
import pstats
import re
import signal
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from common import REAL_CORPUS, emit, peak_rss_mb, text_files

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
    # typing mistakes: one letter wrong, a word no article has (this app then suggests)
    ("typo", "پاکستام"), ("typo", "حکومٹ"), ("typo", "کرکت"), ("typo", "عدالط"),
    ("typo", "تحقیک"),
]
HOSTILE_LIMIT_S = 10.0
_WORD = re.compile(r"[^\W\d_]+")


def _real_texts() -> list[str]:
    return [p.read_text(encoding="utf-8-sig") for p in text_files(REAL_CORPUS)]


def paragraph_queries() -> list[tuple[str, str]]:
    """Pasted text: 100 and 400 words of real articles (the generated corpora reuse their
    sentences), as a person pastes a paragraph to find where it came from."""
    texts = _real_texts()
    long = [t for t in texts if len(t.split()) >= 400]
    return [("paragraph", " ".join(long[0].split()[:100])),
            ("paragraph", " ".join(long[1].split()[:400]))]


def hostile_queries() -> list[tuple[str, str]]:
    """Queries that cost the most: deep brackets, a 2-letter prefix, hundreds of ORed
    prefixes, hundreds of common words ANDed, ORed and quoted, one enormous word."""
    counts = Counter(w for t in _real_texts() for w in _WORD.findall(t))
    common = [w for w, _ in counts.most_common(500)]
    starts = [s for s, _ in Counter(w[:2] for w in counts.elements() if len(w) > 2)
              .most_common(200)]
    return [
        ("300 nested brackets", "(" * 300 + "پاکستان" + ")" * 300),
        ("2-letter prefix کا*", "کا*"),
        ("200 ORed 2-letter prefixes", " OR ".join(f"{s}*" for s in starts)),
        ("500 common words", " ".join(common)),
        ("500 common words ORed", " OR ".join(common)),
        ("a quoted 100-word phrase", '"' + " ".join(common[:100]) + '"'),
        ("100 words left out", "پاکستان " + " ".join(f"-{w}" for w in common[1:101])),
        ("one 5,000-letter word", "ا" * 5000),
    ]


class _TooLong(Exception):
    pass


def _alarm(_signum: int, _frame: object) -> None:
    raise _TooLong


def hostile(search: Search, limit: int) -> list[tuple[str, float, int]]:
    """Each hostile query twice; the slower time counts (the first may find files cold, the
    second caches warm). Stopped at HOSTILE_LIMIT_S."""
    out = []
    signal.signal(signal.SIGALRM, _alarm)
    for name, text in hostile_queries():
        ms, hits = 0.0, -1
        for _ in range(2):
            started = time.perf_counter()
            _DEADLINE[0] = time.monotonic() + HOSTILE_LIMIT_S
            signal.setitimer(signal.ITIMER_REAL, HOSTILE_LIMIT_S)
            try:
                hits = search(text, limit)
            except _TooLong:
                hits = -1  # stopped: longer than the limit
            except Exception as exc:  # a failing query is a result here
                hits = -1 if "interrupted" in str(exc) else -2
                if hits == -2:
                    print(f"{name}: {type(exc).__name__}: {exc}"[:200], file=sys.stderr)
            finally:
                signal.setitimer(signal.ITIMER_REAL, 0)
                _DEADLINE[0] = float("inf")
            ms = max(ms, (time.perf_counter() - started) * 1000)
            if hits == -1:
                break
        out.append((name, ms, hits))
    return out


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def memory_over(search: Search, limit: int, count: int) -> list[tuple[int, float]]:
    """RSS after 10, 100, … queries of the query set, cycled, up to ``count``."""
    marks = {10, 100, 250, 500, 750, count}
    series = []
    queries = itertools.cycle([text for _, text in QUERIES + paragraph_queries()])
    for n in range(1, count + 1):
        search(next(queries), limit)
        if n in marks:
            series.append((n, rss_mb()))
    return series

Search = Callable[[str, int], int]  # runs one query, returns the number of hits


def open_engine(engine: str, index_dir: Path) -> tuple[Search, Callable[[], None]]:
    if engine == "app":
        from reader_app.core.index import ArticleIndex
        from reader_app.core.search import Searcher

        index = ArticleIndex(index_dir)
        searcher = Searcher(index)

        def app_search(text: str, limit: int, snippets: int | None = None) -> int:
            return len(searcher.search(text, limit=limit, snippets=snippets).hits)

        return app_search, index.close
    from baselines import DefaultWhoosh, Fts5

    backend = DefaultWhoosh(index_dir) if engine == "whoosh" else Fts5(index_dir)
    if engine == "fts5":  # SQLite runs in C, where the alarm's exception cannot reach
        backend.connect().set_progress_handler(lambda: time.monotonic() > _DEADLINE[0], 10_000)
    return (lambda text, limit: len(backend.search(text, limit))), lambda: None


_DEADLINE = [float("inf")]


def timed(search: Search, limit: int, **kwargs: int) -> list[tuple[str, float, int]]:
    out = []
    for kind, text in QUERIES + paragraph_queries():
        started = time.perf_counter()
        hits = search(text, limit, **kwargs)
        out.append((kind, (time.perf_counter() - started) * 1000, hits))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("engine", choices=("app", "whoosh", "fts5"))
    parser.add_argument("index_dir", type=Path)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--limit", type=int, nargs="+", default=[20])
    parser.add_argument("--profile", type=int, default=0)
    parser.add_argument("--hostile", action="store_true")
    parser.add_argument("--memory-queries", type=int, default=0)
    parser.add_argument("--shown", type=int, nargs=2, metavar=("LIMIT", "SHOWN"),
                        help="app only: also time LIMIT hits with snippets for the first "
                        "SHOWN (the rows a pane shows; the rest are made later)")
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
    if args.shown:
        limit, shown = args.shown
        timed(search, limit, snippets=shown)
        result["shown"] = {"limit": limit, "shown": shown, "warm": [
            row for _ in range(args.rounds) for row in timed(search, limit, snippets=shown)]}
    if args.hostile:
        result["hostile"] = hostile(search, args.limit[0])
    if args.memory_queries:
        result["memory"] = memory_over(search, args.limit[0], args.memory_queries)
    close()
    if profiler:
        stats = pstats.Stats(profiler, stream=sys.stderr)
        for order in ("cumulative", "tottime"):
            stats.sort_stats(order).print_stats(args.profile)
    own, _ = peak_rss_mb()
    emit({**result, "rss_main_mb": own})


if __name__ == "__main__":
    main()
