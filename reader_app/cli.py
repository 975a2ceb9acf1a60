"""The ``reader-app`` command: the desktop app by default, or ``index``/``search``/``verify``/
``export``.

The subcommands use only the Qt-free core, so they work for scripts, over SSH and where Qt
cannot be imported; the window is imported only when it is asked for.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from reader_app import __version__
from reader_app.core.options import FONT, LANGUAGE, PAGE_SIZE

if TYPE_CHECKING:  # imported where used: the CLI starts without loading Whoosh (or Qt)
    from reader_app.core.index import ArticleIndex
    from reader_app.ui.i18n import CatalogueTranslator

SUBCOMMANDS = ("index", "search", "verify", "export")
CONTEXT = "CLI"  # the translation context of the sentences below
LANGUAGES = tuple(v for v in LANGUAGE.values if v != "system")  # the locale's is the default


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate reads
    """Marks ``text`` for lupdate; :func:`_t` translates it when it is said."""
    return text


class _Speech:
    """The language the command line speaks, and its translator.

    English needs nothing. Urdu reads the shipped catalogue with QtCore alone (no
    QCoreApplication: its worker processes must not inherit one, so the translator is asked
    directly rather than installed) and writes numbers in the Urdu interface's digits. Where
    PySide6 cannot be imported, or the catalogue is missing, the command line speaks English
    and still works."""

    def __init__(self) -> None:
        self.language = "en"
        self._translator: CatalogueTranslator | None = None

    def use(self, language: str) -> None:
        self.language, self._translator = "en", None
        if language != "ur":
            return
        try:
            from PySide6.QtCore import QLocale

            from reader_app.ui.i18n import load_catalogue, locale_for
        except ImportError:
            return  # no Qt here: English, as the subcommands always worked without it
        translator = load_catalogue(language)
        if translator is None:
            return
        QLocale.setDefault(locale_for(language))  # numbers: i18n.fill and locale_number
        self.language, self._translator = language, translator

    def translate(self, context: str, text: str) -> str:
        if self._translator is None:
            return text
        return self._translator.translate(context, text) or text

    def fill(self, template: str, args: Sequence[object]) -> str:
        if self._translator is None:  # English as it always was: numbers as Python writes them
            return re.sub(r"%([1-9])", lambda m: str(args[int(m.group(1)) - 1])
                          if int(m.group(1)) <= len(args) else m.group(0), template)
        from reader_app.ui.i18n import fill

        return fill(template, *args)

    def render(self, message: object) -> str:
        """A core Message (or an error or skip that carries one) in this language."""
        if self._translator is None:
            return str(message)
        message = getattr(message, "message", message)  # a ReaderError, a Skipped
        from reader_app.core.messages import CONTEXT as CORE
        from reader_app.ui.i18n import render

        return render(message, lambda template: self.translate(CORE, template))

    def number(self, value: float, spec: str) -> str:
        if self._translator is None:
            return format(value, spec)
        from reader_app.ui.i18n import locale_number

        return locale_number(value, spec)


_speech = _Speech()


def _t(template: str, *args: object) -> str:
    """``template`` (marked with ``QT_TRANSLATE_NOOP(CONTEXT, ...)``) in the language the
    command line speaks, ``%1``… filled in (numbers in that language's digits; a Message
    argument rendered in it too)."""
    from reader_app.core.messages import Message

    values = [_speech.render(a) if isinstance(a, Message) else a for a in args]
    return _speech.fill(_speech.translate(CONTEXT, template), values)


def language_of(environ: dict[str, str] | os._Environ) -> str:
    """"ur" when the person's locale is Urdu (``LC_ALL``, else ``LC_MESSAGES``, else
    ``LANG``, as POSIX ranks them; ``LANGUAGE``'s first choice before them unless the locale
    is C), else "en"."""
    locale = next((environ[v] for v in ("LC_ALL", "LC_MESSAGES", "LANG") if environ.get(v)),
                  "")
    preferred = environ.get("LANGUAGE", "").split(":")[0]
    if preferred and locale not in ("", "C", "POSIX") and not locale.startswith("C."):
        locale = preferred
    return "ur" if locale.lower().startswith("ur") else "en"


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--language", choices=LANGUAGES, default=None,
                        help="the language of the messages (default: the locale's, "
                        "LANG=ur_PK.UTF-8 for Urdu); JSON keys stay as they are")


def _index_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("index", help="build, refresh or repair the search index",
                       description="Refresh the index of the library's folders. Folders given "
                       "are added to the library (the window's folders stay); the list is "
                       "kept with the index, in library.json.")
    p.add_argument("folders", nargs="*", type=Path, metavar="FILE_OR_FOLDER",
                   help="folders (or single files) of articles to add: .txt, saved pages "
                   ".html, feeds .rss/.atom/.rdf/.xml, datasets .csv/.tsv/.jsonl/.json "
                   "(a new library: the shipped seeds)")
    p.add_argument("--column", action="append", default=[], metavar="FIELD=COLUMN",
                   help="for datasets whose column names are not recognised: the column "
                   "(or JSON key) holding a field, e.g. --column title=Headline --column "
                   "text=\"News Text\"; kept with the library for the files and folders "
                   "given (FIELD=, with nothing after it, forgets that field). Fields: "
                   "title, text, summary, date, category, source, url, author")
    p.add_argument("--remove", type=Path, action="append", default=[], metavar="FOLDER",
                   help="take a folder (and its articles) out of the library")
    p.add_argument("--only", action="store_true",
                   help="make the library exactly the folders given")
    p.add_argument("--index-dir", type=Path, help="where the index lives")
    p.add_argument("--quiet", "-q", action="store_true", help="no progress on stderr")
    _common(p)


def _verify_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("verify", help="check every part of the index for damage",
                       description="Read every file and every part of the index. Damage is "
                       "reported, and repaired by the next 'reader-app index'.")
    p.add_argument("--index-dir", type=Path, help="where the index lives")
    _common(p)


def _search_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("search", help="search the index; '-' reads one query per line")
    p.add_argument("query", help="the query, or - for one query per line from stdin")
    p.add_argument("--index-dir", type=Path, help="where the index lives")
    p.add_argument("--limit", type=int, default=10, help="results per query (default 10)")
    p.add_argument("--json", action="store_true", help="one JSON line per query")
    _common(p)


def _export_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("export", help="export an article to PDF")
    p.add_argument("article", type=Path, help="the article's file")
    p.add_argument("--item", type=int, help="the row or entry of a dataset or feed file "
                   "(as 'search --json' gives it)")
    p.add_argument("-o", "--output", type=Path, required=True, help="the PDF to write")
    p.add_argument("--font", choices=FONT.values, default=FONT.default)
    p.add_argument("--page-size", choices=PAGE_SIZE.values, default=PAGE_SIZE.default)
    p.add_argument("--force", "-f", action="store_true",
                   help="replace the output file if it exists")
    p.add_argument("--index-dir", type=Path, help="the index whose saved column names "
                   "(index --column) apply to a dataset file (default: the usual index)")
    _common(p)


def _say(text: object) -> None:
    """Print to stderr a line that may hold a file name that is not valid UTF-8; a core
    Message (the index waiting for another writer) in the command line's language."""
    print(_speech.render(text), file=sys.stderr, flush=True)


def _open_index(index_dir: Path | None, quiet: bool = False,
                repair: bool = True) -> ArticleIndex | None:
    """The index, or None after printing why it cannot be opened (no traceback)."""
    from reader_app.core.index import ArticleIndex, IndexError_

    def progress(done: int, total: int) -> None:
        if not quiet and total:
            print("\r" + _t(QT_TRANSLATE_NOOP("CLI", "rebuilding %1/%2"), done, total),
                  end="", file=sys.stderr, flush=True)

    try:
        index = ArticleIndex(index_dir, progress=progress, waiting=_say, repair=repair)
    except IndexError_ as exc:
        _say(exc)
        return None
    if index.rebuild_report and not quiet and index.rebuild_report.changed:
        print(file=sys.stderr)
    if index.notice:
        _say(index.notice)
    return index


def run_index(args: argparse.Namespace) -> int:
    index = _open_index(args.index_dir, args.quiet)
    if index is None:
        return 1
    with index:  # closed on every way out, errors included
        return _index_library(args, index)


def _index_library(args: argparse.Namespace, index: ArticleIndex) -> int:
    from reader_app.core.index import IndexError_
    from reader_app.core.library import display_path

    def progress(done: int, total: int) -> None:
        if not args.quiet and total:
            print("\r" + _t(QT_TRANSLATE_NOOP("CLI", "indexing %1/%2"), done, total),
                  end="", file=sys.stderr, flush=True)

    columns = _parse_columns(args.column)
    if isinstance(columns, str):
        _say(columns)
        return 2
    if columns and not args.folders:
        _say(_t(QT_TRANSLATE_NOOP("CLI", "--column needs the files or folders it applies to.")))
        return 2
    try:
        if args.only or (args.folders and not index.has_library()):
            index.set_folders(args.folders or index.folders())
        else:
            for folder in args.folders:
                index.add_folder(folder)
        for folder in args.remove:
            if not index.remove_folder(folder):
                _say(_t(QT_TRANSLATE_NOOP("CLI", "%1 is not one of the library's folders."),
                        display_path(folder)))
        for target in args.folders if columns else []:
            mapping = {**index.columns_for(target), **columns}
            index.set_columns(target, {f: c for f, c in mapping.items() if c})
        report = index.refresh(progress=progress)
    except IndexError_ as exc:
        _say("\n" + _speech.render(exc))
        return 1
    if not args.quiet and report.changed:
        print(file=sys.stderr)
    skipped = [*(index.rebuild_report.skipped if index.rebuild_report else []), *report.skipped]
    for item in dict.fromkeys(skipped):
        _say(_t(QT_TRANSLATE_NOOP("CLI", "skipped: %1"), _speech.render(item)))
    folders = _t(QT_TRANSLATE_NOOP("CLI", ", ")).join(display_path(f) for f in index.folders())
    print(_t(QT_TRANSLATE_NOOP("CLI", "%1 articles indexed (%2 added, %3 updated, %4 removed, "
                               "%5 unchanged, %6 skipped) in %7; library: %8"),
             index.doc_count(), report.added, report.updated, report.removed,
             report.unchanged, len(report.skipped), display_path(index.index_dir), folders))
    return 0


def _parse_columns(pairs: list[str]) -> dict[str, str] | str:
    """``["title=Headline", "text=News Text"]`` → a mapping, or the message for a bad one."""
    from reader_app.core.formats import FIELDS

    columns: dict[str, str] = {}
    for pair in pairs:
        field, sep, column = pair.partition("=")
        field = field.strip().lower()
        if not sep or not field:
            return _t(QT_TRANSLATE_NOOP("CLI", "--column %1: write it as FIELD=COLUMN, e.g. "
                                        "text=\"News Text\"."), repr(pair))
        if field not in FIELDS:
            return _t(QT_TRANSLATE_NOOP("CLI", "--column %1: unknown field %2; the fields are "
                                        "%3."), repr(pair), repr(field), ", ".join(FIELDS))
        columns[field] = column.strip()
    return columns


def run_verify(args: argparse.Namespace) -> int:
    from reader_app.core.index import IndexError_

    index = _open_index(args.index_dir, repair=False)  # report damage; 'index' repairs it
    if index is None:
        return 1
    try:
        report = index.verify()
    except IndexError_ as exc:
        _say(exc)
        return 1
    finally:
        index.close()
    if report.ok:
        print(_t(QT_TRANSLATE_NOOP("CLI", "The index is sound: %1 articles, %2 files checked."),
                 report.articles, report.files))
        return 0
    for problem in report.problems:
        _say(_t(QT_TRANSLATE_NOOP("CLI", "damaged: %1"), _speech.render(problem)))
    _say(_t(QT_TRANSLATE_NOOP("CLI", "The index is damaged. Run 'reader-app index' to repair "
                              "it: the articles are read again from the library's folders.")))
    return 1


def run_search(args: argparse.Namespace) -> int:
    index = _open_index(args.index_dir, quiet=True)
    if index is None:
        return 1
    with index:
        return _search_queries(args, index)


def _search_queries(args: argparse.Namespace, index: ArticleIndex) -> int:
    from reader_app.core.library import display_path
    from reader_app.core.search import Searcher

    searcher = Searcher(index)
    queries = sys.stdin.read().split("\n") if args.query == "-" else [args.query]
    if args.query == "-" and queries and queries[-1] == "":
        queries.pop()
    for query in queries:
        try:
            response = searcher.search(query, limit=max(args.limit, 1))
        except Exception as exc:  # one bad query must not stop a batch
            # A malformed query is answered with a message, not raised: this is the index's.
            response, error = None, _t(QT_TRANSLATE_NOOP(
                "CLI", "search failed: %1 (the index may be damaged: run 'reader-app "
                "verify', then 'reader-app index' to repair it)"), _speech.render(exc))
        else:
            error = _speech.render(response.message) if response.message else None
        if args.json:
            line: dict = {"query": query, "results": []}
            if response:
                line["results"] = [_hit_json(h, display_path) for h in response.hits]
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
            print(_t(QT_TRANSLATE_NOOP("CLI", "Showing results for %1 · Search instead for %2"),
                     repr(response.corrected), repr(query)))
        print(_t(QT_TRANSLATE_NOOP("CLI", "%1 articles match %2"), response.total,
                 repr(response.corrected or query)))
        if response.searched:
            print(_t(QT_TRANSLATE_NOOP("CLI", "Also searched: %1"),
                     _t(QT_TRANSLATE_NOOP("CLI", ", ")).join(
                         form for _typed, form in response.searched)))
        for hit in response.hits:
            score = _speech.number(hit.score, ".3f").rjust(8)
            print(f"{score}  {hit.title}\n          {display_path(hit.path)}")
        if response.suggestion:
            print(_t(QT_TRANSLATE_NOOP("CLI", "Did you mean: %1"), response.suggestion))
    return 0


def _hit_json(hit, display_path) -> dict:
    """One result as the JSON output gives it: ``item`` only for a row or entry of a
    multi-article file; ``date`` the publication time in ISO 8601, or null when unknown."""
    out = {"path": display_path(hit.path), "title": hit.title,
           "date": hit.published.isoformat() if hit.published else None,
           "source": hit.source, "url": hit.url, "snippet": hit.snippet,
           "score": round(hit.score, 4)}
    if hit.item is not None:
        out["item"] = hit.item
    return out


def run_export(args: argparse.Namespace) -> int:
    from reader_app.core.library import Skipped, read_article

    try:
        from reader_app.core.export import ExportError, TargetExists, export_pdf
    except ImportError:
        _say(_t(QT_TRANSLATE_NOOP("CLI", "PDF export is not available in this build.")))
        return 2
    from reader_app.core.library import display_path

    article = read_article(args.article, args.item, _saved_columns(args))
    if isinstance(article, Skipped):
        _say(_t(QT_TRANSLATE_NOOP("CLI", "Cannot export %1"), _speech.render(article)))
        return 1
    try:
        from reader_app.core.formats.dates import urdu_day

        day = urdu_day(article.published) if article.published else None
        byline = "، ".join(part for part in (article.source, day) if part) or None
        export_pdf(article.title, article.paragraphs, args.output, font=args.font,
                   page_size=args.page_size, overwrite=args.force, byline=byline)
    except TargetExists as exc:
        _say(_t(QT_TRANSLATE_NOOP("CLI", "%1 Use --force to replace it."), _speech.render(exc)))
        return 1
    except ExportError as exc:
        _say(exc)
        return 1
    print(_t(QT_TRANSLATE_NOOP("CLI", "wrote %1"), display_path(args.output)))
    return 0


def _saved_columns(args: argparse.Namespace) -> dict[str, str] | None:
    """The column names the library saved for a dataset file (``index --column``), so that
    export reads its rows as indexing did; None for a ``.txt`` article or when no library
    is stored. The index is opened only when a library exists (a file exported without one
    must not create an index), without repairing (a damaged index is no reason to refuse,
    or to rewrite it during an export)."""
    from reader_app.core.index import LIBRARY_FILE, ArticleIndex, IndexError_
    from reader_app.core.paths import default_index_dir

    if args.article.suffix.lower() == ".txt":
        return None
    index_dir = args.index_dir or default_index_dir()
    if not (index_dir / LIBRARY_FILE).is_file():
        return None
    try:
        with ArticleIndex(index_dir, repair=False) as index:
            return index.columns_for(args.article) or None
    except (IndexError_, OSError) as exc:
        _say(_t(QT_TRANSLATE_NOOP("CLI", "The saved column names cannot be read (%1); the "
                                  "columns are found by their names."), _speech.render(exc)))
        return None


def run_gui(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(prog="reader-app", description=(
        "A reader for Urdu news articles. Subcommands: index, search, verify, export "
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
        _verify_parser(sub)
        _export_parser(sub)
        args = parser.parse_args(argv)
        _speech.use(args.language or language_of(os.environ))
        runner = {"index": run_index, "search": run_search, "verify": run_verify,
                  "export": run_export}[args.command]
        return runner(args)
    return run_gui(argv)


if __name__ == "__main__":
    sys.exit(main())
