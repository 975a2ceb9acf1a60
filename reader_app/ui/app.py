"""The one place that wires the shell together: application, fonts, theme, translator,
settings and the main window. ``run`` is what ``reader-app`` calls."""

from __future__ import annotations

import argparse
import logging
import os
import signal
import socket
import sys
import time
from pathlib import Path

from PySide6.QtCore import QSocketNotifier, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from reader_app import APP_NAME, __version__
from reader_app.core.paths import resource_path
from reader_app.ui import fonts
from reader_app.ui.i18n import Translations
from reader_app.ui.main_window import MainWindow
from reader_app.ui.settings import Settings
from reader_app.ui.single_instance import Claim, Outcome, Request, Server, hand_off
from reader_app.ui.theme import ThemeManager

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)
log = logging.getLogger(__name__)


def app_icon() -> QIcon:
    icon = QIcon()
    for size in ICON_SIZES:
        path = resource_path("icons", f"reader-{size}.png")
        if path.exists():
            icon.addFile(str(path))
    svg = resource_path("icons", "reader.svg")
    if icon.isNull() and svg.exists():
        icon.addFile(str(svg))
    return icon


def create_application(qt_args: list[str]) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication([sys.argv[0] if sys.argv else "reader-app", *qt_args])
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("reader-app")  # resources/reader-app.desktop (Wayland app id)
    return app


def prepare(app: QApplication, settings: Settings) -> tuple[ThemeManager, Translations]:
    """Fonts, interface font, translator and theme: everything before the first window."""
    fonts.load_fonts()
    app.setWindowIcon(app_icon())
    # One of each per application, so a second window (or test) reuses, not stacks, them.
    translations = app.findChild(Translations) or Translations(app)
    translations.apply(settings.language)
    theme = app.findChild(ThemeManager) or ThemeManager(app)
    theme.apply(settings.theme)
    return theme, translations


def build_window(app: QApplication, settings: Settings, index_dir: Path | None = None
                 ) -> MainWindow:
    theme, translations = prepare(app, settings)
    return MainWindow(settings, index_dir=index_dir, theme=theme, translations=translations)


def run(args: argparse.Namespace, qt_args: list[str]) -> int:
    """The desktop app (or its smoke test). The smoke test returns its exit code; the app
    ends the process itself once the window has shut down."""
    if getattr(args, "smoke_test", False):
        from reader_app.ui.smoke import run_smoke

        return run_smoke(qt_args)
    started = time.perf_counter()
    level = os.environ.get("READER_LOG", "warning").upper()
    logging.basicConfig(level=getattr(logging, level, logging.WARNING),
                        format="%(levelname)s %(name)s: %(message)s")
    files = [Path(path) for path in getattr(args, "files", None) or []]
    app = create_application(qt_args)
    server = None
    name = getattr(args, "server_name", None)  # cli.run_gui asked for a running copy first
    if name:
        server, handed = serve(name, files, getattr(args, "handoff", None))
        if handed:
            return 0
    window = build_window(app, Settings())
    window.windowTitleChanged.connect(lambda title: log.info("window title: %s", title))
    window.show()
    window.start()
    if server is not None:
        server.received.connect(lambda request: received(window, request))
    window.open_files(files)
    QTimer.singleShot(0, lambda: log.info("window ready in %.0f ms",
                                          (time.perf_counter() - started) * 1000))
    quit_on_signals(window)
    code = app.exec()
    if server is not None:
        server.close()  # at once: a launch from now on starts a copy of its own
    if not window.shutdown():
        # A worker is stuck in a call that cannot be interrupted. Everything the person
        # set is saved and the index commits atomically, so leaving now loses nothing;
        # waiting would keep a windowless process alive.
        log.warning("work still running at quit: leaving without waiting for it")
    # Settings are synced, the index is closed and every worker has stopped (or is
    # abandoned, above): what is left is the interpreter freeing a large library's objects
    # one by one, over a second with 10,000 articles, while the window is already gone.
    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


def serve(name: str, files: list[Path], handoff: Outcome | None) -> tuple[Server | None, bool]:
    """Become the copy later launches hand their paths to: (the server, or None when
    another copy holds the name or no socket can be made; True when this launch's paths
    went to a copy that started meanwhile, and this process should end)."""
    server = Server(name, QGuiApplication.instance())
    claim = server.claim()
    if claim is Claim.TAKEN and handoff is not Outcome.NO_ANSWER:
        # another copy started between this one's hand-off and its claim: hand off again
        if hand_off(name, files) is Outcome.DELIVERED:
            log.info("handed over to a copy that started at the same time")
            return None, True
    if claim is not Claim.LISTENING:
        log.info("another copy holds %s (%s): this window serves no later launch", name,
                 claim.value)
        return None, False
    log.info("single copy: listening on %s", name)
    return server, False


def received(window: MainWindow, request: Request) -> None:
    """A later launch's paths: the window comes to the front and opens them."""
    log.info("handed over by another launch: %s", " ".join(map(str, request.paths)) or "-")
    bring_to_front(window, request.activation_token)
    window.open_files(request.paths)


def bring_to_front(window: MainWindow, activation_token: str = "") -> None:
    """Un-minimise, raise and activate. On Wayland a window may take focus only with the
    launching program's activation token, which Qt's Wayland plugin reads from
    XDG_ACTIVATION_TOKEN when asked to activate (and then forgets)."""
    wayland = QGuiApplication.platformName().startswith("wayland")
    if activation_token and wayland:
        os.environ["XDG_ACTIVATION_TOKEN"] = activation_token
    state = window.windowState()
    if state & Qt.WindowState.WindowMinimized:
        window.setWindowState(state & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()
    if activation_token and wayland:
        os.environ.pop("XDG_ACTIVATION_TOKEN", None)


def quit_on_signals(window: MainWindow) -> None:
    """SIGTERM and SIGINT (a logout, ``kill``, Ctrl+C in a terminal) close the window the
    way Ctrl+Q does, settings saved and work stopped. Python runs signal handlers only
    between bytecodes, so a wake-up socket makes the Qt event loop hand it control."""
    reader, writer = socket.socketpair()
    reader.setblocking(False)
    writer.setblocking(False)
    signal.set_wakeup_fd(writer.fileno())
    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read, window)
    notifier.activated.connect(lambda: reader.recv(64))
    window._signal_wakeup = (reader, writer, notifier)  # kept alive with the window
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, lambda _signum, _frame: window.close())
