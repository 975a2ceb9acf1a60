"""The notes store: notes last through edits, re-indexing, rebuilds, deletions, kills and
two writers; folded search; migrations of older files; Markdown, JSON and PDF export."""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from helpers import write_library

from reader_app.core.index import INDEX_NAME, SCHEMA_VERSION, ArticleIndex
from reader_app.core.library import Skipped, read_article
from reader_app.core.notes import NotesError, NotesStore, notes_path
from reader_app.core.notes.export import JSON_FIELDS, to_json, to_markdown, to_pdf
from reader_app.core.notes.store import MIGRATIONS

ROOT = Path(__file__).resolve().parents[2]
KILLS = int(os.environ.get("READER_KILLS", "6"))
TEXT = ("کراچی میں آج صبح سے تیز بارش ہو رہی ہے۔ محکمہ موسمیات کے مطابق بارش کل تک جاری "
        "رہے گی۔ شہر کی کئی سڑکیں پانی میں ڈوب گئیں۔")


def span(text: str, words: str) -> tuple[int, int]:
    at = text.index(words)
    return at, at + len(words)


@pytest.fixture
def store(tmp_path: Path):
    with NotesStore(notes_path(tmp_path / "index")) as opened:
        yield opened


def read_text(path: Path, item: int | None = None) -> str | None:
    found = read_article(path, item)
    return None if isinstance(found, Skipped) else found.text


def test_the_notes_file_lives_beside_the_index_folder_not_in_it(tmp_path: Path) -> None:
    index_dir = tmp_path / "data" / "index"
    assert notes_path(index_dir) == tmp_path / "data" / "notes.sqlite3"


def test_a_note_is_stored_and_read_back(store: NotesStore, tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    note = store.add(article, None, TEXT, *span(TEXT, "تیز بارش"), note="اہم", colour="green",
                     title="بارش", source="ڈان", published="2024-07-14")
    assert note.quote == "تیز بارش" and note.path == article and not note.orphaned
    assert store.get(note.id) == note
    assert store.all_notes() == [note]
    changed = store.update(note.id, note="بہت اہم", colour="pink")
    assert changed is not None and (changed.note, changed.colour) == ("بہت اہم", "pink")
    assert changed.updated >= note.updated and changed.created == note.created
    assert store.update(9999, note="x") is None
    assert store.remove(note.id) and not store.remove(note.id) and store.get(note.id) is None


def test_a_highlight_survives_an_edit_before_it(store: NotesStore, tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(TEXT, encoding="utf-8")
    text = read_text(article)
    assert text is not None
    note = store.add(article, None, text, *span(text, "محکمہ موسمیات"), note="ذریعہ")
    article.write_text("تازہ ترین: " + TEXT, encoding="utf-8")
    edited = read_text(article)
    assert edited is not None
    (found,) = store.for_article(article, None, edited)
    assert (found.start, found.end) == span(edited, "محکمہ موسمیات") != (note.start, note.end)
    assert edited[found.start:found.end] == note.quote and found.note == "ذریعہ"
    assert store.get(note.id) == found  # the new place is saved


def test_a_deleted_article_orphans_its_notes_and_they_come_back_with_it(
        store: NotesStore, tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(TEXT, encoding="utf-8")
    note = store.add(article, None, TEXT, *span(TEXT, "تیز بارش"), note="یاد رکھیں")
    article.unlink()
    assert store.relocate_all(read_text) == 1
    (orphan,) = store.for_article(article, None, read_text(article))
    assert orphan.orphaned and orphan.note == "یاد رکھیں" and orphan.quote == "تیز بارش"
    assert [n.id for n in store.all_notes()] == [note.id] and store.all_notes()[0].orphaned
    article.write_text("نیا آغاز۔ " + TEXT, encoding="utf-8")
    assert store.relocate_all(read_text) == 0
    back = store.get(note.id)
    assert back is not None and not back.orphaned and back.start == note.start + 10


def test_words_gone_from_an_edited_article_orphan_the_note_but_keep_it(
        store: NotesStore, tmp_path: Path) -> None:
    note = store.add(tmp_path / "a.txt", None, TEXT, *span(TEXT, "محکمہ موسمیات"))
    (found,) = store.for_article(tmp_path / "a.txt", None, TEXT.replace("محکمہ موسمیات", "ماہرین"))
    assert found.orphaned and found.quote == note.quote and store.get(note.id) == found


def test_notes_survive_a_reindex_a_schema_rebuild_and_a_deleted_index(
        tmp_path: Path, sentences: list[str]) -> None:
    lib, ix = tmp_path / "lib", tmp_path / "data" / "index"
    paths = write_library(lib, 12, sentences)
    with ArticleIndex(ix) as index:
        index.refresh([lib])
    article = read_article(paths[3])
    assert not isinstance(article, Skipped)
    words = article.text.split()[2:5]
    start, end = span(article.text, " ".join(words))
    with NotesStore(notes_path(ix)) as store:
        note = store.add(paths[3], None, article.text, start, end, note="باقی رہے",
                         title=article.title)

    def still_there() -> None:
        with NotesStore(notes_path(ix)) as store:
            (found,) = store.for_article(paths[3], None, read_text(paths[3]))
            assert (found.id, found.start, found.note, found.orphaned) == (
                note.id, note.start, "باقی رہے", False)

    with ArticleIndex(ix) as index:  # a re-index of an edited library
        paths[5].write_text("نیا مضمون", encoding="utf-8")
        assert index.refresh([lib]).updated == 1
    still_there()
    # A schema change: the index on disk is from another version and is rebuilt.
    for name in os.listdir(ix):
        if INDEX_NAME in name:
            os.replace(ix / name, ix / name.replace(INDEX_NAME,
                                                    f"articles_v{SCHEMA_VERSION - 1}"))
    with ArticleIndex(ix) as index:
        assert index.notice and "rebuilt" in index.notice and index.doc_count() == 12
    still_there()
    shutil.rmtree(ix)  # the index deleted by hand, then built again
    with ArticleIndex(ix) as index:
        index.refresh([lib])
    still_there()


def test_folded_search_finds_arabic_letters_and_every_word(store: NotesStore,
                                                            tmp_path: Path) -> None:
    rain = store.add(tmp_path / "a.txt", None, TEXT, *span(TEXT, "تیز بارش"),
                     note="کراچی کی سڑکیں", title="موسم")
    other = store.add(tmp_path / "b.txt", None, TEXT, *span(TEXT, "محکمہ موسمیات"),
                      note="English note about weather")
    assert store.search("تيز") == [rain]  # Arabic yeh finds Farsi yeh
    assert store.search("كراچي") == [rain]  # Arabic kaf too
    assert store.search("بارِش") == [rain]  # diacritics are ignored
    assert store.search("موسم") == [other, rain]  # the title, and a word starting with it
    assert store.search("تیز weather") == []  # every word must match
    assert store.search("WEATHER") == [other]
    assert store.search("") == [other, rain]
    roman = {"barish": ["بارش"], "wazir": ["وزیر اعظم"]}
    assert store.search("barish", lambda word: roman.get(word, [])) == [rain]
    assert store.search("wazir", lambda word: roman.get(word, [])) == []


def test_bookmarks_and_reading_state(store: NotesStore, tmp_path: Path) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.csv"
    whole = store.add(a, None, TEXT, 0, 0, kind="bookmark")
    place = store.add(b, 4, TEXT, 40, 40, kind="bookmark")
    assert whole.quote == whole.prefix == whole.suffix == "" and place.suffix
    assert store.for_article(a, None, "بالکل نیا متن") == [whole]
    assert store.for_article(b, 4, TEXT)[0].start == 40
    assert store.for_article(b, 5, TEXT) == []
    with pytest.raises(ValueError):
        store.add(a, None, TEXT, 3, 3)  # a highlight needs words
    with pytest.raises(ValueError):
        store.add(a, None, TEXT, 0, 3, colour="red")
    assert store.progress(a, None) is None and not store.is_read(a, None)
    store.set_progress(a, None, 0.25)
    time.sleep(0.01)
    store.set_progress(b, 4, 1.7)
    store.mark_read(b, 4)
    store.mark_read(a, None, True)
    store.mark_read(a, None, False)
    assert store.progress(a, None) == 0.25 and store.progress(b, 4) == 1.0
    assert store.is_read(b, 4) and not store.is_read(a, None)
    assert [(p, i) for p, i, _when in store.recent()] == [(b, 4), (a, None)]
    assert store.read_states() == {(str(a), None): (0.25, False), (str(b), 4): (1.0, True)}


def test_an_older_store_is_upgraded_without_losing_rows(tmp_path: Path) -> None:
    """A version 1 file as the first release wrote it (highlights only), by hand."""
    path = tmp_path / "notes.sqlite3"
    con = sqlite3.connect(path)
    con.executescript(textwrap.dedent("""
        CREATE TABLE notes (
            id INTEGER PRIMARY KEY AUTOINCREMENT, path TEXT NOT NULL, item INTEGER,
            quote TEXT NOT NULL, prefix TEXT NOT NULL DEFAULT '',
            suffix TEXT NOT NULL DEFAULT '', start_offset INTEGER NOT NULL,
            end_offset INTEGER NOT NULL, note TEXT NOT NULL DEFAULT '',
            colour TEXT NOT NULL DEFAULT 'yellow', title TEXT NOT NULL DEFAULT '',
            source TEXT, published TEXT, created TEXT NOT NULL, updated TEXT NOT NULL,
            orphaned INTEGER NOT NULL DEFAULT 0);
        CREATE INDEX notes_article ON notes (path, item);
        INSERT INTO notes (path, item, quote, start_offset, end_offset, note, created, updated)
            VALUES ('/x/a.txt', NULL, 'تیز بارش', 20, 28, 'پرانا نوٹ',
                    '2024-01-01T00:00:00+00:00', '2024-01-01T00:00:00+00:00');
        PRAGMA user_version = 1;
    """))
    con.close()
    with NotesStore(path) as store:
        (old,) = store.all_notes()
        assert (old.kind, old.quote, old.note, old.start) == ("highlight", "تیز بارش",
                                                              "پرانا نوٹ", 20)
        store.set_progress(Path("/x/a.txt"), None, 0.5)  # the table version 2 added
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS) == 2
    con.close()


def test_an_empty_file_is_a_version_0_store(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.touch()
    with NotesStore(path) as store:
        assert store.all_notes() == []


def test_a_store_from_a_newer_version_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    NotesStore(path).close()
    con = sqlite3.connect(path)
    con.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 1}")
    con.close()
    before = path.read_bytes()
    with pytest.raises(NotesError, match="newer version"):
        NotesStore(path)
    assert path.read_bytes() == before


def test_a_file_that_is_not_a_database_is_reported_not_replaced(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(b"not a database at all, but someone's notes" * 100)
    before = path.read_bytes()
    with pytest.raises(NotesError):
        NotesStore(path)
    assert path.read_bytes() == before


WRITER = """
import sys
from pathlib import Path
from reader_app.core.notes import NotesStore
store = NotesStore(Path(sys.argv[1]))
text = "کراچی میں آج صبح سے تیز بارش ہو رہی ہے۔" * 20
name, count = sys.argv[2], int(sys.argv[3])
ready = Path(sys.argv[4])
while not ready.exists():
    pass
for i in range(count):
    note = store.add(Path(f"/lib/{name}.txt"), None, text, i % 200, i % 200 + 9,
                     note=f"{name} {i}")
    if i % 3 == 0:
        store.update(note.id, note=f"{name} {i} edited")
    store.set_progress(Path(f"/lib/{name}.txt"), i, (i % 10) / 10)
    print(note.id, flush=True)
"""


def start_writer(path: Path, name: str, count: int, ready: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", WRITER, str(path), name, str(count),
                             str(ready)], cwd=ROOT, stdout=subprocess.PIPE, text=True)


def test_two_processes_writing_at_once_lose_nothing(tmp_path: Path) -> None:
    path, ready = tmp_path / "notes.sqlite3", tmp_path / "go"
    writers = [start_writer(path, name, 150, ready) for name in ("one", "two")]
    time.sleep(0.5)  # kept: both are started and opening the store when they are let go
    ready.touch()
    ids = []
    for proc in writers:
        out, _ = proc.communicate(timeout=120)
        assert proc.returncode == 0
        ids += [int(x) for x in out.split()]
    with NotesStore(path) as store:
        notes = store.all_notes()
        assert sorted(n.id for n in notes) == sorted(ids) and len(set(ids)) == 300
        assert sum(n.note.endswith("edited") for n in notes) == 100
        assert len(store.read_states()) == 300


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="uses SIGKILL")
def test_kill_9_during_saves_loses_nothing_committed(tmp_path: Path) -> None:
    rng = random.Random(26)
    path, ready = tmp_path / "notes.sqlite3", tmp_path / "go"
    ready.touch()
    saved: list[int] = []
    for _ in range(KILLS):
        proc = start_writer(path, "killed", 100_000, ready)
        time.sleep(rng.uniform(0.3, 1.5))  # kept: the kill's random moment
        proc.send_signal(signal.SIGKILL)
        out, _ = proc.communicate()
        saved += [int(x) for x in out.split()]  # add() returned before the kill
        con = sqlite3.connect(path)
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        con.close()
        with NotesStore(path) as store:
            stored = {n.id for n in store.all_notes()}
        # Every note whose add() returned is there; at most one per kill was saved but
        # not yet reported.
        assert set(saved) <= stored and len(stored - set(saved)) <= KILLS
    assert len(saved) > KILLS  # the writer did get going each time


@pytest.fixture
def notes(store: NotesStore, tmp_path: Path) -> list:
    store.add(tmp_path / "a.txt", None, TEXT, *span(TEXT, "تیز بارش"), note="اہم بات۔",
              title="کراچی میں بارش", source="ڈان", published="2024-07-14")
    store.add(tmp_path / "a.txt", None, TEXT, *span(TEXT, "محکمہ موسمیات"),
              note="An English note, with (brackets).", colour="blue",
              title="کراچی میں بارش")
    store.add(tmp_path / "feed.xml", 3, TEXT, 0, 0, kind="bookmark", title="دوسری خبر")
    store.for_article(tmp_path / "feed.xml", 3, None)  # its file is gone
    return store.all_notes()


def test_markdown_export_groups_notes_by_article(notes: list, tmp_path: Path) -> None:
    text = to_markdown(notes)
    assert text.startswith("# Notes and highlights\n")
    rain = text.index("## کراچی میں بارش")
    other = text.index("## دوسری خبر")
    assert other < rain  # the article of the newest note first
    section = text[rain:]
    assert "ڈان · 2024-07-14" in section and f"File: {tmp_path / 'a.txt'}" in section
    assert section.index("> تیز بارش") < section.index("> محکمہ موسمیات")  # reading order
    assert "\nاہم بات۔\n" in section and "\nAn English note, with (brackets).\n" in section
    assert "*Yellow highlight, characters 20–28*" in section
    assert "*Blue highlight, characters" in section
    assert (f"File: {tmp_path / 'feed.xml'}, item 3\n\n*Bookmark on the whole article "
            "(orphaned: no longer found in the article)*") in text


def test_json_export_has_every_field_unescaped(notes: list) -> None:
    text = to_json(notes)
    assert "تیز بارش" in text  # not \\u-escaped
    data = json.loads(text)
    assert [tuple(d) for d in data] == [JSON_FIELDS] * 3
    bookmark, english, rain = data
    assert rain["quote"] == "تیز بارش" and (rain["start"], rain["end"]) == (20, 28)
    assert rain["source"] == "ڈان" and rain["published"] == "2024-07-14"
    assert rain["item"] is None and rain["orphaned"] is False
    assert english["colour"] == "blue" and english["kind"] == "highlight"
    assert bookmark["item"] == 3 and bookmark["orphaned"] is True and bookmark["quote"] == ""


def test_pdf_export_reads_back_quotes_and_notes(notes: list, tmp_path: Path) -> None:
    from pdf_readback import engine_texts, normalise

    out = tmp_path / "notes.pdf"
    to_pdf(notes, out)
    text = normalise(engine_texts(out)["poppler"])
    for expected in ("تیز بارش", "اہم بات۔", "کراچی میں بارش", "ڈان",
                     "An English note, with (brackets).", "Bookmark on the whole article"):
        assert normalise(expected) in text, expected
    from reader_app.core.export import TargetExists

    with pytest.raises(TargetExists):
        to_pdf(notes, out)
    to_pdf(notes, out, overwrite=True)
