"""The PDF's page numbers use the digits of the article they number."""

from __future__ import annotations

import pytest

from reader_app.core.export.exporter import lay_out


def _footer(paragraphs: list[str]) -> str:
    pages, _geo = lay_out("عنوان", paragraphs)
    return "".join(placed.piece.text for placed in pages[0].folio[0].pieces)


@pytest.mark.parametrize(("body", "digits"), [
    ("فیفا ورلڈ کپ 2018 میں 32 ٹیمیں", "0123456789"),
    ("فیفا ورلڈ کپ ۲۰۱۸ میں ۳۲ ٹیمیں", "۰۱۲۳۴۵۶۷۸۹"),
])
def test_the_footer_numbers_pages_in_the_body_s_digits(body: str, digits: str) -> None:
    footer = _footer([body])
    numbers = [ch for ch in footer if ch.isdigit()]
    assert numbers and all(ch in digits for ch in numbers), footer
