"""States named only as where something happens are no subject of the engagement.

A third state a readout names is usually what the sides talked about ("the situation in
Syria"), but not when it only places something: a venue after its city ("in Rome,
Italy"), the end of a trip ("will travel to Malaysia and Indonesia", "her visits to Fiji,
Samoa and Tonga"), a meeting's host ("the G20 Summit in Indonesia") or an envoy's post
("Ambassador of Chad to Ethiopia"); nor is a state whose name is part of a sea's or a
strait's ("the South China Sea", "the Taiwan Strait": the sea is the topic). Such a state
is a topic only if another sentence names it otherwise.
"""

from __future__ import annotations

import re

from kg.extract.document import Doc, View

# what precedes a state named as a place (the text before the mention ends with it)
TO_PLACE = (
    r"\b(?:travel(?:s|led|ed|ling)?|trips?|visits?|tours?|journey|flew|fly|went|go|"
    r"arriv(?:e|ed|es|al)|head(?:ed|ing)?|return(?:ed|s)?) (?:[\w\-]+ ){0,2}?to|"
    r"\bambassador (?:[\w\-]+ ){0,6}?to"
)
IN_PLACE = (
    r"\b(?:summit|meeting|meetings|conference|talks|forum|session|games|ceremony) "
    r"(?:[\w\-]+ ){0,3}?in"
)
PLACE_BEFORE = re.compile(rf"(?:{TO_PLACE}|{IN_PLACE}) (?:the )?$", re.IGNORECASE)
# its halves, searched apart: text that ends in "to " can match only the first
PLACE_BEFORE_TO = re.compile(rf"(?:{TO_PLACE}) (?:the )?$", re.IGNORECASE)
PLACE_BEFORE_IN = re.compile(rf"(?:{IN_PLACE}) (?:the )?$", re.IGNORECASE)
# a venue after its city ("in Rome, Italy"): a city the gazetteer does not know (one it
# knows is a "place" mention)
CITY_BEFORE = re.compile(r"\bin ([A-Z][\w\-]+), $")
# a list goes on after a state ("in Gaza, Lebanon and Syria" is a list, not a city's state)
LIST_ON = re.compile(r"(?:,? and|,) (?:the )?[A-Z]")
# a list goes on from a place ("visits to Fiji, Samoa, and Tonga")
LIST_GLUE = re.compile(r"^(?:,|,? and|,? or) (?:the )?$")
# a state's name inside a geographic name ("South China Sea", "Taiwan Strait")
GEO_AFTER = re.compile(
    r" (?:Seas?|Straits?|Gulf|Peninsula|Basin|Canal|River|Lake|Ocean|Channel|Sea Lanes)\b"
)
# how every GEO_AFTER match opens (a slice and a set lookup rule out most mentions)
GEO_OPENERS = frozenset(" " + c for c in "SGPBCRLO")
# words every PLACE_BEFORE match holds: a sentence without one places no state
GATE = (" to ", " in ")
# how the text before every PLACE_BEFORE match ends (the regex runs only after one)
PLACE_ENDS = ("to ", "in ", "to the ", "in the ", "To ", "In ")
TO_ENDS = ("to ", "to the ", "To ")


def _place_before(tail: str) -> bool:
    """PLACE_BEFORE.search(tail) for a tail that ends in one of PLACE_ENDS, by the half
    that can match it."""
    rx = PLACE_BEFORE_TO if tail.endswith(TO_ENDS) else PLACE_BEFORE_IN
    return rx.search(tail) is not None


def _after_city(text: str, before: str, start: int, end: int, view: View, offset: int) -> bool:
    """Whether the state at ``start:end`` follows its city ("in Rome, Italy", "in Erbil,
    Iraq"): a place mention or a capitalised word no mention ends at, and no list going on
    (the mentions' ends are read only after a comma)."""
    if not before.endswith(", ") or LIST_ON.match(text, end):
        return False
    if any(m.end - offset == start - 2 for m in view.mentions if m.kind == "place"):
        return True
    tail = before[-40:]
    city = CITY_BEFORE.search(tail)
    if city is None:
        return False
    at = len(before) - len(tail) + city.end(1)
    return all(m.end - offset != at for m in view.mentions)


def place_only_states(doc: Doc, views: list[View], only: set[str]) -> set[str]:
    """The states of ``only`` named in ``views`` only as places (each mention one)."""
    placed: set[str] = set()
    other: set[str] = set()
    for view in views:
        states = [m for m in view.mentions if m.kind == "state" and len(m.actors) == 1]
        text, offset = view.sentence.text, view.sentence.start
        gated = GATE[0] in text or GATE[1] in text
        last_place_end = None
        for m in states:
            start, end = m.start - offset, m.end - offset
            before = text[:start]
            is_place = (
                (text[end : end + 2] in GEO_OPENERS and GEO_AFTER.match(text, end) is not None)
                or gated
                and (
                    (before.endswith(PLACE_ENDS) and _place_before(before[-80:]))
                    or _after_city(text, before, start, end, view, offset)
                    or (
                        last_place_end is not None
                        and LIST_GLUE.match(text[last_place_end:start]) is not None
                    )
                )
            )
            (placed if is_place else other).add(m.actors[0])
            last_place_end = end if is_place else None
    return (placed - other) & only
