"""``reader-app --smoke-test``: the real window, offscreen, with a fresh data folder.

It does what a first-time user does (wait for the library, open the seed, search, open the
hit, export a PDF) and exits 0, or non-zero with the reason.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path

DEADLINE_S = 55.0
QUERY = "وزیر دفاع"


class SmokeFailure(Exception):
    pass


def run_smoke(qt_args: list[str]) -> int:
    tmp = Path(tempfile.mkdtemp(prefix="urdu-reader-smoke-"))
    # Before anything reads them: the person's own data and settings are never touched.
    os.environ["XDG_DATA_HOME"] = str(tmp / "data")
    os.environ["XDG_CONFIG_HOME"] = str(tmp / "config")
    os.environ["XDG_CACHE_HOME"] = str(tmp / "cache")
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    try:
        return _Smoke(tmp, qt_args).run()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


class _Smoke:
    def __init__(self, tmp: Path, qt_args: list[str]) -> None:
        self.tmp = tmp
        self.qt_args = qt_args
        self.start = time.monotonic()
        self.errors: list[str] = []

    def say(self, text: str) -> None:
        print(f"[{time.monotonic() - self.start:5.1f} s] {text}", flush=True)

    def wait(self, condition: Callable[[], bool], what: str) -> None:
        from PySide6.QtCore import QEventLoop, QTimer

        while not condition():
            if self.errors:
                raise SmokeFailure(f"an error in the window while waiting for {what}: "
                                   f"{self.errors[0]}")
            if time.monotonic() - self.start > DEADLINE_S:
                raise SmokeFailure(f"timed out waiting for {what}")
            loop = QEventLoop()
            QTimer.singleShot(20, loop.quit)
            loop.exec()

    def run(self) -> int:
        from PySide6.QtCore import qInstallMessageHandler

        def qt_message(_kind, _context, message: str) -> None:
            if "does not support" not in message:  # the offscreen plugin's own notes
                print(f"Qt: {message}", file=sys.stderr, flush=True)

        qInstallMessageHandler(qt_message)
        previous_hook = sys.excepthook
        sys.excepthook = lambda kind, exc, tb: self.errors.append(
            "".join(traceback.format_exception(kind, exc, tb)).strip())
        try:
            self.check()
        except SmokeFailure as exc:
            print(f"smoke test FAILED: {exc}", file=sys.stderr, flush=True)
            return 1
        except Exception:  # report any crash as a failure with its reason
            print("smoke test FAILED with an error:\n" + traceback.format_exc(), file=sys.stderr)
            return 1
        finally:
            sys.excepthook = previous_hook
        self.say("smoke test passed")
        return 0

    def check(self) -> None:
        from reader_app.core.library import Article, read_article
        from reader_app.core.options import FONT
        from reader_app.core.paths import default_index_dir, seeds_dir
        from reader_app.ui.app import build_window, create_application
        from reader_app.ui.settings import Settings

        app = create_application(self.qt_args)
        window = build_window(app, Settings(self.tmp / "config" / "settings.ini"))
        window.show()
        window.start()
        self.say(f"window shown; indexing into {default_index_dir()}")
        seeds = sorted(seeds_dir().glob("*.txt"))
        if not seeds:
            raise SmokeFailure(f"no seed article in {seeds_dir()}")
        seed = read_article(seeds[0])
        if not isinstance(seed, Article):
            raise SmokeFailure(f"the seed cannot be read: {seed}")

        lib = window.library
        self.wait(lambda: lib.ready and lib.refresh_count > 0 and not window.runner.busy,
                  "the first index")
        pane = window.library_pane
        if pane.model.row_of(seed.id) < 0:
            raise SmokeFailure("the seed is not in the article list after indexing")
        self.say(f"indexed: {pane.model.rowCount()} article(s) listed")

        pane.set_filter("")
        if not pane.select_id(seed.id):
            raise SmokeFailure("the seed row cannot be selected")
        self.wait(lambda: window.article is not None and window.article.id == seed.id,
                  "the seed to open")
        # under the heading (title, source and date), the article's text exactly
        viewer = window.viewer
        shown = viewer.shown_body().replace("\u00a0", " ")
        if shown != viewer.body_text().replace("\u00a0", " ") or \
                not seed.text.endswith(viewer.body_text()):
            raise SmokeFailure("the viewer does not show the seed's text exactly")
        self.say("opened the seed")

        search = window.search_pane
        search.query_edit.setText(QUERY)
        self.wait(lambda: search.response is not None and not search.searching
                  and search.response.query.strip() == QUERY, "search results")
        paths = [hit.path for hit in search.hits]
        if seed.path not in paths:
            raise SmokeFailure(f"searching {QUERY!r} did not find the seed ({paths})")
        window.open_result(paths.index(seed.path))
        self.wait(lambda: window.viewer.hit_count > 0, "the hits to be highlighted")
        self.say(f"search found the seed; {window.viewer.hit_count} hit(s) highlighted")

        out = self.tmp / "smoke.pdf"
        outcome: list[str] = []
        window.exporter.finished.connect(lambda _path: outcome.append("ok"))
        window.exporter.failed.connect(lambda message: outcome.append(message))
        window.exporter.failed.disconnect(window._export_failed)  # no modal box here
        window.exporter.export(seed, out, FONT.default)
        self.wait(lambda: bool(outcome), "the PDF export")
        if outcome[0] != "ok":
            raise SmokeFailure(f"the PDF export failed: {outcome[0]}")
        if not out.exists() or not out.read_bytes().startswith(b"%PDF"):
            raise SmokeFailure("the PDF export wrote no PDF")
        self.say(f"exported a PDF ({out.stat().st_size} bytes)")

        window.close()
        self.wait(lambda: not window.isVisible(), "the window to close")
        if not window.runner.pool.waitForDone(5000):
            raise SmokeFailure("worker threads were still running after the window closed")
        self.say("window closed; no worker left running")
