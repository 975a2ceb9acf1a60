"""PDF export: the text reads back in every common engine, the file is written atomically.

The read-back checks (tests/pdf_readback.py) read the PDF with poppler (pdftotext), PDFium
(pypdfium2) and MuPDF (pymupdf); all three must be installed, since an engine that is missing
would let a broken text layer pass. They need nothing beside the checkout.
"""

from __future__ import annotations

import errno
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import ROOT, SEED
from pdf_readback import assert_reads_back, engine_texts

from reader_app.core.export import ExportError, export_pdf
from reader_app.core.export.pdf import PdfDocument
from reader_app.core.formats.titles import same_title

SHARED = Path(__file__).parents[2].parent / "shared"
LONG = SHARED / "corpora" / "urdu-news-bend-the-truth" / "fire2020-test" / "345.txt"
# Written for these tests: what long news articles mix into Urdu, in both digit scripts.
MIXED = [
    "عالمی ادارے (IRENA) کی 2017 کی رپورٹ کے مطابق شمسی بجلی کی لاگت 690 ڈالر فی کلوواٹ رہ گئی۔",
    "وزیر نے کہا: ‘‘ہم Solar Initiative کے تحت ۳۰ نئے منصوبے شروع کریں گے’’ اور 12 ممالک"
    " شریک ہوں گے۔",
    "اجلاس میں (اقوام متحدہ) کے ماہرین نے ’’صاف توانائی‘‘ پر زور دیا؛ اگلا اجلاس 2025 میں ہوگا۔",
]


def read(path: Path) -> str:
    return path.read_text(encoding="utf-8-sig").replace("\r\n", "\n")


def as_app_opens(text: str) -> tuple[str, list[str]]:
    """Title and paragraphs as the reader shows them: every non-blank line a paragraph, the
    title the first sentence (which the body repeats)."""
    paragraphs = [line.strip() for line in text.split("\n") if line.strip()]
    title = re.split(r"(?<=[۔؟!.?])\s", paragraphs[0], maxsplit=1)[0].rstrip("۔")
    return title, paragraphs


def in_text_layer(title: str, paragraphs: list[str]) -> str:
    """What the PDF's text layer must hold: the article once. A title that only repeats the
    body's first sentence is drawn but not repeated in the text layer; a first paragraph that
    only repeats the title (same_title) is not set at all, the title stands for it."""
    if same_title(title, paragraphs[0]):
        return "\n".join([title, *paragraphs[1:]])
    repeats = paragraphs[0].startswith(title)
    return "\n".join(paragraphs if repeats else [title, *paragraphs])


def page_count(pdf: Path) -> int:
    import pypdfium2

    doc = pypdfium2.PdfDocument(str(pdf))
    try:
        return len(doc)
    finally:
        doc.close()


# --- the text layer ---------------------------------------------------------------------


@pytest.mark.parametrize("font", ["nastaliq", "naskh"])
def test_seed_reads_back_in_poppler_pdfium_and_mupdf(tmp_path: Path, font: str) -> None:
    title, paragraphs = as_app_opens(read(SEED))
    out = tmp_path / f"seed-{font}.pdf"
    export_pdf(title, paragraphs, out, font=font)
    results = assert_reads_back(in_text_layer(title, paragraphs), out)
    assert [r.engine for r in results] == ["poppler", "pdfium", "mupdf"]


@pytest.mark.parametrize("font", ["nastaliq", "naskh"])
def test_seed_with_a_separate_title_reads_back(tmp_path: Path, font: str) -> None:
    """A title that is not repeated in the body is part of the text layer, in order."""
    paragraphs = [p.strip() for p in read(SEED).split("\n\n") if p.strip()]
    out = tmp_path / "seed.pdf"
    export_pdf(paragraphs[0], paragraphs[1:], out, font=font)
    assert_reads_back(in_text_layer(paragraphs[0], paragraphs[1:]), out)


@pytest.mark.parametrize("font", ["nastaliq", "naskh"])
def test_long_mixed_article_spans_pages_and_reads_back(tmp_path: Path, font: str) -> None:
    """Several pages of Urdu with Latin words, both digit scripts, brackets and Urdu quotes."""
    title, paragraphs = as_app_opens(read(SEED))
    body = [p for _ in range(3) for pair in zip(paragraphs, MIXED * 3, strict=False)
            for p in pair]
    out = tmp_path / f"long-{font}.pdf"
    export_pdf(title, body, out, font=font, page_size="Letter")
    assert page_count(out) > 1
    assert_reads_back(in_text_layer(title, body), out)


@pytest.mark.parametrize("font", ["nastaliq", "naskh"])
def test_long_corpus_article_spans_pages_and_reads_back(tmp_path: Path, font: str) -> None:
    """The shared corpus's longest article, when the corpus is beside the checkout."""
    if not LONG.is_file():
        pytest.skip("the shared corpus is not present")
    title, paragraphs = as_app_opens(read(LONG))
    out = tmp_path / f"long-{font}.pdf"
    export_pdf(title, paragraphs, out, font=font, page_size="Letter")
    assert page_count(out) > 1
    assert_reads_back(in_text_layer(title, paragraphs), out)


def test_paragraphs_stay_in_order_across_pages(tmp_path: Path) -> None:
    paragraphs = [f"پیراگراف نمبر {i} " + "یہ ایک لمبا جملہ ہے جو صفحے کو بھرتا ہے۔ " * 8
                  for i in range(1, 31)]
    out = tmp_path / "order.pdf"
    export_pdf("ترتیب", paragraphs, out, font="naskh")
    assert page_count(out) > 2
    for name, text in engine_texts(out).items():
        found = [int(n) for n in re.findall(r"نمبر (\d+)", text)]
        assert found == list(range(1, 31)), name


def test_markup_and_pdf_syntax_in_the_text_are_only_text(tmp_path: Path) -> None:
    """Nothing in an article is interpreted: not HTML, not PDF operators or strings."""
    tricky = "یہ <b>جملہ</b> ہے اور %PDF-1.7 بھی (endstream) \\ آخر"
    out = tmp_path / "tricky.pdf"
    export_pdf("<i>سرخی</i> %%EOF", [tricky], out, font="nastaliq")
    data = out.read_bytes()
    assert data.count(b"startxref") == 1 and data.endswith(b"%%EOF\n")
    assert b"&lt;i&gt;" in data  # in the XMP metadata the title is escaped XML
    tokens = ["<i>سرخی</i>", "%%EOF", "<b>جملہ</b>", "%PDF-1.7", "(endstream)", "\\"]
    for name, text in engine_texts(out).items():
        flat = "".join(text.split())
        if name == "pdfium":
            # PDFium reverses the pieces of a mixed left-to-right run inside a right-to-left
            # line ("%PDF-1.7" comes back "%-1.7PDF", for any RTL PDF), so it is held to
            # every character surviving, uninterpreted, rather than to their order.
            assert sorted(flat) == sorted("".join(tokens) + "یہہےاوربھیآخر"), text
            assert "<b>جملہ</b>" in flat and "(endstream)" in flat, text
        else:
            for token in tokens:
                assert token in flat, (name, token, text)


# --- document properties ----------------------------------------------------------------


def test_metadata_has_title_and_urdu_language(tmp_path: Path) -> None:
    import pymupdf

    out = tmp_path / "meta.pdf"
    export_pdf("روس اور ایران (2016)", ["ایک پیراگراف۔"], out)
    doc = pymupdf.open(str(out))
    assert doc.metadata["title"] == "روس اور ایران (2016)"
    catalog = doc.pdf_catalog()
    assert doc.xref_get_key(catalog, "Lang") == ("string", "ur")
    assert "<dc:language><rdf:Bag><rdf:li>ur</rdf:li>" in doc.get_xml_metadata()
    assert "روس اور ایران (2016)" in doc.get_xml_metadata()


def test_fonts_and_page_sizes(tmp_path: Path) -> None:
    import pymupdf

    sizes = {"A4": (595.28, 841.89), "Letter": (612.0, 792.0)}
    for page_size, (width, height) in sizes.items():
        out = tmp_path / f"{page_size}.pdf"
        export_pdf("سرخی", ["متن"], out, page_size=page_size)
        rect = pymupdf.open(str(out))[0].rect
        assert (round(rect.width, 2), round(rect.height, 2)) == (width, height)
    with pytest.raises(ExportError, match="Unknown font"):
        export_pdf("سرخی", ["متن"], tmp_path / "x.pdf", font="comic")
    with pytest.raises(ExportError, match="Unknown page size"):
        export_pdf("سرخی", ["متن"], tmp_path / "x.pdf", page_size="A5")
    assert not (tmp_path / "x.pdf").exists()


def test_progress_reaches_the_total_and_cancel_leaves_nothing(tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    out = tmp_path / "p.pdf"
    export_pdf("سرخی", ["ایک", "دو", "تین"], out, progress=lambda d, t: calls.append((d, t)))
    assert calls[-1] == (4, 4) and [d for d, _ in calls] == sorted(d for d, _ in calls)

    out.write_bytes(b"old")
    with pytest.raises(ExportError, match="cancelled"):
        export_pdf("سرخی", ["ایک", "دو"], out, cancelled=lambda: len(calls) > 4,
                   progress=lambda d, t: calls.append((d, t)))
    assert out.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.pdf"]


# --- atomic write -----------------------------------------------------------------------


def test_failure_mid_write_leaves_the_old_file_and_no_temp(tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "article.pdf"
    out.write_bytes(b"the previous export")
    real_write = PdfDocument.write

    def disk_full(self: PdfDocument, fh) -> None:  # type: ignore[no-untyped-def]
        real_write(self, fh)
        fh.flush()
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(PdfDocument, "write", disk_full)
    with pytest.raises(ExportError) as err:
        export_pdf("سرخی", ["متن"], out, overwrite=True)
    assert "disk space" in str(err.value) and "\n" not in str(err.value)
    assert out.read_bytes() == b"the previous export"
    assert [p.name for p in tmp_path.iterdir()] == ["article.pdf"]


def test_unexpected_error_mid_write_also_cleans_up(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(self: PdfDocument, fh) -> None:  # type: ignore[no-untyped-def]
        fh.write(b"%PDF-1.7 half")
        raise RuntimeError("bug")

    monkeypatch.setattr(PdfDocument, "write", boom)
    with pytest.raises(RuntimeError):
        export_pdf("سرخی", ["متن"], tmp_path / "a.pdf")
    assert list(tmp_path.iterdir()) == []


def test_missing_folder_gives_a_clear_message(tmp_path: Path) -> None:
    with pytest.raises(ExportError) as err:
        export_pdf("سرخی", ["متن"], tmp_path / "no such folder" / "a.pdf")
    message = str(err.value)
    assert "does not exist" in message and "\n" not in message


def test_destination_that_is_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="is a folder"):
        export_pdf("سرخی", ["متن"], tmp_path)


def test_unwritable_folder_gives_a_clear_message(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "a.pdf").write_bytes(b"keep")
    if os.name == "posix" and os.geteuid() != 0:  # root ignores permissions: simulate below
        locked.chmod(0o500)
    else:
        from reader_app.core.export import atomic

        def refuse(*args: object, **kwargs: object) -> tuple[int, str]:
            raise PermissionError(errno.EACCES, "Permission denied")

        monkeypatch.setattr(atomic, "_create_temp", refuse)
    try:
        with pytest.raises(ExportError) as err:
            export_pdf("سرخی", ["متن"], locked / "a.pdf", overwrite=True)
    finally:
        locked.chmod(0o700)
    assert "no permission to write" in str(err.value)
    assert (locked / "a.pdf").read_bytes() == b"keep"
    assert [p.name for p in locked.iterdir()] == ["a.pdf"]


def test_export_never_needs_qt(tmp_path: Path) -> None:
    """The engine runs where PySide6 cannot be imported (the CLI on a headless box)."""
    block = tmp_path / "block" / "PySide6"
    block.mkdir(parents=True)
    (block / "__init__.py").write_text("raise ImportError('blocked')\n")
    code = ("import sys; from pathlib import Path; from reader_app.core.export import export_pdf;"
            f"export_pdf('سرخی', ['متن'], Path({str(tmp_path / 'q.pdf')!r}));"
            "assert not any(m.startswith('PySide6') for m in sys.modules)")
    env = {**os.environ, "PYTHONPATH": f"{block.parent}{os.pathsep}{ROOT}"}
    result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "q.pdf").read_bytes().startswith(b"%PDF-")


def test_typical_article_exports_quickly(tmp_path: Path) -> None:
    import time

    title, paragraphs = as_app_opens(read(SEED))
    export_pdf(title, paragraphs, tmp_path / "warm.pdf")  # fonts load once per process
    started = time.perf_counter()
    export_pdf(title, paragraphs, tmp_path / "seed.pdf")
    assert time.perf_counter() - started < 1.0


def test_a_headline_paragraph_is_not_repeated_and_the_byline_heads_the_pdf(
        tmp_path: Path) -> None:
    """A page or row whose text starts with its headline line: the PDF heads the article
    with the headline and its source and date once, as the viewer does, and the body starts
    with the first real paragraph."""
    title = "پنجاب میں مون سون کی بارشوں سے سیلاب کا خطرہ"
    body = ["محکمہ موسمیات نے شدید بارشوں کی پیشگوئی کی ہے۔",
            "دریاؤں کے کنارے بسنے والوں کو محتاط رہنے کی ہدایت کی گئی ہے۔"]
    out = tmp_path / "page.pdf"
    export_pdf(title, [title + "۔", *body], out, byline="BBC News اردو، 14 جولائی 2024")
    for engine, text in engine_texts(out).items():
        assert text.count("سیلاب کا خطرہ") == 1, (engine, text)
        assert "جولائی" in text and "BBC" in text, (engine, text)
        assert text.index("خطرہ") < text.index("جولائی") < text.index("محکمہ"), (engine, text)


# Written for this test: numbers with separators in both digit scripts, and a Latin name with
# its bracketed acronym, inside Urdu lines.
NUMBERS = ("پاکستان Tehreek-e-Insaf (PTI) نے 2024-07-14 کو صبح 10:30 بجے اجلاس بلایا جس میں"
           " 1,022 افراد آئے اور ۱۴-۰۷-۲۰۲۴ کو دوسرا اجلاس ہوگا۔")


def _char_lefts(pdf: Path, chars: str) -> list[tuple[str, float]]:
    """Left edges of the text layer's characters (each sits where its glyph is drawn), in
    reading order, for the line holding "PTI"."""
    import pymupdf

    with pymupdf.open(str(pdf)) as doc:
        for page in doc:
            for block in page.get_text("rawdict")["blocks"]:
                for line in block.get("lines", []):
                    cells = [c for span in line["spans"] for c in span["chars"]]
                    if "PTI" in "".join(c["c"] for c in cells):
                        return [(c["c"], c["bbox"][0]) for c in cells if c["c"] in chars]
    raise AssertionError("no line holds PTI")


def test_numbers_and_a_bracketed_acronym_read_back_and_are_drawn_in_order(
        tmp_path: Path) -> None:
    """Dates, a time and a count read back as typed in every engine; "Tehreek-e-Insaf (PTI)"
    is drawn as one left-to-right unit (before rule N0 its ")" went to the Urdu side and the
    line showed "(Tehreek-e-Insaf (PTI") and reads back whole in poppler and MuPDF."""
    title, paragraphs = as_app_opens(read(SEED))
    body = [*paragraphs[:3], NUMBERS]
    out = tmp_path / "numbers.pdf"
    export_pdf(title, body, out)
    texts = engine_texts(out)
    for engine, text in texts.items():
        flat = " ".join(text.split())
        for unit in ("2024-07-14", "10:30", "1,022", "۱۴-۰۷-۲۰۲۴"):
            assert unit in flat.split(), (engine, unit, flat[-300:])
    for engine in ("poppler", "mupdf"):  # PDFium reverses any Latin run cut by punctuation
        assert "Tehreek-e-Insaf (PTI)" in " ".join(texts[engine].split()), engine
    lefts = _char_lefts(out, "TI()")
    x = dict((ch, pos) for ch, pos in lefts)  # last of each: T and I of PTI
    first_t = next(pos for ch, pos in lefts if ch == "T")
    assert first_t < x["("] < x["T"] < x["I"] < x[")"], lefts


@pytest.mark.parametrize("page_size", ["A4", "Letter"])
@pytest.mark.parametrize("font", ["nastaliq", "naskh"])
def test_a_paragraph_never_leaves_one_line_alone_on_a_page(font: str, page_size: str,
                                                           monkeypatch) -> None:
    """The seed with its date line under the title made a third page holding only «ہیں۔»
    (issue 27): a paragraph's last line never starts a page alone, nor its first ends one."""
    from reader_app.core.export import exporter
    from reader_app.core.library import read_article

    seed = read_article(SEED)
    words = seed.text.split() * 6  # long enough for paragraphs to run over pages
    paragraphs = [" ".join(words[i:i + n]) for i, n in
                  zip(range(0, len(words), 90), [130, 90, 200, 60, 150] * 20, strict=False)]
    blocks: list[list] = []
    real = exporter.Paginator.add

    def record(self, lines, space_before=0.0):
        blocks.append(list(lines))
        real(self, lines, space_before)

    monkeypatch.setattr(exporter.Paginator, "add", record)
    checked = 0
    for byline in (None, "file date 7 Dec 2026", "BBC اردو، ۱۴ جولائی ۲۰۲۴"):
        for body in (seed.paragraphs, paragraphs):
            blocks.clear()
            pages, _geo = exporter.lay_out(seed.title, body, font=font, page_size=page_size,
                                           byline=byline)
            owner = {id(line): n for n, block in enumerate(blocks) for line in block}
            for before, after in zip(pages, pages[1:], strict=False):
                block = owner[id(after.lines[0])]
                if owner[id(before.lines[-1])] != block or len(blocks[block]) < 4:
                    continue  # the break falls between paragraphs, or in a short one
                on_next = sum(owner[id(line)] == block for line in after.lines)
                on_this = sum(owner[id(line)] == block for line in before.lines)
                assert on_next >= 2 and on_this >= 2, (byline, on_this, on_next)
                checked += 1
    assert checked  # some paragraph did run over a page
