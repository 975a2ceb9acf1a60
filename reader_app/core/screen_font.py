"""Font bytes for Qt's text engine: Nastaliq's cursive anchors made coordinate-only.

Qt (6.6 to 6.12 at least) shapes with HarfBuzz but hands it its own font functions, and
those resolve an OpenType anchor that names a contour point (AnchorFormat 2) to the wrong
place. Noto Nastaliq Urdu joins its letters with cursive anchors, 168 of them (285 in the
bold) of that kind, so every word that uses one is drawn broken: «شویگو» as «شوو» with «یگ»
a whole em above it, and the spaces between words too narrow («کا ملک» as «کاملک»). HarfBuzz
on its own (hb-view, the PDF export) reads the anchor's x and y and draws the word right.

Rewriting those anchors as AnchorFormat 1 (the same x and y, no contour point) makes Qt's
positions equal HarfBuzz's own, glyph for glyph (``benchmarks/qt_nastaliq_repro.py`` prints
both). A format 1 anchor is a prefix of a format 2 one, so the change is one number per
anchor, in place: no offset moves. The family is renamed as well, so that a copy of the
unpatched font installed on the system can never be picked instead of this one.

Noto Nastaliq Urdu Bold also calls itself weight 400 (OS/2 usWeightClass) while its style
bits say bold; Qt goes by the weight, so it never used that file and emboldened the regular
one instead (the headings were smeared, and unlike the PDF's). Its weight is set to 700.

Qt-free: bytes in, bytes out; the window registers the result with ``QFontDatabase``.
"""

from __future__ import annotations

import struct

_CURSIVE, _EXTENSION = 3, 9
_RENAMED_IDS = {1, 4, 16, 21}  # family, full name, typographic family, WWS family
FAMILY_SUFFIX = " for Urdu Reader"
_FS_BOLD, _BOLD_WEIGHT = 0x20, 700  # OS/2 fsSelection's bold bit; usWeightClass of bold


class FontFormatError(ValueError):
    """The bytes are not an OpenType font this module can read."""


def _u16(data: bytes | bytearray, offset: int) -> int:
    if offset < 0 or offset + 2 > len(data):
        raise FontFormatError(f"offset {offset} outside the font")
    return struct.unpack_from(">H", data, offset)[0]


def _u32(data: bytes | bytearray, offset: int) -> int:
    if offset < 0 or offset + 4 > len(data):
        raise FontFormatError(f"offset {offset} outside the font")
    return struct.unpack_from(">I", data, offset)[0]


def _tables(data: bytes | bytearray) -> dict[bytes, tuple[int, int, int]]:
    """Tag -> (directory entry offset, table offset, table length)."""
    if len(data) < 12 or bytes(data[:4]) not in (b"\x00\x01\x00\x00", b"OTTO", b"true"):
        raise FontFormatError("not a TrueType or OpenType font")
    tables = {}
    for i in range(_u16(data, 4)):
        entry = 12 + 16 * i
        tag = bytes(data[entry:entry + 4])
        tables[tag] = (entry, _u32(data, entry + 8), _u32(data, entry + 12))
    return tables


def _cursive_subtables(data: bytes | bytearray, gpos: int) -> list[int]:
    """Offsets of every CursivePos subtable of a GPOS table (extension lookups followed)."""
    lookup_list = gpos + _u16(data, gpos + 8)
    found = []
    for i in range(_u16(data, lookup_list)):
        lookup = lookup_list + _u16(data, lookup_list + 2 + 2 * i)
        kind = _u16(data, lookup)
        for j in range(_u16(data, lookup + 4)):
            sub = lookup + _u16(data, lookup + 6 + 2 * j)
            if kind == _EXTENSION and _u16(data, sub + 2) == _CURSIVE:
                found.append(sub + _u32(data, sub + 4))
            elif kind == _CURSIVE:
                found.append(sub)
    return found


def point_anchors(data: bytes | bytearray) -> list[int]:
    """Offsets of the cursive anchors that name a contour point (AnchorFormat 2)."""
    tables = _tables(data)
    if b"GPOS" not in tables:
        return []
    _entry, gpos, _length = tables[b"GPOS"]
    anchors: set[int] = set()
    for sub in _cursive_subtables(data, gpos):
        if _u16(data, sub) != 1:  # CursivePosFormat1 is the only format there is
            continue
        for k in range(_u16(data, sub + 4)):
            for field in (0, 2):
                offset = _u16(data, sub + 6 + 4 * k + field)
                if offset and _u16(data, sub + offset) == 2:
                    anchors.add(sub + offset)
    return sorted(anchors)


def _renamed_name_table(data: bytes | bytearray, start: int, length: int) -> bytes:
    """The 'name' table with the family names suffixed (a new format 0 table)."""
    count, storage = _u16(data, start + 2), start + _u16(data, start + 4)
    records: list[tuple[int, int, int, int, bytes]] = []
    for i in range(count):
        platform, encoding, language, name_id, size, offset = struct.unpack_from(
            ">6H", data, start + 6 + 12 * i)
        if language >= 0x8000:  # a format 1 language tag: not carried over
            continue
        raw = bytes(data[storage + offset:storage + offset + size])
        if name_id in _RENAMED_IDS:
            codec = "utf-16-be" if platform in (0, 3) else "latin-1"
            try:
                raw = (raw.decode(codec) + FAMILY_SUFFIX).encode(codec)
            except UnicodeError:
                pass  # a record in an encoding we do not write: left as it is
        records.append((platform, encoding, language, name_id, raw))
    records.sort(key=lambda r: r[:4])
    header = struct.pack(">3H", 0, len(records), 6 + 12 * len(records))
    strings = bytearray()
    directory = bytearray()
    for platform, encoding, language, name_id, raw in records:
        directory += struct.pack(">6H", platform, encoding, language, name_id, len(raw),
                                 len(strings))
        strings += raw
    if len(strings) > 0xFFFF:
        raise FontFormatError("name table too large")
    return header + bytes(directory) + bytes(strings)


def _weight_offset(data: bytes | bytearray) -> int | None:
    """Where OS/2 keeps a weight class below bold in a font whose style bits say bold."""
    tables = _tables(data)
    if b"OS/2" not in tables:
        return None
    _entry, os2, _length = tables[b"OS/2"]
    bold = _u16(data, os2 + 62) & _FS_BOLD
    return os2 + 4 if bold and _u16(data, os2 + 4) < _BOLD_WEIGHT else None


def qt_safe_font(data: bytes) -> bytes:
    """The font with its contour-point cursive anchors made format 1 and its family renamed
    (``FAMILY_SUFFIX``), and a bold face's weight class made bold; a font that needs
    neither is returned unchanged. :class:`FontFormatError` for bytes that are not a font."""
    try:
        return _patched(data)
    except struct.error as exc:
        raise FontFormatError(str(exc)) from exc


def _patched(data: bytes) -> bytes:
    anchors, weight = point_anchors(data), _weight_offset(data)
    if not anchors and weight is None:
        return data
    font = bytearray(data)
    for offset in anchors:
        struct.pack_into(">H", font, offset, 1)
    if weight is not None:
        struct.pack_into(">H", font, weight, _BOLD_WEIGHT)
    tables = _tables(font)
    if b"name" in tables:
        entry, start, length = tables[b"name"]
        name = _renamed_name_table(font, start, length)
        font += b"\0" * (-len(font) % 4)  # every table starts on a four-byte boundary
        struct.pack_into(">II", font, entry + 8, len(font), len(name))
        font += name + b"\0" * (-len(name) % 4)
    return bytes(font)
