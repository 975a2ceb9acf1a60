"""The one exception an export raises, with a message meant for the person exporting."""

from __future__ import annotations

from reader_app.core.messages import ReaderError


class ExportError(ReaderError):
    """Export failed; ``str()`` is a one-line explanation fit to show in a dialog, and
    ``message`` the same as a Message the window shows in its language."""


class TargetExists(ExportError):
    """The destination exists and replacing it was not allowed (the window asks first; the
    command line needs ``--force``)."""
