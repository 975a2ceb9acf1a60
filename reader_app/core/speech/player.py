"""Reading aloud through an audio player in a child process, with the word being heard.

The PCM an engine makes is piped to paplay/pacat (PulseAudio, and PipeWire through its
Pulse server), aplay (ALSA) or pw-play, whichever is installed: no Qt multimedia, no audio
library in this process. The pipe paces the writer, a sentence at a time (never the whole
article's audio in memory), and a second thread announces each word when its time comes.

Pause stops the player and remembers the word being heard; resume reads on from that word.
(Stopping a player with SIGSTOP would leave a frozen child behind if this process died, and
the audio already in its buffer would play on after the pause.) Stop ends the child with
SIGTERM (then SIGKILL) and reaps it before returning; the children still running when the
interpreter exits are ended too.
"""

from __future__ import annotations

import atexit
import os
import queue
import shlex
import shutil
import subprocess
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from typing import IO

from reader_app.core.messages import Message
from reader_app.core.speech.engine import (
    DEFAULT_RATE,
    BaseReading,
    PcmEngine,
    WordCallback,
    player_failed_message,
)
from reader_app.core.speech.text import speakable_chunks

PLAYER_ENV = "READER_AUDIO_PLAYER"  # a command that plays raw S16LE mono PCM at {rate}
LATENCY = 0.1  # seconds: the buffer the players below are asked for
PLAYERS: tuple[tuple[str, ...], ...] = (
    ("pacat", "--playback", "--raw", "--format=s16le", "--rate={rate}", "--channels=1",
     "--latency-msec=100", "--client-name=Urdu Reader"),
    ("aplay", "-q", "-t", "raw", "-f", "S16_LE", "-r", "{rate}", "-c", "1",
     "--buffer-time=100000"),
    ("pw-play", "--format=s16", "--rate={rate}", "--channels=1", "--latency=100ms", "-"),
)
STOP_GRACE = 1.0  # seconds between SIGTERM and SIGKILL

_children: set[subprocess.Popen] = set()
_children_lock = threading.Lock()


def find_player() -> list[str] | None:
    """The player command to use (``{rate}`` still to fill in), or None when none is here."""
    override = os.environ.get(PLAYER_ENV)
    if override:
        return shlex.split(override)
    for command in PLAYERS:
        if shutil.which(command[0]):
            return list(command)
    return None


def end_process(proc: subprocess.Popen) -> None:
    """SIGTERM, then SIGKILL; always reaped."""
    if proc.poll() is None:
        try:
            proc.terminate()
            proc.wait(STOP_GRACE)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        except OSError:
            pass
    with _children_lock:
        _children.discard(proc)


def track(proc: subprocess.Popen) -> None:
    """Count ``proc`` among the children ended at exit (until :func:`end_process`)."""
    with _children_lock:
        _children.add(proc)


@atexit.register
def _end_all() -> None:
    with _children_lock:
        left = list(_children)
    for proc in left:
        end_process(proc)


def live_players() -> list[int]:
    """The process ids of players still running (for tests and quit checks)."""
    with _children_lock:
        return [p.pid for p in _children if p.poll() is None]


class _Run:
    """One stretch of playing, from an offset until the end, a pause or a stop."""

    def __init__(self, reading: PcmReading, offset: int, time_base: float) -> None:
        self.reading = reading
        self.offset = offset
        self.time_base = time_base
        self.cancel = threading.Event()
        self.words: queue.SimpleQueue[tuple[float, int, int] | None] = queue.SimpleQueue()
        self.started: float | None = None  # when the first audio is heard (monotonic)
        self.proc: subprocess.Popen | None = None
        self.error: Message | None = None
        self.first_audio: float | None = None  # seconds from the run's start to its first write
        self._begun = time.monotonic()
        self.writer = threading.Thread(target=self._write, name="speech-audio", daemon=True)
        self.announcer = threading.Thread(target=self._announce, name="speech-words",
                                          daemon=True)
        self.writer.start()
        self.announcer.start()

    def _write(self) -> None:
        reading = self.reading
        stderr = tempfile.TemporaryFile()
        try:
            rate = reading.engine.sample_rate
            argv = [part.replace("{rate}", str(rate)) for part in reading.player]
            try:
                self.proc = subprocess.Popen(argv, stdin=subprocess.PIPE,
                                             stdout=subprocess.DEVNULL, stderr=stderr)
            except OSError as exc:
                self.error = player_failed_message(argv[0], exc.strerror or str(exc))
                return
            track(self.proc)
            assert self.proc.stdin is not None
            self._feed(self.proc.stdin, rate)
            if not self.cancel.is_set():
                self.proc.stdin.close()
                while self.proc.poll() is None and not self.cancel.wait(0.02):
                    pass
                if self.proc.returncode not in (None, 0) and not self.cancel.is_set():
                    self.error = player_failed_message(argv[0], _tail(stderr))
        except OSError as exc:  # the player went away (BrokenPipeError), or its pipe did
            if not self.cancel.is_set():
                self.error = player_failed_message(reading.player[0], _tail(stderr) or str(exc))
        finally:
            if self.proc is not None:
                if self.proc.stdin is not None:
                    try:
                        self.proc.stdin.close()
                    except OSError:
                        pass
                end_process(self.proc)
            stderr.close()
            if self.error is not None:
                self.cancel.set()  # nothing more is heard: no more words either
            self.words.put(None)

    def _feed(self, pipe: IO[bytes], rate: int) -> None:
        """A chunk at a time: synthesise it, queue its words, then write its audio (the
        pipe blocks while the player is a buffer ahead)."""
        reading = self.reading
        at = 0.0
        for chunk in speakable_chunks(reading.text, self.offset, reading.end):
            audio: list[bytes] = []
            words: list[tuple[float, int, int]] = []

            def heard(start: int, end: int, seconds: float,
                      words: list[tuple[float, int, int]] = words) -> None:
                words.append((seconds, start, end))

            done = reading.engine.synthesize(
                [chunk], rate=reading.rate, voice=reading.voice, on_audio=audio.append,
                on_word=heard, cancelled=self.cancel.is_set)
            if not done or self.cancel.is_set():
                return
            if self.started is None:
                self.started = time.monotonic() + LATENCY
                self.first_audio = time.monotonic() - self._begun
            for t, s, e in words:
                self.words.put((at + t, s, e))
            for data in audio:
                pipe.write(data)
                at += len(data) / 2 / rate
            pipe.flush()

    def _announce(self) -> None:
        while True:
            item = self.words.get()
            if item is None or self.cancel.is_set():
                break
            seconds, start, end = item
            started = self.started if self.started is not None else time.monotonic()
            delay = started + seconds - time.monotonic()
            if delay > 0 and self.cancel.wait(delay):
                break
            self.reading._heard(self, start, end, self.time_base + seconds)
        self.writer.join()
        if self.error is not None or not self.cancel.is_set():
            self.reading._finished(self, self.error)

    def halt(self) -> None:
        """Stop the player and both threads; returns when they are gone."""
        self.cancel.set()
        proc = self.proc
        if proc is not None:
            end_process(proc)
        for thread in (self.writer, self.announcer):
            if thread is not threading.current_thread():
                thread.join()


def _tail(stream: IO[bytes]) -> str:
    try:
        stream.seek(0)
        lines = stream.read().decode("utf-8", "replace").strip().splitlines()
    except OSError:
        return ""
    return lines[-1] if lines else ""


class PcmReading(BaseReading):
    """An article read aloud by a :class:`PcmEngine` through a player process (see
    :class:`reader_app.core.speech.engine.Reading`)."""

    def __init__(self, engine: PcmEngine, player: Sequence[str], text: str, start: int = 0,
                 end: int | None = None, *, rate: int = DEFAULT_RATE,
                 voice: str | None = None, on_word: WordCallback | None = None,
                 on_end: Callable[[], None] | None = None) -> None:
        super().__init__(start, on_end)
        self.engine, self.player = engine, list(player)
        self.text, self.end = text, end
        self.rate, self.voice = rate, voice
        self._on_word = on_word
        self._heard_time = 0.0
        self.start()

    @property
    def first_audio(self) -> float | None:
        """Seconds from the (latest) start to the first audio given to the player."""
        run = self._run
        return run.first_audio if run else None

    def _begin(self) -> _Run:
        return _Run(self, self._position, self._heard_time)

    def _halt(self, run: _Run) -> None:
        run.halt()

    def _heard(self, run: _Run, start: int, end: int, seconds: float) -> None:
        if not self._at(run, start, end):
            return
        self._heard_time = seconds
        if self._on_word is not None:
            self._on_word(start, end, seconds)
