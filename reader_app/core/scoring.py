"""BM25F ranking with article lengths read once per index segment.

Whoosh's BM25F looks up each matching article's length through several layers of Python
for every scored document; over 10,000 articles a common word spent most of its search time
there. The ranking is the same; only the length lookup is a list index.
"""

from __future__ import annotations

from whoosh.codec.whoosh3 import LENGTHS_COLUMN
from whoosh.scoring import BM25F, BM25FScorer, WeightScorer
from whoosh.searching import Searcher
from whoosh.util.numeric import byte_to_length

_CACHE_ATTR = "_reader_app_lengths"


class QuickBM25F(BM25F):
    def scorer(self, searcher: Searcher, fieldname: str, text: bytes, qf: int = 1):
        if not searcher.schema[fieldname].scorable:
            return WeightScorer.for_(searcher, fieldname, text)
        B = self._field_B.get(fieldname, self.B)  # BM25's parameter name
        return _QuickScorer(searcher, fieldname, text, B, self.K1, qf=qf)


class _QuickScorer(BM25FScorer):
    def __init__(self, searcher: Searcher, fieldname: str, text: bytes, B: float,
                 K1: float, qf: int = 1) -> None:
        super().__init__(searcher, fieldname, text, B, K1, qf=qf)
        self.dfl = field_lengths(searcher, fieldname).__getitem__


def field_lengths(searcher: Searcher, fieldname: str) -> list[int]:
    """Every document's length in ``fieldname`` for this segment, cached on its reader."""
    reader = searcher.reader()
    cache: dict[str, list[int]] = reader.__dict__.setdefault(_CACHE_ATTR, {})
    if fieldname not in cache:
        count = reader.doc_count_all()
        try:
            column = reader._perdoc._cached_reader(f"_{fieldname}_len", LENGTHS_COLUMN)
            table = [byte_to_length(b) for b in range(256)]
            lengths = [max(table[b], 1) for b in column.load()]
        except (AttributeError, TypeError, KeyError):  # another codec or reader: ask Whoosh
            lengths = [searcher.doc_field_length(i, fieldname, 1) for i in range(count)]
        if len(lengths) != count:
            lengths = [searcher.doc_field_length(i, fieldname, 1) for i in range(count)]
        cache[fieldname] = lengths
    return cache[fieldname]
