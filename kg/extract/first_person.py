"""First and second person in the narrator's voice: who "I", "my", "you" and "Your
Excellency" are.

A message, a letter or a leader's own statement is written as "I": "I" is its author and
"you" its addressee, as ``authors`` finds them. Inside a quotation both are left to coref,
which knows the speaker.
"""

from __future__ import annotations

import re

from typing import TYPE_CHECKING

from kg.extract.authors import author_of
from kg.extract.mentions import Mention
from kg.extract.styles import WE_PAST_IRREGULAR
from kg.extract.text import Token

if TYPE_CHECKING:
    from kg.extract.document import Doc


def _quote_states(tokens: list[Token], quoted: bool) -> tuple[list[bool], bool]:
    """Whether each token is inside a quotation, carrying an open quote across sentences."""
    states = []
    for t in tokens:
        if t.text == '"':
            quoted = not quoted
        elif t.text == "“":
            quoted = True
        elif t.text == "”":
            quoted = False
        states.append(quoted)
    return states, quoted


def bind(
    doc: Doc, text: str, tokens: list[Token], mentions: list[Mention], quoted: bool
) -> tuple[list[Mention], bool]:
    """Give narrated I/my the author and you/your the addressee; return the mentions and
    whether a quotation is still open at the sentence's end."""
    if any(m.how == "we" for m in mentions):
        mentions = _joint_we(doc, text, mentions, _quote_states(tokens, quoted)[0], tokens)
    if not any(m.how in ("first-person", "second-person") for m in mentions):
        # only the quotation state carries on; a sentence with no quote mark (tokens are
        # pieces of its text) leaves it as it was, without a walk over its tokens
        if '"' not in text and "“" not in text and "”" not in text:
            return mentions, quoted
        return mentions, _quote_states(tokens, quoted)[1]
    states, after = _quote_states(tokens, quoted)
    out = []
    for m in mentions:
        if m.how in ("first-person", "second-person") and not states[m.t0]:
            if doc.author is None and (m.how == "first-person" or doc.turn):
                doc.author, addressee = author_of(doc)
                doc.addressee = doc.addressee or addressee
            if doc.turn is not None:
                who = _in_turn(doc, m.how == "first-person")
                # nobody's "I" or "you" in a turn is left to nobody, not to coref
                m = m.but(kind="person", actors=(who,) if who else (), how="narrator")
            else:
                who = doc.author if m.how == "first-person" else doc.addressee
                state = _state_owned(doc, who, tokens, m.t1) if who else None
                if state:  # "your Government", "my country": the state of "you" or "I"
                    m = m.but(kind="state", actors=(state,), how="narrator")
                elif who:
                    m = m.but(kind="person", actors=(who,), how="narrator")
        out.append(m)
    return out, after


# a joint text in the first person plural: "Joint Statement", "Chair's Statement", "We, the"
JOINT_TEXT = re.compile(
    r"\bJoint (?:Statement|Declaration|Communiqu|Press Statement|Press Release)|"
    r"\bChair'?s Statement|\bLeaders'? (?:Statement|Declaration)",
    re.IGNORECASE,
)


def _joint_we(
    doc: Doc, text: str, mentions: list[Mention], quoted: list[bool], tokens: list[Token]
) -> list[Mention]:
    """'We' in the narrator's voice of a joint statement is its signatories, the
    participants; in a transcript's turn, the speaker's state; elsewhere (a quotation, one
    leader's own statement) it is left unread, except a "We" opening the sentence or its
    quotation, which coreference reads as the pair who met ("We agreed to ...")."""
    if doc.joint is None:
        head = doc.readout.text[:3000]
        doc.joint = bool(JOINT_TEXT.search(doc.title or "")) or "We, the " in head
    state = doc.state_of(doc.turn) if doc.turn else None
    out: list[Mention] = []
    for m in mentions:
        # a turn's "we" is the speaker's state, unless two states were just named ("A and
        # B are family, and we will keep working together": those two)
        named = [a for o in out if o.kind == "state" for a in o.actors]
        if m.how == "we" and not quoted[m.t0] and state and doc.kind(state) == "state":
            if len(named) < 2:
                out.append(m.but(kind="state", actors=(state,), how="narrator"))
            else:
                out.append(m.but(kind="states", actors=tuple(named[-2:]), how="narrator"))
        elif m.how != "we" or (doc.joint and not quoted[m.t0]) or _opens(m, tokens):
            out.append(m)
    return out


def _opens(m: Mention, tokens: list[Token]) -> bool:
    """'We' opens the sentence (or its quotation) before a verb in the past: the account
    of what the two did ("We agreed"), not a government's standing voice ("We call on")."""
    if not (m.t0 == 0 or (m.t0 == 1 and tokens[0].text in ('"', "\u201c"))):
        return False
    nxt = tokens[m.t0 + 1].text if m.t0 + 1 < len(tokens) else ""
    return nxt.islower() and (nxt.endswith("ed") or nxt in WE_PAST_IRREGULAR)


# what a possessive my/your owns that is the owner's state, not the owner
STATE_NOUNS = frozenset(
    "government country people nation kingdom republic state administration authorities "
    "compatriots citizens".split()
)


def _state_owned(doc: Doc, who: str, tokens: list[Token], after: int) -> str | None:
    """The state of ``who`` when the pronoun is a possessive of a state noun ("your
    Government", "your friendly people"; not "your visit")."""
    word = tokens[after - 1].text.lower()
    if word not in ("your", "my") or after >= len(tokens):
        return None
    k = after + (tokens[after].text.lower() in ("friendly", "brotherly", "great", "own"))
    if k >= len(tokens) or tokens[k].text.lower() not in STATE_NOUNS:
        return None
    state = doc.state_of(who)
    return state if state and doc.kind(state) == "state" else None


def _in_turn(doc: Doc, first: bool) -> str | None:
    """In a transcript's turn "I" is its speaker and "you" the other of author and
    addressee (nobody's in a journalist's turn, whose "you" is the one asked)."""
    if first or not doc.turn:
        return doc.turn or None
    pair = (doc.author, doc.addressee)
    if doc.turn in pair and None not in pair:
        return pair[1 - pair.index(doc.turn)]
    others = [p for p in doc.people if p != doc.turn]
    return others[0] if len(others) == 1 else None
