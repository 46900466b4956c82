"""Who wrote a first-person text, and to whom: a message's, a letter's or a leader's own
statement's author and addressee.

The author is named in the headline ("Letter by President X to Y", "X's message to Y",
"X sends message to Y", "Statement by the President"), in a sentence announcing the text
("X sent the following message to Y"), or under it (a signature line under a salutation),
or, failing those, is the holder of the office that publishes it ("Office of the
President", "the Presidency", a seat such as the White House) on the day. The addressee is
the one they name after "to", or the salutation's ("Dear President Y,").
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from kg.extract.mentions import Mention
from kg.resources import data_file, read_tsv

if TYPE_CHECKING:
    from kg.extract.document import Doc

GENRES = re.compile(
    r"\b(?:letter|message|statement|greetings?|congratulat\w*|condolences?|telegram|"
    r"felicitations?|remarks)\b",
    re.I,
)


def from_headline(doc: Doc, title: str, mentions: list[Mention]) -> tuple[str | None, ...]:
    """Author and addressee a message's headline names: the person after "by"/"from" or
    before "'s", and the person after "to"."""
    if not GENRES.search(title):
        return None, None
    author = addressee = None
    for m in mentions:
        if m.kind != "person" or len(m.actors) != 1 or doc.kind(m.actors[0]) != "person":
            continue
        before = title[: m.start].split()[-2:]
        after = title[m.end : m.end + 30].lower().split()[:3]  # "X sends message to Y"
        if before and before[-1].lower() == "to" and addressee is None:
            addressee = m.actors[0]
        elif (
            (before and before[-1].lower() in ("by", "from"))
            or m.possessive
            or SENDING.intersection(after)
        ):
            author = author or m.actors[0]
    return author, addressee


SENDING = frozenset("sent sends addressed addresses wrote writes conveyed conveys".split())


def _announced(doc: Doc) -> tuple[str | None, str | None]:
    """Author and addressee of a writing the sentences just before announce: 'X sent the
    following message to Y', 'In a letter to Y, X wrote', 'a message from X reads'."""
    text = doc.readout.text
    for view in reversed(doc.views[-3:]):
        if not GENRES.search(view.sentence.text):
            continue
        people = [
            m
            for m in view.mentions
            if m.kind == "person" and len(m.actors) == 1 and doc.kind(m.actors[0]) == "person"
        ]
        author = addressee = None
        for m in people:
            before = text[max(0, m.start - 12) : m.start].lower().split()[-1:]
            after = text[m.end : m.end + 30].lower().split()[:3]
            if before == ["to"] and addressee is None:
                addressee = m.actors[0]
            elif before in (["by"], ["from"]) or m.possessive or SENDING.intersection(after):
                author = author or m.actors[0]
        if author:
            return author, addressee
    return None, None


# a signature: a short line under the text naming its author
SALUTATION = re.compile(r"^\s*(?:Dear\b|(?:Your )?Excellency\b)", re.M)


def signed(doc: Doc, find) -> None:
    """A letter with a salutation and no headline author: the person its last short lines
    name signed it, and the salutation's person is the addressee. ``find`` is the mention
    finder's ``find``."""
    text = doc.readout.text
    if doc.author or ("Dear" not in text[:600] and "Excellency" not in text[:600]):
        return  # the salutation's words, found faster than its pattern
    head = SALUTATION.search(text, 0, 600)
    if not head:
        return
    end = text.find("\n", head.start())
    # the short lines under the body's last sentence, nearest the body first
    foot = []
    for line in reversed([ln for ln in text[end:].rstrip().splitlines()[-4:] if ln.strip()]):
        if len(line.split()) > 8 or line.rstrip().endswith((".", ":", ";", ",")):
            break
        foot.insert(0, line)
    for line in foot:
        found = [m for m in find(line, text.rfind(line), {})[1] if _one_person(doc, m)]
        if found:
            doc.author = found[0].actors[0]
            break
    line = text[head.start() : end if end > 0 else len(text)]
    found = [m for m in find(line, head.start(), {})[1] if _one_person(doc, m)]
    if found and doc.addressee is None:
        doc.addressee = found[0].actors[0]


def _one_person(doc: Doc, m: Mention) -> bool:
    return m.kind == "person" and len(m.actors) == 1 and doc.kind(m.actors[0]) == "person"


_TITLE_PATTERNS: list = [None, []]


def _title_patterns(titles: dict[tuple[str, ...], str]) -> list[tuple[re.Pattern, int, str]]:
    """Each title as a compiled whole-word pattern with its length, made once (hundreds
    per readout overflowed ``re``'s cache, which then compiled them again each time)."""
    if _TITLE_PATTERNS[0] is not titles:
        _TITLE_PATTERNS[:] = [
            titles,
            [
                (re.compile(rf"\b{re.escape(' '.join(k))}\b"), len(" ".join(k)), role)
                for k, role in titles.items()
            ],
        ]
    return _TITLE_PATTERNS[1]


@cache
def _residences() -> tuple[tuple[str, str], ...]:
    return tuple(
        (r["pattern"], r["office"]) for r in read_tsv(data_file("lexicon", "residences.tsv"))
    )


# the office a headline names as its author: "Statement by the President on ..."
BY_OFFICE = re.compile(r"\b(?:[Bb]y|[Ff]rom) the ((?:[A-Z][\w-]*)(?: [A-Z][\w-]*){0,3})")


def _office_author(doc: Doc) -> str | None:
    """The holder, on the day, of the office the headline ("Statement by the President")
    or the publisher names ("Prime Minister's Office", "the Presidency", the White House):
    the longest title found there."""
    title = doc.title or ""
    by = BY_OFFICE.search(title) if GENRES.search(title) else None
    # "the Presidency" publishes for the President, a seat for its holder
    pub = (doc.readout.publisher or "").replace("Presidency", "President")
    pub += "".join(f" {office}" for place, office in _residences() if place in pub)
    if not doc.home or not pub:
        return None
    found = []
    for named in ([by[1]] if by else []) + [pub]:  # the headline's office first
        found = [
            (size, role)
            for pattern, size, role in _title_patterns(doc.lex.titles)
            if pattern.search(named)
        ]
        if found:
            break
    if not found:
        return None
    role = max(found)[1]
    for t in doc.gaz.holders(doc.day, of=doc.home, role=role):
        return t.person
    return None


def author_of(doc: Doc) -> tuple[str | None, str | None]:
    """Author and addressee of the first-person text being read, when no headline named
    the author: an announcing sentence's, else the publishing office's holder."""
    author, addressee = _announced(doc)
    return author or _office_author(doc), addressee
