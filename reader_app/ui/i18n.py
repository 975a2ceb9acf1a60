"""The interface language: English or Urdu, from the system locale unless chosen in the menu.

Switching installs a new QTranslator; Qt then sends every widget a LanguageChange event and
each retranslates itself. Urdu also mirrors the whole layout (right to left).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, Qt, QTranslator

from reader_app.core import messages as core_messages
from reader_app.core.paths import resource_path

log = logging.getLogger(__name__)

CATALOGUE = "reader"  # resources/translations/reader_<lang>.ts / .qm
# Qt's own texts (its file, print and message dialogs, standard buttons, text context menus)
# in resources/translations/qt_<lang>.ts / .qm: the Qt wheels ship no Urdu catalogue
# (there is no qtbase_ur), so the app carries one. English needs none: it is Qt's own.
QT_CATALOGUE = "qt"
QT_LANGUAGES = ("ur",)


_PLACE = re.compile(r"%([1-9])")


def fill(template: str, *args: object) -> str:
    """A translated template with ``%1``, ``%2``… replaced by ``args``, as QString.arg does.

    One pass, so a filled-in value that itself holds "%2" (a path, a query) is left alone,
    and the places may come in any order: Urdu puts them where its word order wants them.
    A number (an ``int`` or ``float``, not already text) is written as the interface writes
    its counts: in the interface locale's digits and grouping (``QLocale().toString``, Urdu
    digits in the Urdu interface, see :func:`locale_for`), so "Zoom %1%" reads ۱۲۰% there.
    """
    def value(match: re.Match[str]) -> str:
        number = int(match.group(1))
        if number > len(args):
            return match.group(0)
        arg = args[number - 1]
        if isinstance(arg, (int, float)) and not isinstance(arg, bool):
            return locale_number(arg, "")
        return str(arg)

    return _PLACE.sub(value, template)


def locale_number(value: int | float, spec: str) -> str:
    """A number from a core message in the interface locale's digits and grouping: a count
    grouped as the window's other counts are (``{count}``), a number that names a place
    ungrouped (``{item:d}``), a float with the template's decimals (``{size:.1f}``)."""
    locale = QLocale()
    if isinstance(value, int):
        if spec == "d":  # a row, line or item number: "row 1022", not "row 1,022"
            locale.setNumberOptions(locale.numberOptions()
                                    | QLocale.NumberOption.OmitGroupSeparator)
        return locale.toString(value)
    kind = spec[-1] if spec and spec[-1] in "efg" else "g"
    decimals = spec.rstrip("efg").lstrip(",").lstrip(".")
    return locale.toString(float(value), kind, int(decimals) if decimals.isdigit() else 6)


def _translate_core(template: str) -> str:
    return QCoreApplication.translate(core_messages.CONTEXT, template)


def render(message: object, translate: Callable[[str], str] = _translate_core) -> str:
    """What the core said (a :class:`~reader_app.core.messages.Message`: a skip reason, an
    index notice, an export error, a search note) in the interface language: its template
    translated in the "Core" context, numbers in the locale, paths and quoted text as they
    are. Anything else (a plain string from Qt or a worker) is shown as it is; ``None`` as "".

    Every place the window shows a core sentence goes through here, so none is left in
    English in the Urdu interface. ``translate`` (a "Core" template to its translation) is
    for a process without a QCoreApplication (the command line asks its translator)."""
    if message is None:
        return ""
    if isinstance(message, core_messages.ReaderError):
        message = message.message
    if not isinstance(message, core_messages.Message):
        return str(message)
    return message.render(translate, locale_number)


class Retranslating:
    """Mixin for a widget that sets its texts in ``retranslate``: installing a translator
    sends every widget a LanguageChange event, and this relabels the widget then.

    Put it before the Qt class (``class Pane(Retranslating, QWidget)``) so its
    ``changeEvent`` is the one Qt calls.
    """

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)  # type: ignore[misc]


def resolve(language: str) -> str:
    """"en" or "ur" for a setting of "system", "en" or "ur"."""
    if language in ("en", "ur"):
        return language
    return "ur" if QLocale.system().language() == QLocale.Language.Urdu else "en"


def locale_for(language: str) -> QLocale:
    """The interface locale, the one place the window's numbers take their digits from.

    Every count, percentage and status number is written by this locale (``QLocale()``,
    ``%Ln`` in ``tr()``, :func:`fill`, :func:`render`). Qt's ur_PK writes Latin digits
    (CLDR's default numbering system for Pakistan), so an Urdu sentence read "1,022 مضامین"
    beside dates in Urdu digits. Urdu's own Extended Arabic-Indic digits (۰–۹, with ٬ and
    ٫ as separators) are what Qt's ur_IN writes, and Qt offers no "-u-nu-arabext" override,
    so the Urdu interface uses that locale: its month and day names, date and time formats,
    first day of the week and list words are the same as ur_PK's (checked for Qt 6.11);
    only the digits differ. English stays en_GB, Latin digits."""
    return QLocale(QLocale.Language.Urdu, QLocale.Country.India) if language == "ur" \
        else QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


class CatalogueTranslator(QTranslator):
    """A translator that reads its ``.qm`` catalogue from bytes it owns, never from the file.

    ``QTranslator.load(filename)`` maps the file, and every later lookup reads the mapping:
    when the file is rewritten in place while the reader runs (``pyside6-lrelease`` and an
    in-place package upgrade truncate the same inode, then write), the next lookup past the
    file's new end kills the process with SIGBUS. Bytes in memory cannot change under us.

    ``QTranslator.load(data)`` does not copy them: Qt keeps a pointer into the buffer, and
    PySide6 (its ``qtranslator-load`` glue: ``Shiboken::Buffer::getPointer``, which releases
    the buffer view at once) keeps no reference to the Python object. So the bytes are kept
    here, on the translator, for as long as the translator lives: the C++ object is always
    destroyed (and, in its destructor, removed from the application) before its Python
    wrapper lets go of them. ``tests/ui/test_resources_rewritten.py`` shows a translator
    whose bytes were freed returns garbage, and that this one does not.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._catalogues: list[bytes] = []  # every buffer Qt was given, for our whole life

    def load_catalogue(self, path: Path) -> bool:
        """Read ``path`` into memory and use that copy; False when it cannot be read or is
        not a catalogue."""
        try:
            data = path.read_bytes()
        except OSError as exc:
            log.warning("the catalogue %s cannot be read: %s", path, exc)
            return False
        self._catalogues.append(data)  # held before Qt takes the pointer, never dropped
        return self.load(data)


def load_catalogue(language: str, parent: QObject | None = None,
                   catalogue: str = CATALOGUE) -> CatalogueTranslator | None:
    """The translator of ``language`` ("en" or "ur") from the shipped catalogue (the app's
    own, or ``QT_CATALOGUE`` for Qt's texts), or None (logged) when it is missing. English
    too has an app catalogue: it holds the plural forms."""
    translator = CatalogueTranslator(parent)
    path = resource_path("translations", f"{catalogue}_{language}.qm")
    if translator.load_catalogue(path):
        return translator
    log.warning("no %s translation in %s", language, path)
    translator.deleteLater()
    return None


_CATALOGUES: dict[str, CatalogueTranslator | None] = {}


def translate_in(language: str, context: str, text: str) -> str:
    """``text`` in ``language`` whatever the interface's language is: for what is made in
    the article's own language (an Urdu article's PDF heading). English, or a text without
    a translation, is the source itself."""
    if language not in _CATALOGUES:
        _CATALOGUES[language] = load_catalogue(language)
    translator = _CATALOGUES[language]
    found = translator.translate(context, text) if translator is not None else ""
    return found or text


def load_qt_catalogue(language: str, parent: QObject | None = None
                      ) -> CatalogueTranslator | None:
    """The translator of Qt's own texts in ``language`` (``qt_ur.qm``, shipped beside the
    app's catalogues, so the wheel and the bundle carry it), or None for a language that
    needs none (English)."""
    if language not in QT_LANGUAGES:
        return None
    return load_catalogue(language, parent, QT_CATALOGUE)


class Translations(QObject):
    """Owns the installed translators (the app's catalogue and, for Urdu, Qt's own texts);
    ``apply`` switches language and layout direction."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.translator: QTranslator | None = None
        self.qt_translator: QTranslator | None = None
        self.language = "en"

    def _remove(self, app: QCoreApplication, translator: QTranslator | None) -> None:
        if translator is not None:
            app.removeTranslator(translator)
            # Removed, so no lookup can reach it any more; its bytes go with the C++ object.
            translator.deleteLater()

    def apply(self, setting: str) -> str:
        # The window's parts are imported here, not at the top: the command line uses this
        # module's catalogue and numbers with QtCore alone.
        from PySide6.QtWidgets import QApplication

        from reader_app.ui import fonts

        language = resolve(setting)
        app = QCoreApplication.instance()
        self._remove(app, self.qt_translator)
        self._remove(app, self.translator)
        self.translator = self.qt_translator = None
        translator = load_catalogue(language, self)
        if translator is not None:
            app.installTranslator(translator)
            self.translator = translator
        # Qt's own texts (its dialogs, buttons and context menus, and "RTL" for the layout
        # direction) come from this one whole catalogue (resources/translations/qt_ur.ts,
        # kept by hand: Qt ships no Urdu), installed last so Qt looks it up first.
        qt_translator = load_qt_catalogue(language, self)
        if qt_translator is not None:
            app.installTranslator(qt_translator)
            self.qt_translator = qt_translator
        self.language = language
        QLocale.setDefault(locale_for(language))
        if isinstance(app, QApplication):
            fonts.apply_interface_font(app, language)
            app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if language == "ur"
                                   else Qt.LayoutDirection.LeftToRight)
        return language
