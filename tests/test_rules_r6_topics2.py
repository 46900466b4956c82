"""Topics, round 6 second pass: subjects the extractor did not find on unseen text
(ANNOTATION.md sections 4 and 8), on sentences written for these tests, each with a near
negative."""

from __future__ import annotations

import pytest

CALL = (
    "Foreign Minister Penny Wong held talks with her Kenyan counterpart Musalia Mudavadi in "
    "Canberra today.\n\n"
)


def _topics(text: str) -> set[str]:
    from kg.extract import extract
    from kg.model import Readout

    return set(extract(Readout("case", CALL + text, published="2024-03-12")).topics)


@pytest.mark.parametrize(
    "text,present,absent",
    [
        # an agreed aim is a topic (section 8: "agreed that X must never acquire Y")
        (
            "The ministers agreed that Iran must never acquire a nuclear weapon.",
            {"nuclear weapon"},
            set(),
        ),
        (
            "They agreed that the region should not be allowed to develop chemical arms.",
            {"chemical arms"},
            set(),
        ),
        (
            "Both sides agreed the Gulf must remain free of weapons of mass destruction.",
            {"weapons of mass destruction"},
            set(),
        ),
        ("They agreed that talks must never stop.", set(), {"stop"}),
        # a need placed on a non-actor gives topics (section 8)
        (
            "She called on the international community to scale up humanitarian assistance.",
            {"humanitarian assistance"},
            set(),
        ),
        (
            "The two ministers urged the international community to step up mine clearance.",
            {"mine clearance"},
            set(),
        ),
        ("Mr Mudavadi called the Minister to say goodbye.", set(), {"say goodbye"}),
        # what an agenda included
        (
            "The agenda included energy transition, education and health.",
            {"energy transition", "education", "health"},
            set(),
        ),
        ("The agenda of the visit also covered port logistics.", {"port logistics"}, set()),
        # "issues such as X" is X
        (
            "They discussed issues such as migration, drug trafficking and cybercrime.",
            {"migration", "drug trafficking", "cybercrime"},
            {"issues such as migration"},
        ),
        # nouns in -ing and in adjective endings name subjects; gerunds and adjectives do not
        (
            "The meeting covered agriculture, mining and critical minerals.",
            {"agriculture", "mining", "critical minerals"},
            set(),
        ),
        (
            "Both ministers condemned the bombing of the railway station.",
            {"bombing of the railway station"},
            set(),
        ),
        (
            "The ministers discussed the pandemic and its effects on tourism.",
            {"pandemic"},
            set(),
        ),
        (
            "They discussed strengthening and deepening political, economic ties.",
            set(),
            {"strengthening", "political"},
        ),
        # a sentence whose subject is the topic
        ("Climate change was also discussed.", {"climate change"}, set()),
        ("Trade featured prominently in the talks.", {"trade"}, set()),
        ("Regional security was high on the agenda.", {"regional security"}, set()),
        ("Energy cooperation was a key topic of the meeting.", {"energy cooperation"}, set()),
        (
            "Migration and border management were also on the agenda.",
            {"migration", "border management"},
            set(),
        ),
        ("Food security dominated the discussion.", {"food security"}, set()),
        ("In the call, the energy transition was discussed.", {"energy transition"}, set()),
        ("Human rights were among the topics discussed.", {"human rights"}, set()),
        # near negatives: a pronoun, the sides, or an act that is no discussion
        ("They were discussed at length.", set(), {"at length", "they"}),
        ("The two leaders were briefed.", set(), {"two leaders"}),
        ("The agreement was signed by both ministers.", set(), {"agreement"}),
        ("A wide range of issues were discussed.", set(), {"wide range of issues"}),
    ],
)
def test_topics_of_each_kind(text, present, absent):
    found = _topics(text)
    assert present <= found, found
    assert not absent & found, found
