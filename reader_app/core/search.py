"""Searching the index: Urdu compound expansion, hit ranges, snippets and "did you mean".

Urdu writes many compounds both joined and apart (وزیردفاع / وزیر دفاع). Instead of
guessing word boundaries at index time, queries are expanded against the index's own
vocabulary: a typed word that splits into two indexed words also matches them as a phrase,
and two typed neighbours also match their joined form when the index has it.
"""

from __future__ import annotations

import html
import re
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from whoosh import query as wq
from whoosh.reading import IndexReader

from reader_app.core.expand import expand
from reader_app.core.index import ArticleIndex
from reader_app.core.library import Article, read_article
from reader_app.core.query import Node, Not, Or, ParsedQuery, Phrase, Word, parse_query
from reader_app.core.text.normalize import display_form, iter_words
from reader_app.core.text.variants import ARABIC_HEH, Alternative
from reader_app.core.vocab import Lexicon, LexiconCache

FIELD = "content"
MAX_SPLIT_CHARS = 30
MIN_PART_CHARS = 2
SNIPPET_CHARS = 220
# Letters that never join the next one: after them a missing space is invisible, which is
# why Urdu text so often runs two words together there (وزیر|دفاع, دو|طرفہ, سے|نمٹیں).
NON_JOINING = set("اآأإدڈذرڑزژوؤےۓ")
# A phrase boost over very common words costs more than it helps the ranking.
BOOST_MAX_DOCS = 800
# A known word is also looked for as two words only where Urdu drops the space (after a
# non-joining letter) and while the halves are not everywhere; an unknown word may split
# anywhere (a ZWNJ-joined query), since that is its only chance to match.
SPLIT_MAX_DOCS = 500
MAX_PHRASE_ALTERNATIVES = 3  # per word, one word at a time
HEH_EVIDENCE_DOCS = 8  # articles read to see whether a word is written with Arabic ه

_LATIN_APOSTROPHE = re.compile(r"(?<=[A-Za-z])['\u2019](?=[A-Za-z])")
_NO_BIDI_CONTROLS = str.maketrans(dict.fromkeys(
    "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"))

Element = tuple[str, bool]  # (folded key, is prefix)
Pattern = tuple[Element, ...]  # consecutive words that make one hit


@dataclass
class Hit:
    """One matching article, with every hit as a character range of its original text."""

    path: Path
    id: str
    title: str
    score: float
    snippet: str
    ranges: list[tuple[int, int]]


@dataclass
class SearchResponse:
    query: str
    hits: list[Hit] = field(default_factory=list)
    total: int = 0
    message: str | None = None
    suggestion: str | None = None
    patterns: list[Pattern] = field(default_factory=list)
    # When ``query`` found nothing and a correction did: the corrected query, whose
    # results these are ("Showing results for … · Search instead for …").
    corrected: str | None = None
    # What was searched besides the words as typed: (typed word, form searched), composed.
    searched: list[tuple[str, str]] = field(default_factory=list)


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

    def known(self, key: str) -> bool:
        return (FIELD, key) in self.reader

    def splits(self, key: str) -> list[tuple[str, str]]:
        if len(key) > MAX_SPLIT_CHARS:
            return []
        known = self.known(key)
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
            return wq.Or([self.build(c, positive) for c in node.children])
        return self.and_(node.children, positive)

    def and_(self, children: tuple[Node, ...], positive: bool) -> wq.Query:
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
        return wq.AndMaybe(required, self.phrase(tuple(run), positive))

    def word(self, word: Word, joined: tuple[str, ...], positive: bool) -> wq.Query:
        if word.prefix:
            self.add(positive, ((word.key, True),))
            return wq.Prefix(FIELD, word.key)
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
        return options[0] if len(options) == 1 else wq.Or(options)

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


Words = list[tuple[str, int, int]]


def find_ranges(text: str, patterns: Iterable[Pattern],
                words: Words | None = None) -> list[tuple[int, int]]:
    """Character ranges in ``text`` where a pattern's words occur consecutively.

    ``words`` may pass ``list(iter_words(text))`` when it is already known.
    """
    by_first: dict[str, list[Pattern]] = {}
    prefixed: list[Pattern] = []
    for pattern in patterns:
        key, is_prefix = pattern[0]
        if is_prefix:
            prefixed.append(pattern)
        else:
            by_first.setdefault(key, []).append(pattern)
    if words is None:
        words = list(iter_words(text))
    ranges: list[tuple[int, int]] = []
    for i, (key, start, _end) in enumerate(words):
        candidates = by_first.get(key, [])
        if prefixed:
            candidates = candidates + [p for p in prefixed if key.startswith(p[0][0])]
        for pattern in candidates:
            span = words[i : i + len(pattern)]
            if len(span) == len(pattern) and all(
                w[0].startswith(k) if pre else w[0] == k
                for w, (k, pre) in zip(span, pattern, strict=True)
            ):
                ranges.append((start, span[-1][2]))
    return _merge(ranges)


def _merge(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(ranges):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def make_snippet(text: str, ranges: list[tuple[int, int]], width: int = SNIPPET_CHARS) -> str:
    """HTML-escaped excerpt around the first hit, hits wrapped in ``<b>``; never raw text."""
    if ranges:
        first = ranges[0][0]
        start = max(0, first - width // 3)
        if start:
            space = text.rfind(" ", 0, start)
            start = space + 1 if space >= 0 and first - space < width // 2 else start
    else:
        start = 0
    end = min(len(text), start + width)
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > start + width // 2 else end
    parts = ["…" if start > 0 else ""]
    cursor = start
    for a, b in ranges:
        if b <= start or a >= end:
            continue
        a, b = max(a, start), min(b, end)
        parts.append(html.escape(text[cursor:a]))
        parts.append("<b>" + html.escape(text[a:b]) + "</b>")
        cursor = b
    parts.append(html.escape(text[cursor:end]))
    if end < len(text):
        parts.append("…")
    # Bidi embeddings and overrides in an article must not spill into the results list.
    return " ".join("".join(parts).translate(_NO_BIDI_CONTROLS).split())


class Searcher:
    """Answers queries against an :class:`ArticleIndex`; safe to call from a worker thread."""

    def __init__(self, index: ArticleIndex, cache_size: int = 64) -> None:
        self.index = index
        self._texts: OrderedDict[tuple[str, float], tuple[Article, Words] | None] = OrderedDict()
        self._cache_size = cache_size
        self._lexicons = LexiconCache()

    def lexicon(self) -> Lexicon:
        """The index's vocabulary for the current searcher (read again after a refresh)."""
        with self.index.read_lock:
            return self._lexicons.get(self.index.searcher())

    def warm(self) -> None:
        """Read the vocabulary and build the variant table now (a refresh's worker calls
        this), so the first query after a refresh does not pay for them."""
        self.lexicon().variants  # noqa: B018 - built on first use

    def search(self, text: str, limit: int = 20, correct: bool = True) -> SearchResponse:
        """Results for ``text``; when it finds nothing but a correction does, the correction's
        results at once, with ``corrected`` set. ``correct=False`` searches only as typed
        ("Search instead for …"), offering the correction as a suggestion."""
        response = self._search(text, limit)
        if response.hits or not response.suggestion or not correct:
            return response
        if any(word.exact for word in parse_query(text).positive_words()):
            return response  # a word kept exact (=word) is not searched as another one
        corrected = self._search(response.suggestion, limit, suggest=False)
        if not corrected.hits:
            return response
        corrected.corrected, corrected.query = response.suggestion, text
        if response.message:
            corrected.message = response.message
        return corrected

    def _search(self, text: str, limit: int, suggest: bool = True) -> SearchResponse:
        # Roman Urdu writes ع and ء as an apostrophe (mas'ala, ta'leem): one word, not two.
        parsed = parse_query(_LATIN_APOSTROPHE.sub("", text))
        parsed.text = text
        response = SearchResponse(query=text)
        if parsed.messages:
            response.message = " ".join(parsed.messages)
        if parsed.root is None:
            return response
        with self.index.read_lock:
            searcher = self.index.searcher()
            lexicon = self._lexicons.get(searcher)
            expansion = expand(parsed.root, lexicon, searcher.doc_count(),
                               lambda key: self._arabic_heh(searcher, lexicon, key))
            response.searched = expansion.searched
            if expansion.root is None:  # only izafat "e"s
                return response
            expander = _Expander(searcher.reader(), expansion.alternatives)
            whoosh_query = expander.build(expansion.root)
            results = searcher.search(whoosh_query, limit=limit)
            # Counting every match costs a second pass; past the page an estimate will do.
            scored = results.scored_length()
            response.total = scored if scored < limit else results.estimated_length()
            response.patterns = expander.patterns
            for result in results:
                stored = result.fields()
                path = Path(stored["path"])
                loaded = self._article(path, stored["mtime"])
                article, words = loaded if loaded else (None, [])
                body = article.text if article else ""
                ranges = find_ranges(body, expander.patterns, words)
                response.hits.append(
                    Hit(
                        path=path,
                        id=stored["id"],
                        title=stored["title"],
                        score=float(result.score or 0.0),
                        snippet=make_snippet(body, ranges) if article else
                        html.escape("(the file is no longer there)"),
                        ranges=ranges,
                    )
                )
            if not response.hits and suggest:
                response.suggestion = self._suggest(parsed, lexicon)
        return response

    def _arabic_heh(self, searcher, lexicon: Lexicon, key: str) -> bool:  # noqa: ANN001
        """Whether the articles holding ``key`` write it with an Arabic ه (a few are read,
        once per index generation): only then may a typed ھ stand for its ہ."""
        if key not in lexicon.arabic_heh:
            found = False
            postings = searcher.reader().postings(FIELD, key)
            for docnum in list(postings.all_ids())[:HEH_EVIDENCE_DOCS]:
                stored = searcher.stored_fields(docnum)
                loaded = self._article(Path(stored["path"]), stored["mtime"])
                if loaded and any(
                        k == key and any(ch in ARABIC_HEH for ch in loaded[0].text[a:b])
                        for k, a, b in loaded[1]):
                    found = True
                    break
            lexicon.arabic_heh[key] = found
        return lexicon.arabic_heh[key]

    def _article(self, path: Path, mtime: float) -> tuple[Article, Words] | None:
        """The article and its words, cached: as-you-type queries keep meeting the same ones."""
        key = (str(path), mtime)  # only called under the index's read lock
        if key in self._texts:
            self._texts.move_to_end(key)
            return self._texts[key]
        result = read_article(path)
        article = (result, list(iter_words(result.text))) if isinstance(result, Article) else None
        self._texts[key] = article
        if len(self._texts) > self._cache_size:
            self._texts.popitem(last=False)
        return article

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
