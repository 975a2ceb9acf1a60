"""The library's folders: see them, add one, read one again, or take one out of the library.

Removing asks first, and says that the files stay where they are: only the list forgets
them. Both removing and rescanning run in the background (the library's own refresh,
scoped to the folder), so the dialog never waits for the disk.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reader_app.core.library import display_path
from reader_app.ui import textdir
from reader_app.ui.i18n import Retranslating, fill
from reader_app.ui.library import Library
from reader_app.ui.models.article_model import locale_digits

PATH_ROLE = Qt.ItemDataRole.UserRole + 1


def _below(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


class FoldersDialog(Retranslating, QDialog):
    """Lists the library's folders with how many articles each holds."""

    def __init__(self, library: Library, count_below: Callable[[Path], int],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("foldersDialog")
        self.library = library
        self.count_below = count_below
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("folderList")
        self.list.installEventFilter(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("addFolder")
        self.rescan_button = QPushButton(self)
        self.rescan_button.setObjectName("rescanFolder")
        self.remove_button = QPushButton(self)
        self.remove_button.setObjectName("removeFolder")
        for button in (self.add_button, self.rescan_button, self.remove_button):
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
            button.setAutoDefault(False)
        self.buttons.rejected.connect(self.reject)
        self.add_button.clicked.connect(self.add)
        self.rescan_button.clicked.connect(self.rescan)
        self.remove_button.clicked.connect(self.remove)
        self.list.currentRowChanged.connect(lambda _row: self._enable())
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.buttons)
        self.resize(560, 340)
        library.folders_changed.connect(self.fill)  # the counts: the window refills it
        self.retranslate()
        self.fill()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Library Folders"))
        self.intro.setText(self.tr("The reader indexes the articles in these folders and "
                                   "watches them for new and changed files."))
        self.list.setAccessibleName(self.tr("Library folders"))
        self.add_button.setText(self.tr("&Add Folder…"))
        self.rescan_button.setText(self.tr("&Rescan"))
        self.rescan_button.setToolTip(self.tr("Read this folder again for new, changed and "
                                              "removed files"))
        self.remove_button.setText(self.tr("Re&move…"))
        self.remove_button.setToolTip(self.tr("Take this folder out of the library (its files "
                                              "stay on disk)"))
        self.fill()

    def fill(self) -> None:
        current = self.selected()
        self.list.clear()
        for folder in self.library.folders():
            item = QListWidgetItem(fill(
                self.tr("%1 — %Ln article(s)", "", self.count_below(folder)),
                textdir.isolate_path(display_path(folder))))
            item.setData(PATH_ROLE, str(folder))
            item.setToolTip(display_path(folder))
            self.list.addItem(item)
            if current is not None and folder == current:
                self.list.setCurrentItem(item)
        if self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(0)
        self._enable()

    def _enable(self) -> None:
        chosen = self.selected() is not None
        self.rescan_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def selected(self) -> Path | None:
        item = self.list.currentItem() if hasattr(self, "list") else None
        return Path(item.data(PATH_ROLE)) if item is not None else None

    def select(self, folder: Path) -> bool:
        for row in range(self.list.count()):
            if Path(self.list.item(row).data(PATH_ROLE)) == folder:
                self.list.setCurrentRow(row)
                return True
        return False

    def eventFilter(self, watched: object, event: object) -> bool:
        if (watched is self.list and isinstance(event, QKeyEvent)
                and event.type() == QKeyEvent.Type.KeyPress
                and event.key() == Qt.Key.Key_Delete):
            self.remove()
            return True
        return super().eventFilter(watched, event)  # type: ignore[arg-type]

    # -- actions ---------------------------------------------------------------------------
    def add(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Add a Folder of Articles"))
        if folder and not self.library.add_folder(Path(folder)):
            QMessageBox.information(self, self.windowTitle(),
                                    self.tr("That folder is already in the library."))

    def rescan(self) -> None:
        folder = self.selected()
        if folder is not None:
            self.library.rescan(folder)

    def remove(self) -> None:
        folder = self.selected()
        if folder is None:
            return
        count = locale_digits(QLocale().toString(self.count_below(folder)))
        answer = QMessageBox.question(
            self, self.tr("Remove Folder"),
            fill(self.tr("Remove “%1” from the library?\n\nIts %2 articles leave the list "
                         "and the search; the files themselves stay on disk."),
                 textdir.isolate_path(display_path(folder)), count),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            self.library.remove_folder(folder)
