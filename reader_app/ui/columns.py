"""Telling the reader which column of a dataset file holds what (title, text, date…).

A CSV or JSON Lines file whose columns have unusual names ("matn", "sarkhi", "col3") is
read only once someone says which column is the text. The dialog shows the file's own
column names with a sample value each; the choice is stored with the index
(``ArticleIndex.set_columns``) and the file's folder is read again.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from reader_app.core.library import display_path
from reader_app.ui import textdir
from reader_app.ui.i18n import Retranslating, fill

HEAD_BYTES = 256 * 1024  # enough for the header and a first row, even a long article
SAMPLE_CHARS = 40
FIELDS = ("title", "text", "date", "source", "url", "author", "category")
DATASET_SUFFIXES = (".csv", ".tsv", ".jsonl", ".ndjson", ".json")


def read_columns(path: Path) -> tuple[list[str], dict[str, str]]:
    """The file's column names and a sample value of each (from its first row); for a
    worker thread. Raises OSError or ValueError when the file cannot be read so."""
    with open(path, "rb") as handle:
        head = handle.read(HEAD_BYTES)
    text = head.decode("utf-8-sig", errors="replace")
    if path.suffix.lower() in (".jsonl", ".ndjson", ".json"):
        line = text.lstrip().lstrip("[").lstrip()
        decoder = json.JSONDecoder()
        row, _end = decoder.raw_decode(line)
        if not isinstance(row, dict):
            raise ValueError("the first entry is not an object with named fields")
        names = [str(k) for k in row]
        return names, {str(k): str(v)[:SAMPLE_CHARS] for k, v in row.items()}
    delimiter = "\t" if path.suffix.lower() == ".tsv" else ","
    if delimiter == ",":
        try:
            delimiter = csv.Sniffer().sniff(text[:8192], delimiters=",;\t|").delimiter
        except csv.Error:
            pass
    csv.field_size_limit(HEAD_BYTES)
    rows = csv.reader(io.StringIO(text), delimiter=delimiter)
    names = next(rows, [])
    first = next(rows, [])
    if not names:
        raise ValueError("the file has no header row")
    return names, {n: (first[i] if i < len(first) else "")[:SAMPLE_CHARS]
                   for i, n in enumerate(names)}


class ColumnsDialog(Retranslating, QDialog):
    """One choice per field: none, or one of the file's columns (shown with a sample)."""

    def __init__(self, path: Path, names: list[str], samples: Mapping[str, str],
                 current: Mapping[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("columnsDialog")
        self.path = path
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)  # a file name is never markup
        form = QFormLayout()
        self.labels: dict[str, QLabel] = {}
        self.boxes: dict[str, QComboBox] = {}
        for field in FIELDS:
            box = QComboBox(self)
            box.setObjectName(f"column_{field}")
            box.addItem("", None)
            for name in names:
                sample = samples.get(name, "")
                box.addItem(f"{name} — {sample}" if sample else name, name)
            chosen = current.get(field)
            if chosen is not None and box.findData(chosen) >= 0:
                box.setCurrentIndex(box.findData(chosen))
            label = QLabel(self)
            label.setBuddy(box)
            form.addRow(label, box)
            self.labels[field], self.boxes[field] = label, box
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self.boxes["text"].currentIndexChanged.connect(lambda _i: self._enable())
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.retranslate()
        self._enable()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Dataset Columns"))
        self.intro.setText(fill(self.tr("Which column of %1 holds what? The text is needed; "
                                        "the rest is optional."),
                                textdir.isolate_path(display_path(self.path))))
        names = {"title": self.tr("&Title:"), "text": self.tr("Te&xt:"),
                 "date": self.tr("&Date:"), "source": self.tr("&Source:"),
                 "url": self.tr("&Web address:"), "author": self.tr("&Author:"),
                 "category": self.tr("&Category:")}
        for field, label in self.labels.items():
            label.setText(names[field])
            self.boxes[field].setAccessibleName(names[field].replace("&", "").rstrip(":"))
            self.boxes[field].setItemText(0, self.tr("(none)"))

    def _enable(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.boxes["text"].currentData() is not None)

    def mapping(self) -> dict[str, str]:
        """Field → column name, for the fields given a column."""
        return {field: box.currentData() for field, box in self.boxes.items()
                if box.currentData() is not None}

    def _accept(self) -> None:
        if self.boxes["text"].currentData() is not None:
            self.accept()
