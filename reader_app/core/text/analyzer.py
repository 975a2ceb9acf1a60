"""The Whoosh analyzer for Urdu: one tokenizer that finds words and folds them.

Whoosh's default ``RegexTokenizer`` splits words at combining marks and ZWNJ and knows
nothing of Urdu spellings; this one keeps marks and joiners inside the word, folds it with
:func:`~reader_app.core.text.normalize.fold`, and reports offsets into the original text.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from whoosh.analysis import Analyzer, Token, Tokenizer
from whoosh.formats import Characters, Positions

from reader_app.core.text.normalize import WORD_RE, fold


class UrduTokenizer(Tokenizer):
    """Yields folded words; ``startchar``/``endchar`` point at the original glyphs."""

    def __call__(  # Whoosh's tokenizer protocol
        self,
        value: str,
        positions: bool = False,
        chars: bool = False,
        keeporiginal: bool = False,
        removestops: bool = True,
        start_pos: int = 0,
        start_char: int = 0,
        tokenize: bool = True,
        mode: str = "",
        **kwargs: object,
    ) -> Iterator[Token]:
        token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        if not tokenize:
            token.original = value
            token.text = fold(value)
            token.boost = 1.0
            if positions:
                token.pos = start_pos
            if chars:
                token.startchar, token.endchar = start_char, start_char + len(value)
            yield token
            return
        pos = start_pos
        for match in WORD_RE.finditer(value):
            key = fold(match.group())
            if not key:
                continue
            token.text = key
            token.boost = 1.0
            token.stopped = False
            if keeporiginal:
                token.original = match.group()
            if positions:
                token.pos = pos
                pos += 1
            if chars:
                token.startchar = start_char + match.start()
                token.endchar = start_char + match.end()
            yield token


def UrduAnalyzer() -> Analyzer:  # named like Whoosh's analyzer factories
    """The analyzer used for both indexing and queries, so both fold the same way."""
    return UrduTokenizer()


class UrduPositions(Positions):
    """Whoosh's positions format, fed straight from the word finder when indexing.

    Indexing spends most of its time per word; skipping Whoosh's Token objects and generator
    chain here makes a large build noticeably faster with exactly the same postings.
    """

    def word_values(self, value: str, analyzer: Analyzer, **kwargs: object):
        if not isinstance(analyzer, UrduTokenizer):
            yield from super().word_values(value, analyzer, **kwargs)
            return
        poses: dict[str, list[int]] = defaultdict(list)
        keys = (fold(m.group()) for m in WORD_RE.finditer(value))
        for pos, key in enumerate(k for k in keys if k):
            poses[key].append(pos)
        boost = self.field_boost
        for word, poslist in poses.items():
            yield word, len(poslist), len(poslist) * boost, self.encode(poslist)


class UrduCharacters(Characters):
    """Whoosh's characters format (position, start, end of every occurrence), fed like
    :class:`UrduPositions`.

    With the offsets in the postings, a search marks its hits in a result without reading
    the article's words again: tokenising each result file was most of a search's time.
    """

    def word_values(self, value: str, analyzer: Analyzer, **kwargs: object):
        if not isinstance(analyzer, UrduTokenizer):
            yield from super().word_values(value, analyzer, **kwargs)
            return
        found: dict[str, list[tuple[int, int, int]]] = defaultdict(list)
        pos = 0
        for match in WORD_RE.finditer(value):
            key = fold(match.group())
            if key:
                found[key].append((pos, match.start(), match.end()))
                pos += 1
        boost = self.field_boost
        for word, chars in found.items():
            yield word, len(chars), len(chars) * boost, self.encode(chars)
