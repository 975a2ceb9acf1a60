"""What the viewer draws around the article (issue 24's rendering defects): the text keeps its
own colour whatever the caret touched before, a hit in a headline that starts with spaces is
marked on its own word, and the heading follows the interface's language."""

from __future__ import annotations

from pathlib import Path

from helpers import make_folder
from PySide6.QtGui import QFont, QTextCursor, QTextFormat
from PySide6.QtWidgets import QApplication

from reader_app.core.library import Article, read_article
from reader_app.ui import fonts
from reader_app.ui.viewer import ArticleViewer
from tests.ui.test_window import open_row, search

TITLE = "روسی وزیردفاع سیرگی شویگو نے کہا"
BODY = "ماسکو میں ایک مشترکہ نیوز کانفرنس سے خطاب کرتے ہوئے روسی وزیردفاع نے کہا۔"


def body_formats(viewer: ArticleViewer) -> list[tuple[str, bool, int]]:
    """(text, has a colour of its own, weight) of every fragment under the heading."""
    found = []
    block = viewer.document().findBlockByNumber(len(viewer.heading_lines()))
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            coloured = fmt.hasProperty(QTextFormat.Property.ForegroundBrush)
            found.append((it.fragment().text(), coloured, fmt.fontWeight()))
            it += 1
        block = block.next()
    return found


def test_the_text_keeps_its_colour_after_the_caret_sat_in_the_heading(launch, qtbot,
                                                                     tmp_path: Path) -> None:
    """A hit in a headline puts the caret in the bold title, a click on the date line puts it
    in the muted one; the next article was then drawn entirely in that format (pale grey
    after a few hundred searches, and stayed so across articles, zoom and themes)."""
    folder = make_folder(tmp_path / "news", {
        "a.txt": f"{TITLE}\n\n{BODY}\n",
        "b.txt": f"کراچی میں بارش\n\n{BODY} کراچی میں آج بارش ہوئی۔\n"})
    window = launch(lambda s: setattr(s, "folders", [folder]))
    viewer = window.viewer
    search(qtbot, window, "شویگو")
    window.search_pane.open_requested.emit(0, False)
    qtbot.waitUntil(lambda: viewer.article is not None and viewer.article.path.name == "a.txt")
    assert viewer.heading_lines()[0] == ("title", TITLE)
    assert viewer.textCursor().position() < len(TITLE)  # the caret is at the hit in the title
    other = read_article(folder / "b.txt")
    open_row(qtbot, window, other.id)
    assert body_formats(viewer)
    assert all(not coloured and weight == QFont.Weight.Normal
               for _text, coloured, weight in body_formats(viewer)), body_formats(viewer)
    # the caret on the muted date line, then another article
    cursor = viewer.textCursor()
    cursor.setPosition(viewer.document().findBlockByNumber(1).position() + 1)
    viewer.setTextCursor(cursor)
    open_row(qtbot, window, read_article(folder / "a.txt").id)
    assert all(not coloured and weight == QFont.Weight.Normal
               for _text, coloured, weight in body_formats(viewer)), body_formats(viewer)


def test_a_hit_in_a_headline_that_starts_with_spaces_marks_its_own_word(qtbot) -> None:
    fonts.load_fonts()
    text = f"  \t روسی  وزیردفاع   سیرگی شویگو نے کہا \n\n{BODY}"
    article = Article(id="a", path=Path("/lib/a.txt"), title=TITLE, text=text, mtime=0.0,
                      size=len(text), content_hash="h", encoding="utf-8",
                      paragraphs=text.split("\n"))
    viewer = ArticleViewer()
    qtbot.addWidget(viewer)
    viewer.show_article(article)
    assert viewer.heading_lines()[0] == ("title", TITLE)
    words = ["وزیردفاع", "شویگو", "روسی", "کہا"]
    viewer.set_hits([(text.index(w), text.index(w) + len(w)) for w in words])
    shown = viewer.toPlainText()
    assert [shown[a:b] for a, b in viewer.hit_ranges()] == words


def test_the_open_article_s_heading_follows_the_interface_language(launch, qtbot,
                                                                   seed_path: Path) -> None:
    window = launch()
    seed = read_article(seed_path)
    open_row(qtbot, window, seed.id)
    viewer = window.viewer
    search(qtbot, window, "شویگو")
    window.search_pane.open_requested.emit(0, False)  # Enter on the result: its first hit
    qtbot.waitUntil(lambda: viewer.hit_count > 1 and viewer.current_hit == 0)
    window.step_hit(1)  # F3
    marked = [viewer.toPlainText()[a:b] for a, b in viewer.hit_ranges()]
    current = viewer.current_hit
    assert current == 1
    english = dict(viewer.heading_lines())["meta"].replace("\u00a0", " ")
    assert "file date" in english
    window.set_language("ur")
    qtbot.waitUntil(lambda: "فائل" in viewer.document().findBlockByNumber(0).text())
    urdu = dict(viewer.heading_lines())["meta"].replace("\u00a0", " ")
    assert "فائل کی تاریخ" in urdu and "file date" not in urdu
    assert viewer.document().findBlockByNumber(0).text().replace("\u00a0", " ") == urdu
    # the hits stay on their words, the current one too
    assert [viewer.toPlainText()[a:b] for a, b in viewer.hit_ranges()] == marked
    assert viewer.current_hit == current
    window.set_language("en")
    qtbot.waitUntil(lambda: dict(viewer.heading_lines())["meta"].replace("\u00a0", " ") == english)


def test_the_heading_never_breaks_a_date(launch, qtbot, tmp_path: Path) -> None:
    """In a narrow viewer the heading's date wrapped inside itself ("16Jul" / "2024")."""
    folder = make_folder(tmp_path / "feed", {"news.csv": "title,text,source,date\n"
                         "بارش,کراچی میں آج بارش ہوئی۔,BBC News اردو بہت لمبا نام,2024-07-16\n"})
    window = launch(lambda s: setattr(s, "folders", [str(folder)]))
    qtbot.waitUntil(lambda: window.library_pane.model.rowCount() == 2, timeout=20000)
    window.library_pane.table.setFocus()
    row = next(r for r in range(window.library_pane.proxy.rowCount())
               if "بارش" in window.library_pane.proxy.index(r, 0).data())
    window.library_pane.table.selectRow(row)
    qtbot.waitUntil(lambda: window.article is not None and window.article.title == "بارش")
    viewer = window.viewer
    text = viewer.toPlainText()
    start = text.index("16")
    end = text.index("2024") + 4
    for width in range(160, 420, 20):
        window.splitter.setSizes([window.width() - width, width])
        QApplication.processEvents()
        tops = set()
        for position in range(start, end + 1):
            cursor = QTextCursor(viewer.document())
            cursor.setPosition(position)
            tops.add(viewer.cursorRect(cursor).top())
        assert len(tops) == 1, (width, tops)


def test_the_pdf_heading_is_in_the_articles_language(launch, qtbot, tmp_path: Path,
                                                     seed_path: Path) -> None:
    """The PDF of an Urdu article exported from the English interface said "file date
    7 Dec 2026" above Urdu page numbers; an English article's PDF stays English in the
    Urdu interface."""
    import re

    folder = make_folder(tmp_path / "en", {"story.txt": "Rain in Karachi\n\nIt rained all day "
                                           "in Karachi and the roads were flooded.\n"})
    window = launch(lambda s: setattr(s, "folders", [str(folder)]))
    qtbot.waitUntil(lambda: window.library_pane.model.rowCount() == 2, timeout=20000)
    open_row(qtbot, window, read_article(seed_path).id)
    byline = window.viewer.byline()
    assert byline and "فائل کی تاریخ" in byline and not re.search("[A-Za-z0-9]", byline)
    assert "file date" in window.viewer.toPlainText()  # the window stays English
    window = launch.restart(window, configure=lambda s: setattr(s, "language", "ur"))
    qtbot.waitUntil(lambda: window.library_pane.model.rowCount() == 2, timeout=20000)
    open_row(qtbot, window, read_article(folder / "story.txt").id)
    byline = window.viewer.byline()
    assert byline and byline.startswith("file date") and not re.search("[۰-۹]", byline)
