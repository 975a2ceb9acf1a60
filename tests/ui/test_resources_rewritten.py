"""A running reader survives its translation catalogue and fonts being rewritten in place.

``pyside6-lrelease`` rewrites a ``.qm`` in place (same inode: truncated, then written), and so
do ``cp`` and an in-place package upgrade. Qt maps a catalogue or a font it opens by file name,
so the next lookup or glyph past the file's new end killed the whole process with SIGBUS.
Each case runs the app's own loading code (``reader_app.ui.app.prepare``) in a child process,
so a crash fails the test instead of ending the test run.

The other two tests pin the lifetimes the fix relies on: ``QTranslator.load(bytes)`` does not
copy (a translator whose buffer is zeroed after loading answers garbage, so ours must keep
its bytes), and ``QFontDatabase.addApplicationFontFromData`` does (a font whose buffer is
zeroed after adding still draws).
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
UP_TO_DATE = ("Library", "The library is up to date.")

CHILD = r"""
import sys
from pathlib import Path

bundle = Path(sys.argv[1])
sys._MEIPASS = str(bundle)  # paths.bundle_root: this copy's resources, not the checkout's
from PySide6.QtCore import QCoreApplication, QRect
from PySide6.QtGui import QFont, QImage, QPainter

from reader_app.ui import fonts
from reader_app.ui.app import create_application, prepare
from reader_app.ui.settings import Settings

app = create_application([])
settings = Settings(bundle / "settings.ini")
settings.language = "ur"
prepare(app, settings)  # what the app does before its first window
families = fonts.load_fonts()
image = QImage(1600, 200, QImage.Format.Format_ARGB32)


def paint(text, sizes, bold):
    painter = QPainter(image)
    for family in families.values():
        for size in sizes:
            font = QFont(family, size)
            font.setBold(bold)
            painter.setFont(font)
            painter.drawText(QRect(0, 0, 1600, 200), 0, text)
    painter.end()


paint("پاکستان کی حکومت Karachi", [20], False)  # the window has painted before
print(QCoreApplication.translate(*sys.argv[3].split("\t")), flush=True)
rewritten = [bundle / "resources" / "translations" / "reader_ur.qm"] if sys.argv[2] == "qm" \
    else sorted((bundle / "resources" / "fonts").glob("*.ttf"))
other = bundle / "resources" / "fonts" / "NotoNaskhArabic-Regular.ttf"
new_font = other.read_bytes()[:60_000]  # another font's beginning: other bytes, shorter
for path in rewritten:
    old = path.read_bytes()
    # As lrelease or an upgrade does it: the same file cut to nothing, then new bytes
    # written (here only the first 4 KiB of a catalogue, as part-way through the writing,
    # or the start of another font): shorter than what was mapped.
    new = old[:4096] if path.suffix == ".qm" else new_font
    with open(path, "r+b") as fh:
        fh.truncate(0)
        fh.write(new)
    assert path.read_bytes() != old
for line in sys.argv[4].split("\n"):
    QCoreApplication.translate(*line.split("\t", 1))
# Letters, sizes and weights not drawn yet: their glyphs are read from the font now.
paint("ژ ڈ ڑ ۓ ؤ ئ ۂ ہ ھ گ بجٹ پیش کیا وزیراعظم عدالت Quick Brown Fox 1234567890",
      [13, 27, 61], True)
print(QCoreApplication.translate(*sys.argv[3].split("\t")), flush=True)
"""


def _catalogue() -> list[tuple[str, str, str]]:
    """(context, source, Urdu) of every one-line message of the Urdu catalogue."""
    ts = ET.parse(ROOT / "resources" / "translations" / "reader_ur.ts").getroot()
    return [(context.findtext("name") or "", message.findtext("source") or "",
             message.findtext("translation") or "")
            for context in ts.iter("context") for message in context.iter("message")
            if "\n" not in (message.findtext("source") or "")
            and "\t" not in (message.findtext("source") or "")]


def _urdu(context: str, source: str) -> str:
    return next(u for c, s, u in _catalogue() if (c, s) == (context, source))


@pytest.mark.skipif(sys.platform == "win32", reason="Windows refuses to rewrite a mapped file")
@pytest.mark.parametrize("rewritten", ["qm", "fonts"])
def test_the_app_keeps_working_when_its_catalogue_or_fonts_are_rewritten(
        tmp_path: Path, rewritten: str) -> None:
    bundle = tmp_path / "bundle"
    shutil.copytree(ROOT / "resources", bundle / "resources")
    sources = "\n".join(f"{c}\t{s}" for c, s, _ in _catalogue())
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen",
               PYTHONFAULTHANDLER="1")
    out = subprocess.run([sys.executable, "-c", CHILD, str(bundle), rewritten,
                          "\t".join(UP_TO_DATE), sources],
                         capture_output=True, text=True, env=env, timeout=120, check=False)
    assert out.returncode != -signal.SIGBUS, f"the reader crashed (SIGBUS):\n{out.stderr}"
    assert out.returncode == 0, out.stderr
    # Still in Urdu, before and after: the catalogue read at start is the one in use,
    # whatever the file holds now.
    assert out.stdout.split("\n")[:2] == [_urdu(*UP_TO_DATE)] * 2, out.stdout


LIFETIME = r"""
import gc
import sys
from pathlib import Path

from PySide6.QtCore import QRect, QTranslator
from PySide6.QtGui import QColor, QFont, QFontDatabase, QImage, QPainter
from PySide6.QtWidgets import QApplication

from reader_app.core.paths import resource_path
from reader_app.ui.i18n import load_catalogue

app = QApplication([])
qm = resource_path("translations", "reader_ur.qm")
context, source = sys.argv[1].split("\t")


kept = []


def bare():
    buffer = bytearray(qm.read_bytes())
    kept.append(buffer)  # alive, so the lookup reads zeros, not freed memory
    translator = QTranslator()
    assert translator.load(buffer)
    buffer[:] = bytes(len(buffer))  # the same buffer, zeroed: does Qt read it, or a copy?
    return translator


def font():
    buffer = bytearray(resource_path("fonts", "NotoNastaliqUrdu-Regular.ttf").read_bytes())
    family = QFontDatabase.applicationFontFamilies(
        QFontDatabase.addApplicationFontFromData(buffer))[0]
    buffer[:] = bytes(len(buffer))
    return family


translators = [bare(), load_catalogue("ur")]
family = font()
gc.collect()
junk = [bytes([0x55]) * qm.stat().st_size for _ in range(20)]  # reuse freed memory
for translator in translators:
    print(repr(translator.translate(context, source)))
image = QImage(800, 100, QImage.Format.Format_ARGB32)
image.fill(QColor("white"))
painter = QPainter(image)
painter.setFont(QFont(family, 30))
painter.drawText(QRect(0, 0, 800, 100), 0, "پاکستان کی حکومت")
painter.end()
print(sum(image.pixelColor(x, y).lightness() < 128 for x in range(800) for y in range(100)))
"""


def test_the_catalogue_bytes_must_be_kept_and_the_font_bytes_are_copied(tmp_path: Path) -> None:
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-c", LIFETIME, "\t".join(UP_TO_DATE)],
                         capture_output=True, text=True, env=env, timeout=120, check=False)
    assert out.returncode == 0, out.stderr
    freed, kept, ink = out.stdout.split("\n")[:3]
    # Qt reads the catalogue where it was given: once those bytes change it answers
    # garbage (so CatalogueTranslator must keep them), and ours still answers in Urdu.
    assert freed != repr(_urdu(*UP_TO_DATE))
    assert kept == repr(_urdu(*UP_TO_DATE))
    assert int(ink) > 500  # the font drawn from Qt's own copy, though ours was zeroed
