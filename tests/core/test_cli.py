"""The command line, run as a script would run it: real processes, real index folders."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def cli(*args: str, stdin: str | None = None, block_qt: Path | None = None,
        env_extra: dict | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    if block_qt:
        env["PYTHONPATH"] = str(block_qt)
    env.update(env_extra or {})
    return subprocess.run([sys.executable, "-m", "reader_app", *args], input=stdin,
                          capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)


@pytest.fixture
def no_qt(tmp_path: Path) -> Path:
    """A PYTHONPATH entry that makes ``import PySide6`` fail, as on a machine without Qt."""
    blocker = tmp_path / "block" / "PySide6"
    blocker.mkdir(parents=True)
    (blocker / "__init__.py").write_text('raise ImportError("PySide6 is blocked")\n')
    return tmp_path / "block"


def test_index_and_search_work_without_qt(tmp_path: Path, no_qt: Path, seed_path: Path) -> None:
    ix = str(tmp_path / "ix")
    built = cli("index", "--index-dir", ix, block_qt=no_qt)
    assert built.returncode == 0, built.stderr
    assert "1 articles indexed" in built.stdout
    found = cli("search", "--index-dir", ix, "--json", "وزير دفاع", block_qt=no_qt)
    assert found.returncode == 0, found.stderr
    line = json.loads(found.stdout)
    assert line["query"] == "وزير دفاع"
    assert [r["path"] for r in line["results"]] == [str(seed_path)]
    assert "<b>وزیردفاع</b>" in line["results"][0]["snippet"]
    assert set(line["results"][0]) == {"path", "title", "date", "source", "url", "score",
                                       "snippet"}
    assert line["results"][0]["date"] is None  # a .txt file does not say when it appeared


def test_json_batch_answers_every_line_in_order(tmp_path: Path) -> None:
    ix = str(tmp_path / "ix")
    assert cli("index", "--index-dir", ix).returncode == 0
    queries = ["ايران", "", '"', "(", "AND", "*", "ا" * 5000, "ایراں", "شویگو"]
    out = cli("search", "--index-dir", ix, "--json", "--limit", "3", "-",
              stdin="\n".join(queries) + "\n")
    assert out.returncode == 0, out.stderr
    lines = [json.loads(x) for x in out.stdout.splitlines()]
    assert [x["query"] for x in lines] == queries
    assert len(lines[0]["results"]) == 1 and "error" not in lines[0]
    for malformed in lines[2:7]:
        assert malformed["results"] == [] and malformed["error"]
    # ایراں finds nothing; its correction does, and is shown at once, saying so.
    assert lines[7]["corrected"] == "ایران" and "suggestion" not in lines[7]
    assert lines[7]["results"][0]["title"].startswith("روسی وزیردفاع")
    assert lines[8]["results"][0]["title"].startswith("روسی وزیردفاع")


def test_index_lists_skipped_files_and_refreshes(tmp_path: Path) -> None:
    lib = tmp_path / "lib"
    lib.mkdir()
    (lib / "good.txt").write_text("اچھی خبر", encoding="utf-8")
    (lib / "photo.txt").write_bytes(b"\x89PNG" + bytes(64))
    ix = str(tmp_path / "ix")
    first = cli("index", str(lib), "--index-dir", ix)
    assert first.returncode == 0
    assert "skipped:" in first.stderr and "photo.txt" in first.stderr
    assert "binary" in first.stderr
    (lib / "new.txt").write_text("نئی خبر", encoding="utf-8")
    second = cli("index", str(lib), "--index-dir", ix)
    assert "2 articles indexed (1 added, 0 updated, 0 removed, 1 unchanged" in second.stdout


def test_version_and_help() -> None:
    from reader_app import __version__

    assert cli("--version").stdout.strip().endswith(__version__)
    assert "index" in cli("index", "--help").stdout
