"""Statements: sentences reporting what a participant said, stressed, noted or agreed."""

from __future__ import annotations

import re

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
# a joint subject that is no mention: "the two", "both chancellors", "both of them",
# "the sides", "the two foreign ministers", "foreign ministers of A, B and C"
JOINT = re.compile(
    r"(?:the )?(?:two|both)(?: of (?:them|@\d+))? |"
    r"the (?:[a-z\-]+ ){0,2}(?:leaders|ministers|presidents|sides|parties|delegations|"
    r"counterparts|chancellors|secretaries|heads of (?:state|government)) |"
    r"(?:[a-z\-]+ ){1,2}ministers of @\d+(?: , @\d+)* and @\d+ "
)
# two subjects, one of them an office the mentions miss: "the Taoiseach and @1", the
# verb right after
PAIR = re.compile(r"(?:the [a-z\-]+|(?:@\d+ ){1,2}) ?and (?:@\d+|the [a-z\-]+) ")
# "X met Y and discussed ...": the joint verb of an engagement is both sides'
JOINT_ACTS = {"discuss", "exchange", "agree", "review"}
ENGAGE = {"met", "meets", "held", "had", "holds", "has"}
# "Views were also exchanged", "Also discussed were", "the call addressed": both sides
PASSIVE = re.compile(
    r"\b(?:was|were|has been|have been)(?: also| further| briefly| thoroughly)? "
    r"(discussed|exchanged|reviewed|addressed|raised|touched upon|considered)\b|"
    r"^(?:also )?(discussed|exchanged|reviewed|addressed|raised) (?:were|was)\b|"
    r"^(?:the|their|this) (?:phone |telephone |video )?(?:call|meeting|talks|conversation|"
    r"discussions?)(?: also)? (addressed|covered|focused on|touched upon|dealt with)\b",
    re.IGNORECASE,
)
# between subject and verb: "on Tuesday", "this afternoon", "was keen to"
ADVERBIAL = re.compile(
    r"on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday) |"
    r"this (?:morning|afternoon|evening) |(?:was|were) (?:keen|eager|pleased|happy) to "
)
LEAD_WORDS = {"while", "as", "after", "following", "upon", "when"}


def _speaker(doc: Doc, view: View, ks: list[int]) -> tuple[str, tuple[str, ...]] | None:
    actors: list[str] = []
    group = False
    for k in ks:
        m = view.mentions[int(view.pieces[k][1:])]
        group = group or m.kind in ("people", "states") or len(m.actors) > 1
        actors.extend(a for a in m.actors if a not in actors)
    people = [a for a in actors if doc.kind(a) == "person"]
    if group or len(actors) > 1 or len(ks) > 1:
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
        adverbial = ADVERBIAL.match(" ".join(pieces[j : j + 3]) + " ")
        if p in SKIPPABLE:
            j += 1
        elif adverbial:
            j += adverbial[0].count(" ")
        elif p == "," and "," in pieces[j + 1 : j + 25]:
            j = pieces.index(",", j + 1) + 1
        else:
            break
    return j


def _lemma(doc: Doc, verb: str) -> str:
    return doc.lex.reporting.get(verb) or re.sub(r"e?d$", "", verb.split()[0])


def _joint(doc: Doc, pieces: list[str], start: int) -> str | None:
    """The reporting verb after a joint subject that is no mention ('the two discussed')."""
    head = " ".join(pieces[start : start + 12]) + " "
    pair = PAIR.match(head)
    if pair:
        j = _skip_to_verb(pieces, start + pair[0].count(" "))
        if j < len(pieces) and pieces[j] in doc.lex.reporting:
            return pieces[j]
    m = JOINT.match(head)
    if not m:
        return None
    j = start + m[0].count(" ")
    for k in range(j, min(len(pieces), j + 20)):
        if pieces[k] in doc.lex.reporting and not pieces[k].endswith("ing"):
            return pieces[k]
    return None


def _engaged_then(doc: Doc, pieces: list[str], j: int) -> str | None:
    """'met Y and discussed', 'had a meeting with Y and exchanged views': the joint verb."""
    if j >= len(pieces) or pieces[j] not in ENGAGE:
        return None
    for k in range(j + 1, min(len(pieces) - 1, j + 25)):
        if pieces[k] in (".", ";"):
            return None
        nxt = pieces[k + 1]
        if pieces[k] == "and" and doc.lex.reporting.get(nxt) in JOINT_ACTS:
            return nxt
    return None


def _passive(doc: Doc, view: View) -> Statement | None:
    """Joint discussion in the passive or with the engagement as subject: `both`."""
    m = PASSIVE.search(view.sentence.text)
    if not m:
        return None
    verb = next(g for g in m.groups() if g).lower()
    s = view.sentence
    return Statement(
        s.opening, "both", _lemma(doc, verb), Span(s.start, s.end, s.text), tuple(doc.participants)
    )


def statement_of(doc: Doc, view: View, previous: Statement | None = None) -> Statement | None:
    found = _active(doc, view, previous)
    return found if found else _passive(doc, view)


def _active(doc: Doc, view: View, previous: Statement | None) -> Statement | None:
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
        first.endswith("ing")
        or lex.is_("preposition", first)
        or first in LEAD_WORDS
        or first == "according"
    ) and "," in pieces:
        start = pieces.index(",") + 1
    verb = _joint(doc, pieces, start)
    if verb:
        return Statement(s.opening, "both", lex.reporting[verb], span, tuple(doc.participants))
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
        if pieces[j : j + 1] == ["of"] and pieces[j + 1 : j + 2] and pieces[j + 1][0] == "@":
            j += 2  # "both of them"
        j = _skip_to_verb(pieces, j)
        joint = _engaged_then(doc, pieces, j)
        if joint:
            return Statement(s.opening, "both", lex.reporting[joint], span, tuple(doc.participants))
        if j < len(pieces) and pieces[j] in lex.reporting:
            verb = pieces[j]
            if verb in ("spoke", "speaks", "speak") and pieces[j + 1 : j + 2] in (
                ["with"],
                ["to"],
                ["by"],
                ["on"],
            ):
                k = j + 1  # "spoke with/to X" is the engagement; "and they discussed" may follow
                continue
            who = _speaker(doc, view, ks)
            if who:
                act = lex.reporting[verb]
                return Statement(s.opening, who[0], act, span, who[1])
        k = max(j, k + 1)
    # "According to him, ...": the one named, or the one just quoted, when no
    # participant reports in the clause itself
    if pieces[:2] == ["according", "to"] and "," in pieces[:8]:
        if pieces[2].startswith("@"):
            who = _speaker(doc, view, [2])
            if who:
                return Statement(s.opening, who[0], "say", span, who[1])
        if pieces[2] in ("him", "her") and previous:
            return Statement(s.opening, previous.speaker, "say", span, previous.participants)
    return None


def statements(doc: Doc) -> list[Statement]:
    out: list[Statement] = []
    for view in doc.views:
        st = statement_of(doc, view, out[-1] if out else None)
        if st:
            out.append(st)
    return out
