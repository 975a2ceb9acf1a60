"""Where things live: shipped resources (installed wheel, frozen bundle or checkout) and the
user's data."""

from __future__ import annotations

import sys
from importlib.resources import files
from pathlib import Path

from platformdirs import user_data_dir

from reader_app import APP_NAME


def bundle_root() -> Path:
    """The folder holding ``resources/`` and ``seeds/``; the one place that knows where they are.

    - a PyInstaller bundle puts them beside the frozen code (``sys._MEIPASS``, see build.spec);
    - a wheel (``pip install .``, pipx, a distro package) carries them as the data-only packages
      ``reader_app/_data/resources`` and ``reader_app/_data/seeds`` (pyproject's package-dir
      mapping), because a wheel can only ship files inside its packages;
    - a checkout (``PYTHONPATH=.``, or an editable install, whose ``reader_app`` is the
      checkout's) has them at the top of the repository, beside ``reader_app/``.
    Qt and HarfBuzz open fonts and translations by file name, so this is a real folder: wheels
    are always unpacked on install, never imported from a zip.
    """
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    installed = files("reader_app").joinpath("_data")
    if isinstance(installed, Path) and installed.is_dir():
        return installed
    return Path(__file__).resolve().parents[2]


def resource_path(*parts: str) -> Path:
    """A file under ``resources/``, wherever :func:`bundle_root` finds them."""
    return bundle_root().joinpath("resources", *parts)


def seeds_dir() -> Path:
    """The articles shipped with the app, indexed on first launch."""
    return bundle_root() / "seeds"


def data_dir() -> Path:
    """The user's data folder for this app (XDG_DATA_HOME on Linux); not created here."""
    return Path(user_data_dir(APP_NAME, appauthor=False))


def default_index_dir() -> Path:
    return data_dir() / "index"
