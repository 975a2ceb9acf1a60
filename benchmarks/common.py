"""What every benchmark shares: corpora, subprocess runs with memory sampling, statistics."""

from __future__ import annotations

import itertools
import json
import math
import os
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
SHARED = Path(__file__).resolve().parents[2] / "shared"
REAL_CORPUS = SHARED / "corpora/urdu-news-bend-the-truth"
MAKE_CORPUS = SHARED / "tools/make_corpus.py"
REAL_SIZE = 1300
CACHE = Path(os.environ.get("URDU_READER_BENCH_CACHE",
                            Path.home() / ".cache/urdu-reader-bench"))
MB = 1_000_000


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def text_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*.txt") if p.is_file())


def corpus_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in text_files(folder))


def corpus(size: int) -> Path:
    """The real corpus for 1,300, else a generated one (seconds to make), cached for reruns."""
    if size == REAL_SIZE:
        return REAL_CORPUS
    target = CACHE / f"corpus-{size}"
    if (target / ".complete").exists():
        return target
    log(f"generating {size:,} articles in {target} …")
    shutil.rmtree(target, ignore_errors=True)
    subprocess.run([sys.executable, str(MAKE_CORPUS), "--count", str(size), "--out",
                    str(target)], check=True, stdout=subprocess.DEVNULL)
    (target / ".complete").touch()
    return target


def linked_copy(source: Path, target: Path) -> None:
    """A copy whose files share storage with ``source`` until one is replaced (see modify)."""
    shutil.rmtree(target, ignore_errors=True)
    linked = subprocess.run(["cp", "-al", str(source), str(target)], stderr=subprocess.DEVNULL)
    if linked.returncode != 0:  # another file system: a plain copy
        shutil.rmtree(target, ignore_errors=True)
        shutil.copytree(source, target)


def modify(files: list[Path], share: float = 0.01) -> list[Path]:
    """Change ``share`` of the files (every n-th): a paragraph appended, written as a new file
    so a hard-linked original is never touched. Returns the changed paths."""
    step = max(1, round(1 / share))
    changed = files[::step]
    for path in changed:
        text = path.read_text(encoding="utf-8-sig")
        fresh = path.with_suffix(".new")
        fresh.write_text(text + "\nیہ پیراگراف بعد میں شامل کیا گیا۔\n", encoding="utf-8")
        os.replace(fresh, path)
    return changed


LOADS: list[float] = []  # the 1-minute load average as each worker started


@dataclass
class Run:
    """A worker's JSON answer and the peak memory of its process tree, sampled from outside."""

    result: dict
    tree_rss_mb: float
    tree_pss_mb: float


def run_worker(args: list[str], env: dict[str, str] | None = None, timeout: float = 7200) -> Run:
    """Run ``python <args>`` in a fresh process; its last stdout line must be JSON."""
    LOADS.append(os.getloadavg()[0])
    proc = subprocess.Popen([sys.executable, *args], stdout=subprocess.PIPE, text=True,
                            env={**os.environ, **(env or {})})
    peak_rss = peak_pss = 0.0
    deadline = time.monotonic() + timeout
    pids: list[int] = []
    for n in itertools.count():
        if proc.poll() is not None:
            break
        if n % 10 == 0:  # finding the descendants costs more than reading their memory
            pids = process_tree(proc.pid)
        rss, pss = tree_memory(pids)
        peak_rss, peak_pss = max(peak_rss, rss), max(peak_pss, pss)
        if time.monotonic() > deadline:
            proc.kill()
        time.sleep(0.05)
    out = proc.stdout.read() if proc.stdout else ""
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(args)} exited with {proc.returncode}")
    return Run(json.loads(out.strip().splitlines()[-1]), peak_rss / 1024, peak_pss / 1024)


def process_tree(pid: int) -> list[int]:
    """A process and all its descendants, from /proc (Linux)."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            ppid = int(stat.rsplit(")", 1)[1].split()[1])
            children.setdefault(ppid, []).append(int(entry))
    tree, todo = [], [pid]
    while todo:
        current = todo.pop()
        tree.append(current)
        todo.extend(children.get(current, []))
    return tree


def tree_memory(pids: list[int]) -> tuple[float, float]:
    """The summed RSS and PSS (KiB) of these processes."""
    rss = pss = 0.0
    for current in pids:
        try:
            rollup = Path(f"/proc/{current}/smaps_rollup").read_text()
        except OSError:
            continue
        for line in rollup.splitlines():
            if line.startswith("Rss:"):
                rss += int(line.split()[1])
            elif line.startswith("Pss:"):
                pss += int(line.split()[1])
    return rss, pss


def peak_rss_mb() -> tuple[float, float]:
    """This process's peak RSS and the largest peak of its waited-for children (MB)."""
    import resource

    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return own, kids


def percentile(values: list[float], share: float) -> float:
    """Nearest-rank percentile (``share`` in 0..1) of a non-empty list."""
    ordered = sorted(values)
    return ordered[max(1, math.ceil(share * len(ordered) - 1e-9)) - 1]


def folder_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / MB


def emit(result: dict) -> None:
    """A worker's answer: one JSON line on stdout."""
    print(json.dumps(result, ensure_ascii=False), flush=True)
