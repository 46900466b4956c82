"""Saved web pages: the article's title, date, URL and paragraphs, not the page around it.

Parsing and tree surgery are lxml's (already a dependency, and lenient with
broken markup). Boilerplate is recognised by structure, not by site: page
furniture is what HTML marks as such (``nav``, ``footer``, ARIA roles, hidden
elements) or names as such in its classes (breadcrumb, share, print, related...);
the article is the container holding the most prose, widened to the element
that also holds the headline, so a lead paragraph set apart from the body (as
the Kremlin's pages do) is not lost.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from lxml import etree, html

from kg.errors import InputError
from kg.ingest.decode import decode_declared, read_bytes
from kg.ingest.markup import TITLE_SEPARATORS, name_tokens
from kg.ingest.markup import clean as _clean
from kg.ingest.pagemeta import page_metadata
from kg.ingest.sidecar import merge_meta
from kg.model import Readout
from kg.text.dates import parse_date

# Elements that never hold the article's text.
NEVER = (
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "math",
    "iframe",
    "object",
    "embed",
    "canvas",
    "video",
    "audio",
    "form",
    "button",
    "input",
    "select",
    "textarea",
    "dialog",
    "link",
    "meta",
)
# Elements that are page furniture unless they hold the headline or most of the prose.
FURNITURE_TAGS = ("nav", "aside", "footer", "header", "menu")
FURNITURE_ROLES = {
    "navigation",
    "banner",
    "contentinfo",
    "search",
    "complementary",
    "dialog",
    "menu",
    "menubar",
    "toolbar",
    "alert",
}
# Words in class/id names that mark furniture (matched inside each name token).
FURNITURE_WORDS = (
    "nav",
    "menu",
    "breadcrumb",
    "crumbs",
    "share",
    "social",
    "print",
    "related",
    "sidebar",
    "footer",
    "cookie",
    "consent",
    "skip",
    "logo",
    "toplink",
    "search",
    "tags",
    "tagscol",
    "category",
    "pagetop",
    "backtotop",
    "friend",
    "fontsize",
    "accessibility",
    "teaser",
    "subscribe",
    "newsletter",
    "banner",
    "utility",
    "toolbar",
    "pagination",
    "pager",
    "comment",
    "advert",
    "promo",
    "widget",
    "rss",
    "langs",
    "language",
    "copyright",
    "disclaimer",
    "bottommeta",
    "keywords",
    "visuallyhidden",
    "sronly",
)
PAGE_TOP_WORDS = {"header", "masthead", "siteheader", "pageheader", "topbar", "branding"}
NOT_FURNITURE = {"research", "researcher", "printed", "shared", "navy", "navigator"}
FURNITURE_EXACT = {"lang", "top", "ad", "ads", "meta", "tools", "more", "hidden"}
BLOCK_TAGS = {
    "p",
    "div",
    "section",
    "article",
    "main",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "blockquote",
    "pre",
    "table",
    "thead",
    "tbody",
    "tr",
    "td",
    "th",
    "figure",
    "figcaption",
    "address",
    "header",
    "footer",
    "hr",
    "center",
    "body",
    "html",
    "caption",
}
PARAGRAPH_TAGS = {"p", "blockquote", "pre", "li", "dd", "h2", "h3", "h4", "h5", "h6"}
SENTENCE_END = re.compile(r"[.!?][\"”’')]*$")
MIN_WORDS = 15


@dataclass(frozen=True)
class Page:
    """What a saved page says, separated from how it was laid out."""

    title: str | None
    published: str | None
    url: str | None
    publisher: str | None
    header: tuple[str, ...]  # short lines above the body: dateline, kind of release
    paragraphs: tuple[str, ...]

    @property
    def text(self) -> str:
        """The article as a readout's text: title and datelines, a blank line, paragraphs."""
        head = "\n".join(x for x in ((self.title,) + self.header) if x)
        body = "\n\n".join(self.paragraphs)
        return f"{head}\n\n{body}\n" if head else body + "\n"


def read_html(path: Path, **meta) -> Iterator[Readout]:
    page = parse_page(str(path), read_bytes(path))
    own = {
        "title": page.title,
        "published": page.published,
        "publisher": page.publisher,
        "url": page.url,
    }
    found = merge_meta(path, own, meta)
    yield Readout(
        source=str(path),
        text=page.text,
        title=found.get("title"),
        published=found.get("published"),
        publisher=found.get("publisher"),
        url=found.get("url"),
        source_url=found.get("source_url"),
    )


def parse_page(source: str, data: bytes) -> Page:
    """The article of a web page; InputError if the page holds none."""
    text = decode_declared(source, data, _declared_charset(data))
    doc = _parse(source, text)
    meta = page_metadata(doc)
    title_el, title = _title(doc, meta.get("title"))
    _drop_never(doc)
    blocks = _blocks(doc)
    prose = sum(len(b.text) for b in blocks if b.is_prose)
    _drop_furniture(doc, title_el, prose)
    blocks = _blocks(doc)
    container = _best_container(blocks)
    if container is None:
        raise InputError(source, _no_text(doc, text, "nothing but page furniture"))
    root = _article_root(container, title_el)
    header, paragraphs = _arrange(blocks, root, container, title)
    words = sum(len(p.split()) for p in paragraphs)
    if words < MIN_WORDS or not any(SENTENCE_END.search(p) for p in paragraphs):
        why = f"only {words} words outside page furniture"
        raise InputError(source, _no_text(doc, text, why))
    published = meta.get("published") or next(filter(None, map(parse_date, header)), None)
    if published is None:
        published = _visible_date(root)
    return Page(
        title=title,
        published=published,
        url=meta.get("url"),
        publisher=meta.get("publisher"),
        header=tuple(header),
        paragraphs=tuple(paragraphs),
    )


def html_to_text(fragment: str) -> str:
    """Text of markup in a corpus row: the article if it is a page, else its paragraphs."""
    try:
        page = parse_page("", fragment.encode("utf-8"))
        head = "\n".join(page.header)
        return (head + "\n\n" if head else "") + "\n\n".join(page.paragraphs)
    except InputError:
        pass
    try:
        doc = html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):
        return fragment
    _drop_never(doc)
    return "\n\n".join(b.text for b in _blocks(doc) if b.text)


def looks_like_html(text: str) -> bool:
    head = text.lstrip()[:2000].lower()
    return head.startswith("<") and any(t in head for t in ("<p", "<div", "<br", "<html", "<body"))


# -- parsing ----------------------------------------------------------------------------

_PARSER = html.HTMLParser(encoding="utf-8", remove_comments=False, remove_pis=True)


def _parse(source: str, text: str):
    try:
        doc = html.document_fromstring(text.encode("utf-8"), parser=_PARSER)
    except (etree.ParserError, ValueError) as exc:
        raise InputError(source, f"broken HTML: {exc}") from None
    if doc is None or not isinstance(doc.tag, str):
        raise InputError(source, "broken HTML: no document element")
    if any("Excessive depth" in e.message for e in _PARSER.error_log):
        doc.set(_TOO_DEEP, "1")
    return doc


def _no_text(doc, text: str, why: str) -> str:
    """Why a page gave no article: libxml2 drops what is nested past 255 levels, so a page
    that deep lost its text to the parser, not to furniture."""
    if doc.get(_TOO_DEEP):
        why = f"nested too deep to parse ({_nesting(text)} levels)"
    return f"no article text in the page ({why})"


_TOO_DEEP = "data-kg-too-deep"  # set on the root by ``_parse`` when libxml2 hit its depth limit
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())


class _Nesting(HTMLParser):
    """How deep a page's tags nest (void elements and stray end tags aside)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.depth = self.deepest = 0

    def handle_starttag(self, tag, attrs) -> None:
        if tag not in _VOID:
            self.depth += 1
            self.deepest = max(self.deepest, self.depth)

    def handle_endtag(self, tag) -> None:
        if tag not in _VOID:
            self.depth = max(0, self.depth - 1)


def _nesting(text: str) -> int:
    scan = _Nesting()
    scan.feed(text)
    scan.close()
    return scan.deepest


def _declared_charset(data: bytes) -> str | None:
    """The charset a page declares in its meta tags (read only when it is not UTF-8)."""
    try:
        data.decode("utf-8")
        return None
    except UnicodeDecodeError:
        pass
    try:
        doc = html.document_fromstring(data[:8192], parser=html.HTMLParser(encoding="iso-8859-1"))
    except (etree.ParserError, ValueError):
        return None
    for value in doc.xpath("//meta/@charset"):
        return str(value).strip()
    for value in doc.xpath(
        "//meta[translate(@http-equiv,'CONTENT-TYPE','content-type')='content-type']/@content"
    ):
        _, _, cs = str(value).lower().partition("charset=")
        if cs:
            return cs.strip(" ;\"'")
    return None


def _title(doc, declared: str | None):
    """The headline element and its text: the page's h1, or the element repeating its title."""
    body = doc.find("body")
    scope = body if body is not None else doc
    page_title = _clean(doc.findtext(".//title") or "")
    wanted = {_clean(t).lower() for t in (declared, page_title) if t}
    wanted |= {p.lower() for t in (declared, page_title) if t for p in TITLE_SEPARATORS.split(t)}
    h1s = [el for el in scope.iter("h1") if _clean(el.text_content()) and not _in_furniture(el)]
    for el in h1s:
        if _clean(el.text_content()).lower() in wanted:
            return el, _clean(el.text_content())
    for tags in (("h2", "h3"), None):
        for el in scope.iter(*tags) if tags else scope.iter():
            if not isinstance(el.tag, str) or el.tag in NEVER or el.tag in ("a", "title"):
                continue
            t = _clean(el.text_content())
            if (
                t
                and len(t) < 300
                and t.lower() in wanted
                and _owns_text(el)
                and not _in_furniture(el)
            ):
                return el, t
    # No heading repeats the page's title: the first h1 in the article, then any h1,
    # then the first h2/h3 in the article.
    headings = [
        el
        for el in scope.iter("h1", "h2", "h3")
        if _clean(el.text_content()) and not _in_furniture(el)
    ]
    inside = [el for el in headings if _in_article(el)]
    for el in (
        [h for h in inside if h.tag == "h1"] + [h for h in headings if h.tag == "h1"] + inside
    ):
        return el, _clean(el.text_content())
    if declared:
        return None, _clean(declared)
    if page_title:
        parts = TITLE_SEPARATORS.split(page_title)
        return None, max(parts, key=len) if len(parts) > 1 else page_title
    return None, None


def _in_article(el) -> bool:
    return any(
        a.tag in ("article", "main") or (a.get("role") or "") == "main" for a in el.iterancestors()
    )


def _in_furniture(el) -> bool:
    return any(
        isinstance(a.tag, str) and _is_furniture(a)
        for a in [el, *el.iterancestors()]
        if a.tag not in ("html", "body")
    )


def _owns_text(el) -> bool:
    """True if the element's text is its own, not that of one child block holding it all."""
    return bool((el.text or "").strip()) or not any(
        isinstance(c.tag, str) and c.tag in BLOCK_TAGS for c in el
    )


# -- removing furniture -----------------------------------------------------------------


def _drop_never(doc) -> None:
    for el in list(doc.iter(etree.Comment, etree.ProcessingInstruction)):
        if el.getparent() is not None:
            el.drop_tree()
    for el in doc.xpath("//" + " | //".join(NEVER)):
        if el.getparent() is not None:
            el.drop_tree()


def _is_furniture(el) -> bool:
    if el.tag in FURNITURE_TAGS or el.tag in NEVER:
        return True
    if (el.get("role") or "").lower() in FURNITURE_ROLES:
        return True
    if el.get("hidden") is not None or (el.get("aria-hidden") or "").lower() == "true":
        return True
    style = (el.get("style") or "").replace(" ", "").lower()
    if "display:none" in style or "visibility:hidden" in style:
        return True
    tokens = name_tokens(el)
    if any(t in PAGE_TOP_WORDS for t in tokens) and not _in_article(el):
        return True  # a site header; an article's own header holds its headline and date
    return any(_furniture_token(t) for t in tokens)


def _furniture_token(token: str) -> bool:
    """``mainmenu``, ``toplink`` and ``social-links`` are furniture; ``research`` is not."""
    if token in FURNITURE_EXACT:
        return True
    if token in NOT_FURNITURE:
        return False
    return any(token.startswith(w) or token.endswith(w) for w in FURNITURE_WORDS)


def _drop_furniture(doc, title_el, prose: int) -> None:
    """Drop furniture, but never the headline nor a wrapper holding most of the prose."""
    keep = set(title_el.iterancestors()) | {title_el} if title_el is not None else set()
    for el in list(doc.iter()):
        if not isinstance(el.tag, str) or el.tag in ("html", "body") or el in keep:
            continue
        if el.getparent() is None or not _is_furniture(el):
            continue
        mine = sum(len(b.text) for b in _blocks(el) if b.is_prose)
        if prose and mine > prose / 2:
            continue
        el.drop_tree()


# -- blocks of text ---------------------------------------------------------------------


@dataclass(frozen=True)
class Block:
    """Text between two block-level boundaries, with the element that holds it."""

    owner: object
    text: str
    link_chars: int
    label: bool = False  # a "term: value" pair of a definition list ("From: Office of X")

    @property
    def link_density(self) -> float:
        return self.link_chars / max(1, len(self.text))

    @property
    def is_prose(self) -> bool:
        return len(self.text) >= 25 and not self.is_links

    @property
    def is_links(self) -> bool:
        """Mostly link text and not a sentence: a menu, a list of stories, a tag cloud.

        A sentence whose names are links ("<a>Secretary Blinken</a> met <a>...</a>.")
        is still prose.
        """
        d = self.link_density
        return d >= 0.9 or (d >= 0.5 and not _is_sentence(self.text))


def _blocks(root) -> list[Block]:
    """The element's text as blocks in document order; ``<br>`` is a line break."""
    out: list[Block] = []
    parts: list[str] = []
    links = [0]
    stack = []  # enclosing block elements
    in_link = 0

    def flush(owner) -> None:
        # Source newlines are spaces; <br> is a line break, and two of them a paragraph.
        lines = [ln.strip() for ln in "".join(parts).split("\n")]
        paragraphs = re.split(r"\n{2,}", "\n".join(lines).strip("\n"))
        total = sum(len(p) for p in paragraphs) or 1
        for para in paragraphs:
            if para:
                share = links[0] * len(para) // total
                out.append(Block(owner, para, min(share, len(para))))
        parts.clear()
        links[0] = 0

    def add(s: str | None) -> None:
        if s:
            s = re.sub(r"\s+", " ", s)
            parts.append(s)
            if in_link:
                links[0] += len(s.strip())

    for event, el in etree.iterwalk(root, events=("start", "end")):
        tag = el.tag if isinstance(el.tag, str) else None
        if event == "start":
            if tag is None:
                continue
            if tag in BLOCK_TAGS:
                flush(stack[-1] if stack else root)
                stack.append(el)
            elif tag == "br":
                parts.append("\n")
            elif tag == "a":
                in_link += 1
            add(el.text)
        else:
            if tag is None:
                add(el.tail)
                continue
            if tag in BLOCK_TAGS:
                flush(el)
                stack.pop()
            elif tag == "a":
                in_link -= 1
            if el is not root:
                add(el.tail)
    flush(stack[-1] if stack else root)
    return _pair_terms(out)


def _pair_terms(blocks: list[Block]) -> list[Block]:
    """Join each ``<dt>`` to the ``<dd>`` after it: "Published" + "5 May" is one line."""
    out: list[Block] = []
    for b in blocks:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.owner.tag == "dt"
            and b.owner.tag == "dd"
            and b.owner.getprevious() is prev.owner
            and "\n" not in b.text
        ):
            out[-1] = Block(
                b.owner, f"{prev.text} {b.text}", prev.link_chars + b.link_chars, label=True
            )
        else:
            out.append(b)
    return out


def _best_container(blocks: list[Block]):
    """The element whose paragraphs hold the most prose (links count against it)."""
    score: dict = {}
    for b in blocks:
        if not b.is_prose:
            continue
        owner = b.owner
        weight = len(b.text) * (1 - b.link_density)
        target = owner.getparent() if owner.tag in PARAGRAPH_TAGS else owner
        if target is None:
            target = owner
        score[target] = score.get(target, 0) + weight
        grand = target.getparent()
        if grand is not None:
            score[grand] = score.get(grand, 0) + weight / 4
    if not score:
        return None
    best = max(score, key=lambda el: score[el])
    if best.tag in ("ul", "ol", "dl", "tbody", "tr", "table") and best.getparent() is not None:
        best = best.getparent()
    return best


def _article_root(container, title_el):
    """The container widened to the nearest ancestor that also holds the headline."""
    if title_el is None:
        return container
    for el in [container, *container.iterancestors()]:
        if el.tag in ("body", "html"):
            break
        if el is title_el or title_el in el.iterdescendants():
            return el
    return container


def _inside(el, root) -> bool:
    return el is root or any(a is root for a in el.iterancestors())


def _is_sentence(text: str) -> bool:
    return len(text.split()) >= 6 and bool(SENTENCE_END.search(text))


def _arrange(blocks: list[Block], root, container, title: str | None):
    """Header lines (above the prose) and body paragraphs of the article root."""
    header: list[str] = []
    paragraphs: list[str] = []
    seen: set[str] = set()
    norm_title = _clean(title or "").lower()
    in_container = {id(b): _inside(b.owner, container) for b in blocks}
    # A summary set above the body and repeated in it is read once, where the body has it.
    repeated = {_clean(b.text).lower() for b in blocks if in_container[id(b)]}
    started = False
    for b in blocks:
        if not _inside(b.owner, root):
            continue
        in_body = in_container[id(b)]
        if "\n" in b.text:  # a headline set apart by a line break from what follows it
            kept = [ln for ln in b.text.split("\n") if _clean(ln).lower() != norm_title]
            b = Block(b.owner, "\n".join(kept), b.link_chars, b.label)
        key = _clean(b.text).lower()
        if not key or key == norm_title or key in seen or (not in_body and key in repeated):
            continue
        if b.is_links and not (b.label and not started):
            continue
        if not started and not _is_sentence(b.text) and (len(b.text.split()) <= 12 or b.label):
            header.append(_clean(b.text))  # dateline, kind of release, place and date
            seen.add(key)
            continue
        if not in_body and started and not _is_sentence(b.text):
            continue  # a caption or label between or after the prose
        started = True
        seen.add(key)
        paragraphs.append(b.text)
    return header, paragraphs


def _visible_date(root) -> str | None:
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        if el.tag == "time" and (d := parse_date(el.get("datetime") or el.text_content())):
            return d
        tokens = name_tokens(el)
        dated = any(w in t for t in tokens for w in ("date", "time", "published", "byline"))
        if dated and (d := parse_date(_clean(el.text_content())[:80])):
            return d
    return None
