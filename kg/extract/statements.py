"""Statements: sentences reporting what a participant said, stressed, noted or agreed."""

from __future__ import annotations

from kg.extract.document import Doc, View
from kg.model import Span, Statement

SKIPPABLE = {"also", "further", "in", "turn", ",", "warmly", "then", "again", "once", "fully",
             "both", "jointly", "strongly", "firmly", "had", "has", "have", "repeatedly"}


def _speaker(doc: Doc, view: View, k: int) -> tuple[str, tuple[str, ...]] | None:
    m = view.mentions[int(view.pieces[k][1:])]
    people = [a for a in m.actors if doc.kind(a) == "person"]
    if m.kind in ("people", "states") or len(m.actors) > 1:
        return "both", tuple(doc.participants)
    if len(people) == 1:
        return people[0], (people[0],)
    return None


def statement_of(doc: Doc, view: View) -> Statement | None:
    pieces = view.pieces
    lex = doc.lex
    s = view.sentence
    span = Span(s.start, s.end, s.text)
    # "..., the leaders affirmed." / "..., Xi said."
    if len(pieces) >= 3 and pieces[-1] == "." and pieces[-2] in lex.reporting:
        k = len(pieces) - 3
        if pieces[k].startswith("@") and k >= 1 and pieces[k - 1] == ",":
            who = _speaker(doc, view, k)
            if who:
                return Statement(s.opening, who[0], lex.reporting[pieces[-2]], span, who[1])
    first = pieces[0] if pieces else ""
    start = 0
    if (first.endswith("ing") or lex.is_("preposition", first)) and "," in pieces:
        start = pieces.index(",") + 1
    for k, p in enumerate(pieces):
        if k < start or not p.startswith("@"):
            continue
        if k > 0 and lex.is_("preposition", pieces[k - 1]):
            continue
        m = view.mentions[int(p[1:])]
        j = k + 1
        if j < len(pieces) and pieces[j] == "'s":
            continue
        while j < len(pieces) and (pieces[j] in SKIPPABLE or pieces[j].startswith("@")
                                   and pieces[j - 1] in (",", "and")):
            j += 1
        if j < len(pieces) and pieces[j] in lex.reporting:
            who = _speaker(doc, view, k) if m.actors else None
            if who:
                return Statement(s.opening, who[0], lex.reporting[pieces[j]], span, who[1])
        return None
    return None


def statements(doc: Doc) -> list[Statement]:
    out = []
    for view in doc.views:
        st = statement_of(doc, view)
        if st:
            out.append(st)
    return out
