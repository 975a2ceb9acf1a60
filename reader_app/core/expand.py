"""What each typed word is searched as: the word itself, its spelling variants, Roman Urdu.

Runs between parsing and building the Whoosh query, against the index's own vocabulary
(:class:`~reader_app.core.vocab.Lexicon`): a word the index does not hold is replaced by
the form it most likely stands for (اباد → آباد, بهی → بھی, karachi → کراچی), so compound
joining and the phrase boost work on the real word; a word the index holds keeps first
place, and its variants are added with a weight that keeps them below it. ``=word`` is
kept exactly as typed. Nothing here changes the index: these are query-side alternatives.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import TypeVar

from reader_app.core.query import And, Node, Not, Or, Phrase, Word
from reader_app.core.roman import IZAFAT, is_latin
from reader_app.core.text.normalize import display_form
from reader_app.core.text.variants import VARIANT_WEIGHT, Alternative, variant_forms, weigh
from reader_app.core.vocab import Lexicon

ROMAN_ALTERNATIVE_WEIGHT = 0.3
# A Latin word the articles themselves hold is searched first as an Urdu word only when that
# word spells it this closely (report → رپورٹ); a looser one (system → سسٹم) comes after it.
CLOSE_MATCH_COST = 0.5


@dataclass
class Expansion:
    """The rewritten query, each word's extra alternatives, and what was searched for."""

    root: Node | None
    alternatives: dict[Word, tuple[Alternative, ...]] = field(default_factory=dict)
    searched: list[tuple[str, str]] = field(default_factory=list)  # (typed, searched form)

    def note(self, typed: str, key: str) -> None:
        entry = (typed, display_form(key))
        if entry not in self.searched:
            self.searched.append(entry)


def expand(root: Node | None, lexicon: Lexicon, docs: int,
           arabic_heh: Callable[[str], bool] | None = None) -> Expansion:
    """``arabic_heh(key)``: whether the articles write that indexed word with Arabic ه."""
    expansion = Expansion(None)
    expansion.root = _Rewriter(lexicon, docs, expansion, arabic_heh).node(root, positive=True)
    return expansion


class _Rewriter:
    def __init__(self, lexicon: Lexicon, docs: int, expansion: Expansion,
                 arabic_heh: Callable[[str], bool] | None) -> None:
        self.lexicon = lexicon
        self.docs = docs
        self.out = expansion
        self.arabic_heh = arabic_heh
        self.guessed: set[Word] = set()  # words searched as another (Roman, unknown spelling)

    def node(self, node: Node | None, positive: bool) -> Node | None:
        if node is None:
            return None
        if isinstance(node, Word):
            return self.word(node, positive)
        if isinstance(node, Phrase):
            return self.phrase(node, positive)
        if isinstance(node, Not):
            # As the parser does, a NOT of nothing is dropped rather than kept as Not(None).
            child = self.node(node.child, positive=False)
            return Not(child) if child is not None else None
        children = node.children
        if isinstance(node, And):
            children = _without_izafat(children)
        rewritten = [self.node(c, positive) for c in children]
        kept = [c for c in rewritten if c is not None]
        if isinstance(node, And):
            self.prefer_joined(kept)
        if len(kept) == 1:
            return kept[0]
        return Or(tuple(kept)) if isinstance(node, Or) else And(tuple(kept))

    def prefer_joined(self, children: list[Node]) -> None:
        """Between two neighbours' candidates, prefer the pair the index holds joined:
        "wazir e azam" is وزیراعظم, so azam is اعظم there rather than the commoner عزم."""
        counts = self.lexicon.counts
        for i in range(len(children) - 1):
            left, right = children[i], children[i + 1]
            if not (isinstance(left, Word) and isinstance(right, Word)):
                continue
            if left.prefix or right.prefix or left.key + right.key in counts:
                continue
            lefts, rights = self.choices(left), self.choices(right)
            pair = next(((a, b) for a in lefts for b in rights if a + b in counts), None)
            if pair:
                children[i] = self.promote(left, pair[0])
                children[i + 1] = self.promote(right, pair[1])

    def choices(self, word: Word) -> list[str]:
        """A guessed word may be any of its candidates; a word typed as indexed stays itself."""
        if word not in self.guessed:
            return [word.key]
        return [word.key, *(a.key for a in self.out.alternatives.get(word, ()))]

    def promote(self, word: Word, key: str) -> Word:
        if key == word.key:
            return word
        alternatives = self.out.alternatives.pop(word, ())
        chosen = replace(word, key=key)
        weight = max((a.weight for a in alternatives), default=ROMAN_ALTERNATIVE_WEIGHT)
        self.out.alternatives[chosen] = tuple(
            [Alternative(word.key, weight)] + [a for a in alternatives if a.key != key])
        self.guessed.add(chosen)
        shown = (word.raw, display_form(key))
        if shown in self.out.searched:  # what is searched first is named first
            self.out.searched.remove(shown)
            self.out.searched.insert(0, shown)
        return chosen

    def word(self, word: Word, positive: bool) -> Word:
        if word.prefix or word.exact:
            return word
        counts = self.lexicon.counts
        if word.key in counts and is_latin(word.raw):
            return self.latin_in_index(word, positive)
        if word.key in counts:
            forms = variant_forms(word.raw, word.key, self.lexicon.variants, self.arabic_heh)
            alternatives = weigh(word.key, forms, counts, self.docs)
            if alternatives:
                self.out.alternatives[word] = tuple(alternatives)
                if positive:
                    for alt in alternatives:
                        self.out.note(word.raw, alt.key)
            return word
        if is_latin(word.raw):
            keys = [m.key for m in self.lexicon.roman.lookup(word.key)]
            weights = [1.0] + [ROMAN_ALTERNATIVE_WEIGHT] * (len(keys) - 1)
        else:
            keys = variant_forms(word.raw, word.key, self.lexicon.variants, self.arabic_heh)
            weights = [1.0] + [VARIANT_WEIGHT] * (len(keys) - 1)
        if not keys:
            return word
        primary = replace(word, key=keys[0])
        self.guessed.add(primary)
        self.out.alternatives[primary] = tuple(
            Alternative(k, w) for k, w in zip(keys[1:], weights[1:], strict=True))
        if positive:
            for key in keys:
                self.out.note(word.raw, key)
        return primary

    def latin_in_index(self, word: Word, positive: bool) -> Word:
        """A Latin word the index also holds (pakistan, report in an English aside): the
        Urdu word it stands for comes first when that is a close match and at least as
        common; otherwise the word as the articles write it comes first."""
        matches = self.lexicon.roman.lookup(word.key)
        counts = self.lexicon.counts
        if not matches:
            return word
        keys = [m.key for m in matches]
        if matches[0].cost > CLOSE_MATCH_COST or counts.get(keys[0], 0) < counts[word.key]:
            # The word as written first; the Urdu words it may stand for after it.
            self.out.alternatives[word] = tuple(
                Alternative(k, ROMAN_ALTERNATIVE_WEIGHT) for k in keys)
            if positive:
                for key in keys:
                    self.out.note(word.raw, key)
            return word
        primary = replace(word, key=keys[0])
        self.guessed.add(primary)
        self.out.alternatives[primary] = tuple(
            [Alternative(word.key, ROMAN_ALTERNATIVE_WEIGHT)]
            + [Alternative(k, ROMAN_ALTERNATIVE_WEIGHT) for k in keys[1:]])
        if positive:
            for key in keys:
                self.out.note(word.raw, key)
        return primary

    def phrase(self, phrase: Phrase, positive: bool) -> Node | None:
        """Each word of a phrase as its single most likely form (no alternatives inside).

        A phrase with Roman Urdu in it (wazir-e-azam) is searched as its words: the Roman
        words' candidates are too loose for an exact sequence, and the words still rank
        first where they stand together.
        """
        words = _without_izafat(tuple(Word(k, k) for k in phrase.words))
        if any(is_latin(w.key) and w.key not in self.lexicon.counts for w in words):
            return self.node(And(words) if len(words) > 1 else words[0], positive)
        keys = []
        for w in words:
            best = self.word(w, positive=False)
            self.out.alternatives.pop(best, None)
            if best.key != w.key and positive:
                self.out.note(w.raw, best.key)
            keys.append(best.key)
        if not keys:
            return None
        return Phrase(tuple(keys)) if len(keys) > 1 else Word(keys[0], keys[0])


_N = TypeVar("_N", bound=Node)


def _without_izafat(children: tuple[_N, ...]) -> tuple[_N, ...]:
    """Drop the izafat "e" of Roman Urdu (wazir e azam, wazir-e-azam) between Latin words.

    Generic in the node type so that a phrase's words come back typed as words.
    """
    def latin(i: int) -> bool:
        if not 0 <= i < len(children):
            return False
        child = children[i]
        return isinstance(child, Word) and is_latin(child.raw)

    kept: list[_N] = []
    for i, child in enumerate(children):
        if (isinstance(child, Word) and child.key in IZAFAT and not child.exact
                and latin(i - 1) and latin(i + 1)):
            continue
        kept.append(child)
    return tuple(kept)
