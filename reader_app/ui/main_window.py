"""The main window: article list and search on one side, the article on the other.

It wires the panes to each other and to the library; the panes, the viewer and the
workers do the work. Nothing here blocks: files are read, the index is opened, refreshed
and searched in workers, and answers that arrive late are dropped.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QEvent, QLocale, Qt, QTimer
from PySide6.QtGui import (
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QMoveEvent,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QToolButton,
)

from reader_app.core.library import Article, Skipped, read_article
from reader_app.core.options import ZOOM
from reader_app.core.results import ArticleInfo
from reader_app.core.text.highlight import find_ranges
from reader_app.ui import fonts
from reader_app.ui.actions import Actions
from reader_app.ui.columns import DATASET_SUFFIXES, ColumnsDialog, read_columns
from reader_app.ui.dialogs import AboutDialog, SkippedDialog, skipped_counts
from reader_app.ui.export import Exporter
from reader_app.ui.folders import FoldersDialog
from reader_app.ui.i18n import Retranslating, Translations, fill, render
from reader_app.ui.library import Library
from reader_app.ui.library_pane import LibraryPane
from reader_app.ui.models.article_model import ArticleTableModel
from reader_app.ui.progress import TaskProgress
from reader_app.ui.read_aloud import ReadAloud
from reader_app.ui.reader_tools import ReaderTools
from reader_app.ui.search_pane import SearchPane
from reader_app.ui.settings import Settings
from reader_app.ui.shortcuts_dialog import ShortcutsDialog
from reader_app.ui.theme import ThemeManager
from reader_app.ui.viewer import ArticleViewer
from reader_app.ui.watcher import FolderWatcher
from reader_app.ui.workers import Runner

FIRST, LAST, KEEP = "first", "last", "keep"  # where an opened article scrolls to
STATE_SAVE_DELAY_MS = 400
HITS_AT_ONCE = 100_000  # characters of an article whose hits are found on the UI thread


class MainWindow(Retranslating, QMainWindow):
    def __init__(self, settings: Settings, *, index_dir: Path | None = None,
                 runner: Runner | None = None, theme: ThemeManager | None = None,
                 translations: Translations | None = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.settings = settings
        self.runner = runner or Runner(parent=self)
        self.theme = theme or ThemeManager(self)
        self.translations = translations or Translations(self)
        self.library = Library(self.runner, settings, index_dir, self)
        self.exporter = Exporter(self.runner, self)
        self.watcher = FolderWatcher(self.runner, self)
        self.folders_dialog: FoldersDialog | None = None
        self.article: Article | None = None
        self._closed = False
        self._stopped = True
        self._restored = False
        self._shown = False

        self.library_pane = LibraryPane(self)
        self.search_pane = SearchPane(self.library, self)
        self.viewer = ArticleViewer(self)
        self.side = QSplitter(Qt.Orientation.Vertical, self)
        self.side.setObjectName("sideSplitter")
        self.side.addWidget(self.search_pane)
        self.side.addWidget(self.library_pane)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.side)
        self.splitter.addWidget(self.viewer)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)

        self.acts = Actions(self)
        self.acts.build_menus(self.menuBar())
        view = self.acts.menus["viewMenu"]
        view.insertMenu(self.acts.full_screen, self.library_pane.columns_menu)
        view.insertSeparator(self.acts.full_screen)
        self._build_status_bar()
        self._connect()
        self.tools = ReaderTools(self)
        self.speech = ReadAloud(self)
        self.setAcceptDrops(True)
        self._watch_state()
        self._restore()
        self._restored = True
        self.retranslate()

    # -- construction ----------------------------------------------------------------------
    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.notice_label = QLabel(self)
        self.notice_label.setObjectName("noticeLabel")
        self.notice_label.setWordWrap(False)
        self.notice_label.hide()
        self._notice: object = None  # what the notice says: re-rendered on a language switch
        self.hit_label = QLabel(self)
        self.hit_label.setObjectName("hitLabel")
        self.skipped_button = QToolButton(self)
        self.skipped_button.setObjectName("skippedButton")
        self.skipped_button.setAutoRaise(True)
        self.skipped_button.clicked.connect(self.show_skipped)
        self.skipped_button.hide()
        self.count_label = QLabel(self)
        self.count_label.setObjectName("countLabel")
        self.index_progress = TaskProgress("indexProgress", self)
        self.export_progress = TaskProgress("exportProgress", self)
        bar.addWidget(self.notice_label, 1)
        for widget in (self.hit_label, self.index_progress, self.export_progress,
                       self.skipped_button, self.count_label):
            bar.addPermanentWidget(widget)

    def _connect(self) -> None:
        a = self.acts
        a.open_folder.triggered.connect(self.choose_folder)
        a.export_pdf.triggered.connect(self.export_pdf)
        a.print.triggered.connect(self.print_article)
        a.print_preview.triggered.connect(self.print_preview)
        a.quit.triggered.connect(self.close)
        a.find.triggered.connect(self.search_pane.focus_search)
        a.find_next.triggered.connect(lambda: self.step_hit(+1))
        a.find_previous.triggered.connect(lambda: self.step_hit(-1))
        a.filter.triggered.connect(lambda: (self.library_pane.filter_edit.setFocus(),
                                            self.library_pane.filter_edit.selectAll()))
        a.find_in_article.triggered.connect(self.viewer.open_find)
        self.viewer.find_closed.connect(self._results_changed)
        a.next_article.triggered.connect(lambda: self.library_pane.step(+1))
        a.previous_article.triggered.connect(lambda: self.library_pane.step(-1))
        a.zoom_in.triggered.connect(lambda: self.set_zoom(self.settings.zoom + ZOOM.step))
        a.zoom_out.triggered.connect(lambda: self.set_zoom(self.settings.zoom - ZOOM.step))
        a.zoom_reset.triggered.connect(lambda: self.set_zoom(100))
        a.full_screen.toggled.connect(self.set_full_screen)
        a.reindex.triggered.connect(self.library.refresh)
        a.manage_folders.triggered.connect(self.manage_folders)
        a.map_columns.triggered.connect(self.choose_dataset)
        a.map_columns.setEnabled(False)  # until an index that takes a mapping is open
        a.cancel_work.triggered.connect(self.cancel_indexing)
        a.show_skipped.triggered.connect(self.show_skipped)
        a.about.triggered.connect(self.show_about)
        a.shortcuts.triggered.connect(self.show_shortcuts)
        a.fonts.triggered.connect(lambda act: self.set_text_style(font=act.data()))
        a.sizes.triggered.connect(lambda act: self.set_text_style(size=int(act.data())))
        a.spacings.triggered.connect(lambda act: self.set_text_style(spacing=int(act.data())))
        a.themes.triggered.connect(lambda act: self.set_theme(act.data()))
        a.languages.triggered.connect(lambda act: self.set_language(act.data()))

        lib = self.library
        lib.articles_changed.connect(self._articles_changed)
        lib.status.connect(lambda text: self.statusBar().showMessage(text, 8000))
        lib.notice.connect(self._show_notice)
        lib.busy_changed.connect(self._library_busy)
        lib.progress.connect(self.index_progress.update_progress)
        lib.progress.connect(self._index_progress)
        lib.skipped_changed.connect(self._skipped_changed)
        # New or changed files in a library folder: a refresh of that folder, in the
        # background, once the burst of changes is over.
        lib.opened.connect(self._watch_folders)
        lib.opened.connect(lambda: self.acts.map_columns.setEnabled(self._maps_columns()))
        lib.folders_changed.connect(self._watch_folders)
        self.watcher.changed.connect(self.library.refresh)
        self.index_progress.cancel_requested.connect(self.cancel_indexing)
        self.export_progress.cancel_requested.connect(self._cancel_export)
        self.library_pane.article_selected.connect(
            lambda info: self.open_path(info.path, KEEP, info.item))
        self.search_pane.open_requested.connect(
            lambda row, last: self.open_result(row, LAST if last else FIRST))
        self.search_pane.results_changed.connect(self._results_changed)
        self.viewer.hit_changed.connect(self._hit_changed)
        self.viewer.zoom_requested.connect(
            lambda step: self.set_zoom(self.settings.zoom + step * ZOOM.step))
        proxy = self.library_pane.proxy
        for signal in (proxy.rowsInserted, proxy.rowsRemoved, proxy.modelReset,
                       proxy.layoutChanged):
            signal.connect(self._update_count)
        self.theme.changed.connect(self._theme_changed)
        ex = self.exporter
        ex.started.connect(lambda: self.export_progress.start(self.tr("Exporting PDF…")))
        ex.progress.connect(self.export_progress.update_progress)
        ex.finished.connect(self._exported)
        ex.cancelled.connect(lambda: (self.export_progress.finish(), self.statusBar().showMessage(
            self.tr("The export was cancelled."), 8000)))
        ex.failed.connect(self._export_failed)

    def _restore(self) -> None:
        s = self.settings
        if s.geometry is None or not self.restoreGeometry(s.geometry):
            self.resize(1200, 800)
        if s.window_state is not None:
            self.restoreState(s.window_state)
        self.splitter.setSizes(s.splitter_sizes("main") or [420, 780])
        # The search pane holds up to three status lines above its results: give it room.
        self.side.setSizes(s.splitter_sizes("side") or [470, 330])
        self.library_pane.set_filter(s.list_filter)
        self.library_pane.set_sort(*s.sort)
        self.library_pane.set_column_state(s.list_columns)
        self.acts.check(self.acts.themes, s.theme)
        self.acts.check(self.acts.languages, s.language)
        self._theme_changed()
        self.set_text_style()

    def start(self) -> None:
        """Open the library in the background; the window is usable meanwhile."""
        self.library.start()
        self.speech.start()

    # -- text style, theme, language -------------------------------------------------------
    def set_text_style(self, font: str | None = None, size: int | None = None,
                       spacing: int | None = None) -> None:
        s = self.settings
        if font is not None:
            s.font = font
        if size is not None:
            s.font_size = size
        if spacing is not None:
            s.line_spacing = spacing
        self.viewer.set_text_style(s.font, s.font_size, s.line_spacing, s.zoom)
        base = QApplication.font().pointSizeF()
        self.library_pane.set_title_font(fonts.reading_font(s.font, base + 1))
        self.search_pane.set_result_font(fonts.reading_font(s.font, base))
        self.acts.check(self.acts.fonts, s.font)
        self.acts.check(self.acts.sizes, s.font_size)
        self.acts.check(self.acts.spacings, s.line_spacing)

    def set_zoom(self, zoom: int) -> None:
        self.settings.zoom = zoom
        self.set_text_style()
        self.statusBar().showMessage(fill(self.tr("Zoom %1%"), self.settings.zoom),
                                     3000)

    def set_theme(self, mode: str) -> None:
        self.settings.theme = mode
        self.theme.apply(mode)
        self.acts.check(self.acts.themes, self.settings.theme)

    def _theme_changed(self) -> None:
        self.viewer.set_colors(self.theme.colors)
        self.search_pane.set_colors(self.theme.colors)
        if hasattr(self, "tools"):  # (the theme is first applied while the window is built)
            self.tools.theme_changed()

    def set_language(self, language: str) -> None:
        self.settings.language = language
        self.translations.apply(language)
        self.acts.check(self.acts.languages, self.settings.language)
        self.set_text_style()  # list and result fonts follow the interface font's size

    def retranslate(self) -> None:
        self.acts.retranslate()
        self.viewer.retranslate()
        if hasattr(self, "tools"):
            self.tools.retranslate()
        if hasattr(self, "speech"):
            self.speech.retranslate()
        self.menuBar().setAccessibleName(self.tr("Menu bar"))
        self.statusBar().setAccessibleName(self.tr("Status bar"))
        self.side.setAccessibleName(self.tr("Search and article list"))
        self.splitter.setAccessibleName(self.tr("Reader"))
        self.hit_label.setAccessibleName(self.tr("Search hit"))
        self.count_label.setAccessibleName(self.tr("Number of articles"))
        self.notice_label.setAccessibleName(self.tr("Notice"))
        self.skipped_button.setAccessibleName(self.tr("Show skipped files"))
        self.index_progress.finishing = self.tr("Saving the index…")
        self._name_menu_overflow()
        self._update_title()
        self._update_count()
        self._skipped_changed(self.library.skipped)
        if self._notice is not None:
            self._show_notice(self._notice)
        self._hit_changed(self.viewer.current_hit, self.viewer.hit_count)

    def _name_menu_overflow(self) -> None:
        """The menu bar's own overflow button and menu (made when first laid out)."""
        bar = self.menuBar()
        for part in [*bar.findChildren(QToolButton), *bar.findChildren(QMenu)]:
            if not part.objectName().endswith("Menu"):
                part.setAccessibleName(self.tr("More menus"))

    def changeEvent(self, event: QEvent) -> None:
        """Coming back to the window: notes another window or the command line changed
        are shown."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow() \
                and hasattr(self, "tools"):
            self.tools.notes.look_again()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._name_menu_overflow()
        if not self._shown:  # a reader starts by searching: the cursor waits in the search box
            self._shown = True
            self.search_pane.query_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _update_title(self) -> None:
        app_name = self.tr("Urdu Reader")
        self.setWindowTitle(f"{self.article.title} — {app_name}" if self.article else app_name)

    def _update_count(self) -> None:
        total = self.library_pane.model.rowCount()
        shown = self.library_pane.proxy.rowCount()
        text = self.tr("%Ln article(s)", "", total)
        if shown != total:
            text = fill(self.tr("%1 of %2 shown"), QLocale().toString(shown), text)
        self.count_label.setText(text)

    # -- library ---------------------------------------------------------------------------
    def _articles_changed(self, articles: list[ArticleInfo]) -> None:
        """Sort and filter keys are made in a worker; the newest list wins."""
        self.runner.start(lambda _task: ArticleTableModel.prepare(articles),
                          self._rows_ready, self._show_notice, name="prepare list",
                          supersede="list")

    def _rows_ready(self, rows: list) -> None:
        if self._closed:
            return
        first = self.library_pane.model.rowCount() == 0
        self.library_pane.set_rows(rows)
        self._update_count()
        if self.folders_dialog is not None:  # its counts are the list's: refilled with it
            self.folders_dialog.fill()
        if first and self.article is None and self.settings.last_article:
            self.library_pane.select_id(self.settings.last_article)

    def _library_busy(self, busy: bool) -> None:
        if busy:
            self.index_progress.start(self.tr("Indexing"))
        else:
            self.index_progress.finish()
        self.acts.cancel_work.setEnabled(busy)

    def _index_progress(self, done: int, total: int) -> None:
        if total > 0 and done >= total:  # every file read; the index is still being written
            self.statusBar().showMessage(self.index_progress.finishing, 8000)

    def cancel_indexing(self) -> None:
        self.index_progress.cancelling()
        self.library.cancel()

    def show_notice(self, message: object) -> None:
        self._show_notice(message)

    def _show_notice(self, message: object) -> None:
        """Show a notice: a core Message (an index notice, an error) in the interface
        language, or a text the window made itself."""
        self._notice = message
        text = render(message)
        self.notice_label.setText(text)
        self.notice_label.setToolTip(text)
        # A passing status message would be painted over the notice: the notice matters more.
        self.statusBar().clearMessage()
        self.notice_label.show()

    def _skipped_changed(self, skipped: list[Skipped]) -> None:
        files, rows = skipped_counts(skipped)
        parts = ([self.tr("%Ln file(s) skipped", "", files)] if files else []) + (
            [self.tr("%Ln row(s) or entries skipped", "", rows)] if rows else [])
        self.skipped_button.setText(self.tr(", ").join(parts))
        self.skipped_button.setVisible(bool(skipped))

    def show_skipped(self) -> None:
        dialog = SkippedDialog(self.library.skipped, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def show_shortcuts(self) -> None:
        dialog = ShortcutsDialog(self.menuBar(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def show_about(self) -> None:
        dialog = AboutDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _watch_folders(self) -> None:
        if not self._closed:
            self.watcher.set_roots(self.library.folders())

    def articles_below(self, folder: Path) -> int:
        """How many listed articles come from below ``folder``."""
        top = str(folder)
        prefix = top.rstrip(os.sep) + os.sep
        return sum(1 for info in self.library_pane.model.articles()
                   if str(info.path) == top or str(info.path).startswith(prefix))

    def manage_folders(self) -> None:
        """The library's folders, to add, rescan or remove (one dialog, kept while open)."""
        if self.folders_dialog is None:
            self.folders_dialog = FoldersDialog(self.library, self.articles_below, self)
            self.folders_dialog.finished.connect(self._folders_dialog_closed)
        self.folders_dialog.fill()
        self.folders_dialog.open()
        self.folders_dialog.list.setFocus()

    def _folders_dialog_closed(self) -> None:
        if self.folders_dialog is not None:
            self.folders_dialog.deleteLater()
            self.folders_dialog = None

    def _maps_columns(self) -> bool:
        index = self.library.index
        return index is not None and hasattr(index, "set_columns")

    def choose_dataset(self, path: Path | None = None) -> None:
        """Say which column of a dataset file is its title, text, date…: its header is
        read in a worker, then the choice is stored with the index and the file read again."""
        if not self._maps_columns():
            return
        if not isinstance(path, Path):
            folders = self.library.folders()
            patterns = " ".join(f"*{suffix}" for suffix in DATASET_SUFFIXES)
            chosen, _filter = QFileDialog.getOpenFileName(
                self, self.tr("Choose a Dataset File"), str(folders[-1]) if folders else "",
                fill(self.tr("Datasets (%1)"), patterns))
            if not chosen:
                return
            path = Path(chosen)
        self.runner.start(lambda _task: read_columns(path),
                          lambda found: self._ask_columns(path, *found),
                          lambda message: self._show_notice(
                              fill(self.tr("The columns of %1 cannot be read: %2"), path,
                                   message)),
                          name="read columns", readable=(OSError, ValueError))

    def _ask_columns(self, path: Path, names: list[str], samples: dict[str, str]) -> None:
        index = self.library.index
        if self._closed or index is None:
            return
        current = index.columns_for(path) if hasattr(index, "columns_for") else {}
        dialog = ColumnsDialog(path, names, samples, current or {}, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._set_columns(path, dialog.mapping()))
        dialog.open()

    def _set_columns(self, path: Path, mapping: dict[str, str]) -> None:
        from reader_app.core.results import IndexError_

        index = self.library.index
        if index is None or not hasattr(index, "set_columns"):
            return
        try:
            index.set_columns(path, mapping)
        except (IndexError_, OSError, ValueError) as exc:
            self._show_notice(str(exc))
            return
        self.library.rescan(path)

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Add a Folder of Articles"))
        if folder:
            self.add_folder(Path(folder))

    def add_folder(self, folder: Path) -> None:
        if not self.library.add_folder(folder):
            self.statusBar().showMessage(self.tr("That folder is already in the library."), 5000)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        for url in event.mimeData().urls():
            path = Path(url.toLocalFile())
            if path.is_dir():
                self.add_folder(path)
            elif path.suffix.lower() == ".txt":
                self.open_path(path, KEEP)
        event.acceptProposedAction()

    # -- opening articles ------------------------------------------------------------------
    def open_path(self, path: Path, where: str = KEEP, item: int | None = None) -> None:
        """Read the file (or its row or entry ``item``) in a worker and show it; a later
        request wins over this one. An indexed page, item or row comes from the index (row
        99,999 of a large dataset would otherwise be parsed up to it)."""
        index = self.library.index

        def read(_task: object) -> Article | Skipped:
            if index is not None:
                stored = index.stored_article(path, item)
                if stored is not None:
                    return stored
                return read_article(path, item, index.columns_for(path))
            return read_article(path, item)

        self.runner.start(read, lambda result: self._loaded(result, where),
                          self._show_notice, name="read article", supersede="open")

    def _loaded(self, result: Article | Skipped, where: str) -> None:
        if self._closed:
            return
        if isinstance(result, Skipped):
            self._show_notice(fill(self.tr("This article cannot be opened: %1"),
                                   render(result.reason)))
            return
        self._save_position()
        self.tools.leaving()
        self.speech.stop()  # (another article: its words are not this one's)
        self.article = result
        position = self.settings.position(result.id) if where == KEEP else 0
        self.viewer.show_article(result, position)
        self._apply_hits(where)
        self.tools.article_shown(result)
        self.speech.retranslate()  # (Read Aloud is enabled once an article is open)
        self.library_pane.select_id(result.id, notify=False)
        self.settings.last_article = result.id
        self._update_title()

    def _apply_hits(self, where: str) -> None:
        """Mark the search's hits in the open article; in a long one they are found in a
        worker (a 2 MB article took a quarter of a second)."""
        response, article = self.search_pane.response, self.article
        if article is None:
            return
        current = {FIRST: 0, LAST: -1}.get(where)
        if response is None or len(article.text) < HITS_AT_ONCE:
            ranges = find_ranges(article.text, response.patterns) if response else []
            self.viewer.set_hits(ranges, current)
            return
        patterns = response.patterns
        self.runner.start(lambda _task: find_ranges(article.text, patterns),
                          lambda ranges: self._hits_found(article, ranges, current),
                          self._show_notice, name="find hits", supersede="hits")

    def _hits_found(self, article: Article, ranges: list[tuple[int, int]],
                    current: int | None) -> None:
        if not self._closed and self.article is article:
            self.viewer.set_hits(ranges, current)

    def _results_changed(self) -> None:
        self._apply_hits(KEEP)

    def open_result(self, row: int, where: str = FIRST) -> None:
        hits = self.search_pane.hits
        if 0 <= row < len(hits):
            self.search_pane.select_row(row)
            self.open_path(hits[row].path, where, hits[row].item)

    def step_hit(self, step: int) -> None:
        """F3 / Shift+F3: the next hit here, else the first hit of the next result."""
        hits = self.search_pane.hits
        if not hits:
            self.search_pane.focus_search()
            return
        moved = self.viewer.next_hit() if step > 0 else self.viewer.previous_hit()
        if moved:
            return
        ids = [hit.id for hit in hits]  # by id: a dataset's rows share one path
        here = ids.index(self.article.id) if self.article and self.article.id in ids \
            else (-1 if step > 0 else len(hits))
        target = here + step
        if not 0 <= target < len(hits):
            target %= len(hits)
            self.statusBar().showMessage(self.tr("Search wrapped around."), 3000)
        if target == here and self.viewer.hit_count:
            self.viewer.set_hits(self.viewer.article_ranges(), 0 if step > 0 else -1)
            return
        self.open_result(target, FIRST if step > 0 else LAST)


    def _hit_changed(self, current: int, total: int) -> None:
        outside = self.article is not None and self.library_pane.model.row_of(self.article.id) < 0
        number = QLocale().toString
        if not total:
            text = ""
        elif outside:
            # A file opened by itself is not in the library, so the search pane finds nothing
            # while this file has hits: say where the hits are.
            text = self.tr("%Ln hit(s) in this file, which is not in the library", "", total)
        elif current < 0:
            text = self.tr("%Ln hit(s)", "", total)
        else:
            text = fill(self.tr("Hit %1 of %2"), number(current + 1), number(total))
        self.hit_label.setText(text)

    def _save_position(self) -> None:
        if self.article is not None:
            self.settings.set_position(self.article.id, self.viewer.reading_position())

    # -- export and print ------------------------------------------------------------------
    def _need_article(self) -> bool:
        if self.article is None:
            QMessageBox.information(self, self.tr("Urdu Reader"),
                                    self.tr("Open an article first."))
            return False
        return True

    def export_pdf(self) -> None:
        if not self._need_article() or self.article is None:
            return
        path = self.exporter.ask_path(self, self.article)
        if path is not None:
            self.exporter.export(self.article, path, self.settings.font,
                                 byline=self.viewer.byline())

    def _exported(self, path: Path) -> None:
        self.export_progress.finish()
        self.statusBar().showMessage(fill(self.tr("Saved %1"), path), 10000)

    def _export_failed(self, message: str) -> None:
        self.export_progress.finish()
        QMessageBox.warning(self, self.tr("Export to PDF"), render(message))

    def _cancel_export(self) -> None:
        self.export_progress.cancelling()
        self.exporter.cancel()

    def print_article(self, preview: bool = False) -> None:
        """The pages the PDF export makes (laid out in a worker), printed or previewed."""
        if self._need_article() and self.article is not None:
            self.exporter.print_article(self, self.article, self.settings.font,
                                        self.viewer.print_document(), preview=preview,
                                        byline=self.viewer.byline())

    def print_preview(self) -> None:
        self.print_article(preview=True)

    def set_full_screen(self, on: bool) -> None:
        self.showFullScreen() if on else self.showNormal()

    # -- remembering -----------------------------------------------------------------------
    def _watch_state(self) -> None:
        """Layout, sort, filter and reading position are saved shortly after they change,
        not only at quit: a crash or a killed session must not lose them."""
        self._state_timer = QTimer(self)
        self._state_timer.setSingleShot(True)
        self._state_timer.setInterval(STATE_SAVE_DELAY_MS)
        self._state_timer.timeout.connect(self._save_state)
        later = self._state_timer.start
        header = self.library_pane.table.horizontalHeader()
        header.sortIndicatorChanged.connect(lambda *_: later())
        self.library_pane.columns_changed.connect(later)
        self.library_pane.filter_edit.textChanged.connect(lambda *_: later())
        self.splitter.splitterMoved.connect(lambda *_: later())
        self.side.splitterMoved.connect(lambda *_: later())
        self.viewer.verticalScrollBar().valueChanged.connect(lambda *_: later())

    def _save_state(self) -> None:
        if not self._restored:
            return  # restoring sets the very things watched here
        s = self.settings
        self._save_position()
        s.geometry = self.saveGeometry()
        s.window_state = self.saveState()
        s.set_splitter_sizes("main", self.splitter.sizes())
        s.set_splitter_sizes("side", self.side.sizes())
        s.list_filter = self.library_pane.filter_edit.text()
        s.sort = self.library_pane.sort_state()
        s.list_columns = self.library_pane.column_state()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._restored:
            self._state_timer.start()

    def moveEvent(self, event: QMoveEvent) -> None:
        super().moveEvent(event)
        if self._restored:
            self._state_timer.start()

    # -- closing ---------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        self.hide()  # gone for the person at once, whatever is still stopping
        self.shutdown()
        event.accept()

    def shutdown(self) -> bool:
        """Remember the window, stop every worker and close the index; safe to call twice.

        True when every worker stopped within the runner's bound; False when one could not
        (``app.run`` then ends the process without waiting for it)."""
        if self._closed:
            return self._stopped
        self.tools.leaving()
        self.speech.stop()  # no player process outlives the window
        self._closed = True
        self._save_state()
        self.settings.sync()
        self.exporter.cancel()
        self.watcher.stop()
        self.library.stop()
        self._stopped = self.runner.shutdown()
        self.library.close(threads_stopped=self._stopped)
        self.tools.notes.close()
        return self._stopped

    # -- opening what a launch names -------------------------------------------------------
    def open_files(self, paths: list[Path]) -> None:
        """Open what ``reader-app FILE|FOLDER ...`` names, at launch or handed over by a later
        launch (the last file given is the one shown):

        - a folder joins the library, as File › Add Folder does;
        - a file inside the library's folders opens (from the index once it is indexed);
        - an article file of its own (``.txt``, a saved page ``.html``/``.htm``) outside the
          library opens by itself, as a dropped one does, and the library stays as it was;
        - a feed or dataset file (``.rss``/``.atom``/``.rdf``/``.xml``, ``.csv``/``.tsv``,
          ``.json``/``.jsonl``/``.ndjson``) outside the library joins the library as a file
          of its own, and its first article opens.

        Why a feed or dataset joins the library: it holds many articles, and what one opens
        it for is all of them, listed and searchable; the window reaches a row only through
        the index (row 99,999 is never parsed up to), so opened alone it would show its
        first article and nothing else. Why the file and not its folder: the folder is
        usually Downloads or the home folder, full of files nobody asked to index. The core
        takes a file as a library entry, as ``reader-app index FILE.csv`` does, and Library ›
        Library Folders removes it again.
        """
        from reader_app.core.formats.readers import FEED_SUFFIXES, JSON_SUFFIXES, TABLE_SUFFIXES

        many = FEED_SUFFIXES + TABLE_SUFFIXES + JSON_SUFFIXES
        roots = [os.path.realpath(folder) for folder in self.library.folders()]

        def in_library(path: Path) -> bool:
            real = os.path.realpath(path)
            return any(real == root or real.startswith(root.rstrip(os.sep) + os.sep)
                       for root in roots)

        for path in paths:
            path = Path(os.path.abspath(path))
            if path.is_dir():
                self.add_folder(path)
                continue
            if path.suffix.lower() in many and not in_library(path):
                self.library.add_folder(path)
            self.open_path(path, KEEP)
