"""Subjects by a bare title the mentions do not name ("PM thanked", "the visiting
minister said", "the guest"): the one participant holding that office."""

from __future__ import annotations

from kg.extract.document import Doc, View
from kg.extract.sides import guest_or_host
from kg.extract.sides import holds as _holds
from kg.extract.speech_lexicon import reporting_verb, sentence_span, title_table, verb_lemma
from kg.extract.speech_subject import skip_to_verb
from kg.extract.titles import DESCRIBED
from kg.model import Statement


def _head_of(view: View, k: int) -> tuple[str, str, int] | None:
    """'the head of the Polish government', 'the head of the Kazakh state': the office
    (head of government, else of state) of the state the mention names, and its length."""
    pieces = view.pieces
    if pieces[k : k + 2] != ["head", "of"] or k + 3 >= len(pieces):
        return None
    if (
        pieces[k + 2] == "the"
        and pieces[k + 3][0] == "@"
        and pieces[k + 4 : k + 5]
        in (
            ["state"],
            ["government"],
        )
    ):
        # "the head of the Kazakh state": an adjective and the noun the mention left out
        m = view.mentions[int(pieces[k + 3][1:])]
        if m.kind != "adjective" or len(m.actors) != 1:
            return None
        government = pieces[k + 4] == "government"
        return ("head_of_government" if government else "head_of_state"), m.actors[0], 5
    if pieces[k + 2][0] != "@":
        return None
    m = view.mentions[int(pieces[k + 2][1:])]
    if m.kind != "state" or len(m.actors) != 1:
        return None
    government = m.text.lower().endswith("government")
    return ("head_of_government" if government else "head_of_state"), m.actors[0], 3


def title_holder(doc: Doc, view: View, start: int) -> tuple[str, int] | None:
    """The one participant a bare title from piece ``start`` names ('the visiting prime
    minister', 'the Iranian foreign minister', "Oman's minister"), and the piece after it."""
    pieces, k = view.pieces, start + (view.pieces[start : start + 1] == ["the"])
    visiting = pieces[k : k + 1] == ["visiting"]  # "the visiting prime minister"
    k += visiting
    of = None
    if visiting and k < len(pieces) and pieces[k][0] == "@":
        # "the visiting Prime Minister": the mention took the bare title alone (and its
        # holder of the publisher's side); the visitor is the one from abroad holding it
        m = view.mentions[int(pieces[k][1:])]
        role = title_table(doc).get(m.text.lower().replace("-", " "))
        if m.kind == "person" and role:
            found = guest_or_host(doc, True, None if role in ("guest", "host") else role)
            return (found[0], k + 1) if len(found) == 1 else None
    if k < len(pieces) and pieces[k][0] == "@":
        m = view.mentions[int(pieces[k][1:])]
        if m.kind not in ("adjective", "state", "organization") or len(m.actors) != 1:
            return None
        of, k = m.actors[0], k + 1 + (pieces[k + 1 : k + 2] == ["'s"])
    head = None if of else _head_of(view, k)
    if head:
        role, of, n = head
    else:
        table = title_table(doc)
        # "president - elect": the pieces of a hyphenated title
        n = next(
            (
                n
                for n in (5, 4, 3, 2, 1)
                if " ".join(pieces[k : k + n]).replace(" - ", " ") in table
            ),
            0,
        )
        if not n:
            return None
        role = table[" ".join(pieces[k : k + n]).replace(" - ", " ")]
    if role in ("guest", "host") or visiting:
        found = guest_or_host(doc, role != "host", None if role in ("guest", "host") else role)
    else:
        found = [
            p
            for p in doc.participants
            if doc.kind(p) == "person"
            and (of is None or doc.state_of(p) == of)
            and _holds(doc, p, role)
        ]
    if len(found) > 1 and doc.home:
        found = [p for p in found if doc.state_of(p) == doc.home] or found
    return (found[0], k + n) if len(found) == 1 else None


_SEATS: list = [None, {}]


def _seats(doc: Doc) -> dict[tuple[str, ...], str]:
    """Publisher names that stand for a state, as lower-case words ("state department",
    "kremlin"), made once per lexicon."""
    if _SEATS[0] is not doc.lex:
        _SEATS[:] = [doc.lex, {tuple(p.lower().split()): a for p, a in doc.lex.publishers}]
    return _SEATS[1]


def _seat_official(doc: Doc, view: View, start: int) -> tuple[str, int] | None:
    """'The State Department official', 'the Kremlin envoy': the one participant of the
    state a seat or ministry stands for, described by what they are (an official, an
    envoy), and the piece after the noun."""
    pieces = view.pieces
    if pieces[start : start + 1] != ["the"]:
        return None
    for n in (1, 2, 3):
        noun = pieces[start + 1 + n] if start + 1 + n < len(pieces) else ""
        if noun not in DESCRIBED:
            continue
        of = _seats(doc).get(tuple(pieces[start + 1 : start + 1 + n]))
        found = [p for p in doc.participants if doc.kind(p) == "person" and doc.state_of(p) == of]
        return (found[0], start + 2 + n) if of and len(found) == 1 else None
    return None


OTHER_SIDE = {"counterpart", "interlocutor", "colleague"}


def _counterpart_holder(doc: Doc, view: View, start: int) -> tuple[str, int] | None:
    """ "Vladimir Putin's interlocutor": the other of two people taking part, and the piece
    after it; none when the one named takes no part."""
    pieces = view.pieces
    if not (
        pieces[start][0] == "@"
        and pieces[start + 1 : start + 2] == ["'s"]
        and pieces[start + 2 : start + 3]
        and pieces[start + 2] in OTHER_SIDE
    ):
        return None
    people = [p for p in doc.participants if doc.kind(p) == "person"]
    named = view.mentions[int(pieces[start][1:])].actors
    if len(people) != 2 or len(named) != 1 or named[0] not in people:
        return None
    return people[1 - people.index(named[0])], start + 3


def titled_subject(doc: Doc, view: View, start: int) -> Statement | None:
    """A subject the mentions do not name: 'PM thanked', 'The Iranian foreign minister
    pointed to', "Oman's minister said": the one participant holding that office (of that
    state when one is named; the publisher's own when two hold it)."""
    if start >= len(view.pieces):
        return None
    held = (
        _counterpart_holder(doc, view, start)
        or title_holder(doc, view, start)
        or _seat_official(doc, view, start)
    )
    if not held:
        return None
    pieces = view.pieces
    j = skip_to_verb(pieces, held[1], doc)
    if j >= len(pieces) or not reporting_verb(doc, pieces[j]) or pieces[j].endswith("ing"):
        return None
    s = view.sentence
    return Statement(
        s.opening, held[0], verb_lemma(doc, pieces[j]), sentence_span(view), (held[0],)
    )


# "the President of the Government" (Spain), "the President of the Council (of Ministers)"
# (Italy): a head of government styled as a president; the mention took only "the President"
BODY_OF_GOVERNMENT = (["of", "the", "government"], ["of", "the", "council", "of", "ministers"])
BODY_OF_GOVERNMENT += (["of", "the", "council"],)


def president_of_government(doc: Doc, view: View, k: int) -> tuple[str, int] | None:
    """The participant heading a government whom '@k of the Government' names, and the
    piece after it; none when '@k' is more than the bare title 'President'."""
    pieces = view.pieces
    m = view.mentions[int(pieces[k][1:])]
    if m.text.lower().removeprefix("the ") != "president":
        return None
    tail = next((b for b in BODY_OF_GOVERNMENT if pieces[k + 1 : k + 1 + len(b)] == b), None)
    if not tail:
        return None
    found = [
        p
        for p in doc.participants
        if doc.kind(p) == "person" and _holds(doc, p, "head_of_government")
    ]
    if len(found) > 1 and doc.home:
        found = [p for p in found if doc.state_of(p) == doc.home] or found
    return (found[0], k + 1 + len(tail)) if len(found) == 1 else None
