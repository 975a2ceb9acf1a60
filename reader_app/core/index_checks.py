"""Damage checks of the index: ``checksums.json`` (size, modification time and CRC of each
file of the last commit, recorded under the write lock and checked at open), and the
structural reads that show damage now rather than in the middle of a search."""

from __future__ import annotations

import json
import os
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from whoosh.index import TOC, Index

from reader_app.core.index_errors import IndexDamaged, describe
from reader_app.core.messages import QT_TRANSLATE_NOOP, Message
from reader_app.core.scoring import field_lengths

CHECKS_FILE = "checksums.json"


@dataclass
class VerifyReport:
    """What ``verify`` found: the articles held, and each problem in plain words."""

    articles: int = 0
    files: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def load_checks(index_dir: Path) -> dict:
    """What was recorded at the last commit; ``{"damaged": why}`` when that cannot be read
    (or ``verify`` marked the index for repair)."""
    try:
        return json.loads((index_dir / CHECKS_FILE).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError):
        return {"damaged": f"{CHECKS_FILE} cannot be read"}


def record_checks(index_dir: Path, ix: Index) -> None:
    """Sizes and checksums of the files of the generation just committed (under the
    lock). Segment files never change once written, so known ones are not re-read."""
    old = load_checks(index_dir).get("files", {})
    files: dict[str, list[int]] = {}
    for name in generation_files(ix):
        st = os.stat(index_dir / name)
        known = old.get(name)
        if known and known[0] == st.st_size and known[1] == st.st_mtime_ns:
            files[name] = known
        else:
            files[name] = [st.st_size, st.st_mtime_ns, crc(index_dir / name)]
    data = {"generation": ix.latest_generation(), "files": files}
    write_file_atomically(index_dir / CHECKS_FILE, json.dumps(data).encode())


def mark_damaged(index_dir: Path, problem: str) -> None:
    """Make the next open rebuild the index (``verify`` found ``problem``)."""
    data = load_checks(index_dir)
    data["damaged"] = problem
    write_file_atomically(index_dir / CHECKS_FILE, json.dumps(data).encode())


def file_problems(index_dir: Path, checks: dict, full: bool = False) -> list[str]:
    """The files that differ from what ``checks`` recorded at their commit: sizes always,
    contents only of files whose modification time changed, unless ``full`` (every byte).
    Without ``full`` the first problem raises IndexDamaged."""
    problems = []
    for name, (size, mtime_ns, checksum) in checks.get("files", {}).items():
        path = index_dir / name
        problem: str | None = None
        try:
            st = os.stat(path)
        except FileNotFoundError:
            problem = Message(QT_TRANSLATE_NOOP("Core", "{file} is missing"), file=name)
        else:
            if st.st_size != size:
                problem = Message(QT_TRANSLATE_NOOP(
                    "Core", "{file} has {size} bytes instead of {expected}"),
                    file=name, size=st.st_size, expected=size)
            elif (full or st.st_mtime_ns != mtime_ns) and crc(path) != checksum:
                problem = Message(QT_TRANSLATE_NOOP(
                    "Core", "{file} was changed after it was written"), file=name)
        if problem and not full:
            raise IndexDamaged(problem)
        if problem:
            problems.append(problem)
    return problems


def doc_count(ix: Index) -> int:
    with ix.searcher() as searcher:
        return searcher.doc_count()


def write_file_atomically(target: Path, data: bytes) -> None:
    """Write ``data`` so that a reader (or a crash) sees the old file or the new one whole."""
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def crc(path: Path) -> int:
    value = 0
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 20):
            value = zlib.crc32(chunk, value)
    return value


def generation_files(ix: Index) -> list[str]:
    """The files the current table of contents refers to (and the table itself)."""
    toc = ix._read_toc()  # Whoosh has no public way to list the segments
    ids = {seg.segment_id() for seg in toc.segments}
    names = [TOC._filename(ix.indexname, toc.generation)]
    for name in os.listdir(ix.storage.folder):
        if name.split(".", 1)[0] in ids:
            names.append(name)
    return sorted(names)


def structure_problems(ix: Index, full: bool = False) -> list[str]:
    """Read the index as a search would; ``full`` reads every term's postings in every
    segment, so damage anywhere shows. Returns the problems found, in words."""
    problems: list[str] = []
    try:
        with ix.searcher() as searcher:
            seen: set[str] = set()
            twice = 0
            for fields in searcher.all_stored_fields():
                key = fields.get("key", fields["path"])
                if key in seen:
                    twice += 1
                seen.add(key)
            if twice:
                problems.append(f"{twice} articles are stored twice")
            for leaf, _offset in searcher.leaf_searchers():
                reader = leaf.reader()
                lengths = field_lengths(leaf, "content")
                if full:
                    if len(lengths) < reader.doc_count_all():
                        problems.append("the article lengths are incomplete")
                    for name in reader.indexed_field_names():
                        for term in reader.lexicon(name):
                            list(reader.postings(name, term).all_ids())
                else:
                    for _term in zip(range(50), reader.lexicon("content"), strict=False):
                        pass
    except Exception as exc:  # any unreadable part is damage
        problems.append(describe(exc))
    return problems


def check_readable(ix: Index) -> None:
    """Touch every part a session needs, so damage shows now and not mid-search."""
    with ix.searcher() as searcher:
        for fields in searcher.all_stored_fields():
            fields["path"]
        reader = searcher.reader()
        for _term in zip(range(50), reader.lexicon("content"), strict=False):
            pass
        if searcher.doc_count():
            list(reader.postings("path", next(iter(reader.lexicon("path")))).all_ids())
        for leaf, _offset in searcher.leaf_searchers():
            field_lengths(leaf, "content")


PARTIAL_FILE = "partial.json"


def load_partial(index_dir: Path) -> set[str]:
    """The dataset files of which only the first rows are committed (a refresh committed a
    part inside them and has not committed their end yet): each is read again whole by the
    next refresh, whatever its modification time says. Unreadable: none (its rows are then
    found unchanged, as before this record existed)."""
    try:
        data = json.loads((index_dir / PARTIAL_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return set()
    return {str(p) for p in data} if isinstance(data, list) else set()


def save_partial(index_dir: Path, paths: set[str]) -> None:
    """Written before the commit of a part that ends inside a file, and after the commit
    of the part that holds the file's end: a kill between the two only re-reads it."""
    if not paths:
        (index_dir / PARTIAL_FILE).unlink(missing_ok=True)
        return
    write_file_atomically(index_dir / PARTIAL_FILE,
                          json.dumps(sorted(paths), ensure_ascii=True).encode())
