"""Laid-out pages to PDF bytes: glyph outlines for the eye, an invisible layer for the text.

Each glyph used is embedded once as a Form XObject holding its outline (a subset of the font,
as paths) and drawn wherever it appears. Paths carry no text, so no engine can read a
Nastaliq ligature back as the wrong letters; the words come only from the text layer.
"""

from __future__ import annotations

from datetime import UTC, datetime
from xml.sax.saxutils import escape

from reader_app import APP_NAME
from reader_app.core.export.fonts import Face
from reader_app.core.export.layout import Geometry, Line, Page
from reader_app.core.export.pdf import PdfDocument, text_string
from reader_app.core.export.textfont import TextLayerFont
from reader_app.core.export.textlayer import line_ops

LANGUAGE = "ur"


def _f(v: float) -> str:
    return f"{v:.2f}".rstrip("0").rstrip(".")


class _Glyphs:
    """Form XObjects for the glyphs a document uses, named on first use."""

    def __init__(self, doc: PdfDocument) -> None:
        self.doc = doc
        self.names: dict[tuple[int, int], tuple[str, int]] = {}

    def name(self, face: Face, gid: int) -> str | None:
        key = (id(face), gid)
        if key not in self.names:
            outline = face.outline(gid)
            if not outline:
                self.names[key] = ("", 0)
            else:
                ext = face.hb_font.get_glyph_extents(gid)
                bbox = (ext.x_bearing - 2, ext.y_bearing + ext.height - 2,
                        ext.x_bearing + ext.width + 2, ext.y_bearing + 2)
                num = self.doc.add_stream(
                    outline.encode("ascii"),
                    b" /Type /XObject /Subtype /Form /BBox [%d %d %d %d]" % bbox)
                self.names[key] = (f"G{len(self.names)}", num)
        return self.names[key][0] or None

    def resources(self) -> bytes:
        return b" ".join(b"/%s %d 0 R" % (n.encode(), num) for n, num in self.names.values() if n)


def _draw_line(line: Line, glyphs: _Glyphs) -> list[str]:
    """Each glyph's outline placed at its shaped position; coordinates in whole font units
    under one scale per piece, which keeps the content stream short."""
    ops = []
    for placed in line.pieces:
        piece = placed.piece
        k = line.size / piece.face.upem
        pen = placed.x / k
        base = line.baseline / k
        ops.append(f"q {k:.6f} 0 0 {k:.6f} 0 0 cm")
        for g in piece.glyphs:
            name = glyphs.name(piece.face, g.gid)
            if name:
                ops.append(f"q 1 0 0 1 {round(pen + g.dx)} {round(base + g.dy)} cm /{name} Do Q")
            pen += g.advance
        ops.append("Q")
    return ops


def _page_content(page: Page, glyphs: _Glyphs, codes: TextLayerFont) -> bytes:
    ops = ["0 g"]
    for line in page.lines:
        ops += _draw_line(line, glyphs)
    ops.append("/Artifact <</Type /Pagination>> BDC")  # page numbers are not article text
    for line in page.folio:
        ops += _draw_line(line, glyphs)
    ops += ["EMC", "BT 3 Tr"]
    for line in page.lines:
        if line.in_text_layer:
            ops += line_ops(line, codes)
    ops.append("ET")
    return "\n".join(ops).encode("ascii")


def _xmp(title: str, now: str) -> bytes:
    t = escape(title)
    return f"""<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:pdf="http://ns.adobe.com/pdf/1.3/" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
<dc:title><rdf:Alt><rdf:li xml:lang="x-default">{t}</rdf:li></rdf:Alt></dc:title>
<dc:language><rdf:Bag><rdf:li>{LANGUAGE}</rdf:li></rdf:Bag></dc:language>
<dc:format>application/pdf</dc:format>
<pdf:Producer>{APP_NAME}</pdf:Producer>
<xmp:CreateDate>{now}</xmp:CreateDate>
</rdf:Description>
</rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>""".encode()


def build(pages: list[Page], geo: Geometry, title: str) -> PdfDocument:
    """The whole document: pages, shared resources, catalog with /Lang, and metadata."""
    doc = PdfDocument()
    glyphs, codes = _Glyphs(doc), TextLayerFont()
    pages_num = doc.reserve()
    resources = doc.reserve()
    kids = []
    for page in pages:
        content = doc.add_stream(_page_content(page, glyphs, codes))
        kids.append(doc.add(
            b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %s %s] /Resources %d 0 R"
            b" /Contents %d 0 R >>"
            % (pages_num, _f(geo.width).encode(), _f(geo.height).encode(), resources, content)))
    font = codes.write(doc)
    doc.set(resources, b"<< /Font << /T %d 0 R >> /XObject << %s >> >>"
            % (font, glyphs.resources()))
    doc.set(pages_num, b"<< /Type /Pages /Kids [%s] /Count %d >>"
            % (b" ".join(b"%d 0 R" % k for k in kids), len(kids)))
    now = datetime.now(UTC)
    metadata = doc.add_stream(_xmp(title, now.isoformat(timespec="seconds")),
                              b" /Type /Metadata /Subtype /XML", compress=False)
    root = doc.add(
        b"<< /Type /Catalog /Pages %d 0 R /Lang (%s) /Metadata %d 0 R"
        b" /ViewerPreferences << /DisplayDocTitle true /Direction /R2L >> >>"
        % (pages_num, LANGUAGE.encode(), metadata))
    info = doc.add(b"<< /Title %s /Producer %s /Creator %s /CreationDate (D:%s) >>"
                   % (text_string(title), text_string(APP_NAME), text_string(APP_NAME),
                      now.strftime("%Y%m%d%H%M%SZ").encode()))
    doc.root, doc.info = root, info
    return doc
