"""What a saved page says about itself: title, publication date, URL and publisher.

Each is taken from the first source that gives it, in the order a publisher's
own declaration is most likely right:

- publisher: ``og:site_name``; ``<meta name="publisher|dc.publisher|dcterms.publisher">``;
  JSON-LD ``publisher.name``; ``application-name``; the site named in ``<title>``
  beside the headline ("Headline | Ministry of Foreign Affairs"); ``<meta
  name="author">``; then what the page shows (``kg.ingest.masthead``);
- URL: ``<link rel="canonical">``, ``og:url``, ``twitter:url``, JSON-LD ``url`` or
  ``mainEntityOfPage``, ``dc.identifier`` (when absolute), the browser's "saved
  from" comment. A relative one is resolved against ``<base href>``, else against
  the address the page was saved from or declares; only http(s) URLs are kept
  (``kg.ingest.sidecar.url_fields`` then percent-encodes what an IRI cannot hold).

A page's own metadata is what it says; a sidecar or meta.jsonl row given by
the user wins over it (``kg.ingest.sidecar``, ``kg.ingest.metadata``).
"""

from __future__ import annotations

from urllib.parse import urljoin, urlsplit

from lxml import etree

from kg.ingest.jsonld import json_ld
from kg.ingest.markup import TITLE_SEPARATORS, clean
from kg.ingest.masthead import shown_publisher
from kg.text.dates import parse_date

DATE_KEYS = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "date",
    "dc.date",
    "dc.date.issued",
    "dcterms.issued",
    "dcterms.created",
    "dcterms.date",
    "pubdate",
    "publishdate",
    "publish_date",
    "publication_date",
    "publish-date",
    "sailthru.date",
    "parsely-pub-date",
    "govuk:first-published-at",
    "citation_publication_date",
    "article.published",
    "created",
    "release_date",
)
TITLE_KEYS = ("og:title", "twitter:title", "dc.title", "dcterms.title", "headline")
SITE_KEYS = ("og:site_name", "publisher", "dc.publisher", "dcterms.publisher")
URL_KEYS = ("og:url", "twitter:url")


def page_metadata(doc) -> dict[str, str]:
    """Title, date, URL and publisher the page gives (keys absent when it gives none)."""
    metas = meta_tags(doc)
    ld = json_ld(doc)
    out: dict[str, str] = {}
    for value in [ld.get("published")] + [metas.get(k) for k in DATE_KEYS] + _microdata_dates(doc):
        if d := parse_date(value):
            out["published"] = d
            break
    for value in [ld.get("title")] + [metas.get(k) for k in TITLE_KEYS]:
        if value:
            out["title"] = value
            break
    if publisher := _publisher(doc, metas, ld):
        out["publisher"] = publisher
    if url := page_url(doc, metas, ld):
        out["url"] = url
    return out


def meta_tags(doc) -> dict[str, str]:
    """``<meta>`` values by lower-cased name, property or itemprop (the first of each)."""
    metas: dict[str, str] = {}
    for m in doc.iter("meta"):
        key = (m.get("property") or m.get("name") or m.get("itemprop") or "").strip().lower()
        value = clean(m.get("content") or "")
        if key and value and key not in metas:
            metas[key] = value
    return metas


def _publisher(doc, metas: dict[str, str], ld: dict[str, str]) -> str:
    declared = [metas.get(k) for k in SITE_KEYS]
    declared += [ld.get("publisher"), metas.get("application-name"), _site_name(doc)]
    declared.append(metas.get("author"))
    for value in declared:
        if value and not value.startswith(("http://", "https://", "//", "@")):
            return value
    return shown_publisher(doc)


def page_url(doc, metas: dict[str, str], ld: dict[str, str]) -> str:
    """The page's own address, absolute (see the module's docstring), or ""."""
    declared = [_href(h) for h in doc.xpath("//link[@href]") if _is_canonical(h)]
    declared += [metas.get(k) or "" for k in URL_KEYS] + [ld.get("url") or ""]
    saved = _saved_from(doc)
    # dc.identifier is as often a number or an ISBN as a URL: taken only when absolute.
    ident = metas.get("dc.identifier") or metas.get("dcterms.identifier") or ""
    base = _base(doc, [saved, *declared, ident])
    for value in declared:
        url = urljoin(base, value) if value and base else value
        if _absolute(url):
            return url
    return next((u for u in (ident, saved) if _absolute(u)), "")


def _is_canonical(link) -> bool:
    return "canonical" in (link.get("rel") or "").lower().split()


def _href(el) -> str:
    """An href as a browser reads it: blanks at the ends dropped, tabs and newlines removed."""
    return "".join(c for c in (el.get("href") or "").strip() if c not in "\t\n\r")


def _absolute(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme in ("http", "https") and bool(parts.netloc)


def _base(doc, addresses: list[str]) -> str:
    """What a relative URL is relative to: ``<base href>`` (itself resolved against the
    page's address), else the address the page was saved from or declares."""
    own = next((a for a in addresses if _absolute(a)), "")
    for el in doc.iter("base"):
        if href := _href(el):
            joined = urljoin(own, href) if own else href
            if _absolute(joined):
                return joined
    return own


def _site_name(doc) -> str:
    """The site named beside the headline in ``<title>`` ("Headline | Ministry of X")."""
    title = clean(doc.findtext(".//title") or "")
    parts = TITLE_SEPARATORS.split(title)
    if len(parts) < 2:
        return ""
    headings = {clean(h.text_content()).lower() for h in doc.iter("h1", "h2")}
    rest = [p for p in parts if p.lower() not in headings]
    if len(rest) == len(parts):  # no part is the headline: which end is the site is unknown
        return ""
    return rest[0] if len(rest) == 1 else ""


def _microdata_dates(doc) -> list[str]:
    out = []
    for el in doc.xpath("//*[@itemprop='datePublished' or @itemprop='dateCreated']"):
        out.append(el.get("content") or el.get("datetime") or el.text_content())
    return out


def _saved_from(doc) -> str:
    """Browsers mark a saved page with ``<!-- saved from url=(0042)https://... -->``."""
    for c in doc.getroottree().getroot().itersiblings(preceding=True):
        if isinstance(c, etree._Comment) and "saved from url=" in (c.text or ""):
            return c.text.split("saved from url=", 1)[1].split(")", 1)[-1].strip()
    for c in doc.iter(etree.Comment):
        if "saved from url=" in (c.text or ""):
            return c.text.split("saved from url=", 1)[1].split(")", 1)[-1].strip()
    return ""
