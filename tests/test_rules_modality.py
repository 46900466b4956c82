"""Negation, modality, location and the passive hosting cue, each on a sentence where it matters.

Every case is written so that the behaviour under test changes the output: a negated
cue that would otherwise give a triple, a future or agreed act whose evidence must say
so, a meeting place that only the location rule finds (issue 19's surviving mutants).
"""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.extract.lexicon import load
from kg.model import Readout

LEAD = "Prime Minister Elena Varga of Hungary met President Emmanuel Macron of France.\n\n"


def relations(text: str) -> dict[tuple[str, str, str], str]:
    """Each triple of ``text`` with its evidence's modality."""
    ex = extract(Readout("case", text, published="2024-03-05"))
    return {(r.subject, r.relation, r.object): r.modality for r in ex.relations}


@pytest.mark.parametrize(
    "negated, plain, triple",
    [
        (
            "Varga did not invite Macron to Budapest.",
            "Varga invited Macron to Budapest.",
            ("Elena Varga", "invites", "Emmanuel Macron"),
        ),
        (
            "Macron has never criticized Hungary.",
            "Macron has criticized Hungary.",
            ("Emmanuel Macron", "criticizes", "Hungary"),
        ),
        (
            "Macron declined to criticize Hungary.",
            "Macron chose to criticize Hungary.",
            ("Emmanuel Macron", "criticizes", "Hungary"),
        ),
        (
            "Varga refused to condemn France.",
            "Varga went on to condemn France.",
            ("Elena Varga", "criticizes", "France"),
        ),
        (
            "Varga did not thank France.",
            "Varga thanked France.",
            ("Elena Varga", "thanks", "France"),
        ),
    ],
)
def test_a_negated_cue_gives_nothing_that_its_plain_form_gives(negated, plain, triple):
    assert triple in relations(LEAD + plain)
    assert triple not in relations(LEAD + negated)


@pytest.mark.parametrize(
    "sentence, triple, modality",
    [
        ("Varga will visit France next spring.", ("Elena Varga", "visits", "France"), "future"),
        (
            "Hungary and France agreed to cooperate on energy.",
            ("Hungary", "cooperatesWith", "France"),
            "agreed",
        ),
        (
            "The two leaders agreed to deepen cooperation in research.",
            ("Elena Varga", "cooperatesWith", "Emmanuel Macron"),
            "agreed",
        ),
        (
            "Varga thanked Macron for the talks.",
            ("Elena Varga", "thanks", "Emmanuel Macron"),
            "asserted",
        ),
    ],
)
def test_the_evidence_says_whether_an_act_is_done_future_or_agreed(sentence, triple, modality):
    assert relations(LEAD + sentence).get(triple) == modality


@pytest.mark.parametrize(
    "text, location",
    [
        (
            "Foreign Minister Ana Torres of Paraguay held talks with Secretary of State "
            "Antony Blinken in Hanoi.",
            "Hanoi",
        ),
        (
            "President Emmanuel Macron of France received Prime Minister Elena Varga of "
            "Hungary in Paris on 3 March.",
            "Paris",
        ),
        (
            "Prime Minister Elena Varga of Hungary met President Emmanuel Macron of France.",
            None,
        ),
    ],
)
def test_the_meeting_place_is_the_event_location(text, location):
    assert extract(Readout("case", text, published="2024-03-05")).event.location == location


def test_was_welcomed_by_makes_the_welcoming_side_the_host():
    """The passive cue row ("was greeted/received/welcomed/hosted by"): 4 dev gold triples."""
    text = (
        "Prime Minister Elena Varga of Hungary was welcomed by President Emmanuel Macron "
        "of France on her arrival.\n\nThe two leaders discussed energy."
    )
    ex = extract(Readout("case", text, published="2024-03-05"))
    hosts = [r for r in ex.relations if r.relation == "hosts"]
    assert [(r.subject, r.object) for r in hosts] == [("Emmanuel Macron", "Elena Varga")]
    (row,) = [cue for cue in load().cues if cue.rule == hosts[0].rule]
    assert "(?:greeted|received|welcomed|hosted" in row.source
