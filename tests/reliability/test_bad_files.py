"""A folder full of awkward files: each is indexed or skipped with a reason, and the rest of
the folder is indexed all the same."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from reader_app.core import index as index_module
from reader_app.core.index import ArticleIndex
from reader_app.core.search import Searcher

GOOD = "پاکستان میں آج موسم خوشگوار رہا۔"


def make_bad_folder(root: Path) -> dict[str, str]:
    """name -> "indexed" or the words its skip reason must contain."""
    root.mkdir()
    expect: dict[str, str] = {}

    def put(name: str, data: bytes, outcome: str) -> None:
        (root / name).write_bytes(data)
        expect[name] = outcome

    # each good file's text differs (a number): the same text twice would be listed once
    put("good.txt", f"{GOOD} 1".encode(), "indexed")
    put("binary.txt", bytes(range(256)) * 8, "binary")
    put("empty.txt", b"", "indexed")
    put("whitespace.txt", b" \n\t \r\n ", "indexed")
    put("one long line.txt", ("لفظ " * 250_000).encode(), "indexed")
    put("invalid utf8.txt", b"abc \xff\xfe\xfa def \xc0", "not UTF-8")
    put("utf16.txt", f"{GOOD} 2".encode("utf-16"), "indexed")
    put("cp1256.txt", GOOD.replace("ی", "ي").replace("۔", ".").encode("cp1256"), "indexed")
    put("mixed endings.txt", "اول\r\nدوم\rسوم\nچہارم".encode(), "indexed")
    put("خبریں اردو.txt", f"{GOOD} 3".encode(), "indexed")
    put("new\nline.txt", f"{GOOD} 4".encode(), "indexed")
    put("  spaces  .txt", f"{GOOD} 5".encode(), "indexed")
    put("combining.txt", ("ا" + "\u0651" * 10_000 + " لفظ").encode(), "indexed")
    with (root / "huge.txt").open("wb") as fh:  # sparse: 50 MB without writing 50 MB
        fh.truncate(50 * 1024 * 1024)
    expect["huge.txt"] = "too large"
    (root / "self loop.txt").symlink_to(root / "self loop.txt")
    expect["self loop.txt"] = "cannot be read"
    (root / "sub").mkdir()
    (root / "sub" / "up").symlink_to(root)  # a folder loop: must not be followed forever
    return expect


def test_every_bad_file_is_indexed_or_skipped_with_a_reason(tmp_path: Path) -> None:
    expect = make_bad_folder(tmp_path / "lib")
    index = ArticleIndex(tmp_path / "ix")
    report = index.refresh([tmp_path / "lib"])
    indexed = {a.path.name for a in index.articles()}
    skipped = {s.path.name: s.reason for s in report.skipped}
    for name, outcome in expect.items():
        if outcome == "indexed":
            assert name in indexed, (name, skipped.get(name))
        else:
            assert outcome in skipped.get(name, ""), (name, skipped.get(name))
    assert len(indexed) == sum(1 for o in expect.values() if o == "indexed")
    titles = {a.path.name: a.title for a in index.articles()}
    assert titles["empty.txt"] == "empty" and titles["whitespace.txt"] == "whitespace"
    assert len(titles["one long line.txt"]) <= 81
    searcher = Searcher(index)
    assert {h.path.name for h in searcher.search("خوشگوار", limit=50).hits} >= {
        "good.txt", "utf16.txt", "خبریں اردو.txt", "new\nline.txt", "  spaces  .txt"}
    assert [h.path.name for h in searcher.search("سوم").hits] == ["mixed endings.txt"]
    assert [h.path.name for h in searcher.search("لفظ").hits][:1] in (
        ["one long line.txt"], ["combining.txt"])


def test_file_vanishing_between_listing_and_reading(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    lib = tmp_path / "lib"
    lib.mkdir()
    (lib / "stays.txt").write_text(GOOD, encoding="utf-8")
    (lib / "goes.txt").write_text(GOOD, encoding="utf-8")
    real_read = index_module.iter_articles

    def vanish_then_read(path: Path, *args, **kwargs):
        if path.name == "goes.txt":
            os.unlink(path)
        return real_read(path, *args, **kwargs)

    monkeypatch.setattr(index_module, "iter_articles", vanish_then_read)
    index = ArticleIndex(tmp_path / "ix")
    report = index.refresh([lib])
    assert [a.path.name for a in index.articles()] == ["stays.txt"]
    assert [(s.path.name, s.reason) for s in report.skipped] == [
        ("goes.txt", "file disappeared before it could be read")]


def test_unreadable_file_is_skipped_and_rest_indexed(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    lib = tmp_path / "lib"
    lib.mkdir()
    (lib / "open.txt").write_text(GOOD, encoding="utf-8")
    locked = lib / "locked.txt"
    locked.write_text(GOOD, encoding="utf-8")
    locked.chmod(0)
    if os.geteuid() == 0:  # root can read mode-000 files: make reading fail as for a user
        from reader_app.core import library

        real = library._read_regular

        def denied(path: Path) -> tuple[bytes, os.stat_result]:
            if path.name == "locked.txt":
                raise PermissionError(13, "Permission denied", str(path))
            return real(path)

        monkeypatch.setattr(library, "_read_regular", denied)
    index = ArticleIndex(tmp_path / "ix")
    report = index.refresh([lib])
    assert [a.path.name for a in index.articles()] == ["open.txt"]
    assert [(s.path.name, s.reason) for s in report.skipped] == [
        ("locked.txt", "permission denied")]
