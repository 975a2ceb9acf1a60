"""Which HTML extractor to ship, and how the dataset readers scale: figures side by side.

    python benchmarks/formats_compare.py [--python OTHER_PYTHON] [--rows 100000] [--no-extractors]

Extractors are run on the hand-written Urdu pages in ``tests/core/formats/data/pages``
(BBC Urdu-like with JSON-LD, byline and caption labels; Express-like without JSON-LD; a
Jang-like page with unclosed and stray tags), each in a fresh process so "first" includes the
import. Quality: the share of the article's body words found (recall) and how many of the
page's boilerplate phrases (navigation, footer, related links, byline/caption labels) leaked
into the text, against ``expected.json``. Size: the installed files of the package and the
packages it pulls in. Candidates that are not installed in the Python used are listed as such;
``--python`` runs them in another environment (e.g. a scratch venv holding readability-lxml,
jusText and selectolax, which the app does not depend on).

``--rows N`` writes an N-row CSV and JSON Lines file of corpus-like Urdu text to a temporary
folder and reads them with ``read_records`` in a subprocess: time, rows/s and peak RSS,
beside loading the same CSV whole with ``list(csv.DictReader)``.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PAGES = REPO / "tests/core/formats/data/pages"
EXPECTED = json.loads((PAGES / "expected.json").read_text(encoding="utf-8"))
CORPUS = REPO.parent / "shared/corpora/urdu-news-bend-the-truth"
WARM_RUNS = 20

CANDIDATES = {
    # name: (distribution for size/licence, how it is called)
    "reader (lxml clean + trafilatura)": "trafilatura",
    "trafilatura alone": "trafilatura",
    "readability-lxml": "readability-lxml",
    "jusText (Urdu stoplist)": "jusText",
    "jusText (Urdu stoplist, length_high=100)": "jusText",
    "selectolax hand rules": "selectolax",
    "lxml hand rules (fallback)": "lxml",
}


# --- run inside the measuring subprocess -------------------------------------------------

def _extractor(name: str):  # returns a callable html -> text
    if name.startswith("reader"):
        from reader_app.core.formats import htmltext

        def run(html: str) -> str:
            tree = htmltext.parse_page(html)
            return "\n".join(htmltext.page_paragraphs(tree, htmltext.page_facts(tree)["title"]))
        return run
    if name == "trafilatura alone":
        import trafilatura
        return lambda html: trafilatura.extract(html, favor_precision=True) or ""
    if name == "readability-lxml":
        import lxml.html
        from readability import Document

        def run(html: str) -> str:
            summary = Document(html).summary(html_partial=True)
            return lxml.html.fromstring(summary).text_content()
        return run
    if name.startswith("jusText"):
        import justext
        stoplist = justext.get_stoplist("Urdu")
        # Urdu news paragraphs are short: with the default length_high=200 none is "good"
        options = {"length_high": 100} if "length_high" in name else {}

        def run(html: str) -> str:
            paragraphs = justext.justext(html.encode("utf-8"), stoplist, encoding="utf-8",
                                         **options)
            return "\n".join(p.text for p in paragraphs if not p.is_boilerplate)
        return run
    if name.startswith("selectolax"):
        from selectolax.lexbor import LexborHTMLParser as HTMLParser
        drop = ("script, style, nav, footer, aside, figure, header, form, "
                "[role=navigation], [role=contentinfo], .visually-hidden, "
                "[aria-labelledby*=byline], [aria-labelledby*=related]")

        def run(html: str) -> str:
            tree = HTMLParser(html)
            for node in tree.css(drop):
                node.decompose()
            root = tree.css_first("article") or tree.css_first("main") or tree.body
            return "\n".join(p.text(separator=" ") for p in root.css("p")) if root else ""
        return run
    if name.startswith("lxml hand"):
        from reader_app.core.formats import htmltext
        return lambda html: "\n".join(
            htmltext._fallback_lines(htmltext._cleaned(htmltext.parse_page(html))))
    raise KeyError(name)


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text)


def _measure_one(name: str) -> dict:
    pages = {p: (PAGES / p).read_text(encoding="utf-8") for p in EXPECTED}
    start = time.perf_counter()
    try:
        run = _extractor(name)
    except ImportError as exc:
        return {"missing": str(exc)}
    first_page = next(iter(pages.values()))
    run(first_page)
    first = time.perf_counter() - start
    result: dict = {"first_s": first, "pages": {}}
    warm = []
    for page, html in pages.items():
        times = []
        for _ in range(WARM_RUNS):
            t = time.perf_counter()
            text = run(html)
            times.append(time.perf_counter() - t)
        warm.append(statistics.median(times))
        want = EXPECTED[page]
        body = _words(" ".join(want["body"]))
        got = set(_words(text))
        leaked = [b for b in want["boilerplate"] if b in text]
        result["pages"][page] = {"recall": sum(w in got for w in body) / len(body),
                                 "leaked": leaked, "of": len(want["boilerplate"])}
    result["warm_ms"] = 1000 * statistics.mean(warm)
    return result


def _closure(dist: str) -> dict:
    """Installed bytes of a distribution and everything it requires (no extras)."""
    from importlib import metadata

    seen: set[str] = set()
    todo = [dist]
    size = 0
    licence = ""
    while todo:
        name = todo.pop()
        key = re.sub(r"[-_.]+", "-", name).lower()
        if key in seen:
            continue
        seen.add(key)
        try:
            found = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        if name == dist:
            licence = (found.metadata.get("License-Expression") or found.metadata.get("License")
                       or "")
            licence = licence.splitlines()[0][:30] if licence else ""
        for file in found.files or []:
            try:
                size += os.path.getsize(file.locate())
            except OSError:
                pass
        for req in found.requires or []:
            if "extra ==" in req:
                continue
            todo.append(re.match(r"[A-Za-z0-9_.\-]+", req).group(0))
    return {"mb": size / 1e6, "licence": licence, "packages": len(seen),
            "version": _version(dist)}


def _version(dist: str) -> str:
    from importlib import metadata
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "-"


# --- the driver ----------------------------------------------------------------------------

def _child(python: str, *args: str) -> dict:
    env = dict(os.environ, PYTHONPATH=str(REPO))
    out = subprocess.run([python, __file__, *args], capture_output=True, text=True, env=env,
                         timeout=600)
    if out.returncode:
        return {"missing": out.stderr.strip().splitlines()[-1] if out.stderr else "failed"}
    return json.loads(out.stdout)


def compare(pythons: list[str]) -> None:
    names = list(EXPECTED)
    short = [n.split("_")[0] for n in names]
    print("| extractor | " + " | ".join(f"{s} recall / leaked" for s in short)
          + " | first s | warm ms/page | installed MB (pkgs) | licence | version |")
    print("|" + "---|" * (len(names) + 6))
    for name, dist in CANDIDATES.items():
        result = size = None
        for python in pythons:
            result = _child(python, "--one", name)
            if "missing" not in result:
                size = _child(python, "--size", dist)
                break
        if result is None or "missing" in result:
            print(f"| {name} | not installed ({(result or {}).get('missing', '')[:60]}) |")
            continue
        cells = [f"{result['pages'][n]['recall']:.0%} / {len(result['pages'][n]['leaked'])}"
                 f" of {result['pages'][n]['of']}" for n in names]
        print(f"| {name} | " + " | ".join(cells)
              + f" | {result['first_s']:.2f} | {result['warm_ms']:.1f} | {size['mb']:.0f} "
              f"({size['packages']}) | {size['licence']} | {size['version']} |")
        for n in names:
            if result["pages"][n]["leaked"]:
                print(f"|   leaked on {n}: {', '.join(result['pages'][n]['leaked'])} |")


# --- datasets at scale --------------------------------------------------------------------

def _sentences(limit: int = 20000) -> list[str]:
    found: list[str] = []
    for path in sorted(CORPUS.rglob("*.txt"))[:400]:
        text = path.read_text(encoding="utf-8", errors="replace")
        found += [s.strip() + "۔" for s in text.split("۔") if 20 < len(s.strip()) < 300]
        if len(found) >= limit:
            break
    return found or ["پاکستان میں آج موسم خوشگوار رہا اور شہریوں نے سکون کا سانس لیا۔"]


def write_dataset(folder: Path, rows: int) -> tuple[Path, Path]:
    import csv

    rng = random.Random(15)
    sentences = _sentences()
    categories = ["پاکستان", "کھیل", "کاروبار", "دنیا", "فن"]
    csv_path, jsonl_path = folder / "news.csv", folder / "news.jsonl"
    with csv_path.open("w", encoding="utf-8", newline="") as c, \
            jsonl_path.open("w", encoding="utf-8") as j:
        out = csv.writer(c)
        out.writerow(["Index", "Headline", "News Text", "Category", "Date", "URL", "Source"])
        for i in range(rows):
            body = " ".join(rng.choice(sentences) for _ in range(rng.randint(4, 16)))
            title = rng.choice(sentences).rstrip("۔")[:90]
            date = f"2019-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            url = f"https://example.pk/news/{i}"
            row = [i, title, body, rng.choice(categories), date, url, "Urdu News Dataset"]
            out.writerow(row)
            j.write(json.dumps({"id": str(i), "url": url, "title": title,
                                "summary": body[:200], "text": body}, ensure_ascii=False) + "\n")
    return csv_path, jsonl_path


def _read_child(path: str, mode: str) -> dict:
    import resource

    from reader_app.core.formats import ArticleRecord, read_records  # imported before baseline

    base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    start = time.perf_counter()
    cpu = time.process_time()
    records = skips = chars = 0
    if mode == "whole":
        import csv
        with open(path, encoding="utf-8", newline="") as f:
            rows = list(csv.DictReader(f))
        records = len(rows)
        chars = sum(len(r["News Text"]) for r in rows)
    else:
        for result in read_records(path):
            if isinstance(result, ArticleRecord):
                records += 1
                chars += len(result.text)
            else:
                skips += 1
    return {"s": time.perf_counter() - start, "cpu_s": time.process_time() - cpu,
            "records": records, "skips": skips, "chars": chars, "base_mb": base,
            "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def scale(rows: int) -> None:
    with tempfile.TemporaryDirectory(prefix="formats-bench-") as tmp:
        t = time.perf_counter()
        csv_path, jsonl_path = write_dataset(Path(tmp), rows)
        print(f"\nwrote {rows:,} rows in {time.perf_counter() - t:.1f} s: CSV "
              f"{csv_path.stat().st_size / 1e6:.0f} MB, JSONL {jsonl_path.stat().st_size / 1e6:.0f}"
              " MB")
        print("| read | records | skips | wall s | CPU s | rows/CPU s | peak RSS MB "
              "| RSS before MB |")
        print("|---|---|---|---|---|---|---|---|")
        for label, path, mode in [("read_records CSV (streamed)", csv_path, "stream"),
                                  ("read_records JSONL (streamed)", jsonl_path, "stream"),
                                  ("list(csv.DictReader) (whole, no records)", csv_path,
                                   "whole")]:
            r = _child(sys.executable, "--read", str(path), mode)
            print(f"| {label} | {r['records']:,} | {r['skips']} | {r['s']:.1f} | "
                  f"{r['cpu_s']:.1f} | {r['records'] / r['cpu_s']:,.0f} | {r['peak_mb']:.0f} | "
                  f"{r['base_mb']:.0f} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--python", action="append", default=[],
                        help="another interpreter to try for candidates missing here")
    parser.add_argument("--rows", type=int, default=0, help="also read an N-row dataset")
    parser.add_argument("--no-extractors", action="store_true",
                        help="skip the extractor table (with --rows)")
    parser.add_argument("--one", help=argparse.SUPPRESS)
    parser.add_argument("--size", help=argparse.SUPPRESS)
    parser.add_argument("--read", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(_measure_one(args.one)))
    elif args.size:
        print(json.dumps(_closure(args.size)))
    elif args.read:
        print(json.dumps(_read_child(*args.read)))
    else:
        if not args.no_extractors:
            compare([sys.executable, *args.python])
        if args.rows:
            scale(args.rows)


if __name__ == "__main__":
    main()
