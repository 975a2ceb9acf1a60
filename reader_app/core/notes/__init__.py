"""A reader's own marks on the articles: highlights with notes, bookmarks, reading state.

Kept in their own SQLite file beside the index (never in it), anchored to the words they
mark so that they survive edits, re-indexing and rebuilds; exported to Markdown, JSON and
PDF. No Qt here: the window and ``reader-app notes`` share it.
"""

# The functions anchor() and locate() are imported from reader_app.core.notes.anchor: named
# here, anchor() would hide the module of the same name.
from reader_app.core.notes.anchor import Anchor
from reader_app.core.notes.store import (
    COLOURS,
    KINDS,
    Note,
    NotesError,
    NotesStore,
    notes_path,
)

__all__ = ["COLOURS", "KINDS", "Anchor", "Note", "NotesError", "NotesStore", "notes_path"]
