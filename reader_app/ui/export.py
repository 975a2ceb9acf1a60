"""File › Export to PDF (through the core's engine, in a worker) and printing with Qt.

The PDF engine is imported only when it is used, so the window works in a build without it
and says so plainly instead of failing to start.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale, QObject, QStandardPaths, Signal
from PySide6.QtGui import QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from reader_app.core.library import Article
from reader_app.ui.workers import Runner, Task

ENGINE = "reader_app.core.export"


def load_engine() -> tuple[Callable[..., object], type[BaseException]] | None:
    """(export_pdf, ExportError) from the core, or None when this build has no PDF export."""
    try:
        module = importlib.import_module(ENGINE)
        return module.export_pdf, module.ExportError
    except (ImportError, AttributeError):
        return None


def default_page_size() -> str:
    system = QLocale.system()
    return "Letter" if system.measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem \
        else "A4"


def suggested_name(article: Article) -> str:
    stem = re.sub(r'[\\/:*?"<>|\s]+', " ", article.title).strip()[:60] or article.path.stem
    return f"{stem}.pdf"


class Exporter(QObject):
    """Runs one export at a time; reports progress, success (the path) or a readable error."""

    started = Signal()
    progress = Signal(int, int)
    finished = Signal(Path)
    cancelled = Signal()
    failed = Signal(str)

    def __init__(self, runner: Runner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.task: Task | None = None
        self._replace: Path | None = None  # the existing file the person agreed to replace

    @property
    def busy(self) -> bool:
        return self.task is not None

    def ask_path(self, parent: QWidget, article: Article) -> Path | None:
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        # The dialog's own question is not asked: the name may still gain ".pdf" below, and
        # the question must be about the file that would really be replaced.
        name, _filter = QFileDialog.getSaveFileName(
            parent, self.tr("Export to PDF"), str(Path(folder) / suggested_name(article)),
            self.tr("PDF documents (*.pdf)"),
            options=QFileDialog.Option.DontConfirmOverwrite)
        if not name:
            return None
        path = Path(name)
        path = path if path.suffix.lower() == ".pdf" else path.with_suffix(".pdf")
        self._replace = None
        if path.exists() or path.is_symlink():
            answer = QMessageBox.question(
                parent, self.tr("Export to PDF"),
                self.tr("%1 already exists. Do you want to replace it?").replace("%1", path.name),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return None
            self._replace = path
        return path

    def export(self, article: Article, out: Path, font: str, page_size: str | None = None) -> bool:
        """Start exporting; False (with ``failed`` emitted) when it cannot start."""
        engine = load_engine()
        if engine is None:
            self.failed.emit(self.tr("PDF export is not available in this build of the reader."))
            return False
        if self.task is not None:
            self.failed.emit(self.tr("An export is already running."))
            return False
        export_pdf, export_error = engine
        size = page_size or default_page_size()
        # Replacing needs the person's yes (asked in ask_path); the engine refuses otherwise.
        replace = {"overwrite": True} if out == self._replace else {}
        self._replace = None

        def job(task: Task) -> bool:
            export_pdf(article.title, article.paragraphs, out, font=font, page_size=size,
                       progress=task.progress, cancelled=task.cancelled, **replace)
            if task.cancelled():
                out.unlink(missing_ok=True)
                return False
            return True

        self.started.emit()
        self.task = self.runner.start(job, lambda ok: self._done(ok, out), self._failed,
                                      self.progress.emit, name="export", readable=(export_error,))
        return True

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def _done(self, ok: object, out: Path) -> None:
        self.task = None
        if ok:
            self.finished.emit(out)
        else:
            self.cancelled.emit()

    def _failed(self, message: str) -> None:
        self.task = None
        self.failed.emit(message)


def _printer() -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    size = QPageSize.PageSizeId.Letter if default_page_size() == "Letter" \
        else QPageSize.PageSizeId.A4
    printer.setPageSize(QPageSize(size))
    return printer


def print_document(parent: QWidget, document: QTextDocument, title: str) -> bool:
    printer = _printer()
    printer.setDocName(title)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    document.print_(printer)
    return True


def preview_document(parent: QWidget, document: QTextDocument, title: str) -> None:
    printer = _printer()
    printer.setDocName(title)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setObjectName("printPreview")
    dialog.paintRequested.connect(document.print_)
    dialog.resize(900, 700)
    dialog.exec()
