"""The index never loses, doubles or leaks an article: two indexers at once, the window's and
the command line's folders, passing errors at open, damage in any segment, names that are not
UTF-8, links out of the library, pipes, deep folders and permissions taken away.

Each case ends with the same check: every readable article is found exactly once."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from helpers import unique_word, write_library

from reader_app.core import index as index_module
from reader_app.core import library as library_module
from reader_app.core.index import ArticleIndex, IndexError_
from reader_app.core.search import Searcher

ROOT = Path(__file__).resolve().parents[2]


def cli(*args: str, timeout: float = 180) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT), str(ROOT / "tests")]))
    return subprocess.run([sys.executable, "-m", "reader_app", *args], capture_output=True,
                          text=True, env=env, cwd=ROOT, timeout=timeout)


def write_numbered(root: Path, numbers: range, sentences: list[str]) -> list[Path]:
    """Articles whose unique words are ``unique_word(i)`` for i in ``numbers``."""
    root.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in numbers:
        path = root / f"numbered {i}.txt"
        path.write_text(f"{unique_word(i)} {' '.join(sentences[:3])}", encoding="utf-8")
        paths.append(path)
    return paths


def assert_each_found_once(ix: Path | ArticleIndex, expected: dict[int, Path]) -> None:
    """Every article listed once and found, exactly once, by its own word."""
    index = ix if isinstance(ix, ArticleIndex) else ArticleIndex(ix)
    listed = [a.path for a in index.articles()]
    assert len(listed) == len(set(listed)), "an article is listed twice"
    assert sorted(listed) == sorted(expected.values())
    searcher = Searcher(index)
    for i, path in expected.items():
        hits = [h.path for h in searcher.search(unique_word(i), limit=5).hits]
        assert hits == [path], (i, hits)


def library_of(lib: Path, count: int, sentences: list[str]) -> dict[int, Path]:
    return dict(enumerate(write_library(lib, count, sentences)))


# -- one writer at a time ----------------------------------------------------------------


def test_two_indexers_at_once_store_every_article_once(tmp_path: Path,
                                                       sentences: list[str]) -> None:
    expected = library_of(tmp_path / "lib", 40, sentences)
    ix = tmp_path / "ix"
    ArticleIndex(ix)  # both find an existing (empty) index
    first_in = threading.Event()
    second_waits = threading.Event()
    go_on = threading.Event()

    def slow_progress(done: int, total: int) -> None:
        first_in.set()
        go_on.wait(30)

    first = ArticleIndex(ix)
    second = ArticleIndex(ix)
    reports = {}
    a = threading.Thread(target=lambda: reports.setdefault(
        "a", first.refresh([tmp_path / "lib"], progress=slow_progress)))
    a.start()
    assert first_in.wait(30)  # the first has read what is stored and is about to write
    b = threading.Thread(target=lambda: reports.setdefault(
        "b", second.refresh([tmp_path / "lib"],
                            progress=lambda done, total: second_waits.set())))
    b.start()
    # progress(0, 0): the second is waiting for the first's lock (its first report)
    assert second_waits.wait(30)
    go_on.set()
    a.join(60)
    b.join(60)
    assert reports["a"].added == 40
    assert reports["b"].added == 0 and reports["b"].unchanged == 40  # saw the first's work
    assert_each_found_once(ix, expected)


def test_two_command_line_indexers_at_once(tmp_path: Path, sentences: list[str]) -> None:
    expected = library_of(tmp_path / "lib", 300, sentences)
    ix = str(tmp_path / "ix")
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    procs = [subprocess.Popen([sys.executable, "-m", "reader_app", "index", str(tmp_path / "lib"),
                               "--index-dir", ix, "-q"], cwd=ROOT, env=env, text=True,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE)
             for _ in range(2)]
    outputs = [p.communicate(timeout=300) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outputs
    assert all("300 articles indexed" in out for out, _err in outputs), outputs
    assert_each_found_once(Path(ix), expected)


def test_second_writer_gives_up_with_a_clear_message(tmp_path: Path,
                                                     sentences: list[str]) -> None:
    library_of(tmp_path / "lib", 5, sentences)
    ix = tmp_path / "ix"
    holding = threading.Event()
    release = threading.Event()
    first = ArticleIndex(ix)

    def hold(done: int, total: int) -> None:
        holding.set()
        release.wait(30)

    worker = threading.Thread(target=lambda: first.refresh([tmp_path / "lib"], progress=hold))
    worker.start()
    assert holding.wait(30)
    waits: list[str] = []
    try:
        second = ArticleIndex(ix, lock_timeout=0.5, waiting=waits.append)
        with pytest.raises(IndexError_, match="Another copy of the reader.*nothing was changed"):
            second.refresh()
        assert waits and "waiting" in waits[0]
    finally:
        release.set()
        worker.join(60)
    assert second.refresh().unchanged == 5


# -- the library belongs to the index ----------------------------------------------------


def test_command_line_adds_to_the_windows_folders(tmp_path: Path, sentences: list[str]) -> None:
    a = write_numbered(tmp_path / "a", range(0, 5), sentences)
    b = write_numbered(tmp_path / "b", range(5, 10), sentences)
    c = write_numbered(tmp_path / "c", range(10, 15), sentences)
    ix = tmp_path / "ix"
    window = ArticleIndex(ix)  # as the window keeps it: two folders
    window.refresh([tmp_path / "a", tmp_path / "b"])
    out = cli("index", str(tmp_path / "c"), "--index-dir", str(ix), "-q")
    assert out.returncode == 0, out.stderr
    assert "15 articles indexed" in out.stdout
    assert_each_found_once(ix, dict(enumerate([*a, *b, *c])))
    assert ArticleIndex(ix).folders() == [tmp_path / "a", tmp_path / "b", tmp_path / "c"]
    assert window.refresh().changed == 0  # the window's next refresh keeps all three
    assert not window.add_folder(tmp_path / "c" / ".." / "c")  # the same folder
    removed = cli("index", "--remove", str(tmp_path / "b"), "--index-dir", str(ix), "-q")
    assert "10 articles indexed (0 added, 0 updated, 5 removed" in removed.stdout
    assert_each_found_once(ix, {i: p for i, p in enumerate([*a, *b, *c]) if p not in b})


# -- passing errors are not damage -------------------------------------------------------


def test_too_few_file_descriptors_reports_and_deletes_nothing(tmp_path: Path,
                                                              sentences: list[str]) -> None:
    expected = library_of(tmp_path / "lib", 20, sentences)
    ix = tmp_path / "ix"
    ArticleIndex(ix).refresh([tmp_path / "lib"])
    code = (
        "import os, resource\n"
        "from reader_app.core.index import ArticleIndex, IndexError_\n"
        "used = len(os.listdir('/proc/self/fd')) - 1\n"
        "for extra in range(12):\n"
        "    resource.setrlimit(resource.RLIMIT_NOFILE, (used + extra, 1024))\n"
        "    try:\n"
        f"        index = ArticleIndex({str(ix)!r})\n"
        "        print('OPENED', index.doc_count(), index.notice, flush=True)\n"
        "        index.close()\n"
        "    except IndexError_ as exc:\n"
        "        print('REPORTED', exc, flush=True)\n"
        "    except OSError as exc:\n"
        "        print('OSERROR', exc, flush=True)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=ROOT, env=dict(os.environ, PYTHONPATH=str(ROOT)), timeout=120)
    lines = out.stdout.splitlines()
    assert any(line.startswith("REPORTED") for line in lines), out
    for line in lines:  # at every limit: opened whole, or a message; never emptied
        assert line == "OPENED 20 None" or (
            line.startswith(("REPORTED", "OSERROR")) and "too many" in line.lower()), line
    assert all("Nothing was deleted" in line for line in lines if line.startswith("REPORTED"))
    index = ArticleIndex(ix)
    assert index.notice is None
    assert_each_found_once(index, expected)


@pytest.mark.parametrize("error", [errno.EMFILE, errno.EACCES])
def test_passing_error_at_open_is_retried_not_rebuilt(tmp_path: Path, sentences: list[str],
                                                      monkeypatch: pytest.MonkeyPatch,
                                                      error: int) -> None:
    expected = library_of(tmp_path / "lib", 10, sentences)
    ix = tmp_path / "ix"
    ArticleIndex(ix).refresh([tmp_path / "lib"])
    real = index_module.whoosh_index.open_dir
    failures = {"left": 2}

    def flaky(*args, **kwargs):
        if failures["left"]:
            failures["left"] -= 1
            raise OSError(error, os.strerror(error), str(ix / "x.pst"))
        return real(*args, **kwargs)

    monkeypatch.setattr(index_module.whoosh_index, "open_dir", flaky)
    index = ArticleIndex(ix)
    assert index.notice is None  # retried, opened as usual
    assert_each_found_once(index, expected)
    failures["left"] = 100  # and when it keeps failing: a message, nothing deleted
    with pytest.raises(IndexError_, match="Nothing was deleted"):
        ArticleIndex(ix)
    monkeypatch.setattr(index_module.whoosh_index, "open_dir", real)
    assert_each_found_once(ix, expected)


def test_opening_during_another_processes_commits_never_rebuilds(tmp_path: Path,
                                                                 sentences: list[str]) -> None:
    expected = library_of(tmp_path / "lib", 30, sentences)
    ix = tmp_path / "ix"
    ArticleIndex(ix).refresh([tmp_path / "lib"])
    writer = subprocess.Popen([sys.executable, "-c", (
        "import os, time\nfrom pathlib import Path\n"
        "from reader_app.core.index import ArticleIndex\n"
        f"index = ArticleIndex({str(ix)!r}); lib = Path({str(tmp_path / 'lib')!r})\n"
        "files = sorted(lib.rglob('*.txt'))\nend = time.time() + 12\ni = 0\n"
        "while time.time() < end:\n"
        "    os.utime(files[i % len(files)], (i + 10, i + 10)); index.refresh([lib]); i += 1\n"
        "print(i)\n")], cwd=ROOT, env=dict(os.environ, PYTHONPATH=str(ROOT)),
        stdout=subprocess.PIPE, text=True)
    opened = 0
    try:
        while writer.poll() is None:
            index = ArticleIndex(ix)
            assert index.notice is None, index.notice
            assert index.doc_count() == 30
            index.close()
            opened += 1
    finally:
        commits = int(writer.communicate(timeout=60)[0] or 0)
    assert commits > 5 and opened > 20, (commits, opened)
    assert_each_found_once(ix, expected)


# -- damage anywhere is found, named and repaired ----------------------------------------


def two_segments(tmp_path: Path, sentences: list[str]) -> tuple[Path, dict[int, Path]]:
    lib, ix = tmp_path / "lib", tmp_path / "ix"
    first = write_numbered(lib / "one", range(0, 15), sentences)
    ArticleIndex(ix).refresh([lib])
    second = write_numbered(lib / "two", range(15, 30), sentences)
    ArticleIndex(ix).refresh([lib])
    assert len(list(ix.glob("*.pst"))) == 2  # two segments
    return ix, dict(enumerate([*first, *second]))


@pytest.mark.parametrize("damage", ["empty_other_pst", "flip_trm_byte", "empty_lengths"])
def test_damage_in_any_segment_is_found_at_open_and_repaired(tmp_path: Path,
                                                             sentences: list[str],
                                                             damage: str) -> None:
    ix, expected = two_segments(tmp_path, sentences)
    if damage == "empty_other_pst":
        target = sorted(ix.glob("*.pst"))[-1]
        target.write_bytes(b"")
    elif damage == "flip_trm_byte":
        target = sorted(ix.glob("*.trm"))[0]
        data = bytearray(target.read_bytes())
        data[len(data) // 2] ^= 0x55
        target.write_bytes(bytes(data))
    else:
        target = sorted(ix.glob("*_content_len.col"))[-1]
        target.write_bytes(b"")
    with pytest.raises(IndexError_, match=f"damaged: {target.name}.*reader-app index"):
        ArticleIndex(ix, repair=False)  # as verify opens it: named, not yet repaired
    index = ArticleIndex(ix)
    assert index.notice and "damaged" in index.notice and target.name in index.notice
    assert "rebuilt" in index.notice
    assert_each_found_once(index, expected)
    assert index.verify().ok


def test_verify_finds_damage_the_open_check_cannot_and_index_repairs_it(
        tmp_path: Path, sentences: list[str]) -> None:
    ix, expected = two_segments(tmp_path, sentences)
    target = sorted(ix.glob("*.trm"))[-1]
    st = target.stat()
    data = bytearray(target.read_bytes())
    data[len(data) // 3] ^= 0x01
    target.write_bytes(bytes(data))
    os.utime(target, ns=(st.st_atime_ns, st.st_mtime_ns))  # bit rot: no trace in the mtime
    checked = cli("verify", "--index-dir", str(ix))
    assert checked.returncode == 1
    assert f"damaged: {target.name}" in checked.stderr and "reader-app index" in checked.stderr
    repaired = cli("index", "--index-dir", str(ix), "-q")
    assert repaired.returncode == 0, repaired.stderr
    assert "damaged" in repaired.stderr and "rebuilt" in repaired.stderr
    assert "30 articles indexed" in repaired.stdout
    again = cli("verify", "--index-dir", str(ix))
    assert again.returncode == 0 and "sound: 30 articles" in again.stdout
    assert_each_found_once(ix, expected)


def test_duplicates_left_by_an_earlier_version_are_found_and_repaired(
        tmp_path: Path, sentences: list[str]) -> None:
    expected = library_of(tmp_path / "lib", 10, sentences)
    ix = tmp_path / "ix"

    def store_every_article_again() -> None:  # what two racing indexers used to leave
        index = ArticleIndex(ix)
        writer = index.ix.writer()
        for path in expected.values():
            writer.add_document(**index_module._document(library_module.read_article(path)))
        writer.commit()
        if hasattr(index, "_record_checks"):  # as if this version had committed them
            index._record_checks(index.ix)
        assert index.doc_count() == 20

    ArticleIndex(ix).refresh([tmp_path / "lib"])
    store_every_article_again()
    report = ArticleIndex(ix).refresh([tmp_path / "lib"])  # a refresh repairs them
    assert report.updated == 10
    assert_each_found_once(ix, expected)
    store_every_article_again()
    found = ArticleIndex(ix).verify()  # and verify names them
    assert "10 articles are stored twice" in found.problems
    reopened = ArticleIndex(ix)  # marked by verify: the next open rebuilds
    assert reopened.notice and "twice" in reopened.notice and "rebuilt" in reopened.notice
    assert_each_found_once(reopened, expected)


def test_rebuild_keeps_the_old_index_until_the_new_one_is_complete(
        tmp_path: Path, sentences: list[str]) -> None:
    expected = library_of(tmp_path / "lib", 20, sentences)
    ix = tmp_path / "ix"
    ArticleIndex(ix).refresh([tmp_path / "lib"])
    (ix / index_module.CHECKS_FILE).write_text('{"damaged": "test"}')
    before = sorted(p.name for p in ix.iterdir() if p.name.startswith("articles_v"))
    with pytest.raises(IndexError_, match="cancelled"):
        ArticleIndex(ix, cancelled=lambda: True)
    after = sorted(p.name for p in ix.iterdir() if p.name.startswith("articles_v"))
    assert after == before  # the cancelled rebuild touched nothing
    assert_each_found_once(ix, expected)


# -- names, links, pipes, depth, permissions ---------------------------------------------


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="bytes in names: Linux")
@pytest.mark.parametrize("parallel", [False, True])
def test_names_that_are_not_utf8_are_indexed_and_shown(tmp_path: Path, sentences: list[str],
                                                       monkeypatch: pytest.MonkeyPatch,
                                                       parallel: bool) -> None:
    if parallel:  # the multi-process writer, as for a library of 1,000+ files
        monkeypatch.setattr(index_module, "PARALLEL_MIN_DOCS", 10)
    lib = tmp_path / "lib"
    expected = dict(enumerate(write_numbered(lib, range(0, 30), sentences)))
    odd_folder = lib / os.fsdecode(b"\xc7\xe1\xdf\xcf")  # "a folder" in Windows-1256
    odd_folder.mkdir()
    for i, raw in enumerate([b"\xe3\xd6\xe3\xe6\xe4.txt", b"\xff\xfe.txt"], start=30):
        path = odd_folder / os.fsdecode(raw)
        path.write_text(f"{unique_word(i)} {sentences[0]}", encoding="utf-8")
        expected[i] = path
    ix = tmp_path / "ix"
    report = ArticleIndex(ix).refresh([lib])
    assert report.skipped == [] and report.added == 32
    assert_each_found_once(ix, expected)
    shown = library_module.display_path(expected[31])
    assert "\ufffd" in shown and shown.encode("utf-8")
    out = cli("index", "--index-dir", str(ix))
    assert out.returncode == 0 and "Traceback" not in out.stderr
    assert "32 articles indexed" in out.stdout and "32 unchanged" in out.stdout
    found = cli("search", "--index-dir", str(ix), unique_word(31))
    assert found.returncode == 0 and "\ufffd.txt" in found.stdout


def test_links_out_of_the_library_pipes_and_devices_are_never_read(tmp_path: Path,
                                                                   sentences: list[str]) -> None:
    lib = tmp_path / "lib"
    expected = dict(enumerate(write_numbered(lib / "sub", range(0, 3), sentences)))
    outside = write_numbered(tmp_path / "outside", range(10, 12), sentences)
    (lib / "passwd.txt").symlink_to("/etc/passwd")
    (lib / "status.txt").symlink_to("/proc/self/status")
    (lib / "kmsg.txt").symlink_to("/proc/kmsg")
    (lib / "zero.txt").symlink_to("/dev/zero")
    (lib / "elsewhere").symlink_to(tmp_path / "outside")
    (lib / "again").symlink_to(lib / "sub")  # inside: followed, but adds nothing twice
    (lib / "same.txt").symlink_to(lib / "sub" / "numbered 0.txt")
    os.mkfifo(lib / "pipe.txt")
    inside_link = write_numbered(tmp_path / "lib2", range(20, 21), sentences)[0]
    (lib / "to lib2.txt").symlink_to(inside_link)
    code = ("import sys\nfrom reader_app.core.index import ArticleIndex\n"
            f"r = ArticleIndex({str(tmp_path / 'ix')!r}).refresh([{str(lib)!r}, "
            f"{str(tmp_path / 'lib2')!r}])\n"
            "for s in r.skipped: print(s.path.name, '|', s.reason)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=ROOT, env=dict(os.environ, PYTHONPATH=str(ROOT)), timeout=60)
    assert out.returncode == 0, out.stderr
    reasons = dict(line.split(" | ") for line in out.stdout.splitlines())
    for name in ("passwd.txt", "status.txt", "kmsg.txt", "zero.txt", "elsewhere"):
        assert "outside the library" in reasons[name], reasons
    assert "named pipe" in reasons["pipe.txt"]
    index = ArticleIndex(tmp_path / "ix")
    # the links inside the library add nothing: each file is listed once, by its real path
    assert_each_found_once(index, {**expected, 20: inside_link})
    assert not Searcher(index).search("=root").hits  # kept exact: not read as Roman Urdu
    assert not [p for p in outside if p in {a.path for a in index.articles()}]


def remove_deep(top: Path) -> None:
    """Remove a chain of ``d`` folders without recursion (shutil.rmtree, and so pytest's own
    clean-up of its temporary folders, recurses once per level and fails at this depth)."""
    os.chdir(top)
    try:
        levels = 0
        while os.path.isdir("d"):
            os.chdir("d")
            levels += 1
        for _ in range(levels):
            for name in os.listdir("."):
                os.unlink(name)
            os.chdir("..")
            os.rmdir("d")
    finally:
        os.chdir(ROOT)


def test_a_folder_a_thousand_levels_deep(tmp_path: Path, sentences: list[str]) -> None:
    deep = tmp_path / "lib"
    deep.mkdir()
    levels = 1000
    try:
        os.chdir(deep)  # relative mkdirs keep each call short
        for _ in range(levels):
            os.mkdir("d")
            os.chdir("d")
        Path("bottom.txt").write_text(f"{unique_word(0)} {sentences[0]}", encoding="utf-8")
        bottom = Path.cwd() / "bottom.txt"
        os.chdir(ROOT)
        top = write_numbered(tmp_path / "lib", range(1, 3), sentences)
        report = ArticleIndex(tmp_path / "ix").refresh([tmp_path / "lib"])
        assert report.added == 3 and report.skipped == []
        assert_each_found_once(tmp_path / "ix", {0: bottom, 1: top[0], 2: top[1]})
    finally:
        remove_deep(deep)


def test_read_permission_taken_away_without_a_new_mtime(tmp_path: Path, sentences: list[str],
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    paths = write_numbered(tmp_path / "lib", range(0, 4), sentences)
    ix = tmp_path / "ix"
    ArticleIndex(ix).refresh([tmp_path / "lib"])
    locked = paths[1]
    st = locked.stat()
    locked.chmod(0)
    os.utime(locked, ns=(st.st_atime_ns, st.st_mtime_ns))
    if os.geteuid() == 0:  # root may read anything: answer as the kernel would for a user
        real = os.access

        def access(path, mode, *args, **kwargs):
            if Path(path) == locked and mode & os.R_OK:
                return False
            return real(path, mode, *args, **kwargs)

        monkeypatch.setattr(os, "access", access)
    try:
        report = ArticleIndex(ix).refresh([tmp_path / "lib"])
    finally:
        locked.chmod(0o644)
    assert [(s.path, s.reason) for s in report.skipped] == [(locked, "permission denied")]
    assert report.removed == 1
    assert_each_found_once(ix, {0: paths[0], 2: paths[2], 3: paths[3]})


# -- a refresh committed in parts ---------------------------------------------------------
def refresh_that_stalls(ix: Path, lib: Path, *, part_articles: int,
                        parts: int) -> subprocess.Popen:
    """A process refreshing ``lib`` in parts of ``part_articles``, printing "PART <added>"
    after each commit and stalling after the ``parts``-th, to be killed there."""
    return subprocess.Popen([sys.executable, "-c", (
        "import time\nfrom pathlib import Path\n"
        "from reader_app.core import index as index_module\n"
        f"index_module.PART_ARTICLES = {part_articles}\n"
        f"index = index_module.ArticleIndex({str(ix)!r})\n"
        "done = []\n"
        "def committed(report):\n"
        "    done.append(report)\n"
        "    print('PART', report.added, flush=True)\n"
        f"    if len(done) >= {parts}:\n"
        "        time.sleep(120)\n"
        f"index.refresh([Path({str(lib)!r})], committed=committed)\n")],
        cwd=ROOT, env=dict(os.environ, PYTHONPATH=str(ROOT)), stdout=subprocess.PIPE, text=True)



def test_a_refresh_killed_after_a_part_keeps_it_and_the_next_finishes_without_doubling(
        tmp_path: Path, sentences: list[str]) -> None:
    """``kill -9`` after two parts of a first index were committed: the index opens as
    those parts (nothing to repair), and the next refresh reads only the rest."""
    expected = dict(enumerate(write_numbered(tmp_path / "lib", range(23), sentences)))
    ix = tmp_path / "ix"
    child = refresh_that_stalls(ix, tmp_path / "lib", part_articles=5, parts=2)
    try:
        assert child.stdout is not None
        assert [child.stdout.readline().strip() for _ in range(2)] == ["PART 5", "PART 10"]
    finally:
        child.kill()
        child.wait(30)
    index = ArticleIndex(ix)
    assert index.notice is None and index.doc_count() == 10
    report = index.refresh()
    assert (report.added, report.unchanged) == (13, 10)
    assert_each_found_once(index, expected)


def test_a_refresh_killed_inside_a_big_dataset_never_doubles_its_rows(tmp_path: Path) -> None:
    """``kill -9`` after a part that ended inside a CSV: the committed rows are there, and
    the next refresh reads the file again whole (its time and size are unchanged)."""
    lib = tmp_path / "lib"
    lib.mkdir()
    rows = 900
    (lib / "big.csv").write_text("Headline,News Text\n" + "".join(
        f"سرخی {n},مضمون{n} بازار کھلے رہے۔\n" for n in range(rows)), encoding="utf-8")
    ix = tmp_path / "ix"
    child = refresh_that_stalls(ix, lib, part_articles=150, parts=1)
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "PART 200"
    finally:
        child.kill()
        child.wait(30)
    index = ArticleIndex(ix)
    assert index.notice is None and index.doc_count() == 200
    index.refresh()
    items = [a.item for a in index.articles()]
    assert sorted(items) == list(range(1, rows + 1)) and index.doc_count() == rows
    searcher = Searcher(index)
    assert all(len(searcher.search(f"مضمون{n}", limit=5).hits) == 1 for n in (0, 450, 899))
