"""Cooperation, frameworks, visits and hosting in wordings round 6's first audit did not try
(issue 13, round 6, second pass over ANNOTATION.md 2, 7 and 8 for these relations).

Sentences written for this test; each rule has a near sentence where it must not fire.
Settled here: signing agreements or memoranda is no cooperation on its own (the dev gold
gives none for two ministers who sign a memorandum); a joint body set up or convened is
arranged talks (ANNOTATION.md 8: "agreed that their teams would meet").
"""

from __future__ import annotations

import pytest

from reading import read

LEAD = (
    "Prime Minister Albanese meets Prime Minister Chinh\n\nCanberra, 5 March 2024\n"
    "Prime Minister Anthony Albanese met Prime Minister Pham Minh Chinh of Viet Nam in "
    "Canberra today.\n"
)
LEADERS = {
    ("Anthony Albanese", "cooperatesWith", "Pham Minh Chinh"),
    ("Pham Minh Chinh", "cooperatesWith", "Anthony Albanese"),
}
STATES = {
    ("Australia", "cooperatesWith", "Vietnam"),
    ("Vietnam", "cooperatesWith", "Australia"),
}
MINE = {"cooperatesWith", "cooperatesVia", "visits", "hosts", "memberOf"}


def said(sentence: str) -> set:
    """The triples of our relations the lead paragraph plus ``sentence`` gives, from it."""
    ex = read(LEAD + sentence + "\n", "2024-03-05")
    return {
        (r.subject, r.relation, r.object)
        for r in ex.relations
        if r.relation in MINE and sentence.startswith(r.evidence.text.strip()[:30])
    }


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The two Prime Ministers agreed to establish a joint working group on critical "
            "minerals.",
            LEADERS,
        ),
        (
            "Australia and Viet Nam agreed on the establishment of a bilateral task force on "
            "skills.",
            STATES,
        ),
        ("The two sides agreed to reactivate the intergovernmental committee on trade.", STATES),
        ("The leaders agreed to create a hotline for regular dialogue.", LEADERS),
        (
            "The two sides agreed to convene the sixth session of the Joint Trade and Economic "
            "Cooperation Committee.",
            STATES,
        ),
        ("Both sides agreed to accelerate joint research initiatives in agriculture.", STATES),
        ("The joint committee between Australia and Viet Nam will meet in Hanoi.", STATES),
    ],
)
def test_joint_bodies_and_joint_projects_are_cooperation(sentence, expected):
    # ANNOTATION.md 8: arranged talks, and named cooperation ("joint projects in ...")
    assert expected <= said(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Viet Nam announced the establishment of a national committee on digital transformation.",
        "The two Prime Ministers held a joint press conference after the talks.",
        "The two Prime Ministers issued a joint statement.",
        "The two Prime Ministers held a bilateral meeting with the committee of experts.",
        # signing is no cooperation on its own (dev gold, d023 and d040)
        "The two ministers signed a memorandum of understanding on tourism.",
        "The two Prime Ministers witnessed the signing of agreements on education and energy.",
        "Australia and Viet Nam signed an agreement on labour mobility.",
    ],
)
def test_near_a_body_of_ones_own_a_joint_statement_or_a_signing_is_no_cooperation(sentence):
    got = said(sentence)
    assert not any(t[1] == "cooperatesWith" for t in got), got


def test_looking_forward_to_closer_ties_with_x_is_one_way_cooperation():
    # ANNOTATION.md 8: "desire to strengthen relations with X" gives the speaker's side only
    got = said("Mr Albanese said Australia looked forward to even closer ties with Viet Nam.")
    assert ("Australia", "cooperatesWith", "Vietnam") in got
    assert ("Vietnam", "cooperatesWith", "Australia") not in got


@pytest.mark.parametrize(
    "sentence",
    [
        "Mr Albanese noted China's closer ties with Cambodia.",
        "Mr Albanese said he looked forward to closer ties.",
    ],
)
def test_near_someone_elses_closer_ties_or_no_partner_give_nothing(sentence):
    assert not any(t[1] == "cooperatesWith" for t in said(sentence))


def test_a_framework_cooperation_runs_under_is_cooperates_via_but_sidelines_are_not():
    got = said("The two sides will strengthen coordination under the framework of ASEAN.")
    assert {("Australia", "cooperatesVia", "ASEAN"), ("Vietnam", "cooperatesVia", "ASEAN")} <= got
    near = said(
        "The two sides agreed to strengthen cooperation on the sidelines of the East Asia Summit."
    )
    assert STATES <= near
    assert not any(t[1] == "cooperatesVia" for t in near), near


@pytest.mark.parametrize(
    "sentence",
    [
        "Mr Chinh wrapped up his three-day official visit to Australia on Wednesday.",
        "Mr Chinh is in Australia on a three-day official visit.",
        "Mr Chinh landed in Canberra on Sunday evening.",
        "Mr Chinh's two-day working trip to Sydney began on Sunday.",
        "Mr Chinh's three-day official visit to Australia began on Sunday.",
        "Mr Chinh recalled his three-day official trip to Australia in 2019.",
    ],
)
def test_visit_wording_with_a_length_or_a_landing_is_a_visit(sentence):
    # ANNOTATION.md 8: visit wording ("visit", "trip", "arrived in")
    assert ("Pham Minh Chinh", "visits", "Australia") in said(sentence)


def test_near_an_aircraft_landing_is_nobodys_visit():
    got = said("An aircraft carrying relief supplies landed in Hanoi on Sunday.")
    assert not any(t[1] == "visits" for t in got), got


def test_welcomed_to_a_city_by_the_host_is_hosting():
    # ANNOTATION.md 2: "welcomed X in Beijing"; the passive with the place between
    got = said("Mr Chinh was welcomed to Canberra by Mr Albanese at Parliament House.")
    assert ("Anthony Albanese", "hosts", "Pham Minh Chinh") in got
    near = said("Viet Nam's proposal was welcomed in Canberra by Mr Albanese.")
    assert not any(t[1] == "hosts" for t in near), near


@pytest.mark.parametrize(
    "sentence",
    [
        "The two leaders agreed to boost collaboration in education, with Australia to expand "
        "scholarship programmes for Vietnamese students.",
        "The two Prime Ministers agreed to deepen cooperation in training, with Australia "
        "providing scholarships.",
    ],
)
def test_a_with_clause_after_a_comma_says_what_x_does_not_who_the_partner_is(sentence):
    # ANNOTATION.md 3: "the two leaders agreed ..." is both ways; Australia is no partner here
    got = said(sentence)
    assert LEADERS <= got
    assert ("Pham Minh Chinh", "cooperatesWith", "Australia") not in got


def test_near_a_partner_after_with_still_counts_even_after_a_comma():
    got = said("Mr Chinh said Viet Nam would strengthen cooperation in energy, with Australia.")
    assert ("Vietnam", "cooperatesWith", "Australia") in got
    got = said("Mr Chinh said Viet Nam would work with Australia to address climate change.")
    assert ("Vietnam", "cooperatesWith", "Australia") in got


@pytest.mark.parametrize(
    "sentence",
    [
        "Viet Nam, a member of ASEAN, is an important partner, Mr Albanese said.",
        "Mr Albanese said Viet Nam, itself a founding member of ASEAN, would host the meeting.",
    ],
)
def test_a_state_described_as_a_member_in_apposition_is_a_member(sentence):
    # ANNOTATION.md 7: explicit membership wording
    assert ("Vietnam", "memberOf", "ASEAN") in said(sentence)


def test_near_a_person_described_as_a_member_gives_no_membership():
    got = said("Dr Jane Smith, a member of the European Parliament, joined the talks.")
    assert not any(t[1] == "memberOf" for t in got), got
    got = said("Australia is a dialogue partner of ASEAN.")
    assert not any(t[1] == "memberOf" for t in got), got


@pytest.mark.parametrize(
    "sentence",
    [
        "Mr Albanese accorded Mr Chinh a ceremonial welcome at Parliament House.",
        "Mr Albanese extended a warm welcome to Mr Chinh and his delegation.",
        "Mr Albanese gave a warm welcome to the Vietnamese Prime Minister.",
        "The Vietnamese leader was given a red-carpet welcome at Parliament House by Mr Albanese.",
    ],
)
def test_a_welcome_given_or_accorded_to_a_visitor_is_hosting(sentence):
    # ANNOTATION.md 7: "welcomed" gives hosts when it is receiving a visitor
    assert ("Anthony Albanese", "hosts", "Pham Minh Chinh") in said(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Mr Albanese extended a warm welcome to Viet Nam's decision to join the initiative.",
        "The proposal was given a warm reception in Hanoi by Mr Albanese.",
    ],
)
def test_near_a_welcome_given_to_a_decision_or_proposal_is_no_hosting(sentence):
    got = said(sentence)
    assert not any(t[1] == "hosts" for t in got), got


def test_a_framework_in_the_list_after_the_cue_is_no_one_cooperating_through_another():
    # ANNOTATION.md 2: cooperatesVia runs from the cooperating actor to the framework; with
    # 'the parties' unread, BRICS was made to cooperate through the SCO
    got = said("The parties agreed to strengthen cooperation within the SCO and BRICS.")
    assert ("BRICS", "cooperatesVia", "Shanghai Cooperation Organization") not in got


def test_near_organisations_cooperating_through_a_framework_keep_it():
    got = said("The SCO and BRICS will strengthen cooperation within the G20.")
    assert ("BRICS", "cooperatesVia", "G20") in got
    got = said(
        "Both sides agreed to deepen cooperation between the African Union and the United "
        "Nations within the G20."
    )
    assert ("African Union", "cooperatesVia", "G20") in got


def test_near_reviewing_joint_projects_named_for_two_states_gives_the_ministers_nothing():
    # ANNOTATION.md 8: "joint projects in UK-Egypt cooperation" is cooperation between the
    # parties named; reviewing it is discussing a topic, not the reviewers' cooperation
    got = said("The ministers reviewed joint projects in Australia-Viet Nam energy cooperation.")
    assert ("Anthony Albanese", "cooperatesWith", "Pham Minh Chinh") not in got


def test_members_called_economies_are_members():
    # ANNOTATION.md 7: "as permanent members of"; APEC's members are its "economies"
    got = said("Australia and Viet Nam, as APEC economies, will work together.")
    assert {("Australia", "memberOf", "APEC"), ("Vietnam", "memberOf", "APEC")} <= got
    near = said("As emerging economies, Viet Nam and Indonesia face similar risks.")
    assert not any(t[1] == "memberOf" for t in near), near


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The two Prime Ministers agreed to establish an annual leaders' dialogue.", LEADERS),
        ("The two sides agreed to launch a strategic dialogue at foreign minister level.", STATES),
        ("The two leaders agreed on a programme of joint projects in renewable energy.", LEADERS),
    ],
)
def test_a_dialogue_set_up_or_joint_projects_agreed_on_are_cooperation(sentence, expected):
    # ANNOTATION.md 8: arranged talks; named cooperation ("joint projects in ...")
    assert expected <= said(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Viet Nam launched a national dialogue on reform.",
        "The two Prime Ministers agreed on a joint statement.",
    ],
)
def test_near_ones_own_dialogue_or_a_joint_statement_is_no_cooperation(sentence):
    assert not any(t[1] == "cooperatesWith" for t in said(sentence))
