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

from reader_app.core.speech.engine import DEFAULT_RATE, BaseReading, Voice, WordCallback
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


class _SpdRun:
    def __init__(self, reading: SpdReading) -> None:
        self.reading = reading
        self.cancel = threading.Event()
        self.proc: subprocess.Popen | None = None
        self.thread = threading.Thread(target=self._speak, name="speech-dispatcher",
                                       daemon=True)
        self.thread.start()

    def _speak(self) -> None:
        reading = self.reading
        for chunk in speakable_chunks(reading.text, reading.position(), reading.end):
            if self.cancel.is_set() or not reading._at(self, chunk.start, chunk.end):
                return
            argv = [reading.command, "-w", "-l", "ur", "-r", str(relative_rate(reading.rate))]
            if reading.voice:
                argv += ["-y", reading.voice]
            try:
                self.proc = subprocess.Popen([*argv, "--", chunk.text],
                                             stdin=subprocess.DEVNULL,
                                             stdout=subprocess.DEVNULL,
                                             stderr=subprocess.DEVNULL)
            except OSError:
                break
            track(self.proc)
            while self.proc.poll() is None and not self.cancel.wait(0.02):
                pass
            end_process(self.proc)
        if not self.cancel.is_set():
            reading._finished(self)

    def halt(self) -> None:
        self.cancel.set()
        if self.proc is not None:
            end_process(self.proc)
        if self.thread is not threading.current_thread():
            self.thread.join()
        try:  # the server may still be saying the sentence: stop it
            subprocess.run([self.reading.command, "-S"], timeout=LIST_TIMEOUT, check=False,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        except (OSError, subprocess.SubprocessError):
            pass


class SpdReading(BaseReading):
    """Sentences spoken one by one by ``spd-say -w`` (it returns once the sentence is
    said). No word events: ``current_word`` is the sentence being read."""

    def __init__(self, command: str, text: str, start: int, end: int | None, rate: int,
                 voice: str | None, on_end: Callable[[], None] | None) -> None:
        super().__init__(start, on_end)
        self.command, self.text, self.end = command, text, end
        self.rate, self.voice = rate, voice
        self.start()

    def _begin(self) -> _SpdRun:
        return _SpdRun(self)

    def _halt(self, run: _SpdRun) -> None:
        run.halt()
