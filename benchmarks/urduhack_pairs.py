"""urduhack's own normalisation test tables: does each spelling find the other?

urduhack (MIT) tests its character normalisation with tables of (as found, as it should be)
pairs: presentation forms, Arabic letters, combined madda/hamza, diacritics. Each side is
written to its own file; a pair passes when searching either side finds the other's file
(without a "did you mean" correction). This app beside default Whoosh and SQLite FTS5.

urduhack is not a dependency: its wheel is downloaded aside and only read:

    pip download --no-deps urduhack==1.1.1 -d /tmp/uh && unzip -o /tmp/uh/*.whl -d /tmp/uh
    PYTHONPATH=$PWD .venv/bin/python benchmarks/urduhack_pairs.py \\
        /tmp/uh/urduhack/normalization/tests/test_character.py
"""

from __future__ import annotations

import argparse
import ast
import sys
import tempfile
from pathlib import Path

from reader_app.core.index import ArticleIndex
from reader_app.core.search import Searcher

sys.path.insert(0, str(Path(__file__).resolve().parent))
from baselines import DefaultWhoosh, Fts5

TABLES = ("test_normalize_characters", "test_normalize_combine_characters",
          "test_remove_diacritics")


def read_pairs(test_file: Path) -> list[tuple[str, str]]:
    """The ``words: dict = {...}`` tables of urduhack's tests, read without running them."""
    tree = ast.parse(test_file.read_text(encoding="utf-8"))
    pairs = []
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name in TABLES:
            for stmt in node.body:
                value = getattr(stmt, "value", None)
                if isinstance(value, ast.Dict):
                    pairs.extend(ast.literal_eval(value).items())
    return pairs


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("test_file", type=Path, help="urduhack's test_character.py")
    args = parser.parse_args()
    pairs = read_pairs(args.test_file)
    with tempfile.TemporaryDirectory() as tmp:
        lib = Path(tmp) / "lib"
        lib.mkdir()
        files = []
        for n, (a, b) in enumerate(pairs):
            for side, text in (("a", a), ("b", b)):
                path = lib / f"{n:03d}{side}.txt"
                # a line of its own makes each file its own article: the app shows the
                # same text in two files as one result (library.text_hash)
                path.write_text(f"{text}\nfile {n:03d}{side}\n", encoding="utf-8")
                files.append(path)
        index = ArticleIndex(Path(tmp) / "app")
        index.refresh([lib])
        app = Searcher(index)
        whoosh = DefaultWhoosh(Path(tmp) / "whoosh")
        whoosh.build(files)
        fts = Fts5(Path(tmp) / "fts5")
        fts.build(files)
        limit = len(files)

        def app_finds(query: str) -> set[str]:
            response = app.search(query, limit=limit)
            return set() if response.corrected else {h.path.name for h in response.hits}

        engines = {
            "this app": app_finds,
            "default Whoosh": lambda q: {Path(p).name for p, _, _ in whoosh.search(q, limit)},
            "SQLite FTS5": lambda q: {Path(p).name for p, _, _ in fts.search(q, limit)},
        }
        print(f"{len(pairs)} pairs from {args.test_file.name}")
        for name, finds in engines.items():
            failed = [(a, b) for n, (a, b) in enumerate(pairs)
                      if f"{n:03d}b.txt" not in finds(a) or f"{n:03d}a.txt" not in finds(b)]
            print(f"{name:16s} {len(pairs) - len(failed):4d}/{len(pairs)} find each other"
                  + (f"; not: {failed[:6]}" if failed else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
