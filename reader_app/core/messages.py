"""Sentences the core says to people, kept translatable without Qt.

The core (indexing, reading files, searching, exporting) runs without Qt, in the window and
on the command line, yet what it says (why a file was skipped, that the index was rebuilt,
why an export failed) must reach an Urdu reader in Urdu. So it never builds a finished
sentence: it makes a :class:`Message`, a source template marked for lupdate in the "Core"
context plus its named arguments. The window translates the template and fills the
arguments in its locale (``reader_app.ui.i18n.render``: Urdu digits in the Urdu interface);
everything else (logs, the command line, ``str(exc)``, tests) sees the English text, because
a Message *is* that English string (a ``str`` subclass), so code that compared or joined the
old strings keeps working unchanged.

Templates name their places ``{name}``, or ``{name:spec}`` with a Python format spec for a
number (``{size:.1f}``; ``{item:d}`` for a number that names a row or line, which the window
does not group like a count); ``{name:cap}`` starts an English clause with a capital letter
(a no-op on Urdu text; a translation keeps exactly the places of its source, which the
translations test checks). Numbers are passed as numbers, never pre-formatted, so the
window can write them with the locale's digits and grouping; paths and other text are
filled in as they are. An argument that is itself a Message is rendered the
same way, so a reason can sit inside a notice and both are translated.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from typing import Any

CONTEXT = "Core"  # the translation context of every template below


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate reads
    """Marks ``text`` for lupdate and returns it untranslated."""
    return text


_PLACE = re.compile(r"\{(\w+)(?::([^{}]*))?\}")

Translate = Callable[[str], str]
Number = Callable[[int | float, str], str]


def english_number(value: int | float, spec: str) -> str:
    """Numbers in the English text: as Python writes them (``spec`` applied when given)."""
    return format(value, spec) if spec else str(value)


def _same(template: str) -> str:
    return template


def fill(template: str, args: Mapping[str, Any], translate: Translate = _same,
         number: Number = english_number) -> str:
    """``template`` with each ``{name}`` replaced, in one pass (a path holding "{x}" stays as
    it is). Messages among ``args`` are translated and filled with the same functions."""

    def value(match: re.Match[str]) -> str:
        name, spec = match.group(1), match.group(2) or ""
        if name not in args:
            return match.group(0)
        arg = args[name]
        if isinstance(arg, Message):
            text = arg.render(translate, number)
        elif isinstance(arg, (int, float)) and not isinstance(arg, bool):
            text = number(arg, "" if spec == "cap" else spec)
        else:
            text = str(arg)
        if spec == "cap" and text:
            text = text[0].upper() + text[1:]
        return text

    return _PLACE.sub(value, template)


class Message(str):
    """A sentence for people: equal to its English text, and translatable by the window.

    ``template`` is the source text (marked with ``QT_TRANSLATE_NOOP(CONTEXT, ...)`` where it
    is written, so lupdate collects it) and ``args`` the values of its places.
    """

    template: str
    args: Mapping[str, Any]

    def __new__(cls, template: str, /, **args: Any) -> Message:
        self = super().__new__(cls, fill(template, args))
        self.template = template
        self.args = args
        return self

    def render(self, translate: Translate = _same, number: Number = english_number) -> str:
        """The sentence with ``translate`` applied to each template and ``number`` to each
        number; the defaults give the English text (``str(self)``)."""
        return fill(translate(self.template), self.args, translate, number)

    def __reduce__(self) -> tuple:  # a worker process hands skips back pickled
        return (_rebuild, (self.template, dict(self.args)))

    def __repr__(self) -> str:
        return f"Message({str(self)!r})"


def _rebuild(template: str, args: dict[str, Any]) -> Message:
    return Message(template, **args)


def text_of(value: object) -> Message:
    """``value`` as a Message: itself when it is one; the Message of an error that carries
    one (a :class:`ReaderError`, or an exception raised with a Message); otherwise its text
    (an OS or parser error, a word of a query), passed on as it is in every language."""
    if isinstance(value, Message):
        return value
    if isinstance(value, ReaderError):
        return value.message
    if isinstance(value, BaseException) and len(value.args) == 1 \
            and isinstance(value.args[0], Message):
        return value.args[0]
    return Message(QT_TRANSLATE_NOOP("Core", "{text}"), text=str(value))


def joined(parts: Iterable[str]) -> Message | None:
    """Several sentences as one message (query notes), each still translatable; ``None``
    when there are none."""
    result: Message | None = None
    for part in parts:
        message = text_of(part)
        result = message if result is None else Message(
            QT_TRANSLATE_NOOP("Core", "{first} {then}"), first=result, then=message)
    return result


class ReaderError(Exception):
    """An error whose message is meant for people: ``str(exc)`` is the English sentence and
    ``exc.message`` the :class:`Message` the window shows in its language. The index's and
    the export's errors derive from it."""

    def __init__(self, message: str = "") -> None:
        self.message = text_of(message)
        super().__init__(self.message)

    def __str__(self) -> str:
        return str(self.message)
