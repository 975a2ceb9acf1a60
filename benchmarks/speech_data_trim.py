"""Can the bundle carry only the Urdu part of espeak-ng-data? (issue 28)

    .venv/bin/python benchmarks/speech_data_trim.py [--keep DIR]

Copies the files the Urdu voice needs (the phoneme tables, the intonations, ur_dict, the
Urdu language file), en_dict with the English language file (espeak-ng's Urdu voice speaks
Latin words with it) and the voice variants the app offers, then speaks the same texts with
the full folder and with the trimmed one, each in its own process (espeak-ng is initialised
once per process), and compares the audio sample for sample.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from reader_app.core.speech.espeak import URDU_DATA_FILES

ROOT = Path(__file__).resolve().parents[1]
SYSTEM = Path("/usr/lib/x86_64-linux-gnu/espeak-ng-data")
TEXTS = [
    "seeds/000_26ccf66904288b90.txt",
    "صدر ٹرمپ نے Twitter پر کہا کہ NATO اور BBC News کے مطابق ۱۴ جولائی ۲۰۲۴ کو 1,022 افراد۔",
]
SPEAK = """
import hashlib, sys
from pathlib import Path
from reader_app.core.library import read_article
from reader_app.core.speech.espeak import EspeakEngine
from reader_app.core.speech.text import speakable_chunks
data, voice, text = sys.argv[1], sys.argv[2], sys.argv[3]
if text.endswith(".txt"):
    text = read_article(Path(text)).text
engine = EspeakEngine(data=Path(data) if data != "-" else None)
assert engine.can_synthesize(), "no Urdu voice in " + data
digest, size = hashlib.sha256(), 0
def audio(pcm):
    global size
    digest.update(pcm); size += len(pcm)
engine.synthesize(speakable_chunks(text), voice=voice, on_audio=audio)
print(digest.hexdigest()[:16], size)
"""


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def trim(source: Path, target: Path) -> None:
    for name in URDU_DATA_FILES:
        (target / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source / name, target / name)


def speak(data: str, voice: str, text: str) -> str:
    done = subprocess.run([sys.executable, "-c", SPEAK, data, voice, text], cwd=ROOT,
                          capture_output=True, text=True)
    return done.stdout.strip() if done.returncode == 0 else f"failed: {done.stderr[-200:]}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--keep", type=Path, help="leave the trimmed folder here")
    args = parser.parse_args()
    if not SYSTEM.is_dir():
        sys.exit(f"{SYSTEM} is not here: apt install espeak-ng-data")
    target = (args.keep or Path(tempfile.mkdtemp(prefix="espeak-trim-"))) / "espeak-ng-data"
    if target.exists():
        shutil.rmtree(target)
    trim(SYSTEM, target)
    print(f"full {SYSTEM}: {folder_size(SYSTEM) / 1e6:.1f} MB; trimmed: "
          f"{folder_size(target) / 1e6:.2f} MB ({len(list(target.rglob('*')))} entries)")
    same = True
    for text in TEXTS:
        for voice in ("ur", "ur+f2"):
            full, trimmed = speak("-", voice, text), speak(str(target), voice, text)
            same = same and full == trimmed
            label = text if text.endswith(".txt") else text[:30] + "…"
            print(f"{voice:6} {label}: full {full} | trimmed {trimmed} | "
                  f"{'same audio' if full == trimmed else 'DIFFERENT'}")
    print("the trimmed folder speaks exactly as the full one" if same else
          "the trimmed folder differs: keep more of espeak-ng-data")


if __name__ == "__main__":
    main()
