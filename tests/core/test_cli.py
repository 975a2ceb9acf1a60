"""The command line, run as a script would run it: real processes, real index folders."""

from __future__ import annotations

import importlib.util
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def cli(*args: str, stdin: str | None = None, block_qt: Path | None = None,
        env_extra: dict | None = None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES")}
    env["LANG"] = "C.UTF-8"  # English unless a test asks for Urdu: the person's locale decides
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


URDU = "ur_PK.UTF-8"
URDU_LETTER = re.compile(r"[\u0600-\u06FF]")
LATIN_DIGIT = re.compile(r"[0-9]")
needs_qt = pytest.mark.skipif(importlib.util.find_spec("PySide6") is None,
                              reason="Urdu messages are read with QtCore's QTranslator")


@needs_qt
def test_the_command_line_speaks_urdu_in_an_urdu_locale(tmp_path: Path) -> None:
    """LANG=ur_PK.UTF-8: the summary, the search lines, a core sentence (a query note) and
    verify's verdict in Urdu, numbers in Urdu digits; the JSON keys as they always were."""
    ix = str(tmp_path / "ix")
    urdu = {"LANG": URDU}
    built = cli("index", "--index-dir", ix, env_extra=urdu)
    assert built.returncode == 0, built.stderr
    summary = built.stdout.strip()
    assert "articles indexed" not in summary and URDU_LETTER.search(summary), summary
    assert summary.startswith("۱ مضامین") and not LATIN_DIGIT.search(
        summary.split("انڈیکس:")[0]), summary  # the counts; the paths are as they are
    found = cli("search", "--index-dir", ix, "وزیر دفاع", env_extra=urdu)
    assert found.returncode == 0, found.stderr
    assert "articles match" not in found.stdout and "۱ مضامین" in found.stdout, found.stdout
    note = cli("search", "--index-dir", ix, "NOT ماسکو", env_extra=urdu)
    assert "Add a word" not in note.stderr and URDU_LETTER.search(note.stderr), note.stderr
    verified = cli("verify", "--index-dir", ix, env_extra=urdu)
    assert verified.returncode == 0 and "sound" not in verified.stdout, verified.stdout
    assert URDU_LETTER.search(verified.stdout) and not LATIN_DIGIT.search(verified.stdout)
    as_json = cli("search", "--index-dir", ix, "--json", "-", env_extra=urdu,
                  stdin="وزیر دفاع\nNOT ماسکو\n")
    hit, error = [json.loads(line) for line in as_json.stdout.splitlines()]
    assert set(hit) == {"query", "results"} and hit["results"][0]["score"] > 0
    assert set(hit["results"][0]) == {"path", "title", "date", "source", "url", "score",
                                      "snippet"}
    assert set(error) == {"query", "results", "error"} and URDU_LETTER.search(error["error"])


@needs_qt
def test_the_language_option_overrides_the_locale(tmp_path: Path, seed_path: Path) -> None:
    ix = str(tmp_path / "ix")
    english = cli("index", "--index-dir", ix, "--language", "en", env_extra={"LANG": URDU})
    assert "1 articles indexed" in english.stdout, english.stdout
    urdu = cli("export", str(tmp_path / "missing.txt"), "-o", str(tmp_path / "a.pdf"),
               "--language", "ur")
    assert urdu.returncode == 1 and "Cannot export" not in urdu.stderr, urdu.stderr
    assert URDU_LETTER.search(urdu.stderr) and "missing.txt" in urdu.stderr


def test_an_urdu_locale_without_qt_still_works_in_english(tmp_path: Path, no_qt: Path) -> None:
    built = cli("index", "--index-dir", str(tmp_path / "ix"), block_qt=no_qt,
                env_extra={"LANG": URDU})
    assert built.returncode == 0, built.stderr
    assert "1 articles indexed" in built.stdout


@pytest.mark.parametrize(("environ", "language"), [
    ({"LANG": "ur_PK.UTF-8"}, "ur"),
    ({"LANG": "ur_IN"}, "ur"),
    ({"LANG": "en_GB.UTF-8"}, "en"),
    ({"LANG": "ur_PK.UTF-8", "LC_ALL": "C"}, "en"),
    ({"LANG": "en_US.UTF-8", "LC_MESSAGES": "ur_PK.UTF-8"}, "ur"),
    ({"LANG": "en_US.UTF-8", "LANGUAGE": "ur:en"}, "ur"),
    ({"LANG": "C", "LANGUAGE": "ur"}, "en"),  # gettext ignores LANGUAGE in the C locale
    ({}, "en"),
])
def test_the_locale_decides_the_language(environ: dict[str, str], language: str) -> None:
    from reader_app.cli import language_of

    assert language_of(environ) == language


def test_export_reads_a_dataset_row_with_the_columns_the_library_saved(tmp_path: Path) -> None:
    """A CSV whose column names are not recognised is indexed with ``--column``; exporting
    one of its rows must read it the same way (it said "no text column" and wrote nothing)."""
    from pdf_readback import engine_texts, normalise

    data = tmp_path / "data"
    data.mkdir()
    title, text = "کراچی میں بارش", "شہر میں آج صبح سے تیز بارش ہو رہی ہے اور سڑکیں ڈوب گئیں۔"
    (data / "news.csv").write_text(f"Sarkhi,Matn\n{title},{text}\nلاہور میں دھند,شہر میں دھند "
                                   "کے باعث موٹروے بند کر دی گئی۔\n", encoding="utf-8")
    home = {"XDG_DATA_HOME": str(tmp_path / "home")}  # the usual index, as a person has it
    built = cli("index", str(data), "--only", "--column", "title=Sarkhi", "--column",
                "text=Matn", env_extra=home)
    assert built.returncode == 0 and "2 articles indexed" in built.stdout, built.stderr
    found = json.loads(cli("search", "--json", "تیز", env_extra=home).stdout)
    (hit,) = found["results"]
    out = tmp_path / "row.pdf"
    exported = cli("export", hit["path"], "--item", str(hit["item"]), "-o", str(out),
                   env_extra=home)
    assert exported.returncode == 0, exported.stderr
    pdf_text = normalise(engine_texts(out)["poppler"])
    assert normalise(title) in pdf_text and normalise("تیز بارش") in pdf_text


def test_exporting_a_dataset_row_without_a_library_creates_no_index(tmp_path: Path) -> None:
    data = tmp_path / "news.csv"
    data.write_text("title,text\nکراچی میں بارش,شہر میں آج صبح سے تیز بارش ہو رہی ہے۔\n",
                    encoding="utf-8")
    home = tmp_path / "home"
    exported = cli("export", str(data), "--item", "1", "-o", str(tmp_path / "row.pdf"),
                   env_extra={"XDG_DATA_HOME": str(home)})
    assert exported.returncode == 0, exported.stderr
    assert not home.exists() or not any(home.rglob("*"))  # nothing made to read a mapping
