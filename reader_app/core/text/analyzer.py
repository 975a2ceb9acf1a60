"""The Whoosh analyzer for Urdu: one tokenizer that finds words and folds them.

Whoosh's default ``RegexTokenizer`` splits words at combining marks and ZWNJ and knows
nothing of Urdu spellings; this one keeps marks and joiners inside the word, folds it with
:func:`~reader_app.core.text.normalize.fold`, and reports offsets into the original text.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from itertools import accumulate, compress, count
from pickle import dumps

from whoosh.analysis import Analyzer, Token, Tokenizer
from whoosh.formats import Characters, Positions
from whoosh.system import pack_uint

from reader_app.core.text.normalize import KEY_BYTES, WORD_RE, WORD_SPLIT_RE, fold


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


def word_postings(value: str) -> list[tuple[bytes, int, bytes]]:
    """(term bytes, frequency, encoded value) of every distinct word of ``value``, in order
    of first occurrence: what ``Characters.word_values`` gives for :class:`UrduTokenizer`
    (the value is Whoosh's ``Characters.encode`` of the word's (position, start, end) list,
    byte for byte), with the key already UTF-8, as the index stores it.

    Indexing spends its time per word, so the per-word steps here are C-level passes over
    the whole article: one ``split`` finds the words and the separators between them, their
    lengths give every offset (``accumulate``), and the folded keys come from the
    :data:`~reader_app.core.text.normalize.KEY_BYTES` cache. The one Python loop left
    makes each occurrence's delta triple as ``Characters.encode`` would, as it scans.
    """
    parts = WORD_SPLIT_RE.split(value)
    bounds = list(accumulate(map(len, parts)))
    keys = list(map(KEY_BYTES.__getitem__, parts[1::2]))
    starts = bounds[0::2]
    ends = bounds[1::2]
    if b"" in keys:  # a "word" of marks or joiners alone: no key, and no position
        keep = list(map(bool, keys))
        keys = list(compress(keys, keep))
        starts = list(compress(starts, keep))
        ends = list(compress(ends, keep))
    # key -> [deltas, last position, last end]: Characters.encode's deltas, made in order.
    found: dict[bytes, list] = {}
    get = found.get
    for pos, key, start, end in zip(count(), keys, starts, ends):
        entry = get(key)
        if entry is None:
            found[key] = [[(pos, start, end - start)], pos, end]
        else:
            entry[0].append((pos - entry[1], start - entry[2], end - start))
            entry[1] = pos
            entry[2] = end
    return [(key, len(deltas), pack_uint(len(deltas)) + dumps(deltas, 2))
            for key, (deltas, _pos, _end) in found.items()]


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
        boost = self.field_boost
        for tbytes, freq, vbytes in word_postings(value):
            yield tbytes.decode("utf-8"), freq, freq * boost, vbytes

    def index_postings(self, value: object, analyzer: Analyzer
                       ) -> list[tuple[bytes, int, float, bytes]] | None:
        """:func:`word_postings` for the index writer (``core/writer.py``) as ``field.index``
        gives them, (term bytes, freq, weight, value), but with the term bytes as they are
        (no generator, no encoding per word); None when the analyzer is not this module's,
        and Whoosh's way must be taken."""
        if not isinstance(analyzer, UrduTokenizer) or not isinstance(value, str):
            return None
        boost = self.field_boost
        return [(tbytes, freq, freq * boost, vbytes)
                for tbytes, freq, vbytes in word_postings(value)]
