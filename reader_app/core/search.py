"""Searching the index: one query from typed text to ranked hits, within a time budget.

The steps live in their own modules: parsing (query.py), what each word is searched as —
variants, Roman Urdu (expand.py) —, the Whoosh query with Urdu compound splitting and
joining (whoosh_query.py), matching (evaluate.py, or collect.py's stopping collector for
NOT), snippets made when a hit is shown (snippets.py) and "did you mean" (suggest.py).
This module ties them together under the index's read lock; the names others import from
it (``Searcher``, the result types, ``find_ranges``, ``make_snippet``, the budget and the
bounds) stay importable here.
"""

from __future__ import annotations

import re
import time
from pathlib import Path

from reader_app.core import evaluate
from reader_app.core.collect import CHECK_EVERY, Cancelled, _Collector, _Stop
from reader_app.core.expand import expand
from reader_app.core.index import ArticleIndex, stored_text
from reader_app.core.messages import QT_TRANSLATE_NOOP, Message, joined
from reader_app.core.query import ParsedQuery, Word, parse_query
from reader_app.core.results import Hit, SearchResponse
from reader_app.core.snippets import FillState, TextCache, fill_hits, hit_text, published
from reader_app.core.suggest import suggest_query
from reader_app.core.text.highlight import find_ranges, make_snippet
from reader_app.core.text.normalize import iter_words
from reader_app.core.text.variants import ARABIC_HEH
from reader_app.core.vocab import Lexicon, LexiconCache
from reader_app.core.whoosh_query import (
    BOOST_MAX_DOCS,
    COMPOUND_SCAN,
    COMPOUND_WEIGHT,
    FIELD,
    LONG_QUERY_WORDS,
    MAX_COMPOUNDS,
    MAX_EXPANSIONS,
    MAX_OR_OPTIONS,
    MAX_PHRASE_ALTERNATIVES,
    MAX_PREFIX_TERMS,
    MAX_PREFIXES,
    MAX_QUERY_POSTINGS,
    MAX_QUERY_POSTINGS_PER_DOC,
    MAX_SPLIT_CHARS,
    MIN_PART_CHARS,
    NON_JOINING,
    PREFIX_SCAN,
    RARE_JOINED_DOCS,
    SIGNIFICANT_WORDS,
    SPLIT_MAX_DOCS,
    _AndMaybe,
    _AndMaybeMatcher,
    _Expander,
)

__all__ = [
    "BOOST_MAX_DOCS", "BUDGET_S", "CHECK_EVERY", "COMPOUND_SCAN", "COMPOUND_WEIGHT", "FIELD",
    "HEH_EVIDENCE_DOCS", "LONG_QUERY_WORDS", "MAX_COMPOUNDS", "MAX_EXPANSIONS",
    "MAX_OR_OPTIONS", "MAX_PHRASE_ALTERNATIVES", "MAX_PREFIXES", "MAX_PREFIX_TERMS",
    "MAX_QUERY_POSTINGS", "MAX_QUERY_POSTINGS_PER_DOC", "MAX_SPLIT_CHARS",
    "MAX_SUGGEST_WORDS", "MIN_PART_CHARS", "NON_JOINING", "PREFIX_SCAN", "RARE_JOINED_DOCS",
    "SIGNIFICANT_WORDS", "SPLIT_MAX_DOCS", "Cancelled", "Hit", "SearchResponse", "Searcher",
    "_AndMaybe", "_AndMaybeMatcher", "_Collector", "_Expander", "_Stop", "find_ranges",
    "make_snippet",
]

HEH_EVIDENCE_DOCS = 8  # articles read to see whether a word is written with Arabic ه
_LATIN_APOSTROPHE = re.compile(r"(?<=[A-Za-z])['\u2019](?=[A-Za-z])")
# Every query's cost is bounded (the other bounds are whoosh_query.py's and query.py's):
# past this time the best results found so far come back, with a note.
BUDGET_S = 0.25
# "Did you mean" is not tried for queries longer than this.
MAX_SUGGEST_WORDS = 8


class Searcher:
    """Answers queries against an :class:`ArticleIndex`; safe to call from a worker thread."""

    def __init__(self, index: ArticleIndex, cache_size: int = 64) -> None:
        self.index = index
        self._texts = TextCache(cache_size)
        self._lexicons = LexiconCache()

    def lexicon(self) -> Lexicon:
        """The index's vocabulary for the current searcher (read again after a refresh)."""
        with self.index.read_lock:
            return self._lexicons.get(self.index.searcher())

    def warm(self, cancelled: Cancelled | None = None) -> None:
        """Read the vocabulary and build all its tables now (the library calls this off the
        UI thread once opened, and after a refresh), so the first query does not pay for
        them. Only the vocabulary is read under the index's lock: a query meanwhile waits
        only for a table it needs that is being built."""
        self.lexicon().warm(cancelled)

    def word_forms(self, word: str) -> list[str]:
        """What one typed word is also searched as: its spelling variants, or the Urdu words
        a Roman Urdu word reads as (``hukumat`` → حکومت), as the index's vocabulary has them.
        For finding notes as articles are found."""
        parsed = parse_query(_LATIN_APOSTROPHE.sub("", word))
        root = parsed.root
        if not isinstance(root, Word):
            return []
        with self.index.read_lock:
            searcher = self.index.searcher()
            lexicon = self._lexicons.get(searcher)
            expansion = expand(root, lexicon, searcher.doc_count(),
                               lambda key: self._arabic_heh(searcher, lexicon, key))
        found = expansion.root
        if not isinstance(found, Word):
            return []
        forms = [found.key, *(alt.key for alt in expansion.alternatives.get(found, ()))]
        return [form for form in dict.fromkeys(forms) if form != root.key]

    def search(self, text: str, limit: int = 20, correct: bool = True,
               cancelled: Cancelled | None = None, budget: float = BUDGET_S,
               snippets: int | None = None) -> SearchResponse:
        """Answer ``text`` with the best ``limit`` hits.

        Only the first ``snippets`` hits (all when None) get their ranges and snippet now;
        the rest come ``pending``, to be made by :meth:`fill` when they are shown.

        When it finds nothing but a correction does, the correction's results come back at
        once, with ``corrected`` set; ``correct=False`` searches only as typed ("Search
        instead for …"), offering the correction as a suggestion. ``cancelled`` is polled
        while matching (a superseded as-you-type search stops and comes back with
        ``cancelled`` set and no hits); after ``budget`` seconds of matching the best hits
        so far come back with a note and an approximate count.
        """
        deadline = time.monotonic() + budget
        response = self._search(text, limit, deadline, cancelled, budget, snippets=snippets)
        if (response.hits or response.cancelled or not response.suggestion or not correct):
            return response
        if any(word.exact for word in parse_query(text).positive_words()):
            return response  # a word kept exact (=word) is not searched as another one
        corrected = self._search(response.suggestion, limit, deadline, cancelled, budget,
                                 suggest=False, snippets=snippets)
        if not corrected.hits:
            return response
        corrected.corrected, corrected.query = response.suggestion, text
        if response.message:
            corrected.message = response.message
        return corrected

    def _search(self, text: str, limit: int, deadline: float, cancelled: Cancelled | None,
                budget: float, suggest: bool = True,
                snippets: int | None = None) -> SearchResponse:
        # Roman Urdu writes ع and ء as an apostrophe (mas'ala, ta'leem): one word, not two.
        parsed = parse_query(_LATIN_APOSTROPHE.sub("", text))
        parsed.text = text
        response = SearchResponse(query=text)
        messages = list(parsed.messages)
        if parsed.root is None:
            response.message = joined(messages)
            return response
        with self.index.read_lock:
            if cancelled is not None and cancelled():
                response.cancelled = True
                return response
            searcher = self.index.searcher()
            started = time.monotonic()
            lexicon = self._lexicons.get(searcher)
            expansion = expand(parsed.root, lexicon, searcher.doc_count(),
                               lambda key: self._arabic_heh(searcher, lexicon, key))
            # The budget is for matching: a table built (or waited for) just now, on a
            # query that came before warm() was done, does not cut the results short.
            deadline += time.monotonic() - started
            response.searched = expansion.searched
            if expansion.root is None:  # only izafat "e"s
                response.message = joined(messages)
                return response
            expander = _Expander(searcher.reader(), expansion.alternatives)
            whoosh_query = expander.build(expansion.root)
            messages += expander.notes
            stopped_by: str | None = None
            evaluation = evaluate.Evaluation(searcher, FIELD, deadline, cancelled)
            try:
                top, response.total = evaluation.top_hits(whoosh_query, limit)
                skipped = False
            except evaluate.Stopped as stop:
                stopped_by, top, skipped = stop.reason, stop.best, False
                response.total = stop.total
            except evaluate.Unsupported:  # NOT: Whoosh's matchers
                collector = _Collector(limit, deadline, cancelled)
                try:
                    searcher.search_with_collector(whoosh_query, collector)
                except _Stop:
                    pass
                stopped_by, skipped = collector.stopped_by, bool(collector.skipped_times)
                top = collector.results().top_n
                response.total = collector.total
            if stopped_by == "cancelled":
                response.cancelled = True
                return response
            response.total_exact = expander.exact and stopped_by is None and not skipped
            if not response.total_exact:
                # Never more than there are articles (Whoosh's estimate for a prefix was).
                estimate = min(whoosh_query.estimate_size(searcher.reader()),
                               searcher.doc_count())
                response.total = max(response.total, estimate)
            if stopped_by == "time":
                messages.append(Message(QT_TRANSLATE_NOOP(
                    "Core", "The search took too long and stopped after {seconds:g} s: these "
                    "are the best results it had found."), seconds=budget))
            response.message = joined(messages)
            response.patterns = expander.patterns
            state = FillState(searcher, expander.patterns, expander.expanded)
            response.hits = self._hits(state, top, evaluation, snippets)
            if response.total_exact and response.total == len(top):
                # Every match is here, so the copies shown as one are known: the count is
                # of articles, as listed ("5 found, best 4 shown" had a reader look for one).
                response.total = len(response.hits)
            response.fill_state = state
            if (suggest and not response.hits and stopped_by is None
                    and len(parsed.positive_words()) <= MAX_SUGGEST_WORDS):
                response.suggestion = self._suggest(parsed, lexicon)
        return response

    def _arabic_heh(self, searcher, lexicon: Lexicon, key: str) -> bool:
        """Whether the articles holding ``key`` write it with an Arabic ه (a few are read,
        once per index generation): only then may a typed ھ stand for its ہ."""
        if key not in lexicon.arabic_heh:
            found = False
            postings = searcher.reader().postings(FIELD, key)
            for docnum in list(postings.all_ids())[:HEH_EVIDENCE_DOCS]:
                stored = searcher.stored_fields(docnum)
                text = stored_text(stored) or self._text(Path(stored["path"]))[0]
                if text is not None and any(
                        k == key and any(ch in ARABIC_HEH for ch in text[a:b])
                        for k, a, b in iter_words(text)):
                    found = True
                    break
            lexicon.arabic_heh[key] = found
        return lexicon.arabic_heh[key]

    def _hits(self, state: FillState, top: list[tuple[float, int]],
              evaluation: evaluate.Evaluation, snippets: int | None) -> list[Hit]:
        """The hits, the first ``snippets`` (all when None) with their ranges and snippets,
        the others ``pending`` for :meth:`fill`: a pane that shows ten rows of fifty need
        not wait for forty snippets."""
        hits: list[Hit] = []
        copies: set[str] = set()
        for score, docnum in top:
            fields = state.searcher.stored_fields(docnum)
            # the same article in several files or rows is one result (its best copy)
            if fields.get("dup"):
                if fields["dup"] in copies:
                    continue
                copies.add(fields["dup"])
            hit = Hit(path=Path(fields["path"]), id=fields["id"], title=fields["title"],
                      score=float(score or 0.0), snippet="", ranges=[], pending=True,
                      item=fields.get("item"), published=published(fields.get("published")),
                      source=fields.get("source"), url=fields.get("url"))
            hits.append(hit)
            state.docs[(hit.path, hit.item)] = (docnum, fields)
        now = hits if snippets is None else hits[:snippets]
        filled = self._fill(state, now, evaluation)
        return [*filled, *hits[len(now):]]

    def fill(self, response: SearchResponse, hits: list[Hit]) -> list[Hit]:
        """``hits`` (of ``response``) with their ranges and snippets, as ``search`` would
        have made them at once; hits already filled come back as they are.

        From the postings' offsets while the index is the one searched, else (a refresh
        came between) from each file's words.
        """
        state = response.fill_state
        if not isinstance(state, FillState):
            return list(hits)
        with self.index.read_lock:
            if self.index.searcher() is not state.searcher:
                state.docs = {}  # other numbers now: read the files' words
            evaluation = evaluate.Evaluation(state.searcher, FIELD, float("inf"), None)
            return self._fill(state, hits, evaluation)

    def _fill(self, state: FillState, hits: list[Hit],
              evaluation: evaluate.Evaluation) -> list[Hit]:
        return fill_hits(state, hits, evaluation, lambda hit, doc: hit_text(
            hit, doc, self.index.stored_article, self._texts))

    def _text(self, path: Path) -> tuple[str | None, tuple[float, int] | None]:
        """A result file's text and (mtime, size), cached (under the index's read lock)."""
        return self._texts.text(path)

    def _suggest(self, parsed: ParsedQuery, lexicon: Lexicon) -> str | None:
        """A corrected query from the index's vocabulary, or None when nothing is closer."""
        return suggest_query(parsed, lexicon)
