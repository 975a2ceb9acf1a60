"""The interface translations: sources in step with the code, .qm files built from them."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("ur", "en")
PLACEHOLDER = re.compile(r"%(?:n|\d)")


def messages(ts: Path) -> list[tuple[str, str, bool, list[str], bool]]:
    """(context, source, numerus, translations, finished) for every message of a .ts file."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            numerus = message.get("numerus") == "yes"
            forms = ([f.text or "" for f in translation.iter("numerusform")] if numerus
                     else [translation.text or ""])
            finished = translation.get("type") not in ("unfinished", "obsolete", "vanished")
            found.append((name, message.findtext("source") or "", numerus, forms, finished))
    return found


def lupdate() -> Path:
    name = "pyside6-lupdate"
    tool = Path(sys.executable).with_name(name)
    if tool.exists():
        return tool
    found = shutil.which(name)
    if found is None:
        pytest.skip("pyside6-lupdate is not installed")
    return Path(found)


def test_the_sources_hold_every_text_of_the_code(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh_ur.ts"
    # The UI, the labels of the options it offers (declared Qt-free in core/options.py) and
    # every sentence the core says (its Messages, marked in the "Core" context) and the
    # command line's own sentences ("CLI").
    files = [str(ROOT / "reader_app" / "cli.py"),
             *sorted(str(p) for p in (ROOT / "reader_app" / "ui").rglob("*.py")),
             *sorted(str(p) for p in (ROOT / "reader_app" / "core").rglob("*.py"))]
    subprocess.run([str(lupdate()), "-locations", "none", *files, "-ts", str(fresh)],
                   check=True, capture_output=True, cwd=ROOT)
    wanted = {(c, s) for c, s, *_ in messages(fresh)}
    for language in LANGUAGES:
        have = {(c, s) for c, s, *_ in messages(TRANSLATIONS / f"reader_{language}.ts")}
        assert wanted - have == set(), f"reader_{language}.ts lacks texts: run update.sh"
        assert have - wanted == set(), f"reader_{language}.ts has stale texts: run update.sh"


def test_urdu_is_complete_and_keeps_placeholders() -> None:
    for context, source, numerus, forms, finished in messages(TRANSLATIONS / "reader_ur.ts"):
        assert finished and all(forms), f"untranslated: {context} / {source}"
        if numerus:
            assert len(forms) == 2, source  # Urdu: one, other
        for form in forms:
            assert sorted(PLACEHOLDER.findall(form)) == sorted(PLACEHOLDER.findall(source)), form


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_qm_is_built_from_the_current_ts(language: str) -> None:
    ts, qm = TRANSLATIONS / f"reader_{language}.ts", TRANSLATIONS / f"reader_{language}.qm"
    assert qm.exists(), f"{qm.name} is missing: run resources/translations/update.sh"
    translator = QTranslator()
    assert translator.load(str(qm))
    checked = 0
    for context, source, numerus, forms, finished in messages(ts):
        if not finished:
            continue
        if numerus:
            for n, form in ((1, forms[0]), (5, forms[-1])):
                assert translator.translate(context, source, None, n) == form.replace(
                    "%n", str(n)) or translator.translate(context, source, None, n) == form
        else:
            assert translator.translate(context, source) == forms[0], \
                f"{qm.name} is older than {ts.name}: run resources/translations/update.sh"
        checked += 1
    assert checked


CORE_PLACE = re.compile(r"\{\w+(?::[^{}]*)?\}")


def test_every_core_sentence_has_urdu_with_the_same_places() -> None:
    """The core's Messages (skip reasons, index notices, export errors, search notes) are
    filled by name after translating: an Urdu text that drops or renames a ``{place}``
    would lose the path or number it stands for, and one missing would show English."""
    core = [(source, forms, finished) for context, source, _n, forms, finished
            in messages(TRANSLATIONS / "reader_ur.ts") if context == "Core"]
    assert len(core) > 50  # the core's sentences are in the catalogue at all
    for source, forms, finished in core:
        assert finished and forms[0], f"no Urdu for the core's {source!r}"
        assert sorted(CORE_PLACE.findall(forms[0])) == sorted(CORE_PLACE.findall(source)), \
            forms[0]
        if not re.search("[A-Za-z]", CORE_PLACE.sub("", source)):
            continue  # "{text}", "{path}: {reason}": only places and punctuation
        assert re.search(r"[\u0600-\u06FF]", forms[0]), f"not Urdu: {forms[0]!r}"
