"""Hits' ranges and snippets, made when a hit is shown, and the texts they are made from.

A search fills only the first hits a pane shows; the rest stay ``pending`` until
:meth:`~reader_app.core.search.Searcher.fill`. Ranges come from the postings' character
offsets while the index is the one searched, else from each file's words.
"""

from __future__ import annotations

import html
from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from reader_app.core import evaluate
from reader_app.core.index import stored_text
from reader_app.core.library import (
    MAX_FILE_BYTES,
    Article,
    DecodeError,
    decode_text,
    normalize_newlines,
)
from reader_app.core.results import Hit
from reader_app.core.text.highlight import Pattern, find_ranges, make_snippet, merge_ranges


def offset_ranges(patterns: Iterable[Pattern], expanded: dict[str, list[str]],
                  offsets: dict[str, evaluate.Chars]) -> list[tuple[int, int]]:
    """What ``find_ranges`` finds in the text, from the postings' character offsets.

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


def published(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


@dataclass
class FillState:
    """What ``Searcher.fill`` needs of a search: the Whoosh searcher it read (its document
    numbers hold only for it), the patterns to mark, and each hit's number and stored
    fields by path."""

    searcher: Any
    patterns: list[Pattern]
    expanded: dict[str, list[str]]
    # by (path, item): a dataset's rows share one path
    docs: dict[tuple[Path, int | None], tuple[int, dict[str, Any]]] = field(
        default_factory=dict)



class TextCache:
    """Result files' texts, the last ``size`` of them, each while its file is unchanged.

    Only the text: titles, hashes and paragraphs (read_article) are not needed for snippets.
    Not locked: the searcher reads it only under the index's read lock.
    """

    def __init__(self, size: int = 64) -> None:
        self.size = size
        self._texts: OrderedDict[tuple[str, float, int], str | None] = OrderedDict()

    def text(self, path: Path) -> tuple[str | None, tuple[float, int] | None]:
        """A result file's text and its (mtime, size); None, None when it is gone."""
        try:
            st = path.stat()
        except OSError:
            return None, None
        state = (st.st_mtime, st.st_size)
        key = (str(path), *state)
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
        if len(self._texts) > self.size:
            self._texts.popitem(last=False)
        return text, state


def hit_text(hit: Hit, doc: tuple[int, dict[str, Any]] | None,
             stored_article: Callable[[Path, int | None], Article | None],
             texts: TextCache) -> tuple[str | None, tuple[float, int] | None]:
    """The text a hit's snippet is made from: a page's, feed item's or row's own text as
    indexed (its file is a whole dataset), else the ``.txt`` file's."""
    if doc is not None:
        own = stored_text(doc[1])
        if own is not None:
            return own, (doc[1]["mtime"], doc[1]["size"])
    if hit.path.suffix.lower() != ".txt":
        article = stored_article(hit.path, hit.item)  # after a refresh
        if article is not None:
            return article.text, (article.mtime, article.size)
        return None, None  # changed since: its raw file is no snippet
    return texts.text(hit.path)


def fill_hits(state: FillState, hits: list[Hit], evaluation: evaluate.Evaluation,
              text_of: Callable[[Hit, tuple[int, dict[str, Any]] | None],
                                tuple[str | None, tuple[float, int] | None]]) -> list[Hit]:
    """``hits`` with their ranges and snippets; those already filled come back as they are.

    Ranges come from the character offsets in the postings when the file is as it was
    indexed; a changed file (or an index without offsets) has its words read again.
    """
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
        text, file_state = text_of(hit, doc)
        if text is None:
            body, ranges = "", []
        elif (offsets is not None and doc is not None
              and file_state == (doc[1]["mtime"], doc[1]["size"])):
            body, ranges = text, offset_ranges(patterns, state.expanded, offsets[doc[0]])
        else:
            body, ranges = text, find_ranges(text, patterns)
        done = replace(hit, ranges=ranges, pending=False, snippet=make_snippet(
            body, ranges) if text is not None else
            html.escape("(the file is no longer there)"))
        filled[id(hit)] = done
    return [filled.get(id(hit), hit) for hit in hits]
