"""The refresh's plan (core/refresh_plan.py), worked out from a stored state and a folder
walk without any index: which files' articles leave, which files are read."""

from __future__ import annotations

from pathlib import Path

from reader_app.core.library import Skipped
from reader_app.core.library_file import columns_text
from reader_app.core.refresh_plan import (
    FolderWalk,
    StoredState,
    plan_refresh,
    walk_folders,
)


def stored(*rows: tuple[str, float, int, str], twice: tuple[str, ...] = ()) -> StoredState:
    """A stored state of one article per row (path, mtime, size, columns)."""
    fields = [{"path": p, "key": p, "mtime": m, "size": s, "columns": c} for p, m, s, c in rows]
    fields += [{"path": p, "key": p, "mtime": m, "size": s, "columns": c}
               for p, m, s, c in rows if p in twice]
    return StoredState.of(fields)


def walk(*rows: tuple[str, float, int, str], unknown: tuple[str, ...] = ()) -> FolderWalk:
    return FolderWalk(files={p: (m, s, c) for p, m, s, c in rows}, unknown=list(unknown))


def test_an_unchanged_library_plans_nothing() -> None:
    files = [("/lib/a.txt", 1.0, 10, ""), ("/lib/b.csv", 2.0, 20, "")]
    plan = plan_refresh(stored(*files), walk(*files))
    assert plan.empty and plan.unchanged == 2


def test_a_file_whose_time_size_or_column_mapping_changed_is_read_again() -> None:
    mapping = columns_text({"text": "matn"})
    before = [("/lib/time.txt", 1.0, 10, ""), ("/lib/size.txt", 1.0, 10, ""),
              ("/lib/cols.csv", 1.0, 10, ""), ("/lib/same.txt", 1.0, 10, "")]
    after = [("/lib/time.txt", 2.0, 10, ""), ("/lib/size.txt", 1.0, 11, ""),
             ("/lib/cols.csv", 1.0, 10, mapping), ("/lib/same.txt", 1.0, 10, "")]
    plan = plan_refresh(stored(*before), walk(*after))
    assert plan.read == ["/lib/time.txt", "/lib/size.txt", "/lib/cols.csv"]
    assert all(plan.was_stored(p) for p in plan.read)  # read again: old articles go first
    assert plan.removed == [] and plan.unchanged == 1


def test_a_new_file_is_read_and_a_removed_files_articles_are_deleted() -> None:
    plan = plan_refresh(stored(("/lib/gone.txt", 1.0, 10, ""), ("/lib/kept.txt", 1.0, 10, "")),
                        walk(("/lib/kept.txt", 1.0, 10, ""), ("/lib/new.txt", 1.0, 5, "")))
    assert plan.removed == ["/lib/gone.txt"]
    assert plan.read == ["/lib/new.txt"] and not plan.was_stored("/lib/new.txt")


def test_a_renamed_folder_deletes_the_old_paths_and_reads_the_new() -> None:
    plan = plan_refresh(
        stored(("/lib/old/a.txt", 1.0, 10, ""), ("/lib/old/b.txt", 1.0, 10, "")),
        walk(("/lib/new/a.txt", 1.0, 10, ""), ("/lib/new/b.txt", 1.0, 10, "")))
    assert plan.removed == ["/lib/old/a.txt", "/lib/old/b.txt"]
    assert plan.read == ["/lib/new/a.txt", "/lib/new/b.txt"]


def test_what_is_below_a_folder_that_cannot_be_read_just_now_stays() -> None:
    plan = plan_refresh(stored(("/lib/away/a.txt", 1.0, 10, ""), ("/lib/gone.txt", 1.0, 1, "")),
                        walk(unknown=("/lib/away",)))
    assert plan.removed == ["/lib/gone.txt"]


def test_an_article_stored_twice_has_its_file_read_again() -> None:
    plan = plan_refresh(stored(("/lib/a.txt", 1.0, 10, ""), twice=("/lib/a.txt",)),
                        walk(("/lib/a.txt", 1.0, 10, "")))
    assert plan.read == ["/lib/a.txt"] and plan.stored.articles == 2


def test_a_dataset_whose_first_rows_only_were_committed_is_read_again() -> None:
    state = stored(("/lib/big.csv", 1.0, 10, ""), ("/lib/a.txt", 1.0, 10, ""))
    state.partial = {"/lib/big.csv"}
    plan = plan_refresh(state, walk(("/lib/big.csv", 1.0, 10, ""), ("/lib/a.txt", 1.0, 10, "")))
    assert plan.read == ["/lib/big.csv"] and plan.was_stored("/lib/big.csv")


def test_a_scoped_plan_leaves_what_is_stored_outside_the_scope() -> None:
    plan = plan_refresh(stored(("/lib/one/a.txt", 1.0, 10, ""), ("/lib/two/b.txt", 1.0, 10, "")),
                        walk(), scope=[Path("/lib/one")])
    assert plan.removed == ["/lib/one/a.txt"]


def test_the_walk_sees_the_column_mapping_a_dataset_is_read_with(tmp_path: Path) -> None:
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "rows.csv").write_text("matn\nخبر\n", encoding="utf-8")
    (tmp_path / "note.txt").write_text("خبر", encoding="utf-8")
    mapping = {str(tmp_path / "data"): {"text": "matn"}}
    found = walk_folders([tmp_path], None, mapping)
    assert found is not None
    rows, note = str(tmp_path / "data" / "rows.csv"), str(tmp_path / "note.txt")
    assert found.files[rows][2] == columns_text({"text": "matn"})
    assert found.columns == {rows: {"text": "matn"}} and found.files[note][2] == ""
    only = walk_folders([tmp_path], [tmp_path / "data"], mapping)
    assert only is not None and list(only.files) == [rows]
    assert walk_folders([tmp_path], None, {}, cancelled=lambda: True) is None
    missing = walk_folders([tmp_path / "nowhere"], None, {})
    assert missing is not None and [type(s) for s in missing.skipped] == [Skipped]
