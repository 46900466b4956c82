"""A third state named only as the author of a hostile act: the act is the subject.

"Russia's war against Ukraine", "the Russian invasion of Ukraine", "Russia's further
mobilisation": what the sides covered is the war, the invasion, the mobilisation
(annotators write "russia's war against ukraine", "russia's aggression"), not the state
that acts. A state named otherwise too ("the war between Russia and Ukraine", "sanctions
on Russia") stays a topic of its own.
"""

from __future__ import annotations

import re

from kg.extract.document import Doc, View

# a hostile act a state's possessive or adjective may own (up to two words between:
# "Russia's unprovoked and unjustified war" reads as "Russia's ... war" after a split)
ACT_AFTER = re.compile(
    r"(?:['’]s?)? (?:[\w\-]+,? (?:and )?){0,3}?(?:war|wars|aggression|invasion|attacks?|"
    r"strikes?|mobili[sz]ation|occupation|annexation|escalation|provocations?|"
    r"incursions?|bombardment|shelling|offensive|military build-?up|missile launches|"
    r"troops|forces)\b"
)


def agent_only_states(doc: Doc, views: list[View], only: set[str]) -> dict[str, str]:
    """The states of ``only`` named in ``views`` only as the owner of a hostile act, each
    with its first act as written ("russia's war", "russian invasion")."""
    acts: dict[str, str] = {}
    other: set[str] = set()
    adjectives = doc.gaz.adjectives
    for view in views:
        text, offset = view.sentence.text, view.sentence.start
        for m in view.mentions:
            if m.kind != "state" or len(m.actors) != 1 or m.actors[0] not in only:
                continue
            owner = m.possessive or m.text in adjectives
            act = ACT_AFTER.match(text, m.end - offset) if owner else None
            if act is None:
                other.add(m.actors[0])
            elif m.actors[0] not in acts:
                acts[m.actors[0]] = " ".join(text[m.start - offset : act.end()].lower().split())
    return {state: act for state, act in acts.items() if state not in other}
