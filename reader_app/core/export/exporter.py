"""export_pdf: an article to a PDF that looks like the viewer and reads back as the article."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from pathlib import Path

from reader_app.core.export.atomic import write_atomically
from reader_app.core.export.document import build
from reader_app.core.export.errors import ExportError
from reader_app.core.export.fonts import FAMILIES, family_faces, latin_face
from reader_app.core.export.layout import (
    Geometry,
    Page,
    Paginator,
    Style,
    folio,
    set_paragraph,
    urdu_digits_in,
)
from reader_app.core.export.pdf import PdfDocument
from reader_app.core.formats.titles import same_title
from reader_app.core.messages import QT_TRANSLATE_NOOP, Message
from reader_app.core.options import PAGE_SIZES, READING_FONTS

# Body sizes that give both families a similar apparent size (declared in core/options).
BODY_SIZE = {key: font.export_size for key, font in READING_FONTS.items()}
TITLE_SCALE = 1.4
BYLINE_SCALE = 0.75  # the source/date line under the title
FOLIO_SIZE = 10.0

Progress = Callable[[int, int], None]


def _styles(font: str) -> tuple[Style, Style, Style]:
    try:
        regular, bold = family_faces(font)
    except OSError as err:
        raise ExportError(Message(QT_TRANSLATE_NOOP(
            "Core", "The {font} font is missing from this installation ({error})."),
            font=font, error=str(err))) from err
    size = BODY_SIZE[font]
    body = Style(regular, latin_face(), size)
    title = Style(bold, latin_face(bold=True), size * TITLE_SCALE, justify=False)
    pageno = Style(regular, latin_face(), FOLIO_SIZE, justify=False, centre=True)
    return body, title, pageno


def _plain(text: str) -> str:
    """Text as compared for repeats: single spaces, no invisible format characters."""
    kept = "".join(ch for ch in text if unicodedata.category(ch) != "Cf" or ch == "\u200c")
    return " ".join(kept.split())


def repeats_body(title: str, paragraphs: list[str]) -> bool:
    """Whether the title is just the article's opening words (a title derived from the text).

    Such a heading is drawn but left out of the text layer, so copying, searching or indexing
    the PDF meets the article's text once, not its first sentence twice.
    """
    head = _plain(title).removesuffix("…").rstrip()
    return bool(head) and bool(paragraphs) and _plain(paragraphs[0]).startswith(head)


def lay_out(title: str, paragraphs: list[str], *, font: str = "nastaliq", page_size: str = "A4",
            progress: Progress | None = None,
            cancelled: Callable[[], bool] | None = None,
            byline: str | None = None) -> tuple[list[Page], Geometry]:
    """The article set on numbered pages: what the PDF draws, and what printing paints, so a
    printout and an export of the same article are the same pages.

    ``byline`` (source, author, date, as the viewer heads the article) goes under the title;
    a first paragraph that only repeats the title (a headline line) is not set again."""
    if font not in FAMILIES:
        raise ExportError(Message(QT_TRANSLATE_NOOP(
            "Core", "Unknown font {font}: choose one of {choices}."),
            font=repr(font), choices=", ".join(FAMILIES)))
    if page_size not in PAGE_SIZES:
        raise ExportError(Message(QT_TRANSLATE_NOOP(
            "Core", "Unknown page size {size}: choose one of {choices}."),
            size=repr(page_size), choices=", ".join(PAGE_SIZES)))
    geo = Geometry(*PAGE_SIZES[page_size])
    body, heading, pageno = _styles(font)
    if paragraphs and same_title(title, paragraphs[0]):
        paragraphs = paragraphs[1:]
    total = len(paragraphs) + 1  # one step per paragraph, one for the file
    flow = Paginator(geo)
    head = set_paragraph(title, heading, geo)
    if repeats_body(title, paragraphs):
        for line in head:
            line.in_text_layer = False
    flow.add(head)
    if byline:
        flow.add(set_paragraph(byline, Style(body.face, body.fallback, body.size * BYLINE_SCALE,
                                             justify=False), geo), space_before=body.size * 0.3)
    for done, paragraph in enumerate(paragraphs, start=1):
        if cancelled is not None and cancelled():
            raise ExportError(Message(QT_TRANSLATE_NOOP("Core", "Export cancelled.")))
        gap = body.size * (1.2 if done == 1 else 0.6)
        flow.add(set_paragraph(paragraph, body, geo), space_before=gap)
        if progress is not None:
            progress(done, total)
    digits = urdu_digits_in([title, *paragraphs])
    for page in flow.pages:
        page.folio.append(folio(page.number, len(flow.pages), pageno, geo, urdu_digits=digits))
    return flow.pages, geo


def render(title: str, paragraphs: list[str], *, font: str = "nastaliq", page_size: str = "A4",
           progress: Progress | None = None,
           cancelled: Callable[[], bool] | None = None,
           byline: str | None = None) -> PdfDocument:
    """Lay out and build the document in memory (no file is touched)."""
    pages, geo = lay_out(title, paragraphs, font=font, page_size=page_size, progress=progress,
                         cancelled=cancelled, byline=byline)
    try:
        return build(pages, geo, title)
    except OverflowError as err:  # tens of thousands of distinct characters
        raise ExportError(Message(QT_TRANSLATE_NOOP(
            "Core", "This article uses too many different characters for one PDF."))) from err


def export_pdf(title: str, paragraphs: list[str], out: Path, *, font: str = "nastaliq",
               page_size: str = "A4", progress: Progress | None = None,
               cancelled: Callable[[], bool] | None = None, overwrite: bool = False,
               byline: str | None = None) -> None:
    """Write the article to ``out`` as a PDF, atomically; raise ExportError on failure.

    An existing ``out`` is replaced only with ``overwrite`` (else ``TargetExists``), and only
    when it is a regular file the person may write.

    ``progress(done, total)`` is called after each paragraph is laid out and once more when the
    file is in place; ``cancelled()`` is polled between paragraphs and before writing.
    """
    out = Path(out)
    doc = render(title, paragraphs, font=font, page_size=page_size, progress=progress,
                 cancelled=cancelled, byline=byline)
    if cancelled is not None and cancelled():
        raise ExportError(Message(QT_TRANSLATE_NOOP("Core", "Export cancelled.")))
    write_atomically(out, doc.write, overwrite=overwrite)
    if progress is not None:
        progress(len(paragraphs) + 1, len(paragraphs) + 1)
