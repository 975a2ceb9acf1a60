"""The plain types the core answers with: articles as listed, what a refresh did, one
search's results, and the error whose message is meant for people. Kept apart from the
modules that import Whoosh, so the window and scripts can name them without loading it."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from reader_app.core.library import Skipped
from reader_app.core.messages import ReaderError
from reader_app.core.text.highlight import Pattern


@dataclass(frozen=True)
class ArticleInfo:
    """What the article list shows, read from the index without opening the files."""

    id: str
    path: Path
    title: str
    mtime: float
    size: int
    length: int
    content_hash: str
    # A multi-article file's row or entry (1-based); with ``path`` it names the article.
    item: int | None = None
    published: datetime | None = None  # when the file says; None: show mtime as file time
    source: str | None = None
    author: str | None = None
    category: str | None = None
    url: str | None = None
    # The same text stored elsewhere too: (path, item) of each other copy, listed once here.
    also_in: tuple[tuple[Path, int | None], ...] = ()

    @classmethod
    def from_stored(cls, fields: dict) -> ArticleInfo:
        published = fields.get("published")
        return cls(
            id=fields["id"],
            path=Path(fields["path"]),
            title=fields["title"],
            mtime=fields["mtime"],
            size=fields["size"],
            length=fields["length"],
            content_hash=fields["hash"],
            item=fields.get("item"),
            published=datetime.fromisoformat(published) if published else None,
            source=fields.get("source"),
            author=fields.get("author"),
            category=fields.get("category"),
            url=fields.get("url"),
        )


@dataclass
class RefreshReport:
    """What a build or refresh did, for the status bar, the CLI and tests."""

    added: int = 0
    updated: int = 0
    removed: int = 0
    unchanged: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    cancelled: bool = False

    @property
    def changed(self) -> int:
        return self.added + self.updated + self.removed


class IndexError_(ReaderError, RuntimeError):
    """A problem with the index a person must be told about: ``str(exc)`` in English,
    ``exc.message`` translatable by the window."""


@dataclass
class Hit:
    """One matching article, with every hit as a character range of its original text."""

    path: Path
    id: str
    title: str
    score: float
    snippet: str
    ranges: list[tuple[int, int]]
    item: int | None = None
    published: datetime | None = None
    source: str | None = None
    url: str | None = None
    # Its snippet and ranges are not made yet (Searcher.search(snippets=N) made them only
    # for the first N hits): Searcher.fill makes them.
    pending: bool = False


@dataclass
class SearchResponse:
    """One answer. ``total`` is the exact number of matching articles when ``total_exact``;
    otherwise (the time budget ran out, or a prefix was searched as its commonest words
    only) it is a lower bound to show as "about N". ``cancelled``: the caller gave up."""

    query: str
    hits: list[Hit] = field(default_factory=list)
    total: int = 0
    # Notes for the person (a query cut short, a slow search): a Message from the core, so
    # the window shows it in its language (a str, so English wherever it is printed).
    message: str | None = None
    suggestion: str | None = None
    patterns: list[Pattern] = field(default_factory=list)
    # When ``query`` found nothing and a correction did: the corrected query, whose
    # results these are ("Showing results for … · Search instead for …").
    corrected: str | None = None
    # What was searched besides the words as typed: (typed word, form searched), composed.
    searched: list[tuple[str, str]] = field(default_factory=list)
    total_exact: bool = True
    cancelled: bool = False
    # What Searcher.fill needs to make the pending hits' snippets (search.py's _FillState).
    fill_state: object = field(default=None, repr=False, compare=False)
