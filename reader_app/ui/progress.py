"""A status-bar strip for long work: what is happening, a progress bar and a Cancel button."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QToolButton, QWidget

from reader_app.ui.i18n import Retranslating, fill
from reader_app.ui.keyboard import tab_stop


class TaskProgress(Retranslating, QWidget):
    cancel_requested = Signal()

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.label = QLabel(self)
        self.bar = QProgressBar(self)
        self.bar.setObjectName(f"{name}Bar")
        self.bar.setMaximumWidth(180)
        self.bar.setTextVisible(False)
        self.button = QToolButton(self)
        self.button.setObjectName(f"{name}Cancel")
        self.button.clicked.connect(self.cancel_requested.emit)
        tab_stop(self.button)  # reached by Tab, as every control is
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.button)
        self.what = ""
        self.finishing = ""  # said once every item is done but the work is not (e.g. saving)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.button.setText(self.tr("Cancel"))
        self.button.setAccessibleName(fill(self.tr("Cancel %1"), self.what))
        self.bar.setAccessibleName(fill(self.tr("Progress of %1"), self.what))

    def start(self, what: str) -> None:
        self.what = what
        self.label.setText(what)
        self.bar.setRange(0, 0)  # busy until the first report says how much there is
        self.button.setEnabled(True)
        self.retranslate()
        self.show()

    def update_progress(self, done: int, total: int) -> None:
        """A bar that is full while the work goes on looks stuck: once every item is done,
        the bar turns busy and the label says what is still happening."""
        if total > 0 and done >= total and self.finishing:
            self.bar.setRange(0, 0)
            self.label.setText(self.finishing)
        elif total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))
            self.label.setText(self.what)

    def cancelling(self) -> None:
        self.button.setEnabled(False)

    def finish(self) -> None:
        self.hide()
