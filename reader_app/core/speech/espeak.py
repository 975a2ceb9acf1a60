"""espeak-ng's Urdu voice through libespeak-ng, with ctypes.

The library in synchronous mode hands back the audio a few tens of milliseconds at a time,
with an event for each word (its position and length in the text given, in characters, and
its time in that audio): the word being spoken can be marked without guessing. Its command
line gives the audio but no word times (``benchmarks/speech_engines.py`` measures both).
The library keeps one state per process, so every use holds :data:`_LOCK`.
"""

from __future__ import annotations

import ctypes
import os
import sys
import threading
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from reader_app.core.paths import bundle_root
from reader_app.core.speech.engine import (
    DEFAULT_RATE,
    SpeechUnavailable,
    Voice,
    WordCallback,
    WordTracker,
    clamp_rate,
    no_engine_message,
    no_player_message,
)
from reader_app.core.speech.text import Chunk, Pause

LIBRARY = "libespeak-ng.so.1"
LIBRARY_ENV = "READER_ESPEAK_LIBRARY"  # another libespeak-ng (or none: a path that is not one)
DATA = "espeak-ng-data"  # beside the library in a bundle (build.spec), else the system's
URDU = "ur"
# Variants of the voice (espeak-ng-data/voices/!v) offered beside the plain one.
VARIANTS = ("m1", "m2", "m3", "m4", "f1", "f2", "f3", "f4")
# What the Urdu voice reads of espeak-ng-data: the bundle carries these alone (0.95 MB of
# 11.6; the same audio, sample for sample: benchmarks/speech_data_trim.py). English is kept
# because the Urdu voice speaks Latin words with it.
URDU_DATA_FILES = ("phontab", "phonindex", "phondata", "intonations", "ur_dict", "en_dict",
                   "lang/inc/ur", "lang/gmw/en", *(f"voices/!v/{v}" for v in VARIANTS))
PARAGRAPH_GAP = 0.35  # seconds of silence after a paragraph, at the default rate
BUFFER_MS = 50  # audio per callback: how soon a cancel is heard

# speak_lib.h
_AUDIO_OUTPUT_SYNCHRONOUS = 2
_INITIALIZE_DONT_EXIT = 0x8000
_EVENT_LIST_TERMINATED, _EVENT_WORD = 0, 1
_POS_CHARACTER = 1
_CHARS_UTF8 = 1
_ENDPAUSE = 0x1000
_RATE = 1


class _Event(ctypes.Structure):
    _fields_ = [("type", ctypes.c_int), ("unique_identifier", ctypes.c_uint),
                ("text_position", ctypes.c_int), ("length", ctypes.c_int),
                ("audio_position", ctypes.c_int), ("sample", ctypes.c_int),
                ("user_data", ctypes.c_void_p), ("id", ctypes.c_char * 8)]


class _Voice(ctypes.Structure):
    _fields_ = [("name", ctypes.c_char_p), ("languages", ctypes.c_char_p),
                ("identifier", ctypes.c_char_p), ("gender", ctypes.c_ubyte),
                ("age", ctypes.c_ubyte), ("variant", ctypes.c_ubyte), ("xx1", ctypes.c_ubyte),
                ("score", ctypes.c_int), ("spare", ctypes.c_void_p)]


_CALLBACK = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.POINTER(ctypes.c_short), ctypes.c_int,
                             ctypes.POINTER(_Event))
_LOCK = threading.RLock()


class _Library:
    """libespeak-ng, initialised once per process; ``sink`` receives its callbacks."""

    def __init__(self, path: str, data: Path | None) -> None:
        lib = ctypes.CDLL(path)
        lib.espeak_Initialize.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_char_p,
                                          ctypes.c_int]
        lib.espeak_SetVoiceByName.argtypes = [ctypes.c_char_p]
        lib.espeak_SetParameter.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_int]
        lib.espeak_Synth.argtypes = [ctypes.c_char_p, ctypes.c_size_t, ctypes.c_uint,
                                     ctypes.c_int, ctypes.c_uint, ctypes.c_uint,
                                     ctypes.c_void_p, ctypes.c_void_p]
        lib.espeak_ListVoices.argtypes = [ctypes.POINTER(_Voice)]
        lib.espeak_ListVoices.restype = ctypes.POINTER(ctypes.POINTER(_Voice))
        rate = lib.espeak_Initialize(_AUDIO_OUTPUT_SYNCHRONOUS, BUFFER_MS,
                                     str(data).encode() if data else None,
                                     _INITIALIZE_DONT_EXIT)
        if rate <= 0:
            raise OSError(f"espeak_Initialize failed ({rate})")
        self.lib = lib
        self.sample_rate = rate
        self.sink: _Sink | None = None
        self.callback = _CALLBACK(self._callback)  # kept: the library holds a C pointer to it
        lib.espeak_SetSynthCallback(self.callback)
        self.has_urdu = lib.espeak_SetVoiceByName(URDU.encode()) == 0

    def _callback(self, wav: ctypes._Pointer, samples: int, events: ctypes._Pointer) -> int:
        sink = self.sink
        if sink is None:
            return 0
        try:
            i = 0
            while events[i].type != _EVENT_LIST_TERMINATED:
                event = events[i]
                if event.type == _EVENT_WORD and event.text_position >= 1:
                    sink.word(event.text_position - 1, event.length,
                              event.audio_position / 1000)
                i += 1
            if samples > 0 and wav:
                sink.audio(ctypes.string_at(wav, samples * 2))
            return 1 if sink.cancelled() else 0
        except BaseException as exc:  # raised again after espeak_Synth returns
            sink.failure = exc
            return 1

    def voice_ids(self, language: bytes) -> list[bytes]:
        spec = _Voice(languages=language)
        found = self.lib.espeak_ListVoices(ctypes.byref(spec))
        ids = []
        i = 0
        while found and found[i]:
            ids.append(found[i].contents.identifier or b"")
            i += 1
        return ids


class _Sink:
    def __init__(self, chunk: Chunk, base: float, on_audio: Callable[[bytes], None],
                 tracker: WordTracker, cancelled: Callable[[], bool]) -> None:
        self.chunk, self.base, self.on_audio = chunk, base, on_audio
        self.tracker, self.cancelled = tracker, cancelled
        self.samples = 0
        self.failure: BaseException | None = None

    def word(self, position: int, length: int, seconds: float) -> None:
        self.tracker.report(self.chunk, position, length, self.base + seconds)

    def audio(self, data: bytes) -> None:
        self.samples += len(data) // 2
        self.on_audio(data)


_loaded: dict[str, _Library | None] = {}


def _library_candidates() -> list[str]:
    """``READER_ESPEAK_LIBRARY`` when set (alone); else the bundle's own copy (build.spec
    puts it beside the app), then the system's."""
    if os.environ.get(LIBRARY_ENV):
        return [os.environ[LIBRARY_ENV]]
    names = []
    if getattr(sys, "frozen", False):
        names.append(str(bundle_root() / LIBRARY))
    names.append(LIBRARY)
    return names


def _data_folder() -> Path | None:
    """The bundle's espeak-ng-data when it has one; None: the library's own."""
    folder = bundle_root() / DATA
    return folder if (folder / "phontab").is_file() else None


class EspeakEngine:
    """espeak-ng's Urdu voice. ``library`` and ``player`` (an argv that plays raw PCM from
    its stdin, ``{rate}`` filled in) are for tests and odd systems; by default the system's
    library and the first of paplay, aplay and pw-play found."""

    name = "espeak-ng"

    def __init__(self, library: str | Sequence[str] | None = None, data: Path | None = None,
                 player: Sequence[str] | None = None) -> None:
        self._candidates = [library] if isinstance(library, str) else \
            list(library) if library is not None else None
        self._data = data
        self._player = list(player) if player is not None else None

    # Loading ------------------------------------------------------------------------
    def _library(self) -> _Library | None:
        with _LOCK:
            for path in self._candidates or _library_candidates():
                if path not in _loaded:
                    try:
                        _loaded[path] = _Library(path, self._data or _data_folder())
                    except (OSError, AttributeError):
                        _loaded[path] = None
                lib = _loaded[path]
                if lib is not None and lib.has_urdu:
                    return lib
        return None

    def can_synthesize(self) -> bool:
        """The library and its Urdu voice are here (a WAV can be written)."""
        return self._library() is not None

    def available(self) -> bool:
        """It can read aloud here: the library, its Urdu voice and an audio player."""
        return self.can_synthesize() and self.player() is not None

    def player(self) -> list[str] | None:
        from reader_app.core.speech.player import find_player

        return self._player if self._player is not None else find_player()

    @property
    def sample_rate(self) -> int:
        lib = self._library()
        return lib.sample_rate if lib else 22050

    def voices(self) -> list[Voice]:
        lib = self._library()
        if lib is None:
            return []
        with _LOCK:
            variants = {i.decode(errors="replace").rsplit("/", 1)[-1]
                        for i in lib.voice_ids(b"variant")}
        return [Voice(URDU, "Urdu"), *(Voice(f"{URDU}+{v}", f"Urdu ({v})")
                                       for v in VARIANTS if v in variants)]

    # Speaking -----------------------------------------------------------------------
    def synthesize(self, chunks: Iterable[Chunk], *, rate: int = DEFAULT_RATE,
                   voice: str | None = None, on_audio: Callable[[bytes], None],
                   on_word: WordCallback | None = None,
                   cancelled: Callable[[], bool] = lambda: False) -> bool:
        lib = self._library()
        if lib is None:
            raise SpeechUnavailable(no_engine_message())
        rate = clamp_rate(rate)
        tracker = WordTracker(on_word)
        gap = b"\0\0" * int(lib.sample_rate * PARAGRAPH_GAP * DEFAULT_RATE / rate)
        samples = 0
        with _LOCK:
            if voice is None or lib.lib.espeak_SetVoiceByName(voice.encode()) != 0:
                lib.lib.espeak_SetVoiceByName(URDU.encode())
            lib.lib.espeak_SetParameter(_RATE, rate, 0)
            try:
                for chunk in chunks:
                    if cancelled():
                        return False
                    sink = _Sink(chunk, samples / lib.sample_rate, on_audio, tracker, cancelled)
                    lib.sink = sink
                    data = chunk.text.encode("utf-8")
                    flags = _CHARS_UTF8 | (_ENDPAUSE if chunk.pause else 0)
                    lib.lib.espeak_Synth(data, len(data) + 1, 0, _POS_CHARACTER, 0, flags,
                                         None, None)
                    samples += sink.samples
                    if sink.failure is not None:
                        raise sink.failure
                    if cancelled():
                        return False
                    if chunk.pause == Pause.PARAGRAPH:
                        on_audio(gap)
                        samples += len(gap) // 2
            finally:
                lib.sink = None
        return True

    def speak(self, text: str, start: int = 0, end: int | None = None, *,
              rate: int = DEFAULT_RATE, voice: str | None = None,
              on_word: WordCallback | None = None,
              on_end: Callable[[], None] | None = None):  # -> PcmReading
        from reader_app.core.speech.player import PcmReading

        player = self.player()
        if player is None:
            raise SpeechUnavailable(no_player_message())
        if not self.can_synthesize():
            raise SpeechUnavailable(no_engine_message())
        return PcmReading(self, player, text, start, end, rate=rate, voice=voice,
                          on_word=on_word, on_end=on_end)
