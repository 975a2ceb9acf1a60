"""The window's actions and menus, with the platform's standard shortcuts.

Texts are set in ``retranslate`` so a change of interface language relabels everything.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction, QActionGroup, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit, QMenu, QMenuBar, QWidget

from reader_app.core.options import (
    FONT,
    FONT_SIZE,
    HIGHLIGHT,
    LABEL_CONTEXT,
    LANGUAGE,
    LINE_SPACING,
    SPEECH_RATE,
    THEME,
    Choice,
    Steps,
)
from reader_app.ui.i18n import fill

Key = QKeySequence.StandardKey


def _keys(*keys: Key | str) -> list[QKeySequence]:
    """Standard keys first (what the platform expects), then fixed ones; no duplicates."""
    found: list[QKeySequence] = []
    for key in keys:
        sequences = QKeySequence.keyBindings(key) if isinstance(key, Key) else [QKeySequence(key)]
        for seq in sequences:
            if not seq.isEmpty() and all(seq != other for other in found):
                found.append(seq)
    return found


class Actions(QObject):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window

        def action(name: str, *keys: Key | str, checkable: bool = False) -> QAction:
            act = QAction(window)
            act.setObjectName(name)
            act.setShortcuts(_keys(*keys))
            act.setCheckable(checkable)
            window.addAction(act)  # shortcuts work even with the menu bar hidden (full screen)
            return act

        self.open_folder = action("openFolder", Key.Open)
        self.export_pdf = action("exportPdf", "Ctrl+E")
        self.print = action("print", Key.Print)
        self.print_preview = action("printPreview", "Ctrl+Shift+P")
        self.quit = action("quit", Key.Quit, "Ctrl+Q")
        self.find = action("find", Key.Find, "Ctrl+K")
        self.find_next = action("findNext", Key.FindNext, "F3")
        self.find_previous = action("findPrevious", Key.FindPrevious, "Shift+F3")
        self.filter = action("filter", "Ctrl+L")
        self.find_in_article = action("findInArticle", "Ctrl+Shift+F", "Ctrl+J")
        self.next_article = action("nextArticle", "Ctrl+PgDown", "Alt+Down")
        self.previous_article = action("previousArticle", "Ctrl+PgUp", "Alt+Up")
        self.zoom_in = action("zoomIn", Key.ZoomIn, "Ctrl+=")
        self.zoom_out = action("zoomOut", Key.ZoomOut)
        self.zoom_reset = action("zoomReset", "Ctrl+0")
        self.full_screen = action("fullScreen", Key.FullScreen, "F11", checkable=True)
        self.reindex = action("reindex", Key.Refresh, "F5")
        self.manage_folders = action("manageFolders", "Ctrl+Shift+O")
        self.map_columns = action("mapColumns")
        self.cancel_work = action("cancelWork")
        self.show_skipped = action("showSkipped")
        self.about = action("about")
        self.shortcuts = action("shortcuts", Key.HelpContents, "F1")
        # Notes and highlights (issue 26), and going back to what was read.
        self.highlight = action("highlight", "Ctrl+Shift+H")
        self.add_note = action("addNote", "Ctrl+Shift+M")
        self.bookmark = action("bookmark", "Ctrl+D")
        self.remove_mark = action("removeMark")
        self.show_notes = action("showNotes", "Ctrl+Shift+N", checkable=True)
        self.export_notes = action("exportNotes")
        self.back = action("back", Key.Back, "Alt+Left")
        self.forward = action("forward", Key.Forward, "Alt+Right")
        self.toggle_read = action("toggleRead", "Ctrl+Shift+U")
        self.recent_menu = QMenu(window)
        self.recent_menu.setObjectName("recentMenu")
        # Reading aloud (issue 28).
        self.read_aloud = action("readAloud", "Ctrl+Shift+R")
        self.stop_reading = action("stopReading", "Ctrl+.")
        self.voice_menu = QMenu(window)
        self.voice_menu.setObjectName("voiceMenu")
        self.voices = QActionGroup(window)
        self.voices.setExclusive(True)

        # The View menu's choices, one group each, their values and labels from core/options.
        self.fonts = self._group("font", FONT)
        self.sizes = self._group("size", FONT_SIZE)
        self.spacings = self._group("spacing", LINE_SPACING)
        self.themes = self._group("theme", THEME)
        self.languages = self._group("language", LANGUAGE)
        self.colours = self._group("highlight", HIGHLIGHT)
        self.speech_rates = self._group("speechRate", SPEECH_RATE)
        self._choices = {"fontMenu": (self.fonts, FONT), "sizeMenu": (self.sizes, FONT_SIZE),
                         "spacingMenu": (self.spacings, LINE_SPACING),
                         "themeMenu": (self.themes, THEME),
                         "languageMenu": (self.languages, LANGUAGE),
                         "highlightMenu": (self.colours, HIGHLIGHT),
                         "speechRateMenu": (self.speech_rates, SPEECH_RATE)}

        self.menus: dict[str, QMenu] = {}
        self.retranslate()
        # The window's shortcuts win over a text box's own Emacs-style keys (Ctrl+E is "end
        # of line" and Ctrl+K "delete to the end" in a QLineEdit on Linux): focus starts in
        # the search box, and there Ctrl+E must export, as it does everywhere else.
        for box in window.findChildren(QLineEdit):
            box.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent)
                and isinstance(watched, QLineEdit)):
            pressed = QKeySequence(event.keyCombination())
            if any(seq == pressed for act in self.window.actions() if act.isEnabled()
                   for seq in act.shortcuts()):
                event.ignore()  # not the box's: the shortcut goes to the window's action
                return True
        return super().eventFilter(watched, event)

    def _group(self, name: str, option: Choice | Steps) -> QActionGroup:
        group = QActionGroup(self.window)
        group.setObjectName(name)
        group.setExclusive(True)
        for value in option.values:
            act = QAction(group)
            act.setObjectName(f"{name}_{value}")
            act.setCheckable(True)
            act.setData(str(value))
        return group

    @staticmethod
    def _label(option: Choice | Steps, value: str) -> str:
        """A menu entry's text: the option's label for the value, translated."""
        if isinstance(option, Steps):  # a number, so fill() writes it in the locale's digits
            return fill(QCoreApplication.translate(LABEL_CONTEXT, option.label), int(value))
        return QCoreApplication.translate(LABEL_CONTEXT, option.labels[value])

    @staticmethod
    def check(group: QActionGroup, value: object) -> None:
        for act in group.actions():
            act.setChecked(act.data() == str(value))

    def build_menus(self, bar: QMenuBar) -> None:
        def menu(name: str) -> QMenu:
            m = bar.addMenu("")
            m.setObjectName(name)
            self.menus[name] = m
            return m

        file = menu("fileMenu")
        file.addActions([self.open_folder, self.export_pdf])
        file.addMenu(self.recent_menu)
        self.menus["recentMenu"] = self.recent_menu
        file.addSeparator()
        file.addActions([self.print, self.print_preview])
        file.addSeparator()
        file.addAction(self.quit)
        edit = menu("editMenu")
        edit.addActions([self.find, self.find_next, self.find_previous, self.find_in_article])
        edit.addSeparator()
        edit.addAction(self.filter)
        edit.addActions([self.next_article, self.previous_article])
        edit.addSeparator()
        edit.addActions([self.back, self.forward])
        notes = menu("notesMenu")
        notes.addAction(self.highlight)
        colours = notes.addMenu("")
        colours.setObjectName("highlightMenu")
        colours.addActions(self.colours.actions())
        self.menus["highlightMenu"] = colours
        notes.addActions([self.add_note, self.bookmark, self.remove_mark])
        notes.addSeparator()
        notes.addActions([self.toggle_read, self.show_notes, self.export_notes])
        listen = menu("listenMenu")
        listen.addActions([self.read_aloud, self.stop_reading])
        listen.addSeparator()
        rates = listen.addMenu("")
        rates.setObjectName("speechRateMenu")
        rates.addActions(self.speech_rates.actions())
        self.menus["speechRateMenu"] = rates
        listen.addMenu(self.voice_menu)
        self.menus["voiceMenu"] = self.voice_menu
        view = menu("viewMenu")
        view.addActions([self.zoom_in, self.zoom_out, self.zoom_reset])
        view.addSeparator()
        for names in (("fontMenu", "sizeMenu", "spacingMenu"), ("themeMenu", "languageMenu")):
            for name in names:
                sub = view.addMenu("")
                sub.setObjectName(name)
                sub.addActions(self._choices[name][0].actions())
                self.menus[name] = sub
            view.addSeparator()
        view.addAction(self.full_screen)
        library = menu("libraryMenu")
        library.addActions([self.open_folder, self.manage_folders, self.map_columns,
                            self.reindex, self.cancel_work])
        library.addSeparator()
        library.addAction(self.show_skipped)
        help_menu = menu("helpMenu")
        help_menu.addActions([self.shortcuts, self.about])
        self.retranslate()

    def retranslate_one(self, act: QAction) -> None:
        """An action's label (and tooltip) as the language has it, its shortcut shown."""
        text = self._texts.get(act)
        if text is None:
            return
        act.setToolTip(text.replace("&", "").rstrip("…"))
        shortcut = act.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        if shortcut:
            # The menu shows what follows a tab as the shortcut; isolated left-to-right
            # so that "Ctrl++" does not turn into "++Ctrl" in the Urdu (RTL) menus.
            text = f"{text}\t\u2066{shortcut}\u2069"
        act.setText(text)

    def retranslate(self) -> None:
        texts = {
            self.open_folder: self.tr("&Add Folder to Library…"),
            self.export_pdf: self.tr("&Export to PDF…"),
            self.print: self.tr("&Print…"),
            self.print_preview: self.tr("Print Pre&view…"),
            self.quit: self.tr("&Quit"),
            self.find: self.tr("&Find…"),
            self.find_next: self.tr("Find &Next"),
            self.find_previous: self.tr("Find Pre&vious"),
            self.find_in_article: self.tr("Find in &This Article…"),
            self.filter: self.tr("F&ilter Articles"),
            self.next_article: self.tr("Ne&xt Article"),
            self.previous_article: self.tr("Previous Artic&le"),
            self.zoom_in: self.tr("Zoom &In"),
            self.zoom_out: self.tr("Zoom &Out"),
            self.zoom_reset: self.tr("&Actual Size"),
            self.full_screen: self.tr("F&ull Screen"),
            self.reindex: self.tr("&Re-index Library"),
            self.manage_folders: self.tr("Library &Folders (Remove, Rescan)…"),
            self.map_columns: self.tr("&Dataset Columns…"),
            self.cancel_work: self.tr("&Cancel Indexing"),
            self.show_skipped: self.tr("&Skipped Files…"),
            self.about: self.tr("&About Urdu Reader"),
            self.highlight: self.tr("&Highlight Selection"),
            self.add_note: self.tr("Add &Note…"),
            self.bookmark: self.tr("&Bookmark This Place"),
            self.remove_mark: self.tr("&Remove Highlight or Bookmark"),
            self.show_notes: self.tr("Show &Notes"),
            self.export_notes: self.tr("E&xport Notes…"),
            self.back: self.tr("&Back"),
            self.forward: self.tr("&Forward"),
            self.toggle_read: self.tr("Mark as Rea&d or Unread"),
            self.shortcuts: self.tr("&Keyboard Shortcuts"),
            self.read_aloud: self.tr("&Read Aloud"),
            self.stop_reading: self.tr("S&top Reading Aloud"),
        }
        self._texts = texts
        for act in texts:
            self.retranslate_one(act)
        for group, option in self._choices.values():
            for act in group.actions():
                act.setText(self._label(option, act.data()))
        menu_titles = {
            "fileMenu": self.tr("&File"), "editMenu": self.tr("&Edit"),
            "viewMenu": self.tr("&View"), "libraryMenu": self.tr("&Library"),
            "helpMenu": self.tr("&Help"), "notesMenu": self.tr("&Notes"),
            "recentMenu": self.tr("Recent &Articles"),
            "listenMenu": self.tr("Lis&ten"), "voiceMenu": self.tr("&Voice"),
            **{name: QCoreApplication.translate(LABEL_CONTEXT, option.title)
               for name, (_group, option) in self._choices.items()},
        }
        for name, m in self.menus.items():
            m.setTitle(menu_titles[name])
            m.setAccessibleName(menu_titles[name].replace("&", ""))
