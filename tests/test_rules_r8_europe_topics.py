"""Round 8, "europe": topics in the wordings of European offices' English readouts (leads in
other inflections, relative clauses led by a preposition, a writer's own clause, offices in a
list). Every sentence here was written for this test.
"""

from __future__ import annotations

from reading import read

CALL = "Readout of the call\n\n"
TWO = (
    "Foreign Minister Irena Kovač of Croatia held talks with Foreign Minister "
    "Tomas Berzins of Latvia in Zagreb today. "
)


# -- topics: no relative clause's preposition, no writer's clause, no office -------------------


def topics(text: str) -> list[str]:
    return list(read(CALL + text).topics)


def test_a_relative_clause_led_by_a_preposition_is_no_topic():
    got = topics(
        TWO + "They discussed the grain corridor, thanks to which exports have resumed, "
        "and the energy bridge, under which Croatia supplies gas."
    )
    assert "thanks to" not in got and "under" not in got
    assert "grain corridor" in got


def test_a_writers_own_clause_is_no_topic():
    got = topics(
        TWO + "I count on our cooperation in the field of energy, and I hope that we meet soon."
    )
    assert not any(t.startswith("i ") for t in got)


def test_world_war_i_stays_a_topic():
    # near negative: a capital "I" that ends a name, not a writer's clause
    got = topics(TWO + "They discussed the memory of World War I and its lessons for Europe.")
    assert "world war i" in got


def test_an_office_in_a_list_is_no_topic():
    got = topics(
        TWO + "With regard to the grain corridor, the Federal Chancellor and the Taoiseach "
        "agreed on more aid."
    )
    assert "federal chancellor" not in got and "taoiseach" not in got


# -- topic leads in other inflections, and an act's agent that ends the phrase ---------------


def test_informed_about_names_topics():
    got = topics(TWO + "Mr Berzins informed his colleague about the grain transit by rail.")
    assert any(t.startswith("grain transit") for t in got)


def test_focusing_on_names_topics():
    got = topics(TWO + "Croatia funds projects in Latvia, focusing on cyber security and ports.")
    assert "cyber security" in got and "ports" in got


def test_congratulate_him_on_taking_office_is_the_occasion():
    got = topics(
        "Prime Minister Pedro Sánchez held a call with Prime Minister Luís Montenegro of "
        "Portugal to congratulate him on taking office."
    )
    assert "taking office" in got


def test_a_gerund_other_than_taking_office_still_drops():
    # near negative: "taking measures" keeps only what follows the verb
    got = topics(TWO + "They discussed taking measures against forest fires.")
    assert not any(t.startswith("taking") for t in got)


def test_an_acts_agent_ends_the_condemned_topic():
    got = topics(TWO + "Ms Kovač condemned the sabotage carried out by Russian services in ports.")
    assert "sabotage" in got
