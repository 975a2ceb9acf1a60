"""What the window and the command line need of a speech engine, and which engine is here.

An engine reads an article aloud (:meth:`SpeechEngine.speak` gives a :class:`Reading` that
plays, pauses, resumes and stops, and says which word is being spoken), and an engine that
makes PCM (:class:`PcmEngine`: espeak-ng) also writes it to a file. The text is made
speakable by :mod:`.text` first, and every word an engine reports is a word of the
article's text, by its offsets in it. A better Urdu voice is added as one more engine.
"""

from __future__ import annotations

import enum
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol, runtime_checkable

from reader_app.core.messages import QT_TRANSLATE_NOOP, Message
from reader_app.core.speech.text import Chunk

DEFAULT_RATE = 175  # words per minute, espeak-ng's own default
MIN_RATE = 80
MAX_RATE = 450

# (start, end, seconds): a word of the article (offsets in its text) and when it is heard,
# from the start of the reading (or of the file).
WordCallback = Callable[[int, int, float], None]


@dataclass(frozen=True)
class Voice:
    """A voice an engine offers; ``id`` is what :meth:`SpeechEngine.speak` takes."""

    id: str
    name: str
    language: str = "ur"


class State(enum.Enum):
    PLAYING = "playing"
    PAUSED = "paused"
    STOPPED = "stopped"  # by stop(), or the engine failed (see Reading.error)
    FINISHED = "finished"  # the last word was spoken


class Reading(Protocol):
    """An article being read aloud. Its callbacks (``on_word``, ``on_end``) run on a worker
    thread: the window hands them on to the UI thread (a queued signal)."""

    @property
    def state(self) -> State: ...

    @property
    def error(self) -> Message | None:
        """Why it stopped by itself (the audio player failed), or None."""

    def current_word(self) -> tuple[int, int] | None:
        """The word being heard now, as (start, end) in the article's text."""

    def position(self) -> int:
        """Where reading would resume: the start of the word being (or last) heard."""

    def pause(self) -> None: ...

    def resume(self) -> None: ...

    def stop(self) -> None:
        """Stops at once; returns when no process or thread of it is left."""

    def wait(self, timeout: float | None = None) -> bool:
        """True when it has ended (finished or stopped) within ``timeout`` seconds."""


class BaseReading:
    """The states every reading shares: playing, paused, stopped or finished, where it is,
    and ``on_end`` called exactly once. An engine supplies :meth:`_begin` (start reading
    from :meth:`position`; returns a handle for the run) and :meth:`_halt` (end that run
    and wait for it)."""

    def __init__(self, start: int, on_end: Callable[[], None] | None) -> None:
        self._lock = threading.Lock()
        self._state = State.PLAYING
        self._error: Message | None = None
        self._current: tuple[int, int] | None = None
        self._position = start
        self._on_end = on_end
        self._ended = threading.Event()
        self._run: Any = None

    def _begin(self) -> Any:
        raise NotImplementedError

    def _halt(self, run: Any) -> None:
        raise NotImplementedError

    @property
    def state(self) -> State:
        return self._state

    @property
    def error(self) -> Message | None:
        return self._error

    def current_word(self) -> tuple[int, int] | None:
        return self._current

    def position(self) -> int:
        return self._position

    def start(self) -> None:
        with self._lock:
            self._run = self._begin()

    def pause(self) -> None:
        with self._lock:
            if self._state is not State.PLAYING:
                return
            self._state = State.PAUSED
            run, self._run = self._run, None
        if run is not None:
            self._halt(run)

    def resume(self) -> None:
        with self._lock:
            if self._state is not State.PAUSED:
                return
            self._state = State.PLAYING
            self._run = self._begin()

    def stop(self) -> None:
        with self._lock:
            if self._state in (State.STOPPED, State.FINISHED):
                return
            self._state, self._current = State.STOPPED, None
            run, self._run = self._run, None
        if run is not None:
            self._halt(run)
        self._end()

    def wait(self, timeout: float | None = None) -> bool:
        return self._ended.wait(timeout)

    def _at(self, run: Any, start: int, end: int) -> bool:
        """Note the word (or sentence) ``run`` is at; False when that run was ended."""
        with self._lock:
            if run is not self._run:
                return False
            self._current, self._position = (start, end), start
            return True

    def _finished(self, run: Any, error: Message | None = None) -> None:
        """``run`` came to its end by itself (``error``: it failed)."""
        with self._lock:
            if run is not self._run:
                return
            self._run, self._current, self._error = None, None, error
            self._state = State.STOPPED if error is not None else State.FINISHED
        self._end()

    def _end(self) -> None:
        with self._lock:
            if self._ended.is_set():
                return
            self._ended.set()
        if self._on_end is not None:
            self._on_end()


@runtime_checkable
class SpeechEngine(Protocol):
    name: str  # shown in the settings ("espeak-ng", "Speech Dispatcher")

    def available(self) -> bool: ...

    def voices(self) -> list[Voice]: ...

    def speak(self, text: str, start: int = 0, end: int | None = None, *,
              rate: int = DEFAULT_RATE, voice: str | None = None,
              on_word: WordCallback | None = None,
              on_end: Callable[[], None] | None = None) -> Reading:
        """Read ``text[start:end]`` aloud (an article's text as the app reads it); returns
        at once. ``on_end`` is called once, when it finishes or is stopped."""


@runtime_checkable
class PcmEngine(SpeechEngine, Protocol):
    """An engine that gives the audio itself: 16-bit mono PCM at ``sample_rate``."""

    @property
    def sample_rate(self) -> int: ...

    def can_synthesize(self) -> bool:
        """It can make audio here (no audio player is needed for that)."""

    def synthesize(self, chunks: Iterable[Chunk], *, rate: int = DEFAULT_RATE,
                   voice: str | None = None, on_audio: Callable[[bytes], None],
                   on_word: WordCallback | None = None,
                   cancelled: Callable[[], bool] = lambda: False) -> bool:
        """Speak ``chunks`` into ``on_audio``, a piece at a time (never the whole article at
        once), with ``on_word`` for each word at its time in that audio. False when
        ``cancelled`` stopped it."""


class SpeechUnavailable(Exception):
    """No engine can speak here; ``message`` says what to install."""

    def __init__(self, message: Message) -> None:
        super().__init__(message)
        self.message = message


def no_engine_message() -> Message:
    return Message(QT_TRANSLATE_NOOP(
        "Core", "Reading aloud needs espeak-ng with its Urdu voice (Debian and Ubuntu: "
        "sudo apt install espeak-ng) or Speech Dispatcher; neither was found."))


def no_synthesizer_message() -> Message:
    return Message(QT_TRANSLATE_NOOP(
        "Core", "Speaking into a file needs espeak-ng with its Urdu voice (Debian and "
        "Ubuntu: sudo apt install espeak-ng); it was not found."))


def no_player_message() -> Message:
    return Message(QT_TRANSLATE_NOOP(
        "Core", "Reading aloud needs an audio player: paplay (pulseaudio-utils), aplay "
        "(alsa-utils) or pw-play (pipewire-bin); none was found."))


def player_failed_message(player: str, detail: str) -> Message:
    return Message(QT_TRANSLATE_NOOP("Core", "The audio player {player} stopped: {detail}"),
                   player=player, detail=detail)


def clamp_rate(rate: int) -> int:
    return max(MIN_RATE, min(MAX_RATE, int(rate)))


class WordTracker:
    """Turns an engine's word reports (a position and length in a chunk's text) into words
    of the article, each reported once and in order: a number's several spoken words name
    its one written word once."""

    def __init__(self, on_word: WordCallback | None) -> None:
        self.on_word = on_word
        self.last: tuple[int, int] | None = None
        self.count = 0

    def report(self, chunk: Chunk, position: int, length: int, seconds: float) -> None:
        if self.on_word is None:
            return
        span = chunk.word(position, position + max(length, 1))
        if span is None or span == self.last:
            return
        if self.last is not None and span[0] < self.last[1]:
            return  # an engine going back inside the word it spoke (a spelled abbreviation)
        self.last = span
        self.count += 1
        self.on_word(span[0], span[1], seconds)


def find_engine(engines: Sequence[SpeechEngine] | None = None) -> SpeechEngine:
    """The first engine that works here (espeak-ng, then Speech Dispatcher), or
    :class:`SpeechUnavailable` with what to install."""
    engines = default_engines() if engines is None else engines
    for engine in engines:
        if engine.available():
            return engine
    if any(isinstance(e, PcmEngine) and e.can_synthesize() for e in engines):
        raise SpeechUnavailable(no_player_message())  # a voice, but nothing to play it
    raise SpeechUnavailable(no_engine_message())


def find_pcm_engine(engines: Sequence[SpeechEngine] | None = None) -> PcmEngine:
    """The first engine here that gives audio to write to a file (espeak-ng)."""
    for engine in default_engines() if engines is None else engines:
        if isinstance(engine, PcmEngine) and engine.can_synthesize():
            return engine
    raise SpeechUnavailable(no_synthesizer_message())


def default_engines() -> list[SpeechEngine]:
    from reader_app.core.speech.espeak import EspeakEngine
    from reader_app.core.speech.speechd import SpeechDispatcher

    return [EspeakEngine(), SpeechDispatcher()]
