"""Statements whose subject is dropped (ANNOTATION.md section 8: "the subject may be
dropped"): the items of a list a subject introduces ("The leaders:" then "- reaffirmed
..."), and a sentence opening on its reporting verb ("Also stressed ..."), which goes on
from the one who spoke just before."""

from __future__ import annotations

from kg.extract.document import Doc, View
from kg.extract.list_items import lead_subject
from kg.extract.speech_joint import JOINT
from kg.extract.speech_lexicon import SAID, SKIPPABLE, reporting_verb, sentence_span, verb_lemma
from kg.extract.speech_subject import speaker_of
from kg.model import Statement

Speaker = tuple[str, tuple[str, ...]]


def lead_in(doc: Doc, view: View) -> Speaker | None:
    """Who a list's lead-in names: 'The leaders:', 'The Prime Minister also:', 'Both
    sides:' (a subject and a colon, nothing else)."""
    pieces = view.pieces
    if len(pieces) < 2 or pieces[-1] != ":":
        return None
    named = lead_subject(doc, view)  # "The Prime Minister also:", "A and B:"
    if named:
        return speaker_of(doc, view, named)
    if JOINT.fullmatch(" ".join(pieces[:-1]) + " "):
        return "both", tuple(doc.participants)
    return None


def dropped_subject(doc: Doc, view: View, who: Speaker) -> Statement | None:
    """A sentence that opens on a finite reporting verb ('reaffirmed ...', 'Also stressed
    ...'): ``who``'s statement."""
    pieces = view.pieces
    j = 0
    while j < len(pieces) - 1 and pieces[j] in SKIPPABLE:
        j += 1
    verb = pieces[j] if pieces else ""
    if not (verb.endswith("ed") or verb in SAID) or pieces[j + 1 : j + 2] in (["by"], [","]):
        return None  # "Welcomed by the host, ...", "Added to this, ...": no act of his
    if not reporting_verb(doc, verb):
        return None
    s = view.sentence
    return Statement(s.opening, who[0], verb_lemma(doc, verb), sentence_span(view), who[1])
