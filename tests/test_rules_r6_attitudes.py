"""The attitude relations (congratulates ... urges) by the rules of ANNOTATION.md, sections
2, 7 and 8, in phrasings round 6's specification audit found the extractor missing (issue 13).

Sentences written for this test, in the styles of several governments' readouts; each form
has a near sentence where it must not fire.
"""

from __future__ import annotations

from reading import relations

A, J = "Anthony Albanese", "Joko Widodo"
CALL = (
    "Prime Minister's call with President Widodo\n\n21 August 2023\n\n"
    "Prime Minister Anthony Albanese spoke with President Joko Widodo of Indonesia today.\n"
)


def run(body: str) -> set:
    return relations(CALL + body, "2023-08-21", "Prime Minister of Australia")


# A joint subject expands only to the members for whom the object is another actor (8)


def test_joint_praise_of_one_members_state_is_the_other_members():
    got = run("The two leaders praised Indonesia's successful G20 presidency.\n")
    assert (A, "praises", "Indonesia") in got
    assert (J, "praises", "Indonesia") not in got


def test_near_joint_praise_of_a_third_state_is_each_members():
    got = run("Both leaders commended Malaysia's leadership of the talks.\n")
    assert (A, "praises", "Malaysia") in got
    assert (J, "praises", "Malaysia") in got


# Readiness is supports, even when conditional (8)


def test_readiness_to_assist_an_actors_work_is_support_for_it():
    got = run("The Prime Minister said Australia stood ready to help Indonesia.\n")
    assert ("Australia", "supports", "Indonesia") in got
    got = run(
        "The Prime Minister said Australia would be ready, if necessary, to assist "
        "Indonesia's investigation.\n"
    )
    assert ("Australia", "supports", "Indonesia") in got
    assert ("Australia", "assists", "Indonesia") not in got


def test_conditional_readiness_to_provide_help_is_support():
    got = run(
        "Mr Albanese said Australia would be willing, should it be needed, to provide "
        "assistance to Indonesia.\n"
    )
    assert ("Australia", "supports", "Indonesia") in got


def test_near_readiness_denied_is_nothing():
    got = run("The Prime Minister said Australia was not ready to help Indonesia.\n")
    assert ("Australia", "supports", "Indonesia") not in got


# "The importance of" follows its object (8)


def test_importance_of_an_actors_role_is_praise():
    got = run("The Prime Minister stressed the importance of ASEAN's central role in the region.\n")
    assert (A, "praises", "ASEAN") in got


def test_importance_of_an_actors_bid_is_support():
    got = run(
        "The Prime Minister underlined the importance of Indonesia's accession to the OECD.\n"
    )
    assert (A, "supports", "Indonesia") in got
    assert (A, "praises", "Indonesia") not in got


def test_near_importance_of_what_nobody_owns_is_nothing():
    got = run("The leaders stressed the importance of regional stability.\n")
    assert not any(r[1] in ("praises", "supports") for r in got)


def test_one_of_the_most_important_partners_is_praise():
    got = run("The Prime Minister said Indonesia was one of Australia's most important partners.\n")
    assert (A, "praises", "Indonesia") in got


# Obligations and requests placed on a named actor are urges (8)


def test_request_to_an_actors_organ_is_urging_the_actor():
    got = run(
        "The Prime Minister called on Myanmar's military to release all political prisoners.\n"
    )
    assert (A, "urges", "Myanmar") in got


def test_urging_in_the_passive_names_its_agent_after_by():
    got = run("Russia was urged by both leaders to withdraw its troops from Ukraine.\n")
    assert (A, "urges", "Russia") in got
    assert (J, "urges", "Russia") in got


def test_near_encouraged_by_progress_is_no_request():
    got = run("The Prime Minister was encouraged by Indonesia's progress on emissions.\n")
    assert ("Indonesia", "urges", A) not in got
    assert (A, "urges", "Indonesia") not in got


def test_an_actors_responsibility_to_act_is_urging_it():
    got = run(
        "The Prime Minister stressed Russia's responsibility for implementing the grain deal.\n"
    )
    assert (A, "urges", "Russia") in got


def test_should_on_a_named_actor_is_urging_it():
    got = run("President Widodo said Myanmar should implement the Five-Point Consensus.\n")
    assert (J, "urges", "Myanmar") in got


def test_near_should_on_a_list_with_ones_own_state_is_a_joint_aim():
    got = run("President Widodo said Indonesia and Malaysia should deepen trade links.\n")
    assert not any(r[1] == "urges" for r in got)


def test_near_hope_is_no_urging():
    got = run("The Prime Minister expressed the hope that Russia would withdraw.\n")
    assert (A, "urges", "Russia") not in got


# Sanctions or measures acting on an actor give opposes that actor (8)


def test_sanctions_on_an_actor_are_opposition():
    got = run("The Prime Minister outlined Australia's new sanctions on Russia.\n")
    assert any(r[1:] == ("opposes", "Russia") for r in got)


def test_near_discussing_sanctions_is_nothing():
    got = run("The leaders discussed the effect of sanctions on Russia's economy.\n")
    assert not any(r[1:] == ("opposes", "Russia") for r in got)


# "Appreciates X's efforts/role" is praises; "appreciated X's assistance" is thanks (7)


def test_high_appreciation_of_what_an_actor_did_is_praise():
    got = run(
        "President Widodo highly appreciated Australia's search teams and their tireless work.\n"
    )
    assert (J, "praises", "Australia") in got


def test_near_high_appreciation_of_an_actors_aid_is_thanks():
    got = run("President Widodo highly appreciated Australia's timely humanitarian assistance.\n")
    assert (J, "thanks", "Australia") in got
    assert (J, "praises", "Australia") not in got
