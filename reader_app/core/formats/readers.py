"""One entry point, :func:`read_records`, that picks the reader by suffix and first bytes.

Multi-article files are streamed: CSV/TSV and JSON Lines are read a line at a time (memory
stays flat for a 100,000-row file: ``benchmarks/formats_compare.py --rows 100000``), JSON
arrays an element at a time. Single-document files (a page, a feed, a wrapped JSON object)
are read whole, up to the library's :data:`~reader_app.core.library.MAX_FILE_BYTES`.
"""

from __future__ import annotations

import codecs
import csv
import functools
import io
import json
import os
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any, BinaryIO

from reader_app.core.formats.dates import parse_date
from reader_app.core.formats.records import (
    ArticleRecord,
    RecordSkip,
    clean_line,
    make_record,
    plain_text,
)
from reader_app.core.library import MAX_FILE_BYTES, DecodeError, decode_text
from reader_app.core.messages import QT_TRANSLATE_NOOP, Message, text_of

Result = ArticleRecord | RecordSkip

# A row or JSON line longer than this is skipped (with its number), not loaded: the longest
# real news article is far below it, a runaway field (a missing closing quote) is not.
MAX_ROW_BYTES = 8 * 1024 * 1024
# csv's default field limit (131,072 characters) is below long articles and whole books
# pasted into a "text" column; the reader raises it (process-wide, only ever upwards).
csv.field_size_limit(max(csv.field_size_limit(), MAX_ROW_BYTES))

HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")
FEED_SUFFIXES = (".rss", ".atom", ".rdf", ".xml")
TABLE_SUFFIXES = (".csv", ".tsv")
JSON_SUFFIXES = (".jsonl", ".ndjson", ".json")
SUFFIXES = HTML_SUFFIXES + FEED_SUFFIXES + TABLE_SUFFIXES + JSON_SUFFIXES
"""Every suffix :func:`read_records` reads (``.txt`` stays with reader_app.core.library)."""

# Field → column names people use for it, most specific first; compared after
# lower-casing and collapsing spaces, "_" and "-" (so "News Text", "news_text" match).
FIELDS: dict[str, tuple[str, ...]] = {
    "title": ("headline", "title", "heading", "news title", "news headline", "article title",
              "عنوان", "سرخی"),
    "text": ("news text", "text", "body", "content", "article", "article text", "article body",
             "story", "full text", "news", "متن", "خبر"),
    "summary": ("summary", "abstract", "description", "lead", "خلاصہ"),
    "date": ("date", "published", "published at", "publish date", "published date",
             "date published", "pub date", "pubdate", "datetime", "timestamp", "time",
             "created at", "تاریخ"),
    "category": ("category", "categories", "section", "topic", "label", "class", "genre",
                 "زمرہ"),
    "source": ("source", "site", "publisher", "website", "newspaper", "outlet", "channel",
               "ذریعہ"),
    "url": ("url", "link", "href", "source url", "article url", "permalink"),
    "author": ("author", "authors", "byline", "writer", "reporter", "by", "مصنف"),
}
_KEY = re.compile(r"[\s_\-]+")


def read_records(
    path: Path | str, columns: Mapping[str, str] | None = None, *, want: int | None = None
) -> Iterator[Result]:
    """Every article in the file, as records, with a skip for each piece that was not read.

    ``columns`` maps a field (a key of :data:`FIELDS`) to the column or JSON key that holds
    it, for datasets whose names are not recognised: ``{"text": "matn", "title": "sarkhi"}``.
    Names given there win over recognition; the others are still recognised.

    ``want``: only that row or entry (and skips of the whole file); rows before it are not
    made into records and reading stops after it, so the viewer opens row 90,000 quickly.
    """
    results = _read_records(path, columns, want)
    if want is None:
        yield from results
        return
    for result in results:  # the streaming readers stop by themselves after ``want``
        if result.item is None or result.item == want:
            yield result
        if isinstance(result, ArticleRecord) and result.item == want:
            return


def _read_records(path: Path | str, columns: Mapping[str, str] | None, want: int | None
                  ) -> Iterator[Result]:
    path = Path(os.path.abspath(path))
    if columns:
        unknown = sorted(set(columns) - set(FIELDS))
        if unknown:
            raise ValueError(f"unknown field(s) {unknown}; known: {sorted(FIELDS)}")
    try:
        if not path.is_file():
            yield RecordSkip(path, Message(QT_TRANSLATE_NOOP("Core", "not a regular file")))
            return
        size = path.stat().st_size
        with path.open("rb") as probe:
            head = probe.read(4096)
    except OSError as exc:
        yield RecordSkip(path, _os_reason(exc))
        return
    if size == 0:
        yield RecordSkip(path, Message(QT_TRANSLATE_NOOP("Core", "empty file")))
        return
    kind = _kind(path, head)
    if kind == "not-feed":
        yield RecordSkip(path, Message(QT_TRANSLATE_NOOP(
            "Core", "an XML file that is not an RSS, Atom or RDF feed")))
        return
    if kind is None:
        yield RecordSkip(path, Message(QT_TRANSLATE_NOOP(
            "Core", "not a format the reader knows ({suffix})"), suffix=path.suffix)
            if path.suffix else Message(QT_TRANSLATE_NOOP(
                "Core", "not a format the reader knows (no suffix)")))
        return
    readers: dict[str, Callable[..., Iterator[Result]]] = {
        "html": _read_html, "feed": _read_feed, "csv": _read_table, "tsv": _read_table,
        "jsonl": _read_json, "json": _read_json,
    }
    reader = readers[kind]
    try:
        yield from reader(path, size=size, kind=kind, columns=columns or {}, want=want)
    except OSError as exc:
        yield RecordSkip(path, _os_reason(exc))


def _kind(path: Path, head: bytes) -> str | None:
    suffix = path.suffix.lower()
    sniff = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if suffix in HTML_SUFFIXES:
        # a feed saved from the browser as .html is still a feed
        return "feed" if _looks_feed(sniff) else "html"
    if suffix == ".xml" and not _looks_feed(sniff):
        return "not-feed"
    if suffix in FEED_SUFFIXES:
        return "feed"
    if suffix in (".csv", ".tsv"):
        return suffix[1:]
    if suffix in (".jsonl", ".ndjson"):
        return "jsonl"
    if suffix == ".json":
        return "json"
    return None


def _looks_feed(sniff: bytes) -> bool:
    return bool(re.match(rb"(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<(rss|feed|rdf:rdf)\b", sniff, re.S))


def _os_reason(exc: OSError) -> Message:
    if isinstance(exc, FileNotFoundError):
        return Message(QT_TRANSLATE_NOOP("Core", "file disappeared before it could be read"))
    if isinstance(exc, PermissionError):
        return Message(QT_TRANSLATE_NOOP("Core", "permission denied"))
    return Message(QT_TRANSLATE_NOOP("Core", "cannot be read ({error})"),
                   error=exc.strerror or str(exc))


def _whole(path: Path, size: int) -> bytes | RecordSkip:
    if size > MAX_FILE_BYTES:
        return RecordSkip(path, Message(QT_TRANSLATE_NOOP(
            "Core", "too large ({size:.1f} MB; the limit for a page or feed is {limit:.0f} MB)"),
            size=size / 1e6, limit=MAX_FILE_BYTES / 1e6))
    return path.read_bytes()


# --- saved pages -------------------------------------------------------------------------

def _read_html(path: Path, *, size: int, **_: object) -> Iterator[Result]:
    from reader_app.core.formats import htmltext

    data = _whole(path, size)
    if isinstance(data, RecordSkip):
        yield data
        return
    try:
        text = _decode_page(data)
        tree = htmltext.parse_page(text)
    except (DecodeError, htmltext.PageError) as exc:
        yield RecordSkip(path, text_of(exc))
        return
    facts = htmltext.page_facts(tree)
    paragraphs = htmltext.page_paragraphs(tree, facts["title"])
    record = make_record(
        path=path, text=paragraphs, title=facts["title"], fmt="html",
        published=parse_date(facts["date"]), source=facts["source"], author=facts["author"],
        category=facts["category"], url=facts["url"], summary=facts["summary"],
    )
    yield record if record is not None else RecordSkip(path, Message(QT_TRANSLATE_NOOP(
        "Core", "no article text found in the page")))


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([a-z0-9_\-]+)""", re.I)


def _decode_page(data: bytes) -> str:
    """library.decode_text first; its Arabic-script check counts markup letters too, so a
    Windows-1256 page (older Jang and Express archives) is also accepted by its meta charset."""
    try:
        return decode_text(data)[0]
    except DecodeError:
        declared = _META_CHARSET.search(data[:4096])
        if b"\x00" in data or not declared:
            raise
        try:
            return data.decode(declared.group(1).decode("ascii"))
        except (LookupError, UnicodeDecodeError):
            raise DecodeError(Message(QT_TRANSLATE_NOOP(
                "Core", "not valid {encoding} text, although the page declares it"),
                encoding=declared.group(1).decode('ascii'))) from None


# --- feeds -------------------------------------------------------------------------------

def _read_feed(path: Path, *, size: int, **_: object) -> Iterator[Result]:
    data = _whole(path, size)
    if isinstance(data, RecordSkip):
        yield data
        return
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        yield RecordSkip(path, Message(QT_TRANSLATE_NOOP("Core", "binary file (contains NUL "
                                                                 "bytes)")))
        return
    import feedparser  # bytes in, so it never treats the content as a URL to fetch

    parsed = feedparser.parse(data)
    entries = parsed.get("entries") or []
    if not entries:
        if parsed.get("bozo") and not parsed.get("feed"):
            problem = parsed.get("bozo_exception")
            yield RecordSkip(path, Message(QT_TRANSLATE_NOOP(
                "Core", "not a readable RSS/Atom/RDF feed ({problem})"), problem=str(problem)))
        else:
            yield RecordSkip(path, Message(QT_TRANSLATE_NOOP("Core", "feed has no items")))
        return
    feed_title = _feed_site(clean_line(parsed.feed.get("title") or "")) or None
    for number, entry in enumerate(entries, start=1):
        try:
            yield _feed_record(path, number, entry, feed_title)
        except (ValueError, TypeError, KeyError) as exc:
            yield RecordSkip(path, Message(QT_TRANSLATE_NOOP(
                "Core", "item could not be read ({error})"), error=str(exc)), number, "item")


def _feed_site(title: str) -> str:
    """"BBC News اردو - صفحۂ اول" → "BBC News اردو": feeds title themselves site - section;
    the Source column wants the site, so a leading part that reads like a site name is kept."""
    from reader_app.core.formats.titles import site_part

    return site_part(title)


def _feed_record(path: Path, number: int, entry: Any, feed_title: str | None) -> Result:
    contents = entry.get("content") or []
    body = max((c.get("value", "") for c in contents), key=len, default="")
    summary = entry.get("summary") or ""
    text = plain_text(body or summary)
    title = plain_text(entry.get("title") or "")
    raw_date = entry.get("published") or entry.get("updated") or entry.get("dc_date")
    published = parse_date(raw_date)
    tags = entry.get("tags") or []
    record = make_record(
        path=path, text=text, title=title, fmt="feed", item=number, published=published,
        source=feed_title, author=entry.get("author"),
        category=(tags[0].get("term") if tags else None), url=entry.get("link"),
        summary=plain_text(summary) if body and summary and summary != body else None,
    )
    return record or RecordSkip(path, Message(QT_TRANSLATE_NOOP("Core", "item has no text")),
                                number, "item")


# --- CSV / TSV ---------------------------------------------------------------------------

def _read_table(path: Path, *, kind: str, columns: Mapping[str, str],
                want: int | None = None, **_: object) -> Iterator[Result]:
    with path.open("rb") as raw:
        lines = _decoded_lines(path, raw)
        header_line = next(lines, None)
        if header_line is None or isinstance(header_line, RecordSkip):
            yield header_line or RecordSkip(path, Message(QT_TRANSLATE_NOOP("Core", "empty file")))
            return
        delimiter = "\t" if kind == "tsv" else _delimiter(header_line[1])
        header = next(csv.reader([header_line[1]], delimiter=delimiter), [])
        fields = _match_columns(header, columns)
        if isinstance(fields, str):
            yield RecordSkip(path, fields)
            return
        skips: list[RecordSkip] = []
        reader = csv.reader(_text_only(lines, skips), delimiter=delimiter, strict=True)
        number = 0
        while True:
            try:
                row = next(reader)
            except StopIteration:
                break
            except csv.Error as exc:
                number += 1
                yield from _drain(skips)
                yield RecordSkip(path, _csv_reason(exc), number)
                continue
            # a line that could not be decoded was a row too: later rows keep their numbers
            number += len(skips)
            yield from _drain(skips)
            if not any(cell.strip() for cell in row):
                continue
            number += 1
            if want is not None and number != want:
                if number > want:
                    return
                continue
            if len(row) < len(header) and len(row) <= max(fields.values()):
                yield RecordSkip(path, Message(QT_TRANSLATE_NOOP(
                    "Core", "has {count} of {columns} columns (the file may be cut short)"),
                    count=len(row), columns=len(header)), number)
                continue
            yield _row_record(path, number, {f: row[i] for f, i in fields.items()
                                             if i < len(row)}, kind)
        yield from _drain(skips)


def _csv_reason(exc: csv.Error) -> Message:
    message = str(exc)
    if "unexpected end of data" in message:
        return Message(QT_TRANSLATE_NOOP(
            "Core", "cut short: a quoted field is never closed (truncated file?)"))
    if "field larger" in message:
        return Message(QT_TRANSLATE_NOOP("Core", "a field is longer than {size} MB"),
                       size=MAX_ROW_BYTES // (1024 * 1024))
    return Message(QT_TRANSLATE_NOOP("Core", "malformed CSV ({error})"), error=message)


def _drain(skips: list[RecordSkip]) -> Iterator[RecordSkip]:
    while skips:
        yield skips.pop(0)


def _text_only(lines: Iterator[tuple[int, str] | RecordSkip], skips: list[RecordSkip]
               ) -> Iterator[str]:
    for line in lines:
        if isinstance(line, RecordSkip):
            skips.append(line)
            yield "\n"  # keeps the reader's row count and lets it go on
        else:
            yield line[1]


def _delimiter(header: str) -> str:
    counts = {d: header.count(d) for d in (",", "\t", ";", "|")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


@functools.lru_cache(maxsize=4096)  # the same few keys on every line of a dataset
def _norm(name: str) -> str:
    return _KEY.sub(" ", name.strip().strip("\ufeff").lower()).strip()


def _match_columns(header: list[str], columns: Mapping[str, str]) -> dict[str, int] | str:
    """Field → column index; a message (the file is skipped) when there is no text column."""
    index: dict[str, int] = {}
    for i, name in enumerate(header):
        index.setdefault(_norm(name), i)
    fields: dict[str, int] = {}
    missing: list[Message] = []
    for field, name in columns.items():
        if _norm(name) not in index:
            # a mapping given for a folder also meets files whose names are recognised
            missing.append(Message(QT_TRANSLATE_NOOP(
                "Core", "column {name} given for {field} is not in the file"),
                name=repr(name), field=field))
            continue
        fields[field] = index[_norm(name)]
    taken = set(fields.values())
    for field, names in FIELDS.items():
        if field in fields:
            continue
        for name in names:
            if name in index and index[name] not in taken:
                fields[field] = index[name]
                taken.add(index[name])
                break
    if missing and "text" not in fields:
        reason = missing[0]
        for more in missing[1:]:
            reason = Message(QT_TRANSLATE_NOOP("Core", "{first}; {then}"), first=reason,
                             then=more)
        return Message(QT_TRANSLATE_NOOP("Core", "{missing} (columns: {columns})"),
                       missing=reason, columns=", ".join(header))
    if "text" not in fields:
        return Message(QT_TRANSLATE_NOOP(
            "Core", "no text column (looked for {names}…; columns: {columns}); name it with a "
            "column mapping"), names=", ".join(repr(n) for n in FIELDS["text"][:4]),
            columns=", ".join(header))
    return fields


def _decoded_lines(path: Path, raw: BinaryIO) -> Iterator[tuple[int, str] | RecordSkip]:
    """(line number, text) for each physical line, decoded in the file's encoding.

    The encoding is decided on the first 64 KB (BOM, UTF-8, else library.decode_text's
    Windows-1256 check); a later line that is not valid in it but is Arabic-script
    Windows-1256 is read as that (files appended to by different tools), otherwise it is
    skipped with its line number. A line over :data:`MAX_ROW_BYTES` is skipped unread.
    """
    sample = raw.read(65536)
    raw.seek(0)
    if sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        wrapper = io.TextIOWrapper(raw, encoding="utf-16", newline="", errors="replace")
        for number, line in enumerate(wrapper, start=1):
            yield number, line
        return
    encoding = "utf-8"
    if sample.startswith(codecs.BOM_UTF8):
        raw.seek(3)
    else:
        guessed = _sample_encoding(sample)
        if isinstance(guessed, DecodeError):
            yield RecordSkip(path, text_of(guessed))
            return
        encoding = guessed
    number = 0
    while True:
        data = raw.readline(MAX_ROW_BYTES + 1)
        if not data:
            return
        number += 1
        if len(data) > MAX_ROW_BYTES and not data.endswith(b"\n"):
            while data and not data.endswith(b"\n"):
                data = raw.readline(1 << 20)
            yield RecordSkip(path, Message(QT_TRANSLATE_NOOP(
                "Core", "line longer than {size} MB, not read"),
                size=MAX_ROW_BYTES // (1024 * 1024)), number, "line")
            continue
        try:
            yield number, data.decode(encoding)
        except UnicodeDecodeError:
            fallback = _cp1256_line(data)
            if fallback is None:
                yield RecordSkip(path, Message(QT_TRANSLATE_NOOP(
                    "Core", "not valid {encoding} text (another encoding or damaged bytes)"),
                    encoding=encoding.upper()), number, "line")
            else:
                yield number, fallback


def _sample_encoding(sample: bytes) -> str | DecodeError:
    """UTF-8 when any non-ASCII line of the sample is valid UTF-8 (Windows-1256 Arabic
    practically never is); otherwise library.decode_text decides (Windows-1256 only if it
    reads as Arabic script; NUL bytes or control characters: not text)."""
    lines = sample.split(b"\n")
    if len(sample) >= 65536:
        # the sample may end inside a character: drop up to 3 bytes of a partial sequence
        last = lines[-1]
        for cut in range(4):
            try:
                (last[: len(last) - cut] if cut else last).decode("utf-8")
            except UnicodeDecodeError:
                continue
            lines[-1] = last[: len(last) - cut] if cut else last
            break
    for line in lines:
        if max(line, default=0) >= 0x80:
            try:
                line.decode("utf-8")
            except UnicodeDecodeError:
                continue
            if b"\x00" not in sample:
                return "utf-8"
    try:
        return "cp1256" if decode_text(b"\n".join(lines))[1] == "cp1256" else "utf-8"
    except DecodeError as exc:
        return exc


def _cp1256_line(data: bytes) -> str | None:
    try:
        text, encoding = decode_text(data)
    except DecodeError:
        return None
    return text if encoding == "cp1256" else None


def _row_record(path: Path, number: int, values: Mapping[str, Any], fmt: str) -> Result:
    unit = "line" if fmt == "jsonl" else "item" if fmt == "json" else "row"
    text = _field_text(values.get("text"))
    if not text.strip():
        return RecordSkip(path, Message(QT_TRANSLATE_NOOP("Core", "has no text")), number, unit)
    raw_date = values.get("date")
    record = make_record(
        path=path, text=plain_text(text), title=plain_text(_field_text(values.get("title"))),
        fmt=fmt, item=number, published=parse_date(raw_date if raw_date != "" else None),
        source=_field_text(values.get("source")) or path.stem,
        author=_field_text(values.get("author")), category=_field_text(values.get("category")),
        url=_field_text(values.get("url")),
        summary=plain_text(_field_text(values.get("summary"))) or None,
    )
    return record or RecordSkip(path, Message(QT_TRANSLATE_NOOP("Core", "has no text")),
                                number, unit)


def _field_text(value: Any) -> str:
    """A cell or JSON value as text: lists (XL-Sum-like paragraph lists, tag lists) joined."""
    if value is None:
        return ""
    if isinstance(value, list):
        return "\n".join(_field_text(v) for v in value)
    if isinstance(value, dict):
        return _field_text(value.get("name") or value.get("text") or "")
    return str(value)


# --- JSON Lines / JSON -------------------------------------------------------------------

def _json_reason(exc: ValueError) -> str:
    """What was wrong, without the position (the skip names the line or item). Not every
    ValueError from json is a JSONDecodeError: an integer of more than 4,300 digits is not."""
    return exc.msg if isinstance(exc, json.JSONDecodeError) else str(exc)


def _read_json(path: Path, *, size: int, columns: Mapping[str, str],
               want: int | None = None, **_: object) -> Iterator[Result]:
    with path.open("rb") as raw:
        sample = raw.read(65536)
    if sample.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"["):
        # often minified onto one line, so read in chunks, not lines
        yield from _json_array(path, sample, columns)
        return
    with path.open("rb") as raw:
        lines = _decoded_lines(path, raw)
        first = next(lines, None)
        while isinstance(first, tuple) and not first[1].strip():
            first = next(lines, None)
        if first is None or isinstance(first, RecordSkip):
            yield first or RecordSkip(path, Message(QT_TRANSLATE_NOOP("Core", "empty file")))
            return
        start = first[1].lstrip("\ufeff \t\r\n")
        if start.startswith("{") and _is_whole_object(start):
            yield from _json_lines(path, first, lines, columns, want)
            return
    # one object over several lines: a single article, or {"articles": [...]}
    yield from _json_document(path, size, columns)


def _is_whole_object(line: str) -> bool:
    try:
        return isinstance(json.loads(line), dict)
    except ValueError:
        return False


def _json_lines(path: Path, first: tuple[int, str],
                lines: Iterable[tuple[int, str] | RecordSkip], columns: Mapping[str, str],
                want: int | None = None) -> Iterator[Result]:
    def chain() -> Iterator[tuple[int, str] | RecordSkip]:
        yield first
        yield from lines

    for entry in chain():
        if isinstance(entry, RecordSkip):
            yield entry
            continue
        number, line = entry
        if not line.strip() or (want is not None and number < want):
            continue
        if want is not None and number > want:
            return
        try:
            obj = json.loads(line)
        except ValueError as exc:
            # only the last line lacks its newline: a file cut off mid-object
            reason = (Message(QT_TRANSLATE_NOOP("Core", "cut short (the file may be truncated)"))
                      if not line.endswith("\n") else
                      Message(QT_TRANSLATE_NOOP("Core", "malformed JSON ({error})"),
                              error=_json_reason(exc)))
            yield RecordSkip(path, reason, number, "line")
            continue
        yield _object_record(path, number, obj, columns, "jsonl", "line")


def _json_array(path: Path, sample: bytes, columns: Mapping[str, str]) -> Iterator[Result]:
    """Elements of a top-level array, decoded one at a time from 1 MB chunks of text.

    Memory holds one chunk plus the element being decoded; an element still incomplete after
    :data:`MAX_ROW_BYTES` (or at the end of the file) ends the reading with a skip that says
    so, since nothing after a broken element can be trusted to line up.
    """
    if sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        encoding: str | DecodeError = "utf-16"
    elif sample.startswith(codecs.BOM_UTF8):
        encoding = "utf-8-sig"
    else:
        encoding = _sample_encoding(sample)
    if isinstance(encoding, DecodeError):
        yield RecordSkip(path, text_of(encoding))
        return
    decoder = json.JSONDecoder()
    chunk = 1 << 20
    with path.open(encoding=encoding, errors="replace", newline="") as text:
        buffer = text.read(chunk).lstrip("\ufeff \t\r\n")[1:]  # past the "["
        pos, number, eof = 0, 0, False
        while True:
            while pos < len(buffer) and buffer[pos] in " \t\r\n,":
                pos += 1
            if pos < len(buffer) and buffer[pos] == "]":
                if number == 0:
                    yield RecordSkip(path, Message(QT_TRANSLATE_NOOP(
                        "Core", "an empty list: no articles")))
                return
            if pos < len(buffer):
                try:
                    obj, end = decoder.raw_decode(buffer, pos)
                except ValueError as exc:
                    if eof or len(buffer) - pos > MAX_ROW_BYTES:
                        reason = Message(QT_TRANSLATE_NOOP(
                            "Core", "malformed or cut-short JSON ({error}); the rest of the "
                            "file cannot be read"), error=_json_reason(exc))
                        yield RecordSkip(path, reason, number + 1, "item")
                        return
                else:
                    number += 1
                    pos = end
                    yield _object_record(path, number, obj, columns, "json", "item")
                    continue
            elif eof:
                if number == 0:
                    yield RecordSkip(path, Message(QT_TRANSLATE_NOOP(
                        "Core", "an empty list: no articles")))
                else:
                    yield RecordSkip(path, Message(QT_TRANSLATE_NOOP(
                        "Core", "cut short: the list is never closed")), number + 1, "item")
                return
            more = text.read(chunk)
            eof = not more
            buffer = buffer[pos:] + more  # what was decoded is dropped
            pos = 0


def _json_document(path: Path, size: int, columns: Mapping[str, str]) -> Iterator[Result]:
    data = _whole(path, size)
    if isinstance(data, RecordSkip):
        yield data
        return
    try:
        doc = json.loads(decode_text(data)[0])
    except DecodeError as exc:
        yield RecordSkip(path, text_of(exc))
        return
    except ValueError as exc:
        yield RecordSkip(path, Message(QT_TRANSLATE_NOOP("Core", "malformed JSON ({error})"),
                                       error=str(exc)))
        return
    if isinstance(doc, dict):
        lists: list[list[dict[str, Any]]] = [v for v in doc.values() if isinstance(v, list) and v
                 and all(isinstance(x, dict) for x in v)]
        if lists and not _has_text(doc, columns):
            longest = max(lists, key=len)
            for number, obj in enumerate(longest, start=1):
                yield _object_record(path, number, obj, columns, "json", "item")
            return
        yield _object_record(path, None, doc, columns, "json", "item")
        return
    yield RecordSkip(path, Message(QT_TRANSLATE_NOOP("Core", "JSON holds no article objects")))


def _has_text(obj: Mapping[str, Any], columns: Mapping[str, str]) -> bool:
    keys = {_norm(k) for k in obj}
    return _norm(columns.get("text", "")) in keys or any(n in keys for n in FIELDS["text"])


def _object_record(path: Path, number: int | None, obj: Any, columns: Mapping[str, str],
                   fmt: str, unit: str) -> Result:
    if not isinstance(obj, dict):
        return RecordSkip(path, Message(QT_TRANSLATE_NOOP("Core", "not an object but {kind}"),
                                        kind=type(obj).__name__), number, unit)
    keys = {_norm(k): k for k in obj}
    values: dict[str, Any] = {}
    for field, name in columns.items():
        if _norm(name) in keys:
            values[field] = obj[keys[_norm(name)]]
    for field, names in FIELDS.items():
        if field not in values:
            key = next((keys[n] for n in names if n in keys), None)
            if key is not None:
                values[field] = obj[key]
    if number is None:
        record = _row_record(path, 1, values, fmt)
        if isinstance(record, ArticleRecord):
            from dataclasses import replace

            return replace(record, item=None)
        return RecordSkip(path, record.reason)
    return _row_record(path, number, values, fmt)
