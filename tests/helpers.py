"""Builders shared by several test folders (on the test path via pyproject's pythonpath)."""

from __future__ import annotations

import random
from pathlib import Path


def unique_word(i: int) -> str:
    """A word found in article ``i`` only (Urdu letters + digits make one token)."""
    return f"مضمون{i}"


def write_library(root: Path, count: int, sentences: list[str], seed: int = 1) -> list[Path]:
    """``count`` articles of real sentences, each with its :func:`unique_word`."""
    rng = random.Random(seed)
    root.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        body = "\n".join(" ".join(rng.sample(sentences, min(4, len(sentences))))
                         for _ in range(3))
        path = root / f"{i // 500:03d}" / f"article {i}.txt"
        path.parent.mkdir(exist_ok=True)
        path.write_text(f"{unique_word(i)} {body}", encoding="utf-8")
        paths.append(path)
    return paths
