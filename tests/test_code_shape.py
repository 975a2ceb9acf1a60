"""The architecture and lint rules, checked with the tests so CI keeps them true."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


def tool(name: str) -> str:
    found = BIN / name
    return str(found) if found.exists() else shutil.which(name) or name


def test_core_never_imports_qt() -> None:
    result = subprocess.run([tool("lint-imports")], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_is_clean() -> None:
    result = subprocess.run([tool("ruff"), "check", "reader_app", "tests", "benchmarks"],
                            cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_passes_on_the_core() -> None:
    """The Qt-free core type-checks ([tool.mypy] in pyproject.toml names the files): a None
    passed where a value is needed is caught here, not by a person's search or export."""
    result = subprocess.run([sys.executable, "-m", "mypy"], cwd=ROOT, capture_output=True,
                            text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_result_types_import_without_whoosh() -> None:
    """The window names articles, reports, hits and errors before any worker has loaded
    Whoosh (and scripts may too): those types live apart from the index and search."""
    code = ("import sys\n"
            "from reader_app.core.results import ArticleInfo, Hit, IndexError_, "
            "RefreshReport, SearchResponse\n"
            "from reader_app.core.text.highlight import find_ranges, make_snippet\n"
            "loaded = sorted(m for m in sys.modules if m.split('.')[0] == 'whoosh')\n"
            "assert not loaded, loaded\n")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                            text=True)
    assert result.returncode == 0, result.stderr
