"""Views ascribed to a participant ("In his opinion,", "X was of the view that") and a
transcript's speaker lines."""

from __future__ import annotations

import re

from kg.extract.document import Doc, View
from kg.extract.speech_lexicon import sentence_span
from kg.extract.speech_subject import speaker_of
from kg.model import Statement


# "Putin's view is that", "In his opinion,", "In the view of X,"; "X: ..." in a transcript
VIEW = re.compile(
    r"^(@\d+) 's (?:view|opinion|position|belief|assessment|conviction|understanding|message|"
    r"remarks) (?:is|was|were|focused on|centred on|centered on) |"
    r"^in (@\d+)(?: 's)? (?:view|opinion|words|assessment|estimation) , |"
    r"^in the (?:view|opinion|words) of (@\d+) , |^(@\d+)(?: \( [a-z\- ]+ \))? : "
)
# "Putin was of the view that", "the two sides were of the opinion", "X held the view":
# a view held is said, by one participant or jointly
OF_VIEW = re.compile(
    r"^(@\d+) (?:also )?(?:was|is|were|are|remained|remains) (?:also )?of the (?:firm |same )?"
    r"(?:view|opinion|belief|conviction) |^(@\d+) (?:also )?(?:held|holds|took|takes) the "
    r"(?:firm |same )?(?:view|opinion) "
)


def _of_view(doc: Doc, view: View, start: int) -> Statement | None:
    """'X was of the view that ...' (after an opening clause too): X, or `both`."""
    m = OF_VIEW.match(" ".join(view.pieces[start : start + 12]) + " ")
    if not m:
        return None
    at = m[1] or m[2]
    who = speaker_of(doc, view, [view.pieces.index(at, start)])
    return (
        Statement(view.sentence.opening, who[0], "view", sentence_span(view), who[1])
        if who
        else None
    )


# a transcript's speaker line in capitals, which the mentions do not read: "VLADIMIR PUTIN:"
CAPS_SPEAKER = re.compile(r"^(?:[A-Z][A-Z.'\-]+ ){0,3}[A-Z][A-Z.'\-]+:")


def _caps_speaker(doc: Doc, view: View) -> Statement | None:
    """'VLADIMIR PUTIN: ...', 'PRESIDENT TOKAYEV: ...': the one participant whose surname
    the capitals end with."""
    turn = doc.turns.get(view.sentence.index)  # "TÁNAISTE:" after "TÁNAISTE MICHEÁL MARTIN:"
    if turn in doc.participants:
        return Statement(view.sentence.opening, turn, "say", sentence_span(view), (turn,))
    m = CAPS_SPEAKER.match(view.sentence.text)
    if not m:
        return None
    last = m[0][:-1].split()[-1]
    found = [
        p for p in doc.participants if doc.kind(p) == "person" and p.split()[-1].upper() == last
    ]
    if len(found) != 1:
        return None
    return Statement(view.sentence.opening, found[0], "say", sentence_span(view), (found[0],))


def in_view(doc: Doc, view: View, start: int = 0) -> Statement | None:
    """A view ascribed to a participant, or a transcript's speaker line: that participant."""
    m = VIEW.match(view.masked)
    if not m:
        if view.pieces[start + 1 : start + 5].count(":") == 1 and view.sentence.text[:2].isupper():
            return _caps_speaker(doc, view)
        return _of_view(doc, view, start)
    at = next(g for g in m.groups() if g)
    k = view.pieces.index(at)
    if view.mentions[int(at[1:])].kind not in ("person", "pronoun", "anaphor"):
        return None
    who = speaker_of(doc, view, [k])
    if not who or who[0] == "both":
        return None
    return Statement(view.sentence.opening, who[0], "say", sentence_span(view), who[1])
