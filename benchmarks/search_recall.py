"""Top-10 recall on perturbed real queries: this reader's search beside default Whoosh.

For each sampled article of the corpus, two adjacent rare words are taken as the query and
written the way people actually type or paste Urdu (one perturbation each: Arabic letters,
diacritics, ZWNJ, tatweel, presentation forms, decomposed alef-madda, joined or split
compounds, other digit scripts, prefixes). A query succeeds when the article it was taken
from (or a file with the same text) is among the first 10 results.

    .venv/bin/python benchmarks/search_recall.py [--corpus DIR] [--sample N] [--seed S]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

from whoosh import index as whoosh_index
from whoosh.fields import ID, TEXT, Schema
from whoosh.qparser import QueryParser

from reader_app.core.index import ArticleIndex
from reader_app.core.library import Article, load_folders
from reader_app.core.search import Searcher
from reader_app.core.text.normalize import fold, iter_words

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared/corpora/urdu-news-bend-the-truth"


def _presentation_forms() -> dict[str, str]:
    """Each Arabic letter's isolated presentation form, as PDFs often carry them."""
    forms: dict[str, str] = {}
    for code in range(0xFB50, 0xFEFF):
        ch = chr(code)
        name = unicodedata.name(ch, "")
        if "ISOLATED FORM" in name and "LIGATURE" not in name:
            base = unicodedata.normalize("NFKC", ch)
            if len(base) == 1:
                forms.setdefault(base, ch)
    return forms


FORMS = _presentation_forms()
ARABIC_LETTERS = str.maketrans({"ی": "ي", "ک": "ك", "ہ": "ه"})
EXT_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
AR_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def arabic_letters(words: list[str], rng: random.Random) -> str:
    return " ".join(w.translate(ARABIC_LETTERS) for w in words)


def add_diacritics(words: list[str], rng: random.Random) -> str:
    marks = ["\u064e", "\u0650", "\u064f", "\u0651", "\u0670"]
    return " ".join("".join(ch + (rng.choice(marks) if rng.random() < 0.4 and ch.isalpha()
                                  else "") for ch in w) for w in words)


def remove_diacritics(words: list[str], rng: random.Random) -> str:
    return " ".join("".join(ch for ch in w if not unicodedata.combining(ch)) for w in words)


def zwnj(words: list[str], rng: random.Random) -> str:
    return "\u200c".join(words)


def tatweel(words: list[str], rng: random.Random) -> str:
    return " ".join(w[:1] + "\u0640\u0640" + w[1:] if len(w) > 2 else w for w in words)


def presentation(words: list[str], rng: random.Random) -> str:
    return " ".join("".join(FORMS.get(ch, ch) for ch in w) for w in words)


def decomposed_madda(words: list[str], rng: random.Random) -> str:
    text = " ".join(words)
    if "آ" in text:
        return text.replace("آ", "ا\u0653")
    return unicodedata.normalize("NFC", text)


def joined(words: list[str], rng: random.Random) -> str:
    return "".join(words)


def digits(words: list[str], rng: random.Random) -> str:
    table = rng.choice([EXT_DIGITS, AR_DIGITS])
    return " ".join(w.translate(table) for w in words)


def prefix(words: list[str], rng: random.Random) -> str:
    last = words[-1]
    return " ".join(words[:-1] + [last[: max(3, len(last) - 2)] + "*"])


PERTURBATIONS = [arabic_letters, add_diacritics, remove_diacritics, zwnj, tatweel,
                 presentation, decomposed_madda, joined, digits, prefix]


def pick_words(article: Article, df: Counter, rng: random.Random,
               need: str = "") -> list[str] | None:
    """Two adjacent original words, as rare as possible; ``need`` must occur in the pair."""
    words = [(article.text[s:e], k) for k, s, e in iter_words(article.text)]
    adjacent = enumerate(zip(words, words[1:], strict=False))
    pairs = [(df[a[1]] + df[b[1]], i) for i, (a, b) in adjacent
             if len(a[1]) >= 3 and len(b[1]) >= 3
             and (need in a[0] + b[0] if need else not (a[1] + b[1]).isdigit())]
    if not pairs:
        return None
    pairs.sort()
    _, i = rng.choice(pairs[:3])
    return [words[i][0], words[i + 1][0]]


def split_compound(article: Article, df: Counter) -> str | None:
    """The article's rarest joined word written apart (both halves real words), plus the next."""
    words = [(article.text[s:e], k) for k, s, e in iter_words(article.text)]
    candidates = []
    for n, (original, key) in enumerate(words[:-1]):
        for i in range(3, len(original) - 2):
            a, b = fold(original[:i]), fold(original[i:])
            if len(a) >= 3 and len(b) >= 3 and df[a] and df[b]:
                candidates.append((df[key], n, original[:i] + " " + original[i:]))
                break
    if not candidates:
        return None
    _, n, split = min(candidates)
    return split + " " + words[n + 1][0]


NEEDS = {"digits": "DIGIT", "decomposed_madda": "آ", "arabic_letters": "ی"}


def make_queries(articles: list[Article], df: Counter, sample: int,
                 rng: random.Random) -> list[tuple[str, str, Article]]:
    kinds = [p.__name__ for p in PERTURBATIONS] + ["split_compound"]
    queries: list[tuple[str, str, Article]] = []
    for n, article in enumerate(rng.sample(articles, min(sample, len(articles)))):
        kind = kinds[n % len(kinds)]
        if kind == "split_compound":
            query = split_compound(article, df)
        else:
            need = NEEDS.get(kind, "")
            if need == "DIGIT":
                need = next((ch for ch in article.text if ch.isdigit()), "\0")
            words = pick_words(article, df, rng, need) or pick_words(article, df, rng)
            query = None
            if words:
                perturb = next(p for p in PERTURBATIONS if p.__name__ == kind)
                query = perturb(words, rng)
        if query:
            queries.append((kind, query, article))
    return queries


def build_default_whoosh(articles: list[Article], where: Path):
    schema = Schema(path=ID(stored=True, unique=True), content=TEXT)
    where.mkdir()
    ix = whoosh_index.create_in(str(where), schema)
    writer = ix.writer()
    for article in articles:
        writer.add_document(path=str(article.path), content=article.text)
    writer.commit()
    return ix


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--sample", type=int, default=660)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    articles, _ = load_folders([args.corpus])
    by_text: dict[str, set[str]] = defaultdict(set)
    for article in articles:
        by_text[article.content_hash].add(str(article.path))
    df: Counter = Counter()
    for article in articles:
        df.update({k for k, _, _ in iter_words(article.text)})
    queries = make_queries(articles, df, args.sample, rng)

    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        index = ArticleIndex(Path(tmp) / "app")
        index.refresh([args.corpus])
        app_seconds = time.perf_counter() - started
        searcher = Searcher(index)
        started = time.perf_counter()
        default_ix = build_default_whoosh(articles, Path(tmp) / "default")
        default_seconds = time.perf_counter() - started
        default_parser = QueryParser("content", default_ix.schema)

        app_ok: Counter = Counter()
        default_ok: Counter = Counter()
        kinds: Counter = Counter()
        latencies = []
        with default_ix.searcher() as default_searcher:
            for kind, query, article in queries:
                kinds[kind] += 1
                wanted = by_text[article.content_hash]
                t0 = time.perf_counter()
                hits = searcher.search(query, limit=10).hits
                latencies.append(time.perf_counter() - t0)
                if wanted & {str(h.path) for h in hits}:
                    app_ok[kind] += 1
                results = default_searcher.search(default_parser.parse(query), limit=10)
                if wanted & {r["path"] for r in results}:
                    default_ok[kind] += 1

    print(f"{len(articles)} articles; this app indexed in {app_seconds:.1f} s, "
          f"default Whoosh in {default_seconds:.1f} s")
    print(f"{'perturbation':18s} {'queries':>7s} {'this app':>9s} {'default':>9s}")
    for kind in sorted(kinds):
        print(f"{kind:18s} {kinds[kind]:7d} {app_ok[kind] / kinds[kind]:9.3f} "
              f"{default_ok[kind] / kinds[kind]:9.3f}")
    total = sum(kinds.values())
    print(f"{'all':18s} {total:7d} {sum(app_ok.values()) / total:9.3f} "
          f"{sum(default_ok.values()) / total:9.3f}")
    latencies.sort()
    p50, p95 = latencies[len(latencies) // 2], latencies[int(len(latencies) * 0.95)]
    print(f"this app's query time (with snippets): p50 {p50 * 1e3:.1f} ms, "
          f"p95 {p95 * 1e3:.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
