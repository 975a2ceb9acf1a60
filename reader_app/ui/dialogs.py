"""Small dialogs: About (version and font licences) and the list of skipped files."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reader_app import __version__
from reader_app.core.library import Skipped
from reader_app.ui import fonts
from reader_app.ui.i18n import render
from reader_app.ui.models.article_model import locale_digits


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About Urdu Reader"))
        self.setAccessibleName(self.tr("About Urdu Reader"))
        intro = QLabel(self)
        intro.setTextFormat(Qt.TextFormat.RichText)
        intro.setWordWrap(True)
        intro.setOpenExternalLinks(True)
        version = html.escape(locale_digits(__version__))  # ۰.۱.۰ beside an Urdu name
        intro.setText(
            "<h2>" + self.tr("Urdu Reader") + f" {version}</h2><p>"
            + self.tr("A reader for Urdu news articles: right-to-left Nastaliq text, search "
                      "that understands how Urdu is typed, and PDF export.")
            + "</p><p>"
            + self.tr("Fonts: Noto Nastaliq Urdu, Noto Naskh Arabic and Noto Sans, © Google and "
                      "the Noto project authors, used under the SIL Open Font License 1.1 "
                      "(below).")
            + "</p>")
        intro.setAccessibleName(self.tr("About the program"))
        licence = QPlainTextEdit(self)
        licence.setObjectName("fontLicence")
        licence.setReadOnly(True)
        licence.setPlainText(fonts.licence_text())
        licence.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        licence.setAccessibleName(self.tr("Font licence"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(licence, 1)
        layout.addWidget(buttons)
        self.resize(560, 480)


def skipped_counts(skipped: list[Skipped]) -> tuple[int, int]:
    """(whole files, rows or entries of files that were otherwise added)."""
    return (len({s.path for s in skipped if s.item is None}),
            sum(1 for s in skipped if s.item is not None))


class SkippedDialog(QDialog):
    """The files the last indexing left out, each with its reason."""

    def summary(self, skipped: list[Skipped]) -> str:
        """Whole files and the rows or entries of a dataset or feed are counted apart: a
        file whose one bad row was left out was added (its other rows are in the library)."""
        if not skipped:
            return self.tr("No files were skipped.")
        files, rows = skipped_counts(skipped)
        parts = []
        if files:
            parts.append(self.tr("%Ln file(s) could not be added to the library.", "", files))
        if rows:
            parts.append(self.tr("%Ln row(s) or entries were left out of their files; the rest "
                                 "of each file was added.", "", rows))
        return " ".join(parts)

    def __init__(self, skipped: list[Skipped], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("skippedDialog")
        self.setWindowTitle(self.tr("Skipped files"))
        self.setAccessibleName(self.tr("Skipped files"))
        label = QLabel(self)
        label.setWordWrap(True)
        label.setText(self.summary(skipped))
        self.model = QStandardItemModel(0, 2, self)
        self.model.setHorizontalHeaderLabels([self.tr("File"), self.tr("Reason")])
        for item in skipped:
            path, reason = QStandardItem(str(item.path)), QStandardItem(render(item.reason))
            if self.isRightToLeft():  # an Urdu reason starts at the right, in a table of paths
                reason.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                        | Qt.AlignmentFlag.AlignVCenter)
            for cell in (path, reason):
                cell.setEditable(False)
                cell.setToolTip(render(item.message))
            self.model.appendRow([path, reason])
        self.table = QTableView(self)
        self.table.setObjectName("skippedTable")
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Skipped files and reasons"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # paths read left to right
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.resizeSection(0, 420)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(720, 360)
