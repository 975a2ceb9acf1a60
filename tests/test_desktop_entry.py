"""The freedesktop entry that makes the app double-clickable and a handler for .txt files."""

from __future__ import annotations

import configparser
from pathlib import Path

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
