"""How well each way of writing the PDF text layer reads back, in poppler, PDFium and MuPDF.

    python benchmarks/export_compare.py [--article PATH] [--sweep N]

Every candidate draws the same HarfBuzz-shaped glyph outlines and differs only in how the
invisible text layer is written, so the numbers isolate the text layer. fpdf2's own HarfBuzz
shaping (real Nastaliq glyphs as text) is measured too, as the baseline from issue 5. Prints
a Markdown table: words recovered / distinct words and the character ratio of
``../shared/tools/pdf_fidelity.py`` (the metric is imported from it), per engine and font.
``--sweep N`` also exports N random corpus articles with the chosen route and counts how many
pass in every engine.
"""

from __future__ import annotations

import argparse
import difflib
import random
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
sys.path[:0] = [str(REPO), str(SHARED / "tools")]

import pdf_fidelity  # noqa: E402

from reader_app.core.export import document, export_pdf, textlayer  # noqa: E402
from reader_app.core.export.layout import Line  # noqa: E402
from reader_app.core.export.textfont import TextLayerFont  # noqa: E402
from reader_app.core.export.textlayer import _piece_cells  # noqa: E402
from reader_app.core.paths import resource_path  # noqa: E402

SEED = REPO / "seeds" / "000_26ccf66904288b90.txt"
CORPUS = SHARED / "corpora" / "urdu-news-bend-the-truth"
LONG = CORPUS / "fire2020-test" / "345.txt"
FONTS = {"nastaliq": "NotoNastaliqUrdu-Regular.ttf", "naskh": "NotoNaskhArabic-Regular.ttf"}
Emitter = Callable[[Line, TextLayerFont], list[str]]


def _cells_by_piece(line: Line) -> list[tuple[int, list[textlayer.Cell]]]:
    """(logical index, cells) of each piece, in visual order."""
    return [(p.logical, _piece_cells(p.x, p.x + p.width, p.piece.text, p.level % 2 == 1,
                                     p.level)) for p in line.pieces]


def _code(font: TextLayerFont, line: Line, cell: textlayer.Cell) -> str:
    return f"<{font.code(cell.ch, cell.width / line.size * 1000):04X}>"


def per_piece_visual(line: Line, font: TextLayerFont) -> list[str]:
    """One Tj per piece, left to right; right-to-left pieces spelled backwards (visual order),
    as most PDF producers write right-to-left text."""
    ops = [f"/T {line.size:g} Tf"]
    for _, cells in _cells_by_piece(line):
        ordered = sorted(cells, key=lambda c: c.x)
        shown = "".join(_code(font, line, c)[1:-1] for c in ordered)
        ops.append(f"1 0 0 1 {ordered[0].x:.3f} {line.baseline:.3f} Tm <{shown}> Tj")
    return ops


def per_piece_logical(line: Line, font: TextLayerFont) -> list[str]:
    """One TJ per piece in reading order; right-to-left characters step leftwards by kerning."""
    ops = [f"/T {line.size:g} Tf"]
    for _, cells in sorted(_cells_by_piece(line), key=lambda item: item[0]):
        parts = []
        for a, b in zip(cells, cells[1:] + [None], strict=True):
            parts.append(_code(font, line, a))
            if b is not None and a.rtl:
                parts.append(f"{(a.x + a.width - b.x) / line.size * 1000:.1f}")
        ops.append(f"1 0 0 1 {cells[0].x:.3f} {line.baseline:.3f} Tm [{' '.join(parts)}] TJ")
    return ops


def per_piece_mirrored(line: Line, font: TextLayerFont) -> list[str]:
    """One Tj per piece in reading order; right-to-left pieces under a mirrored text matrix,
    so they advance leftwards (as Tesseract's OCR text layer does)."""
    ops = [f"/T {line.size:g} Tf"]
    for _, cells in sorted(_cells_by_piece(line), key=lambda item: item[0]):
        shown = "".join(_code(font, line, c)[1:-1] for c in cells)
        if cells[0].rtl:
            right = cells[0].x + cells[0].width
            ops.append(f"-1 0 0 1 {right:.3f} {line.baseline:.3f} Tm <{shown}> Tj")
        else:
            ops.append(f"1 0 0 1 {cells[0].x:.3f} {line.baseline:.3f} Tm <{shown}> Tj")
    return ops


def per_char_no_marks(line: Line, font: TextLayerFont) -> list[str]:
    """The chosen layout without the LRM/RLM marks, to show what the marks are for."""
    ops = [f"/T {line.size:g} Tf"]
    for _, cells in sorted(_cells_by_piece(line), key=lambda item: item[0]):
        ops += [f"1 0 0 1 {c.x:.3f} {line.baseline:.3f} Tm {_code(font, line, c)} Tj"
                for c in cells]
    return ops


CANDIDATES: dict[str, Emitter | None] = {
    "outlines + invisible text, one Tj per piece, visual order": per_piece_visual,
    "outlines + invisible text, one TJ per piece, logical order stepping left": per_piece_logical,
    "outlines + invisible text, one Tj per piece, mirrored matrix for RTL": per_piece_mirrored,
    "outlines + invisible text, one object per character, logical order": per_char_no_marks,
    "**chosen**: the above + LRM/RLM at direction changes (reader_app.core.export)": None,
}


def read_back(article: Path, pdf: Path) -> dict[str, tuple[int, int, float]]:
    """engine → (words found, words, char ratio), computed exactly as pdf_fidelity.py does."""
    src = pdf_fidelity.norm(article.read_text(encoding="utf-8-sig"))
    words, flat = set(src.split()), re.sub(r"\s+", "", src)
    out = {}
    for name, read in (("poppler", pdf_fidelity.poppler), ("pdfium", pdf_fidelity.pdfium),
                       ("mupdf", pdf_fidelity.mupdf)):
        text = pdf_fidelity.norm(read(str(pdf)))
        ratio = difflib.SequenceMatcher(None, flat, re.sub(r"\s+", "", text),
                                        autojunk=False).ratio()
        out[name] = (len(words & set(text.split())), len(words), ratio)
    return out


def as_app_opens(path: Path) -> tuple[str, list[str]]:
    from reader_app.core.library import Article, read_article

    article = read_article(path)
    assert isinstance(article, Article), article
    return article.title, article.paragraphs


def export_with(emitter: Emitter | None, title: str, paragraphs: list[str], out: Path,
                font: str) -> float:
    saved = document.line_ops
    if emitter is not None:
        document.line_ops = emitter
    try:
        started = time.perf_counter()
        export_pdf(title, paragraphs, out, font=font)
        return time.perf_counter() - started
    finally:
        document.line_ops = saved


def export_fpdf2(title: str, paragraphs: list[str], out: Path, font: str) -> None:
    """fpdf2's HarfBuzz shaping: the real glyphs as text, with fpdf2's own ToUnicode."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.add_font("u", fname=str(resource_path("fonts", FONTS[font])))
    pdf.set_font("u", size=14)
    pdf.set_text_shaping(use_shaping_engine=True, direction="rtl", script="arab", language="urd")
    for text in [title, *paragraphs]:
        pdf.multi_cell(0, 14 * (2.4 if font == "nastaliq" else 1.7) / 2.83, text, align="R",
                       new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(out))


def table(articles: list[Path], tmp: Path) -> None:
    print("| route | article | font | poppler | PDFium | MuPDF |")
    print("|---|---|---|---|---|---|")
    routes: list[tuple[str, Emitter | None | str]] = [
        ("fpdf2 2.8 + HarfBuzz shaping (`set_text_shaping`)", "fpdf2"),
        *CANDIDATES.items(),
    ]
    for route, emitter in routes:
        for article in articles:
            title, paragraphs = as_app_opens(article)
            for font in FONTS:
                out = tmp / f"{len(route)}-{article.stem}-{font}.pdf"
                if emitter == "fpdf2":
                    export_fpdf2(title, paragraphs, out, font)
                else:
                    export_with(emitter, title, paragraphs, out, font)
                cells = [f"{w}/{n}, {r:.3f}" for w, n, r in read_back(article, out).values()]
                print(f"| {route} | {article.stem} | {font} | " + " | ".join(cells) + " |")


def _cold_seconds(article: Path, font: str, out: Path) -> float:
    """One export in a fresh interpreter, so font loading and first use are included."""
    code = (f"import sys, time; sys.path[:0] = [{str(REPO)!r}, {str(Path(__file__).parent)!r}]\n"
            "from pathlib import Path\nfrom export_compare import as_app_opens\n"
            "from reader_app.core.export import export_pdf\n"
            f"title, paragraphs = as_app_opens(Path({str(article)!r}))\n"
            "started = time.perf_counter()\n"
            f"export_pdf(title, paragraphs, Path({str(out)!r}), font={font!r})\n"
            "print(time.perf_counter() - started)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    return float(result.stdout.strip())


def timings(tmp: Path) -> None:
    print("\n| article | font | pages | first export, fresh process | next exports (median of 5) |")
    print("|---|---|---|---|---|")
    for article in (SEED, LONG):
        title, paragraphs = as_app_opens(article)
        for font in FONTS:
            cold = _cold_seconds(article, font, tmp / "cold.pdf")
            times = sorted(export_with(None, title, paragraphs, tmp / "t.pdf", font)
                           for _ in range(5))
            pages = _pages(tmp / "t.pdf")
            print(f"| {article.stem} ({sum(map(len, paragraphs))} chars) | {font} | {pages} | "
                  f"{cold:.3f} s | {times[2]:.3f} s |")


def _pages(pdf: Path) -> int:
    import pypdfium2

    doc = pypdfium2.PdfDocument(str(pdf))
    try:
        return len(doc)
    finally:
        doc.close()


def sweep(count: int, tmp: Path) -> None:
    files = sorted(CORPUS.rglob("*.txt"))
    sample = random.Random(1).sample([f for f in files if f.name != "README.md"], count)
    passed = {name: 0 for name in ("poppler", "pdfium", "mupdf", "all")}
    for path in sample:
        title, paragraphs = as_app_opens(path)
        for font in FONTS:
            out = tmp / "sweep.pdf"
            export_with(None, title, paragraphs, out, font)
            result = read_back(path, out)
            ok = {k: w == n and r >= 0.99 for k, (w, n, r) in result.items()}
            for name, good in ok.items():
                passed[name] += good
            passed["all"] += all(ok.values())
    total = 2 * count
    print(f"\nsweep: {count} random corpus articles x 2 fonts = {total} exports pass "
          + ", ".join(f"{k}: {v}/{total}" for k, v in passed.items()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--article", type=Path, action="append")
    parser.add_argument("--sweep", type=int, default=0)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        table(args.article or [SEED, LONG], Path(tmp))
        timings(Path(tmp))
        if args.sweep:
            sweep(args.sweep, Path(tmp))


if __name__ == "__main__":
    main()
