"""The freedesktop entry that makes the app double-clickable and a handler for the files it
reads (text, saved pages, feeds, datasets).

The validator is Debian's desktop-file-validate (desktop-file-utils, installed by setup.sh);
the checks that need it skip only when it is missing."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# What the app reads (README, "What it reads"), by the names shared-mime-info gives them;
# JSON Lines has none there: the NDJSON spec's name and jsonlines.org's proposal.
MIME_TYPES = ["text/plain", "text/html", "application/xhtml+xml", "application/rss+xml",
              "application/atom+xml", "text/csv", "text/tab-separated-values",
              "application/json", "application/x-ndjson", "application/jsonl"]
JSON_LINES = {"application/x-ndjson", "application/jsonl"}
SHARED_MIME_INFO = Path("/usr/share/mime/packages/freedesktop.org.xml")
MIME_NS = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}


def test_desktop_entry_declares_what_desktops_need() -> None:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(ROOT / "resources" / "reader-app.desktop", encoding="utf-8")
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application"
    assert entry["Categories"] == "Office;Viewer;"
    assert entry["MimeType"].split(";") == [*MIME_TYPES, ""]
    assert entry["Exec"].split()[-1] in ("%f", "%F")  # opens the double-clicked article
    for key in ("Name", "GenericName", "Comment"):
        assert entry[key] and entry[f"{key}[ur]"]
        assert any("\u0600" <= ch <= "\u06ff" for ch in entry[f"{key}[ur]"])
    icon = entry["Icon"]
    assert icon == "reader-app"
    for size in (16, 32, 48, 64, 128, 256):
        assert (ROOT / "resources" / "icons" / f"reader-{size}.png").exists()
    assert (ROOT / "resources" / "icons" / "reader.svg").exists()


def _validate(entry: Path) -> None:
    validator = shutil.which("desktop-file-validate")
    if validator is None:
        pytest.skip("desktop-file-validate is not installed (Debian: desktop-file-utils)")
    done = subprocess.run([validator, str(entry)], capture_output=True, text=True, timeout=30)
    # it exits 0 on hints too; errors and warnings are what desktops act on
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr


def test_desktop_entry_passes_desktop_file_validate() -> None:
    """Desktops (and Debian's lintian) ignore or reject an entry the validator refuses."""
    _validate(ROOT / "resources" / "reader-app.desktop")


def test_installed_entry_for_the_built_app_passes_desktop_file_validate(tmp_path: Path) -> None:
    """install-desktop-entry.sh rewrites Exec/TryExec to the built app's path, which may hold
    spaces; the entry it writes must still be valid."""
    app = tmp_path / "my apps" / "reader-app"
    app.parent.mkdir()
    app.write_text("#!/bin/sh\n")
    app.chmod(0o755)
    data = tmp_path / "data"
    done = subprocess.run(["bash", str(ROOT / "install-desktop-entry.sh"), str(app)],
                          env={**os.environ, "XDG_DATA_HOME": str(data)},
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    installed = data / "applications" / "reader-app.desktop"
    assert f'Exec="{app}" %F' in installed.read_text(encoding="utf-8").splitlines()
    assert (data / "icons" / "hicolor" / "256x256" / "apps" / "reader-app.png").is_file()
    _validate(installed)


def _shared_mime_info() -> ET.Element:
    if not SHARED_MIME_INFO.exists():
        pytest.skip("shared-mime-info is not installed")
    return ET.parse(SHARED_MIME_INFO).getroot()


def test_the_declared_types_are_the_ones_desktops_give_those_files() -> None:
    """A file manager finds a file's type by its name in shared-mime-info's database and
    offers the apps that declare that type: each suffix the core reads whole (a feed saved as
    .xml or .rdf is left to File › Add Folder: every XML file is not an article) must land on
    a declared type. JSON Lines has no type there: such files are text/plain, declared too."""
    root = _shared_mime_info()
    known = {t.get("type") for t in root.findall("m:mime-type", MIME_NS)}
    known |= {a.get("type") for a in root.iterfind("m:mime-type/m:alias", MIME_NS)}
    assert set(MIME_TYPES) - JSON_LINES <= known
    globs: dict[str, set[str]] = {}
    for mime in root.findall("m:mime-type", MIME_NS):
        for glob in mime.findall("m:glob", MIME_NS):
            globs.setdefault((glob.get("pattern") or "").lower(), set()).add(mime.get("type"))
    for suffix in (".txt", ".html", ".htm", ".xhtml", ".rss", ".atom", ".csv", ".tsv", ".json"):
        assert globs.get(f"*{suffix}", set()) & set(MIME_TYPES), suffix
    assert "*.jsonl" not in globs  # if it ever gets a name, declare that one too


def test_the_installer_installs_the_metainfo_beside_the_entry(tmp_path: Path) -> None:
    app = tmp_path / "reader-app"
    app.write_text("#!/bin/sh\n")
    app.chmod(0o755)
    data = tmp_path / "data"
    done = subprocess.run(["bash", str(ROOT / "install-desktop-entry.sh"), str(app)],
                          env={**os.environ, "XDG_DATA_HOME": str(data)},
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    shipped = sorted((ROOT / "resources").glob("*.metainfo.xml"))
    assert shipped
    for metainfo in shipped:
        installed = data / "metainfo" / metainfo.name
        assert installed.read_bytes() == metainfo.read_bytes()
