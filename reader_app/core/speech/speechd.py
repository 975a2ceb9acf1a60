"""Speech Dispatcher (``spd-say``) as a second engine, so a screen reader's user hears the
voice their system is set up with.

It speaks a sentence at a time and plays the audio itself: there is no PCM to write to a
file and no word timing, so the window can mark the sentence being read (``position()``),
not the word. Pause stops and remembers the sentence; resume reads from it again.
"""

from __future__ import annotations

import shutil
import subprocess
import threading
from collections.abc import Callable

from reader_app.core.messages import Message
from reader_app.core.speech.engine import DEFAULT_RATE, State, Voice, WordCallback
from reader_app.core.speech.player import end_process, track
from reader_app.core.speech.text import speakable_chunks

COMMAND = "spd-say"
LIST_TIMEOUT = 3.0


def relative_rate(rate: int) -> int:
    """Words per minute as Speech Dispatcher's -100…100 (0: its default speed)."""
    return max(-100, min(100, round((rate - DEFAULT_RATE) * 100 / DEFAULT_RATE)))


class SpeechDispatcher:
    name = "Speech Dispatcher"

    def __init__(self, command: str = COMMAND) -> None:
        self.command = command

    def available(self) -> bool:
        return shutil.which(self.command) is not None

    def voices(self) -> list[Voice]:
        """The Urdu voices it lists (``spd-say -L``: name, language, variant a line)."""
        try:
            listing = subprocess.run([self.command, "-L"], capture_output=True, text=True,
                                     timeout=LIST_TIMEOUT, check=False).stdout
        except (OSError, subprocess.SubprocessError):
            return []
        voices = []
        for line in listing.splitlines()[1:]:
            parts = line.split()
            if len(parts) >= 2 and parts[-2].lower().startswith("ur"):
                voices.append(Voice(" ".join(parts[:-2]), " ".join(parts[:-2]), parts[-2]))
        return voices

    def speak(self, text: str, start: int = 0, end: int | None = None, *,
              rate: int = DEFAULT_RATE, voice: str | None = None,
              on_word: WordCallback | None = None,
              on_end: Callable[[], None] | None = None) -> SpdReading:
        return SpdReading(self.command, text, start, end, rate, voice, on_end)


class SpdReading:
    """Sentences spoken one by one by ``spd-say -w`` (it returns once the sentence is
    said). No word events: ``current_word`` is the sentence being read."""

    def __init__(self, command: str, text: str, start: int, end: int | None, rate: int,
                 voice: str | None, on_end: Callable[[], None] | None) -> None:
        self.command, self.text, self.end = command, text, end
        self.rate, self.voice, self._on_end = rate, voice, on_end
        self._lock = threading.Lock()
        self._state = State.PLAYING
        self._current: tuple[int, int] | None = None
        self._position = start
        self._ended = threading.Event()
        self._cancel = threading.Event()
        self._proc: subprocess.Popen | None = None
        self._thread: threading.Thread | None = None
        self._start()

    @property
    def state(self) -> State:
        return self._state

    @property
    def error(self) -> Message | None:
        return None

    def current_word(self) -> tuple[int, int] | None:
        return self._current

    def position(self) -> int:
        return self._position

    def _start(self) -> None:
        self._cancel = threading.Event()
        self._thread = threading.Thread(target=self._speak, args=(self._cancel,),
                                        name="speech-dispatcher", daemon=True)
        self._thread.start()

    def _speak(self, cancel: threading.Event) -> None:
        for chunk in speakable_chunks(self.text, self._position, self.end):
            if cancel.is_set():
                return
            self._current, self._position = (chunk.start, chunk.end), chunk.start
            argv = [self.command, "-w", "-l", "ur", "-r", str(relative_rate(self.rate))]
            if self.voice:
                argv += ["-y", self.voice]
            try:
                proc = subprocess.Popen([*argv, "--", chunk.text], stdin=subprocess.DEVNULL,
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            except OSError:
                break
            track(proc)
            self._proc = proc
            while proc.poll() is None and not cancel.wait(0.02):
                pass
            end_process(proc)
        if not cancel.is_set():
            with self._lock:
                self._state, self._current = State.FINISHED, None
            self._end()

    def _halt(self) -> None:
        self._cancel.set()
        if self._proc is not None:
            end_process(self._proc)
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join()
        try:  # the server may still be saying the sentence: stop it
            subprocess.run([self.command, "-S"], timeout=LIST_TIMEOUT, check=False,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        except (OSError, subprocess.SubprocessError):
            pass

    def pause(self) -> None:
        with self._lock:
            if self._state is not State.PLAYING:
                return
            self._state = State.PAUSED
        self._halt()

    def resume(self) -> None:
        with self._lock:
            if self._state is not State.PAUSED:
                return
            self._state = State.PLAYING
        self._start()

    def stop(self) -> None:
        with self._lock:
            if self._state in (State.STOPPED, State.FINISHED):
                return
            self._state, self._current = State.STOPPED, None
        self._halt()
        self._end()

    def wait(self, timeout: float | None = None) -> bool:
        return self._ended.wait(timeout)

    def _end(self) -> None:
        with self._lock:
            if self._ended.is_set():
                return
            self._ended.set()
        if self._on_end is not None:
            self._on_end()
