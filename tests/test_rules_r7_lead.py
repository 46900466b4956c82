"""What is done to an actor is no stand against it (issue 13, round 7, the lead's own).

"Condemned the invasion of X" criticises whoever invades, not X; "opposed the exclusion of
X by Y" opposes Y. The owner rules (an object's "of X", a maker after "by") read X as the
one who acts; for nouns of an act done to what follows "of" (kg/data/lexicon/words.tsv,
class done_to) X suffers it. Sentences written for this test.
"""

from __future__ import annotations

import pytest
from reading import read, relations

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


# -- "the support of X": X gives it ---------------------------------------------------------


def rels(sentence: str) -> set:
    return relations(HEAD + sentence + "\n", "2024-05-14")


@pytest.mark.parametrize(
    ("sentence", "giver", "kind"),
    [
        ("Zambia appreciated the support of the European Union.", "European Union", "supports"),
        (
            "President Hichilema voiced gratitude for the steady backing of Norway.",
            "Norway",
            "supports",
        ),
        ("Zambia is grateful for the help from China.", "China", "assists"),
    ],
)
def test_thanks_for_the_support_of_an_actor_is_its_support_to_the_thanker(sentence, giver, kind):
    got = rels(sentence)
    assert (giver, kind, "Zambia") in got
    assert not {t for t in got if t[1] == "supports" and t[2] == giver}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # near: "in support of X" and "its support of X" back X
        ("Zambia spoke in support of Ukraine.", ("Zambia", "supports", "Ukraine")),
        ("Zambia voiced its support of Kenya's candidacy.", ("Zambia", "supports", "Kenya")),
        (
            "Zambia expressed support for the African Union.",
            ("Zambia", "supports", "African Union"),
        ),
    ],
)
def test_near_support_of_or_for_an_actor_said_by_the_supporter_backs_it(sentence, expected):
    assert expected in rels(sentence)


def test_gratitude_for_a_named_givers_help_is_not_for_the_other_participant():
    got = rels("President Hichilema voiced gratitude for the steady backing of Norway.")
    assert ("Hakainde Hichilema", "thanks", "Norway") in got
    assert ("Hakainde Hichilema", "thanks", "Lazarus Chakwera") not in got


def test_near_gratitude_with_no_giver_named_is_for_the_other_participant():
    got = rels("President Hichilema expressed gratitude for the support.")
    assert ("Hakainde Hichilema", "thanks", "Lazarus Chakwera") in got


# -- an act asked of an actor is not done ---------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "asked"),
    [
        ("Zambia asked Kenya to support its bid.", "Kenya"),
        ("Zambia encouraged Kenya to work with Tanzania.", "Kenya"),
        ("President Hichilema called on Malawi to back the candidacy of Kenya.", "Malawi"),
        ("Zambia pressed the Government of Kenya to condemn the attack.", "Kenya"),
    ],
)
def test_an_act_requested_of_an_actor_is_only_the_request(sentence, asked):
    got = rels(sentence)
    assert {t for t in got if t[1] == "urges" and t[2] == asked}
    assert not {t for t in got if t[0] == asked}  # the act asked for is nobody's yet


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # near: an infinitive after one's own readiness or agreement is one's own act
        ("Zambia is ready to support Kenya.", ("Zambia", "supports", "Kenya")),
        ("Zambia agreed to work with Kenya.", ("Zambia", "cooperatesWith", "Kenya")),
    ],
)
def test_near_an_act_one_agrees_or_stands_ready_to_do_is_ones_own(sentence, expected):
    assert expected in rels(sentence)


def test_support_closing_a_sentence_is_read():
    # "support" as the last word has no "of" after it to look at
    assert ("Zambia", "thanks", "Malawi") in rels("Zambia thanks Malawi for support")


# -- topics: an owner's adjective before "and" has its noun after the next one ------------


def test_an_owners_adjective_before_and_is_no_topic_of_its_own():
    text = (
        "Chancellor Olaf Scholz spoke with Prime Minister Anthony Albanese today. Both "
        "leaders condemned Russia's illegal and immoral invasion of Ukraine.\n"
    )
    topics = read(text, "2023-05-24").topics
    assert "russia's illegal" not in topics
    assert any("invasion" in t for t in topics)


def test_near_an_owners_noun_before_and_stays_a_topic():
    text = (
        "Chancellor Olaf Scholz spoke with Prime Minister Anthony Albanese today. The "
        "leaders discussed Russia's proposal and the ceasefire.\n"
    )
    assert "russia's proposal" in read(text, "2023-05-24").topics
