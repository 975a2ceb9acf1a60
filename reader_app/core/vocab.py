"""The index's own vocabulary, read once per searcher generation, with its lookup tables.

Query-side spelling help (madda/hamza variants, "did you mean", Roman Urdu) must know which
words the index holds and how common they are. Asking Whoosh term by term costs about
100 µs a word (its term reader decodes a whole ``TermInfo`` each time), and walking its
lexicon costs seconds over a real index; reading each segment's term table in one piece
costs a few tens of milliseconds. Everything derived from it (variant skeletons, the
deletion table, romanised keys) is built once and thrown away with the searcher it was
read from, so a refresh is picked up by the next query without any index change. The tables
are built ahead by :meth:`Lexicon.warm` when the library is opened or refreshed (off the UI
thread): built on the first query instead, they cost that query a few hundred milliseconds
and, inside its time budget, could cut its results short. Built on first use still, when
nothing warmed them.
"""

from __future__ import annotations

import struct
import threading
import weakref
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from whoosh.searching import Searcher as WhooshSearcher

    from reader_app.core.roman import RomanTable
    from reader_app.core.suggest import DeletionTable
    from reader_app.core.text.variants import VariantTable

FIELD = "content"
_LENGTHS = struct.Struct("!ii")  # Whoosh's HashReader: key length, value length
_DOC_FREQ = struct.Struct("!I")  # W3TermInfo: flags (B), weight (f), doc frequency (I), …
_DOC_FREQ_AT = 1 + 4

T = TypeVar("T")


def read_vocabulary(searcher: WhooshSearcher, field: str = FIELD) -> dict[str, int]:
    """Every word of ``field`` with its document frequency (deleted documents included)."""
    counts: dict[str, int] = {}
    for leaf, _offset in searcher.leaf_searchers():
        reader = leaf.reader()
        terms = getattr(reader, "_terms", None)
        table = getattr(terms, "_tindex", None)
        fieldmap = getattr(terms, "_fieldmap", None)
        if table is None or fieldmap is None or not hasattr(table, "startofdata"):
            _read_slowly(reader, field, counts)  # another codec: the documented way
            continue
        if field not in fieldmap:
            continue
        prefix = struct.pack("!H", fieldmap[field])
        buf = table.dbfile.get(table.startofdata, table.endofdata - table.startofdata)
        pos, end = 0, len(buf)
        unpack_lengths, unpack_df = _LENGTHS.unpack_from, _DOC_FREQ.unpack_from
        while pos < end:
            key_len, value_len = unpack_lengths(buf, pos)
            key_at = pos + _LENGTHS.size
            if buf[key_at:key_at + 2] == prefix:
                word = buf[key_at + 2:key_at + key_len].decode("utf-8")
                df = unpack_df(buf, key_at + key_len + _DOC_FREQ_AT)[0]
                counts[word] = counts.get(word, 0) + df
            pos = key_at + key_len + value_len
    return counts


def _read_slowly(reader, field: str, counts: dict[str, int]) -> None:
    for term in reader.lexicon(field):
        word = term.decode("utf-8") if isinstance(term, bytes) else term
        counts[word] = counts.get(word, 0) + reader.doc_frequency(field, word)


class Lexicon:
    """One searcher generation's vocabulary and the tables built from it on first use."""

    def __init__(self, counts: dict[str, int]) -> None:
        self.counts = counts
        self._lock = threading.Lock()
        self._tables: dict[str, object] = {}
        # Indexed words found written with Arabic ه in the articles (see Searcher).
        self.arabic_heh: dict[str, bool] = {}

    @classmethod
    def from_words(cls, words: Iterable[tuple[str, int]]) -> Lexicon:
        return cls(dict(words))

    def df(self, word: str) -> int:
        return self.counts.get(word, 0)

    def __contains__(self, word: str) -> bool:
        return word in self.counts

    def _table(self, name: str, build: Callable[[], T]) -> T:
        table = self._tables.get(name)
        if table is None:
            with self._lock:
                table = self._tables.get(name)
                if table is None:
                    table = build()
                    self._tables[name] = table
        return table  # type: ignore[return-value]

    @property
    def built(self) -> frozenset[str]:
        """The names of the tables built so far (``variants``, ``roman``, ``deletions``)."""
        return frozenset(self._tables)

    def warm(self, cancelled: Callable[[], bool] | None = None) -> None:
        """Build every table now, in the order queries need them: every Urdu word looks up
        its variants, a Latin word the Roman table, a query finding nothing the deletions.
        ``cancelled`` is asked between tables (quitting, or a newer generation)."""
        for name in ("variants", "roman", "deletions"):
            if cancelled is not None and cancelled():
                return
            getattr(self, name)

    @property
    def variants(self) -> VariantTable:
        from reader_app.core.text.variants import VariantTable

        return self._table("variants", lambda: VariantTable(self.counts))

    @property
    def deletions(self) -> DeletionTable:
        from reader_app.core.suggest import DeletionTable

        return self._table("deletions", lambda: DeletionTable(self.counts))

    @property
    def roman(self) -> RomanTable:
        from reader_app.core.roman import RomanTable

        return self._table("roman", lambda: RomanTable(self.counts))


class LexiconCache:
    """The lexicon of the searcher currently in use; a new searcher (a refresh) starts anew."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._owner: weakref.ref | None = None
        self._lexicon: Lexicon | None = None

    def get(self, searcher: WhooshSearcher) -> Lexicon:
        with self._lock:
            if self._lexicon is None or self._owner is None or self._owner() is not searcher:
                self._lexicon = Lexicon(read_vocabulary(searcher))
                self._owner = weakref.ref(searcher)
            return self._lexicon
