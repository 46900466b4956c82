"""The publisher a page shows rather than declares: its footer, logo, masthead, copyright.

Older government sites declare nothing in their markup (no ``og:site_name``, no
JSON-LD, a ``<title>`` that is only the headline), yet every reader sees whose
page it is. In the order tried, each more often the institution itself:

1. the footer says so: "Content on this website is published and managed by the
   Ministry of External Affairs, Government of India.";
2. the logo names it: ``<div class="logo"><img alt="Ministry of Foreign Affairs of
   ..."></div>`` (an alt that describes the picture, "National Emblem of India", does not);
3. the site header's heading: ``<div class="header"><h2>Ministry of External
   Affairs<br><small>Government of India</small></h2>`` (lines joined with ", ");
4. the copyright holder: "Copyright © 2023 Ministry of Foreign Affairs. All rights
   reserved." ("Crown copyright" names nobody).

Only page furniture is read (footers, logos, site headers), never the article,
where "published by" is news, not a masthead.
"""

from __future__ import annotations

import re

from kg.ingest.markup import clean, name_tokens

FOOTER_WORDS = {"footer", "foot", "copyright", "bottom", "colophon", "contentinfo"}
LOGO_WORDS = {"logo", "brand", "branding", "sitename", "sitetitle", "wordmark"}
HEADER_WORDS = {"header", "masthead", "siteheader", "pageheader", "topbar", "branding", "top"}
# Alt texts and titles that describe a picture or a link, not who publishes.
NOT_A_NAME = re.compile(
    r"\b(?:logo|emblem|seal|flag|coat of arms|crest|icon|image|picture|photo|go to|back to|"
    r"return to|click|skip to)\b|^(?:home|home ?page|menu|search|start)$",
    re.IGNORECASE,
)
PUBLISHED_BY = re.compile(
    r"\b(?:published|maintained|managed|owned|operated|hosted|run)"
    r"(?:\s*(?:,|and|&)\s*(?:published|maintained|managed|owned|operated|updated))*"
    r"\s+by\s+(?:the\s+)?(?P<org>[A-Z][^.;|\n]{2,150})"
)
# A line that starts with the mark: "Copyright © 2023 The Ministry", "© Ministry of X".
COPYRIGHT = re.compile(
    r"^(?:©|\(c\)|copyright)(?:\s*(?:©|\(c\)))?[\s:,]*(?:\d{4}(?:\s*[-–]\s*\d{4})?[\s,.]*)?"
    r"(?:by\s+)?(?-i:the\s+)?(?P<org>(?-i:[A-Z])[^|]{2,150})",
    re.IGNORECASE,
)
_TAIL = re.compile(
    r"(?:[\s,.;]*\b(?:all rights reserved|some rights reserved|\d{4}(?:\s*[-–]\s*\d{4})?)\b.*|"
    r"[\s,.;:]+)$",
    re.IGNORECASE,
)
_SKIP = ("script", "style", "noscript", "template")


def shown_publisher(doc) -> str:
    """The publisher the page shows (see the module's docstring), or ""."""
    footer_lines = [ln for el in doc.iter() if _is_footer(el) for ln in _lines(el)]
    for line in footer_lines:
        if (m := PUBLISHED_BY.search(line)) and (name := _name(m["org"])):
            return name
    for finder in (_logo_name, _masthead_name):
        if name := finder(doc):
            return name
    for line in footer_lines:
        if (m := COPYRIGHT.match(line)) and (name := _name(m["org"])):
            return name
    return ""


def _is_footer(el) -> bool:
    if not isinstance(el.tag, str):
        return False
    if el.tag == "footer" or (el.get("role") or "").lower() == "contentinfo":
        return True
    return any(t in FOOTER_WORDS for t in name_tokens(el))


def _logo_name(doc) -> str:
    for el in doc.iter():
        if not isinstance(el.tag, str) or not LOGO_WORDS & set(_squashed(el)):
            continue
        candidates = [el.get("title"), el.get("aria-label")]
        for sub in el.iter():
            if isinstance(sub.tag, str):
                candidates += [sub.get("alt"), sub.get("title"), sub.get("aria-label")]
        candidates.append(", ".join(_lines(el)))
        for value in candidates:
            if name := _name(value or ""):
                return name
    return ""


def _masthead_name(doc) -> str:
    """The heading of the site's header, when it is not the article's headline."""
    title = clean(doc.findtext(".//title") or "").lower()
    for el in doc.iter():
        if not isinstance(el.tag, str) or not _is_site_header(el):
            continue
        for h in el.iter("h1", "h2", "h3", "h4"):
            text = ", ".join(_lines(h))
            if title and (text.lower() in title or title in text.lower()):
                continue  # the headline set in the header, not the site
            if name := _name(text):
                return name
    return ""


def _is_site_header(el) -> bool:
    if any(a.tag in ("article", "main") for a in el.iterancestors()):
        return False
    if el.tag == "header" or (el.get("role") or "").lower() == "banner":
        return True
    return any(t in HEADER_WORDS for t in _squashed(el))


def _squashed(el) -> list[str]:
    """Class and id words, and each name with its separators removed (``site-name``
    is ``sitename``), so that ``portal-logo`` and ``bpa-logo`` are logos."""
    raw = " ".join(filter(None, (el.get("class"), el.get("id")))).lower()
    return name_tokens(el) + [re.sub(r"[^a-z0-9]", "", n) for n in raw.split()]


_BREAKS = {"br", "p", "div", "li", "small", "dd", "dt", "tr", "td", "h1", "h2", "h3", "h4"}


def _lines(el) -> list[str]:
    """The element's visible text as lines: ``<br>`` and blocks inside it break lines."""
    parts: list[str] = []

    def walk(node) -> None:
        if isinstance(node.tag, str) and node.tag not in _SKIP:
            if node.tag in _BREAKS:
                parts.append("\n")
            parts.append(node.text or "")
            for child in node:
                walk(child)
            if node.tag in _BREAKS:
                parts.append("\n")
        if node is not el:
            parts.append(node.tail or "")

    walk(el)
    return [x for x in map(clean, "".join(parts).split("\n")) if x]


def _name(value: str) -> str:
    """An institution's name, or "" for a description, a URL or a fragment."""
    name = _TAIL.sub("", clean(value))
    if not 3 <= len(name) <= 120 or not re.search(r"[A-Z]", name) or NOT_A_NAME.search(name):
        return ""
    if name.lower().startswith(("crown", "http", "www.")) or "@" in name or "/" in name:
        return ""
    return name
