"""Small parts of the shell: settings, workers, text direction and offsets, the theme."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QThread

from reader_app.ui import textdir
from reader_app.ui.models.article_model import Column
from reader_app.ui.settings import MAX_POSITIONS, Settings
from reader_app.ui.viewer import utf16_mapper
from reader_app.ui.workers import Runner


def test_settings_round_trip_and_survive_bad_values(tmp_path: Path) -> None:
    path = tmp_path / "s.ini"
    s = Settings(path)
    assert (s.theme, s.language, s.font, s.zoom) == ("auto", "system", "nastaliq", 100)
    s.theme, s.language, s.font, s.font_size, s.line_spacing = "dark", "ur", "naskh", 24, 175
    s.zoom = 10_000
    s.folders = [Path("/a"), Path("/b"), Path("/a")]
    s.set_splitter_sizes("main", [300, 700])
    s.geometry = QByteArray(b"geometry")
    s.sort = (0, 1)
    s.sync()
    again = Settings(path)
    assert (again.theme, again.language, again.font, again.font_size) == ("dark", "ur", "naskh", 24)
    assert again.line_spacing == 175 and again.zoom == 300  # clamped
    assert again.folders == [Path("/a"), Path("/b")]  # one-element lists survive INI too
    assert again.splitter_sizes("main") == [300, 700]
    assert again.geometry == QByteArray(b"geometry")
    assert again.sort == (0, 1)
    for key, value in (("ui/theme", "purple"), ("viewer/size", "huge"), ("library/folders", "{"),
                       ("window/splitter_main", "[-1]"), ("library/sort_by", '["x", 9]')):
        again.qs.setValue(key, value)
    assert again.theme == "auto" and again.font_size == 18 and again.folders == []
    assert again.splitter_sizes("main") is None and again.sort == (Column.PUBLISHED, 1)


def test_reading_positions_are_kept_for_the_most_recent_articles(tmp_path: Path) -> None:
    s = Settings(tmp_path / "s.ini")
    for i in range(MAX_POSITIONS + 10):
        s.set_position(f"a{i}", i + 1)
    assert s.position("a0") == 0  # the oldest were dropped
    assert s.position(f"a{MAX_POSITIONS + 9}") == MAX_POSITIONS + 10
    s.set_position("a20", 0)
    assert s.position("a20") == 0


def test_worker_results_progress_and_errors_arrive_on_the_ui_thread(qtbot) -> None:
    runner = Runner()
    ui_thread = QThread.currentThread()
    seen: list[tuple[str, bool]] = []

    def job(task):
        assert threading.current_thread() is not threading.main_thread()
        task.progress(1, 2)
        return 42

    runner.start(job, lambda r: seen.append(("done", r == 42)),
                 on_progress=lambda d, t: seen.append(("progress", d == 1)))
    qtbot.waitUntil(lambda: ("done", True) in seen)
    assert ("progress", True) in seen
    assert QThread.currentThread() is ui_thread

    def boom(_task):
        raise ValueError("bad input")

    messages: list[str] = []
    runner.start(boom, on_failed=messages.append)
    qtbot.waitUntil(lambda: bool(messages))
    assert messages == ["ValueError: bad input"]
    assert runner.shutdown()


def test_cancelling_and_shutting_down_stop_the_work(qtbot) -> None:
    runner = Runner()
    started = threading.Event()

    def slow(task):
        started.set()
        while not task.cancelled():
            QThread.msleep(5)
        return "stopped"

    results: list[str] = []
    task = runner.start(slow, results.append)
    assert started.wait(5)
    task.cancel()
    qtbot.waitUntil(lambda: results == ["stopped"])
    started.clear()  # (set by the first task: the wait below is for the second one)
    runner.start(slow)
    assert started.wait(5)
    assert runner.shutdown(5000)  # cancels what still runs, then waits
    assert runner.pool.activeThreadCount() == 0


def test_a_withdrawn_request_stops_and_its_answer_never_arrives(qtbot) -> None:
    """Clearing the search box takes the running search back: it stops, and its late answer
    does not fill the emptied result list."""
    runner = Runner()
    started = threading.Event()
    stopped: list[bool] = []

    def slow(task):
        started.set()
        while not task.cancelled():
            QThread.msleep(5)
        stopped.append(True)
        return "late answer"

    answers: list[str] = []
    runner.start(slow, answers.append, supersede="search")
    assert started.wait(5)
    runner.withdraw("search")
    qtbot.waitUntil(lambda: stopped == [True])
    qtbot.waitUntil(lambda: not runner.busy)
    assert answers == []
    runner.start(lambda task: "next", answers.append, supersede="search")
    qtbot.waitUntil(lambda: answers == ["next"])
    assert runner.shutdown(5000)


def test_synchronous_runner_for_tests(qtbot) -> None:
    runner = Runner(synchronous=True)
    out: list[int] = []
    runner.start(lambda task: 7, out.append)
    assert out == [7]


@pytest.mark.parametrize(("text", "rtl"), [
    ("اردو متن", True), ("English text", False), ("123 اردو", True), ("123 abc", False),
    ("«اردو»", True), ("", True), ("\u2066abc\u2069 اردو", True), ("עברית", True),
    # a Latin word first does not turn an Urdu line around, nor an Urdu word an English one
    ("M&P ٹیکنو موبائل نے نیا فون متعارف کرا دیا…", True),
    ("cnnurdu کی رپورٹ کے مطابق حکومت نے فیصلہ کیا", True),
    ("Image caption", False),
    ("کراچی: The match was played in front of a full stadium", False),
])
def test_direction_comes_from_most_of_the_letters(text: str, rtl: bool) -> None:
    assert textdir.is_rtl(text) is rtl


def test_a_short_even_mix_runs_with_the_article() -> None:
    assert textdir.is_rtl("BBC اردو", default=True) is True
    assert textdir.is_rtl("BBC اردو", default=False) is False


def test_python_offsets_map_to_document_positions() -> None:
    plain = "اردو abc"
    assert utf16_mapper(plain)(4) == 4
    emoji = "a😀b اردو"
    to_doc = utf16_mapper(emoji)
    assert to_doc(1) == 1 and to_doc(2) == 3 and to_doc(len(emoji)) == len(emoji) + 1


def test_theme_never_starts_a_listener_thread(qapp) -> None:
    from reader_app.ui.theme import ThemeManager

    before = set(threading.enumerate())
    manager = ThemeManager()
    for mode in ("auto", "dark", "light", "auto"):
        manager.apply(mode)
    assert set(threading.enumerate()) <= before
    import qdarktheme._main as main

    assert main._listener is None


def test_the_interface_language_follows_the_system_unless_chosen(monkeypatch) -> None:
    from PySide6.QtCore import QLocale

    from reader_app.ui import i18n

    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("ur_PK")))
    assert i18n.resolve("system") == "ur"
    assert i18n.resolve("en") == "en"
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("de_DE")))
    assert i18n.resolve("system") == "en"
    assert i18n.resolve("ur") == "ur"
