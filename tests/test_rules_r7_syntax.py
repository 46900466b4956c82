"""Round 7 (helper syntax): relation rules that hold when a sentence wraps the relation in
structure. Each kind was found by scripts/stress_relations.py; the sentences here are
written for this test, each with a near negative where the rule must not fire."""

from __future__ import annotations

from reading import relations

HEAD = (
    "President Hakainde Hichilema of Zambia held a phone call with Prime Minister "
    "Ulf Kristersson of Sweden on Tuesday.\n"
)


def body(text: str) -> set:
    """The triples the body sentence adds to the head's."""
    return relations(HEAD + text + "\n") - relations(HEAD)


# -- conditional mood with a condition after the cue: a hypothetical (rule 6) ------------


def test_a_cue_in_the_conditional_with_an_if_clause_after_it_gives_nothing():
    got = body("President Hichilema said he would condemn Malawi if the ceasefire collapsed.")
    assert ("Hakainde Hichilema", "criticizes", "Malawi") not in got


def test_a_cue_in_the_conditional_with_unless_after_it_gives_nothing():
    got = body("Zambia would invite Sweden to the trade fair unless the dates clashed.")
    assert ("Zambia", "invites", "Sweden") not in got


def test_would_in_reported_speech_without_a_condition_still_counts():
    got = body("President Hichilema said that Zambia would work with Sweden on renewable energy.")
    assert ("Zambia", "cooperatesWith", "Sweden") in got


def test_readiness_with_a_condition_after_it_still_counts():
    got = body("Sweden would be ready to assist Zambia if the drought worsened.")
    assert ("Sweden", "supports", "Zambia") in got
