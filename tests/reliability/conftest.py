"""Fixtures for the reliability tests."""

from __future__ import annotations

import pytest


@pytest.fixture
def sentences(seed_text: str) -> list[str]:
    """The seed's real sentences, to build large libraries from."""
    return [s.strip() + "۔" for s in seed_text.replace("\n", " ").split("۔") if s.strip()]
