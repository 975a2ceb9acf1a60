"""Term-at-a-time evaluation of the search's Whoosh queries over Whoosh's own postings.

Whoosh matches a query document by document through a tree of Python matcher objects,
scoring each match with a method call per term; at 10,000 articles most of a search went
there. Here each term's postings are read a block at a time (Whoosh's blocks, Whoosh's
reader) and scored with one list comprehension, and AND / OR / phrases become dictionary
operations. The scores are Whoosh's BM25F to the last bit for each term; sums may differ in
the last bit where Whoosh adds in another order. Ties go to the lower document number,
as with Whoosh's collector. Counts are exact: every match is found.

Only the query shapes the search builds are evaluated here (terms, OR, AND, the phrase
boost, phrases, nothing); anything else (NOT) raises :class:`Unsupported` and the search
uses Whoosh's matchers for it.
"""

from __future__ import annotations

import heapq
import time
from collections import OrderedDict
from collections.abc import Callable

from whoosh import query as wq
from whoosh.codec.whoosh3 import W3LeafMatcher
from whoosh.matching.wrappers import FilterMatcher
from whoosh.query.compound import PreloadedOr
from whoosh.searching import Searcher

from reader_app.core.scoring import field_lengths

Scores = dict[int, float]
Cancelled = Callable[[], bool]
# Per segment, recently used terms' scores are kept (as-you-type queries repeat words),
# up to this many postings in all.
CACHE_POSTINGS = 400_000
_CACHE_ATTR = "_reader_app_term_scores"
_NORMS_ATTR = "_reader_app_norms"


class Unsupported(Exception):  # noqa: N818 - a signal to fall back, not an error
    """The query holds a shape this evaluator does not do; use Whoosh's matchers."""


class Stopped(Exception):  # noqa: N818
    """Time is up or the caller cancelled; ``reason`` says which."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason
        self.best: list[tuple[float, int]] = []  # from the segments finished before
        self.total = 0


class _TermCache:
    """Scores of recently used terms in one segment, bounded by their postings."""

    def __init__(self) -> None:
        self.items: OrderedDict[tuple[bytes, float, float], Scores] = OrderedDict()
        self.size = 0

    def get(self, key: tuple[bytes, float, float]) -> Scores | None:
        found = self.items.get(key)
        if found is not None:
            self.items.move_to_end(key)
        return found

    def put(self, key: tuple[bytes, float, float], scores: Scores) -> None:
        if len(scores) > CACHE_POSTINGS // 4:
            return  # one very common word would push everything else out
        self.items[key] = scores
        self.size += len(scores)
        while self.size > CACHE_POSTINGS:
            _old, dropped = self.items.popitem(last=False)
            self.size -= len(dropped)


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
        self.cache: _TermCache = self.reader.__dict__.setdefault(_CACHE_ATTR, _TermCache())

    # -- terms -----------------------------------------------------------------------------
    def _btext(self, text: str | bytes) -> bytes:
        return text if isinstance(text, bytes) else text.encode("utf-8")

    def _postings(self, btext: bytes) -> tuple[W3LeafMatcher | None, frozenset[int]]:
        if (self.fieldname, btext) not in self.reader:
            return None, frozenset()
        matcher = self.reader.postings(self.fieldname, btext)
        deleted: frozenset[int] = frozenset()
        if isinstance(matcher, FilterMatcher):
            deleted = frozenset(matcher._ids)  # noqa: SLF001 - the deleted documents
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
        btext = self._btext(text)
        if (self.fieldname, btext) not in self.reader:
            return {}
        scorer = self.top.weighting.scorer(self.leaf, self.fieldname, btext)
        idf = getattr(scorer, "idf", None)
        if idf is None:
            raise Unsupported("another weighting")
        key = (btext, idf, scorer.avgfl)
        cached = self.cache.get(key)
        if cached is not None:
            return cached
        matcher, deleted = self._postings(btext)
        scores: Scores = {}
        if matcher is not None:
            norms = self._norms(scorer.avgfl, scorer.B, scorer.K1)
            k = scorer.K1 + 1
            while matcher.is_active():
                matcher._read_ids()  # noqa: SLF001 - a block at a time, not a posting
                matcher._read_weights()  # noqa: SLF001
                ids, weights = matcher._ids, matcher._weights  # noqa: SLF001
                scores.update(zip(ids, [idf * ((w * k) / (w + norms[d]))
                                        for d, w in zip(ids, weights, strict=False)],
                                  strict=True))
                matcher._next_block()  # noqa: SLF001
                self.check()
            for docnum in deleted:
                scores.pop(docnum, None)
        self.cache.put(key, scores)
        return scores

    def positions(self, text: str | bytes, wanted: set[int] | Scores) -> dict[int, list[int]]:
        """Each wanted document's positions of the term."""
        decode = self.format.decode_positions
        return {d: decode(v) for d, v in self.values(text, wanted).items()}

    def values(self, text: str | bytes, wanted: set[int] | Scores) -> dict[int, bytes]:
        """Each wanted document's encoded posting value of the term."""
        matcher, _deleted = self._postings(self._btext(text))
        found: dict[int, bytes] = {}
        if matcher is None or not wanted:
            return found
        first, last = min(wanted), max(wanted)
        while matcher.is_active():
            if matcher.block_max_id() >= first:
                matcher._read_ids()  # noqa: SLF001
                ids = matcher._ids  # noqa: SLF001
                hits = [i for i, d in enumerate(ids) if d in wanted]
                if hits:
                    matcher._read_values()  # noqa: SLF001
                    values = matcher._values  # noqa: SLF001
                    for i in hits:
                        found[ids[i]] = values[i]
            if matcher.block_max_id() >= last:
                break
            matcher._next_block()  # noqa: SLF001
            self.check()
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
            scores = self.term(q.text)
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
        if getattr(q, "boost", 1.0) != 1.0:
            raise Unsupported("boost")
        if within is not None and len(scores) > len(within):
            return {d: s for d, s in scores.items() if d in within}
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
        if any(isinstance(s, wq.Not) for s in subqueries):
            raise Unsupported("not")
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
        scores = [self.term(w) for w in words]
        if any(not s for s in scores):
            return {}
        candidates = set(min(scores, key=len))
        for s in scores:
            candidates.intersection_update(s)
        if within is not None:
            candidates.intersection_update(within)
        if not candidates:
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


def top_hits(top: Searcher, q: wq.Query, limit: int, fieldname: str,
             deadline: float, cancelled: Cancelled | None) -> tuple[list[tuple[float, int]], int]:
    """The best ``limit`` (score, global docnum) and the exact number of matches.

    Raises :class:`Stopped` when ``deadline`` passes or ``cancelled()`` says so, and
    :class:`Unsupported` for queries to be left to Whoosh's matchers.
    """

    def check() -> None:
        if cancelled is not None and cancelled():
            raise Stopped("cancelled")
        if time.monotonic() > deadline:
            raise Stopped("time")

    best: list[tuple[float, int]] = []  # (score, -docnum): ties go to the lower number
    total = 0
    for leaf, offset in top.leaf_searchers():
        try:
            check()
            scores = _Segment(leaf, top, fieldname, check).run(q)
        except Stopped as stop:
            stop.best, stop.total = [(s, -negated) for s, negated in best], total
            raise
        total += len(scores)
        best = heapq.nlargest(limit, best + heapq.nlargest(
            limit, ((s, -(offset + d)) for d, s in scores.items())))
    return [(s, -negated) for s, negated in best], total


Chars = list[tuple[int, int, int]]  # (position, start, end) of each occurrence


def characters(top: Searcher, fieldname: str, terms: set[str],
               docnums: list[int]) -> dict[int, dict[str, Chars]] | None:
    """Each document's occurrences of each term, from the postings (no file read).

    ``None`` when the field keeps no character offsets (an index of another version).
    """
    fmt = top.schema[fieldname].format
    if not fmt.supports("characters"):
        return None
    found: dict[int, dict[str, Chars]] = {d: {} for d in docnums}
    for leaf, offset in top.leaf_searchers():
        end = offset + leaf.doc_count_all()
        wanted = {d - offset for d in docnums if offset <= d < end}
        if not wanted:
            continue
        segment = _Segment(leaf, top, fieldname, lambda: None)
        for term in terms:
            for docnum, value in segment.values(term, wanted).items():
                found[offset + docnum][term] = fmt.decode_characters(value)
    return found
