"""Reading aloud in the window (issue 28): Listen › Read Aloud from the caret or the
selection, the word being heard marked in the text and kept in view, pause and resume on the
same key, Ctrl+. and another article stop it, no player outlives the window, the speed is
remembered, and a machine without an engine gets disabled actions that say what to install.

The espeak-ng engine is real (its Urdu voice, its word events); only the sound card is
replaced by a player that takes the PCM at the pace a sound card would."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from helpers import make_folder
from PySide6.QtGui import QColor, QTextCursor

from reader_app.core.library import read_article
from reader_app.core.speech.engine import State
from reader_app.core.speech.espeak import EspeakEngine
from reader_app.core.speech.player import live_players
from reader_app.ui.main_window import MainWindow
from tests.core.test_speech_engine import PACED_PLAYER
from tests.ui.test_window import open_row, press

FIRST = "کراچی میں آج صبح سے تیز بارش ہو رہی ہے اور شہر کی کئی سڑکیں پانی میں ڈوب گئی ہیں۔"
LAST = "آخری پیراگراف میں لاہور کی نئی بسوں کا ذکر ہے جو اگلے ماہ سے چلیں گی۔"


@pytest.fixture
def engine(tmp_path: Path) -> EspeakEngine:
    script = tmp_path / "paced_player.py"
    script.write_text(PACED_PLAYER)
    engine = EspeakEngine(player=[sys.executable, str(script), "{rate}"])
    if not engine.can_synthesize():
        pytest.skip("espeak-ng (libespeak-ng1 and its Urdu voice) is not installed")
    return engine


@pytest.fixture
def library(tmp_path: Path) -> Path:
    body = "\n\n".join([FIRST, *[f"پیراگراف {n}: {FIRST}" for n in range(80)], LAST])
    return make_folder(tmp_path / "news", {"karachi.txt": f"کراچی کی خبر\n\n{body}\n",
                                           "lahore.txt": f"لاہور کی خبر\n\n{LAST}\n"})


def ready(qtbot, launch, library: Path, engine: EspeakEngine | None,
          name: str = "karachi.txt") -> MainWindow:
    window = launch(lambda s: setattr(s, "folders", [str(library)]))
    qtbot.waitUntil(lambda: window.speech.engine is not None or window.speech.problem
                    is not None, timeout=10000)
    if engine is not None:
        window.speech.engine = engine  # (the real one, with a player that needs no card)
        window.speech._enable()
    open_row(qtbot, window, read_article(library / name).id)
    return window


def spoken(window: MainWindow) -> str | None:
    """The words the viewer marks as being heard (its extra selection in that colour)."""
    colour = QColor(window.viewer.colors.spoken_back)
    for selection in window.viewer.extraSelections():
        if selection.format.background().color() == colour:
            return selection.cursor.selectedText()
    return None


def caret_at(window: MainWindow, words: str) -> None:
    viewer = window.viewer
    cursor = viewer.textCursor()
    cursor.setPosition(viewer.toPlainText().index(words))
    viewer.setTextCursor(cursor)
    viewer.setFocus()


def test_reading_marks_each_word_as_it_is_heard(launch, qtbot, library: Path,
                                                engine: EspeakEngine) -> None:
    window = ready(qtbot, launch, library, engine)
    caret_at(window, FIRST)
    press(qtbot, window, "Ctrl+Shift+R")
    heard: list[str] = []
    qtbot.waitUntil(lambda: (word := spoken(window)) is not None and (
        heard.append(word) if not heard or heard[-1] != word else None) is None
        and len(heard) >= 4, timeout=15000)
    # the words of the first paragraph, in its order, from the caret
    words = FIRST.split()
    assert heard[0] == words[0]
    assert all(w in words for w in heard)
    assert [words.index(w) for w in heard] == sorted(words.index(w) for w in heard)
    assert "Pause" in window.acts.read_aloud.text()
    press(qtbot, window, "Ctrl+.")
    assert spoken(window) is None
    assert not live_players()
    assert window.speech.reading is None


def test_the_same_key_pauses_and_resumes_where_it_was(launch, qtbot, library: Path,
                                                      engine: EspeakEngine) -> None:
    window = ready(qtbot, launch, library, engine)
    caret_at(window, FIRST)
    press(qtbot, window, "Ctrl+Shift+R")
    third = FIRST.split()[2]
    qtbot.waitUntil(lambda: spoken(window) == third, timeout=15000)
    press(qtbot, window, "Ctrl+Shift+R")
    reading = window.speech.reading
    assert reading is not None and reading.state == State.PAUSED
    paused_at = spoken(window)
    qtbot.waitUntil(lambda: not live_players())  # silence: the player has been ended
    qtbot.wait(300)
    assert spoken(window) == paused_at  # it did not read on while paused
    assert "Resume" in window.acts.read_aloud.text()
    press(qtbot, window, "Ctrl+Shift+R")
    later = FIRST.split()[FIRST.split().index(paused_at) + 2]
    qtbot.waitUntil(lambda: spoken(window) == later, timeout=15000)
    window.speech.stop()


def test_a_selection_is_read_and_nothing_after_it(launch, qtbot, library: Path,
                                                  engine: EspeakEngine) -> None:
    window = ready(qtbot, launch, library, engine)
    viewer = window.viewer
    text = viewer.toPlainText()
    words = "تیز بارش ہو رہی"
    cursor = viewer.textCursor()
    cursor.setPosition(text.index(words))
    cursor.setPosition(text.index(words) + len(words), QTextCursor.MoveMode.KeepAnchor)
    viewer.setTextCursor(cursor)
    press(qtbot, window, "Ctrl+Shift+R")
    heard: set[str] = set()
    qtbot.waitUntil(lambda: heard.add(spoken(window) or "") or (
        window.speech.reading is None), timeout=15000)
    heard.discard("")
    assert heard and heard <= set(words.split())
    assert "رہی" in heard
    assert spoken(window) is None and window.acts.read_aloud.text().startswith("&Read")


def test_the_word_heard_is_kept_in_view(launch, qtbot, library: Path,
                                        engine: EspeakEngine) -> None:
    window = ready(qtbot, launch, library, engine)
    viewer = window.viewer
    bar = viewer.verticalScrollBar()
    assert bar.value() == 0
    caret_at(window, LAST)  # far below the view: reading starts there
    viewer.verticalScrollBar().setValue(0)
    window.settings.speech_rate = 260
    press(qtbot, window, "Ctrl+Shift+R")
    qtbot.waitUntil(lambda: spoken(window) is not None, timeout=15000)
    cursor = QTextCursor(viewer.document())
    cursor.setPosition(viewer.toPlainText().index(spoken(window) or "\0",
                                                  viewer.toPlainText().index(LAST)))
    rect = viewer.cursorRect(cursor)
    assert bar.value() > 0
    assert viewer.viewport().rect().contains(rect.center())
    window.speech.stop()


def test_another_article_and_closing_stop_it(launch, qtbot, library: Path,
                                             engine: EspeakEngine) -> None:
    window = ready(qtbot, launch, library, engine)
    caret_at(window, FIRST)
    press(qtbot, window, "Ctrl+Shift+R")
    qtbot.waitUntil(lambda: spoken(window) is not None and bool(live_players()), timeout=15000)
    open_row(qtbot, window, read_article(library / "lahore.txt").id)
    assert window.speech.reading is None and not live_players()
    assert spoken(window) is None
    press(qtbot, window, "Ctrl+Shift+R")
    qtbot.waitUntil(lambda: spoken(window) is not None and bool(live_players()), timeout=15000)
    window.close()
    assert not live_players()


def test_the_speed_is_remembered_and_used(launch, qtbot, library: Path,
                                          engine: EspeakEngine) -> None:
    window = ready(qtbot, launch, library, engine)
    rates = {int(act.data()): act for act in window.acts.speech_rates.actions()}
    assert rates[175].isChecked()
    rates[260].trigger()
    assert window.settings.speech_rate == 260
    window = launch.restart(window)
    assert window.settings.speech_rate == 260
    assert {int(a.data()) for a in window.acts.speech_rates.actions() if a.isChecked()} == {260}
    menu = window.acts.menus["speechRateMenu"]
    assert menu.title() and "260" in [a.text() for a in menu.actions()][-1]


def test_without_an_engine_the_actions_say_what_to_install(launch, qtbot, library: Path,
                                                           monkeypatch) -> None:
    monkeypatch.setattr("reader_app.core.speech.engine.default_engines", lambda: [])
    window = ready(qtbot, launch, library, None)
    assert window.speech.engine is None
    act = window.acts.read_aloud
    assert not act.isEnabled()
    assert "espeak-ng" in act.toolTip()
    assert not window.acts.speech_rates.isEnabled()
    press(qtbot, window, "Ctrl+Shift+R")  # listed, disabled: nothing happens, nothing breaks
    assert window.speech.reading is None
