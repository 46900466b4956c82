"""What is done to an actor is no stand against it (issue 13, round 7, the lead's own).

"Condemned the invasion of X" criticises whoever invades, not X; "opposed the exclusion of
X by Y" opposes Y. The owner rules (an object's "of X", a maker after "by") read X as the
one who acts; for nouns of an act done to what follows "of" (kg/data/lexicon/words.tsv,
class done_to) X suffers it. Sentences written for this test.
"""

from __future__ import annotations

import pytest
from reading import relations

HEAD = (
    "President Hakainde Hichilema of Zambia spoke with President Lazarus Chakwera of "
    "Malawi today.\n"
)
HOSTILE = ("criticizes", "opposes")


def stands(sentence: str) -> set:
    got = relations(HEAD + sentence + "\n", "2024-05-14")
    return {(s, r, o) for s, r, o in got if r in HOSTILE and not o.startswith("topic:")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Zambia condemned the invasion of Ukraine.",
        "President Hichilema denounced the occupation of Lebanon.",
        "Zambia rejected the isolation of Cuba.",
        "Zambia deplored the violation of the sovereignty of Ukraine.",
        "Zambia firmly opposed the expulsion of Kenya from the group.",
        "Malawi condemned the killings of civilians of Sudan.",
    ],
)
def test_an_act_done_to_an_actor_is_no_stand_against_it(sentence):
    assert stands(sentence) == set()


def test_the_maker_after_by_is_the_one_opposed():
    got = stands("Zambia opposed the annexation of Crimea by Russia.")
    assert got == {("Zambia", "opposes", "Russia")}


def test_a_maker_after_a_plain_participle_is_no_maker():
    # "welcomed by" names one who approves of the act, not one who does it
    assert stands("Zambia opposed the exclusion of Kenya welcomed by Norway.") == set()


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # near: what an actor owns or makes keeps its owner
        ("Zambia rejected the tariffs of Kenya.", ("Zambia", "opposes", "Kenya")),
        ("Zambia condemned the attacks of Russia.", ("Zambia", "criticizes", "Russia")),
    ],
)
def test_near_what_an_actor_makes_is_its_own(sentence, expected):
    assert expected in stands(sentence)


def test_near_support_for_what_is_done_to_an_actor_still_supports_it():
    got = relations(HEAD + "Zambia supported the reconstruction of Ukraine.\n", "2024-05-14")
    assert ("Zambia", "supports", "Ukraine") in got


@pytest.mark.parametrize(
    "sentence",
    [
        "Zambia rejected the sanctions against Zimbabwe.",
        "Zambia called for the lifting of sanctions on Zimbabwe.",
        "President Hichilema denounced the unilateral measures against Cuba.",
    ],
)
def test_rejecting_an_act_against_an_actor_takes_no_stand_against_it(sentence):
    # ANNOTATION.md 8 gives opposes to those who endorse sanctions or action against X; one
    # who rejects them stands with X, if anything
    assert not {t for t in stands(sentence) if t[2] in ("Zimbabwe", "Cuba")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Zambia welcomed the new sanctions on Russia.",
        "Zambia condemned the attack and backed the fight against Daesh.",
    ],
)
def test_near_endorsing_an_act_against_an_actor_still_opposes_it(sentence):
    assert {t[2] for t in stands(sentence)} & {"Russia", "Islamic State"}
