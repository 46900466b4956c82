"""Statements: sentences reporting what a participant said, stressed, noted or agreed."""

from __future__ import annotations

import re
from functools import cache

from kg.extract.document import Doc, View
from kg.extract.quotes import QUOTE_MARK, quote_runs, quote_states
from kg.model import Span, Statement
from kg.resources import data_file, read_tsv


@cache
def _words() -> tuple[dict[str, str], re.Pattern, tuple[str, ...]]:
    """More reporting verbs (form -> lemma), honorific subjects (one pattern over the
    masked words), and monarchs' title words."""
    verbs: dict[str, str] = {}
    kinds: dict[str, list[str]] = {"honorific": [], "monarch": []}
    for row in read_tsv(data_file("lexicon", "statements.tsv")):
        if row["kind"] == "verb":
            verbs[row["form"]] = row["lemma"]
        elif row["kind"] in kinds:
            kinds[row["kind"]].append(row["form"])
    forms = "|".join(re.escape(f) for f in sorted(kinds["honorific"], key=len, reverse=True))
    return verbs, re.compile(rf"(?:{forms}) (?!'s)"), tuple(kinds["monarch"])


_TITLES: list = [None, {}]


def _titles(doc: Doc) -> dict[str, str]:
    """Lower-case title words -> role: the lexicon's titles and statements.tsv's short forms
    ('pm', 'fm', 'leader'), which readouts use as a subject the mentions do not name."""
    if _TITLES[0] is not doc.lex:
        table = {" ".join(k).lower(): role for k, role in doc.lex.titles.items()}
        for row in read_tsv(data_file("lexicon", "statements.tsv")):
            if row["kind"] == "title":
                table[row["form"]] = row["lemma"]
        _TITLES[:] = [doc.lex, table]
    return _TITLES[1]


def _verb(doc: Doc, piece: str) -> str | None:
    """The lemma of a reporting verb, from the lexicon or this module's own list."""
    return doc.lex.reporting.get(piece) or _words()[0].get(piece)


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
    "first",
    "initially",
    "lastly",
    "meanwhile",
    "moreover",
    "furthermore",
    "however",
    "therefore",
    "thus",
    "too",
    "together",
    "all",
}
QUOTES = {'"', "“", "”", "'", "‘", "’"}
# a joint subject that is no mention: "the two", "both chancellors", "both of them",
# "the sides", "the two foreign ministers", "foreign ministers of A, B and C"
JOINT = re.compile(
    r"(?:the )?(?:two|both)(?: of (?:them|@\d+))? |"
    r"the (?:(?:[a-z\-]+|@\d+) ){0,2}(?:leaders|ministers|presidents|sides|parties|delegations|"
    r"counterparts|chancellors|secretaries|interlocutors|premiers|"
    r"heads of (?:state|government)(?: and government)?) |"
    r"the host and (?:the )?guests? |"
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
    r"^it was (?:also |further |jointly |particularly )?(agreed|decided|noted|stressed|"
    r"emphasi[sz]ed|underlined|underscored|highlighted|pointed out|reaffirmed|reiterated|"
    r"confirmed|recogni[sz]ed|acknowledged|welcomed)\b|"
    r"^(?:(?:the|their|this|today's) (?:phone |telephone |video |bilateral )?)?(?:call|meeting|"
    r"talks|conversation|discussions?|exchanges?)(?: also)? (addressed|covered|focused on|"
    r"focussed on|touched upon|touched on|dealt with|discussed|reviewed|explored|centred on|"
    r"centered on)\b",
    re.IGNORECASE,
)
# between subject and verb: "on Tuesday", "this afternoon", "was keen to"
ADVERBIAL = re.compile(
    r"on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday) |"
    r"this (?:morning|afternoon|evening) |at the (?:outset|start|end|beginning) , |"
    r"(?:was|were|is|am|are) (?:also )?(?:keen|eager|pleased|happy|glad|delighted|honou?red) "
    r"to |would like to |wishe[sd] to |(?:began|started|opened|ended|concluded) by |"
    r"went on to |took the opportunity to |(?:a|an) (?:\w+ )?(?=(?:focus|discussion|exchange) )"
)
# a letter's first person: "It is my pleasure to extend", "I have the firm conviction"
FIRST_PERSON = re.compile(
    r"^it is (@\d+) (?:great |particular |special )?(?:pleasure|honou?r|privilege|joy) "
    r"(?:to|that) (\w+)|^(@\d+) (?:have|has) the (?:\w+ )?(?:conviction|pleasure|honou?r|"
    r"privilege|belief) "
)
LEAD_WORDS = {"while", "as", "after", "following", "upon", "when"}


def _honoured(doc: Doc) -> str | None:
    """Whom 'His Majesty' or 'the Head of State' means: the participant with a
    monarch's title, else the publisher's own principal."""
    monarchs = _words()[2]
    for p in doc.participants:
        title = (doc.people.get(p, {}).get("title") or "").lower()
        if any(w in title for w in monarchs):
            return p
    home = [p for p in doc.participants if doc.home and doc.state_of(p) == doc.home]
    return home[0] if home else None


def _speaker(
    doc: Doc, view: View, ks: list[int], previous: str | None = None, side: bool = False
) -> tuple[str, tuple[str, ...]] | None:
    actors: list[str] = []
    group = False
    for k in ks:
        m = view.mentions[int(view.pieces[k][1:])]
        group = group or m.kind in ("people", "states") or len(m.actors) > 1
        actors.extend(a for a in m.actors if a not in actors)
        if not m.actors and m.of and m.kind in ("person", "role"):
            # "the Chinese Minister": the participant of that state
            # "the President of the European Council": a participant holding an office of it
            mine = [p for p in doc.participants if doc.state_of(p) == m.of] or [
                p
                for p in doc.participants
                if any(t.of == m.of for t in doc.gaz.offices_of(p, doc.day))
            ]
            actors.extend(mine[:1])
    if len(ks) == 1 and previous and previous != "both":
        m = view.mentions[int(view.pieces[ks[0]][1:])]
        known = doc.gaz.actors.get(previous)
        if (
            m.kind == "pronoun"
            and m.text.lower() in ("he", "she")
            and not (known and known.gender and m.gender and known.gender != m.gender)
        ):
            return previous, (previous,)  # "He added": the one who just spoke, of that gender
    people = [a for a in actors if doc.kind(a) == "person"]
    if group or len(actors) > 1 or len(ks) > 1:
        return "both", tuple(people or doc.participants)
    if len(people) == 1 and len(actors) == 1:
        return people[0], (people[0],)
    if len(actors) == 1 and len(ks) == 1:
        m = view.mentions[int(view.pieces[ks[0]][1:])]
        # "The EU side stressed ...": a side speaks as its state or organisation
        if side or m.text.lower().endswith("side") or doc.kind(actors[0]) == "organization":
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


def _skip_to_verb(pieces: list[str], j: int, doc: Doc | None = None) -> int:
    """Over adverbs and a parenthetical ', on behalf of ...,' between subject and verb."""
    while j < len(pieces):
        p = pieces[j]
        adverbial = ADVERBIAL.match(" ".join(pieces[j : j + 4]) + " ")
        circumstance = _circumstance(doc, pieces, j) if doc and p in CIRCUMSTANCE else None
        if circumstance:
            j = circumstance
            break
        if p in SKIPPABLE or (p.endswith("ly") and len(p) > 4 and p.isalpha()):
            j += 1
        elif adverbial:
            j += adverbial[0].count(" ")
        elif (
            p == ","
            and j + 1 < len(pieces)
            and (pieces[j + 1].startswith("@") or (doc and _verb(doc, pieces[j + 1])))
        ):
            j += pieces[j + 1][0] != "@"  # "X, described as": the verb; ", @2 said": stop
            break
        elif p == "," and "," in pieces[j + 1 : j + 25]:
            j = pieces.index(",", j + 1) + 1
        else:
            break
    return j


CIRCUMSTANCE = {"in", "during", "at", "over", "via", "by"}
DETERMINERS = {"a", "an", "the", "their", "his", "her", "its", "today's", "telephone", "phone"}
CLAUSE_ENDS = {",", ".", ";", ":", "that", "which", "who"}


def _circumstance(doc: Doc, pieces: list[str], j: int) -> int | None:
    """'X in a phone call with Y on Saturday discussed', 'X during the talks stressed': the
    verb after a circumstance with no commas between subject and verb."""
    if j + 1 >= len(pieces) or pieces[j + 1] not in DETERMINERS:
        return None
    for k in range(j + 2, min(len(pieces), j + 15)):
        if pieces[k] in CLAUSE_ENDS:
            return None
        if _main_verb(doc, pieces, k):
            return k
    return None


IRREGULAR = {"dealt": "deal", "centred": "centre", "centered": "center", "pointed": "point"}


def _lemma(doc: Doc, verb: str) -> str:
    head = verb.split()[0]
    return _verb(doc, verb) or IRREGULAR.get(head) or _verb(doc, head) or re.sub(r"e?d$", "", head)


def _joint(doc: Doc, pieces: list[str], start: int) -> str | None:
    """The reporting verb after a joint subject that is no mention ('the two discussed')."""
    head = " ".join(pieces[start : start + 12]) + " "
    pair = PAIR.match(head)
    if pair:
        j = _skip_to_verb(pieces, start + pair[0].count(" "))
        if j < len(pieces) and _verb(doc, pieces[j]):
            return pieces[j]
    m = JOINT.match(head)
    if not m:
        return None
    j = start + m[0].count(" ")
    for k in range(j, min(len(pieces), j + 20)):
        if _verb(doc, pieces[k]) and not pieces[k].endswith("ing"):
            return pieces[k]
    return None


def _joint_people(doc: Doc, view: View, start: int, verb: str) -> tuple[str, ...]:
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


def _engaged_then(doc: Doc, pieces: list[str], j: int, joint: bool = True) -> str | None:
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


def _passive(doc: Doc, view: View) -> Statement | None:
    """Joint discussion in the passive or with the engagement as subject: `both`."""
    text = view.sentence.text
    low = text.lower()
    if text.isascii() and "was" not in low and "were" not in low and "been" not in low:
        m = PASSIVE.match(text)  # only the alternatives anchored at the start can match
    else:
        m = PASSIVE.search(text)
    if not m:
        return None
    verb = next(g for g in m.groups() if g).lower()
    s = view.sentence
    return Statement(
        s.opening, "both", _lemma(doc, verb), Span(s.start, s.end, s.text), tuple(doc.participants)
    )


def statement_of(doc: Doc, view: View, previous: str | None = None) -> Statement | None:
    """The statement a sentence makes; ``previous`` is the speaker of the sentence before."""
    found = _attributed(doc, view, previous) or _active(doc, view, previous)
    return found if found else _passive(doc, view)


def _attributed(doc: Doc, view: View, previous: str | None = None) -> Statement | None:
    """'"...," said President Ramaphosa.' / '..., the leaders affirmed.' / '..., Xi said.'"""
    pieces, s = view.pieces, view.sentence
    if not pieces or pieces[-1] != "." and pieces[-1] not in QUOTES:
        return None
    tail = [p for p in pieces[-8:] if p not in QUOTES]
    if len(tail) < 4 or tail[-1] != "." or tail[-4] != ",":
        return None
    for verb, who_at in ((tail[-2], -3), (tail[-3], -2)):
        if _verb(doc, verb) and tail[who_at].startswith("@"):
            k = len(pieces) - 1 - pieces[::-1].index(tail[who_at])
            who = _speaker(doc, view, [k], previous)
            if who:
                return Statement(s.opening, who[0], _lemma(doc, verb), _span(view), who[1])
    return None


def _span(view: View) -> Span:
    s = view.sentence
    return Span(s.start, s.end, s.text)


def _opening_clause(doc: Doc, pieces: list[str]) -> int:
    """Where the main clause starts, past 'Speaking at ..., ' or 'On this matter, '."""
    first = pieces[0] if pieces else ""
    if (
        first.endswith("ing")
        or doc.lex.is_("preposition", first)
        or first in LEAD_WORDS
        or first == "according"
    ) and "," in pieces:
        return pieces.index(",") + 1
    return 0


def _and_other(doc: Doc, pieces: list[str], j: int) -> str | None:
    """The verb after 'and @2' or 'and the French President' at piece j: a styled subject
    shares it with another."""
    if pieces[j : j + 1] != ["and"] or j + 2 >= len(pieces):
        return None
    if pieces[j + 1][0] == "@":
        k = _skip_to_verb(pieces, j + 2, doc)
    elif pieces[j + 1] == "the":
        k = next((k for k in range(j + 2, min(j + 6, len(pieces))) if _verb(doc, pieces[k])), 0)
    else:
        return None
    ok = k < len(pieces) and _verb(doc, pieces[k]) and not pieces[k].endswith("ing")
    return pieces[k] if ok else None


def _styled(doc: Doc, view: View, start: int) -> Statement | None:
    """A subject by style or in a letter's first person: 'His Majesty stressed',
    'It is my pleasure to extend', 'I have the firm conviction that'."""
    pieces, s = view.pieces, view.sentence
    first = pieces[start] if start < len(pieces) else ""
    if first in ("his", "her", "the"):
        styled = _words()[1].match(" ".join(pieces[start : start + 5]) + " ")
        if styled:
            j = _skip_to_verb(pieces, start + styled[0].count(" "))
            verb = _and_other(doc, pieces, j)
            if verb:  # "His Majesty and President X discussed": both sides
                people = tuple(doc.participants)
                return Statement(s.opening, "both", _lemma(doc, verb), _span(view), people)
            who = _honoured(doc) if j < len(pieces) and _verb(doc, pieces[j]) else None
            if who:
                return Statement(s.opening, who, _lemma(doc, pieces[j]), _span(view), (who,))
        return None
    if first != "it" and pieces[start + 1 : start + 2] not in (["have"], ["has"]):
        return None
    m = FIRST_PERSON.match(" ".join(pieces[start : start + 10]))
    if m:
        k = pieces.index(m[1] or m[3], start)
        who = _speaker(doc, view, [k])
        if who and doc.kind(who[0]) == "person":
            act = _lemma(doc, m[2]) if m[2] else "express"
            return Statement(s.opening, who[0], act, _span(view), who[1])
    return None


def _holds(doc: Doc, person: str, role: str) -> bool:
    """Whether a participant holds the office a bare title names ('the minister' any
    minister, 'the leader' a head of state or government)."""
    roles = {t.role for t in doc.gaz.offices_of(person, doc.day)}
    roles.add(doc.people.get(person, {}).get("role") or "")
    if role == "leader":
        return bool(roles & {"head_of_state", "head_of_government"})
    if role == "minister":
        return any("minister" in r for r in roles)
    return role in roles


def _guest_or_host(doc: Doc, guest: bool, role: str | None) -> list[str]:
    """'The guest', 'the visiting minister': the participant from abroad (of the publisher's
    side, 'the host'); none when the publisher's side is unknown."""
    if not doc.home:
        return []
    return [
        p
        for p in doc.participants
        if doc.kind(p) == "person"
        and (doc.state_of(p) != doc.home) == guest
        and (role is None or _holds(doc, p, role))
    ]


def _titled(doc: Doc, view: View, start: int) -> Statement | None:
    """A subject the mentions do not name: 'PM thanked', 'The Iranian foreign minister
    pointed to', "Oman's minister said": the one participant holding that office (of that
    state when one is named; the publisher's own when two hold it)."""
    pieces, k = view.pieces, start + (view.pieces[start : start + 1] == ["the"])
    visiting = pieces[k : k + 1] == ["visiting"]  # "the visiting prime minister"
    k += visiting
    of = None
    if k < len(pieces) and pieces[k][0] == "@":
        m = view.mentions[int(pieces[k][1:])]
        if m.kind not in ("adjective", "state") or len(m.actors) != 1:
            return None
        of, k = m.actors[0], k + 1 + (pieces[k + 1 : k + 2] == ["'s"])
    table = _titles(doc)
    # "president - elect": the pieces of a hyphenated title
    n = next(
        (n for n in (5, 4, 3, 2, 1) if " ".join(pieces[k : k + n]).replace(" - ", " ") in table),
        0,
    )
    if not n:
        return None
    j = _skip_to_verb(pieces, k + n, doc)
    if j >= len(pieces) or not _verb(doc, pieces[j]) or pieces[j].endswith("ing"):
        return None
    role = table[" ".join(pieces[k : k + n]).replace(" - ", " ")]
    if role in ("guest", "host") or visiting:
        found = _guest_or_host(doc, role != "host", None if role in ("guest", "host") else role)
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
    if len(found) != 1:
        return None
    s = view.sentence
    return Statement(s.opening, found[0], _lemma(doc, pieces[j]), _span(view), (found[0],))


# "Putin's view is that", "In his opinion,", "In the view of X,"; "X: ..." in a transcript
VIEW = re.compile(
    r"^(@\d+) 's (?:view|opinion|position|belief|assessment|conviction|understanding) "
    r"(?:is|was) |^in (@\d+)(?: 's)? (?:view|opinion|words|assessment|estimation) , |"
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
    who = _speaker(doc, view, [view.pieces.index(at, start)])
    return Statement(view.sentence.opening, who[0], "view", _span(view), who[1]) if who else None


def _in_view(doc: Doc, view: View, start: int = 0) -> Statement | None:
    """A view ascribed to a participant, or a transcript's speaker line: that participant."""
    m = VIEW.match(view.masked)
    if not m:
        return _of_view(doc, view, start)
    at = next(g for g in m.groups() if g)
    k = view.pieces.index(at)
    if view.mentions[int(at[1:])].kind not in ("person", "pronoun", "anaphor"):
        return None
    who = _speaker(doc, view, [k])
    if not who or who[0] == "both":
        return None
    return Statement(view.sentence.opening, who[0], "say", _span(view), who[1])


def _named(view: View, piece: str) -> bool:
    """A word the mentions left out of a name: 'Prime Minister KISHIDA stated'."""
    text = view.sentence.text
    return piece.isalpha() and (piece.upper() in text or piece.title() in text)


def _active(doc: Doc, view: View, previous: str | None) -> Statement | None:
    pieces = view.pieces
    s = view.sentence
    if pieces[:2] in (["the", "message"], ["the", "letter"]) and doc.participants:
        # "The message reads, in part: ..." speaks for its sender
        if len(pieces) > 2 and pieces[2] in ("reads", "said", "says", "stated", "noted"):
            sender = doc.participants[0]
            return Statement(s.opening, sender, "say", _span(view), (sender,))
    start = _opening_clause(doc, pieces)
    verb = _joint(doc, pieces, start)
    if verb:
        return Statement(
            s.opening, "both", _lemma(doc, verb), _span(view), _joint_people(doc, view, start, verb)
        )
    styled = _styled(doc, view, start) or _titled(doc, view, start) or _in_view(doc, view, start)
    if styled:
        return styled
    k = start
    while k < len(pieces):
        p = pieces[k]
        if p[0] != "@":
            if k > start and (p[-2:] == "ed" or p in SAID) and _main_verb(doc, pieces, k):
                break  # the clause's verb came before any participant: its subject is none
            k += 1
            continue
        if (k > 0 and doc.lex.is_("preposition", pieces[k - 1])) or (
            k + 1 < len(pieces) and pieces[k + 1] == "'s"
        ):
            k += 1
            continue
        ks, j = _subject_chain(pieces, k)
        if pieces[j : j + 1] == ["of"] and pieces[j + 1 : j + 2] and pieces[j + 1][0] == "@":
            j += 2  # "both of them"
        side = len(ks) == 1 and pieces[j : j + 1] == ["side"]
        j += side  # "the EU side stressed": the mention ended before 'side'
        joint = _engaged_then(doc, pieces, j)
        j = _skip_to_verb(pieces, j, doc)
        joint = joint or _engaged_then(doc, pieces, j)
        if joint:
            return Statement(
                s.opening, "both", _lemma(doc, joint), _span(view), tuple(doc.participants)
            )
        own = _engaged_then(doc, pieces, j, joint=False)
        who = _speaker(doc, view, ks) if own else None
        if who:
            return Statement(s.opening, who[0], _lemma(doc, own), _span(view), who[1])
        if (
            j + 1 < len(pieces)
            and _verb(doc, pieces[j + 1])
            and not _verb(doc, pieces[j])
            and _named(view, pieces[j])
        ):
            j += 1
        if j < len(pieces) and _verb(doc, pieces[j]):
            verb = pieces[j]
            if verb in ("spoke", "speaks", "speak") and pieces[j + 1 : j + 2] in (
                ["with"],
                ["to"],
                ["by"],
                ["on"],
            ):
                k = j + 1  # "spoke with/to X" is the engagement; "and they discussed" may follow
                continue
            who = _speaker(doc, view, ks, previous if k == start else None, side)
            if who:
                return Statement(s.opening, who[0], _lemma(doc, verb), _span(view), who[1])
        k = max(j, k + 1)
    return _according(doc, view, previous)


NOT_FINITE = {"the", "a", "an", "his", "her", "its", "their", "was", "were", "been", "be", "is"}
NOT_FINITE |= {"are", "has", "have", "had", ",", "and", "or", "being", "who", "which", "that"}


SAID = {"said", "told"}


def _main_verb(doc: Doc, pieces: list[str], k: int) -> bool:
    """A past-tense reporting verb in the main clause: 'the president-elect thanked'."""
    p = pieces[k]
    return (
        (p.endswith("ed") or p in ("said", "told"))
        and pieces[k - 1] not in NOT_FINITE
        and bool(_verb(doc, p))
    )


def _according(doc: Doc, view: View, previous: str | None) -> Statement | None:
    """'According to him, ...': the one named, or the one just quoted, when no
    participant reports in the clause itself."""
    pieces, s = view.pieces, view.sentence
    if pieces[:2] == ["according", "to"] and "," in pieces[:8]:
        if pieces[2].startswith("@"):
            who = _speaker(doc, view, [2])
            if who:
                return Statement(s.opening, who[0], "say", _span(view), who[1])
        if pieces[2] in ("him", "her") and previous:
            people = (previous,) if previous != "both" else tuple(doc.participants)
            return Statement(s.opening, previous, "say", _span(view), people)
    return None


def _quoted_before(doc: Doc, found: list[Statement | None], k: int) -> Statement | None:
    """A quotation no one is said to speak, right after a quoted sentence of the same
    paragraph that has its speaker ('"A," X said. "B."'): that speaker goes on."""
    if not k or not found[k - 1]:
        return None
    before, here = doc.views[k - 1].sentence, doc.views[k].sentence
    same = before.paragraph == here.paragraph
    return found[k - 1] if same and QUOTE_MARK.search(before.text) else None


def statements(doc: Doc) -> list[Statement]:
    """One statement per reporting sentence; the sentences of a quotation take the
    speaker of the sentence that attributes it ('X said, "A. B."', '"A. B," said X')."""
    found: list[Statement | None] = []
    quotes = quote_states(doc)
    for k, view in enumerate(doc.views):
        inside = quotes[k][0] and k and quotes[k - 1][1]
        prev = found[-1] if found and found[-1] else None
        speaker = prev.speaker if prev else None
        st = _attributed(doc, view, speaker) if inside else statement_of(doc, view, speaker)
        found.append(st)
    for run in quote_runs(quotes):
        said = next((found[k] for k in run if found[k] and found[k].speaker), None)
        said = said or _quoted_before(doc, found, run[0])
        for k in run:
            if said and found[k] is None:
                v = doc.views[k]
                found[k] = Statement(
                    v.sentence.opening, said.speaker, "say", _span(v), said.speakers
                )
    return [st for st in found if st]
