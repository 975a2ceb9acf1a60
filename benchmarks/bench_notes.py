"""Notes on a long article: 1,000 highlights on a 2 MB article, saved and found again.

    .venv/bin/python benchmarks/bench_notes.py [--mb 2] [--notes 1000]

The article is the shared corpus's real articles one after another (the seed's sentences
when the corpus is not beside the project), cut to the size asked; each highlight is a few
whole words at a random place. Prints a Markdown table: saving them, finding them again in
the same text, after a paragraph was added at the top, after the whole article was re-typed
with Arabic ي (every note found by folding), with the file gone, and a folded search.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from helpers import seed_sentences  # noqa: E402

import reader_app.core.notes.anchor as anchoring  # noqa: E402
from reader_app.core.notes import NotesStore  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpora" / "urdu-news-bend-the-truth"


def article_text(size: int) -> str:
    files = sorted(CORPUS.rglob("*.txt"))
    if files:
        text = "\n\n".join(f.read_text(encoding="utf-8", errors="replace") for f in files)
    else:
        text = " ".join(seed_sentences())
    while len(text) < size:
        text += "\n\n" + text
    return text[:size]


def timed(work) -> tuple[float, object]:
    began = time.perf_counter()
    result = work()
    return (time.perf_counter() - began) * 1000, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=2.0)
    parser.add_argument("--notes", type=int, default=1000)
    args = parser.parse_args()
    rng = random.Random(1)
    text = article_text(int(args.mb * 1_000_000))
    path = Path("/bench/article.txt")
    spans = []
    for _ in range(args.notes):
        start = text.rfind(" ", 0, rng.randrange(len(text) - 200)) + 1
        spans.append((start, text.find(" ", start + rng.randrange(5, 60))))
    rows = []
    with tempfile.TemporaryDirectory() as tmp, NotesStore(Path(tmp) / "notes.sqlite3") as store:
        ms, _ = timed(lambda: [store.add(path, None, text, s, e, note="نوٹ") for s, e in spans])
        rows.append(("save (one transaction each)", ms))
        ms, _ = timed(lambda: store.for_article(path, None, text))
        rows.append(("find again, text unchanged", ms))
        edited = "ایک نیا پیراگراف سب سے اوپر۔\n\n" + text
        ms, found = timed(lambda: store.for_article(path, None, edited))
        rows.append(("find again after a paragraph added at the top (and save)", ms))
        retyped = edited.replace("ی", "ي")
        anchoring._folded_words.cache_clear()
        ms, found = timed(lambda: store.for_article(path, None, retyped))
        orphans = sum(n.orphaned for n in found)
        rows.append((f"find again after re-typing with Arabic yeh ({orphans} orphaned)", ms))
        ms, _ = timed(lambda: store.for_article(path, None, None))
        rows.append(("article gone: all orphaned (and saved)", ms))
        ms, found = timed(lambda: store.search("وزير"))
        rows.append((f"folded search over all notes ({len(found)} found)", ms))
    print(f"{args.notes} notes on a {len(text) / 1e6:.1f} MB article\n")
    print("| step | ms |\n|---|---:|")
    for name, ms in rows:
        print(f"| {name} | {ms:,.0f} |")


if __name__ == "__main__":
    main()
