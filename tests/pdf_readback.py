"""Reads an exported PDF's text layer back with the engines behind most PDF viewers, and says
how much of the article each one recovers.

- poppler: ``pdftotext`` (Evince, Okular, most Linux viewers; Debian's poppler-utils)
- PDFium: ``pypdfium2`` (Chrome's and Edge's viewer)
- MuPDF: ``pymupdf`` (SumatraPDF, zathura, mutool)

Copy-paste, search inside the PDF and screen readers all go through this text layer, so a PDF
that looks right but reads back wrong is a broken export. Every engine is required: one that is
missing fails the check instead of letting a broken text layer pass unseen.
"""

from __future__ import annotations

import difflib
import re
import shutil
import subprocess
import unicodedata
from dataclasses import dataclass
from pathlib import Path

# bidi controls and the BOM: engines add or drop them freely; they are not text
INVISIBLE = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
MIN_RATIO = 0.99


def normalise(text: str) -> str:
    """Compatibility forms folded (engines return presentation forms or not), marks dropped."""
    return INVISIBLE.sub("", unicodedata.normalize("NFKC", text))


def _poppler(pdf: Path) -> str:
    exe = shutil.which("pdftotext")
    if exe is None:
        raise AssertionError("poppler's pdftotext is not installed (Debian: poppler-utils)")
    return subprocess.run([exe, "-enc", "UTF-8", str(pdf), "-"], capture_output=True,
                          text=True, check=True, timeout=120).stdout


def _pdfium(pdf: Path) -> str:
    import pypdfium2

    doc = pypdfium2.PdfDocument(str(pdf))
    try:
        return "\n".join(page.get_textpage().get_text_bounded() for page in doc)
    finally:
        doc.close()


def _mupdf(pdf: Path) -> str:
    import pymupdf

    with pymupdf.open(str(pdf)) as doc:
        return "\n".join(page.get_text() for page in doc)


ENGINES = {"poppler": _poppler, "pdfium": _pdfium, "mupdf": _mupdf}


def engine_texts(pdf: Path) -> dict[str, str]:
    """Each engine's text of the whole PDF, normalised."""
    return {name: normalise(read(pdf)) for name, read in ENGINES.items()}


@dataclass(frozen=True)
class ReadBack:
    engine: str
    words: int  # distinct words of the article
    missing: frozenset[str]  # of those, the ones that engine's text lacks as a whole word
    ratio: float  # similarity of the two texts with all whitespace removed; order counts

    @property
    def ok(self) -> bool:
        return not self.missing and self.ratio >= MIN_RATIO

    def __str__(self) -> str:
        shown = " ".join(sorted(self.missing)[:10])
        return (f"{self.engine:8s} {self.words - len(self.missing)}/{self.words} words"
                f"  ratio={self.ratio:.3f}" + (f"  missing: {shown}" if shown else ""))


def read_back(text: str, pdf: Path) -> list[ReadBack]:
    """How well each engine recovers ``text`` (the article as exported) from ``pdf``."""
    source = normalise(text)
    words = set(source.split())
    flat = "".join(source.split())
    results = []
    for engine, got in engine_texts(pdf).items():
        ratio = difflib.SequenceMatcher(None, flat, "".join(got.split()),
                                        autojunk=False).ratio()
        results.append(ReadBack(engine, len(words), frozenset(words - set(got.split())), ratio))
    return results


def assert_reads_back(text: str, pdf: Path) -> list[ReadBack]:
    """Every engine gets every word back, in order (ratio >= MIN_RATIO)."""
    results = read_back(text, pdf)
    assert all(r.ok for r in results), "\n".join(map(str, results))
    return results
