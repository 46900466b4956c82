"""Who speaks: the participants a subject mention names, and where its reporting verb
is past the adverbs, asides and circumstances between them."""

from __future__ import annotations

import re

from kg.extract.document import Doc, View
from kg.extract.speech_lexicon import NOT_FINITE, SKIPPABLE, phrasal, reporting_verb


# between subject and verb: "on Tuesday", "this afternoon", "was keen to"
ADVERBIAL = re.compile(
    r"on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday) |"
    r"this (?:morning|afternoon|evening) |at the (?:outset|start|end|beginning) , |"
    r"(?:was|were|is|am|are) (?:also )?(?:keen|eager|pleased|happy|glad|delighted|honou?red) "
    r"to |would like to |wishe[sd] to |(?:began|started|opened|ended|concluded) by |"
    r"went on to |(?:took|used|seized) the (?:opportunity|occasion) to |"
    r"(?:on|for) (?:his|her|its|their|our|@\d+) part (?:, )?|"
    r"(?:a|an) (?:\w+ )?(?=(?:focus|discussion|exchange) )"
)


def speaker_of(
    doc: Doc, view: View, ks: list[int], previous: str | None = None, side: bool = False
) -> tuple[str, tuple[str, ...]] | None:
    actors: list[str] = []
    group = False
    for k in ks:
        m = view.mentions[int(view.pieces[k][1:])]
        if m.how == "we" and m.t0:
            return None  # a quotation's "We agreed ...": the sayer's own words, no statement
        group = group or m.kind in ("people", "states") or len(m.actors) > 1
        actors.extend(a for a in m.actors if a not in actors)
        if not m.actors and m.of and m.kind in ("person", "role") and m.how != "described":
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
        other = _counterpart_of(doc, m, previous)
        if other:
            return other, (other,)
    if len(ks) == 1 and len(actors) == 1 and not group:
        actors = [_titled_as(doc, view.mentions[int(view.pieces[ks[0]][1:])], actors[0])]
    people = [a for a in actors if doc.kind(a) == "person"]
    one = offices_of_one(doc, view.pieces, view.mentions, ks) if len(ks) == 2 else None
    if one:
        return one, (one,)
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


def offices_of_one(doc: Doc, pieces: list[str], mentions, ks: list[int]) -> str | None:
    """'HE the Prime Minister and Minister of Foreign Affairs reaffirmed', 'HRH the Crown
    Prince and Prime Minister welcomed': two bare offices joined by "and", the second with
    no article of its own, that both name one participant speak as that one person."""
    if len(ks) != 2 or pieces[ks[0] + 1] != "and" or ks[1] >= len(pieces):
        return None
    if not (pieces[ks[0]][:1] == pieces[ks[1]][:1] == "@"):
        return None
    first, second = (mentions[int(pieces[k][1:])] for k in ks)
    if not (first.how == second.how == "role") or second.text.lower().startswith(
        ("the ", "his ", "her ")
    ):
        return None
    named = set(first.actors) | set(second.actors)
    if len(named) != 1:
        return None
    person = named.pop()
    if doc.kind(person) != "person":
        return None
    if first.actors == second.actors:
        return person
    if not first.actors and person in doc.participants:
        # "the Deputy Prime Minister and Minister of Foreign Affairs": an office no one holds
        # on the day (the gazetteer lacks it) sharing its article with the participant's own
        return person
    # one office left unresolved: the person's office on the day bears both titles
    # ("Crown Prince and Prime Minister")
    titles = [(m.title or "").lower() for m in (first, second)]
    held = [t.title.lower() for t in doc.gaz.offices_of(person, doc.day)]
    return person if all(titles) and any(all(x in h for x in titles) for h in held) else None


def _titled_as(doc: Doc, m, actor: str) -> str:
    """'The Foreign Secretary noted' when three foreign ministers take part: the one
    participant whose own title that bare title is, where the mention took another holder
    of the same office (the publisher's own); else ``actor``."""
    if m.kind != "person" or len(doc.participants) < 2 or actor not in doc.people:
        return actor
    low = m.text.lower()
    if not low.startswith("the ") or _titled(doc, actor, low[4:]):
        return actor
    same = [p for p in doc.participants if p != actor and _titled(doc, p, low[4:])]
    return same[0] if len(same) == 1 else actor


def _titled(doc: Doc, person: str, title: str) -> bool:
    """Whether a participant bears that title (lower case): as the readout styles them, else
    as held on the day."""
    if (doc.people.get(person, {}).get("title") or "").lower() == title:
        return True
    return any(t.title.lower() == title for t in doc.gaz.offices_of(person, doc.day))


# "took part in the call", "take part": joining, not a reporting act
PART_TAKING = {"took", "take", "takes"}


def takes_part(pieces: list[str], j: int) -> bool:
    """Whether the verb at piece j is 'took part' (a reporting verb only in 'took note')."""
    return pieces[j] in PART_TAKING and pieces[j + 1 : j + 2] == ["part"]


def _counterpart_of(doc: Doc, m, previous: str) -> str | None:
    """'His counterpart noted' opening a sentence: the participant other than the one who
    just spoke (the possessive is the last speaker), when two people take part."""
    if m.how != "counterpart" or not m.text.lower().startswith(("his ", "her ")):
        return None
    people = [p for p in doc.participants if doc.kind(p) == "person"]
    if len(people) != 2 or previous not in people:
        return None
    return people[1 - people.index(previous)]


def subject_chain(pieces: list[str], k: int) -> tuple[list[int], int]:
    """'A', 'A and B', 'A, B and C' from piece k; and the piece after it."""
    ks, j = [k], k + 1
    while j + 1 < len(pieces) and pieces[j] in (",", "and") and pieces[j + 1].startswith("@"):
        ks.append(j + 1)
        j += 2
    if len(ks) > 1 and "and" not in pieces[k:j]:
        return [k], k + 1
    return ks, j


def skip_to_verb(pieces: list[str], j: int, doc: Doc | None = None) -> int:
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
        elif p == "," and j + 1 < len(pieces) and pieces[j + 1] in SKIPPABLE - {"in"}:
            j += 1  # "X, today sent": the appositive's comma, then an adverb
        elif (
            p == ","
            and j + 1 < len(pieces)
            and pieces[j + 1].endswith("ing")
            and "," in pieces[j + 2 : j + 25]
        ):
            # "Both of them, noting X, praised": the participle is an aside, the act is after it
            j = pieces.index(",", j + 2) + 1
        elif (
            p == ","
            and j + 1 < len(pieces)
            and (
                pieces[j + 1].startswith("@")
                or (doc and reporting_verb(doc, pieces[j + 1]))
                or phrasal(pieces, j + 1)  # "X, Managing Director of Y, issued a statement"
            )
        ):
            j += pieces[j + 1][0] != "@"  # "X, described as": the verb; ", @2 said": stop
            break
        elif p == "," and "," in pieces[j + 1 : j + 25]:
            j = pieces.index(",", j + 1) + 1
        elif p in ASIDE_CLOSE and ASIDE_CLOSE[p] in pieces[j + 1 : j + 25]:
            j = pieces.index(ASIDE_CLOSE[p], j + 1) + 1  # "X (Kenya) said", "X — who ... — said"
        else:
            break
    return j


ASIDE_CLOSE = {"(": ")", "—": "—", "–": "–"}
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
        if main_verb(doc, pieces, k):
            return k
    return None


def main_verb(doc: Doc, pieces: list[str], k: int) -> bool:
    """A past-tense reporting verb in the main clause: 'the president-elect thanked'."""
    p = pieces[k]
    return (
        (p.endswith("ed") or p in ("said", "told"))
        and pieces[k - 1] not in NOT_FINITE
        and bool(reporting_verb(doc, p))
    )
