"""Saved news pages: the article's own text and facts, without the page around it.

Body text comes from trafilatura (chosen by ``benchmarks/formats_compare.py``: full recall
on every test page, no navigation, footer or related-links words), run on a tree that was
first cleaned of what it lets through on BBC-style pages: visually hidden byline and caption
labels ("مصنف,", "عہدہ,", "،تصویر کا ذریعہ"), figures and their captions. Should it return nothing,
a plain lxml pass takes the block holding most paragraph text, without link lines.

Facts come from the page's own metadata, most exact first: JSON-LD (``headline``,
``datePublished``, ``author``, ``publisher``), then Open Graph / ``article:*`` meta tags
(``name=`` or ``property=``, both occur), then ``<title>`` with the site suffix removed.
Nothing is fetched: trafilatura is given the parsed tree, never a URL.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from copy import deepcopy
from typing import Any

from lxml import etree
from lxml import html as lxml_html

from reader_app.core.formats.titles import strip_site_suffix
from reader_app.core.messages import QT_TRANSLATE_NOOP, Message

# Removed before extraction: never article prose, and trafilatura keeps some of them.
_DROP_XPATH = (
    "//script|//style|//noscript|//template|//svg|//form|//iframe|//button|//select"
    "|//nav|//footer|//aside|//figure|//figcaption|//picture"
    "|//*[@role='navigation' or @role='banner' or @role='contentinfo' or @role='complementary']"
    "|//*[@hidden or @aria-hidden='true']"
    "|//*[contains(concat(' ', normalize-space(@class), ' '), ' visually-hidden ')]"
    "|//*[contains(@aria-labelledby, 'byline') or contains(@aria-labelledby, 'related')"
    " or contains(@aria-labelledby, 'most-read') or contains(@aria-labelledby, 'podcast')]"
)
# Byline and caption labels BBC Urdu prints (visually hidden) before the name or credit;
# a line that is only such a label, or starts with one, is not prose.
_LABEL_LINE = re.compile(r"^\s*[،,]?\s*(?:مصنف|عہدہ|تصویر کا ذریعہ|تصویر کا کیپشن|ویڈیو کیپشن"
                         r"|ویڈیو کا ذریعہ|آڈیو کیپشن)\s*[,،:]")
_BLOCKS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr",
           "section", "article", "header", "pre", "dd", "dt", "table", "ul", "ol"}


class PageError(ValueError):
    """The bytes decoded but are not a page with article text."""


def parse_page(text: str) -> etree._Element:
    """A forgiving parse (lxml's HTML parser repairs unclosed and stray tags)."""
    if "<" not in text[:4096] and "<" not in text:
        raise PageError(Message(QT_TRANSLATE_NOOP("Core", "not an HTML page (no tags)")))
    try:
        tree = lxml_html.document_fromstring(text)
    except (etree.ParserError, ValueError) as exc:
        raise PageError(Message(QT_TRANSLATE_NOOP(
            "Core", "malformed HTML that cannot be repaired ({error})"), error=str(exc))) from exc
    return tree


def page_facts(tree: etree._Element) -> dict[str, Any]:
    """Title, date, source, author, category and URL from the page's metadata."""
    meta: dict[str, str] = {}
    for el in tree.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
        content = el.get("content")
        if key and content and key not in meta:
            meta[key] = content.strip()
    ld = _json_ld(tree)
    site = (_name(ld.get("publisher")) or meta.get("og:site_name")
            or meta.get("application-name") or None)
    raw_title = (_text(ld.get("headline")) or meta.get("og:title") or meta.get("twitter:title")
                 or _title_tag(tree) or _first_h1(tree))
    canonical = next((el.get("href") for el in tree.iter("link")
                      if "canonical" in (el.get("rel") or "").lower().split() and el.get("href")),
                     None)
    return {
        "title": strip_site_suffix(raw_title or "", [site or ""]) or None,
        "date": (_text(ld.get("datePublished")) or meta.get("article:published_time")
                 or meta.get("og:published_time") or meta.get("datepublished")
                 or meta.get("pubdate") or meta.get("date") or _time_tag(tree)),
        "source": site,
        "author": (_name(ld.get("author")) or meta.get("author") or meta.get("article:author")
                   or None),
        "category": (_text(ld.get("articleSection")) or meta.get("article:section") or None),
        "url": canonical or meta.get("og:url") or _text(ld.get("url")) or None,
        "summary": _text(ld.get("description")) or meta.get("og:description")
        or meta.get("description") or None,
    }


def page_paragraphs(tree: etree._Element, title: str | None) -> tuple[str, ...]:
    """The article's paragraphs: trafilatura on the cleaned tree, else the lxml pass."""
    cleaned = _cleaned(tree)
    lines = _trafilatura_lines(cleaned)
    if not lines:
        lines = _fallback_lines(cleaned)
    out = [line for line in lines if line and not _LABEL_LINE.match(line)]
    if title and out and " ".join(out[0].split()) == " ".join(title.split()):
        out = out[1:]
    return tuple(out)


def fragment_paragraphs(markup: str) -> list[str]:
    """Plain paragraphs of an HTML fragment (a feed's content:encoded, a dataset field)."""
    try:
        root = lxml_html.fragment_fromstring(markup, create_parent="div")
    except (etree.ParserError, ValueError):
        return [markup]
    for el in root.xpath("//script|//style|//figure|//figcaption|//iframe"):
        el.drop_tree()
    return _block_lines(root)


def _cleaned(tree: etree._Element) -> etree._Element:
    copy = deepcopy(tree)  # page_facts and callers keep the untouched page
    for el in copy.xpath(_DROP_XPATH):
        if el.getparent() is not None:
            el.drop_tree()
    # A page header holding only the h1 stays (trafilatura wants it); site headers were
    # dropped above with role=banner; other <header>s outside <article> go too.
    for el in copy.xpath("//header[not(ancestor::article)]"):
        el.drop_tree()
    return copy


def _trafilatura_lines(tree: etree._Element) -> list[str]:
    import trafilatura  # imported on first page: ~1 s, kept out of app start-up

    text = trafilatura.extract(
        tree, include_comments=False, include_tables=False, include_images=False,
        include_links=False, favor_precision=True, deduplicate=False, with_metadata=False,
        output_format="txt",
    )
    return [_clean(line) for line in (text or "").split("\n") if _clean(line)]


def _fallback_lines(tree: etree._Element) -> list[str]:
    """The block holding most paragraph text (an ``<article>``/``<main>``/articleBody when
    the page marks one), as lines, leaving out lines that are mostly links (menus, lists of
    other stories)."""
    for xpath in ("//*[@itemprop='articleBody']", "//article", "//main"):
        found = tree.xpath(xpath)
        if found:
            lines = _prose_lines(found[0])
            if lines:
                return lines
    scores: dict[etree._Element, int] = {}
    for para in tree.iter("p"):
        parent = para.getparent()
        if parent is not None:
            scores[parent] = scores.get(parent, 0) + len(_clean(para.text_content()))
    if scores:
        return _prose_lines(max(scores, key=lambda el: scores[el]))
    body = tree.find(".//body")
    return _prose_lines(body) if body is not None else []


def _prose_lines(root: etree._Element) -> list[str]:
    links = {_clean(a.text_content()) for a in root.iter("a")}
    return [line for line in _block_lines(root) if line not in links]


def _block_lines(root: etree._Element) -> list[str]:
    """Text with a line break at every block boundary: tags gone, entities decoded."""
    pieces: list[str] = []

    def walk(el: etree._Element) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag in _BLOCKS:
            pieces.append("\n")
        if el.text and tag:
            pieces.append(el.text)
        for child in el:
            walk(child)
        if tag in _BLOCKS:
            pieces.append("\n")
        if el.tail:
            pieces.append(el.tail)

    walk(root)
    return [c for c in (_clean(line) for line in "".join(pieces).split("\n")) if c]


def _clean(line: str) -> str:
    return " ".join(line.replace("\u00a0", " ").split())


def _json_ld(tree: etree._Element) -> dict[str, Any]:
    """The first Article-like JSON-LD object (also inside ``@graph`` or a list)."""
    for script in tree.xpath("//script[@type='application/ld+json']"):
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue
        for obj in _objects(data):
            kind = obj.get("@type")
            kinds = kind if isinstance(kind, list) else [kind]
            if any(isinstance(k, str) and (k.endswith("Article") or k == "WebPage" and
                   "headline" in obj) for k in kinds):
                return obj
    return {}


def _objects(data: Any) -> Iterator[dict[str, Any]]:
    if isinstance(data, list):
        for entry in data:
            yield from _objects(entry)
    elif isinstance(data, dict):
        yield data
        if "@graph" in data:
            yield from _objects(data["@graph"])


def _text(value: Any) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    return value.strip() if isinstance(value, str) and value.strip() else None


def _name(value: Any) -> str | None:
    if isinstance(value, list):
        names = [n for n in (_name(v) for v in value) if n]
        return "، ".join(names) or None
    if isinstance(value, dict):
        return _text(value.get("name"))
    return _text(value)


def _title_tag(tree: etree._Element) -> str | None:
    found = tree.find(".//title")
    return found.text_content().strip() if found is not None and found.text_content() else None


def _first_h1(tree: etree._Element) -> str | None:
    found = tree.find(".//h1")
    if found is None:
        return None
    text = _clean(found.text_content())
    return text if 0 < len(text) <= 200 else None


def _time_tag(tree: etree._Element) -> str | None:
    for el in tree.iter("time"):
        if el.get("datetime"):
            return el.get("datetime")
    return None
