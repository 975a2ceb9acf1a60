"""``reader-app notes`` and a missing path given to ``reader-app``: messages and exit codes.

The subcommands run in-process through ``reader_app.cli.main`` (quick); what must never open
a window runs as a real process, with a timeout that a window waiting for nothing exceeds.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from reader_app.cli import _split_qt_options, main
from reader_app.core.library import read_article

ROOT = Path(__file__).resolve().parents[2]
TEXT = ("کراچی میں آج صبح سے تیز بارش ہو رہی ہے۔ محکمہ موسمیات کے مطابق بارش کل تک جاری "
        "رہے گی۔ شہر کی کئی سڑکیں پانی میں ڈوب گئیں۔")
REQUIRED = {"id", "path", "item", "quote", "note", "start", "end", "created", "orphaned"}


@pytest.fixture
def ix(tmp_path: Path) -> Path:
    return tmp_path / "data" / "index"


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "lib" / "rain.txt"
    path.parent.mkdir()
    path.write_text(TEXT, encoding="utf-8")
    return path


def notes(ix: Path, *args: str) -> int:
    return main(["notes", *args, "--index-dir", str(ix), "--language", "en"])


def listed(ix: Path, capsys: pytest.CaptureFixture, *query: str) -> list[dict]:
    capsys.readouterr()
    assert notes(ix, "list", "--json", *query) == 0
    return json.loads(capsys.readouterr().out)


def test_add_list_and_remove(ix: Path, article: Path, capsys: pytest.CaptureFixture) -> None:
    assert notes(ix, "add", str(article), "--quote", "تیز بارش", "--note", "اہم",
                 "--colour", "green") == 0
    assert "Added note 1" in capsys.readouterr().out
    assert (ix.parent / "notes.sqlite3").is_file() and not ix.exists()  # beside, not in
    (note,) = listed(ix, capsys)
    assert REQUIRED <= set(note)
    assert (note["path"], note["item"], note["quote"], note["note"], note["colour"]) == (
        str(article), None, "تیز بارش", "اہم", "green")
    text = read_article(article).text
    assert text[note["start"]:note["end"]] == "تیز بارش" and note["orphaned"] is False
    assert notes(ix, "list") == 0
    out = capsys.readouterr().out
    assert "> تیز بارش" in out and "اہم" in out and "Green highlight" in out
    assert "1 notes shown; 0 of all notes are orphaned." in out
    assert notes(ix, "remove", "1") == 0 and "Removed note 1." in capsys.readouterr().out
    assert notes(ix, "remove", "1") == 1
    assert "There is no note 1." in capsys.readouterr().err
    assert listed(ix, capsys) == []


def test_add_finds_the_quote_folded_when_not_written_as_typed(
        ix: Path, article: Path, capsys: pytest.CaptureFixture) -> None:
    assert notes(ix, "add", str(article), "--quote", "محكمہ موسميات") == 0  # Arabic kaf, yeh
    (note,) = listed(ix, capsys)
    assert note["quote"] == "محکمہ موسمیات"  # as the article writes it
    assert notes(ix, "add", str(article), "--quote", "بارش") == 0  # the first of two
    assert listed(ix, capsys)[0]["start"] == TEXT.index("بارش")


def test_add_refuses_what_it_cannot_anchor(ix: Path, article: Path, tmp_path: Path,
                                           capsys: pytest.CaptureFixture) -> None:
    assert notes(ix, "add", str(article), "--quote", "لاہور میں دھند") == 1
    assert "'لاہور میں دھند' is not in " in capsys.readouterr().err
    assert notes(ix, "add", str(tmp_path / "missing.txt"), "--quote", "بارش") == 1
    assert "missing.txt does not exist" in capsys.readouterr().err
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG" + bytes(64))
    assert notes(ix, "add", str(binary), "--quote", "بارش") == 1
    assert "Cannot read " in capsys.readouterr().err
    assert notes(ix, "add", str(article), "--quote", "  ") == 2
    assert listed(ix, capsys) == []


def test_list_finds_notes_again_and_keeps_orphans(ix: Path, article: Path,
                                                  capsys: pytest.CaptureFixture) -> None:
    assert notes(ix, "add", str(article), "--quote", "شہر کی کئی سڑکیں") == 0
    (before,) = listed(ix, capsys)
    article.write_text("تازہ ترین۔\n" + TEXT, encoding="utf-8")
    (moved,) = listed(ix, capsys)
    assert moved["start"] == before["start"] + 11 and not moved["orphaned"]
    article.unlink()
    (orphan,) = listed(ix, capsys)
    assert orphan["orphaned"] is True and orphan["quote"] == "شہر کی کئی سڑکیں"
    assert notes(ix, "list") == 0
    assert "1 of all notes are orphaned" in capsys.readouterr().out


def test_list_query_is_folded(ix: Path, article: Path, capsys: pytest.CaptureFixture) -> None:
    """The query's words are looked for in the note, the quote and the article's title (the
    title here is the first sentence, so the words below are from after it)."""
    assert notes(ix, "add", str(article), "--quote", "شہر کی کئی سڑکیں", "--note",
                 "کاروبار بند") == 0
    assert notes(ix, "add", str(article), "--quote", "محکمہ موسمیات") == 0
    assert [n["quote"] for n in listed(ix, capsys, "كئي")] == ["شہر کی کئی سڑکیں"]
    assert [n["quote"] for n in listed(ix, capsys, "كاروبار")] == ["شہر کی کئی سڑکیں"]
    assert [n["quote"] for n in listed(ix, capsys, "موسميات")] == ["محکمہ موسمیات"]
    assert len(listed(ix, capsys)) == 2 and listed(ix, capsys, "لاہور") == []


def test_list_query_uses_the_index_for_roman_urdu(tmp_path: Path, seed_path: Path,
                                                  capsys: pytest.CaptureFixture) -> None:
    ix = tmp_path / "data" / "index"
    assert main(["index", "--index-dir", str(ix), "-q", "--language", "en"]) == 0
    assert notes(ix, "add", str(seed_path), "--quote", "ایران") == 0
    assert [n["quote"] for n in listed(ix, capsys, "iran")] == ["ایران"]


def test_export_writes_and_refuses_to_overwrite(ix: Path, article: Path, tmp_path: Path,
                                                capsys: pytest.CaptureFixture) -> None:
    assert notes(ix, "add", str(article), "--quote", "تیز بارش", "--note", "اہم") == 0
    md, js, pdf = tmp_path / "n.md", tmp_path / "n.json", tmp_path / "n.pdf"
    assert notes(ix, "export", "--format", "markdown", "-o", str(md)) == 0
    assert "> تیز بارش" in md.read_text(encoding="utf-8")
    assert notes(ix, "export", "--format", "json", "-o", str(js)) == 0
    assert json.loads(js.read_text(encoding="utf-8"))[0]["note"] == "اہم"
    assert notes(ix, "export", "--format", "pdf", "-o", str(pdf)) == 0
    assert pdf.read_bytes().startswith(b"%PDF")
    capsys.readouterr()
    md.write_text("mine", encoding="utf-8")
    assert notes(ix, "export", "--format", "markdown", "-o", str(md)) == 1
    assert "Use --force to replace it." in capsys.readouterr().err
    assert md.read_text(encoding="utf-8") == "mine"
    assert notes(ix, "export", "--format", "markdown", "-o", str(md), "--force") == 0
    assert md.read_text(encoding="utf-8").startswith("# Notes and highlights")


def test_usage_errors_exit_2(ix: Path) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["notes", "export", "--format", "docx", "-o", "x"])
    assert exited.value.code == 2
    with pytest.raises(SystemExit) as exited:
        main(["notes", "remove", "one"])
    assert exited.value.code == 2


def app(*args: str, home: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES")}
    env.update(LANG="C.UTF-8", QT_QPA_PLATFORM="offscreen", XDG_DATA_HOME=str(home / "data"),
               XDG_CONFIG_HOME=str(home / "config"))
    return subprocess.run([sys.executable, "-m", "reader_app", *args], capture_output=True,
                          text=True, env=env, cwd=ROOT, timeout=60)


def test_notes_alone_prints_usage_and_opens_no_window(tmp_path: Path) -> None:
    done = app("notes", home=tmp_path)
    assert done.returncode == 2
    assert "usage: reader-app notes" in done.stderr and "ACTION" in done.stderr


def test_a_path_that_does_not_exist_is_said_and_opens_no_window(tmp_path: Path) -> None:
    missing = tmp_path / "no such article.txt"
    done = app(str(missing), home=tmp_path)
    assert done.returncode == 1
    assert f"{missing} does not exist" in done.stderr
    assert not (tmp_path / "data").exists()  # no window started, no index made
    done = app("-platform", "offscreen", str(missing), "notez", home=tmp_path)
    assert done.returncode == 1 and "offscreen" not in done.stderr
    assert "notez does not exist" in done.stderr


def test_qt_options_with_values_are_not_taken_for_files() -> None:
    assert _split_qt_options(["-platform", "offscreen", "a.txt", "-reverse", "--style=x",
                              "-style", "fusion"]) == (
        ["a.txt", "-reverse", "--style=x"], ["-platform", "offscreen", "-style", "fusion"])
