"""Worker: build or refresh one engine's index in this (fresh) process and report as JSON.

    python benchmarks/bench_index.py ENGINE build|refresh CORPUS INDEX_DIR [--changed LIST]

ENGINE is ``app`` (ArticleIndex.refresh: it finds changes itself), ``whoosh`` or ``fts5``
(given the changed files' list, since neither tracks files). ``--profile N`` prints the N
most expensive functions (cumulative) of this process to stderr.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import time
from pathlib import Path

from common import emit, folder_mb, peak_rss_mb, text_files


def run(engine: str, mode: str, corpus: Path, index_dir: Path, changed: list[Path]) -> dict:
    extra: dict = {}
    if engine == "app":
        from reader_app.core.index import ArticleIndex

        index = ArticleIndex(index_dir)
        report = index.refresh([corpus])
        extra = {"docs": index.doc_count(), "added": report.added, "updated": report.updated,
                 "skipped": len(report.skipped)}
        index.close()
        return extra
    from baselines import DefaultWhoosh, Fts5

    backend = DefaultWhoosh(index_dir) if engine == "whoosh" else Fts5(index_dir)
    if mode == "build":
        files = text_files(corpus)
        backend.build(files)
        return {"docs": len(files)}
    backend.update(changed)
    return {"updated": len(changed)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("engine", choices=("app", "whoosh", "fts5"))
    parser.add_argument("mode", choices=("build", "refresh"))
    parser.add_argument("corpus", type=Path)
    parser.add_argument("index_dir", type=Path)
    parser.add_argument("--changed", type=Path, help="a file listing changed paths")
    parser.add_argument("--profile", type=int, default=0)
    args = parser.parse_args()
    changed = [Path(p) for p in args.changed.read_text().splitlines()] if args.changed else []
    profiler = cProfile.Profile() if args.profile else None
    started = time.perf_counter()
    if profiler:
        profiler.enable()
    result = run(args.engine, args.mode, args.corpus, args.index_dir, changed)
    seconds = time.perf_counter() - started
    if profiler:
        profiler.disable()
        pstats.Stats(profiler, stream=sys.stderr).sort_stats(
            "cumulative").print_stats(args.profile)
    own, kids = peak_rss_mb()
    emit({**result, "seconds": seconds, "rss_main_mb": own, "rss_child_mb": kids,
          "index_mb": folder_mb(args.index_dir)})


if __name__ == "__main__":
    main()
