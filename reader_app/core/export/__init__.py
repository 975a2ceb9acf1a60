"""PDF export of an article, with no Qt: shaped Nastaliq or Naskh that reads back as text.

Used by the GUI's File › Export and by ``reader-app export``; both call ``export_pdf``.
"""

from reader_app.core.export.errors import ExportError, TargetExists
from reader_app.core.export.exporter import export_pdf

__all__ = ["ExportError", "TargetExists", "export_pdf"]
