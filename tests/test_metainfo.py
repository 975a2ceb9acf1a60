"""The AppStream metainfo that software centres and Flathub list the app by (issue 27).

The validator is appstreamcli (Debian: appstream, installed by setup.sh); its check skips only
when it is missing, as the desktop entry's does."""

from __future__ import annotations

import fnmatch
import re
import shutil
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from reader_app import __version__

ROOT = Path(__file__).resolve().parents[1]
RESOURCES = ROOT / "resources"
LANG = "{http://www.w3.org/XML/1998/namespace}lang"
URDU = re.compile("[\u0600-\u06ff]")


def metainfo() -> Path:
    found = sorted(RESOURCES.glob("*.metainfo.xml"))
    assert len(found) == 1, found
    return found[0]


def component() -> ET.Element:
    return ET.parse(metainfo()).getroot()


def test_metainfo_passes_appstreamcli_validate() -> None:
    validator = shutil.which("appstreamcli")
    if validator is None:
        pytest.skip("appstreamcli is not installed (Debian: appstream)")
    done = subprocess.run([validator, "validate", "--no-net", str(metainfo())],
                          capture_output=True, text=True, timeout=60)
    # exit 0 means no error and no warning (infos and pedantic notes do not fail it)
    assert done.returncode == 0, done.stdout + done.stderr


def test_metainfo_names_the_desktop_entry_and_is_named_by_its_id() -> None:
    root = component()
    assert root.get("type") == "desktop-application"
    cid = root.findtext("id")
    assert metainfo().name == f"{cid}.metainfo.xml"
    launchable = root.find("launchable")
    assert launchable is not None and launchable.get("type") == "desktop-id"
    assert (RESOURCES / (launchable.text or "")).is_file()  # reader-app.desktop


def test_metainfo_speaks_english_and_urdu() -> None:
    root = component()
    for tag in ("name", "summary"):
        texts = {e.get(LANG): e.text or "" for e in root.findall(tag)}
        assert texts.get(None) and URDU.search(texts.get("ur", "")), tag
    description = root.find("description")
    assert description is not None
    for kind in ("p", "li"):
        english = [e for e in description.iter(kind) if e.get(LANG) is None]
        urdu = [e for e in description.iter(kind) if e.get(LANG) == "ur"]
        assert english and len(urdu) == len(english), kind
        assert all(URDU.search(e.text or "") for e in urdu)
    for screenshot in root.iter("screenshot"):
        captions = {c.get(LANG) for c in screenshot.findall("caption")}
        assert {None, "ur"} <= captions


def test_the_newest_release_is_this_version() -> None:
    releases = component().findall("releases/release")
    assert releases and releases[0].get("version") == __version__
    assert re.fullmatch(r"\d{4}-\d\d-\d\d", releases[0].get("date") or "")


def test_content_rating_is_declared() -> None:
    rating = component().find("content_rating")
    assert rating is not None and rating.get("type") == "oars-1.1"


def test_screenshots_are_real_files_of_the_checkout_at_https_addresses() -> None:
    """The addresses (https, as AppStream asks) end in the checkout's own files, so they
    resolve once the project is published at the placeholder address."""
    images = list(component().iter("image"))
    assert len(images) >= 2
    for image in images:
        url = image.text or ""
        assert url.startswith("https://"), url
        local = ROOT / url.split("/main/", 1)[1]
        data = local.read_bytes()
        assert data.startswith(b"\x89PNG"), local
        width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
        assert (str(width), str(height)) == (image.get("width"), image.get("height")), local


def test_the_wheel_and_the_bundle_carry_the_metainfo() -> None:
    """The wheel takes only the listed patterns of resources/; the bundle takes the folder."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]["reader_app._data.resources"]
    assert any(fnmatch.fnmatch(metainfo().name, pattern) for pattern in patterns)
    spec = (ROOT / "build.spec").read_text(encoding="utf-8")
    assert '(str(ROOT / "resources"), "resources")' in spec
