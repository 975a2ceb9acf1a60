"""An article spoken into a WAV file, streamed: the audio goes to the file as it is made
(a long article is never held in memory), the file appears only when complete
(:func:`reader_app.core.export.atomic.write_atomically`), and each word's time is kept."""

from __future__ import annotations

import json
import wave
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from reader_app.core.export.atomic import check_target, write_atomically
from reader_app.core.speech.engine import DEFAULT_RATE, PcmEngine
from reader_app.core.speech.text import speakable_chunks


@dataclass(frozen=True)
class SpokenWord:
    start: int  # offsets in the article's text
    end: int
    time: float  # seconds from the start of the file

    def json(self) -> str:
        return json.dumps({"start": self.start, "end": self.end, "time": round(self.time, 3)})


@dataclass(frozen=True)
class WavResult:
    seconds: float
    words: list[SpokenWord]


def write_wav(engine: PcmEngine, text: str, out: Path, *, events: Path | None = None,
              rate: int = DEFAULT_RATE, voice: str | None = None, overwrite: bool = False,
              start: int = 0, end: int | None = None,
              cancelled: Callable[[], bool] = lambda: False) -> WavResult:
    """Speak ``text[start:end]`` into ``out`` (16-bit mono WAV) and, with ``events``, write
    one JSON line per spoken word there: ``{"start", "end", "time"}``. Both files are
    written atomically and replace existing ones only with ``overwrite`` (``TargetExists``,
    ``ExportError`` otherwise)."""
    check_target(Path(out), overwrite)
    if events is not None:
        check_target(Path(events), overwrite)
    words: list[SpokenWord] = []
    frames = 0

    def write(fh: BinaryIO) -> None:
        nonlocal frames
        with wave.open(fh, "wb") as wav:  # the header's sizes are set when it closes
            wav.setnchannels(1)
            wav.setsampwidth(2)
            wav.setframerate(engine.sample_rate)
            engine.synthesize(speakable_chunks(text, start, end), rate=rate, voice=voice,
                              on_audio=wav.writeframesraw,
                              on_word=lambda s, e, t: words.append(SpokenWord(s, e, t)),
                              cancelled=cancelled)
            frames = wav.getnframes() if hasattr(wav, "getnframes") else 0

    write_atomically(Path(out), write, overwrite=overwrite)
    if events is not None:
        data = "".join(word.json() + "\n" for word in words).encode("utf-8")

        def write_events(fh: BinaryIO) -> None:
            fh.write(data)

        write_atomically(Path(events), write_events, overwrite=overwrite)
    return WavResult(frames / engine.sample_rate, words)
