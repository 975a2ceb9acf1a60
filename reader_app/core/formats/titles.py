"""Headlines as pages and feeds title themselves: "headline - BBC News اردو", "site - section".

Kept apart from the HTML reader so that importing the formats package (and these helpers)
does not load lxml.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_TITLE_END = re.compile(r"[\s۔.؟?!:؛;،,…\-–—]+$")


def same_title(title: str, paragraph: str) -> bool:
    """Whether a paragraph only repeats the title (spacing, spelling variants and closing
    punctuation aside): then the viewer and the PDF do not show it again under the heading."""
    from reader_app.core.text.normalize import fold_text

    def key(text: str) -> str:
        return _TITLE_END.sub("", " ".join(fold_text(text).split()))
    return bool(key(title)) and key(title) == key(paragraph)


# " - BBC News اردو", " | ایکسپریس اردو", " – Daily Jang"
_TITLE_SEPARATORS = re.compile(r"\s+(?:[-|–—:•·»]|::)\s+")
_SITE_WORDS = re.compile(r"news|urdu|times|daily|tv|اردو|نیوز|روزنامہ|ڈاٹ|\.com|\.pk", re.I)


def strip_site_suffix(title: str, site_names: Iterable[str]) -> str:
    """"headline - BBC News اردو" → "headline": the last separated part goes when it is the
    site's name, or reads like one (at most four words, with News/Daily/اردو/روزنامہ …).
    Only the last part is examined, so "headline - Pakistan - BBC News اردو" keeps
    "Pakistan", and a headline that itself contains " - " is not cut in the middle."""
    title = " ".join(title.split())
    names = {" ".join(n.split()).lower() for n in site_names if n and n.strip()}
    separators = list(_TITLE_SEPARATORS.finditer(title))
    if not separators:
        return title
    last = separators[-1]
    head, tail = title[: last.start()].strip(), title[last.end():].strip()
    if head and (tail.lower() in names or (len(tail.split()) <= 4 and _SITE_WORDS.search(tail))):
        return head
    return title


def site_part(title: str) -> str:
    """The leading part of "site - section" when it reads like a site name, else ``title``."""
    first = _TITLE_SEPARATORS.search(title)
    if first and _SITE_WORDS.search(title[: first.start()]):
        return title[: first.start()].strip()
    return title
