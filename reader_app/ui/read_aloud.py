"""Reading the open article aloud: Listen › Read Aloud (Ctrl+Shift+R) starts at the selection
or the caret, pauses and resumes; Ctrl+. stops. The word being heard is marked in the text
and kept in view. Speed and voice are remembered.

The speaking itself is the core's (``reader_app/core/speech``: espeak-ng's Urdu voice, or
Speech Dispatcher); its callbacks come from a worker thread and reach the window through
queued signals. Finding an engine may load a library: it is done in a worker at start. With
no engine the actions stay disabled, their tooltip saying what to install.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction

from reader_app.core.messages import Message
from reader_app.core.speech.engine import Reading, SpeechEngine, SpeechUnavailable, State
from reader_app.ui.i18n import render

if TYPE_CHECKING:
    from reader_app.ui.main_window import MainWindow

log = logging.getLogger(__name__)


def _find() -> tuple[SpeechEngine | None, Message | None]:
    from reader_app.core.speech.engine import find_engine

    try:
        return find_engine(), None
    except SpeechUnavailable as exc:
        return None, exc.message


class ReadAloud(QObject):
    word = Signal(int, int)  # from the engine's thread: the word being heard
    ended = Signal()  # from the engine's thread: the reading finished or was stopped

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.engine: SpeechEngine | None = None
        self.problem: Message | None = None  # why there is no engine (a tooltip)
        self.reading: Reading | None = None
        self.word.connect(self._heard)
        self.ended.connect(self._ended)
        a = window.acts
        a.read_aloud.triggered.connect(self.toggle)
        a.stop_reading.triggered.connect(self.stop)
        a.speech_rates.triggered.connect(self._rate_chosen)
        a.voices.triggered.connect(lambda act: setattr(window.settings, "speech_voice",
                                                       act.data() or ""))
        a.check(a.speech_rates, window.settings.speech_rate)
        self._enable()

    def start(self) -> None:
        """Look for an engine (off the UI thread)."""
        self.window.runner.start(lambda _task: _find(), self._found, name="find speech")

    def _found(self, result: tuple[SpeechEngine | None, Message | None]) -> None:
        self.engine, self.problem = result
        if self.engine is not None:
            log.info("reading aloud with %s", self.engine.name)
            self._fill_voices()
        self._enable()

    # -- playing ---------------------------------------------------------------------------
    def toggle(self) -> None:
        """Read aloud from the selection (or the caret); pause; resume."""
        reading = self.reading
        if reading is not None and reading.state == State.PLAYING:
            reading.pause()
        elif reading is not None and reading.state == State.PAUSED:
            reading.resume()
        else:
            self._play()
        self._enable()

    def _play(self) -> None:
        article, engine = self.window.article, self.engine
        if article is None or engine is None:
            return
        viewer = self.window.viewer
        chosen = viewer.selected_range()
        start = chosen[0] if chosen else viewer.caret_offset()
        if start >= len(article.text.rstrip()):
            start = 0  # at the very end: read it again from the top
        voice = self.window.settings.speech_voice or None
        try:
            self.reading = engine.speak(
                article.text, start, chosen[1] if chosen and chosen[1] > chosen[0] else None,
                rate=self.window.settings.speech_rate, voice=voice,
                on_word=lambda s, e, _t: self.word.emit(s, e), on_end=self.ended.emit)
        except SpeechUnavailable as exc:
            self.window.show_notice(exc.message)
            self.reading = None

    def stop(self) -> None:
        """Stop at once (the article changes, or the window closes): the player process
        is ended before this returns."""
        reading, self.reading = self.reading, None
        if reading is not None:
            reading.stop()
            reading.wait(2.0)
        self.window.viewer.set_spoken(None)
        self._enable()

    def _heard(self, start: int, end: int) -> None:
        if self.reading is not None:
            self.window.viewer.set_spoken((start, end))

    def _ended(self) -> None:
        reading = self.reading
        if reading is not None and reading.state in (State.FINISHED, State.STOPPED):
            if reading.error is not None:
                self.window.show_notice(reading.error)
            self.reading = None
            self.window.viewer.set_spoken(None)
        self._enable()

    def _rate_chosen(self, act: QAction) -> None:
        self.window.settings.speech_rate = int(act.data())
        if self.reading is not None and self.reading.state == State.PLAYING:
            position = self.reading.position()  # the new speed from the word being heard
            self.stop()
            self._play_from(position)

    def _play_from(self, offset: int) -> None:
        viewer = self.window.viewer
        viewer.set_spoken(None)
        cursor = viewer.textCursor()
        cursor.setPosition(viewer._to_doc(offset))
        viewer.setTextCursor(cursor)
        self._play()
        self._enable()

    # -- menus -----------------------------------------------------------------------------
    def _fill_voices(self) -> None:
        a = self.window.acts
        a.voice_menu.clear()
        for act in a.voices.actions():
            a.voices.removeAction(act)
        chosen = self.window.settings.speech_voice
        for voice in self.engine.voices() if self.engine is not None else []:
            act = a.voice_menu.addAction(voice.name)
            act.setCheckable(True)
            act.setData(voice.id)
            act.setChecked(voice.id == chosen)
            a.voices.addAction(act)
        if a.voices.actions() and a.voices.checkedAction() is None:
            a.voices.actions()[0].setChecked(True)  # the engine's own Urdu voice

    def retranslate(self) -> None:
        self._enable()

    def _enable(self) -> None:
        a, ready = self.window.acts, self.engine is not None
        reading = self.reading
        a.read_aloud.setEnabled(ready and self.window.article is not None)
        a.stop_reading.setEnabled(reading is not None)
        a.speech_rates.setEnabled(ready)
        a.voice_menu.setEnabled(ready)
        state = reading.state if reading is not None else None
        label = self.tr("&Pause Reading") if state == State.PLAYING else \
            self.tr("&Resume Reading") if state == State.PAUSED else None
        if label is not None:
            shortcut = a.read_aloud.shortcut().toString()
            a.read_aloud.setText(f"{label}\t\u2066{shortcut}\u2069")
        else:
            a.retranslate_one(a.read_aloud)
        a.retranslate_one(a.stop_reading)
        tip = render(self.problem) if self.problem is not None and not ready else ""
        for act in (a.read_aloud, a.stop_reading):
            act.setToolTip(tip or act.text().split("\t")[0].replace("&", ""))
