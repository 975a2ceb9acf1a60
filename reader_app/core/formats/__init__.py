"""Readers for the files people hold Urdu news in: saved pages, feeds and dataset files.

:func:`read_records` takes one file and yields an :class:`ArticleRecord` per article it
holds, or a :class:`RecordSkip` for each piece that could not be read (whole file, or one
row or item), so the caller can index what was read and tell the person what was not.
Qt-free. The library (``library.iter_articles``/``read_article``) turns records into
articles, and the index streams them into its writer.
"""

from reader_app.core.formats.dates import parse_date
from reader_app.core.formats.readers import (
    FIELDS,
    SUFFIXES,
    read_records,
)
from reader_app.core.formats.records import ArticleRecord, RecordSkip
from reader_app.core.formats.titles import strip_site_suffix

__all__ = [
    "FIELDS",
    "SUFFIXES",
    "ArticleRecord",
    "RecordSkip",
    "parse_date",
    "read_records",
    "strip_site_suffix",
]
