"""Reading aloud (issue 28): espeak-ng's library (what the app uses) beside its command line,
then the seed and corpus articles spoken to WAV.

    .venv/bin/python benchmarks/speech_engines.py [--articles 20] [--out DIR]

- library vs command line, on the same speakable text: time to the first audio, wall and
  CPU time for the whole article, and whether word times come back;
- the seed: duration, words a minute at the default rate, time to the first audio through
  a player process (a stand-in that consumes PCM at real-time pace), CPU time;
- corpus articles: the same, and how many of the article's words a word event names.
"""

from __future__ import annotations

import argparse
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from reader_app.core.library import read_article  # noqa: E402
from reader_app.core.speech.espeak import EspeakEngine  # noqa: E402
from reader_app.core.speech.text import speakable_chunks  # noqa: E402
from reader_app.core.speech.wav import write_wav  # noqa: E402
from reader_app.core.text.normalize import iter_words  # noqa: E402

SEED = ROOT / "seeds" / "000_26ccf66904288b90.txt"
CORPUS = ROOT.parent / "shared" / "corpora" / "urdu-news-bend-the-truth"
PACED = """
import sys, time
rate = int(sys.argv[1]); start = time.monotonic(); played = 0
while True:
    data = sys.stdin.buffer.read(4096)
    if not data:
        break
    played += len(data)
    ahead = played / 2 / rate - (time.monotonic() - start)
    if ahead > 0.1:
        time.sleep(ahead - 0.1)
"""


FIRST_USE = """
import time
from reader_app.core.speech.espeak import EspeakEngine
began = time.perf_counter()
assert EspeakEngine().can_synthesize()
print(f"{(time.perf_counter() - began) * 1000:.1f}")
"""


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def library_run(engine: EspeakEngine, text: str) -> dict:
    first: list[float] = []
    words = 0
    began, cpu = time.perf_counter(), time.process_time()

    def audio(data: bytes) -> None:
        if not first:
            first.append(time.perf_counter() - began)

    def word(start: int, end: int, seconds: float) -> None:
        nonlocal words
        words += 1

    engine.synthesize(speakable_chunks(text), on_audio=audio, on_word=word)
    return {"first": first[0], "wall": time.perf_counter() - began,
            "cpu": time.process_time() - cpu, "words": words}


def command_line_run(text: str) -> dict:
    """``espeak-ng -v ur --stdout`` on the same speakable text (one process, all chunks)."""
    spoken = "\n".join(chunk.text for chunk in speakable_chunks(text))
    began, cpu = time.perf_counter(), children_cpu()
    proc = subprocess.Popen(["espeak-ng", "-v", "ur", "--stdout"], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE)
    assert proc.stdin is not None and proc.stdout is not None
    proc.stdin.write(spoken.encode("utf-8"))
    proc.stdin.close()
    proc.stdout.read(1)
    first = time.perf_counter() - began
    size = 1 + len(proc.stdout.read())
    proc.wait()
    return {"first": first, "wall": time.perf_counter() - began,
            "cpu": children_cpu() - cpu, "bytes": size}


def first_audio_through_player(engine: EspeakEngine, text: str, player: list[str]) -> float:
    reading = EspeakEngine(player=player).speak(text)
    deadline = time.monotonic() + 10
    while reading.first_audio is None and time.monotonic() < deadline:
        time.sleep(0.001)
    first = reading.first_audio or float("nan")
    reading.stop()
    return first


def speak_article(engine: EspeakEngine, path: Path, out: Path) -> dict:
    text = read_article(path).text
    cpu, began = time.process_time(), time.perf_counter()
    result = write_wav(engine, text, out, overwrite=True)
    words = list(iter_words(text))
    named = sum(1 for _k, s, e in words
                if any(w.start <= s and e <= w.end for w in result.words))
    return {"name": f"{path.parent.name}/{path.name}", "seconds": result.seconds,
            "words": len(words),
            "wpm": len(words) / result.seconds * 60 if result.seconds else 0.0,
            "cpu": time.process_time() - cpu, "wall": time.perf_counter() - began,
            "covered": named / len(words) if words else 1.0, "size": out.stat().st_size}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=20)
    parser.add_argument("--out", type=Path, help="keep the WAV files here")
    parser.add_argument("--seed", type=int, help="the draw of the unseen articles")
    args = parser.parse_args()
    engine = EspeakEngine()
    if not engine.can_synthesize():
        sys.exit("espeak-ng's library (libespeak-ng1) is not installed")
    out = args.out or Path(tempfile.mkdtemp(prefix="speech-"))
    out.mkdir(parents=True, exist_ok=True)
    text = read_article(SEED).text

    fresh = subprocess.run([sys.executable, "-c", FIRST_USE], capture_output=True, text=True,
                           cwd=ROOT, check=True).stdout.strip()
    print(f"first use in a process (load libespeak-ng, espeak_Initialize, the Urdu voice): "
          f"{fresh} ms")
    library_run(engine, text)  # warm
    lib = min((library_run(engine, text) for _ in range(3)), key=lambda r: r["wall"])
    cli = min((command_line_run(text) for _ in range(3)), key=lambda r: r["wall"])
    print("\n| seed article | first audio | whole article | CPU | word times |")
    print("|---|---|---|---|---|")
    print(f"| libespeak-ng (ctypes) | {lib['first'] * 1000:.1f} ms | {lib['wall']:.2f} s | "
          f"{lib['cpu']:.2f} s | {lib['words']} word events |")
    print(f"| espeak-ng -v ur --stdout | {cli['first'] * 1000:.1f} ms | {cli['wall']:.2f} s | "
          f"{cli['cpu']:.2f} s | none |")

    script = out / "paced_player.py"
    script.write_text(PACED)
    player = [sys.executable, str(script), "{rate}"]
    firsts = sorted(first_audio_through_player(engine, text, player) for _ in range(5))
    seed = speak_article(engine, SEED, out / "seed.wav")
    print(f"\nseed: {seed['seconds']:.1f} s of speech, {seed['words']} words, "
          f"{seed['wpm']:.0f} words a minute at the default rate, CPU {seed['cpu']:.2f} s "
          f"(wall {seed['wall']:.2f} s), first audio to the player "
          f"{firsts[len(firsts) // 2] * 1000:.1f} ms (median of 5), "
          f"{seed['covered']:.1%} of words named by a word event, WAV "
          f"{seed['size'] / 1e6:.1f} MB")

    tuned = sorted((CORPUS / "test" / "Real").glob("*.txt"))[:args.articles // 2] + sorted(
        (CORPUS / "test" / "Fake").glob("*.txt"))[:args.articles - args.articles // 2]
    if not tuned:
        print("(the shared corpus is not beside the project)")
        return
    table(engine, tuned, out / "tuned", "corpus articles listened to while tuning the "
          "spoken text (the first of test/Real and test/Fake)")
    draw = args.seed if args.seed is not None else random.randrange(1_000_000)
    rest = sorted(set(CORPUS.rglob("*.txt")) - set(tuned))
    unseen = random.Random(draw).sample(rest, min(args.articles, len(rest)))
    table(engine, unseen, out / "unseen", f"articles drawn at run time from the rest of the "
          f"corpus (seed {draw}), never looked at while tuning")
    print(f"\nWAV files in {out}")


def table(engine: EspeakEngine, paths: list[Path], out: Path, title: str) -> None:
    out.mkdir(parents=True, exist_ok=True)
    rows = [speak_article(engine, path, out / f"{i:02d}.wav") for i, path in enumerate(paths)]
    print(f"\n{len(rows)} {title}:")
    print("| article | words | speech | words/min | CPU | words named |")
    print("|---|---|---|---|---|---|")
    for row in rows:
        print(f"| {row['name']} | {row['words']} | {row['seconds']:.1f} s | {row['wpm']:.0f} "
              f"| {row['cpu']:.3f} s | {row['covered']:.1%} |")
    total_words = sum(r["words"] for r in rows)
    total_seconds = sum(r["seconds"] for r in rows)
    print(f"| all | {total_words} | {total_seconds:.0f} s | "
          f"{total_words / total_seconds * 60:.0f} | {sum(r['cpu'] for r in rows):.2f} s | "
          f"min {min(r['covered'] for r in rows):.1%} |")


if __name__ == "__main__":
    main()
