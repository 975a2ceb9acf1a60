"""Parsing what people type into the search box, forgivingly.

Syntax: words (all must match), ``"phrases"``, ``OR``, ``NOT word`` / ``-word``,
``prefix*``, ``=word`` (exactly as typed: no spelling variants, no Roman Urdu) and
parentheses. Nothing typed is an error: an unclosed quote or bracket, a
stray operator or a lone ``*`` is read as plainly as possible, and what cannot be searched
at all comes back as an empty query with a message.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from reader_app.core.messages import QT_TRANSLATE_NOOP, Message
from reader_app.core.text.normalize import iter_words

MAX_TERM_CHARS = 64
MIN_PREFIX_CHARS = 2
# What any query may cost is bounded here, before the index is asked anything: brackets
# deeper than this are read as plain grouping (no recursion grows with what is typed), and
# words past the cap are left out (a pasted book is not 20,000 lookups).
MAX_DEPTH = 16
MAX_WORDS = 256
MAX_PHRASE_WORDS = 16

_LEXER = re.compile(r'"(?P<phrase>[^"]*)"?|(?P<open>\()|(?P<close>\))|(?P<word>[^\s"()]+)')


@dataclass(frozen=True)
class Word:
    """One folded word; ``raw`` is what the person typed, for "did you mean"."""

    key: str
    raw: str
    prefix: bool = False
    exact: bool = False


@dataclass(frozen=True)
class Phrase:
    words: tuple[str, ...]


@dataclass(frozen=True)
class Not:
    child: Node


@dataclass(frozen=True)
class And:
    children: tuple[Node, ...]


@dataclass(frozen=True)
class Or:
    children: tuple[Node, ...]


Node = Word | Phrase | Not | And | Or


@dataclass
class ParsedQuery:
    """The query tree (``None`` when there is nothing to search) and notes for the person."""

    text: str
    root: Node | None
    messages: list[str] = field(default_factory=list)

    def positive_words(self) -> list[Word]:
        return [w for w in _walk_positive(self.root) if isinstance(w, Word)]


def _walk_positive(node: Node | None):
    if node is None or isinstance(node, Not):
        return
    if isinstance(node, And | Or):
        for child in node.children:
            yield from _walk_positive(child)
    else:
        yield node


def _tokens(text: str) -> list[tuple[str, str]]:
    """The (kind, text) of each lexer match; the kind is the name of the group that matched."""
    tokens = []
    for m in _LEXER.finditer(text):
        kind = m.lastgroup
        assert kind is not None  # every alternative of _LEXER is a named group
        tokens.append((kind, m.group(kind) or ""))
    return tokens


class _Parser:
    def __init__(self, text: str) -> None:
        self.tokens = _tokens(text)
        self.i = 0
        self.depth = 0
        self.words = 0
        self.messages: list[str] = []

    def peek(self) -> tuple[str | None, str]:
        return self.tokens[self.i] if self.i < len(self.tokens) else (None, "")

    def parse(self) -> Node | None:
        nodes = []
        while self.i < len(self.tokens):
            node = self.parse_or()
            if node is not None:
                nodes.append(node)
            if self.peek()[0] == "close":  # a stray ")" is skipped
                self.i += 1
        return _and(nodes)

    def parse_or(self) -> Node | None:
        options = [self.parse_and()]
        while self.peek() == ("word", "OR"):
            self.i += 1
            options.append(self.parse_and())
        kept = [o for o in options if o is not None]
        if not kept:
            return None
        return kept[0] if len(kept) == 1 else Or(tuple(kept))

    def parse_and(self) -> Node | None:
        items: list[Node] = []
        while True:
            kind, value = self.peek()
            if kind is None or kind == "close" or (kind, value) == ("word", "OR"):
                break
            if (kind, value) == ("word", "AND"):
                self.i += 1
                continue
            node = self.parse_unary()
            if node is not None:
                items.append(node)
        return _and(items)

    def parse_unary(self) -> Node | None:
        kind, value = self.peek()
        if (kind, value) == ("word", "NOT"):
            self.i += 1
            child = self.parse_atom() if self.peek()[0] not in (None, "close") else None
            return Not(child) if child is not None else None
        if kind == "word" and value.startswith("-") and len(value) > 1:
            self.i += 1
            child = self.word_node(value[1:])
            return Not(child) if child is not None else None
        return self.parse_atom()

    def parse_atom(self) -> Node | None:
        kind, value = self.peek()
        self.i += 1
        if kind == "open":
            if self.depth >= MAX_DEPTH:
                # Deeper brackets are dropped: what they held joins the group around them,
                # and their ")" closes an outer group or is skipped as stray.
                self.note(Message(QT_TRANSLATE_NOOP(
                    "Core", "Brackets nested more than {depth} deep are ignored."),
                    depth=MAX_DEPTH))
                return None
            self.depth += 1
            node = self.parse_or()
            self.depth -= 1
            if self.peek()[0] == "close":
                self.i += 1
            return node
        if kind == "phrase":
            keys = self.count(tuple(self.clip(k) for k, _, _ in iter_words(value)))
            if len(keys) > MAX_PHRASE_WORDS:
                self.note(_phrase_words())
                keys = keys[:MAX_PHRASE_WORDS]
            if not keys:
                return None
            return Word(keys[0], value) if len(keys) == 1 else Phrase(keys)
        if kind == "word":
            return self.word_node(value)
        return None

    def word_node(self, raw: str) -> Node | None:
        exact = raw.startswith("=") and len(raw) > 1
        raw = raw[1:] if exact else raw
        prefix = raw.endswith("*")
        keys = list(self.count(tuple(self.clip(k) for k, _, _ in iter_words(raw))))
        if len(keys) > MAX_PHRASE_WORDS:
            self.note(_phrase_words())
            keys, prefix = keys[:MAX_PHRASE_WORDS], False
        if not keys:
            if prefix and self.words < MAX_WORDS:
                self.note(_prefix_letters())
            return None
        if prefix and len(keys[-1]) < MIN_PREFIX_CHARS:
            self.note(_prefix_letters())
            prefix = False
        if len(keys) == 1:
            return Word(keys[0], raw.rstrip("*"), prefix, exact and not prefix)
        if prefix:  # "وزیر-دف*": the words before must match, the last one is a prefix
            return And((Phrase(tuple(keys[:-1])), Word(keys[-1], raw, True)))
        return Phrase(tuple(keys))

    def count(self, keys: tuple[str, ...]) -> tuple[str, ...]:
        """``keys`` as far as the query's word budget allows."""
        room = MAX_WORDS - self.words
        if len(keys) > room:
            self.note(Message(QT_TRANSLATE_NOOP(
                "Core", "Only the first {count} words are searched."), count=MAX_WORDS))
            keys = keys[:max(room, 0)]
        self.words += len(keys)
        return keys

    def clip(self, key: str) -> str:
        if len(key) > MAX_TERM_CHARS:
            self.note(Message(QT_TRANSLATE_NOOP(
                "Core", "Words longer than {count} letters are shortened."), count=MAX_TERM_CHARS))
            return key[:MAX_TERM_CHARS]
        return key

    def note(self, message: str) -> None:
        if message not in self.messages:
            self.messages.append(message)


def _phrase_words() -> Message:
    return Message(QT_TRANSLATE_NOOP("Core", "Only the first {count} words of a phrase are "
                                             "searched."), count=MAX_PHRASE_WORDS)


def _prefix_letters() -> Message:
    return Message(QT_TRANSLATE_NOOP("Core", "Type at least {count} letters before *."),
                   count=MIN_PREFIX_CHARS)


def _and(items: list[Node]) -> Node | None:
    if not items:
        return None
    return items[0] if len(items) == 1 else And(tuple(items))


def parse_query(text: str) -> ParsedQuery:
    """Parse without ever raising; the result says why it is empty when it is."""
    parser = _Parser(text)
    root = parser.parse()
    parsed = ParsedQuery(text, root, parser.messages)
    if root is not None and not parsed.positive_words() and not _has_phrase(root):
        parsed.root = None
        parsed.messages.append(Message(QT_TRANSLATE_NOOP(
            "Core", "Add a word to search for: NOT and - only leave words out.")))
    if root is None and text.strip() and not parsed.messages:
        parsed.messages.append(Message(QT_TRANSLATE_NOOP(
            "Core", "There is no word to search for in this query.")))
    return parsed


def _has_phrase(node: Node | None) -> bool:
    return any(isinstance(n, Phrase) for n in _walk_positive(node))
