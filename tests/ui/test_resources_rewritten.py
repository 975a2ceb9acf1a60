"""A running reader survives its translation and font files being rewritten in place.

``lrelease`` rewrites a ``.qm`` file in place (same inode, truncated first), and so do ``cp``
and in-place installs. Qt maps a catalogue or font it opens by file name, so the next lookup
past the new end of the file killed the whole process with SIGBUS (seen once in
benchmarks/first_index_listing.py on 10,000 articles, while the catalogues of the worktree it
ran from were rebuilt). Each case runs in a child process: a crash must fail the test, not
end the test run.
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

CHILD = r"""
import sys
from pathlib import Path
bundle = Path(sys.argv[1])
sys._MEIPASS = str(bundle)  # paths.bundle_root: the resources of this copy
from PySide6.QtCore import QCoreApplication, QRect
from PySide6.QtGui import QFont, QImage, QPainter
from PySide6.QtWidgets import QApplication
from reader_app.ui import fonts
from reader_app.ui.i18n import Translations
app = QApplication([])
Translations(app).apply("ur")
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
rewritten = [bundle / "resources" / "translations" / "reader_ur.qm"] if sys.argv[2] == "qm" \
    else sorted((bundle / "resources" / "fonts").glob("*.ttf"))
for path in rewritten:  # as lrelease and cp begin: the same file, cut to nothing
    with open(path, "r+b") as fh:
        fh.truncate(0)
for context, source in [line.split("\t", 1) for line in sys.argv[3].split("\n")]:
    QCoreApplication.translate(context, source)
# Letters, sizes and weights not drawn yet: their glyphs are read from the font now.
paint("ژ ڈ ڑ ۓ ؤ ئ ۂ ہ ھ گ بجٹ پیش کیا وزیراعظم عدالت Quick Brown Fox 1234567890",
      [13, 27, 61], True)
print(QCoreApplication.translate("Library", "The library is up to date."))
"""


def _sources() -> list[tuple[str, str]]:
    ts = ET.parse(ROOT / "resources" / "translations" / "reader_ur.ts").getroot()
    return [(context.findtext("name") or "", message.findtext("source") or "")
            for context in ts.iter("context") for message in context.iter("message")
            if "\n" not in (message.findtext("source") or "")
            and "\t" not in (context.findtext("name") or "")]


def _urdu(context: str, source: str) -> str:
    ts = ET.parse(ROOT / "resources" / "translations" / "reader_ur.ts").getroot()
    for ctx in ts.iter("context"):
        if ctx.findtext("name") == context:
            for message in ctx.iter("message"):
                if message.findtext("source") == source:
                    return message.findtext("translation") or ""
    raise AssertionError(f"{source!r} is not in the Urdu catalogue")


@pytest.mark.skipif(sys.platform == "win32", reason="Windows refuses to rewrite a mapped file")
@pytest.mark.parametrize("rewritten", ["qm", "fonts"])
def test_the_window_keeps_working_when_its_catalogue_or_fonts_are_rewritten(
        tmp_path: Path, rewritten: str) -> None:
    bundle = tmp_path / "bundle"
    shutil.copytree(ROOT / "resources", bundle / "resources")
    sources = "\n".join(f"{c}\t{s}" for c, s in _sources())
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen",
               PYTHONFAULTHANDLER="1")
    out = subprocess.run([sys.executable, "-c", CHILD, str(bundle), rewritten, sources],
                         capture_output=True, text=True, env=env, timeout=120, check=False)
    assert out.returncode != -signal.SIGBUS, f"the reader crashed (SIGBUS):\n{out.stderr}"
    assert out.returncode == 0, out.stderr
    # Still in Urdu: the catalogue read at start is the one in use, whatever the file holds.
    assert out.stdout.strip() == _urdu("Library", "The library is up to date.")
