"""Searching the index: Urdu compound expansion, hit ranges, snippets and "did you mean".

Urdu writes many compounds both joined and apart (وزیردفاع / وزیر دفاع). Instead of
guessing word boundaries at index time, queries are expanded against the index's own
vocabulary: a typed word that splits into two indexed words also matches them as a phrase,
and two typed neighbours also match their joined form when the index has it.
"""

from __future__ import annotations

import html
import re
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from whoosh import query as wq
from whoosh.collectors import TopCollector
from whoosh.matching import AndMaybeMatcher
from whoosh.query.compound import PreloadedOr
from whoosh.reading import IndexReader

from reader_app.core import evaluate
from reader_app.core.expand import expand
from reader_app.core.index import ArticleIndex, stored_text
from reader_app.core.library import MAX_FILE_BYTES, DecodeError, decode_text, normalize_newlines
from reader_app.core.messages import QT_TRANSLATE_NOOP, Message, joined
from reader_app.core.query import Node, Not, Or, ParsedQuery, Phrase, Word, parse_query
from reader_app.core.results import Hit, SearchResponse
from reader_app.core.text.highlight import (
    Pattern,
    find_ranges,
    make_snippet,
    merge_ranges,
)
from reader_app.core.text.normalize import display_form, iter_words
from reader_app.core.text.variants import ARABIC_HEH, Alternative
from reader_app.core.vocab import Lexicon, LexiconCache

FIELD = "content"
MAX_SPLIT_CHARS = 30
MIN_PART_CHARS = 2
# Letters that never join the next one: after them a missing space is invisible, which is
# why Urdu text so often runs two words together there (وزیر|دفاع, دو|طرفہ, سے|نمٹیں).
NON_JOINING = set("اآأإدڈذرڑزژوؤےۓ")
# A phrase boost over very common words costs more than it helps the ranking.
BOOST_MAX_DOCS = 800
# A known word is also looked for as two words only where Urdu drops the space (after a
# non-joining letter) and while the halves are not everywhere; an unknown word may split
# anywhere (a ZWNJ-joined query), since that is its only chance to match.
SPLIT_MAX_DOCS = 500
# A word only this many articles hold is split like an unknown one (anywhere): written
# joined so seldom, it is as likely a missing space as a word (یونیلیور for یونی لیور).
RARE_JOINED_DOCS = 2
MAX_PHRASE_ALTERNATIVES = 3  # per word, one word at a time
# A word ending in a non-joining letter is also found as the first half of a compound the
# articles write joined (وزیر in وزیردفاع): at most this many such compounds, from at most
# COMPOUND_SCAN index words that begin with it, each weighted below the word itself.
MAX_COMPOUNDS = 8
COMPOUND_SCAN = 200
COMPOUND_WEIGHT = 0.8
HEH_EVIDENCE_DOCS = 8  # articles read to see whether a word is written with Arabic ه

_LATIN_APOSTROPHE = re.compile(r"(?<=[A-Za-z])['\u2019](?=[A-Za-z])")
# Every query's cost is bounded (see also query.py's caps on brackets and words):
# - past this time the best results found so far come back, with a note;
BUDGET_S = 0.25
# - a prefix is searched as at most this many of its words (the most common ones), and a
#   whole query expands to at most MAX_EXPANSIONS words, however many prefixes it has;
MAX_PREFIX_TERMS = 64
MAX_EXPANSIONS = 256
PREFIX_SCAN = 600  # index words looked at per prefix (and segment) before choosing
MAX_PREFIXES = 4  # later words ending in * are searched as typed
# - prefixes and ORs stop adding words past this many postings (the cost of matching), or
#   past this many per article in larger libraries, where one common word has more;
MAX_QUERY_POSTINGS = 60_000
MAX_QUERY_POSTINGS_PER_DOC = 6
# - an OR of more options than this keeps the first ones;
MAX_OR_OPTIONS = 32
# - more plain words than this (a pasted paragraph) are searched as their rarest words,
#   ranked by how many of them an article has, not as hundreds of ANDs;
LONG_QUERY_WORDS = 10
SIGNIFICANT_WORDS = 8
# - "did you mean" is not tried for queries longer than this.
MAX_SUGGEST_WORDS = 8
# How often (in matched articles) the time budget and the cancel callback are checked.
CHECK_EVERY = 64

Cancelled = Callable[[], bool]


class _Stop(Exception):  # not an error: the collector's way out
    """Raised from inside collecting when time is up or the caller cancelled."""


class _Collector(TopCollector):
    """Whoosh's top-N collector, stopping when told to.

    Matchers are never ``replace()``d: that gains nothing measurable here and built the
    AndMaybe matchers whose phrase boost Whoosh then lost. Block-quality skipping stays (it
    halves the time of common words); when it skipped anything, ``total`` is a lower bound.
    """

    def __init__(self, limit: int, deadline: float, cancelled: Cancelled | None) -> None:
        super().__init__(limit=limit, replace=0)
        self.deadline = deadline
        self.cancelled = cancelled
        self.stopped_by: str | None = None
        self._countdown = CHECK_EVERY

    def collect(self, sub_docnum: int):  # Whoosh's sort key
        self._countdown -= 1
        if self._countdown <= 0:
            self._countdown = CHECK_EVERY
            self.check()
        return super().collect(sub_docnum)

    def set_subsearcher(self, subsearcher, offset: int) -> None:
        self.check()
        super().set_subsearcher(subsearcher, offset)

    def check(self) -> None:
        if self.cancelled is not None and self.cancelled():
            self.stopped_by = "cancelled"
            raise _Stop
        if time.monotonic() > self.deadline:
            self.stopped_by = "time"
            raise _Stop


class _AndMaybeMatcher(AndMaybeMatcher):
    """Whoosh's AndMaybe matcher, keeping the optional side on the required side's document.

    Whoosh's ``skip_to`` moves the optional side to the *requested* document, and
    ``skip_to_quality`` moves both sides apart; when the required side lands further on,
    the optional side is left behind and its score (the phrase boost) is dropped.
    """

    def _align(self) -> None:
        a, b = self.a, self.b
        if a.is_active() and b.is_active() and b.id() < a.id():
            b.skip_to(a.id())

    def skip_to(self, id: int) -> bool:  # Whoosh's name
        moved = super().skip_to(id)
        self._align()
        return moved

    def skip_to_quality(self, minquality: float) -> int:
        skipped = super().skip_to_quality(minquality)
        self._align()
        return skipped


class _AndMaybe(wq.AndMaybe):
    matcherclass = _AndMaybeMatcher


class _Expander:
    """Builds the Whoosh query and the highlight patterns from one parsed query."""

    def __init__(self, reader: IndexReader,
                 alternatives: dict[Word, tuple[Alternative, ...]] | None = None) -> None:
        self.reader = reader
        self.patterns: list[Pattern] = []
        self.alternatives = alternatives or {}
        # A phrase (or the proximity boost) is also looked for with a word's alternatives.
        self.alternative_keys: dict[str, list[str]] = {}
        for word, alts in self.alternatives.items():
            self.alternative_keys.setdefault(word.key, []).extend(a.key for a in alts)
        self.notes: list[str] = []
        self.exact = True  # False once a prefix is searched as only some of its words
        self.expansions_left = MAX_EXPANSIONS
        self.expanded: dict[str, list[str]] = {}  # prefix -> the words it was searched as
        self.postings_left = max(MAX_QUERY_POSTINGS,
                                 MAX_QUERY_POSTINGS_PER_DOC * reader.doc_count_all())
        self.prefixes = 0

    def note(self, message: str) -> None:
        if message not in self.notes:
            self.notes.append(message)

    def known(self, key: str) -> bool:
        return (FIELD, key) in self.reader

    def splits(self, key: str) -> list[tuple[str, str]]:
        if len(key) > MAX_SPLIT_CHARS:
            return []
        known = self.reader.doc_frequency(FIELD, key) > RARE_JOINED_DOCS
        found = []
        for i in range(MIN_PART_CHARS, len(key) - MIN_PART_CHARS + 1):
            if known and key[i - 1] not in NON_JOINING:
                continue
            a, b = key[:i], key[i:]
            rarest = min(self.reader.doc_frequency(FIELD, a), self.reader.doc_frequency(FIELD, b))
            if rarest and (not known or rarest <= SPLIT_MAX_DOCS):
                found.append((a, b))
        return found

    def build(self, node: Node, positive: bool = True) -> wq.Query:
        if isinstance(node, Word):
            return self.word(node, (), positive)
        if isinstance(node, Phrase):
            return self.phrase(node.words, positive)
        if isinstance(node, Not):
            return wq.Not(self.build(node.child, positive=False))
        if isinstance(node, Or):
            options: list[wq.Query] = []
            for child in node.children:
                if options and (len(options) >= MAX_OR_OPTIONS or self.postings_left <= 0):
                    self.exact = False
                    self.note(Message(QT_TRANSLATE_NOOP(
                        "Core", "Only the first {count} alternatives joined by OR are "
                        "searched."), count=len(options)))
                    break
                before = self.postings_left
                option = self.build(child, positive)
                if self.postings_left == before:  # a prefix counts its own
                    self.postings_left -= option.estimate_size(self.reader)
                options.append(option)
            return wq.Or(options)
        return self.and_(node.children, positive)

    def and_(self, children: tuple[Node, ...], positive: bool) -> wq.Query:
        plain = [c for c in children if isinstance(c, Word) and not c.prefix]
        if len(plain) > LONG_QUERY_WORDS:
            return self.significant(children, plain, positive)
        parts = []
        run: list[str] = []  # the longest run of plain words, for a proximity boost
        current: list[str] = []
        for i, child in enumerate(children):
            after = _plain(children, i + 1)
            if isinstance(child, Word) and not child.prefix and not child.exact:
                current.append(child.key)
                if len(current) > len(run):
                    run = list(current)
                if after is not None:
                    self.add(positive, ((child.key, False), (after.key, False)))
                joined = tuple(
                    a.key + b.key
                    for a, b in ((_plain(children, i - 1), child), (child, after))
                    if a is not None and b is not None and self.known(a.key + b.key)
                )
                parts.append(self.word(child, joined, positive))
            else:
                current = []
                parts.append(self.build(child, positive))
        required = wq.And(parts)
        if len(run) < 2 or not positive:
            return required
        if min(self.reader.doc_frequency(FIELD, key) for key in run) > BOOST_MAX_DOCS:
            return required
        # Articles where the words stand together, as typed, rank first.
        return _AndMaybe(required, self.phrase(tuple(run), positive))

    def significant(self, children: tuple[Node, ...], plain: list[Word],
                    positive: bool) -> wq.Query:
        """A long run of words (a pasted paragraph) as its rarest indexed words.

        Searched as a ranked OR, so the articles holding most of them come first and a
        paragraph from elsewhere still finds its neighbours; left out (after NOT) they must
        all be there. What else the AND holds (phrases, prefixes, groups) stays required.
        """
        frequency = self.reader.doc_frequency
        keys = {w.key: frequency(FIELD, w.key) for w in plain}
        rarest = sorted((df, key) for key, df in keys.items() if df)[:SIGNIFICANT_WORDS]
        self.note(Message(QT_TRANSLATE_NOOP(
            "Core", "A long query: searched for its {count} most distinctive words."),
            count=len(rarest)))
        terms: list[wq.Query] = []
        for _df, key in rarest:
            self.add(positive, ((key, False),))
            terms.append(wq.Term(FIELD, key))
        others = [self.build(c, positive) for c in children
                  if not (isinstance(c, Word) and not c.prefix)]
        if not terms:
            found: wq.Query = wq.NullQuery
        elif len(terms) == 1:
            found = terms[0]
        else:
            found = PreloadedOr(terms) if positive else wq.And(terms)
        return wq.And([*others, found]) if others else found

    def prefix(self, word: Word, positive: bool) -> wq.Query:
        """A prefix as an OR of its commonest words, scored (BM25) like any other words.

        Whoosh's own Prefix scores every hit 1.0 in segments of up to 5,000 articles (so the
        lowest document numbers won) and expands to every word, however many.
        """
        self.add(positive, ((word.key, True),))
        shown = f"“{display_form(word.key)}*”"
        if self.prefixes >= MAX_PREFIXES:
            self.exact = False
            self.note(Message(QT_TRANSLATE_NOOP(
                "Core", "Only the first {count} words ending in * are searched as beginnings "
                "of words."), count=MAX_PREFIXES))
            return wq.Term(FIELD, word.key)
        self.prefixes += 1
        room = max(1, min(MAX_PREFIX_TERMS, self.expansions_left))
        frequencies: dict[str, int] = {}
        full = True
        # Each segment's own terms: the merged view of all segments costs ~6x per word.
        for sub, _offset in self.reader.leaf_readers():
            for scanned, (text, info) in enumerate(sub.iter_prefix(FIELD, word.key)):
                if scanned >= PREFIX_SCAN:
                    full = False
                    break
                key = text.decode("utf-8") if isinstance(text, bytes) else text
                frequencies[key] = frequencies.get(key, 0) + info.doc_frequency()
        found = sorted(((df, key) for key, df in frequencies.items()),
                       key=lambda f: (-f[0], f[1]))
        # The commonest words first, while the query's postings allow (one at least).
        kept: list[tuple[int, str]] = []
        postings = 0
        for df, key in found:
            if len(kept) >= room or (kept and postings + df > self.postings_left):
                break
            kept.append((df, key))
            postings += df
        if len(kept) < len(found) or not full:
            self.exact = False
            self.note(Message(
                QT_TRANSLATE_NOOP("Core", "{prefix} matches {count:,} words: the {kept} most "
                                  "common are searched.") if full else
                QT_TRANSLATE_NOOP("Core", "{prefix} matches {count:,}+ words: the {kept} most "
                                  "common are searched."),
                prefix=shown, count=len(found), kept=len(kept)))
        found = kept
        self.expansions_left -= len(found)
        self.postings_left -= postings
        self.expanded.setdefault(word.key, []).extend(key for _df, key in found)
        if not found:
            return wq.NullQuery
        terms = [wq.Term(FIELD, key) for _df, key in found]
        return terms[0] if len(terms) == 1 else PreloadedOr(terms)

    def word(self, word: Word, joined: tuple[str, ...], positive: bool) -> wq.Query:
        if word.prefix:
            return self.prefix(word, positive)
        options: list[wq.Query] = [wq.Term(FIELD, word.key)]
        self.add(positive, ((word.key, False),))
        if word.exact:
            return options[0]
        for alt in self.alternatives.get(word, ()):
            options.append(wq.Term(FIELD, alt.key, boost=alt.weight))
            self.add(positive, ((alt.key, False),))
        for key in joined:
            options.append(wq.Term(FIELD, key))
            self.add(positive, ((key, False),))
        for a, b in self.splits(word.key):
            options.append(wq.Phrase(FIELD, [a, b]))
            self.add(positive, ((a, False), (b, False)))
        for key in self.compounds(word.key):
            options.append(wq.Term(FIELD, key, boost=COMPOUND_WEIGHT))
            self.add(positive, ((key, False),))
        return options[0] if len(options) == 1 else wq.Or(options)

    def compounds(self, key: str) -> list[str]:
        """Indexed words written as ``key`` joined to another indexed word.

        After a non-joining letter Urdu drops the space invisibly, so the articles hold
        وزیردفاع where a reader types وزیر; the split side of this (a joined query finding
        the words apart) is :meth:`splits`.
        """
        if len(key) < 3 or key[-1] not in NON_JOINING or len(key) > MAX_SPLIT_CHARS:
            return []
        found: list[str] = []
        for scanned, raw in enumerate(self.reader.expand_prefix(FIELD, key)):
            if scanned >= COMPOUND_SCAN or len(found) >= MAX_COMPOUNDS:
                break
            term = raw.decode("utf-8") if isinstance(raw, bytes) else raw
            rest = term[len(key):]
            if len(rest) >= MIN_PART_CHARS and self.known(rest):
                found.append(term)
        return found

    def phrase(self, words: tuple[str, ...], positive: bool) -> wq.Query:
        variants = [words]
        for i in range(len(words) - 1):
            joined = words[i] + words[i + 1]
            if self.known(joined):
                variants.append(words[:i] + (joined,) + words[i + 2 :])
        for i, key in enumerate(words):
            for a, b in self.splits(key):
                variants.append(words[:i] + (a, b) + words[i + 1 :])
        for i, key in enumerate(words):
            for alt in self.alternative_keys.get(key, ())[:MAX_PHRASE_ALTERNATIVES]:
                variants.append(words[:i] + (alt,) + words[i + 1 :])
        options: list[wq.Query] = []
        for variant in variants:
            self.add(positive, tuple((k, False) for k in variant))
            if len(variant) == 1:
                options.append(wq.Term(FIELD, variant[0]))
            else:
                options.append(wq.Phrase(FIELD, list(variant)))
        return options[0] if len(options) == 1 else wq.Or(options)

    def add(self, positive: bool, pattern: Pattern) -> None:
        if positive and pattern not in self.patterns:
            self.patterns.append(pattern)


def _plain(children: tuple[Node, ...], i: int) -> Word | None:
    if 0 <= i < len(children):
        child = children[i]
        if isinstance(child, Word) and not child.prefix and not child.exact:
            return child
    return None


def _ranges(patterns: Iterable[Pattern], expanded: dict[str, list[str]],
            offsets: dict[str, evaluate.Chars]) -> list[tuple[int, int]]:
    """What :func:`find_ranges` finds in the text, from the postings' character offsets.

    A prefix marks the words it was searched as (all of them unless it had too many).
    """
    ranges: list[tuple[int, int]] = []
    for pattern in patterns:
        key, is_prefix = pattern[0]
        if is_prefix:
            for word in expanded.get(key, ()):
                ranges.extend((a, b) for _pos, a, b in offsets.get(word, ()))
        elif len(pattern) == 1:
            ranges.extend((a, b) for _pos, a, b in offsets.get(key, ()))
        else:
            later = [{pos: b for pos, _a, b in offsets.get(k, ())} for k, _pre in pattern[1:]]
            for pos, a, _b in offsets.get(key, ()):
                ends = [after.get(pos + i) for i, after in enumerate(later, start=1)]
                end = ends[-1]
                if end is not None and all(e is not None for e in ends):
                    ranges.append((a, end))
    return merge_ranges(ranges)


def _published(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


@dataclass
class _FillState:
    """What :meth:`Searcher.fill` needs of a search: the Whoosh searcher it read (its
    document numbers hold only for it), the patterns to mark, and each hit's number and
    stored fields by path."""

    searcher: Any
    patterns: list[Pattern]
    expanded: dict[str, list[str]]
    # by (path, item): a dataset's rows share one path
    docs: dict[tuple[Path, int | None], tuple[int, dict[str, Any]]] = field(
        default_factory=dict)


class Searcher:
    """Answers queries against an :class:`ArticleIndex`; safe to call from a worker thread."""

    def __init__(self, index: ArticleIndex, cache_size: int = 64) -> None:
        self.index = index
        self._texts: OrderedDict[tuple[str, float, int], str | None] = OrderedDict()
        self._cache_size = cache_size
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
            state = _FillState(searcher, expander.patterns, expander.expanded)
            response.hits = self._hits(state, top, evaluation, snippets)
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

    def _hits(self, state: _FillState, top: list[tuple[float, int]],
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
                      item=fields.get("item"), published=_published(fields.get("published")),
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
        if not isinstance(state, _FillState):
            return list(hits)
        with self.index.read_lock:
            if self.index.searcher() is not state.searcher:
                state.docs = {}  # other numbers now: read the files' words
            evaluation = evaluate.Evaluation(state.searcher, FIELD, float("inf"), None)
            return self._fill(state, hits, evaluation)

    def _fill(self, state: _FillState, hits: list[Hit],
              evaluation: evaluate.Evaluation) -> list[Hit]:
        """Ranges come from the character offsets in the postings when the file is as it was
        indexed; a changed file (or an index without offsets) has its words read again."""
        patterns = state.patterns
        todo = [(hit, state.docs.get((hit.path, hit.item))) for hit in hits if hit.pending]
        docnums = [doc[0] for _hit, doc in todo if doc is not None]
        terms = {key for pattern in patterns for key, is_prefix in pattern if not is_prefix}
        for pattern in patterns:
            if pattern[0][1]:
                terms.update(state.expanded.get(pattern[0][0], ()))
        offsets = evaluation.characters(terms, docnums) if (
            docnums and all(len(p) == 1 or not any(pre for _k, pre in p) for p in patterns)
        ) else None
        filled: dict[int, Hit] = {}
        for hit, doc in todo:
            text, file_state = self._hit_text(hit, doc)
            if text is None:
                body, ranges = "", []
            elif (offsets is not None and doc is not None
                  and file_state == (doc[1]["mtime"], doc[1]["size"])):
                body, ranges = text, _ranges(patterns, state.expanded, offsets[doc[0]])
            else:
                body, ranges = text, find_ranges(text, patterns)
            done = replace(hit, ranges=ranges, pending=False, snippet=make_snippet(
                body, ranges) if text is not None else
                html.escape("(the file is no longer there)"))
            filled[id(hit)] = done
        return [filled.get(id(hit), hit) for hit in hits]

    def _hit_text(self, hit: Hit, doc: tuple[int, dict[str, Any]] | None
                  ) -> tuple[str | None, tuple[float, int] | None]:
        """The text a hit's snippet is made from: a page's, feed item's or row's own text as
        indexed (its file is a whole dataset), else the ``.txt`` file's."""
        if doc is not None:
            own = stored_text(doc[1])
            if own is not None:
                return own, (doc[1]["mtime"], doc[1]["size"])
        if hit.path.suffix.lower() != ".txt":
            article = self.index.stored_article(hit.path, hit.item)  # after a refresh
            if article is not None:
                return article.text, (article.mtime, article.size)
            return None, None  # changed since: its raw file is no snippet
        return self._text(hit.path)

    def _text(self, path: Path) -> tuple[str | None, tuple[float, int] | None]:
        """A result file's text and its (mtime, size), cached while the file is unchanged.

        Only the text: titles, hashes and paragraphs (read_article) are not needed here.
        """
        try:
            st = path.stat()
        except OSError:
            return None, None
        state = (st.st_mtime, st.st_size)
        key = (str(path), *state)  # only called under the index's read lock
        if key in self._texts:
            self._texts.move_to_end(key)
            return self._texts[key], state
        text: str | None = None
        if st.st_size <= MAX_FILE_BYTES:
            try:
                text = normalize_newlines(decode_text(path.read_bytes())[0])
            except (OSError, DecodeError):
                text = None
        self._texts[key] = text
        if len(self._texts) > self._cache_size:
            self._texts.popitem(last=False)
        return text, state

    def _suggest(self, parsed: ParsedQuery, lexicon: Lexicon) -> str | None:
        """A corrected query from the index's vocabulary, or None when nothing is closer."""
        text = parsed.text
        changed = False
        for word in parsed.positive_words():
            if word.prefix or word.key in lexicon or len(word.key) > MAX_SPLIT_CHARS:
                continue
            best = lexicon.deletions.closest(word.key)
            if best and word.raw in text:
                text = text.replace(word.raw, display_form(best), 1)
                changed = True
        return text if changed else None
