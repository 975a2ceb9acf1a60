"""The index writer that keeps postings in per-term arrays (core/writer.py) writes exactly
what Whoosh's own writer writes, so searches find the same articles in the same order with
the same marked hits, whether its postings stayed in memory, were spilled to run files, or
came from merging segments."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from helpers import write_library
from whoosh.filedb.filestore import FileStorage
from whoosh.writing import SegmentWriter

from reader_app.core.index import INDEX_NAME, _document, make_schema
from reader_app.core.library import read_article
from reader_app.core.writer import TermArrayWriter


def _build(folder: Path, docs: list[dict], writer_class: type, limitmb: float,
           batches: int = 1, optimize: bool = False) -> dict[str, str]:
    """Write ``docs`` in ``batches`` commits; the segment files' digests by extension."""
    folder.mkdir()
    ix = FileStorage(str(folder)).create_index(make_schema(), indexname=INDEX_NAME)
    step = -(-len(docs) // batches)
    for start in range(0, len(docs), step):
        writer = writer_class(ix, limitmb=limitmb, compound=False)
        for doc in docs[start:start + step]:
            writer.add_document(**doc)
        writer.commit(optimize=optimize)
    digests: dict[str, str] = {}
    for path in sorted(folder.iterdir()):
        if path.name.startswith(INDEX_NAME + "_") and "." in path.name:
            # Segment names are random: the same content must sit under the same extension.
            ext = path.name.split(".", 1)[1]
            digests[ext] = digests.get(ext, "") + hashlib.sha1(path.read_bytes()).hexdigest()
    return digests


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> list[dict]:
    from helpers import seed_sentences

    root = tmp_path_factory.mktemp("writer-lib")
    files = write_library(root, 120, seed_sentences(), seed=7)
    return [_document(read_article(path)) for path in files]


@pytest.mark.parametrize(
    ("limitmb", "batches", "optimize"),
    [
        (128, 1, False),  # all postings in memory
        (0.05, 1, False),  # spilled to many run files and merged term by term
        (128, 3, True),  # three segments merged into one (postings come one by one)
    ],
)
def test_the_index_files_are_those_of_whooshs_writer(
        tmp_path: Path, docs: list[dict], limitmb: float, batches: int,
        optimize: bool) -> None:
    whoosh = _build(tmp_path / "whoosh", docs, SegmentWriter, limitmb, batches, optimize)
    arrays = _build(tmp_path / "arrays", docs, TermArrayWriter, limitmb, batches, optimize)
    assert {"pst", "trm"} <= set(whoosh)
    assert arrays == whoosh


def test_a_large_library_written_by_several_processes_finds_each_article(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The multi-process writer (a library of 1,000+ files) with its postings spilled to run
    files, as a large library's are at 128 MB: every worker process keeps its own runs.
    They once shared names in the index's one temporary folder, and about two articles in
    three were then not found by their own word, or found in another article's place."""
    from helpers import seed_sentences, unique_word
    from whoosh.query import Term

    from reader_app.core import index as index_module
    from reader_app.core.index import ArticleIndex

    monkeypatch.setattr(index_module, "PARALLEL_MIN_DOCS", 10)
    monkeypatch.setattr(index_module, "WRITER_LIMIT_MB", 0.05)
    files = write_library(tmp_path / "lib", 150, seed_sentences(), seed=3)
    ix = ArticleIndex(tmp_path / "ix")
    assert ix.refresh([tmp_path / "lib"]).added == 150
    with ix.ix.searcher() as searcher:
        found = {i: [hit["path"] for hit in searcher.search(Term("content", unique_word(i)),
                                                              limit=None)]
                 for i in range(len(files))}
    wrong = {i: paths for i, paths in found.items() if paths != [str(files[i])]}
    assert not wrong, f"{len(wrong)} of {len(files)} articles not found by their own word"
    ix.close()
