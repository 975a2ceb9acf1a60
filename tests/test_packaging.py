"""A plain ``pip install .`` gives a working app: the wheel carries the fonts, translations,
icons and seeds, and the app, its CLI and its smoke test run from any folder.

The slow test builds the wheel from a copy of the checkout and installs it into a fresh venv of
its own (not the checkout, not an editable install). The dependencies are not downloaded again:
the venv reaches the test's own environment's packages through a ``.pth`` line, which adds them
to ``sys.path`` after the venv's own site-packages (so the wheel's ``reader_app`` wins) without
running that environment's ``.pth`` files (so its editable install stays out).
"""

from __future__ import annotations

import fnmatch
import json
import os
import shutil
import subprocess
import sys
import sysconfig
import tomllib
from pathlib import Path

import pytest
from setuptools import find_packages

ROOT = Path(__file__).resolve().parents[1]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
SETUPTOOLS = PYPROJECT["tool"]["setuptools"]
# what the app opens at run time, under resources/ and seeds/
SHIPPED = {
    "resources": ["fonts/*.ttf", "fonts/OFL.txt", "icons/*.png", "icons/reader.svg",
                  "translations/*.qm", "reader-app.desktop", "english-words.txt"],
    "seeds": ["*.txt"],
}
QUERY = "وزیر دفاع"


def test_every_subpackage_of_reader_app_goes_into_the_wheel() -> None:
    """The package list is explicit (mapped data folders cannot be discovered): a subpackage
    added to reader_app but not to pyproject.toml would be missing from every install."""
    listed = set(SETUPTOOLS["packages"])
    found = set(find_packages(str(ROOT), include=["reader_app", "reader_app.*"]))
    assert found <= listed, f"add to [tool.setuptools] packages: {sorted(found - listed)}"


def test_every_shipped_file_is_matched_by_the_package_data() -> None:
    mapping = SETUPTOOLS["package-dir"]
    for folder, patterns in SHIPPED.items():
        package = next(name for name, where in mapping.items() if where == folder)
        assert package.startswith("reader_app._data."), package
        globs = SETUPTOOLS["package-data"][package]
        files = [p.relative_to(ROOT / folder).as_posix()
                 for pattern in patterns for p in (ROOT / folder).glob(pattern)]
        assert files, f"nothing matches {patterns} in {folder}/"
        missed = [f for f in files if not any(fnmatch.fnmatchcase(f, g) for g in globs)]
        assert not missed, f"not in the wheel: {missed}"


def _copy_checkout(dest: Path) -> Path:
    """Build from a copy: the build writes build/ and *.egg-info beside the sources."""
    skip = shutil.ignore_patterns(".git", ".venv", "build", "dist", "*.egg-info", "__pycache__",
                                  ".pytest_cache", ".ruff_cache", ".hypothesis")
    shutil.copytree(ROOT, dest, ignore=skip)
    return dest


def _run(cmd: list[str | Path], cwd: Path, env: dict[str, str], timeout: int = 300,
         stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    done = subprocess.run([str(c) for c in cmd], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=timeout, input=stdin)
    assert done.returncode == 0, f"{cmd}\n{done.stdout}\n{done.stderr}"
    return done


@pytest.mark.slow
@pytest.mark.timeout(1800)
def test_wheel_in_a_fresh_venv_runs_app_cli_and_smoke_test_from_any_folder(
        tmp_path: Path) -> None:
    seeds = len(list((ROOT / "seeds").glob("*.txt")))
    src = _copy_checkout(tmp_path / "src")
    venv = tmp_path / "venv"
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "QT_QPA_PLATFORM")}
    env.update(XDG_DATA_HOME=str(tmp_path / "data"), XDG_CONFIG_HOME=str(tmp_path / "config"),
               XDG_CACHE_HOME=str(tmp_path / "cache"), PIP_DISABLE_PIP_VERSION_CHECK="1")
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=120)
    python = venv / "bin" / "python"
    site = Path(_run([python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
                     tmp_path, env).stdout.strip())
    (site / "shared-dependencies.pth").write_text(sysconfig.get_path("purelib") + "\n")

    # the user's command, minus fetching the dependencies again
    _run([python, "-m", "pip", "install", "--no-deps", "--quiet", src], tmp_path, env, 600)
    shutil.rmtree(src)  # nothing may still point into the sources

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    where = _run([python, "-c", (
        "import reader_app; from reader_app.core.paths import resource_path, seeds_dir;"
        "print(reader_app.__file__); print(resource_path('fonts')); print(seeds_dir())")],
        elsewhere, env).stdout.split()
    assert all(Path(p).is_relative_to(site / "reader_app") for p in where), where

    app = venv / "bin" / "reader-app"
    smoke = _run([app, "--smoke-test"], elsewhere, env, 180)
    assert "search found the seed" in smoke.stdout, smoke.stdout

    index_dir = tmp_path / "index"
    indexed = _run([app, "index", "--quiet", "--index-dir", index_dir], elsewhere, env)
    assert indexed.stdout.startswith(f"{seeds} articles indexed"), indexed.stdout
    found = _run([app, "search", "--json", "--index-dir", index_dir, QUERY], elsewhere, env)
    results = json.loads(found.stdout)["results"]
    assert results, found.stdout
    assert {Path(r["path"]).parent for r in results} == {site / "reader_app" / "_data" / "seeds"}

    # the fonts travelled: the PDF engine shapes with the shipped files and refuses without them
    pdf = tmp_path / "seed.pdf"
    _run([app, "export", results[0]["path"], "-o", pdf], elsewhere, env)
    assert pdf.read_bytes().startswith(b"%PDF-")

    # the translations travelled: the window can speak Urdu, right to left
    ui = _run([python, "-c", (
        "from PySide6.QtWidgets import QApplication; app = QApplication(['x']);"
        "from reader_app.ui.i18n import Translations; t = Translations(); t.apply('ur');"
        "print(t.translator is not None, app.isRightToLeft())")], elsewhere,
        {**env, "QT_QPA_PLATFORM": "offscreen"})
    assert ui.stdout.split() == ["True", "True"], ui.stdout + ui.stderr
