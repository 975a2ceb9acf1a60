"""Term-at-a-time evaluation of the search's Whoosh queries over Whoosh's own postings.

Whoosh matches a query document by document through a tree of Python matcher objects,
scoring each match with a method call per term; at 10,000 articles most of a search went
there. Here each term's postings are read a block at a time (Whoosh's blocks, Whoosh's
reader) and scored with one list comprehension, and AND / OR / phrases become dictionary
operations. The scores are Whoosh's BM25F to the last bit for each term; sums may differ in
the last bit where Whoosh adds in another order. Ties go to the lower document number,
as with Whoosh's collector. Counts are exact: every match is found.

Only the query shapes the search builds are evaluated here (terms, OR, AND with left-out
parts, the phrase boost, phrases, weights on any of them, nothing); anything else raises
:class:`Unsupported` and the search uses Whoosh's matchers for it.
"""

from __future__ import annotations

import heapq
import sys
import time
from array import array
from bisect import bisect_left
from collections import OrderedDict
from collections.abc import Callable, Sequence
from itertools import accumulate

from whoosh import query as wq
from whoosh.codec.whoosh3 import W3LeafMatcher
from whoosh.matching.wrappers import FilterMatcher
from whoosh.query.compound import PreloadedOr
from whoosh.searching import Searcher

from reader_app.core.scoring import field_lengths

Scores = dict[int, float]
Cancelled = Callable[[], bool]
# Recently used terms' scores and values are kept (as-you-type queries repeat words, and a
# page of results asks for the same terms' offsets), up to CACHE_BYTES over all segments,
# flat (~30 bytes a posting): reading a common word's blocks again (unpickling and
# decompressing them) was most of a search at 100,000 articles. CACHE_BYTES bounds the
# memory the entries really take (see _TermCache.cost), not only their postings.
CACHE_BYTES = 96 * 1024 * 1024
CACHE_MAX_TERM_BYTES = CACHE_BYTES // 4  # one very common word would push all else out
# A word with more postings than SPARSE_MIN_TERM in a segment, ANDed with rarer ones and not
# in the cache, is read only in the blocks where they are when they are fewer than its
# postings / SPARSE_RATIO.
SPARSE_MIN_TERM = 37_500
SPARSE_RATIO = 4
_CACHE_ATTR = "_reader_app_term_scores"
_NORMS_ATTR = "_reader_app_norms"


class Unsupported(Exception):  # a signal to fall back, not an error
    """The query holds a shape this evaluator does not do; use Whoosh's matchers."""


class Stopped(Exception):
    """Time is up or the caller cancelled; ``reason`` says which."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason
        self.best: list[tuple[float, int]] = []  # from the segments finished before
        self.total = 0


class _Postings:
    """A term's postings in one segment, flat: article numbers, scores and encoded values
    (positions and offsets, looked up only for the articles a phrase or a hit needs) in
    arrays, about 30 bytes a posting where dicts and tuples of objects took 200."""

    __slots__ = ("ids", "scores", "values", "ends")

    def __init__(self) -> None:
        self.ids = array("I")
        self.scores = array("d")
        self.values = b""
        self.ends = array("I")  # where each posting's value ends in ``values``

    @property
    def nbytes(self) -> int:
        """The memory these postings take: the object, its three arrays (as allocated) and
        the values' bytes object, ~280 bytes besides 16 a posting and the values (the
        cache adds its key and slot: _TermCache.cost)."""
        return (sys.getsizeof(self) + sys.getsizeof(self.ids) + sys.getsizeof(self.scores)
                + sys.getsizeof(self.ends) + sys.getsizeof(self.values))

    def value(self, docnum: int) -> bytes | None:
        """The encoded value of ``docnum``'s posting, None when it has none."""
        i = bisect_left(self.ids, docnum)
        if i == len(self.ids) or self.ids[i] != docnum:
            return None
        return self._value_at(i)

    def _value_at(self, i: int) -> bytes:
        return self.values[self.ends[i - 1] if i else 0:self.ends[i]]

    def without(self, deleted: frozenset[int]) -> _Postings:
        """These postings but those of deleted articles (segments seldom have any)."""
        kept = _Postings()
        parts = []
        for i, docnum in enumerate(self.ids):
            if docnum not in deleted:
                kept.ids.append(docnum)
                kept.scores.append(self.scores[i])
                parts.append(self._value_at(i))
        kept.values = b"".join(parts)
        kept.ends.extend(accumulate(map(len, parts)))
        return kept


# A term in one segment: its scores by article (made from the flat postings per search).
_Term = tuple[Scores, _Postings]


class _TermCache:
    """Recently used terms of every segment of one index version, flat, bounded by the
    memory they take (``size``, at most CACHE_BYTES). Safe to share between threads: each
    step is one dict operation.

    An entry's cost is all of it (:meth:`cost`): its postings' arrays and bytes as
    allocated, its key and its slot in the dictionary. Counting only the postings (16 bytes
    each, and their values) left ~650 bytes an entry out, and most searched words are rare
    (one to a few postings in a segment): an entry counted as 22 bytes took 675. The cache
    held 1.6 times what it counted after benchmarks/bench_memory.py's 3,000 searches, and a
    session of rare words could have kept ~30 times CACHE_BYTES (issue 27;
    tests/core/test_term_cache.py measures what emptying the cache gives back).
    """

    # The OrderedDict's share of one entry (its hash-table slot and linked-list node, the
    # table kept at most 2/3 full), measured with tracemalloc.
    SLOT_BYTES = 100

    def __init__(self) -> None:
        self.items: OrderedDict[tuple, _Postings] = OrderedDict()
        self.size = 0

    @classmethod
    def cost(cls, key: tuple, term: _Postings) -> int:
        """The memory one entry takes: its postings, its key (the tuple and what it holds:
        the segment's number, the word's bytes, two floats) and its slot."""
        return (term.nbytes + sys.getsizeof(key) + sum(map(sys.getsizeof, key))
                + cls.SLOT_BYTES)

    def get(self, key: tuple) -> _Postings | None:
        found = self.items.get(key)
        if found is not None:
            try:
                self.items.move_to_end(key)
            except KeyError:  # dropped meanwhile by another thread
                pass
        return found

    def put(self, key: tuple, term: _Postings) -> None:
        cost = self.cost(key, term)  # the same each time: cached postings never change
        if cost > CACHE_MAX_TERM_BYTES or key in self.items:
            return  # one very common word would push everything else out
        self.items[key] = term
        self.size += cost
        while self.size > CACHE_BYTES and self.items:
            old, dropped = self.items.popitem(last=False)
            self.size -= self.cost(old, dropped)


class _Segment:
    """One segment's evaluation: term scores, phrase checks, the query tree."""

    def __init__(self, leaf: Searcher, top: Searcher, fieldname: str,
                 check: Callable[[], None]) -> None:
        self.leaf = leaf
        self.reader = leaf.reader()
        self.top = top
        self.fieldname = fieldname
        self.check = check
        self.format = self.reader.schema[fieldname].format
        # One cache for the whole index version, on the top reader (it goes with it).
        self.cache: _TermCache = top.reader().__dict__.setdefault(_CACHE_ATTR, _TermCache())
        self.local: dict[bytes, _Term] = {}  # this search's terms, cached or not
        self.sparse: dict[bytes, dict[int, bytes]] = {}  # values of terms read sparsely

    # -- terms -----------------------------------------------------------------------------
    def _btext(self, text: str | bytes) -> bytes:
        return text if isinstance(text, bytes) else text.encode("utf-8")

    def _postings(self, btext: bytes) -> tuple[W3LeafMatcher | None, frozenset[int]]:
        if (self.fieldname, btext) not in self.reader:
            return None, frozenset()
        matcher = self.reader.postings(self.fieldname, btext)
        deleted: frozenset[int] = frozenset()
        if isinstance(matcher, FilterMatcher):
            deleted = frozenset(matcher._ids)  # the deleted documents
            matcher = matcher.child
        if not isinstance(matcher, W3LeafMatcher):
            raise Unsupported("another codec")
        return matcher, deleted

    def _norms(self, avgfl: float, b: float, k1: float) -> list[float]:
        """``K1 * ((1 - B) + B * length / avgfl)`` per document, as Whoosh's bm25 computes it."""
        cache = self.reader.__dict__.setdefault(_NORMS_ATTR, {})
        key = (avgfl, b, k1)
        if key not in cache:
            cache.clear()
            lengths = field_lengths(self.leaf, self.fieldname)
            cache[key] = [k1 * ((1 - b) + b * fl / avgfl) for fl in lengths]
        return cache[key]

    def term(self, text: str | bytes) -> Scores:
        return self._term(self._btext(text))[0]

    def term_within(self, text: str | bytes, within: Scores | set[int] | None) -> Scores:
        """The term's scores, for the documents in ``within`` at least.

        When those are few beside the term's postings (a common word ANDed with a rare
        one), only the blocks holding them are read, as Whoosh's matcher would, instead
        of every posting of the common word.
        """
        btext = self._btext(text)
        if within is None or btext in self.local:
            return self._term(btext)[0]
        frequency = self.reader.doc_frequency(self.fieldname, btext)
        if frequency <= SPARSE_MIN_TERM or len(within) * SPARSE_RATIO >= frequency:
            return self._term(btext)[0]  # read once, then cached for the next searches
        scorer = self._scorer(btext)
        if scorer is None:
            return {}
        if self.cache.get(self._key(btext, scorer)) is not None:
            return self._term(btext)[0]
        scores, values = self._sparse(btext, scorer, sorted(within))
        self.sparse.setdefault(btext, {}).update(values)
        return scores

    def _scorer(self, btext: bytes):  # Whoosh's BM25F scorer
        if (self.fieldname, btext) not in self.reader:
            return None
        scorer = self.top.weighting.scorer(self.leaf, self.fieldname, btext)
        if getattr(scorer, "idf", None) is None:
            raise Unsupported("another weighting")
        return scorer

    def _key(self, btext: bytes, scorer) -> tuple:
        return (id(self.reader), btext, scorer.idf, scorer.avgfl)

    def _sparse(self, btext: bytes, scorer, wanted: list[int],
                ) -> tuple[Scores, dict[int, bytes]]:
        """Scores and values of the wanted (sorted) documents that have the term."""
        matcher, deleted = self._postings(btext)
        scores: Scores = {}
        values: dict[int, bytes] = {}
        if matcher is None:
            return scores, values
        norms = self._norms(scorer.avgfl, scorer.B, scorer.K1)
        idf, k = scorer.idf, scorer.K1 + 1
        at, count = 0, len(wanted)
        # Block by block: a block without a wanted document is passed on its header alone;
        # in the others each wanted document is found by bisection, not posting by posting.
        while matcher.is_active() and at < count:
            last = matcher.block_max_id()
            if wanted[at] <= last:
                matcher._read_ids()
                ids = matcher._ids
                # The block's weights and values, read at its first wanted document.
                weights: Sequence[float] | None = None
                block_values: Sequence[bytes] | None = None
                while at < count and wanted[at] <= last:
                    docnum = wanted[at]
                    at += 1
                    i = bisect_left(ids, docnum)
                    if i < len(ids) and ids[i] == docnum and docnum not in deleted:
                        if weights is None or block_values is None:
                            matcher._read_weights()
                            matcher._read_values()
                            weights, block_values = matcher._weights, matcher._values
                        w = weights[i]
                        scores[docnum] = idf * ((w * k) / (w + norms[docnum]))
                        values[docnum] = block_values[i]
                self.check()
            matcher._next_block()
        return scores, values

    def _term(self, btext: bytes) -> _Term:
        """A term's scores and values, read a block at a time (each block unpickled once)."""
        if btext in self.local:
            return self.local[btext]
        scorer = self._scorer(btext)
        if scorer is None:
            return {}, _Postings()
        key = self._key(btext, scorer)
        postings = self.cache.get(key)
        if postings is None:
            postings = self._read(btext, scorer)
            self.cache.put(key, postings)
        found = (dict(zip(postings.ids, postings.scores, strict=True)), postings)
        self.local[btext] = found
        return found

    def _read(self, btext: bytes, scorer) -> _Postings:
        """All of a term's postings, scored."""
        postings = _Postings()
        matcher, deleted = self._postings(btext)
        if matcher is None:
            return postings
        norms = self._norms(scorer.avgfl, scorer.B, scorer.K1)
        idf, k = scorer.idf, scorer.K1 + 1
        parts: list[bytes] = []
        while matcher.is_active():
            matcher._read_ids()  # a block at a time, not a posting
            matcher._read_weights()
            matcher._read_values()
            ids, weights = matcher._ids, matcher._weights
            postings.ids.extend(ids)
            postings.scores.extend([idf * ((w * k) / (w + norms[d]))
                                    for d, w in zip(ids, weights, strict=False)])
            parts.extend([v or b"" for v in matcher._values])
            matcher._next_block()
            self.check()
        postings.values = b"".join(parts)
        postings.ends.extend(accumulate(map(len, parts)))
        return postings.without(deleted) if deleted else postings

    def positions(self, text: str | bytes, wanted: set[int] | Scores) -> dict[int, list[int]]:
        """Each wanted document's positions of the term."""
        decode = self.format.decode_positions
        return {d: decode(v) for d, v in self.values(text, wanted).items()}

    def values(self, text: str | bytes, wanted: set[int] | Scores) -> dict[int, bytes]:
        """Each wanted document's encoded posting value of the term."""
        btext = self._btext(text)
        if btext not in self.local:  # read sparsely, or not yet: only the wanted blocks
            known = self.sparse.setdefault(btext, {})
            missing = sorted(d for d in wanted if d not in known)
            scorer = self._scorer(btext) if missing else None
            if scorer is not None:
                known.update(self._sparse(btext, scorer, missing)[1])
            return {d: known[d] for d in wanted if d in known}
        scores, postings = self.local[btext]
        found: dict[int, bytes] = {}
        for docnum in wanted:
            if docnum in scores:
                value = postings.value(docnum)
                if value is not None:
                    found[docnum] = value
        return found

    # -- the query tree --------------------------------------------------------------------
    def run(self, q: wq.Query, within: Scores | None = None) -> Scores:
        """The matching documents of ``q`` and their scores.

        With ``within``, only documents in it are needed: the answer holds them all but may
        hold others too (the caller intersects anyway; filtering costs as much).
        """
        if q is wq.NullQuery:
            return {}
        if isinstance(q, wq.Term):
            if q.fieldname != self.fieldname:
                raise Unsupported("another field")
            scores = self.term_within(q.text, within)
        elif isinstance(q, wq.Phrase):
            scores = self.phrase(q, within)
        elif isinstance(q, wq.AndMaybe):
            scores = self.and_maybe(q, within)
        elif isinstance(q, wq.And):
            scores = self.and_(q.subqueries, within)
        elif isinstance(q, (wq.Or, PreloadedOr)):
            scores = self.or_(q.subqueries, within)
        else:
            raise Unsupported(type(q).__name__)
        boost = getattr(q, "boost", 1.0)
        if within is not None and len(scores) > len(within):
            scores = {d: s for d, s in scores.items() if d in within}
        if boost != 1.0:  # as Whoosh's WrappingMatcher: the part's score times its boost
            return {d: s * boost for d, s in scores.items()}
        return scores

    def or_(self, subqueries: list[wq.Query], within: Scores | None) -> Scores:
        total: Scores = {}
        for sub in subqueries:
            part = self.run(sub, within)
            if not total:
                total = dict(part)
                continue
            get = total.get
            total.update({d: get(d, 0.0) + s for d, s in part.items()})
        return total

    def and_(self, subqueries: list[wq.Query], within: Scores | None) -> Scores:
        nots = [s.query for s in subqueries if isinstance(s, wq.Not)]
        positive = [s for s in subqueries if not isinstance(s, wq.Not)]
        if not positive:
            raise Unsupported("only NOT")
        found = self._and(positive, within)
        for excluded in nots:  # left-out words: only which documents, not their scores
            if not found:
                return {}
            gone = self.run(excluded, found)
            # Whoosh's matcher for a left-out part scores 1.0 where it matches: kept as is.
            found = {d: s + 1.0 for d, s in found.items() if d not in gone}
        return found

    def _and(self, subqueries: list[wq.Query], within: Scores | None) -> Scores:
        if len(subqueries) == 1:
            return self.run(subqueries[0], within)
        # The rarest part first, and every later part only where the earlier ones matched.
        parts: list[Scores] = []
        order = sorted(subqueries, key=lambda s: s.estimate_size(self.reader))
        current = within
        for sub in order:
            part = self.run(sub, current)
            if not part:
                return {}
            parts.append(part)
            current = part if current is None or len(part) < len(current) else current
        common = set(parts[0])
        for part in parts[1:]:
            common.intersection_update(part)
        # Summed in the query's order, as Whoosh's tree of matchers roughly does.
        return {d: sum(part[d] for part in parts) for d in common}

    def and_maybe(self, q: wq.AndMaybe, within: Scores | None) -> Scores:
        required = self.run(q.a, within)
        if not required:
            return {}
        optional = self.run(q.b, required)
        if not optional:
            return required
        get = optional.get
        return {d: s + get(d, 0.0) for d, s in required.items()} if optional else required

    def phrase(self, q: wq.Phrase, within: Scores | None) -> Scores:
        if q.slop != 1:
            raise Unsupported("slop")
        words = list(q.words)
        # The rarest word first; each later one only where the earlier ones are.
        frequency = self.reader.doc_frequency
        order = sorted(range(len(words)), key=lambda i: frequency(self.fieldname,
                                                                  self._btext(words[i])))
        scores: list[Scores] = [{} for _ in words]
        candidates: set[int] | Scores | None = within
        for i in order:
            scores[i] = self.term_within(words[i], candidates)
            candidates = set(scores[i]) if candidates is None else scores[i].keys() & (
                candidates.keys() if isinstance(candidates, dict) else candidates)
            if not candidates:
                return {}
        if candidates is None:  # a phrase of no words, which the parser never makes
            return {}
        starts: dict[int, set[int]] | None = None
        for offset, word in enumerate(words):
            found = self.positions(word, candidates)
            if starts is None:
                starts = {d: set(p) for d, p in found.items()}
            else:
                for d in list(starts):
                    shifted = {p - offset for p in found.get(d, ())}
                    starts[d] &= shifted
                    if not starts[d]:
                        del starts[d]
            candidates = set(starts)
            if not candidates:
                return {}
        return {d: sum(s[d] for s in scores) for d in candidates}


class Evaluation:
    """One search's evaluation: its segments keep the terms read for the hits' ranges."""

    def __init__(self, top: Searcher, fieldname: str, deadline: float,
                 cancelled: Cancelled | None) -> None:
        self.top = top
        self.fieldname = fieldname
        self.deadline = deadline
        self.cancelled = cancelled
        self.segments: dict[int, _Segment] = {}

    def check(self) -> None:
        if self.cancelled is not None and self.cancelled():
            raise Stopped("cancelled")
        if time.monotonic() > self.deadline:
            raise Stopped("time")

    def segment(self, leaf: Searcher, offset: int) -> _Segment:
        if offset not in self.segments:
            self.segments[offset] = _Segment(leaf, self.top, self.fieldname, self.check)
        return self.segments[offset]

    def top_hits(self, q: wq.Query, limit: int) -> tuple[list[tuple[float, int]], int]:
        """The best ``limit`` (score, global docnum) and the exact number of matches.

        Raises :class:`Stopped` when the deadline passes or ``cancelled()`` says so (with
        the best of the segments done), and :class:`Unsupported` for queries to be left
        to Whoosh's matchers.
        """
        best: list[tuple[float, int]] = []  # (score, -docnum): ties go to the lower number
        total = 0
        for leaf, offset in self.top.leaf_searchers():
            try:
                self.check()
                scores = self.segment(leaf, offset).run(q)
            except Stopped as stop:
                stop.best, stop.total = [(s, -negated) for s, negated in best], total
                raise
            total += len(scores)
            best = heapq.nlargest(limit, best + heapq.nlargest(
                limit, ((s, -(offset + d)) for d, s in scores.items())))
        return [(s, -negated) for s, negated in best], total

    def characters(self, terms: set[str], docnums: list[int]) -> dict[int, dict[str, Chars]] | None:
        """Each document's occurrences of each term, from the postings (no file read).

        ``None`` when the field keeps no character offsets (an index of another version).
        """
        fmt = self.top.schema[self.fieldname].format
        if not fmt.supports("characters"):
            return None
        found: dict[int, dict[str, Chars]] = {d: {} for d in docnums}
        for leaf, offset in self.top.leaf_searchers():
            end = offset + leaf.doc_count_all()
            wanted = {d - offset for d in docnums if offset <= d < end}
            if not wanted:
                continue
            segment = _Segment(leaf, self.top, self.fieldname, lambda: None)
            if offset in self.segments:  # what the search read, fully or sparsely
                segment.local = self.segments[offset].local
                segment.sparse = self.segments[offset].sparse
            for term in terms:
                for docnum, value in segment.values(term, wanted).items():
                    found[offset + docnum][term] = fmt.decode_characters(value)
        return found


Chars = list[tuple[int, int, int]]  # (position, start, end) of each occurrence
