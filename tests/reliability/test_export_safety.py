"""Export never replaces what it must not: a read-only file, a link, a pipe, or any file it was
not allowed to replace; it handles names at the file system's limit and cleans up after a
killed export."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from reader_app.core.export import ExportError, atomic

ROOT = Path(__file__).resolve().parents[2]


def write_pdf(out: Path, **kwargs: object) -> None:
    atomic.write_atomically(out, lambda fh: fh.write(b"%PDF-1.7 new"), **kwargs)


def only(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_existing_file_is_replaced_only_when_allowed(tmp_path: Path) -> None:
    out = tmp_path / "خبر.pdf"
    out.write_bytes(b"old")
    with pytest.raises(ExportError, match="already exists"):
        write_pdf(out)
    assert out.read_bytes() == b"old" and only(tmp_path) == ["خبر.pdf"]
    write_pdf(out, overwrite=True)
    assert out.read_bytes() == b"%PDF-1.7 new" and only(tmp_path) == ["خبر.pdf"]


def test_read_only_file_is_never_replaced(tmp_path: Path) -> None:
    out = tmp_path / "kept.pdf"
    out.write_bytes(b"keep me")
    out.chmod(0o444)
    try:
        with pytest.raises(ExportError, match="read-only"):
            write_pdf(out, overwrite=True)
    finally:
        out.chmod(0o644)
    assert out.read_bytes() == b"keep me" and only(tmp_path) == ["kept.pdf"]


def test_link_is_not_replaced_and_its_target_untouched(tmp_path: Path) -> None:
    target = tmp_path / "target.pdf"
    target.write_bytes(b"target")
    link = tmp_path / "link.pdf"
    link.symlink_to(target)
    with pytest.raises(ExportError, match="link"):
        write_pdf(link, overwrite=True)
    assert link.is_symlink() and target.read_bytes() == b"target"


def test_named_pipe_is_refused_without_hanging(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe.pdf"
    os.mkfifo(pipe)
    errors: list[BaseException] = []

    def run() -> None:
        try:
            write_pdf(pipe, overwrite=True)
        except BaseException as exc:
            errors.append(exc)

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(10)
    if worker.is_alive():  # unblock the thread stuck in the pipe, then fail
        fd = os.open(pipe, os.O_RDONLY | os.O_NONBLOCK)
        os.close(fd)
        pytest.fail("export hung on a named pipe")
    assert errors and isinstance(errors[0], ExportError) and "not a regular file" in str(errors[0])
    assert only(tmp_path) == ["pipe.pdf"]


def test_name_at_the_file_systems_limit(tmp_path: Path) -> None:
    limit = os.pathconf(tmp_path, "PC_NAME_MAX")
    stem = "خ" * ((limit - 4) // 2)  # two bytes a letter in UTF-8
    out = tmp_path / f"{stem}.pdf"
    assert len(os.fsencode(out.name)) in (limit, limit - 1)
    write_pdf(out)
    assert out.read_bytes() == b"%PDF-1.7 new" and only(tmp_path) == [out.name]


def test_stale_part_files_of_killed_exports_are_removed(tmp_path: Path) -> None:
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    stale = tmp_path / f".rdr-{dead.pid}-0badc0de.part"
    stale.write_bytes(b"half a PDF")
    old_name = tmp_path / ".article.pdf.k2j3h4g5.part"  # an earlier version's temporary name
    old_name.write_bytes(b"half")
    os.utime(old_name, (time.time() - 2 * 86400,) * 2)
    busy = tmp_path / f".rdr-{os.getpid()}-00000001.part"  # an export still under way
    busy.write_bytes(b"writing")
    write_pdf(tmp_path / "article.pdf")
    assert only(tmp_path) == sorted([busy.name, "article.pdf"])


def test_command_line_needs_force_to_replace(tmp_path: Path, seed_path: Path) -> None:
    out = tmp_path / "out.pdf"
    out.write_bytes(b"old")
    run = [sys.executable, "-m", "reader_app", "export", str(seed_path), "-o", str(out)]
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    refused = subprocess.run(run, capture_output=True, text=True, cwd=ROOT, env=env, timeout=120)
    assert refused.returncode == 1 and "already exists" in refused.stderr
    assert "--force" in refused.stderr and out.read_bytes() == b"old"
    forced = subprocess.run([*run, "--force"], capture_output=True, text=True, cwd=ROOT,
                            env=env, timeout=120)
    assert forced.returncode == 0, forced.stderr
    assert out.read_bytes().startswith(b"%PDF")
