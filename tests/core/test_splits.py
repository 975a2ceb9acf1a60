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


def test_a_compound_written_joined_also_finds_it_written_apart_after_a_joining_letter(
        tmp_path: Path) -> None:
    """سفارتخانے is in three articles, written joined where ت joins خ; another writes
    سفارت خانے. The joined query finds that one too, and after the ones written as typed."""
    searcher = searcher_of(tmp_path, {
        "joined1.txt": "امریکی سفارتخانے کے باہر مظاہرہ ہوا۔",
        "joined2.txt": "سفارتخانے نے ویزا کی درخواستیں روک دیں۔",
        "joined3.txt": "پاکستانی سفارتخانے میں تقریب ہوئی۔",
        "apart.txt": "روسی سفارت خانے نے بیان جاری کیا۔ خانے سفارت",
        "halves.txt": "سفارت کاری کے خانے الگ ہیں۔",
    })
    names = [hit.path.name for hit in searcher.search("سفارتخانے").hits]
    assert sorted(names[:3]) == ["joined1.txt", "joined2.txt", "joined3.txt"]
    assert names[3:] == ["apart.txt"]  # the halves must stand together, in order
