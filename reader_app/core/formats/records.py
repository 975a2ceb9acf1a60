"""The plain record every reader in this package yields, and the reason a piece was skipped.

A saved page, a feed file or a dataset file holds one or many articles; each becomes an
:class:`ArticleRecord` carrying plain text (never HTML) plus the facts a person sorts and
filters by. Anything that cannot be read becomes a :class:`RecordSkip` that says where (file,
and row or item) and why, so one bad row never costs the rest of a 100,000-row file.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from reader_app.core.library import derive_title, normalize_newlines, split_paragraphs
from reader_app.core.messages import QT_TRANSLATE_NOOP, Message, text_of

# One dataset paragraph is often the whole article on one line; longer than this, it is cut
# at sentence ends so the viewer and the PDF show readable blocks instead of one wall of text.
LONG_PARAGRAPH = 700
_SENTENCE = re.compile(r"[^۔؟!?.]*[۔؟!?.]+[\"'”’)\]]*\s*|[^۔؟!?.]+$")
_HTML_TAG = re.compile(r"</?(?:p|br|div|span|a|b|i|em|strong|h[1-6]|li|ul|ol|img)\b[^>]*>", re.I)
_ENTITY = re.compile(r"&(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z]{2,8});", re.I)


@dataclass(frozen=True)
class ArticleRecord:
    """One article read from a page, a feed item or a dataset row, as plain text."""

    title: str
    """The headline as the publisher wrote it (site suffix removed); when the file has none,
    the first sentence, and :attr:`title_from_text` says so, so the list can mark a guess."""
    paragraphs: tuple[str, ...]
    """Plain-text paragraphs in reading order: what the viewer lays out and the PDF prints."""
    path: Path
    """The file the article came from: the library's key for refresh and "show in folder"."""
    item: int | None = None
    """1-based row, line or entry number inside a multi-article file; ``None`` for a file
    that is one article. With :attr:`path` it names the article uniquely and stably."""
    published: datetime | None = None
    """Publication time (always timezone-aware) when the file says it; ``None`` when it does
    not, so the interface can show the file time *as* a file time instead of a fake date."""
    source: str | None = None
    """The site (og:site_name, publisher, feed title) or the dataset's own name: the list's
    Source column and filter."""
    author: str | None = None
    """The byline, without the page's hidden labels ("مصنف,")."""
    category: str | None = None
    """The publisher's section or the dataset's label (کھیل، کاروبار …), for filtering."""
    url: str | None = None
    """Where the article lives online (canonical link first); opened only on a click."""
    summary: str | None = None
    """A summary the file carries (XL-Sum ``summary``, a feed's description beside its full
    content); never invented."""
    title_from_text: bool = False
    """True when :attr:`title` was derived from the first sentence, not given by the file."""
    format: str = ""
    """Which reader produced it (``html``, ``feed``, ``csv``, ``tsv``, ``jsonl``, ``json``)."""

    @property
    def text(self) -> str:
        """The article as one string, a paragraph a line: what is indexed and searched."""
        return "\n".join(self.paragraphs)


@dataclass(frozen=True)
class RecordSkip:
    """A file, or one row or item of it, that was not read, and why, in plain words."""

    path: Path
    reason: str
    item: int | None = None
    """The row/line/item number, or ``None`` when the whole file was skipped."""
    unit: str = "row"
    """The word for :attr:`item` in messages: "row" (CSV), "line" (JSON Lines), "item"."""

    def __str__(self) -> str:
        where = str(self.path) if self.item is None else f"{self.path}, {self.unit} {self.item}"
        return f"{where}: {self.reason}"

    @property
    def message(self) -> Message:
        """``str(self)`` as a Message: the reason and the word for the place translatable,
        the path as it is, the number in the window's digits."""
        reason = text_of(self.reason)
        if self.item is None:
            return Message(QT_TRANSLATE_NOOP("Core", "{path}: {reason}"), path=str(self.path),
                           reason=reason)
        template = {
            "line": QT_TRANSLATE_NOOP("Core", "{path}, line {item:d}: {reason}"),
            "item": QT_TRANSLATE_NOOP("Core", "{path}, item {item:d}: {reason}"),
        }.get(self.unit, QT_TRANSLATE_NOOP("Core", "{path}, row {item:d}: {reason}"))
        return Message(template, path=str(self.path), item=self.item, reason=reason)


def clean_line(text: str) -> str:
    """One line of plain text: spaces collapsed, no stray format characters at the ends."""
    # most dataset lines are already clean; isprintable() is False for every space but " "
    # (no-break, thin, tab…) and for format characters, so only those lines are rebuilt
    if "  " in text or not text.isprintable():
        text = " ".join(text.split())  # str.split knows every Unicode space
    return text.strip(" \u200b\u200c\u200e\u200f\ufeff")


def plain_text(text: str) -> str:
    """Dataset and feed fields sometimes carry HTML or entities; make them plain text.

    A field that contains common tags is parsed as HTML (tags gone, entities decoded, block
    ends kept as line breaks); otherwise only character entities are decoded, so a literal
    ``<`` or ``&`` in prose survives.
    """
    if _HTML_TAG.search(text):
        from reader_app.core.formats.htmltext import fragment_paragraphs

        return "\n".join(fragment_paragraphs(text))
    if _ENTITY.search(text):
        text = html.unescape(text)
    return text


def paragraphs_of(text: str) -> tuple[str, ...]:
    """Paragraphs of plain text: a line each (library.split_paragraphs), long lines cut.

    Datasets often store an article on one line; such a line is cut after the sentence end
    (۔ ؟ ! .) nearest below :data:`LONG_PARAGRAPH` characters, never inside a sentence.
    """
    out: list[str] = []
    for para in split_paragraphs(normalize_newlines(text)):
        para = clean_line(para)
        if not para:
            continue
        if len(para) <= LONG_PARAGRAPH:
            out.append(para)
            continue
        block = ""
        for sentence in _SENTENCE.findall(para):
            if block and len(block) + len(sentence) > LONG_PARAGRAPH:
                out.append(block.strip())
                block = ""
            block += sentence
        if block.strip():
            out.append(block.strip())
    return tuple(out)


def make_record(
    *,
    path: Path,
    text: str | tuple[str, ...],
    title: str | None,
    fmt: str,
    item: int | None = None,
    **facts: object,
) -> ArticleRecord | None:
    """Build a record from extracted pieces, or ``None`` when there is no text at all.

    The title falls back to the first sentence (library.derive_title); a first paragraph
    identical to a given title is dropped, so the heading is not printed twice.
    """
    paragraphs = text if isinstance(text, tuple) else paragraphs_of(text)
    title = clean_line(title or "")
    from_text = not title
    if from_text:
        title = derive_title("\n".join(paragraphs), path.stem if item is None else
                             f"{path.stem} {item}")
    elif paragraphs and _same(paragraphs[0], title):
        paragraphs = paragraphs[1:]
    if not paragraphs:
        return None
    cleaned = {k: (clean_line(v) or None) if isinstance(v, str) else v for k, v in facts.items()}
    return ArticleRecord(title=title, paragraphs=paragraphs, path=path, item=item,
                         title_from_text=from_text, format=fmt, **cleaned)  # type: ignore[arg-type]


def _same(a: str, b: str) -> bool:
    strip = "۔.:؛ "
    return " ".join(a.split()).strip(strip) == " ".join(b.split()).strip(strip)
