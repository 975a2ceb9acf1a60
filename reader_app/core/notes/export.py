"""Notes out of the app: Markdown to read and share, JSON for scripts, PDF in Nastaliq.

All three carry the same things for each note: the article's title, source, date and file,
the quote, the note, its colour and where it is. The words around them ("Bookmark on the
whole article", the colour's name) are :class:`Message` templates, rendered by the caller's
``render`` (the window's or the command line's language; English by default). The PDF is
laid out by the article exporter itself (``export_pdf``): the notes become one document's
paragraphs, each note's own text wrapped in directional marks so that an English note
reads left to right inside the right-to-left page.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from reader_app.core.library import display_path
from reader_app.core.messages import QT_TRANSLATE_NOOP, Message
from reader_app.core.notes.store import Note

Render = Callable[[Message], str]

COLOUR_NAMES = {  # the colours' names as people read them
    "yellow": QT_TRANSLATE_NOOP("Core", "yellow"),
    "green": QT_TRANSLATE_NOOP("Core", "green"),
    "blue": QT_TRANSLATE_NOOP("Core", "blue"),
    "pink": QT_TRANSLATE_NOOP("Core", "pink"),
}
JSON_FIELDS = ("id", "path", "item", "kind", "quote", "note", "colour", "start", "end",
               "title", "source", "published", "created", "updated", "orphaned")
_LRM, _RLM = "\u200e", "\u200f"


def by_article(notes: list[Note]) -> list[list[Note]]:
    """The notes grouped by article (in the order the articles first appear in ``notes``),
    each group in reading order."""
    groups: dict[tuple[Path, int | None], list[Note]] = {}
    for note in notes:
        groups.setdefault((note.path, note.item), []).append(note)
    return [sorted(group, key=lambda n: (n.start, n.end, n.id)) for group in groups.values()]


def heading() -> Message:
    return Message(QT_TRANSLATE_NOOP("Core", "Notes and highlights"))


def article_title(group: list[Note]) -> str:
    """The article's title as its notes recorded it (the file's name when none did)."""
    return next((n.title for n in group if n.title), display_path(group[0].path.name))


def file_line(note: Note) -> Message:
    if note.item is None:
        return Message(QT_TRANSLATE_NOOP("Core", "File: {path}"), path=display_path(note.path))
    return Message(QT_TRANSLATE_NOOP("Core", "File: {path}, item {item:d}"),
                   path=display_path(note.path), item=note.item)


def where(note: Note) -> Message:
    """What kind of mark the note is and where it is, in words."""
    if note.kind == "bookmark":
        if not note.quote and not note.prefix and not note.suffix:
            place = Message(QT_TRANSLATE_NOOP("Core", "Bookmark on the whole article"))
        elif not note.quote:
            place = Message(QT_TRANSLATE_NOOP("Core", "Bookmark at character {start:d}"),
                            start=note.start)
        else:
            place = Message(QT_TRANSLATE_NOOP(
                "Core", "Bookmark, characters {start:d}–{end:d}"),
                start=note.start, end=note.end)
    else:
        colour = Message(COLOUR_NAMES.get(note.colour, note.colour))
        place = Message(QT_TRANSLATE_NOOP(
            "Core", "{colour:cap} highlight, characters {start:d}–{end:d}"),
            colour=colour, start=note.start, end=note.end)
    if note.orphaned:
        return Message(QT_TRANSLATE_NOOP(
            "Core", "{place} (orphaned: no longer found in the article)"), place=place)
    return place


def _source(group: list[Note]) -> str | None:
    return next((n.source for n in group if n.source), None)


def _published(group: list[Note]) -> str | None:
    return next((n.published for n in group if n.published), None)


def _byline(group: list[Note]) -> str:
    return " · ".join(part for part in (_source(group), _published(group)) if part)


def to_markdown(notes: list[Note], render: Render = str) -> str:
    """A Markdown document: a section per article (title, source and date, file), each
    quote as a blockquote followed by its note and where it is."""
    out = [f"# {render(heading())}", ""]
    for group in by_article(notes):
        first = group[0]
        out += [f"## {_one_line(article_title(group))}", ""]
        if _byline(group):
            out += [_byline(group), ""]
        out += [render(file_line(first)), ""]
        for note in group:
            if note.quote:
                out += [*(f"> {line}".rstrip() for line in note.quote.splitlines()), ""]
            if note.note:
                out += [note.note, ""]
            out += [f"*{render(where(note))}*", ""]
    return "\n".join(out).rstrip("\n") + "\n"


def _one_line(text: str) -> str:
    return " ".join(text.split())


def to_json(notes: list[Note], indent: int | None = 2) -> str:
    """A JSON array, one object per note (JSON_FIELDS), text as it is (not \\u-escaped)."""
    return json.dumps([as_dict(note) for note in notes], ensure_ascii=False, indent=indent)


def as_dict(note: Note) -> dict:
    return {"id": note.id, "path": display_path(note.path), "item": note.item,
            "kind": note.kind, "quote": note.quote, "note": note.note, "colour": note.colour,
            "start": note.start, "end": note.end, "title": note.title,
            "source": note.source, "published": note.published, "created": note.created,
            "updated": note.updated, "orphaned": note.orphaned}


def runs_left_to_right(text: str) -> bool:
    """Whether most of ``text``'s letters are written left to right (an English note)."""
    ltr = rtl = 0
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind == "L":
            ltr += 1
        elif kind in ("R", "AL"):
            rtl += 1
    return ltr > rtl


def in_own_direction(text: str) -> str:
    """``text`` framed by marks of its own direction, so that inside the right-to-left page
    a left-to-right note keeps its punctuation at its end (UAX #9 resolves the neutrals at
    its edges by the marks)."""
    mark = _LRM if runs_left_to_right(text) else _RLM
    return f"{mark}{text}{mark}"


def pdf_paragraphs(notes: list[Note], render: Render = str) -> list[str]:
    """The paragraphs the PDF sets after its heading: the Markdown's content, without its
    markup."""
    paragraphs: list[str] = []
    for group in by_article(notes):
        first = group[0]
        paragraphs.append(in_own_direction(_one_line(article_title(group))))
        if _byline(group):
            paragraphs.append(in_own_direction(_pdf_byline(group)))
        paragraphs.append(in_own_direction(render(file_line(first))))
        for note in group:
            if note.quote:
                # Straight quotes: neutral and never mirrored, so they frame the quote
                # the same way in either direction.
                paragraphs.extend(in_own_direction(f'"{line.strip()}"')
                                  for line in note.quote.splitlines() if line.strip())
            paragraphs.extend(in_own_direction(line) for line in note.note.splitlines()
                              if line.strip())
            paragraphs.append(in_own_direction(render(where(note))))
    return paragraphs


def _pdf_byline(group: list[Note]) -> str:
    """Source and date; the date written as an Urdu line can hold it (an ISO date's
    hyphens would turn its numbers around in a right-to-left line)."""
    from reader_app.core.formats.dates import urdu_day

    day = _published(group)
    if day:
        try:
            day = urdu_day(datetime.fromisoformat(day))
        except ValueError:
            pass
    return "، ".join(part for part in (_source(group), day) if part)


def to_pdf(notes: list[Note], out: Path, font: str = "nastaliq", *, render: Render = str,
           overwrite: bool = False, page_size: str = "A4") -> None:
    """Write the notes as a PDF through the article exporter (``reader-app export``'s own
    layout, fonts and text layer); raises its ExportError (TargetExists when ``out`` exists
    and ``overwrite`` is False)."""
    from reader_app.core.export import export_pdf

    export_pdf(render(heading()), pdf_paragraphs(notes, render), Path(out), font=font,
               page_size=page_size, overwrite=overwrite)
