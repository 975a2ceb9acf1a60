"""A small PDF object writer: numbered objects, compressed streams, a cross-reference table.

The export needs full control over content streams (glyph paths, an invisible text layer)
and the document catalog (/Lang, viewer direction), which is simpler to write directly than
to coax out of a general PDF library.
"""

from __future__ import annotations

import zlib
from typing import BinaryIO


def text_string(value: str) -> bytes:
    """A PDF text string in UTF-16BE with BOM, as hex: safe for any characters or brackets."""
    return b"<FEFF" + value.encode("utf-16-be").hex().upper().encode() + b">"


class PdfDocument:
    """Collects objects by number and writes them out with a valid trailer."""

    def __init__(self) -> None:
        self._objects: list[bytes | None] = []
        self.root = 0  # the catalog's object number, set by whoever builds the document
        self.info = 0  # the document information dictionary's number

    def reserve(self) -> int:
        """A number for an object whose body is set later (pages refer to their parent)."""
        self._objects.append(None)
        return len(self._objects)

    def set(self, num: int, body: bytes) -> int:
        self._objects[num - 1] = body
        return num

    def add(self, body: bytes) -> int:
        return self.set(self.reserve(), body)

    def add_stream(self, data: bytes, entries: bytes = b"", compress: bool = True) -> int:
        if compress:
            data = zlib.compress(data, 6)
            entries += b" /Filter /FlateDecode"
        return self.add(b"<< /Length %d%s >>\nstream\n" % (len(data), entries) + data
                        + b"\nendstream")

    def write(self, out: BinaryIO) -> None:
        """Serialise everything; every reserved object must have been set."""
        out.write(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
        pos = len(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
        offsets = []
        for num, body in enumerate(self._objects, start=1):
            if body is None:
                raise ValueError(f"PDF object {num} was reserved but never written")
            offsets.append(pos)
            chunk = b"%d 0 obj\n" % num + body + b"\nendobj\n"
            out.write(chunk)
            pos += len(chunk)
        xref = [b"xref\n0 %d\n" % (len(offsets) + 1), b"0000000000 65535 f \n"]
        xref += [b"%010d 00000 n \n" % off for off in offsets]
        out.write(b"".join(xref))
        out.write(b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
                  % (len(offsets) + 1, self.root, self.info, pos))
