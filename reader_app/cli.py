"""The ``reader-app`` command: the desktop app by default, or ``index``/``search``/``export``.

The subcommands use only the Qt-free core, so they work for scripts, over SSH and where Qt
cannot be imported; the window is imported only when it is asked for.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from reader_app import __version__

SUBCOMMANDS = ("index", "search", "export")


def _index_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("index", help="build or refresh the search index")
    p.add_argument("folders", nargs="*", type=Path,
                   help="folders of .txt articles (default: the shipped seeds)")
    p.add_argument("--index-dir", type=Path, help="where the index lives")
    p.add_argument("--quiet", "-q", action="store_true", help="no progress on stderr")


def _search_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("search", help="search the index; '-' reads one query per line")
    p.add_argument("query", help="the query, or - for one query per line from stdin")
    p.add_argument("--index-dir", type=Path, help="where the index lives")
    p.add_argument("--limit", type=int, default=10, help="results per query (default 10)")
    p.add_argument("--json", action="store_true", help="one JSON line per query")


def _export_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("export", help="export an article to PDF")
    p.add_argument("article", type=Path, help="the article's .txt file")
    p.add_argument("-o", "--output", type=Path, required=True, help="the PDF to write")
    p.add_argument("--font", choices=("nastaliq", "naskh"), default="nastaliq")
    p.add_argument("--page-size", choices=("A4", "Letter"), default="A4")


def run_index(args: argparse.Namespace) -> int:
    from reader_app.core.index import ArticleIndex, IndexError_
    from reader_app.core.paths import seeds_dir

    folders = args.folders or [seeds_dir()]
    index = ArticleIndex(args.index_dir)
    if index.notice:
        print(index.notice, file=sys.stderr)

    def progress(done: int, total: int) -> None:
        if not args.quiet and total:
            print(f"\rindexing {done}/{total}", end="", file=sys.stderr, flush=True)

    try:
        report = index.refresh(folders, progress=progress)
    except IndexError_ as exc:
        print(f"\n{exc}", file=sys.stderr)
        return 1
    if not args.quiet and report.changed:
        print(file=sys.stderr)
    for skipped in report.skipped:
        print(f"skipped: {skipped}", file=sys.stderr)
    print(f"{index.doc_count()} articles indexed ({report.added} added, {report.updated} "
          f"updated, {report.removed} removed, {report.unchanged} unchanged, "
          f"{len(report.skipped)} skipped) in {index.index_dir}")
    index.close()
    return 0


def run_search(args: argparse.Namespace) -> int:
    from reader_app.core.index import ArticleIndex
    from reader_app.core.search import Searcher

    index = ArticleIndex(args.index_dir)
    if index.notice:
        print(index.notice, file=sys.stderr)
    searcher = Searcher(index)
    queries = sys.stdin.read().split("\n") if args.query == "-" else [args.query]
    if args.query == "-" and queries and queries[-1] == "":
        queries.pop()
    for query in queries:
        try:
            response = searcher.search(query, limit=max(args.limit, 1))
        except Exception as exc:  # noqa: BLE001 - one bad query must not stop a batch
            response, error = None, f"search failed: {exc}"
        else:
            error = response.message
        if args.json:
            line: dict = {"query": query, "results": []}
            if response:
                line["results"] = [
                    {"path": str(h.path), "title": h.title, "score": round(h.score, 4),
                     "snippet": h.snippet} for h in response.hits
                ]
                if response.suggestion:
                    line["suggestion"] = response.suggestion
                if response.corrected:
                    line["corrected"] = response.corrected
                if response.searched:
                    line["searched"] = [form for _typed, form in response.searched]
            if error:
                line["error"] = error
            print(json.dumps(line, ensure_ascii=False), flush=True)
            continue
        if error:
            print(error, file=sys.stderr)
        if response is None:
            continue
        if response.corrected:
            print(f"Showing results for {response.corrected!r} · Search instead for {query!r}")
        print(f"{response.total} articles match {(response.corrected or query)!r}")
        if response.searched:
            print("Also searched: " + ", ".join(form for _typed, form in response.searched))
        for hit in response.hits:
            print(f"{hit.score:8.3f}  {hit.title}\n          {hit.path}")
        if response.suggestion:
            print(f"Did you mean: {response.suggestion}")
    index.close()
    return 0


def run_export(args: argparse.Namespace) -> int:
    from reader_app.core.library import Skipped, read_article

    try:
        from reader_app.core.export import ExportError, export_pdf
    except ImportError:
        print("PDF export is not available in this build.", file=sys.stderr)
        return 2
    article = read_article(args.article)
    if isinstance(article, Skipped):
        print(f"Cannot export {article}", file=sys.stderr)
        return 1
    try:
        export_pdf(article.title, article.paragraphs, args.output, font=args.font,
                   page_size=args.page_size)
    except ExportError as exc:
        print(str(exc), file=sys.stderr)
        return 1
    print(f"wrote {args.output}")
    return 0


def run_gui(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(prog="reader-app", description=(
        "A reader for Urdu news articles. Subcommands: index, search, export "
        "(reader-app SUBCOMMAND --help)."))
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--smoke-test", action="store_true",
                        help="start offscreen with a fresh data folder, check, exit")
    parser.add_argument("files", nargs="*", type=Path, help="articles to open")
    args, qt_args = parser.parse_known_args(argv)
    from reader_app.ui.app import run

    return run(args, qt_args)


def main(argv: Sequence[str] | None = None) -> int:
    import multiprocessing

    multiprocessing.freeze_support()  # the frozen app's index workers start through main()
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] in SUBCOMMANDS:
        parser = argparse.ArgumentParser(prog="reader-app")
        sub = parser.add_subparsers(dest="command", required=True)
        _index_parser(sub)
        _search_parser(sub)
        _export_parser(sub)
        args = parser.parse_args(argv)
        runner = {"index": run_index, "search": run_search, "export": run_export}[args.command]
        return runner(args)
    return run_gui(argv)


if __name__ == "__main__":
    sys.exit(main())
