"""Build a library's index as the app does (``ArticleIndex.refresh``) and print the time.

    PYTHONPATH=<tree> /usr/bin/time python benchmarks/build_index.py CORPUS OUT par|single|prof

Run it with two trees' ``PYTHONPATH`` one after the other to compare writers side by side;
``single`` keeps the build in one process (``PARALLEL_MIN_DOCS`` raised), ``prof`` also
prints its cProfile.
"""

from __future__ import annotations

import cProfile
import pstats
import shutil
import sys
import time
from pathlib import Path

import reader_app.core.index as index_module


def main() -> None:
    corpus, out, mode = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
    shutil.rmtree(out, ignore_errors=True)
    if mode != "par":
        index_module.PARALLEL_MIN_DOCS = 10**9
    index = index_module.ArticleIndex(out)
    index.set_folders([corpus])
    profiler = cProfile.Profile() if mode == "prof" else None
    started = time.perf_counter()
    if profiler:
        profiler.enable()
    index.refresh()
    if profiler:
        profiler.disable()
    print(f"{mode} build {time.perf_counter() - started:.1f}s docs={index.doc_count()}",
          flush=True)
    if profiler:
        stats = pstats.Stats(profiler)
        stats.sort_stats("tottime").print_stats(30)
        stats.sort_stats("cumtime").print_stats(40)


if __name__ == "__main__":
    main()
