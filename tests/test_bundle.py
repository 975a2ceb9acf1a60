"""The double-click app: built from build.spec, it starts and passes its smoke test on a
fresh data folder. Slow (about a minute and a half), and run by .ci/run."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PYINSTALLER = Path(sys.executable).parent / "pyinstaller"


@pytest.mark.slow
@pytest.mark.timeout(1800)
@pytest.mark.skipif(not PYINSTALLER.exists(), reason="PyInstaller is not installed")
def test_frozen_app_passes_its_smoke_test(tmp_path: Path) -> None:
    started = time.perf_counter()
    build = subprocess.run(
        [str(PYINSTALLER), "--noconfirm", "--log-level", "WARN", "--distpath",
         str(tmp_path / "dist"), "--workpath", str(tmp_path / "build"), "build.spec"],
        cwd=ROOT, capture_output=True, text=True, timeout=900)
    assert build.returncode == 0, build.stderr[-3000:]
    build_seconds = time.perf_counter() - started
    app = tmp_path / "dist" / "reader-app" / ("reader-app.exe" if os.name == "nt" else "reader-app")
    bundle = app.parent
    assert (bundle / "_internal" / "resources" / "fonts" / "NotoNastaliqUrdu-Regular.ttf").exists()
    assert (bundle / "_internal" / "resources" / "fonts" / "OFL.txt").exists()
    assert list((bundle / "_internal" / "seeds").glob("*.txt"))
    assert not list(bundle.rglob("*QtWebEngine*"))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
               XDG_DATA_HOME=str(tmp_path / "data"), XDG_CONFIG_HOME=str(tmp_path / "config"))
    started = time.perf_counter()
    smoke = subprocess.run([str(app), "--smoke-test"], cwd=tmp_path, env=env,
                           capture_output=True, text=True, timeout=120)
    assert smoke.returncode == 0, smoke.stdout + smoke.stderr
    size = sum(f.stat().st_size for f in bundle.rglob("*") if f.is_file()) / 1e6
    print(f"\nbundle {size:.0f} MB, built in {build_seconds:.0f} s, "
          f"smoke test {time.perf_counter() - started:.1f} s")
    # a read-only install: the bundle is never written to
    assert not list(bundle.rglob("*.toc")) and not list(bundle.rglob("*.seg"))
    check_reads_saved_pages_and_feeds(app, tmp_path, env)
    check_speaks_with_its_own_voice(app, tmp_path, env)


def check_speaks_with_its_own_voice(app: Path, tmp_path: Path, env: dict) -> None:
    """The bundle carries libespeak-ng and the Urdu part of its data (built where espeak-ng
    is installed, as setup.sh does): the frozen app speaks the seed, its word events in
    order, and espeak-ng's data is read from the bundle (the trimmed folder, not the
    system's 11.6 MB)."""
    internal = app.parent / "_internal"
    if not (internal / "libespeak-ng.so.1").exists():
        pytest.skip("built without espeak-ng on this machine")
    data = internal / "espeak-ng-data"
    assert (data / "phontab").is_file() and (data / "ur_dict").is_file()
    assert sum(f.stat().st_size for f in data.rglob("*") if f.is_file()) < 2e6
    seed = next((ROOT / "seeds").glob("*.txt"))
    out, events = tmp_path / "seed.wav", tmp_path / "seed.jsonl"
    command = [str(app), "speak", str(seed), "-o", str(out), "--events", str(events)]
    tracer = shutil.which("strace")
    if tracer:
        command = [tracer, "-f", "-qq", "-e", "trace=openat", "-o",
                   str(tmp_path / "trace"), *command]
    spoken = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
    assert spoken.returncode == 0, spoken.stdout + spoken.stderr
    times = [json.loads(line)["time"] for line in events.read_text().splitlines()]
    assert len(times) > 300 and times == sorted(times)
    assert out.stat().st_size > 1e6
    if tracer:
        opened = (tmp_path / "trace").read_text()
        assert f"{data}/phontab" in opened
        assert "/usr/lib/x86_64-linux-gnu/espeak-ng-data" not in opened


def check_reads_saved_pages_and_feeds(app: Path, tmp_path: Path, env: dict) -> None:
    """The bundle carries the extractors and their data files (trafilatura's settings,
    jusText's stoplists, babel, dateparser's tables, …): the frozen app's command line
    indexes a saved page and a feed with headline, date and source, and the page's
    navigation and footer stay out of the index."""
    data = ROOT / "tests" / "core" / "formats" / "data"
    lib = tmp_path / "saved"
    lib.mkdir()
    for name in ("pages/bbc_like.html", "feeds/bbc_urdu.rss", "datasets/urdu_news_1m.csv"):
        shutil.copy(data / name, lib / Path(name).name)
    ix = str(tmp_path / "saved-ix")
    built = subprocess.run([str(app), "index", "-q", "--index-dir", ix, "--only", str(lib)],
                           env=env, capture_output=True, text=True, timeout=300)
    assert built.returncode == 0, built.stdout + built.stderr
    assert "skipped" not in built.stderr, built.stderr
    assert "7 articles indexed" in built.stdout, built.stdout
    expected = json.loads((data / "pages" / "expected.json").read_text(encoding="utf-8"))
    page = expected["bbc_like.html"]

    def search(query: str) -> list[dict]:
        done = subprocess.run([str(app), "search", "--json", "--index-dir", ix, query],
                              env=env, capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
        return json.loads(done.stdout)["results"]

    (hit,) = search("راوی")
    assert (hit["title"], hit["date"], hit["source"], hit["url"]) == (
        page["title"], page["published"], page["source"], page["url"])
    assert not search("پرائیویسی")  # the footer's privacy-policy link
    feed = [h for h in search("کراچی") if h["path"].endswith(".rss")]
    assert feed and feed[0]["source"] == "BBC News اردو" and feed[0]["item"] == 1
