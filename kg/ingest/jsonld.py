"""JSON-LD in a saved page: the article's headline, date, URL and publisher.

Pages describe themselves in ``<script type="application/ld+json">`` with
schema.org terms. Those scripts are often written by hand or by a CMS plugin and
broken (a trailing comma, an HTML comment or CDATA around them, two objects in
one script); a script that cannot be repaired costs its own fields, never the page.
Parsed with the json module: nothing here needs a JSON-LD processor, only a few
keys of a few objects, and a publisher given by ``@id`` is looked up by hand.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

from kg.ingest.markup import clean

PAGE_TYPES = {"WebPage", "ItemPage", "AboutPage", "CollectionPage"}
ORGANISATION_TYPES = {"Organization", "GovernmentOrganization", "NewsMediaOrganization"}
_WRAPPERS = re.compile(r"^\s*(?://\s*)?(?:<!--|<!\[CDATA\[)|(?://\s*)?(?:-->|\]\]>)\s*$")
_TRAILING_COMMA = re.compile(r",\s*([}\]])")


def json_ld(doc) -> dict[str, str]:
    """``title``, ``published``, ``url`` and ``publisher`` the page's JSON-LD gives.

    An article (NewsArticle, Report...) speaks first, then the web page, then
    the web site (for the publisher only: its ``publisher`` or its name).
    """
    objects = list(_objects(doc))
    by_id = {o["@id"]: o for o in objects if isinstance(o.get("@id"), str) and len(o) > 1}
    out: dict[str, str] = {}
    for rank in (_is_article, _is_page):
        for obj in filter(rank, objects):
            for key, value in _fields(obj, by_id).items():
                if value and key not in out:
                    out[key] = value
    if "publisher" not in out:
        for obj in objects:
            if "WebSite" in _types(obj):
                name = _name(obj.get("publisher"), by_id) or _text(obj.get("name"))
                if name:
                    out["publisher"] = name
                    break
    return out


def load(text: str) -> list:
    """The JSON values in a script's text, repaired where a page commonly breaks them."""
    text = _WRAPPERS.sub("", text.strip()).strip()
    try:
        return [json.loads(text, strict=False)]
    except ValueError:
        pass
    text = _TRAILING_COMMA.sub(r"\1", text)
    decoder = json.JSONDecoder(strict=False)
    values, at = [], 0
    while at < len(text):
        while at < len(text) and text[at] in " \t\r\n;,":
            at += 1
        if at >= len(text):
            break
        try:
            value, at = decoder.raw_decode(text, at)
        except ValueError:
            break  # the rest is beyond repair; what was read before it stands
        values.append(value)
    return values


def _objects(doc) -> Iterator[dict]:
    for script in doc.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        for value in load(script.text or ""):
            yield from _walk(value)


def _walk(data) -> Iterator[dict]:
    """Top-level objects, those of ``@graph``, a page's ``mainEntity``, and the publisher
    objects inside them (so that one named by ``@id`` elsewhere can be found)."""
    if isinstance(data, list):
        for item in data:
            yield from _walk(item)
    elif isinstance(data, dict):
        yield data
        for key in ("@graph", "mainEntity", "publisher"):
            if isinstance(data.get(key), (dict, list)):
                yield from _walk(data[key])


def _types(obj: dict) -> list[str]:
    kind = obj.get("@type")
    return [k for k in (kind if isinstance(kind, list) else [kind]) if isinstance(k, str)]


def _is_article(obj: dict) -> bool:
    return any("Article" in k or k in ("Report", "BlogPosting") for k in _types(obj))


def _is_page(obj: dict) -> bool:
    return any(k in PAGE_TYPES for k in _types(obj))


def _fields(obj: dict, by_id: dict) -> dict[str, str]:
    author = obj.get("author")
    author = author[0] if isinstance(author, list) and author else author
    org_author = isinstance(author, dict) and bool(ORGANISATION_TYPES & set(_types(author)))
    return {
        "title": _text(obj.get("headline") or obj.get("name")),
        "published": _text(obj.get("datePublished") or obj.get("dateCreated")),
        "url": _link(obj.get("url")) or _link(obj.get("mainEntityOfPage")),
        "publisher": _name(obj.get("publisher"), by_id)
        or (_name(author, by_id) if org_author else ""),
    }


def _name(value, by_id: dict) -> str:
    """An organisation's name, given inline, by ``@id``, as a list or as plain text."""
    if isinstance(value, list):
        return next(filter(None, (_name(v, by_id) for v in value)), "")
    if isinstance(value, dict):
        if not value.get("name") and isinstance(value.get("@id"), str):
            value = by_id.get(value["@id"], value)
        return _text(value.get("name"))
    name = _text(value)
    return "" if name.startswith(("http://", "https://", "//", "@")) else name


def _link(value) -> str:
    if isinstance(value, list):
        return next(filter(None, map(_link, value)), "")
    if isinstance(value, dict):
        return _link(value.get("@id") or value.get("url"))
    return value.strip() if isinstance(value, str) else ""


def _text(value) -> str:
    return clean(value) if isinstance(value, str) else ""
