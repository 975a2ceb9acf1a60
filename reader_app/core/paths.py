"""Where things live: shipped resources (checkout or frozen bundle) and the user's data."""

from __future__ import annotations

import sys
from pathlib import Path

from platformdirs import user_data_dir

from reader_app import APP_NAME


def bundle_root() -> Path:
    """The folder holding ``resources/`` and ``seeds/``: the PyInstaller bundle or the checkout."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parents[2]


def resource_path(*parts: str) -> Path:
    """A file under ``resources/``, found the same way from a checkout and from the bundle."""
    return bundle_root().joinpath("resources", *parts)


def seeds_dir() -> Path:
    """The articles shipped with the app, indexed on first launch."""
    return bundle_root() / "seeds"


def data_dir() -> Path:
    """The user's data folder for this app (XDG_DATA_HOME on Linux); not created here."""
    return Path(user_data_dir(APP_NAME, appauthor=False))


def default_index_dir() -> Path:
    return data_dir() / "index"
