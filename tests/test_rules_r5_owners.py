"""Whose act a possessive names, which office a title can mean, and a state's own leader.

Sentences written for these tests; each case has a near one where the rule must not fire.
"""

from __future__ import annotations

from kg.extract import extract
from kg.model import Readout

SUMMIT = (
    "Tokyo, 20 March 2023\n\nPrime Minister Fumio Kishida held a summit meeting with Prime "
    "Minister Narendra Modi of India. "
)


def run(text: str) -> set[tuple[str, str, str]]:
    ex = extract(
        Readout(
            "case", text, published="2023-03-20", publisher="Ministry of Foreign Affairs of Japan"
        )
    )
    return {(r.subject, r.relation, r.object) for r in ex.relations}


def test_a_visit_owned_by_someone_unnamed_is_nobodys():
    got = run(SUMMIT + "They discussed the Special Envoy's recent visit to Kenya.")
    assert not any(o == "Kenya" and r == "visits" for _, r, o in got), got
    # near case: a named owner's visit is theirs
    got = run(SUMMIT + "They welcomed Modi's forthcoming visit to Kenya.")
    assert ("Narendra Modi", "visits", "Kenya") in got


def test_a_president_is_no_monarch():
    got = run(SUMMIT + "They also discussed the President's recent visit to Kenya.")
    assert not any(o == "Kenya" for _, _, o in got), got
    # near case: the monarch's own title names him
    got = run(SUMMIT + "The Emperor received Prime Minister Modi at the Imperial Palace.")
    assert ("Naruhito", "hosts", "Narendra Modi") in got


def test_a_state_does_not_act_on_its_own_leader():
    got = run(SUMMIT + "Japan sent its congratulations to the two leaders.")
    assert ("Japan", "congratulates", "Narendra Modi") in got
    assert ("Japan", "congratulates", "Fumio Kishida") not in got
