"""``reader-app --smoke-test`` as a person (or CI) runs it: a fresh process, a clean exit."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_smoke_test_passes_in_a_fresh_process(tmp_path: Path) -> None:
    env = dict(os.environ, XDG_DATA_HOME=str(tmp_path / "data"),
               XDG_CONFIG_HOME=str(tmp_path / "config"), QT_QPA_PLATFORM="offscreen")
    started = time.monotonic()
    done = subprocess.run([sys.executable, "-m", "reader_app", "--smoke-test"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=90)
    took = time.monotonic() - started
    assert done.returncode == 0, done.stdout + done.stderr
    assert "smoke test passed" in done.stdout
    assert "search found the seed" in done.stdout
    assert took < 60
    # its own data went to a temporary folder, not to the data dir it was given
    assert not (tmp_path / "data" / "UrduReader").exists()
