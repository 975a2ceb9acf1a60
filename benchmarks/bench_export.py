"""Worker: PDF export time for a typical and a long article, in a fresh process.

    python benchmarks/bench_export.py OUT_DIR [--repeat N]

Typical: the seed article the product ships. Long: real corpus articles joined as the
paragraphs of one article until it has 40,000 characters. The first export of each is timed
apart (it loads and subsets fonts), then the median of ``--repeat`` more.
"""

from __future__ import annotations

import argparse
import re
import statistics
import time
from pathlib import Path

from common import REAL_CORPUS, REPO, emit, peak_rss_mb, text_files

LONG_CHARS = 40_000


def available() -> str | None:
    try:
        from reader_app.core.export import export_pdf  # noqa: F401
    except ImportError as exc:
        return f"not available yet ({exc})"
    return None


def articles() -> dict[str, tuple[str, list[str]]]:
    from reader_app.core.library import Article, read_article

    seed = read_article(next((REPO / "seeds").glob("*.txt")))
    assert isinstance(seed, Article)
    paragraphs: list[str] = []
    for path in text_files(REAL_CORPUS):
        article = read_article(path)
        if isinstance(article, Article):
            paragraphs += article.paragraphs
        if sum(map(len, paragraphs)) >= LONG_CHARS:
            break
    return {"typical": (seed.title, seed.paragraphs), "long": (paragraphs[0][:80], paragraphs)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    from reader_app.core.export import export_pdf

    args.out_dir.mkdir(parents=True, exist_ok=True)
    result: dict = {}
    for name, (title, paragraphs) in articles().items():
        out = args.out_dir / f"{name}.pdf"
        times = []
        for _ in range(1 + args.repeat):
            started = time.perf_counter()
            export_pdf(title, paragraphs, out)
            times.append(time.perf_counter() - started)
        pages = len(re.findall(rb"/Type\s*/Page\b(?!s)", out.read_bytes()))
        result[name] = {"chars": sum(map(len, paragraphs)), "pages": pages,
                        "first_s": times[0], "median_s": statistics.median(times[1:])}
    result["rss_main_mb"] = peak_rss_mb()[0]
    emit(result)


if __name__ == "__main__":
    main()
