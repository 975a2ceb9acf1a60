"""Build a library's index as the app does (``ArticleIndex.refresh``) and print its CPU time.

    PYTHONPATH=<tree> python benchmarks/build_index.py CORPUS OUT par|single|prof|analyzer

Run it with two trees' ``PYTHONPATH`` one after the other to compare writers side by side
(the machine is shared: compare the CPU seconds, not the wall time). ``single`` keeps the
build in one process (``PARALLEL_MIN_DOCS`` raised), ``prof`` also prints its cProfile.
``analyzer`` builds nothing: it reads the corpus's articles and times only the content
field's indexing (the analyzer and its postings encoding, ``field.index``), ``--repeat``
times over, so that the analyzer can be measured alone (OUT is not used), e.g. under
``valgrind --tool=callgrind`` for instruction counts.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import resource
import shutil
import time
from pathlib import Path

import reader_app.core.index as index_module


def _cpu() -> tuple[float, float]:
    """CPU seconds (user + system) of this process and of its waited-for children."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime, kids.ru_utime + kids.ru_stime


def analyzer_only(corpus: Path, repeat: int) -> None:
    """Time the content field's ``index`` over every article's text, already read."""
    from reader_app.core.library import iter_articles

    texts = [result.text for path in sorted(corpus.rglob("*.txt"))
             for result in iter_articles(path) if hasattr(result, "text")]
    field = index_module.make_schema()["content"]
    # As the writer asks for them: the analyzer's own postings where the tree has them.
    fast = getattr(field.format, "index_postings", None)
    postings = 0
    started = time.process_time()
    for _round in range(repeat):
        for text in texts:
            if fast:
                postings += len(fast(text, field.analyzer))
            else:
                for _posting in field.index(text):
                    postings += 1
    cpu = time.process_time() - started
    print(f"analyzer cpu {cpu:.2f}s articles={len(texts)} x{repeat} postings={postings}",
          flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("mode", choices=("par", "single", "prof", "analyzer"))
    parser.add_argument("--repeat", type=int, default=1, help="rounds (analyzer mode)")
    args = parser.parse_args()
    if args.mode == "analyzer":
        analyzer_only(args.corpus, args.repeat)
        return
    shutil.rmtree(args.out, ignore_errors=True)
    if args.mode != "par":
        index_module.PARALLEL_MIN_DOCS = 10**9
    index = index_module.ArticleIndex(args.out)
    index.set_folders([args.corpus])
    profiler = cProfile.Profile() if args.mode == "prof" else None
    own0, kids0 = _cpu()
    started = time.perf_counter()
    if profiler:
        profiler.enable()
    index.refresh()
    if profiler:
        profiler.disable()
    wall = time.perf_counter() - started
    own, kids = _cpu()
    print(f"{args.mode} build {wall:.1f}s wall, cpu {own - own0 + kids - kids0:.1f}s "
          f"(this process {own - own0:.1f}, workers {kids - kids0:.1f}) "
          f"docs={index.doc_count()} load={os.getloadavg()[0]:.1f}", flush=True)
    if profiler:
        stats = pstats.Stats(profiler)
        stats.sort_stats("tottime").print_stats(30)
        stats.sort_stats("cumtime").print_stats(40)


if __name__ == "__main__":
    main()
