"""A word written joined also finds the articles that write it as two words."""

from __future__ import annotations

from pathlib import Path

from helpers import searcher_of

ARTICLES = {
    "joined.txt": "کمپنی یونیلیور نے نئی کریم کا اعلان کیا۔",
    "apart.txt": "یونی لیور کا منافع اس سال بڑھ گیا۔",
    "other.txt": "یونی ورسٹی کل بند رہے گی۔",
}


def test_a_word_the_index_holds_once_also_finds_it_written_apart(tmp_path: Path) -> None:
    """یونیلیور is in one article; another writes یونی لیور. A word so rare is as likely a
    missing space as a word, so it is also searched as its halves, wherever it splits."""
    searcher = searcher_of(tmp_path, ARTICLES)
    names = [hit.path.name for hit in searcher.search("یونیلیور").hits]
    assert sorted(names) == ["apart.txt", "joined.txt"]
