"""The ``reader-app`` command: the desktop app by default, or ``index``/``search``/``verify``/
``export``/``notes``.

The subcommands use only the Qt-free core, so they work for scripts, over SSH and where Qt
cannot be imported; the window is imported only when it is asked for.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from reader_app import __version__
from reader_app.core.notes.store import COLOURS
from reader_app.core.options import FONT, LANGUAGE, PAGE_SIZE

if TYPE_CHECKING:  # imported where used: the CLI starts without loading Whoosh (or Qt)
    from reader_app.core.index import ArticleIndex
    from reader_app.core.library import Article
    from reader_app.core.notes import Note, NotesStore
    from reader_app.ui.i18n import CatalogueTranslator

SUBCOMMANDS = ("index", "search", "verify", "export", "notes", "speak")
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


NOTES_JSON_HELP = ("a JSON array on stdout, one object per note: id, path, item (null for a "
                   "file that is one article), kind, quote, note, colour, start and end "
                   "(offsets in the article's text as the app reads it), title, source, "
                   "published, created, updated (ISO 8601, UTC) and orphaned (true when the "
                   "article or the quoted words are gone)")


def _notes_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("notes", help="highlights and notes: add, list, export, remove",
                       description="The notes kept beside the index (notes.sqlite3 next to "
                       "the index folder; never inside it, so re-indexing keeps them).")
    actions = p.add_subparsers(dest="action", required=True, metavar="ACTION")

    add = actions.add_parser("add", help="highlight words of an article, with a note",
                             description="Highlight the first place where --quote occurs in "
                             "the article (as typed, else with Urdu spelling variants folded: "
                             "ي for ی, ك for ک, diacritics ignored).")
    add.add_argument("article", type=Path, metavar="FILE", help="the article's file")
    add.add_argument("--quote", required=True, help="the words to highlight")
    add.add_argument("--note", default="", help="the note written beside them")
    add.add_argument("--item", type=int, help="the row or entry of a dataset or feed file "
                     "(as 'search --json' gives it)")
    add.add_argument("--colour", "--color", choices=COLOURS, default=COLOURS[0],
                     help="the highlight's colour (default: %(default)s)")

    listing = actions.add_parser("list", help="list the notes (newest first), each found "
                                 "again in its article first",
                                 description="Find every note again in its article (an "
                                 "edited article moves them; a missing one makes them "
                                 "orphaned, never deleted), then list them, newest first.")
    listing.add_argument("query", nargs="?", help="only notes whose note, quote or article "
                         "title hold every word (Urdu spelling variants folded)")
    listing.add_argument("--json", action="store_true", help=NOTES_JSON_HELP)

    export = actions.add_parser("export", help="write every note to a Markdown, JSON or PDF "
                                "file")
    export.add_argument("--format", required=True, choices=("markdown", "json", "pdf"),
                        help="markdown: a section per article, quotes as blockquotes; json: "
                        "as 'list --json'; pdf: laid out like 'reader-app export'")
    export.add_argument("-o", "--output", type=Path, required=True, help="the file to write")
    export.add_argument("--font", choices=FONT.values, default=FONT.default,
                        help="the PDF's font")
    export.add_argument("--force", "-f", action="store_true",
                        help="replace the output file if it exists")

    remove = actions.add_parser("remove", help="delete one note", description="Delete one "
                                "note, by the id 'list' shows.")
    remove.add_argument("id", type=int, help="the note's id")

    for action in (add, listing, export, remove):
        action.add_argument("--index-dir", type=Path, help="the index the notes belong with "
                            "(they are kept beside it); default: the app's own")
        _common(action)


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


def run_notes(args: argparse.Namespace) -> int:
    from reader_app.core.notes import NotesError, NotesStore, notes_path
    from reader_app.core.paths import default_index_dir

    index_dir = args.index_dir or default_index_dir()
    try:
        store = NotesStore(notes_path(index_dir))
    except NotesError as exc:
        _say(exc)
        return 1
    runner = {"add": _notes_add, "list": _notes_list, "export": _notes_export,
              "remove": _notes_remove}[args.action]
    try:
        with store:
            return runner(args, store)
    except NotesError as exc:
        _say(exc)
        return 1


def _columns_reader(args: argparse.Namespace) -> Callable[[Path], dict[str, str] | None]:
    """The column names the library saved, per file (``index --column``), read once from
    library.json without opening the index."""
    from reader_app.core.library_file import LibraryFile, columns_for
    from reader_app.core.paths import default_index_dir

    mappings = LibraryFile(args.index_dir or default_index_dir()).all_columns()
    return lambda path: columns_for(mappings, path) or None


def _read_text(args: argparse.Namespace) -> Callable[[Path, int | None], str | None]:
    """The article's text as the app reads it, or None when it cannot be read."""
    from reader_app.core.library import Skipped, read_article

    columns = _columns_reader(args)

    def read(path: Path, item: int | None) -> str | None:
        found = read_article(path, item, columns(path))
        return None if isinstance(found, Skipped) else found.text

    return read


def _notes_add(args: argparse.Namespace, store: NotesStore) -> int:
    from reader_app.core.library import Skipped, display_path, read_article
    from reader_app.core.notes.anchor import Anchor, locate

    if not args.quote.strip():
        _say(_t(QT_TRANSLATE_NOOP("CLI", "--quote is empty: give the words to highlight.")))
        return 2
    if missing_files([args.article]):
        _say(_t(QT_TRANSLATE_NOOP("CLI", "%1 does not exist: there is no such file or "
                                  "folder."), display_path(args.article)))
        return 1
    article = read_article(args.article, args.item, _columns_reader(args)(args.article))
    if isinstance(article, Skipped):
        _say(_t(QT_TRANSLATE_NOOP("CLI", "Cannot read %1"), _speech.render(article)))
        return 1
    # The first occurrence: an anchor at the start, with no context, is found at the
    # occurrence nearest the start, literally or else after folding.
    place = locate(article.text, Anchor(args.quote, "", "", 0, len(args.quote)))
    if place is None:
        _say(_t(QT_TRANSLATE_NOOP("CLI", "%1 is not in %2."), repr(args.quote),
                display_path(article.path)))
        return 1
    note = store.add(article.path, article.item, article.text, *place, note=args.note,
                     colour=args.colour, title=article.title, source=article.source,
                     published=_published(article))
    print(_t(QT_TRANSLATE_NOOP("CLI", "Added note %1 to %2, characters %3–%4."),
             note.id, display_path(note.path), note.start, note.end))
    return 0


def _published(article: Article) -> str | None:
    return article.published.date().isoformat() if article.published else None


def _notes_list(args: argparse.Namespace, store: NotesStore) -> int:
    from reader_app.core.notes.export import to_json

    orphaned = store.relocate_all(_read_text(args))
    notes = store.search(args.query, _alternatives(args)) if args.query \
        else store.all_notes()
    if args.json:
        print(to_json(notes))
        return 0
    for note in notes:
        _print_note(note)
    print(_t(QT_TRANSLATE_NOOP("CLI", "%1 notes shown; %2 of all notes are orphaned."),
             len(notes), orphaned))
    return 0


def _print_note(note: Note) -> None:
    from reader_app.core.library import display_path
    from reader_app.core.notes.export import where

    item = "" if note.item is None else f" #{note.item}"
    print(f"{note.id:>5}  {note.title or note.path.name}  ({display_path(note.path)}{item})")
    print(f"       {_speech.render(where(note))}")
    if note.quote:
        print("       > " + " ".join(note.quote.split()))
    for line in note.note.splitlines():
        print(f"       {line}")


def _alternatives(args: argparse.Namespace) -> Callable[[str], list[str]] | None:
    """What the article search would also look for, per typed word (spelling variants,
    Roman Urdu), from the index when there is one; None without an index (folding only).
    The index is opened only when one was written (a list must not build one), and never
    repaired here."""
    from reader_app.core.index import CHECKS_FILE, ArticleIndex, IndexError_
    from reader_app.core.paths import default_index_dir

    index_dir = args.index_dir or default_index_dir()
    if not (index_dir / CHECKS_FILE).is_file():
        return None
    try:
        with ArticleIndex(index_dir, repair=False) as index:
            from reader_app.core.search import Searcher

            searched = Searcher(index).search(args.query, limit=1).searched
    except (IndexError_, OSError):
        return None
    forms: dict[str, list[str]] = {}
    for typed, form in searched:
        forms.setdefault(typed, []).append(form)
    return lambda word: forms.get(word, [])


def _notes_export(args: argparse.Namespace, store: NotesStore) -> int:
    from reader_app.core.export import ExportError, TargetExists
    from reader_app.core.export.atomic import write_atomically
    from reader_app.core.library import display_path
    from reader_app.core.notes.export import to_json, to_markdown, to_pdf

    notes = store.all_notes()
    try:
        if args.format == "pdf":
            to_pdf(notes, args.output, args.font, render=_speech.render, overwrite=args.force)
        else:
            text = to_json(notes) + "\n" if args.format == "json" \
                else to_markdown(notes, render=_speech.render)
            write_atomically(args.output, lambda f: f.write(text.encode("utf-8")),
                             overwrite=args.force)
    except TargetExists as exc:
        _say(_t(QT_TRANSLATE_NOOP("CLI", "%1 Use --force to replace it."), _speech.render(exc)))
        return 1
    except ExportError as exc:
        _say(exc)
        return 1
    print(_t(QT_TRANSLATE_NOOP("CLI", "wrote %1 notes to %2"), len(notes),
             display_path(args.output)))
    return 0


def _notes_remove(args: argparse.Namespace, store: NotesStore) -> int:
    if not store.remove(args.id):
        _say(_t(QT_TRANSLATE_NOOP("CLI", "There is no note %1."), args.id))
        return 1
    print(_t(QT_TRANSLATE_NOOP("CLI", "Removed note %1."), args.id))
    return 0


def _rate(value: str) -> int:
    from reader_app.core.speech.engine import MAX_RATE, MIN_RATE

    rate = int(value)
    if not MIN_RATE <= rate <= MAX_RATE:
        raise argparse.ArgumentTypeError(f"between {MIN_RATE} and {MAX_RATE} words a minute")
    return rate


def _speak_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("speak", help="speak an article into a WAV file (espeak-ng's Urdu "
                       "voice)", description="Read the article aloud into a WAV file (16-bit "
                       "mono), with numbers, dates and abbreviations read as Urdu words.")
    p.add_argument("article", type=Path, metavar="FILE", help="the article's file")
    p.add_argument("--item", type=int, help="the row or entry of a dataset or feed file "
                   "(as 'search --json' gives it)")
    p.add_argument("-o", "--output", type=Path, required=True, help="the WAV file to write")
    p.add_argument("--events", type=Path, metavar="OUT.jsonl", help="also write one JSON "
                   "line per spoken word: start and end (offsets in the article's text as the "
                   "app reads it) and time (seconds from the start of the WAV, rising)")
    p.add_argument("--rate", type=_rate, default=175, help="words a minute, 80 to 450 "
                   "(default: %(default)s)")
    p.add_argument("--voice", help="the voice: ur (default), or a variant such as ur+f2")
    p.add_argument("--force", "-f", action="store_true",
                   help="replace the output files if they exist")
    p.add_argument("--index-dir", type=Path, help="the index whose saved column names "
                   "(index --column) apply to a dataset file (default: the usual index)")
    _common(p)


def run_speak(args: argparse.Namespace) -> int:
    from reader_app.core.export import ExportError, TargetExists
    from reader_app.core.library import Skipped, display_path, read_article
    from reader_app.core.speech.engine import SpeechUnavailable, find_pcm_engine
    from reader_app.core.speech.wav import write_wav

    if missing_files([args.article]):
        _say(_t(QT_TRANSLATE_NOOP("CLI", "%1 does not exist: there is no such file or "
                                  "folder."), display_path(args.article)))
        return 1
    article = read_article(args.article, args.item, _saved_columns(args))
    if isinstance(article, Skipped):
        _say(_t(QT_TRANSLATE_NOOP("CLI", "Cannot read %1"), _speech.render(article)))
        return 1
    try:
        engine = find_pcm_engine()
    except SpeechUnavailable as exc:
        _say(exc.message)
        return 1
    voices = [voice.id for voice in engine.voices()]
    if args.voice and args.voice not in voices:
        _say(_t(QT_TRANSLATE_NOOP("CLI", "There is no voice %1; the voices are: %2."),
                args.voice, ", ".join(voices)))
        return 2
    try:
        result = write_wav(engine, article.text, args.output, events=args.events,
                           rate=args.rate, voice=args.voice, overwrite=args.force)
    except TargetExists as exc:
        _say(_t(QT_TRANSLATE_NOOP("CLI", "%1 Use --force to replace it."), _speech.render(exc)))
        return 1
    except ExportError as exc:
        _say(exc)
        return 1
    print(_t(QT_TRANSLATE_NOOP("CLI", "wrote %1: %2 seconds, %3 words"),
             display_path(args.output), round(result.seconds, 1), len(result.words)))
    return 0


# Qt's own command-line options that take a value (QGuiApplication, QApplication): their
# value is Qt's, not an article to open.
QT_VALUE_OPTIONS = frozenset({
    "platform", "platformpluginpath", "platformtheme", "plugin", "qwindowgeometry",
    "qwindowicon", "qwindowtitle", "style", "stylesheet", "session",
    "display", "geometry", "name", "title", "qmljsdebugger"})


def _split_qt_options(argv: Sequence[str]) -> tuple[list[str], list[str]]:
    """(the app's arguments, Qt's ``-option value`` pairs), so ``-platform offscreen`` is
    not taken for a file called "offscreen"."""
    ours: list[str] = []
    qt: list[str] = []
    args = iter(argv)
    for arg in args:
        name = arg.lstrip("-")
        if arg.startswith("-") and "=" not in arg and name in QT_VALUE_OPTIONS:
            qt += [arg, *[value for value in [next(args, None)] if value is not None]]
        else:
            ours.append(arg)
    return ours, qt


def missing_files(files: Sequence[Path]) -> list[Path]:
    """The paths given to open that do not exist (a dangling link counts as missing)."""
    return [path for path in files if not path.exists()]


# Qt's platforms that need no screen are chosen with QT_QPA_PLATFORM or -platform; without
# either, on X11/Wayland systems, Qt's default (xcb) aborts the process (exit 134) when
# there is no display to connect to.
DISPLAY_VARIABLES = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")


def has_display(environ: dict[str, str] | os._Environ, qt_args: Sequence[str]) -> bool:
    """False when Qt would find no screen: on Linux and the BSDs, no ``DISPLAY``,
    ``WAYLAND_DISPLAY`` or ``QT_QPA_PLATFORM`` and no ``-platform`` option."""
    if sys.platform in ("win32", "cygwin", "darwin"):
        return True
    if any(environ.get(name) for name in DISPLAY_VARIABLES):
        return True
    return any(arg.startswith("-") and arg.lstrip("-") == "platform" for arg in qt_args)


def _single_copy(args: argparse.Namespace) -> bool:
    """Hand the paths to a copy already running on the same data folder (it comes to the
    front and opens them); True when it took them and this process is done. Before any
    QApplication: the second copy neither opens a window nor connects to the display."""
    from reader_app.ui.single_instance import HANDOFF_TIMEOUT_MS, Outcome, hand_off, server_name

    args.server_name = server_name()
    args.handoff = hand_off(args.server_name, args.files)
    if args.handoff is Outcome.NO_ANSWER:
        _speech.use(language_of(os.environ))
        _say(_t(QT_TRANSLATE_NOOP("CLI", "Another copy of Urdu Reader is running but did not "
                                  "answer within %1 seconds; this one opens a window of its "
                                  "own."), HANDOFF_TIMEOUT_MS // 1000))
    return args.handoff is Outcome.DELIVERED


def run_gui(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(prog="reader-app", description=(
        "A reader for Urdu news articles. Subcommands: index, search, verify, export, notes "
        "(reader-app SUBCOMMAND --help)."))
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--smoke-test", action="store_true",
                        help="start offscreen with a fresh data folder, check, exit")
    parser.add_argument("files", nargs="*", type=Path, help="articles to open")
    ours, qt_values = _split_qt_options(argv)
    args, qt_args = parser.parse_known_args(ours)
    # Checked before Qt is imported: a mistyped name (or a subcommand that does not exist)
    # is said on stderr, and no window opens to wait for nothing.
    missing = missing_files(args.files)
    if missing:
        _speech.use(language_of(os.environ))
        from reader_app.core.library import display_path

        for path in missing:
            _say(_t(QT_TRANSLATE_NOOP("CLI", "%1 does not exist: there is no such file or "
                                      "folder."), display_path(path)))
        return 1
    if not args.smoke_test:  # (the smoke test runs offscreen, on a fresh data folder)
        if _single_copy(args):
            return 0
        if not has_display(os.environ, qt_args + qt_values):
            _speech.use(language_of(os.environ))
            _say(_t(QT_TRANSLATE_NOOP(
                "CLI", "no display: neither DISPLAY nor WAYLAND_DISPLAY is set, so the window "
                "cannot open; use the subcommands (index, search, verify, export, notes: "
                "reader-app --help), or set QT_QPA_PLATFORM=offscreen to run the window "
                "without a screen.")))
            return 1
    from reader_app.ui.app import run

    return run(args, qt_args + qt_values)


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
        _notes_parser(sub)
        _speak_parser(sub)
        args = parser.parse_args(argv)
        _speech.use(args.language or language_of(os.environ))
        runner = {"index": run_index, "search": run_search, "verify": run_verify,
                  "export": run_export, "notes": run_notes, "speak": run_speak}[args.command]
        return runner(args)
    return run_gui(argv)


if __name__ == "__main__":
    sys.exit(main())
