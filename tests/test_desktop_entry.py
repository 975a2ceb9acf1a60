"""The freedesktop entry that makes the app double-clickable and a handler for .txt files.

The validator is Debian's desktop-file-validate (desktop-file-utils, installed by setup.sh);
the checks that need it skip only when it is missing."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_desktop_entry_declares_what_desktops_need() -> None:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(ROOT / "resources" / "reader-app.desktop", encoding="utf-8")
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application"
    assert entry["Categories"] == "Office;Viewer;"
    assert entry["MimeType"] == "text/plain;"
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
