"""File › Export to PDF (through the core's engine, in a worker) and printing.

Printing paints the pages the PDF export lays out (the core's layout, run in a worker): the
same page size, margins, heading, line breaks and Urdu page numbers, drawn glyph by glyph
from the same font files, so a print preview shows what the exported PDF shows. The PDF
engine is imported only when it is used, so the window works in a build without it (and
prints the viewer's text with Qt then) and says so plainly instead of failing to start.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale, QObject, QPointF, QStandardPaths, Signal
from PySide6.QtGui import QColor, QGlyphRun, QPageSize, QPainter, QRawFont, QTextDocument
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


def load_layout() -> Callable[..., tuple[list, object]] | None:
    """The core's page layout (``lay_out``), or None when this build has no PDF export."""
    try:
        return importlib.import_module(ENGINE + ".exporter").lay_out
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
    failed = Signal(object)  # str, or the core's Message: shown through i18n.render

    def __init__(self, runner: Runner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.task: Task | None = None
        self.last_folder: Path | None = None  # where this session last saved a PDF
        self._replace: Path | None = None  # the existing file the person agreed to replace

    def proposed_folder(self) -> Path:
        """Where the save dialog opens: the last export's folder, else Documents, else home.

        A Documents folder that does not exist (a fresh account) made the dialog fall back
        to the folder the program was started from.
        """
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        for folder in (self.last_folder, Path(documents) if documents else None):
            if folder is not None and folder.is_dir():
                return folder
        return Path.home()

    def ask_path(self, parent: QWidget, article: Article) -> Path | None:
        # The dialog's own question is not asked: the name may still gain ".pdf" below, and
        # the question must be about the file that would really be replaced.
        name, _filter = QFileDialog.getSaveFileName(
            parent, self.tr("Export to PDF"), str(self.proposed_folder() / suggested_name(article)),
            self.tr("PDF documents (*.pdf)"),
            options=QFileDialog.Option.DontConfirmOverwrite)
        if not name:
            return None
        path = Path(name)
        if any(c in path.name for c in "*?["):  # a pattern typed as the name: not a file
            QMessageBox.warning(parent, self.tr("Export to PDF"), self.tr(
                "%1 is a pattern, not a file name: export again and give the PDF a name.")
                .replace("%1", path.name))
            return None
        path = path if path.suffix.lower() == ".pdf" else path.with_suffix(".pdf")
        self.last_folder = path.parent
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

    def export(self, article: Article, out: Path, font: str, page_size: str | None = None,
               byline: str | None = None) -> bool:
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
                       progress=task.progress, cancelled=task.cancelled, byline=byline,
                       **replace)
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

    def print_article(self, parent: QWidget, article: Article, font: str, fallback: QTextDocument,
                      preview: bool = False, byline: str | None = None) -> None:
        """Lay the article out as the PDF is (in a worker), then print or preview those pages.

        Without the PDF engine the viewer's document is printed by Qt instead.
        """
        lay_out, engine = load_layout(), load_engine()
        if lay_out is None or engine is None:
            (preview_document if preview else print_document)(parent, fallback, article.title)
            return
        size = default_page_size()

        def job(_task: Task) -> object:
            return lay_out(article.title, article.paragraphs, font=font, page_size=size,
                           byline=byline)

        def done(result: object) -> None:
            pages, geo = result  # type: ignore[misc]
            (preview_pages if preview else print_pages)(parent, pages, geo, article.title)

        self.runner.start(job, done, self.failed.emit, name="print layout", readable=(engine[1],))

    def _done(self, ok: object, out: Path) -> None:
        self.task = None
        if ok:
            self.finished.emit(out)
        else:
            self.cancelled.emit()

    def _failed(self, message: str) -> None:
        self.task = None
        self.failed.emit(message)


def paint_pages(printer: QPrinter, pages: list, geo: object) -> None:
    """Paint laid-out pages (PDF points, y up) on the printer, one page per sheet, scaled to
    fit when the paper chosen is not the one laid out for; honours a chosen page range."""
    first = max(printer.fromPage(), 1)
    last = printer.toPage() or len(pages)
    painter = QPainter()
    if not painter.begin(printer):
        return
    paper = printer.paperRect(QPrinter.Unit.DevicePixel)
    scale = min(paper.width() / geo.width, paper.height() / geo.height)  # type: ignore[attr-defined]
    fonts: dict[tuple[str, float], QRawFont] = {}
    printed = 0
    for page in pages[first - 1:last]:
        if printed:
            printer.newPage()
        printed += 1
        painter.save()
        painter.scale(scale, scale)
        for line in [*page.lines, *page.folio]:
            _paint_line(painter, line, geo.height, fonts)  # type: ignore[attr-defined]
        painter.restore()
    painter.end()


def _paint_line(painter: QPainter, line: object, height: float,
                fonts: dict[tuple[str, float], QRawFont]) -> None:
    """One set line: each piece's glyphs where the PDF draws them (see core.export.document)."""
    for placed in line.pieces:  # type: ignore[attr-defined]
        piece = placed.piece
        key = (str(piece.face.path), line.size)  # type: ignore[attr-defined]
        raw = fonts.get(key)
        if raw is None:
            raw = fonts[key] = QRawFont(key[0], key[1])
        k = line.size / piece.face.upem  # type: ignore[attr-defined]
        pen = placed.x
        indexes, positions = [], []
        for g in piece.glyphs:
            indexes.append(g.gid)
            positions.append(QPointF(pen + g.dx * k, height - line.baseline - g.dy * k))  # type: ignore[attr-defined]
            pen += g.advance * k
        run = QGlyphRun()
        run.setRawFont(raw)
        run.setGlyphIndexes(indexes)
        run.setPositions(positions)
        painter.setPen(QColor(0, 0, 0))
        painter.drawGlyphRun(QPointF(0, 0), run)


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


def _page_printer(title: str) -> QPrinter:
    printer = _printer()
    printer.setDocName(title)
    printer.setFullPage(True)  # the layout has its own margins, measured from the paper's edge
    return printer


def print_pages(parent: QWidget, pages: list, geo: object, title: str) -> bool:
    printer = _page_printer(title)
    dialog = QPrintDialog(printer, parent)
    dialog.setMinMax(1, len(pages))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    paint_pages(printer, pages, geo)
    return True


def preview_pages(parent: QWidget, pages: list, geo: object, title: str) -> None:
    printer = _page_printer(title)
    printer.setFromTo(0, 0)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setObjectName("printPreview")
    dialog.paintRequested.connect(lambda target: paint_pages(target, pages, geo))
    dialog.resize(900, 700)
    dialog.exec()


def preview_document(parent: QWidget, document: QTextDocument, title: str) -> None:
    printer = _printer()
    printer.setDocName(title)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setObjectName("printPreview")
    dialog.paintRequested.connect(document.print_)
    dialog.resize(900, 700)
    dialog.exec()
