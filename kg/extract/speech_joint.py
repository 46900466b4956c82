"""Statements of both sides: a joint subject that is no mention ("the two sides"), a
joint verb after the engagement ("met Y and discussed"), or the passive ("views were
exchanged")."""

from __future__ import annotations

import re

from kg.extract.document import Doc, View
from kg.extract.speech_lexicon import SAID, phrasal, reporting_verb, verb_lemma
from kg.extract.speech_subject import offices_of_one, skip_to_verb
from kg.model import Span, Statement


# a joint subject that is no mention: "the two", "both chancellors", "both of them",
# "the sides", "the two foreign ministers", "foreign ministers of A, B and C"
JOINT = re.compile(
    r"(?:the )?(?:two|both)(?: of (?:them|@\d+))? |"
    r"the (?:(?:[a-z\-]+|@\d+) ){0,2}(?:leaders|ministers|presidents|sides|parties|delegations|"
    r"counterparts|chancellors|secretaries|interlocutors|premiers|"
    r"heads of (?:state|government|diplomacy)(?: and government)?) |"
    r"the host and (?:the )?guests? |the duo |"
    r"the (?:heads|leaders) of (?:the )?(?:two|both|three|four|five|all(?: the)?) "
    r"(?:states|countries|governments|nations|"
    r"delegations|sides) |"
    r"(?:[a-z\-]+ ){1,2}ministers of @\d+(?: , @\d+)* and @\d+ "
)
# two subjects, one of them an office the mentions miss: "the Taoiseach and @1", the
# verb right after
PAIR = re.compile(r"(?:the [a-z\-]+|(?:@\d+ ){1,2}) ?and (?:@\d+|the [a-z\-]+) ")
# "X met Y and discussed ...": the joint verb of an engagement is both sides'
JOINT_ACTS = {"discuss", "exchange", "agree", "review"}
ENGAGE = {"met", "meets", "held", "had", "holds", "has"}
# "Views were also exchanged", "Also discussed were", "the call addressed", "An exchange of
# views took place": both sides
# the verbs of PASSIVE's one alternative not anchored at the start: a sentence without
# any is only matched at its start
PASSIVE_VERBS = (
    "discussed",
    "exchanged",
    "reviewed",
    "addressed",
    "raised",
    "touched upon",
    "considered",
)
PASSIVE = re.compile(
    r"\b(?:was|were|has been|have been)(?: also| further| briefly| thoroughly)? "
    rf"({'|'.join(PASSIVE_VERBS)})\b|"
    # the Holy See's "satisfaction was expressed for the good relations": both sides'
    r"^(?:(?:during|in|at) [^,]{3,60}, )?(?:(?:great|deep|mutual|particular) )?"
    r"(?:satisfaction|appreciation) (?:was|were) (?:also )?(expressed)\b|"
    r"^(?:also )?(discussed|exchanged|reviewed|addressed|raised) (?:were|was)\b|"
    r"^it was (?:also |further |jointly |particularly )?(agreed|decided|noted|stressed|"
    r"emphasi[sz]ed|underlined|underscored|highlighted|pointed out|reaffirmed|reiterated|"
    r"confirmed|recogni[sz]ed|acknowledged|welcomed)\b|"
    r"^(?:(?:the|their|this|today's) (?:phone |telephone |video |bilateral )?)?(?:call|meeting|"
    r"talks|conversation|discussions?|exchanges?)(?: also)? (addressed|covered|focused on|"
    r"focussed on|touched upon|touched on|dealt with|discussed|reviewed|explored|centred on|"
    r"centered on)\b|"
    r"^(?:(?:during|in|at) [^,]{3,40}, )?(?:there was )?(?:an? )?(?:[a-z\-]+ ){0,2}?"
    r"(exchange) of (?:views|opinions|ideas|information|assessments)\b",
    re.IGNORECASE,
)


# "the two countries' presidents", "both nations' foreign ministers", "G7 foreign ministers",
# "ASEAN leaders": the office holders of a group of states or of a body (@0)
POSSESSED = re.compile(
    r"@(\d+) (?:'s )?(?:[a-z\-]+ ){0,2}(?:leaders|presidents|ministers|premiers|chancellors|"
    r"heads of (?:state|government)(?: and government)?) "
)
# "the heads of @0" where @0 names the two states ("the two states", "both countries")
HEADS_OF = re.compile(r"the (?:heads|leaders) of @(\d+) ")


def joint_verb(doc: Doc, pieces: list[str], start: int, mentions: list = ()) -> str | None:
    """The reporting verb after a joint subject that is no mention ('the two discussed')."""
    head = " ".join(pieces[start : start + 12]) + " "
    heads = HEADS_OF.match(head) if mentions and head[:4] == "the " else None
    if heads and mentions[int(heads[1])].kind == "states":
        j = skip_to_verb(pieces, start + 4)
        return pieces[j] if j < len(pieces) and reporting_verb(doc, pieces[j]) else None
    first = mentions[int(pieces[start][1:])] if mentions and head[:1] == "@" else None
    several = first and (len(first.actors) > 1 or first.kind == "organization")
    owned = POSSESSED.match(head) if several else None
    if owned:
        j = skip_to_verb(pieces, start + owned[0].count(" "))
        return pieces[j] if j < len(pieces) and reporting_verb(doc, pieces[j]) else None
    pair = PAIR.match(head)
    if pair and head[:1] == "@" and pieces[start + 1 : start + 2] == ["and"]:
        if offices_of_one(doc, pieces, mentions, [start, start + 2]):
            pair = None  # "the Crown Prince and Prime Minister welcomed": one person's offices
    if pair:
        j = skip_to_verb(pieces, start + pair[0].count(" "))
        if j < len(pieces) and reporting_verb(doc, pieces[j]):
            return pieces[j]
    m = JOINT.match(head)
    if not m:
        return None
    j = start + m[0].count(" ")
    for k in range(j, min(len(pieces), j + 20)):
        if reporting_verb(doc, pieces[k]) and not pieces[k].endswith("ing") or phrasal(pieces, k):
            return pieces[k]
    return None


def joint_people(doc: Doc, view: View, start: int, verb: str) -> tuple[str, ...]:
    """Who a joint subject names: the people of its mentions ("Scholz and Meloni thanked":
    not the host they thanked), else every participant ("the two sides discussed")."""
    pieces = view.pieces
    end = pieces.index(verb, start) if verb in pieces[start:] else start
    people: list[str] = []
    for piece in pieces[start:end]:
        if piece[0] == "@":
            for a in view.mentions[int(piece[1:])].actors:
                if doc.kind(a) == "person" and a not in people:
                    people.append(a)
    return tuple(people) if len(people) > 1 else tuple(doc.participants)


def engaged_then(doc: Doc, pieces: list[str], j: int, joint: bool = True) -> str | None:
    """'met Y and discussed', 'had a meeting with Y and exchanged views': the joint verb;
    with ``joint`` false, the subject's own verb after it ('met Y and told him')."""
    if j >= len(pieces) or pieces[j] not in ENGAGE:
        return None
    for k in range(j + 1, min(len(pieces) - 1, j + 25)):
        if pieces[k] in (".", ";", '"', "“", "”"):
            return None
        nxt = pieces[k + 1]
        if pieces[k] == "and" and doc.lex.reporting.get(nxt):
            together = doc.lex.reporting[nxt] in JOINT_ACTS
            if together and joint:
                return nxt
            if not together and not joint and (nxt.endswith("ed") or nxt in SAID):
                return nxt
    return None


# verbs of reaching another that a purpose may follow: "spoke with Y to congratulate her"
REACH = {"spoke", "speaks", "called", "calls", "telephoned", "phoned", "sent", "sends", "wrote"}
REACH |= {"writes", "dialled", "dialed", "rang"}
REACH |= {"write", "send"}  # a letter's own first person: "I write to convey"
SENT = frozenset({"sent", "sends", "wrote", "writes"})


def purpose_of(doc: Doc, pieces: list[str], j: int) -> str | None:
    """'X spoke with Y to congratulate her', 'X sent a message to Y to thank him': the act
    the subject reached out for, a reporting verb in the infinitive; none for a joint act."""
    if j >= len(pieces) or pieces[j] not in REACH:
        return None
    for k in range(j + 1, min(len(pieces) - 1, j + 20)):
        if pieces[k] in (".", ";", '"', "“", "”"):
            return None
        nxt = pieces[k + 1]
        if pieces[k] == "to" and reporting_verb(doc, nxt) == nxt:
            return None if nxt in JOINT_ACTS else nxt
        if pieces[k] == "," and nxt.endswith("ing") and pieces[j] not in SENT:
            if not reporting_verb(doc, nxt):
                continue
            # "X spoke with Y, congratulating him on ...": the participle is X's act (a
            # message "sent ..., congratulating" stays the sending, ANNOTATION.md 8)
            return None if verb_lemma(doc, nxt) in JOINT_ACTS else nxt
    return None


def passive_statement(doc: Doc, view: View) -> Statement | None:
    """Joint discussion in the passive or with the engagement as subject: `both`."""
    text = view.sentence.text
    low = text.lower()
    if text.isascii() and (
        "was" not in low
        and "were" not in low
        and "been" not in low
        or not any(map(low.__contains__, PASSIVE_VERBS))
    ):
        m = PASSIVE.match(text)  # only the alternatives anchored at the start can match
    else:
        m = PASSIVE.search(text)
    if not m:
        return None
    verb = next(g for g in m.groups() if g).lower()
    s = view.sentence
    return Statement(
        s.opening,
        "both",
        verb_lemma(doc, verb),
        Span(s.start, s.end, s.text),
        tuple(doc.participants),
    )
