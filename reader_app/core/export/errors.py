"""The one exception an export raises, with a message meant for the person exporting."""

from __future__ import annotations


class ExportError(Exception):
    """Export failed; ``str()`` is a one-line explanation fit to show in a dialog."""


class TargetExists(ExportError):
    """The destination exists and replacing it was not allowed (the window asks first; the
    command line needs ``--force``)."""
