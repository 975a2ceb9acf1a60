"""A long article in the viewer (issue 24): it opens at once and is laid out in small steps
behind the reader, a saved place, a far hit or Ctrl+End is reached once laid out, and a
word far down whose ink needs taller lines gets them. (How long each step takes is measured
by benchmarks/bench_viewer.py, not here.)"""

from __future__ import annotations

import random
import unicodedata
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetricsF

from reader_app.core.library import Article
from reader_app.ui import fonts, textdir
from reader_app.ui.viewer import ArticleViewer

TALL = "ممممممممممممممممم"  # a cascade taller than any of fonts.TALL_WORDS


def long_article(seed_text: str, chars: int, last: str = "") -> Article:
    paragraphs = [p for p in seed_text.split("\n") if p.strip()]
    parts, size, n = [], 0, 0
    while size < chars:
        parts.append(f"{n}۔ {paragraphs[n % len(paragraphs)]}")
        size += len(parts[-1]) + 2
        n += 1
    text = "\n\n".join([*parts, last]) if last else "\n\n".join(parts)
    return Article(id="long", path=Path("/lib/long.txt"), title="لمبی خبر", text=text,
                   mtime=0.0, size=len(text), content_hash="h", encoding="utf-8",
                   paragraphs=text.split("\n"))


@pytest.fixture
def viewer(qtbot) -> ArticleViewer:
    fonts.load_fonts()
    view = ArticleViewer()
    qtbot.addWidget(view)
    view.resize(700, 500)
    view.show()
    qtbot.waitExposed(view)
    return view


def top_position(viewer: ArticleViewer) -> int:
    return viewer.cursorForPosition(viewer.viewport().rect().topRight()).position()


def test_a_long_article_opens_before_it_is_laid_out_and_is_laid_out_behind(
        qtbot, viewer: ArticleViewer, seed_text: str) -> None:
    article = long_article(seed_text, 300_000)
    viewer.show_article(article)
    assert not viewer.pacer.laid_out()  # shown at once: the rest comes in steps
    assert viewer.shown_body() == article.text  # the whole text is there to copy and find
    qtbot.waitUntil(viewer.pacer.laid_out, timeout=60_000)
    bar = viewer.verticalScrollBar()
    assert bar.maximum() > 100 * viewer.line_pitch  # the scroll bar knows its full length


def test_a_saved_place_far_down_is_where_the_article_reopens(
        qtbot, viewer: ArticleViewer, seed_text: str) -> None:
    article = long_article(seed_text, 300_000)
    place = article.text.index("\n\n1500۔ ") + 2
    viewer.show_article(article, viewer_position(viewer, article, place))
    qtbot.waitUntil(lambda: not viewer.pacer.waiting, timeout=60_000)
    top = top_position(viewer)
    shown = viewer.toPlainText()
    assert "1500۔" in shown[top - 5:top + 400], shown[top - 5:top + 60]


def viewer_position(viewer: ArticleViewer, article: Article, offset: int) -> int:
    """The document position of an offset into the article, as the window saves it."""
    viewer.show_article(article)
    return viewer._to_doc(offset)


def test_ctrl_end_and_a_far_hit_are_reached_once_laid_out(
        qtbot, viewer: ArticleViewer, seed_text: str) -> None:
    article = long_article(seed_text, 300_000)
    viewer.show_article(article)
    viewer.setFocus()
    qtbot.keyClick(viewer, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    end = viewer.document().characterCount() - 1
    qtbot.waitUntil(lambda: viewer.textCursor().position() == end, timeout=60_000)
    assert viewer.verticalScrollBar().value() > 0
    caret = viewer.cursorRect(viewer.textCursor())
    assert viewer.viewport().rect().contains(caret.center())  # the end is in view
    viewer.show_article(article)
    paragraphs = article.text.count("\n\n")
    word = f"{paragraphs * 9 // 10}۔"  # a paragraph's number, near the end
    at = article.text.index(f"\n{word} ") + 1
    viewer.set_hits([(at, at + len(word))])
    qtbot.waitUntil(lambda: not viewer.pacer.waiting, timeout=60_000)
    start, stop = viewer.hit_ranges()[0]
    assert viewer.toPlainText()[start:stop] == word
    hit = viewer.cursorRect(viewer.textCursor())
    assert viewer.viewport().rect().contains(hit.center())  # scrolled into view


def test_ink_far_down_that_needs_taller_lines_gets_them(
        qtbot, viewer: ArticleViewer, seed_text: str) -> None:
    metrics = QFontMetricsF(viewer.effective_font())
    tall = metrics.tightBoundingRect(TALL)
    highest = max(-metrics.tightBoundingRect(w).top() for w in seed_text.split())
    assert -tall.top() > highest + 10  # taller than every word measured before it shows
    viewer.show_article(long_article(seed_text, 100_000, last=f"آخر میں {TALL} لکھا ہے۔"))
    first = viewer.line_pitch
    qtbot.waitUntil(lambda: viewer.line_pitch > first, timeout=30_000)
    assert viewer.line_pitch >= tall.height()  # the tall word's line holds its ink
    assert viewer.shown_body().endswith(TALL + " لکھا ہے۔")


def test_a_paragraphs_direction_is_counted_the_same_the_quick_way(qapp) -> None:
    """Paragraphs of right-to-left script and neutrals only are settled by two searches;
    every other text is counted letter by letter, as before."""

    def counted(text: str, default: bool) -> bool:
        rtl = sum(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text)
        ltr = sum(unicodedata.bidirectional(ch) == "L" for ch in text)
        if not rtl or not ltr:
            return bool(rtl) if rtl or ltr else default
        if rtl + ltr < textdir.SHORT and max(rtl, ltr) < textdir.CLEAR * min(rtl, ltr):
            return default
        return rtl >= ltr if default else rtl > ltr

    rng = random.Random(24)
    pools = [(0x20, 0x7F), (0x600, 0x700), (0x590, 0x600), (0x2000, 0x2066), (0xFB50, 0xFF00),
             (0x1F300, 0x1FAFF), (0xA0, 0x250), (0x660, 0x66A), (0x6F0, 0x6FA)]
    for _ in range(3000):
        chosen = rng.sample(pools, rng.randrange(1, 4))
        text = "".join(chr(rng.randrange(*rng.choice(chosen)))
                       for _ in range(rng.randrange(0, 40)))
        for default in (True, False):
            assert textdir.is_rtl(text, default) is counted(text, default), (text, default)


def test_every_character_is_in_the_document_where_the_hits_say(qtbot,
                                                               viewer: ArticleViewer) -> None:
    """A paragraph that starts with U+FEFF (joined files leave them) lost it on its way into
    Qt, and every hit after it was marked one letter off."""
    text = ("پہلا پیراگراف 😀 یہاں۔\r\n\r\n\ufeffدوسرا پیراگراف ایران کے بارے میں۔\n\n"
            "\ufeff\ufeffتیسرا پیراگراف بھی ایران کا ذکر کرتا ہے۔\n")
    article = Article(id="a", path=Path("/lib/a.txt"), title="خبر", text=text, mtime=0.0,
                      size=len(text), content_hash="h", encoding="utf-8",
                      paragraphs=text.split("\n"))
    viewer.show_article(article)
    assert viewer.shown_body().replace("\n", "") == text.replace("\r", "").replace("\n", "")
    word = "ایران"
    ranges = [(i, i + len(word)) for i in range(len(text)) if text.startswith(word, i)]
    viewer.set_hits(ranges)
    units = viewer.toPlainText().encode("utf-16-le")  # document positions count UTF-16 units
    assert [units[2 * a:2 * b].decode("utf-16-le") for a, b in viewer.hit_ranges()] == \
        [word, word]


def test_thousands_of_hits_are_marked_where_the_reader_is(qtbot, viewer: ArticleViewer,
                                                          seed_text: str) -> None:
    """Qt walks every marked hit on every paint: only those in and around the view are
    marked, and scrolling marks the ones of the new place."""
    article = long_article(seed_text, 300_000)
    viewer.show_article(article)
    word = "کے"
    ranges = [(i, i + len(word)) for i in range(len(article.text))
              if article.text.startswith(word, i)
              and not article.text[i + len(word):i + len(word) + 1].strip()]
    assert len(ranges) > 2000
    viewer.set_hits(ranges)
    assert len(viewer.hit_ranges()) == len(ranges)  # every hit is counted and can be reached
    assert 0 < len(viewer.extraSelections()) < len(ranges) / 10
    assert viewer.next_hit() and viewer.current_hit == 1
    viewer.setFocus()
    qtbot.keyClick(viewer, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not viewer.pacer.waiting, timeout=60_000)
    last = viewer.hit_ranges()[-2][0]
    marked = {s.cursor.selectionStart() for s in viewer.extraSelections()}
    assert last in marked  # the hits at the end, scrolled to, are marked now
