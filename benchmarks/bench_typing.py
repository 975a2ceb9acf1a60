"""Keys typed into the search box of the real app under Xvfb: how long each takes to show.

    .venv/bin/python benchmarks/bench_typing.py [--sizes 1300,10000] [--queries 6]

For each library size it indexes the articles (the shared corpus; 10,000 made by
``../shared/tools/make_corpus.py`` into the benchmark cache, as ``run.py`` does), starts the
app on its own Xvfb screen with ``READER_LATENCY_LOG`` set (the search box then writes the
wall time of every paint that shows new text), and types queries drawn at run time from the
articles' own words, key by key, through one ``xdotool -`` process, 90–160 ms apart (a
brisk typist), while the results of the previous keys come in. A key's latency is the time
from writing it to xdotool to the paint that shows it. It prints p50, p95 and the worst,
and the app's RSS after every query (a typed query, then cleared), then the idle quit time
(Ctrl+Q to the process gone).

Targets (issue 27): p95 ≤ 50 ms, worst ≤ 100 ms.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "tests"))

from common import corpus  # noqa: E402
from helpers import xvfb  # noqa: E402


def words_of(folder: Path, rng: random.Random, count: int) -> list[str]:
    files = sorted(folder.rglob("*.txt"))
    picked: list[str] = []
    while len(picked) < count:
        text = rng.choice(files).read_text(encoding="utf-8", errors="replace").split()
        words = [w.strip("،۔.:؛") for w in text if len(w) >= 3]
        if len(words) > 3:
            start = rng.randrange(len(words) - 2)
            picked.append(" ".join(words[start:start + rng.choice((1, 2, 2, 3))]))
    return picked


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def run(folder: Path, queries: int, rng: random.Random) -> dict:
    work = Path(tempfile.mkdtemp(prefix="typing-"))
    log = work / "paints.log"
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    env.update(XDG_DATA_HOME=str(work / "data"), XDG_CONFIG_HOME=str(work / "config"),
               XDG_CACHE_HOME=str(work / "cache"), READER_LATENCY_LOG=str(log),
               READER_LOG="info", LANG="C.UTF-8",
               PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")])))
    subprocess.run([sys.executable, "-m", "reader_app", "index", str(folder)], env=env,
                   check=True, capture_output=True)
    results: dict = {"rss": []}
    with xvfb(1400, 900) as display:
        env["DISPLAY"] = display
        out = (work / "app.log").open("w")
        app = subprocess.Popen([sys.executable, "-m", "reader_app"], env=env, stdout=out,
                               stderr=subprocess.STDOUT)
        try:
            deadline = time.monotonic() + 120
            while "library idle" not in (work / "app.log").read_text():
                if time.monotonic() > deadline or app.poll() is not None:
                    raise RuntimeError((work / "app.log").read_text()[-2000:])
                time.sleep(0.2)
            window = subprocess.run(["xdotool", "search", "--onlyvisible", "--name",
                                     "Urdu Reader"], env=env, capture_output=True,
                                    text=True).stdout.split()[0]
            typist = subprocess.Popen(["xdotool", "-"], env=env, stdin=subprocess.PIPE,
                                      text=True)
            assert typist.stdin is not None

            def send(command: str) -> float:
                sent = time.time()
                typist.stdin.write(command + "\n")
                typist.stdin.flush()
                return sent

            send(f"windowfocus --sync {window}")
            send("key --clearmodifiers ctrl+f")
            time.sleep(1.0)
            latencies: list[float] = []
            for query in words_of(folder, rng, queries):
                offset = log.stat().st_size if log.exists() else 0
                sent: list[tuple[float, int]] = []
                for length, ch in enumerate(query, start=1):
                    arg = "space" if ch == " " else f"U{ord(ch):04X}"
                    sent.append((send(f"key {arg}"), length))
                    time.sleep(rng.uniform(0.09, 0.16))
                time.sleep(1.5)  # the results of the whole query
                results["rss"].append(round(rss_mb(app.pid)))
                with log.open(encoding="utf-8") as handle:
                    handle.seek(offset)
                    paints = [(float(t), int(n)) for t, n in
                              (line.split("\t") for line in handle if line.strip())]
                for at, length in sent:
                    shown = next((t for t, n in paints if n >= length and t >= at), None)
                    latencies.append((shown - at) * 1000 if shown else float("inf"))
                send("key ctrl+a BackSpace")
                time.sleep(0.6)
            results["latencies_ms"] = latencies
            typist.stdin.close()
            typist.wait(10)
            asked = time.monotonic()
            subprocess.run(["xdotool", "key", "--window", window, "ctrl+q"], env=env)
            app.wait(30)
            results["quit_s"] = time.monotonic() - asked
        finally:
            if app.poll() is None:
                app.kill()
            out.close()
    shutil.rmtree(work, ignore_errors=True)
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1300")
    parser.add_argument("--queries", type=int, default=6)
    parser.add_argument("--seed", type=int, default=None)
    args = parser.parse_args()
    seed = args.seed if args.seed is not None else random.randrange(10**6)
    print(f"query seed {seed} (drawn at run time from the articles' words)")
    for size in (int(s) for s in args.sizes.split(",")):
        folder = corpus(size)
        print(f"\n{size:,} articles ({folder})")
        res = run(folder, args.queries, random.Random(seed))
        lat = sorted(res["latencies_ms"])
        p95 = lat[min(len(lat) - 1, int(len(lat) * 0.95))]
        print(f"  {len(lat)} keys: p50 {statistics.median(lat):.0f} ms, p95 {p95:.0f} ms, "
              f"worst {lat[-1]:.0f} ms; over 100 ms: {sum(x > 100 for x in lat)}")
        print(f"  RSS after each query (MB): {res['rss']}")
        print(f"  idle quit: {res['quit_s']:.2f} s")


if __name__ == "__main__":
    main()
