"""What one article is in the index: the schema, the stored document made from an
:class:`~reader_app.core.library.Article`, its unique key, and its stored text."""

from __future__ import annotations

import os
import zlib

from whoosh.fields import ID, STORED, TEXT, Schema

from reader_app.core.library import Article, Skipped, text_hash
from reader_app.core.messages import QT_TRANSLATE_NOOP, Message
from reader_app.core.text.analyzer import UrduAnalyzer, UrduCharacters

# 2: character offsets in the content postings; 3: an article per page, feed item or
# dataset row (key = path + item), with its publication facts, text hash and stored body
SCHEMA_VERSION = 3


def make_schema() -> Schema:
    """``key`` names one article (a file, or a row/entry of one: :func:`article_key`);
    ``path`` is shared by every article of a file, so a changed file's articles are all
    deleted by one term. ``body`` holds the text of articles that are not ``.txt`` files
    (a row of a 100 MB dataset, a page's extracted text): snippets and hit ranges need it,
    and reading it back from the file would mean parsing the file again per hit."""
    return Schema(
        key=ID(stored=True, unique=True),
        path=ID(stored=True),
        id=ID(stored=True),
        content=_content_field(),
        title=STORED,
        mtime=STORED,
        size=STORED,
        length=STORED,
        hash=STORED,
        dup=STORED,  # library.text_hash: the same article in several files or rows
        item=STORED,
        published=STORED,  # ISO 8601 with its offset, or None
        source=STORED,
        author=STORED,
        category=STORED,
        url=STORED,
        title_from_text=STORED,
        body=STORED,  # zlib-compressed UTF-8 text, or None for a .txt file (read from it)
        columns=STORED,  # the column mapping the file was read with ("" when none)
    )


def _content_field() -> TEXT:
    field = TEXT(analyzer=UrduAnalyzer(), phrase=True, spelling=True)
    # Offsets, not only positions: a search marks its hits from the postings (search.py).
    field.format = UrduCharacters(field_boost=field.format.field_boost)
    return field


def path_key(path: str) -> str:
    """The indexed form of a path: itself, or for a name that is not valid UTF-8 (kept as
    surrogates, which Whoosh cannot encode) its bytes in hex. The stored field keeps the
    real path, so the file can be opened again."""
    try:
        path.encode("utf-8")
    except UnicodeEncodeError:
        return "bytes:" + os.fsencode(path).hex()
    return path


def indexable(result: Article | Skipped) -> Article | Skipped:
    """The article, or a skip with its reason when Whoosh could not store it: one file must
    never stop the rest of the library (in a sub-writer process it would lose many)."""
    if isinstance(result, Skipped):
        return result
    try:
        for value in (result.text, result.title, result.id, result.content_hash):
            value.encode("utf-8")
    except UnicodeEncodeError:
        return Skipped(result.path, Message(QT_TRANSLATE_NOOP(
            "Core", "its text cannot be stored (not valid Unicode)")))
    return result


def document(article: Article, columns: str = "") -> dict:
    is_txt = article.path.suffix.lower() == ".txt"
    return {
        "key": article_key(str(article.path), article.item),
        "path": path_key(str(article.path)),
        "_stored_path": str(article.path),
        "id": article.id,
        "content": article.text,
        "title": article.title,
        "mtime": article.mtime,
        "size": article.size,
        "length": article.length,
        "hash": article.content_hash,
        # empty files are not "the same article" as each other: each is listed
        "dup": text_hash(article.text) if article.text.strip() else "",
        "item": article.item,
        "published": article.published.isoformat() if article.published else None,
        "source": article.source,
        "author": article.author,
        "category": article.category,
        "url": article.url,
        "title_from_text": article.title_from_text,
        "body": None if is_txt else zlib.compress(article.text.encode("utf-8"), 1),
        "columns": columns,
    }


def article_key(path: str, item: int | None) -> str:
    """One article's unique term: its file, and for a multi-article file the row or entry
    (NUL cannot occur in a path, so no two articles share a key)."""
    return path_key(path) if item is None else f"{path_key(path)}\x00{item}"


def stored_text(fields: dict) -> str | None:
    """The text stored with an article that is not a ``.txt`` file (see make_schema)."""
    body = fields.get("body")
    return zlib.decompress(body).decode("utf-8") if body else None
