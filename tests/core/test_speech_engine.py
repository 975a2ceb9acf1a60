"""Reading aloud (issue 28): espeak-ng's Urdu voice through its library, the WAV and word
events, playing through a player process that is always ended, and the message a machine
without an engine gets. The espeak tests are skipped only where espeak-ng is not installed.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
import wave
from pathlib import Path

import pytest

from reader_app.core.export import TargetExists
from reader_app.core.library import read_article
from reader_app.core.speech.engine import (
    PcmEngine,
    SpeechEngine,
    SpeechUnavailable,
    State,
    find_engine,
    find_pcm_engine,
)
from reader_app.core.speech.espeak import EspeakEngine
from reader_app.core.speech.player import live_players
from reader_app.core.speech.speechd import SpeechDispatcher, relative_rate
from reader_app.core.speech.text import speakable_chunks
from reader_app.core.speech.wav import write_wav
from reader_app.core.text.normalize import iter_words

ROOT = Path(__file__).resolve().parents[2]
SENTENCE = "روسی وزیردفاع سیرگی شویگو نے کہا ہے کہ ان کا ملک ایران کے ساتھ کام کرے گا۔"

# A player that consumes raw PCM at the pace a sound card would (none is needed here).
PACED_PLAYER = """
import sys, time
rate = int(sys.argv[1]); start = time.monotonic(); played = 0
while True:
    data = sys.stdin.buffer.read(4096)
    if not data:
        break
    played += len(data)
    ahead = played / 2 / rate - (time.monotonic() - start)
    if ahead > 0.1:
        time.sleep(ahead - 0.1)
"""


@pytest.fixture
def espeak() -> EspeakEngine:
    engine = EspeakEngine()
    if not engine.can_synthesize():
        pytest.skip("espeak-ng (libespeak-ng1 and its Urdu voice) is not installed")
    return engine


@pytest.fixture
def player(tmp_path: Path) -> list[str]:
    script = tmp_path / "paced_player.py"
    script.write_text(PACED_PLAYER)
    return [sys.executable, str(script), "{rate}"]


def children_running(marker: str) -> list[int]:
    """Processes whose parent is this one and whose command line holds ``marker``."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        if ppid == os.getpid() and marker in cmdline:
            found.append(int(entry.name))
    return found


def wav_seconds(path: Path) -> float:
    with wave.open(str(path)) as wav:
        assert (wav.getnchannels(), wav.getsampwidth()) == (1, 2)
        return wav.getnframes() / wav.getframerate()


# Engines and the missing engine ----------------------------------------------------

def test_a_machine_without_espeak_gets_a_clear_message(tmp_path: Path) -> None:
    missing = EspeakEngine(library=str(tmp_path / "libespeak-ng.so.1"))
    no_spd = SpeechDispatcher(command=str(tmp_path / "spd-say"))
    assert not missing.can_synthesize() and not missing.available()
    assert missing.voices() == []
    with pytest.raises(SpeechUnavailable) as raised:
        find_engine([missing, no_spd])
    message = raised.value.message
    assert "espeak-ng" in message and "apt install espeak-ng" in message
    assert message.template == str(message)  # a marked template: the window translates it
    with pytest.raises(SpeechUnavailable) as raised:
        find_pcm_engine([missing, no_spd])
    assert "espeak-ng" in raised.value.message


def test_the_command_line_without_espeak_exits_1_with_the_message(tmp_path: Path,
                                                                   seed_path: Path) -> None:
    env = {**os.environ, "LANG": "C.UTF-8", "READER_ESPEAK_LIBRARY": str(tmp_path / "none.so")}
    out = tmp_path / "seed.wav"
    done = subprocess.run([sys.executable, "-m", "reader_app", "speak", str(seed_path), "-o",
                           str(out)], capture_output=True, text=True, env=env, cwd=ROOT,
                          timeout=60)
    assert done.returncode == 1
    assert "needs espeak-ng" in done.stderr and "Traceback" not in done.stderr
    assert not out.exists()


def test_espeak_with_no_player_says_which_to_install(espeak: EspeakEngine, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("READER_AUDIO_PLAYER", raising=False)
    monkeypatch.setenv("PATH", str(tmp_path))
    assert espeak.can_synthesize() and not espeak.available()
    with pytest.raises(SpeechUnavailable) as raised:
        find_engine([espeak, SpeechDispatcher(command="spd-say-that-is-not-here")])
    assert "audio player" in raised.value.message


def test_engines_meet_the_interface(espeak: EspeakEngine) -> None:
    assert isinstance(espeak, PcmEngine) and isinstance(espeak, SpeechEngine)
    assert isinstance(SpeechDispatcher(), SpeechEngine)
    assert not isinstance(SpeechDispatcher(), PcmEngine)  # no audio to write to a file
    voices = espeak.voices()
    assert voices[0].id == "ur" and all(v.id.startswith("ur") for v in voices)


# The WAV and the word events ----------------------------------------------------------

def test_the_wav_grows_with_the_text(espeak: EspeakEngine, tmp_path: Path) -> None:
    lengths = []
    for count in (1, 2, 4):
        out = tmp_path / f"{count}.wav"
        write_wav(espeak, " ".join([SENTENCE] * count), out)
        lengths.append(wav_seconds(out))
    assert 2 < lengths[0] < lengths[1] < lengths[2]
    assert lengths[2] == pytest.approx(4 * lengths[0], rel=0.1)


def test_urdu_digits_are_spoken(espeak: EspeakEngine, tmp_path: Path) -> None:
    # espeak-ng's Urdu voice says nothing for ۲۰۲۴ itself: the words make the sound
    write_wav(espeak, "۲۰۲۴", tmp_path / "year.wav")
    assert wav_seconds(tmp_path / "year.wav") > 0.8


def test_word_events_cover_the_seed_in_order(espeak: EspeakEngine, seed_path: Path,
                                             tmp_path: Path) -> None:
    text = read_article(seed_path).text
    result = write_wav(espeak, text, tmp_path / "seed.wav", events=tmp_path / "seed.jsonl")
    words = list(iter_words(text))
    starts = {s for _k, s, _e in words}
    ends = {e for _k, _s, e in words}
    events = [json.loads(line) for line in (tmp_path / "seed.jsonl").read_text().splitlines()]
    assert len(events) == len(result.words)
    for before, after in zip(events, events[1:], strict=False):
        assert after["start"] >= before["end"] and after["time"] > before["time"]
    for event in events:
        assert event["start"] in starts and event["end"] in ends  # a word of the text
        assert event["end"] > event["start"]
    covered = sum(1 for _k, s, e in words
                  if any(ev["start"] <= s and e <= ev["end"] for ev in events))
    assert covered / len(words) >= 0.95
    assert events[-1]["time"] < result.seconds


def test_a_number_is_one_event_for_its_written_word(espeak: EspeakEngine,
                                                    tmp_path: Path) -> None:
    text = "شام میں پچھلے سال 30 ستمبر سے 1,022 افراد۔"
    result = write_wav(espeak, text, tmp_path / "n.wav")
    said = [text[w.start:w.end] for w in result.words]
    assert said == ["شام", "میں", "پچھلے", "سال", "30", "ستمبر", "سے", "1,022", "افراد"]


def test_a_faster_rate_is_shorter(espeak: EspeakEngine, tmp_path: Path) -> None:
    write_wav(espeak, SENTENCE, tmp_path / "slow.wav", rate=120)
    write_wav(espeak, SENTENCE, tmp_path / "fast.wav", rate=300)
    assert wav_seconds(tmp_path / "fast.wav") < 0.7 * wav_seconds(tmp_path / "slow.wav")


def test_the_wav_is_never_replaced_without_asking(espeak: EspeakEngine,
                                                  tmp_path: Path) -> None:
    out = tmp_path / "a.wav"
    out.write_bytes(b"keep")
    with pytest.raises(TargetExists):
        write_wav(espeak, SENTENCE, out)
    assert out.read_bytes() == b"keep"
    write_wav(espeak, SENTENCE, out, overwrite=True)
    assert wav_seconds(out) > 2
    assert [p.name for p in tmp_path.iterdir()] == ["a.wav"]  # no temporary file left


def test_cancel_stops_synthesis(espeak: EspeakEngine) -> None:
    pieces: list[bytes] = []
    done = espeak.synthesize(speakable_chunks(SENTENCE * 50), on_audio=pieces.append,
                             cancelled=lambda: len(pieces) > 3)
    assert not done and len(pieces) <= 5


# Playing aloud ------------------------------------------------------------------------

def test_playing_marks_each_word_as_it_is_heard(espeak: EspeakEngine,
                                                player: list[str]) -> None:
    engine = EspeakEngine(player=player)
    heard: list[tuple[int, int, float, float]] = []
    ended = threading.Event()
    began = time.monotonic()
    reading = engine.speak(SENTENCE, rate=400, on_word=lambda s, e, t: heard.append(
        (s, e, t, time.monotonic() - began)), on_end=ended.set)
    assert reading.wait(30) and ended.is_set()
    assert reading.state is State.FINISHED and reading.error is None
    spoken = [SENTENCE[s:e] for s, e, _t, _w in heard]
    assert spoken == [w for w in SENTENCE.rstrip("۔").split()]
    # each word is announced when its audio is due, not when it was made
    last_time, last_wall = heard[-1][2], heard[-1][3]
    assert last_wall == pytest.approx(last_time, abs=0.5)
    assert live_players() == [] and children_running(player[1]) == []


def test_stop_leaves_no_process_behind(espeak: EspeakEngine, player: list[str],
                                       seed_path: Path) -> None:
    engine = EspeakEngine(player=player)
    text = read_article(seed_path).text
    first = threading.Event()
    ends: list[int] = []
    reading = engine.speak(text, on_word=lambda s, e, t: first.set(),
                           on_end=lambda: ends.append(1))
    assert first.wait(10)
    assert len(children_running(player[1])) == 1
    began = time.monotonic()
    reading.stop()
    assert time.monotonic() - began < 1.5
    assert reading.state is State.STOPPED and reading.wait(0)
    assert live_players() == [] and children_running(player[1]) == []
    reading.stop()  # twice is harmless
    assert ends == [1]


def test_pause_ends_the_player_and_resume_reads_on(espeak: EspeakEngine,
                                                   player: list[str]) -> None:
    engine = EspeakEngine(player=player)
    text = SENTENCE + " " + SENTENCE
    heard: list[tuple[int, int]] = []
    reading = engine.speak(text, rate=450, on_word=lambda s, e, t: heard.append((s, e)))
    deadline = time.monotonic() + 10
    while len(heard) < 3 and time.monotonic() < deadline:
        time.sleep(0.02)
    reading.pause()
    assert reading.state is State.PAUSED
    assert children_running(player[1]) == []
    at = reading.position()
    assert at == heard[-1][0]
    count = len(heard)
    time.sleep(0.3)
    assert len(heard) == count  # silent while paused
    reading.resume()
    assert reading.wait(30) and reading.state is State.FINISHED
    assert heard[count][0] == at  # reads on from the word it was on
    assert heard[-1][1] == len(text) - 1
    assert children_running(player[1]) == []


def test_a_failing_player_ends_the_reading_with_its_reason(espeak: EspeakEngine) -> None:
    engine = EspeakEngine(player=[sys.executable, "-c",
                                  "import sys; sys.stderr.write('no sound card\\n'); "
                                  "sys.exit(3)"])
    reading = engine.speak(SENTENCE * 20)
    assert reading.wait(10)
    assert reading.state is State.STOPPED
    assert reading.error is not None and "no sound card" in reading.error
    assert live_players() == []


def test_the_real_aplay_command_line_plays(espeak: EspeakEngine) -> None:
    import shutil

    if shutil.which("aplay") is None:
        pytest.skip("aplay (alsa-utils) is not installed")
    from reader_app.core.speech.player import PLAYERS

    aplay = [*next(p for p in PLAYERS if p[0] == "aplay"), "-D", "null"]
    reading = EspeakEngine(player=aplay).speak("ایک دو تین۔", rate=400)
    assert reading.wait(30)
    assert reading.state is State.FINISHED, reading.error


# Speech Dispatcher ------------------------------------------------------------------

def test_speech_dispatcher_speaks_sentence_by_sentence(tmp_path: Path) -> None:
    log = tmp_path / "said.txt"
    fake = tmp_path / "spd-say"
    fake.write_text(f"#!{sys.executable}\nimport json, sys, time\n"
                    f"open({str(log)!r}, 'a').write(json.dumps(sys.argv[1:]) + '\\n')\n"
                    "time.sleep(0.2 if '-w' in sys.argv else 0)\n")
    fake.chmod(0o755)
    engine = SpeechDispatcher(command=str(fake))
    assert engine.available()
    reading = engine.speak("پہلا جملہ۔ 30 ستمبر کو دوسرا۔")
    assert reading.wait(10) and reading.state is State.FINISHED
    said = [json.loads(line) for line in log.read_text().splitlines()]
    assert [args[-1].strip() for args in said] == ["پہلا جملہ۔", "تیس ستمبر کو دوسرا۔"]
    assert said[0][:5] == ["-w", "-l", "ur", "-r", "0"]
    long = engine.speak("ایک۔ " * 20)
    time.sleep(0.3)
    long.stop()
    assert long.state is State.STOPPED and children_running(str(fake)) == []
    assert relative_rate(350) == 100 and relative_rate(175) == 0


# The command line -------------------------------------------------------------------

def test_reader_app_speak_writes_the_wav_and_events(espeak: EspeakEngine, seed_path: Path,
                                                    tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL")}
    env["LANG"] = "C.UTF-8"
    out, events = tmp_path / "seed.wav", tmp_path / "seed.jsonl"

    def speak(*extra: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "reader_app", "speak", str(seed_path),
                               "-o", str(out), "--events", str(events), *extra],
                              capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)

    done = speak()
    assert done.returncode == 0, done.stderr
    assert "wrote" in done.stdout
    seconds = wav_seconds(out)
    lines = [json.loads(line) for line in events.read_text().splitlines()]
    assert set(lines[0]) == {"start", "end", "time"} and len(lines) > 300
    assert all(a["time"] < b["time"] for a, b in zip(lines, lines[1:], strict=False))
    again = speak()
    assert again.returncode == 1 and "--force" in again.stderr
    faster = speak("--force", "--rate", "300")
    assert faster.returncode == 0, faster.stderr
    assert wav_seconds(out) < 0.75 * seconds
    assert speak("--force", "--voice", "klingon").returncode == 2
    assert speak("--force", "--rate", "5").returncode == 2


QUITTING = """
import sys, time
from reader_app.core.speech.espeak import EspeakEngine
from reader_app.core.speech.player import live_players
reading = EspeakEngine(player=sys.argv[1:]).speak("ایک دو تین چار پانچ۔ " * 50)
while not live_players():
    time.sleep(0.01)
print(live_players()[0], flush=True)
time.sleep(0.5)
if reading.state.value != "playing":
    sys.exit(2)
time.sleep(60)  # a quit (SIGTERM, atexit) or a kill -9 ends this
"""


def gone(pid: int, within: float) -> bool:
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            return True
        if state == "Z":  # ended, waiting for its new parent to reap it
            return True
        time.sleep(0.02)
    return False


@pytest.mark.parametrize("how", ["exit", "kill"])
def test_quitting_leaves_no_player_behind(espeak: EspeakEngine, player: list[str],
                                          how: str) -> None:
    app = subprocess.Popen([sys.executable, "-c", QUITTING.replace(
        "time.sleep(60)", "sys.exit(0)" if how == "exit" else "time.sleep(60)"), *player],
        stdout=subprocess.PIPE, text=True, cwd=ROOT)
    assert app.stdout is not None
    pid = int(app.stdout.readline())
    if how == "kill":
        time.sleep(0.6)
        app.kill()  # no atexit, no stop(): the player's pipe closes and it ends by itself
    assert app.wait(10) in (0, -9)
    assert gone(pid, 3), f"player {pid} outlived the app ({how})"
