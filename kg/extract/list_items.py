"""A list's lead-in and its items: "Foreign Minister Wong and Foreign Minister Marsudi:"
or "The leaders:" above bullets that open on their verb ("- agreed to strengthen ...",
"- expressed concern about ..."). Each item's act is the lead-in's subject's."""

from __future__ import annotations

from kg.extract.document import Doc, View
from kg.extract.speech_joint import JOINT
from kg.extract.speech_lexicon import SAID, SKIPPABLE, reporting_verb

LIST_GLUE = frozenset({",", "and", "&"})


def lead_subject(doc: Doc, view: View) -> list[int] | None:
    """The mention pieces a lead-in names, a list of them joined by "and" or commas
    ("A and B:"), or None when the sentence is no lead-in (a subject and a colon, nothing
    else)."""
    pieces = view.pieces
    if len(pieces) < 2 or pieces[-1] != ":":
        return None
    core = [k for k in range(len(pieces) - 1) if pieces[k] not in SKIPPABLE]
    named = [k for k in core if pieces[k][0] == "@"]
    if not named or any(pieces[k][0] != "@" and pieces[k] not in LIST_GLUE for k in core):
        return None
    return named


def lead_agents(doc: Doc, view: View) -> list[str] | None:
    """The actors a lead-in names ("The ministers:" are the participants)."""
    named = lead_subject(doc, view)
    if named is None:
        pieces = view.pieces
        if len(pieces) > 1 and pieces[-1] == ":" and JOINT.fullmatch(" ".join(pieces[:-1]) + " "):
            return list(doc.participants) or None
        return None
    out: list[str] = []
    for k in named:
        m = view.mentions[view.piece_mention[k]]
        out += [a for a in m.actors if a not in out]
    return out or None


def opens_on_verb(doc: Doc, view: View) -> bool:
    """An item with its subject dropped: its first word (after adverbs) is a finite verb
    of report or act ("agreed", "expressed", "reaffirmed", "condemned")."""
    pieces = view.pieces
    j = 0
    while j < len(pieces) - 1 and pieces[j] in SKIPPABLE:
        j += 1
    if j >= len(pieces) or pieces[j][0] == "@":
        return False
    verb = pieces[j]
    if pieces[j + 1 : j + 2] in (["by"], [","]):
        return False  # "Welcomed by the host, ...": no act of the lead-in's subject
    return verb.endswith("ed") or verb in SAID or reporting_verb(doc, verb)
