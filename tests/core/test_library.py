"""Loading articles: every encoding people have, and a reason for every file skipped."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from reader_app.core import library
from reader_app.core.library import (
    MAX_FILE_BYTES,
    Article,
    Skipped,
    article_id,
    derive_title,
    load_folders,
    read_article,
)

URDU = "پاکستان کی خبریں۔ دوسرا جملہ یہاں ہے۔\nنیا پیراگراف"


def write(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (URDU.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + URDU.encode("utf-8"), "utf-8-sig"),
        (URDU.encode("utf-16"), "utf-16"),
        ("\ufeff".encode("utf-16-be") + URDU.encode("utf-16-be"), "utf-16"),
        (URDU.replace("ی", "ي").replace("۔", ".").encode("cp1256"), "cp1256"),
    ],
)
def test_decodes_every_supported_encoding(tmp_path: Path, data: bytes, encoding: str) -> None:
    article = read_article(write(tmp_path / "a.txt", data))
    assert isinstance(article, Article)
    assert article.encoding == encoding
    assert "خبریں" in article.text or "خبريں" in article.text
    assert not article.text.startswith("\ufeff")


def test_windows_1256_keeps_urdu_letters(tmp_path: Path) -> None:
    text = "پاکستان کي گھر ٹوٹا ہے"  # Windows-1256 has Arabic yeh, not Farsi yeh
    article = read_article(write(tmp_path / "w.txt", text.encode("cp1256")))
    assert isinstance(article, Article) and article.text == text


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (bytes(range(256)) * 4, "binary"),
        (b"\x89PNG\r\n\x1a\n" + bytes(500), "binary"),
        (b"\xff\xfe" + b"\x00\xd8", "UTF-16"),
        (b"\xc3\x28 caf\xe9 \x80\x81\x82 plain latin-1 text", "not UTF-8"),
    ],
)
def test_undecodable_files_are_skipped_with_a_reason(tmp_path: Path, data: bytes,
                                                     reason: str) -> None:
    result = read_article(write(tmp_path / "bad.txt", data))
    assert isinstance(result, Skipped)
    assert reason in result.reason
    assert str(tmp_path / "bad.txt") in str(result)


def test_huge_file_is_skipped_not_loaded(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as fh:
        fh.truncate(MAX_FILE_BYTES + 1)
    result = read_article(path)
    assert isinstance(result, Skipped) and "too large" in result.reason


def test_empty_file_is_listed_under_its_file_name(tmp_path: Path) -> None:
    for name, data in [("خالی فائل.txt", b""), ("spaces.txt", b"  \n\t\n")]:
        article = read_article(write(tmp_path / name, data))
        assert isinstance(article, Article)
        assert article.title == Path(name).stem
        assert article.paragraphs == []


def test_article_fields(tmp_path: Path) -> None:
    path = write(tmp_path / "x.txt", URDU.replace("\n", "\r\n").encode())
    article = read_article(path)
    assert isinstance(article, Article)
    assert article.path == path.resolve() and article.path.is_absolute()
    assert article.id == article_id(path.resolve()) == read_article(path).id
    assert article.title == "پاکستان کی خبریں"
    assert article.paragraphs == ["پاکستان کی خبریں۔ دوسرا جملہ یہاں ہے۔", "نیا پیراگراف"]
    assert "\r" not in article.text and article.length == len(article.text)
    assert article.mtime == pytest.approx(path.stat().st_mtime)
    assert len(article.content_hash) == 32


def test_long_first_sentence_is_cut_at_a_word_boundary() -> None:
    title = derive_title("لفظ " * 60 + "۔", "fallback")
    assert title.endswith("…") and len(title) <= 81
    assert title[:-1].split() == ["لفظ"] * len(title[:-1].split())


def test_load_folders_recurses_and_reports_skips(tmp_path: Path) -> None:
    write(tmp_path / "a" / "one.txt", "ایک".encode())
    write(tmp_path / "a" / "b" / "two.TXT", "دو".encode())
    write(tmp_path / "a" / "b" / "notes.md", "تین".encode())
    write(tmp_path / "a" / "bin.txt", bytes(100))
    (tmp_path / "a" / "loop").symlink_to(tmp_path / "a")
    articles, skipped = load_folders([tmp_path / "a", tmp_path / "missing"])
    assert sorted(a.text for a in articles) == sorted(["ایک", "دو"])
    reasons = {s.path.name: s.reason for s in skipped}
    assert "binary" in reasons["bin.txt"]
    assert reasons["missing"] == "folder not found"


def test_unreadable_file_is_skipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path / "secret.txt", "راز".encode())
    path.chmod(0)
    if os.geteuid() == 0:  # root reads anything: make the read fail as it would for a user
        def denied(path: Path) -> tuple[bytes, os.stat_result]:
            raise PermissionError(13, "Permission denied", str(path))
        monkeypatch.setattr(library, "_read_regular", denied)
    result = read_article(path)
    assert isinstance(result, Skipped) and "permission" in result.reason


def test_copies_through_old_encodings_and_keyboards_hash_alike() -> None:
    """The same article written with Arabic yeh/kaf/heh, ZWNJ, marks and other spacing is one
    article (listed once with "also in"); a different word is not."""
    from reader_app.core.library import text_hash

    urdu = "کراچی میں ہلکی بارش، ۂ\u200c اور ی۔\n\nدوسرا پیراگراف"
    arabic = "كراچي ميں ھلکی بارش،   ۂ اور ي۔\r\n\ufeffدوسرا  پیراگراف\u200f".replace("ھ", "ه")
    assert text_hash(urdu) == text_hash(arabic)
    assert text_hash(urdu) == text_hash("\u0643" + urdu[1:])  # one Arabic kaf
    assert text_hash(urdu) != text_hash(urdu.replace("بارش", "بارشیں"))
    assert text_hash("ABC news") == text_hash("abc  NEWS")
