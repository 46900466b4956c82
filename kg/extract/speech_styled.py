"""Subjects by style: "His Majesty stressed", and a letter's first person ("It is my
pleasure to extend")."""

from __future__ import annotations

import re

from kg.extract.document import Doc, View
from kg.extract.speech_lexicon import reporting_verb, sentence_span, statement_words, verb_lemma
from kg.extract.speech_subject import skip_to_verb, speaker_of
from kg.model import Statement


# a letter's first person: "It is my pleasure to extend", "I have the firm conviction"
FIRST_PERSON = re.compile(
    r"^it is (@\d+) (?:great |particular |special )?(?:pleasure|honou?r|privilege|joy) "
    r"(?:to|that) (\w+)|^(@\d+) (?:have|has) the (?:\w+ )?(?:conviction|pleasure|honou?r|"
    r"privilege|belief) "
)


def _honoured(doc: Doc) -> str | None:
    """Whom 'His Majesty' or 'the Head of State' means: the participant with a
    monarch's title, else the publisher's own principal."""
    monarchs = statement_words()[2]
    for p in doc.participants:
        title = (doc.people.get(p, {}).get("title") or "").lower()
        if any(w in title for w in monarchs):
            return p
    home = [p for p in doc.participants if doc.home and doc.state_of(p) == doc.home]
    return home[0] if home else None


def _and_other(doc: Doc, pieces: list[str], j: int) -> str | None:
    """The verb after 'and @2' or 'and the French President' at piece j: a styled subject
    shares it with another."""
    if pieces[j : j + 1] != ["and"] or j + 2 >= len(pieces):
        return None
    if pieces[j + 1][0] == "@":
        k = skip_to_verb(pieces, j + 2, doc)
    elif pieces[j + 1] == "the":
        k = next(
            (k for k in range(j + 2, min(j + 6, len(pieces))) if reporting_verb(doc, pieces[k])), 0
        )
    else:
        return None
    ok = k < len(pieces) and reporting_verb(doc, pieces[k]) and not pieces[k].endswith("ing")
    return pieces[k] if ok else None


def styled_subject(doc: Doc, view: View, start: int) -> Statement | None:
    """A subject by style or in a letter's first person: 'His Majesty stressed',
    'It is my pleasure to extend', 'I have the firm conviction that'."""
    pieces, s = view.pieces, view.sentence
    first = pieces[start] if start < len(pieces) else ""
    if first in ("his", "her", "the"):
        styled = statement_words()[1].match(" ".join(pieces[start : start + 5]) + " ")
        if styled:
            j = skip_to_verb(pieces, start + styled[0].count(" "))
            verb = _and_other(doc, pieces, j)
            if verb:  # "His Majesty and President X discussed": both sides
                people = tuple(doc.participants)
                return Statement(
                    s.opening, "both", verb_lemma(doc, verb), sentence_span(view), people
                )
            who = _honoured(doc) if j < len(pieces) and reporting_verb(doc, pieces[j]) else None
            if who:
                return Statement(
                    s.opening, who, verb_lemma(doc, pieces[j]), sentence_span(view), (who,)
                )
        return None
    if first != "it" and pieces[start + 1 : start + 2] not in (["have"], ["has"]):
        return None
    m = FIRST_PERSON.match(" ".join(pieces[start : start + 10]))
    if m:
        k = pieces.index(m[1] or m[3], start)
        who = speaker_of(doc, view, [k])
        if who and doc.kind(who[0]) == "person":
            act = verb_lemma(doc, m[2]) if m[2] else "express"
            return Statement(s.opening, who[0], act, sentence_span(view), who[1])
    return None
