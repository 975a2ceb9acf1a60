"""The vocabulary's tables are built when the library opens, not by the first query."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from helpers import searcher_of

from reader_app.core import roman, suggest
from reader_app.core.search import Searcher
from reader_app.core.text import variants

ARTICLES = {
    "govt.txt": "وفاقی حکومت نے نئے بجٹ کا اعلان کیا۔",
    "rain.txt": "کراچی میں بارش سے سڑکیں ڈوب گئیں۔",
}
TABLES = (("variants", variants.VariantTable), ("roman", roman.RomanTable),
          ("deletions", suggest.DeletionTable))


@pytest.fixture
def searcher(tmp_path: Path) -> Searcher:
    return searcher_of(tmp_path, ARTICLES)


def test_warm_builds_every_table(searcher: Searcher) -> None:
    searcher.warm()
    assert searcher.lexicon().built == {name for name, _ in TABLES}


def test_after_warm_no_query_builds_a_table(searcher: Searcher,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """An Urdu word, a Roman one and a misspelt one, each the first of its kind, find their
    articles without building anything."""
    searcher.warm()

    def built_by_a_query(*_args: object) -> None:
        raise AssertionError("a table was built by a query")

    for _name, table in TABLES:
        monkeypatch.setattr(table, "__init__", built_by_a_query)
    assert searcher.search("حکومت").hits[0].path.name == "govt.txt"
    assert searcher.search("karachi").hits[0].path.name == "rain.txt"
    response = searcher.search("حکومٹ")
    assert response.corrected and response.hits[0].path.name == "govt.txt"


def test_a_first_query_that_builds_a_table_is_not_cut_short(
        searcher: Searcher, monkeypatch: pytest.MonkeyPatch) -> None:
    """A query typed before the tables are ready waits for them, and the time budget (for
    matching) does not count that wait: all its results, and no "took too long" note."""
    build = variants.VariantTable.__init__

    def slow(self: variants.VariantTable, *args: object) -> None:
        time.sleep(0.3)
        build(self, *args)

    monkeypatch.setattr(variants.VariantTable, "__init__", slow)
    response = searcher.search("حکومت", budget=0.1)
    assert [hit.path.name for hit in response.hits] == ["govt.txt"]
    assert response.message is None
