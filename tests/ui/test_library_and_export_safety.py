"""The window's side of issue 12: it asks before an export replaces a file, and its library
(which folders it holds) lives with the index, shared with ``reader-app index``."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox

from reader_app.core.index import ArticleIndex
from reader_app.core.library import read_article
from reader_app.core.paths import seeds_dir
from reader_app.ui import export
from reader_app.ui.library import Library
from reader_app.ui.settings import Settings
from reader_app.ui.workers import Runner


def test_export_asks_before_replacing_and_replaces_only_after_yes(
        qapp, monkeypatch, tmp_path: Path, seed_path: Path) -> None:
    out = tmp_path / "خبر.pdf"
    out.write_bytes(b"old")
    # The name is typed without ".pdf": the file that would be replaced is found only after
    # the suffix is added, so the file dialog's own question would not have been asked.
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(tmp_path / "خبر"), "")))
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    asked: list[str] = []

    def question(*args, **kwargs):
        asked.append(args[2])
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    calls: list[dict] = []

    def fake_export(title, paragraphs, path, **kwargs):
        calls.append(kwargs)
        if kwargs.get("overwrite"):
            Path(path).write_bytes(b"%PDF-1.7 new")

    monkeypatch.setattr(export, "load_engine", lambda: (fake_export, RuntimeError))
    exporter = export.Exporter(Runner(synchronous=True))
    article = read_article(seed_path)
    assert exporter.ask_path(None, article) is None  # "No": nothing happens
    assert asked == ["خبر.pdf already exists. Do you want to replace it?"]
    assert out.read_bytes() == b"old" and calls == []
    path = exporter.ask_path(None, article)
    assert path == out
    assert exporter.export(article, path, "nastaliq")
    assert calls[0].get("overwrite") is True and out.read_bytes() == b"%PDF-1.7 new"


def test_window_folders_move_to_the_index_once(qapp, qtbot, tmp_path: Path) -> None:
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "a.txt").write_text("کراچی میں بارش", encoding="utf-8")
    settings = Settings(tmp_path / "s.ini")
    settings.folders = [folder]  # as an earlier version kept them
    runner = Runner()
    library = Library(runner, settings, index_dir=tmp_path / "ix")
    library.start()
    qtbot.waitUntil(lambda: library.refresh_count >= 2 and not library.busy, timeout=20000)
    assert settings.folders == []
    assert library.folders() == [seeds_dir(), folder]
    runner.shutdown()
    library.close()
    shared = ArticleIndex(tmp_path / "ix")
    assert shared.folders() == [seeds_dir(), folder]
    assert {a.path.name for a in shared.articles()} >= {"a.txt"}


def test_a_pattern_typed_as_the_pdfs_name_writes_nothing(qapp, tmp_path: Path, monkeypatch,
                                                         seed_path: Path) -> None:
    """"*" typed as the name (to see only PDFs, as in a shell) wrote a file called *.pdf."""
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(tmp_path / "*"), "")))
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda *a, **k: warned.append(a[2])))
    exporter = export.Exporter(Runner(synchronous=True))
    assert exporter.ask_path(None, read_article(seed_path)) is None
    assert warned and "pattern" in warned[0]
    assert list(tmp_path.iterdir()) == []
