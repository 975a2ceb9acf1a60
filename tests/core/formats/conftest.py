"""Paths to the hand-written Urdu pages, feeds and dataset files the format tests read."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parent / "data"
PAGES = DATA / "pages"
FEEDS = DATA / "feeds"
DATASETS = DATA / "datasets"
EXPECTED_PAGES = json.loads((PAGES / "expected.json").read_text(encoding="utf-8"))


@pytest.fixture
def write(tmp_path: Path):  # a small factory
    """Write bytes (or UTF-8 text) to a file under tmp_path and return its path."""

    def _write(name: str, data: bytes | str) -> Path:
        path = tmp_path / name
        path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        return path

    return _write
