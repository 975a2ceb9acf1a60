"""The PDF exporter's bidi against Unicode's own conformance cases, and the mixes Urdu news has.

tests/core/data/bidi holds the cases of BidiTest.txt and BidiCharacterTest.txt (Unicode 15.0)
that the exporter's algorithm covers: right-to-left paragraphs without explicit embeddings,
overrides or isolates (the data files' headers say exactly what was kept).
"""

from __future__ import annotations

import gzip
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest

from reader_app.core.export.bidi import embedding_levels, line_levels, visual_order

DATA = Path(__file__).parent / "data" / "bidi"
# One character of each class, for BidiTest's class sequences.
SAMPLE = {"L": "a", "R": "\u05d0", "AL": "\u0627", "EN": "1", "ES": "+", "ET": "$", "AN": "\u0660",
          "CS": ",", "NSM": "\u0300", "BN": "\u00ad", "B": "\u2029", "S": "\t", "WS": " ",
          "ON": "!"}


def _removed(ch: str) -> bool:
    return unicodedata.bidirectional(ch) == "BN"


def resolve(text: str) -> tuple[list[str], list[int]]:
    """Levels as the conformance files write them (x: removed by X9) and the visual order of
    the characters that are kept, for ``text`` set as one right-to-left line."""
    levels = line_levels(text, embedding_levels(text))
    shown = ["x" if _removed(ch) else str(lv) for ch, lv in zip(text, levels, strict=True)]
    kept = [i for i, ch in enumerate(text) if not _removed(ch)]
    return shown, visual_order(kept, [levels[i] for i in kept])


def _lines(name: str) -> Iterator[str]:
    with gzip.open(DATA / name, "rt", encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                yield line.rstrip("\n")


def _mismatch(text: str, levels: list[str], order: list[int]) -> str | None:
    got_levels, got_order = resolve(text)
    if any(w not in ("x", g) for w, g in zip(levels, got_levels, strict=True)):
        return f"levels {' '.join(got_levels)} != {' '.join(levels)}"
    if got_order != order:
        return f"order {got_order} != {order}"
    return None


def test_bidi_character_test_cases_pass() -> None:
    """Real characters, brackets (rule N0) among them: 7,457 cases."""
    failures, count = [], 0
    for line in _lines("BidiCharacterTest-rtl.txt.gz"):
        points, _direction, _level, levels, order = line.split(";")
        text = "".join(chr(int(h, 16)) for h in points.split())
        count += 1
        if (why := _mismatch(text, levels.split(), [int(i) for i in order.split()])):
            failures.append(f"{points}: {why}")
    assert count > 7000
    assert not failures, f"{len(failures)} of {count} fail, e.g.\n" + "\n".join(failures[:5])


def test_bidi_test_class_sequences_pass() -> None:
    """Every sequence of weak, neutral and strong classes up to length 4 and more: 33,346."""
    failures, count = [], 0
    levels: list[str] = []
    order: list[int] = []
    for line in _lines("BidiTest-rtl.txt.gz"):
        if line.startswith("@Levels:"):
            levels = line.split(":", 1)[1].split()
        elif line.startswith("@Reorder:"):
            order = [int(i) for i in line.split(":", 1)[1].split()]
        else:
            count += 1
            text = "".join(SAMPLE[c] for c in line.split())
            if (why := _mismatch(text, levels, order)):
                failures.append(f"{line}: {why}")
    assert count > 30000
    assert not failures, f"{len(failures)} of {count} fail, e.g.\n" + "\n".join(failures[:5])


def _runs(text: str) -> list[str]:
    """What a reader sees, right to left: the line's characters in visual order, cut where
    the direction changes, each run given in reading order."""
    levels = line_levels(text, embedding_levels(text))
    runs: list[tuple[int, list[str]]] = []
    for i in visual_order(list(range(len(text))), levels)[::-1]:  # right to left
        if runs and runs[-1][0] == levels[i]:
            runs[-1][1].append(text[i])
        else:
            runs.append((levels[i], [text[i]]))
    return ["".join(chars if lv % 2 else chars[::-1]) for lv, chars in runs]


@pytest.mark.parametrize(("text", "unit"), [
    ("صبح 10:30 بجے", "10:30"),
    ("ان میں 1,022 افراد", "1,022"),
    ("شرح 3.5% رہی", "3.5"),
    ("شرح ۳٫۵ رہی", "۳٫۵"),
    ("تفصیل www.example.com/news?id=5 پر", "www.example.com/news?id=5"),
    ("پاکستان Tehreek-e-Insaf (PTI) نے", "Tehreek-e-Insaf (PTI)"),
    ("ادارے (IRENA) کی", "IRENA"),
])
def test_numbers_addresses_and_latin_names_stay_whole(text: str, unit: str) -> None:
    """A time, a count, a decimal, an address, a Latin name with its bracketed acronym:
    each is one left-to-right unit inside the Urdu line (before rule N0, "(PTI)" lost its
    ")" to the Urdu side and was drawn as "(Tehreek-e-Insaf (PTI")."""
    assert unit in _runs(text)


@pytest.mark.parametrize(("text", "parts"), [
    ("اجلاس 2024-07-14 کو", ["2024", "-", "07", "-", "14"]),
    ("اجلاس ۱۴-۰۷-۲۰۲۴ کو", ["۱۴", "-", "۰۷", "-", "۲۰۲۴"]),
    ("شرح 3.5% رہی", ["3.5", "% رہی"]),
])
def test_a_date_and_a_percentage_read_right_to_left_as_the_standard_says(
        text: str, parts: list[str]) -> None:
    """After Urdu letters digits are Arabic numbers (W2), and a hyphen joins only European
    ones (W4), and a percent sign joins only European ones (W5): the parts of a date follow
    each other right to left, and "%" stands left of the number, as in Qt's viewer, in
    browsers and in python-bidi (checked: get_display gives '14-07-2024' for the first)."""
    runs = _runs(text)
    start = runs.index(parts[0])
    assert runs[start:start + len(parts)] == parts
