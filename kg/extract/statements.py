"""Statements: sentences reporting what a participant said, stressed, noted or agreed."""

from __future__ import annotations

from kg.extract.document import Doc, View
from kg.model import Span, Statement

SKIPPABLE = {
    "also",
    "further",
    "in",
    "turn",
    "warmly",
    "then",
    "again",
    "once",
    "fully",
    "both",
    "jointly",
    "strongly",
    "firmly",
    "had",
    "has",
    "have",
    "repeatedly",
    "today",
    "later",
    "briefly",
    "separately",
    "subsequently",
    "earlier",
    "each",
    "personally",
    "formally",
    "officially",
    "duly",
    "thereafter",
    "finally",
}
QUOTES = {'"', "“", "”", "'", "‘", "’"}


def _speaker(doc: Doc, view: View, ks: list[int]) -> tuple[str, tuple[str, ...]] | None:
    actors: list[str] = []
    group = False
    for k in ks:
        m = view.mentions[int(view.pieces[k][1:])]
        group = group or m.kind in ("people", "states") or len(m.actors) > 1
        actors.extend(a for a in m.actors if a not in actors)
    people = [a for a in actors if doc.kind(a) == "person"]
    if group or len(actors) > 1:
        return "both", tuple(people or doc.participants)
    if len(people) == 1 and len(actors) == 1:
        return people[0], (people[0],)
    if len(actors) == 1 and len(ks) == 1:
        m = view.mentions[int(view.pieces[ks[0]][1:])]
        # "The EU side stressed ...": a side speaks as its state or organisation
        if m.text.lower().endswith("side") or doc.kind(actors[0]) == "organization":
            return actors[0], tuple(
                p for p in doc.participants if doc.state_of(p) == actors[0]
            ) or (actors[0],)
    return None


def _subject_chain(pieces: list[str], k: int) -> tuple[list[int], int]:
    """'A', 'A and B', 'A, B and C' from piece k; and the piece after it."""
    ks, j = [k], k + 1
    while j + 1 < len(pieces) and pieces[j] in (",", "and") and pieces[j + 1].startswith("@"):
        ks.append(j + 1)
        j += 2
    if len(ks) > 1 and "and" not in pieces[k:j]:
        return [k], k + 1
    return ks, j


def _skip_to_verb(pieces: list[str], j: int) -> int:
    """Over adverbs and a parenthetical ', on behalf of ...,' between subject and verb."""
    while j < len(pieces):
        p = pieces[j]
        if p in SKIPPABLE:
            j += 1
        elif p == "," and "," in pieces[j + 1 : j + 25]:
            j = pieces.index(",", j + 1) + 1
        else:
            break
    return j


def statement_of(doc: Doc, view: View) -> Statement | None:
    pieces = view.pieces
    lex = doc.lex
    s = view.sentence
    span = Span(s.start, s.end, s.text)
    # '"...," said President Ramaphosa.' / '..., the leaders affirmed.' / '..., Xi said.'
    tail = [p for p in pieces if p not in QUOTES]
    if len(tail) >= 4 and tail[-1] == "." and tail[-4] == ",":
        if tail[-2] in lex.reporting and tail[-3].startswith("@"):
            k = len(pieces) - 1 - pieces[::-1].index(tail[-3])
            who = _speaker(doc, view, [k])
            if who:
                return Statement(s.opening, who[0], lex.reporting[tail[-2]], span, who[1])
        if tail[-3] in lex.reporting and tail[-2].startswith("@"):
            k = len(pieces) - 1 - pieces[::-1].index(tail[-2])
            who = _speaker(doc, view, [k])
            if who:
                return Statement(s.opening, who[0], lex.reporting[tail[-3]], span, who[1])
    if pieces[:2] in (["the", "message"], ["the", "letter"]) and doc.participants:
        # "The message reads, in part: ..." speaks for its sender
        if len(pieces) > 2 and pieces[2] in ("reads", "said", "says", "stated", "noted"):
            sender = doc.participants[0]
            return Statement(s.opening, sender, "say", span, (sender,))
    first = pieces[0] if pieces else ""
    start = 0
    if (
        first.endswith("ing") or lex.is_("preposition", first) or first == "according"
    ) and "," in pieces:
        start = pieces.index(",") + 1
    k = start
    while k < len(pieces):
        p = pieces[k]
        if (
            not p.startswith("@")
            or (k > 0 and lex.is_("preposition", pieces[k - 1]))
            or (k + 1 < len(pieces) and pieces[k + 1] == "'s")
        ):
            k += 1
            continue
        ks, j = _subject_chain(pieces, k)
        j = _skip_to_verb(pieces, j)
        if j < len(pieces) and pieces[j] in lex.reporting:
            verb = pieces[j]
            if verb in ("spoke", "speaks", "speak") and pieces[j + 1 : j + 2] != ["highly"]:
                return None  # "spoke with/to X" is the engagement, not a statement
            who = _speaker(doc, view, ks)
            if who:
                act = lex.reporting[verb]
                return Statement(s.opening, who[0], act, span, who[1])
        k = max(j, k + 1)
    return None


def statements(doc: Doc) -> list[Statement]:
    out = []
    for view in doc.views:
        st = statement_of(doc, view)
        if st:
            out.append(st)
    return out
