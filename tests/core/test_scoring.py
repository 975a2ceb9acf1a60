"""The faster BM25F ranks exactly as Whoosh's own BM25F does."""

from __future__ import annotations

from pathlib import Path

from whoosh import query as wq
from whoosh import scoring

from reader_app.core.index import ArticleIndex
from reader_app.core.scoring import QuickBM25F


def test_quick_bm25f_gives_whooshs_scores(tmp_path: Path) -> None:
    lib = tmp_path / "lib"
    lib.mkdir()
    for i in range(40):
        words = " ".join(["پاکستان"] * (i % 5 + 1) + ["خبر"] * (i * 3 % 17) + [f"لفظ{i}"])
        (lib / f"{i}.txt").write_text(words, encoding="utf-8")
    index = ArticleIndex(tmp_path / "ix")
    index.refresh([lib])
    (lib / "late.txt").write_text("پاکستان " * 9, encoding="utf-8")
    index.refresh([lib])  # a second segment
    reference = index.ix.searcher(weighting=scoring.BM25F())
    quick = index.ix.searcher(weighting=QuickBM25F())
    for word in ["پاکستان", "خبر"]:
        expected = [(h.docnum, round(h.score, 9)) for h in reference.search(
            wq.Term("content", word), limit=50)]
        got = [(h.docnum, round(h.score, 9)) for h in quick.search(
            wq.Term("content", word), limit=50)]
        assert got == expected and len(got) > 10
