"""A result's first match is marked in every theme and row state, even at the very start.

Issue 16 item 9 reported that in the dark theme the first match on a snippet's first line was
not highlighted. These tests paint the real delegate, with the shipped fonts and each theme's
stylesheet, into an image and look at the pixels where that match is drawn: the highlight must
be there, and stand out from the row's own background, whether the row is plain, selected
(every search selects its first row), selected in the focused list, or under the mouse.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QTextBlock, QTextFragment
from PySide6.QtWidgets import QApplication, QListView, QStyle, QStyleOptionViewItem

from reader_app.core.results import Hit
from reader_app.core.text.highlight import make_snippet
from reader_app.ui import fonts
from reader_app.ui.search_pane import PADDING, ResultsModel, SnippetDelegate
from reader_app.ui.theme import ThemeManager

TEXT = ("کراچی میں آج شام تیز بارش ہوئی اور شہر کی کئی سڑکیں پانی سے بھر گئیں، محکمہ موسمیات"
        " کے مطابق بارش کا یہ سلسلہ کل بھی جاری رہے گا اور ساحلی علاقوں میں ہوا تیز چلے گی۔")
LATE = "ساحلی"  # past the snippet's start, so the snippet opens with "…" and text before it
WIDTH = 420
S = QStyle.StateFlag
STATES = {
    "plain": S.State_Enabled,
    "selected": S.State_Enabled | S.State_Selected,
    "selected, list focused": S.State_Enabled | S.State_Selected | S.State_Active
    | S.State_HasFocus,
    "under the mouse": S.State_Enabled | S.State_MouseOver | S.State_Active,
}


def _snippet(word: str) -> str:
    start = TEXT.index(word)
    return make_snippet(TEXT, [(start, start + len(word))], width=60 if word == LATE else 220)


@pytest.fixture
def themed(qapp: QApplication) -> Iterator[ThemeManager]:
    """A theme manager; the application's look is put back afterwards for later tests."""
    sheet, palette = qapp.styleSheet(), qapp.palette()
    fonts.load_fonts()
    yield ThemeManager()
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)


def _lab(c: QColor) -> tuple[float, float, float]:
    def lin(v: float) -> float:
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4

    r, g, b = (lin(v) for v in (c.redF(), c.greenF(), c.blueF()))
    xyz = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.9505, \
        0.2126 * r + 0.7152 * g + 0.0722 * b, (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.089
    f = [t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116 for t in xyz]
    return 116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two colours' luminances (1 = none, 21 = black on white)."""
    def lum(c: QColor) -> float:
        return _lab(c)[0]  # L*, monotonic in luminance; converted back below

    def y(c: QColor) -> float:
        lstar = lum(c)
        return ((lstar + 16) / 116) ** 3 if lstar > 8 else lstar / 903.3

    high, low = sorted((y(a), y(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def delta_e(a: QColor, b: QColor) -> float:
    """CIE76 colour difference: about 2 is just noticeable, 20 and more is plain to see."""
    return sum((x - y) ** 2 for x, y in zip(_lab(a), _lab(b), strict=True)) ** 0.5


def _paint(delegate: SnippetDelegate, view: QListView, state: S) -> tuple[QImage, QRect]:
    """The first row as the list paints it, and the box of the snippet's first match."""
    index = view.model().index(0, 0)
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.widget = view
    option.state = state
    option.rect = QRect(0, 0, WIDTH, delegate.sizeHint(option, index).height())
    image = QImage(option.rect.size(), QImage.Format.Format_ARGB32)
    image.fill(view.palette().base().color())
    painter = QPainter(image)
    delegate.paint(painter, option, index)
    painter.end()

    doc, rise = delegate.document(index, WIDTH - 2 * PADDING)
    doc.size()  # lays the document out
    snippet = doc.findBlockByNumber(1)
    fragment = next(f for f in _fragments(snippet)
                    if f.charFormat().background().style() != Qt.BrushStyle.NoBrush)
    layout = snippet.layout()
    at = fragment.position() - snippet.position()
    line = layout.lineForTextPosition(at)
    assert line.isValid() and line.lineNumber() == 0, "the match is not on the first line"
    x1, x2 = sorted((line.cursorToX(at)[0], line.cursorToX(at + fragment.length())[0]))
    top = PADDING + rise + layout.position().y() + line.y()
    box = QRect(int(PADDING + x1) + 2, int(top) + 2, int(x2 - x1) - 4, int(line.height()) - 4)
    return image, box


def _fragments(block: QTextBlock) -> Iterator[QTextFragment]:
    """A block's fragments (runs of one format), in order."""
    it = block.begin()
    while not it.atEnd():
        yield it.fragment()
        it += 1


@pytest.mark.parametrize("state", list(STATES))
@pytest.mark.parametrize("word", ["کراچی", LATE], ids=["first character", "after the …"])
@pytest.mark.parametrize("mode", ["dark", "light"])
def test_the_first_match_on_the_first_line_is_highlighted(qtbot, themed: ThemeManager,
                                                          mode: str, word: str,
                                                          state: str) -> None:
    themed.apply(mode)
    view = QListView()
    qtbot.addWidget(view)
    model = ResultsModel(view)
    delegate = SnippetDelegate(view)
    view.setModel(model)
    view.setItemDelegate(delegate)
    delegate.colors = themed.colors
    delegate.font = fonts.reading_font("nastaliq", 11)
    snippet = _snippet(word)
    assert snippet.startswith("<b>") == (word != LATE), snippet
    model.set_hits([Hit(Path("/a.txt"), "a", "کراچی میں بارش", 1.0, snippet, [])])
    view.resize(WIDTH, 300)
    view.show()  # polished: the theme's stylesheet now draws its rows
    qtbot.waitExposed(view)

    image, box = _paint(delegate, view, STATES[state])
    hit = themed.colors.hit_back
    inside = [image.pixelColor(x, y) for y in range(box.top(), box.bottom())
              for x in range(box.left(), box.right())]
    marked = sum(delta_e(c, hit) < 3 for c in inside)
    assert marked > 0.3 * len(inside), f"{marked} of {len(inside)} pixels of the match marked"
    background = image.pixelColor(3, image.height() - 3)  # the row's own, beside the text
    assert delta_e(background, hit) > 20, (background.name(), hit.name())
    if mode == "dark":
        # On dark rows a hue difference alone is easy to miss: olive on the blue of the
        # selected first row (every search selects it) had 1.31:1 and read as "not
        # highlighted". The mark must also be clearly brighter than any row, while the
        # white letters on it keep WCAG's 4.5:1 (black letters would lose the Nastaliq ink
        # that reaches past the mark, drawn black on the dark row).
        assert contrast(background, hit) >= 1.8, (background.name(), hit.name())
        assert contrast(hit, themed.colors.hit_fore) >= 4.5
