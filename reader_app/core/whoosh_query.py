"""The Whoosh query built from a parsed (and expanded) query, with its highlight patterns.

Urdu writes many compounds both joined and apart (وزیردفاع / وزیر دفاع). Instead of
guessing word boundaries at index time, queries are expanded against the index's own
vocabulary: a typed word that splits into two indexed words also matches them as a phrase,
and two typed neighbours also match their joined form when the index has it. Every query's
cost is bounded here (with query.py's caps on brackets and words): prefixes, ORs and long
queries stop adding words past the limits below, and say so in a note.
"""

from __future__ import annotations

import itertools
import math

from whoosh import query as wq
from whoosh.matching import AndMaybeMatcher
from whoosh.query.compound import PreloadedOr
from whoosh.reading import IndexReader

from reader_app.core.messages import QT_TRANSLATE_NOOP, Message
from reader_app.core.query import Node, Not, Or, Phrase, Word
from reader_app.core.text.highlight import Pattern
from reader_app.core.text.normalize import display_form, fold
from reader_app.core.text.variants import Alternative, idf

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
# A known word is also two words written apart at a letter that joins the next one where
# the articles write it so (سفارتخانے / سفارت خانے, نوٹیفکیشن / نوٹی فکیشن): there a space
# is a choice, not an accident, so both halves must be real words of at least this many
# letters, and such a split ranks below the word as typed.
JOINING_PART_CHARS = 3
JOINING_SPLIT_WEIGHT = 0.8
ZWNJ = "\u200c"
MAX_ZWNJ_SPLITS = 2  # typed ZWNJs tried as boundaries, per word
MAX_PHRASE_ALTERNATIVES = 3  # per word, one word at a time
# Neighbours choose each other's spelling: a phrase (or the proximity boost) is also looked
# for with several words' alternatives at once (کوی اپ → کوئی آپ, where each typed word is
# indexed but they stand together only as the variants), from each word's first
# COMBINATION_FORMS forms, at most MAX_PHRASE_COMBINATIONS of them, likeliest first, and
# only for runs of at most COMBINATION_WORDS words.
COMBINATION_FORMS = 2
MAX_PHRASE_COMBINATIONS = 6
COMBINATION_WORDS = 4
# A word ending in a non-joining letter is also found as the first half of a compound the
# articles write joined (وزیر in وزیردفاع): at most this many such compounds, from at most
# COMPOUND_SCAN index words that begin with it, each weighted below the word itself.
MAX_COMPOUNDS = 8
COMPOUND_SCAN = 200
COMPOUND_WEIGHT = 0.8

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
        self.alternative_weights: dict[tuple[str, str], float] = {}
        for word, alts in self.alternatives.items():
            self.alternative_keys.setdefault(word.key, []).extend(a.key for a in alts)
            for a in alts:
                self.alternative_weights.setdefault((word.key, a.key), a.weight)
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

    def splits(self, key: str, marked: list[tuple[str, str]] | None = None,
               ) -> list[tuple[str, str]]:
        """Two indexed words ``key`` may stand for, written joined.

        The halves at a ZWNJ the person typed (``marked``, from :meth:`marked_splits`)
        come first: there a boundary is tried even inside a common word and after a
        joining letter (ویکسی‌نیشن is also ویکسی نیشن, though ویکسینیشن is common).
        """
        if len(key) > MAX_SPLIT_CHARS:
            return []
        found = list(marked or ())
        known = self.reader.doc_frequency(FIELD, key) > RARE_JOINED_DOCS
        for i in range(MIN_PART_CHARS, len(key) - MIN_PART_CHARS + 1):
            if known and key[i - 1] not in NON_JOINING and (
                    i < JOINING_PART_CHARS or len(key) - i < JOINING_PART_CHARS):
                continue
            a, b = key[:i], key[i:]
            rarest = min(self.reader.doc_frequency(FIELD, a), self.reader.doc_frequency(FIELD, b))
            if rarest and (not known or rarest <= SPLIT_MAX_DOCS) and (a, b) not in found:
                found.append((a, b))
        return found

    def marked_splits(self, key: str, raw: str) -> list[tuple[str, str]]:
        """The halves at each ZWNJ the person typed in ``raw``, where both are indexed."""
        found = []
        for z in [i for i, ch in enumerate(raw) if ch == ZWNJ][:MAX_ZWNJ_SPLITS]:
            a, b = fold(raw[:z]), fold(raw[z + 1:])
            if (a + b == key and len(a) >= MIN_PART_CHARS and len(b) >= MIN_PART_CHARS
                    and self.known(a) and self.known(b)):
                found.append((a, b))
        return found

    def split_weight(self, key: str, a: str) -> float:
        """How a split of ``key`` after ``a`` ranks beside the word as typed.

        A phrase scores the sum of its two words, each often rarer than the compound, so
        a split at a joining letter of a word the articles also write joined is weighted
        to score as that word would (BM25's idf of the compound over its halves'), times
        JOINING_SPLIT_WEIGHT: the articles that write it as typed come first.
        """
        frequency = self.reader.doc_frequency
        if key[len(a) - 1] in NON_JOINING or frequency(FIELD, key) <= RARE_JOINED_DOCS:
            return 1.0
        docs = self.reader.doc_count_all()
        halves = idf(frequency(FIELD, a), docs) + idf(frequency(FIELD, key[len(a):]), docs)
        return JOINING_SPLIT_WEIGHT * idf(frequency(FIELD, key), docs) / halves

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
        marked = self.marked_splits(word.key, word.raw)
        for a, b in self.splits(word.key, marked):
            weight = 1.0 if (a, b) in marked else self.split_weight(word.key, a)
            options.append(wq.Phrase(FIELD, [a, b], boost=weight))
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
        variants.extend(self.combinations(words))
        options: list[wq.Query] = []
        for variant in variants:
            self.add(positive, tuple((k, False) for k in variant))
            if len(variant) == 1:
                options.append(wq.Term(FIELD, variant[0]))
            else:
                options.append(wq.Phrase(FIELD, list(variant)))
        return options[0] if len(options) == 1 else wq.Or(options)

    def combinations(self, words: tuple[str, ...]) -> list[tuple[str, ...]]:
        """The phrase with two or more of its words replaced by their alternatives at once.

        One word at a time (in :meth:`phrase`) misses a pair typed without both maddas or
        hamzas whose typed forms are themselves indexed words (کوی اپ for کوئی آپ): each
        word alone keeps its typed form first, and only the neighbours together say which
        spelling was meant. Every word's first alternative together first, then by the
        product of the words' weights.
        """
        if len(words) > COMBINATION_WORDS:
            return []
        choices = [[(key, 1.0)] + [(alt, self.alternative_weights.get((key, alt), 0.5))
                                   for alt in self.alternative_keys.get(key, ())
                                   [:COMBINATION_FORMS]] for key in words]
        if sum(len(c) > 1 for c in choices) < 2:
            return []
        found: list[tuple[float, tuple[str, ...]]] = []
        for combination in itertools.product(*choices):
            replaced = sum(form != key for (form, _w), key in zip(combination, words,
                                                                    strict=True))
            if replaced >= 2:
                weight = math.prod(w for _form, w in combination)
                found.append((weight, tuple(form for form, _w in combination)))
        # Every word's likeliest other form together first (a run typed wholly without
        # its marks), then the likeliest mixtures.
        every = tuple(c[1][0] if len(c) > 1 else c[0][0] for c in choices)
        found.sort(key=lambda f: (f[1] != every, -f[0]))
        return [forms for _w, forms in found[:MAX_PHRASE_COMBINATIONS]]

    def add(self, positive: bool, pattern: Pattern) -> None:
        if positive and pattern not in self.patterns:
            self.patterns.append(pattern)


def _plain(children: tuple[Node, ...], i: int) -> Word | None:
    if 0 <= i < len(children):
        child = children[i]
        if isinstance(child, Word) and not child.prefix and not child.exact:
            return child
    return None
