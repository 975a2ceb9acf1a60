"""What a user would otherwise pick, at default settings: Whoosh and SQLite FTS5.

Whoosh: a ``TEXT`` field (``StandardAnalyzer``), the default writer, the default query
parser, and snippets from ``Hit.highlights`` over the file's text (not stored, like this app).
FTS5: ``tokenize='unicode61 remove_diacritics 2'``, snippets from ``snippet()`` and every hit
range from ``highlight()``. Both return (path, snippet, ranges) per hit, as this app does.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from whoosh import highlight
from whoosh import index as whoosh_index
from whoosh.fields import ID, TEXT, Schema
from whoosh.qparser import QueryParser

Hit = tuple[str, str, list[tuple[int, int]]]


def read(path: Path) -> str:
    return path.read_text(encoding="utf-8-sig", errors="replace")


class DefaultWhoosh:
    name = "default Whoosh"

    def __init__(self, index_dir: Path) -> None:
        self.index_dir = index_dir
        self._searcher = None

    def build(self, files: list[Path]) -> None:
        self.index_dir.mkdir(parents=True, exist_ok=True)
        schema = Schema(path=ID(stored=True, unique=True), content=TEXT)
        writer = whoosh_index.create_in(str(self.index_dir), schema).writer()
        for path in files:
            writer.add_document(path=str(path), content=read(path))
        writer.commit()

    def update(self, files: list[Path]) -> None:
        writer = whoosh_index.open_dir(str(self.index_dir)).writer()
        for path in files:
            writer.update_document(path=str(path), content=read(path))
        writer.commit()

    def search(self, text: str, limit: int) -> list[Hit]:
        if self._searcher is None:  # kept open between queries, as anyone would
            ix = whoosh_index.open_dir(str(self.index_dir))
            self._parser = QueryParser("content", ix.schema)
            self._searcher = ix.searcher()
        results = self._searcher.search(self._parser.parse(text), limit=limit)
        spy = _RangeSpy(results.fragmenter)
        results.fragmenter = spy
        hits = []
        for hit in results:
            spy.ranges = []
            snippet = hit.highlights("content", text=read(Path(hit["path"])))
            hits.append((hit["path"], snippet, spy.ranges))
        return hits


class _RangeSpy(highlight.Fragmenter):
    """Wraps Whoosh's fragmenter to note every matched token's range as highlighting runs."""

    def __init__(self, inner: highlight.Fragmenter) -> None:
        self.inner = inner
        self.ranges: list[tuple[int, int]] = []

    def must_retokenize(self) -> bool:
        return self.inner.must_retokenize()

    def fragment_tokens(self, text: str, tokens: Iterator) -> Iterator:
        def noted() -> Iterator:
            for token in tokens:
                if token.matched:
                    self.ranges.append((token.startchar, token.endchar))
                yield token

        return self.inner.fragment_tokens(text, noted())


class Fts5:
    name = "SQLite FTS5"

    def __init__(self, index_dir: Path) -> None:
        self.db = index_dir / "fts5.sqlite"
        self._conn: sqlite3.Connection | None = None

    def connect(self) -> sqlite3.Connection:
        if self._conn is None:
            self.db.parent.mkdir(parents=True, exist_ok=True)
            self._conn = sqlite3.connect(self.db)
        return self._conn

    def build(self, files: list[Path]) -> None:
        with self.connect() as conn:
            conn.execute("CREATE VIRTUAL TABLE docs USING fts5(path UNINDEXED, content, "
                         "tokenize='unicode61 remove_diacritics 2')")
            # FTS5 cannot look up an UNINDEXED column without a full scan: map paths to rowids.
            conn.execute("CREATE TABLE paths(id INTEGER PRIMARY KEY, path TEXT UNIQUE)")
            conn.executemany("INSERT INTO paths(id, path) VALUES (?, ?)",
                             enumerate(map(str, files), start=1))
            conn.executemany("INSERT INTO docs(rowid, path, content) VALUES (?, ?, ?)",
                             ((n, str(p), read(p)) for n, p in enumerate(files, start=1)))

    def update(self, files: list[Path]) -> None:
        with self.connect() as conn:
            for path in files:
                (rowid,) = conn.execute("SELECT id FROM paths WHERE path = ?",
                                        (str(path),)).fetchone()
                conn.execute("DELETE FROM docs WHERE rowid = ?", (rowid,))
                conn.execute("INSERT INTO docs(rowid, path, content) VALUES (?, ?, ?)",
                             (rowid, str(path), read(path)))

    def search(self, text: str, limit: int) -> list[Hit]:
        rows = self.connect().execute(
            "SELECT path, snippet(docs, 1, '<b>', '</b>', '…', 32), "
            "highlight(docs, 1, char(1), char(2)) FROM docs WHERE docs MATCH ? "
            "ORDER BY rank LIMIT ?", (fts5_query(text), limit))
        return [(path, snippet, marked_ranges(marked)) for path, snippet, marked in rows]


_TERM = re.compile(r'"([^"]*)"|(\S+)')
_MARK = re.compile("[\x01\x02]")


def fts5_query(text: str) -> str:
    """The same query in FTS5 syntax: each word quoted (any text is then safe), phrases kept,
    a trailing ``*`` made an FTS5 prefix."""
    parts = []
    for phrase, word in _TERM.findall(text):
        if phrase:
            parts.append('"' + phrase.replace('"', "") + '"')
        elif word.endswith("*") and len(word) > 1:
            parts.append('"' + word[:-1].replace('"', "") + '"*')
        else:
            parts.append('"' + word.replace('"', "") + '"')
    return " ".join(parts)


def marked_ranges(marked: str) -> list[tuple[int, int]]:
    """Ranges in the original text from ``highlight()``'s \\x01 … \\x02 markers."""
    at = [m.start() - n for n, m in enumerate(_MARK.finditer(marked))]
    return list(zip(at[::2], at[1::2], strict=True))
