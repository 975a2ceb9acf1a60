"""Fixtures for driving the real window: isolated settings and index per test, Qt warnings
fail the test, and a factory that opens (and re-opens, for "after a restart") the window."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

pytest.importorskip("PySide6.QtWidgets")

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from reader_app.ui.app import prepare
from reader_app.ui.main_window import MainWindow
from reader_app.ui.settings import Settings

# Said by the offscreen platform plugin itself on every top-level window; not our doing.
BENIGN = [r"This plugin does not support propagateSizeHints\(\)",
          r"This plugin does not support raise\(\)",
          r"This plugin does not support grabbing the keyboard"]


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.qt_log_level_fail("WARNING"))
            item.add_marker(pytest.mark.qt_log_ignore(*BENIGN))


class Launcher:
    """Opens the main window as the app does, with this test's own settings and index."""

    def __init__(self, qapp: QApplication, qtbot, tmp_path: Path) -> None:
        self.qapp = qapp
        self.qtbot = qtbot
        self.settings_path = tmp_path / "config" / "settings.ini"
        self.index_dir = tmp_path / "index"
        self.windows: list[MainWindow] = []

    def settings(self) -> Settings:
        return Settings(self.settings_path)

    def __call__(self, configure: Callable[[Settings], None] | None = None,
                 wait: bool = True) -> MainWindow:
        settings = self.settings()
        if configure:
            configure(settings)
            settings.sync()
        theme, translations = prepare(self.qapp, settings)
        window = MainWindow(settings, index_dir=self.index_dir, theme=theme,
                            translations=translations)
        self.qtbot.addWidget(window)
        self.windows.append(window)
        window.show()
        window.start()
        if wait:
            wait_indexed(self.qtbot, window)
        return window

    def restart(self, window: MainWindow, **kwargs: object) -> MainWindow:
        window.close()
        assert window.runner.pool.activeThreadCount() == 0
        return self(**kwargs)  # type: ignore[arg-type]

    def close_all(self) -> None:
        for window in self.windows:
            window.close()
        # the next test starts from English, light and the system font again
        settings = Settings(self.settings_path.with_name("reset.ini"))
        prepare(self.qapp, settings)


def settled(window: MainWindow) -> bool:
    """Nothing left to show: no refresh runs and every answer of the workers (the list's
    rows are sorted in one after each listing) has reached the window. A refresh's report
    arrives before the rows of its last listing do, so ``not library.busy`` alone is a
    moment in which the list may still show the part before."""
    return not window.library.busy and not window.runner.busy


def wait_indexed(qtbot, window: MainWindow, count: int = 1) -> None:
    qtbot.waitUntil(lambda: window.library.ready and window.library.refresh_count >= count
                    and settled(window), timeout=20000)


class ModalWatch:
    """Closes a modal dialog nobody answers and fails the test with what it said.

    Offscreen, a message box that a test did not expect waits forever for a click: the suite
    hangs until CI's own limit (it did, behind an unexpected export error). A dialog still
    modal after ``PATIENCE`` ticks is rejected, so the test goes on and fails with its text.
    """

    PATIENCE = 20  # ticks of 250 ms: longer than any test's own timer that answers a dialog

    def __init__(self) -> None:
        self.seen: list[str] = []
        self._widget: QWidget | None = None
        self._ticks = 0
        self.timer = QTimer()
        self.timer.setInterval(250)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self) -> None:
        widget = QApplication.activeModalWidget()
        if widget is None or widget is not self._widget:
            self._widget, self._ticks = widget, 0
            return
        self._ticks += 1
        if self._ticks >= self.PATIENCE:
            text = widget.text() if isinstance(widget, QMessageBox) else ""
            self.seen.append(f"{type(widget).__name__} {widget.windowTitle()!r}: {text}")
            self._widget, self._ticks = None, 0
            widget.reject()  # type: ignore[attr-defined]


@pytest.fixture(autouse=True)
def no_unanswered_dialogs(qapp: QApplication) -> Iterator[None]:
    watch = ModalWatch()
    yield
    watch.timer.stop()
    assert not watch.seen, f"a modal dialog waited for an answer: {watch.seen}"


@pytest.fixture
def launch(qapp: QApplication, qtbot, tmp_path: Path) -> Iterator[Launcher]:
    launcher = Launcher(qapp, qtbot, tmp_path)
    yield launcher
    launcher.close_all()


def type_text(widget: QWidget, text: str) -> None:
    """Type any text, key by key (QTest.keyClicks only knows ASCII)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown if not ch.isascii() else 0,
                              Qt.KeyboardModifier.NoModifier, ch)
            QApplication.sendEvent(widget, event)
