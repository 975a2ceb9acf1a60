"""Importing a dataset file through the command line, as a person would: wall time and the
peak memory of the whole process tree (the indexer and its writer processes).

    python benchmarks/bench_import.py [--rows 10000 100000] [--formats csv jsonl]

For each size, an N-row CSV (the "Urdu News Dataset" columns) and JSON Lines file of
corpus sentences is written (benchmarks/formats_compare.write_dataset), then indexed from
scratch with ``python -m reader_app index --only FILE`` under ``/usr/bin/time -v``. Printed
beside each other: wall seconds, rows per second, the peak RSS that time(1) reports (the
largest single process), the peak summed RSS and PSS of the process tree sampled every
50 ms from /proc, and the index size. Memory that stays flat from 10,000 to 100,000 rows is
what "bounded" means here; a reader that held the file would grow with it.

Measured 2026-12-01 (2 cores shared with five other agents, load average 7-13, so wall
times are 2-3x those of a quiet machine; CPU seconds compare better), commit of issue 15:

| file | rows | MB | wall s | CPU s | time(1) max RSS MB | tree peak RSS MB | PSS MB | index MB |
|---|---|---|---|---|---|---|---|---|
| news.csv | 10,000 | 24 | 228 | 97 | 187 | 409 | 371 | 59 |
| news.csv | 100,000 | 241 | 2,876 | 1,049 | 190 | 413 | 375 | 562 |

The tree is the indexer (34 MB RSS throughout) and two Whoosh writer processes (~190 MB
each: their 128 MB pools); ten times the rows, the same peak.
"""

from __future__ import annotations

import argparse
import itertools
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from common import folder_mb, process_tree, tree_memory  # noqa: E402
from formats_compare import write_dataset  # noqa: E402

REPO = HERE.parent


def index_file(dataset: Path, index_dir: Path) -> dict:
    """Index one file from scratch through the CLI; time(1)'s figures and the tree's peak."""
    shutil.rmtree(index_dir, ignore_errors=True)
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    cmd = ["/usr/bin/time", "-v", sys.executable, "-m", "reader_app", "index", "-q",
           "--index-dir", str(index_dir), "--only", str(dataset)]
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=env, cwd=REPO)
    peak_rss = peak_pss = 0.0
    pids: list[int] = []
    for n in itertools.count():
        if proc.poll() is not None:
            break
        if n % 10 == 0:
            pids = process_tree(proc.pid)
        rss, pss = tree_memory(pids)
        peak_rss, peak_pss = max(peak_rss, rss), max(peak_pss, pss)
        time.sleep(0.05)
    wall = time.perf_counter() - started
    out, err = proc.communicate()
    if proc.returncode != 0:
        raise RuntimeError(f"index failed ({proc.returncode}): {err[-2000:]}")
    max_rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", err)
    user = re.search(r"User time \(seconds\): ([\d.]+)", err)
    system = re.search(r"System time \(seconds\): ([\d.]+)", err)
    indexed = re.search(r"(\d+) articles indexed", out)
    return {
        "wall_s": wall,
        "cpu_s": float(user.group(1)) + float(system.group(1)) if user and system else 0.0,
        "time_max_rss_mb": int(max_rss.group(1)) / 1024 if max_rss else 0.0,
        "tree_rss_mb": peak_rss / 1024,
        "tree_pss_mb": peak_pss / 1024,
        "articles": int(indexed.group(1)) if indexed else 0,
        "index_mb": folder_mb(index_dir),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--formats", nargs="+", default=["csv"], choices=["csv", "jsonl"])
    parser.add_argument("--keep", type=Path, help="write the datasets here and keep them")
    args = parser.parse_args()
    print(f"{os.cpu_count()} CPUs, load {os.getloadavg()[0]:.1f}; python -m reader_app "
          "index --only FILE, from an empty index")
    print("| file | rows | MB | articles | wall s | CPU s | rows/s | time(1) max RSS MB "
          "| tree peak RSS MB | tree peak PSS MB | index MB |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for rows in args.rows:
        with tempfile.TemporaryDirectory(prefix="bench-import-") as tmp:
            folder = args.keep or Path(tmp)
            folder.mkdir(parents=True, exist_ok=True)
            csv_path, jsonl_path = write_dataset(folder, rows)
            for fmt in args.formats:
                path = csv_path if fmt == "csv" else jsonl_path
                r = index_file(path, Path(tmp) / f"ix-{fmt}")
                print(f"| {path.name} | {rows:,} | {path.stat().st_size / 1e6:.0f} | "
                      f"{r['articles']:,} | {r['wall_s']:.1f} | {r['cpu_s']:.1f} | "
                      f"{rows / r['wall_s']:,.0f} | {r['time_max_rss_mb']:.0f} | "
                      f"{r['tree_rss_mb']:.0f} | {r['tree_pss_mb']:.0f} | "
                      f"{r['index_mb']:.0f} |", flush=True)


if __name__ == "__main__":
    main()
