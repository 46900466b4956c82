"""Saved web pages: keep the article, drop the page furniture."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from lxml import etree, html

from kg.errors import InputError
from kg.ingest.decode import decode, read_bytes
from kg.ingest.dates import find_date
from kg.model import Readout

DROP_TAGS = ("script", "style", "noscript", "nav", "header", "footer", "form", "aside", "iframe")
BOILERPLATE = re.compile(
    r"nav|menu|breadcrumb|location|share|print|footer|header|related|sidebar|"
    r"toplink|search|logo|copyright|friend|fontsize|social|subscribe|cookie",
    re.IGNORECASE,
)
BLOCKS = ("p", "h1", "h2", "h3", "h4", "li", "div", "td", "blockquote")


def read_html(path: Path, **meta) -> Iterator[Readout]:
    raw = decode(str(path), read_bytes(path))
    try:
        doc = html.document_fromstring(raw.encode("utf-8"), parser=_PARSER)
    except (etree.ParserError, ValueError) as exc:
        raise InputError(str(path), f"broken HTML: {exc}") from None
    title = _title(doc)
    body = _body(doc, title)
    if not body:
        raise InputError(str(path), "HTML page holds no article text")
    text = f"{title}\n\n{body}\n" if title else body + "\n"
    found = {
        "published": find_date(_date_text(doc)),
        "url": _canonical_url(doc),
    }
    found.update({k: v for k, v in meta.items() if v})
    yield Readout(
        source=str(path),
        text=text,
        title=title,
        published=found.get("published"),
        publisher=found.get("publisher"),
        url=found.get("url"),
    )


_PARSER = html.HTMLParser(encoding="utf-8", remove_comments=True)


def _clean(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def _title(doc) -> str | None:
    for xp in ("//h1", "//*[contains(@class,'title') or contains(@id,'Title')]", "//title"):
        for el in doc.xpath(xp):
            t = _clean(el.text_content())
            if t:
                return t
    return None


def _date_text(doc) -> str:
    for xp in (
        "//meta[@property='article:published_time']/@content",
        "//meta[@name='date' or @name='publishdate' or @name='PubDate']/@content",
        "//time/@datetime",
        "//*[contains(@class,'date') or contains(@class,'time') or contains(@class,'Time')]",
    ):
        for el in doc.xpath(xp):
            t = el if isinstance(el, str) else el.text_content()
            if find_date(t):
                return t
    return ""


def _canonical_url(doc) -> str | None:
    for xp in ("//link[@rel='canonical']/@href", "//meta[@property='og:url']/@content"):
        found = doc.xpath(xp)
        if found and str(found[0]).startswith("http"):
            return str(found[0])
    return None


def _is_furniture(el) -> bool:
    attrs = " ".join(filter(None, (el.get("class"), el.get("id"), el.get("role"))))
    return bool(attrs and BOILERPLATE.search(attrs))


def _body(doc, title: str | None) -> str:
    for el in doc.xpath("//" + " | //".join(DROP_TAGS)):
        el.drop_tree()
    for el in list(doc.iter()):
        if isinstance(el.tag, str) and el.getparent() is not None and _is_furniture(el):
            el.drop_tree()
    # The article is the element holding the most paragraph text.
    best, best_len = None, 0
    for el in doc.iter():
        if not isinstance(el.tag, str):
            continue
        paras = el.xpath("./p")
        n = sum(len(_clean(p.text_content())) for p in paras)
        if n > best_len:
            best, best_len = el, n
    if best is None:
        return ""
    lines = []
    for p in best.xpath("./p | ./h2 | ./h3 | ./h4"):
        t = _clean(p.text_content())
        if t and t != title:
            lines.append(t)
    return "\n\n".join(lines)
