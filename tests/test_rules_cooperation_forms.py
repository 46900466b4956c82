"""Cooperation and support in the general wordings readouts of many governments use.

Sentences written for this test; each form has a near sentence where it must not fire.
"""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.model import Readout

LEAD = "Prime Minister Justin Trudeau met Prime Minister Rishi Sunak of the United Kingdom.\n\n"
PEOPLE = {
    ("Justin Trudeau", "cooperatesWith", "Rishi Sunak"),
    ("Rishi Sunak", "cooperatesWith", "Justin Trudeau"),
}


def run(text: str) -> set[tuple[str, str, str]]:
    ex = extract(Readout("case", LEAD + text, published="2023-06-14"))
    return {(r.subject, r.relation, r.object) for r in ex.relations}


CASES = [
    # the participants named by their office in the plural, in any case
    ("The two prime ministers agreed to intensify contacts at all levels.", PEOPLE, set()),
    ("Both Foreign Ministers agreed to deepen cooperation.", PEOPLE, set()),
    ("The two counterparts agreed to stay in touch.", PEOPLE, set()),
    ("The two Heads of Government agreed to keep in close contact.", PEOPLE, set()),
    # near: an office in the singular is one person, not the pair
    ("The prime minister wants to deepen cooperation on energy.", set(), PEOPLE),
    # strengthening relations, the commonest wording of all
    ("The two leaders agreed to strengthen bilateral relations.", PEOPLE, set()),
    (
        "Trudeau expressed readiness to further develop relations with the United Kingdom.",
        {("Justin Trudeau", "cooperatesWith", "United Kingdom")},
        set(),
    ),
    # near: "developments" is a noun, and discussing relations with it is a topic
    ("The ministers talked about Gulf developments and bilateral relations.", set(), PEOPLE),
    # standing ready to work with X is cooperation, not support; standing with X is support
    (
        "Canada stands ready to work with the United Kingdom on trade.",
        {("Canada", "cooperatesWith", "United Kingdom")},
        {("Canada", "supports", "United Kingdom")},
    ),
    ("Canada stands firmly with Ukraine.", {("Canada", "supports", "Ukraine")}, set()),
    ("Canada stood shoulder to shoulder with Ukraine.", {("Canada", "supports", "Ukraine")}, set()),
]


@pytest.mark.parametrize("text,must,must_not", CASES)
def test_cooperation_forms(text, must, must_not):
    got = run(text)
    assert must <= got, sorted(must - got)
    assert not (must_not & got), sorted(must_not & got)


MESSAGES = [
    # the government or people "of the X" is the state X (ANNOTATION.md 2, rule 2)
    (
        "Trudeau conveyed his gratitude to the Government of the United Kingdom for its support.",
        {("Justin Trudeau", "thanks", "United Kingdom")},
        {("Justin Trudeau", "thanks", "Rishi Sunak")},
    ),
    (
        "Trudeau thanked the people of the United States for their hospitality.",
        {("Justin Trudeau", "thanks", "United States")},
        set(),
    ),
    # a congratulatory message, letter or telegram to X congratulates X
    (
        "Sunak sent a congratulatory message to Trudeau on Canada Day.",
        {("Rishi Sunak", "congratulates", "Justin Trudeau")},
        set(),
    ),
    # near: a message on an occasion with no addressee names nobody
    (
        "Sunak sent a congratulatory message on the launch of the new satellite.",
        set(),
        {("Rishi Sunak", "congratulates", "Justin Trudeau")},
    ),
    # accepting X's invitation: X invites the one who accepts
    (
        "Trudeau accepted Sunak's invitation to visit London.",
        {("Rishi Sunak", "invites", "Justin Trudeau")},
        {("Justin Trudeau", "invites", "Rishi Sunak")},
    ),
    (
        "Trudeau accepted the kind invitation of Sunak to visit London.",
        {("Rishi Sunak", "invites", "Justin Trudeau")},
        {("Justin Trudeau", "invites", "Rishi Sunak")},
    ),
    # near: an invitation accepted from nobody named gives nothing
    (
        "Trudeau accepted the invitation with pleasure.",
        set(),
        {("Rishi Sunak", "invites", "Justin Trudeau")},
    ),
]


@pytest.mark.parametrize("text,must,must_not", MESSAGES)
def test_messages(text, must, must_not):
    got = run(text)
    assert must <= got, sorted(must - got)
    assert not (must_not & got), sorted(must_not & got)


def test_urging_a_list_of_actors_urges_each():
    got = run("Trudeau called on Russia, Belarus and Iran to stop the attacks.")
    for state in ("Russia", "Belarus", "Iran"):
        assert ("Justin Trudeau", "urges", state) in got
        assert ("Justin Trudeau", "criticizes", state) in got
    near = run("Trudeau urged Russia to end the war and Ukraine to keep talking.")
    assert ("Justin Trudeau", "urges", "Russia") in near
    assert ("Justin Trudeau", "criticizes", "Ukraine") not in near


PRAISE = [
    # an actor's role highlighted, or the actor described as an important partner
    (
        "Trudeau highlighted the important role of the United Kingdom in NATO.",
        {("Justin Trudeau", "praises", "United Kingdom")},
        set(),
    ),
    (
        "Trudeau described the United Kingdom as an important strategic partner.",
        {("Justin Trudeau", "praises", "United Kingdom")},
        set(),
    ),
    (
        "Sunak pledged to work with Canada, which he described as a valued partner.",
        {("Rishi Sunak", "praises", "Canada"), ("Rishi Sunak", "cooperatesWith", "Canada")},
        set(),
    ),
    # near: a situation described, a role of something that is no actor
    (
        "Trudeau described the situation in Ukraine as a major concern.",
        set(),
        {("Justin Trudeau", "praises", "Ukraine")},
    ),
    # an apposition ", as fellow G7 members," is a role, not the subject
    (
        "Trudeau and Sunak, as fellow G7 members, agreed to coordinate closely.",
        PEOPLE | {("Canada", "memberOf", "G7"), ("United Kingdom", "memberOf", "G7")},
        {("G7", "cooperatesWith", "Justin Trudeau")},
    ),
]


@pytest.mark.parametrize("text,must,must_not", PRAISE)
def test_praise_and_appositions(text, must, must_not):
    got = run(text)
    assert must <= got, sorted(must - got)
    assert not (must_not & got), sorted(must_not & got)


XI = (
    "BEIJING, June 14 (Xinhua) -- Chinese President Xi Jinping held talks with Russian "
    "President Vladimir Putin in Beijing on Wednesday.\n\n"
)


def run_xi(text: str) -> set[tuple[str, str, str]]:
    ex = extract(Readout("case", XI + text, published="2023-06-14"))
    return {(r.subject, r.relation, r.object) for r in ex.relations}


STANCES = [
    # nominal opposition and rejection, the sides' own (ANNOTATION.md 7: "both sides" are
    # the states, also through "their")
    (
        "Both sides expressed their opposition to unilateral sanctions.",
        {
            ("China", "opposes", "topic:unilateral sanctions"),
            ("Russia", "opposes", "topic:unilateral sanctions"),
        },
        {("Xi Jinping", "opposes", "topic:unilateral sanctions")},
    ),
    (
        "Putin reiterated Russia's rejection of NATO's eastward expansion.",
        {("Russia", "opposes", "NATO")},
        set(),
    ),
    # near: "opposition" as a noun of politics
    ("The opposition party in Russia won seats.", set(), {("Russia", "opposes", "China")}),
    # "each other" after a joint subject: each to each, not a topic
    (
        "The two sides reaffirmed their support for each other.",
        {("China", "supports", "Russia"), ("Russia", "supports", "China")},
        {("China", "supports", "topic:each other")},
    ),
    (
        "The two leaders thanked each other for the productive talks.",
        {("Xi Jinping", "thanks", "Vladimir Putin"), ("Vladimir Putin", "thanks", "Xi Jinping")},
        set(),
    ),
    # a possessive mention is written once in a topic
    (
        "Putin said Russia firmly opposes any external interference in China's internal affairs.",
        {("Russia", "opposes", "topic:external interference in china's internal affairs")},
        set(),
    ),
]


@pytest.mark.parametrize("text,must,must_not", STANCES)
def test_stances(text, must, must_not):
    got = run_xi(text)
    assert must <= got, sorted(must - got)
    assert not (must_not & got), sorted(must_not & got)


WAM = (
    "ABU DHABI, 14th June, 2023 (WAM) -- President His Highness Sheikh Mohamed bin Zayed Al "
    "Nahyan received a phone call from Egyptian President Abdel Fattah el-Sisi.\n\n"
)
MBZ, SISI = "Mohamed bin Zayed Al Nahyan", "Abdel Fattah el-Sisi"


def test_reviewing_ways_to_develop_ties_is_cooperation_and_a_stance_appreciated_is_praise():
    got = run_wam(
        "During the call, the two leaders reviewed fraternal relations between the UAE and "
        "Egypt and ways to develop them."
    )
    assert {(MBZ, "cooperatesWith", SISI), (SISI, "cooperatesWith", MBZ)} <= got
    near = run_wam("The two leaders reviewed the situation in Gaza and ways to end the war.")
    assert (MBZ, "cooperatesWith", SISI) not in near
    got = run_wam("President el-Sisi expressed his appreciation for the UAE's supportive stance.")
    assert (SISI, "praises", "United Arab Emirates") in got


def run_wam(text: str) -> set[tuple[str, str, str]]:
    ex = extract(Readout("case", WAM + text, published="2023-06-14"))
    return {(r.subject, r.relation, r.object) for r in ex.relations}


def via(parties: tuple[str, ...], body: str) -> set[tuple[str, str, str]]:
    return {(p, "cooperatesVia", body) for p in parties}


VIA = [
    # the frame named with "of": framework, level, auspices, platforms such as
    (
        "The two leaders agreed to strengthen cooperation in the framework of the G20.",
        via(("Justin Trudeau", "Rishi Sunak"), "G20"),
    ),
    (
        "The two sides agreed to enhance coordination at the level of the UN Security Council.",
        via(("Canada", "United Kingdom"), "UN Security Council"),
    ),
    (
        "The two leaders agreed to deepen cooperation under the auspices of the OSCE.",
        via(("Justin Trudeau", "Rishi Sunak"), "OSCE"),
    ),
    (
        "Canada and the United Kingdom will continue to cooperate on multilateral platforms "
        "such as the G20 and the WTO.",
        via(("Canada", "United Kingdom"), "G20")
        | via(("Canada", "United Kingdom"), "World Trade Organization"),
    ),
]


@pytest.mark.parametrize("text,must", VIA)
def test_cooperation_through_a_named_frame(text, must):
    got = run(text)
    assert must <= got, sorted(must - got)


def test_an_organisation_after_of_is_no_frame_without_a_frame_noun():
    got = run(
        "The leaders agreed to strengthen cooperation on the sovereignty of the members of NATO."
    )
    assert not {t for t in got if t[1] == "cooperatesVia"}


def test_work_as_a_noun_with_an_adjective_and_a_partner_after_with_are_no_frame():
    got = run(
        "They agreed on the importance of NATO forces being able to continue their vital work "
        "in Latvia."
    )
    assert not {t for t in got if t[1] in ("cooperatesWith", "cooperatesVia")}
    got = run("Sunak said he expected to work in close cooperation with the United Nations.")
    assert ("Rishi Sunak", "cooperatesWith", "United Nations") in got
    assert ("Rishi Sunak", "cooperatesVia", "United Nations") not in got
    # near: a body after "in" is the frame
    got = run("The leaders agreed to work together in the G7.")
    assert ("Justin Trudeau", "cooperatesVia", "G7") in got


def test_dotted_abbreviations_keep_lists_and_clauses_whole():
    """'the U.S. and the U.K.': the abbreviation's full stop ends neither list nor clause."""
    got = run("Trudeau will work with the U.S. and the U.K. through the G7.")
    assert {
        ("Justin Trudeau", "cooperatesWith", "United States"),
        ("Justin Trudeau", "cooperatesWith", "United Kingdom"),
        ("Justin Trudeau", "cooperatesVia", "G7"),
    } <= got


def test_condemning_what_two_actors_do_together_criticizes_both():
    got = run("They condemned the growing military cooperation between Russia and North Korea.")
    for leader in ("Justin Trudeau", "Rishi Sunak"):
        assert {(leader, "criticizes", "Russia"), (leader, "criticizes", "North Korea")} <= got
    # near: a war between two states is not both states' act
    got = run("They condemned the war between Russia and Ukraine.")
    assert ("Justin Trudeau", "criticizes", "Ukraine") not in got


def test_names_longer_than_eight_words_are_found():
    got = run(
        "The two leaders agreed to strengthen coordination within the Conference on Interaction "
        "and Confidence Building Measures in Asia."
    )
    body = "Conference on Interaction and Confidence-Building Measures in Asia"
    assert ("Justin Trudeau", "cooperatesVia", body) in got


def test_mutual_support_and_standing_by_an_actor():
    got = run("Trudeau and Sunak reaffirmed their mutual support.")
    assert {
        ("Justin Trudeau", "supports", "Rishi Sunak"),
        ("Rishi Sunak", "supports", "Justin Trudeau"),
    } <= got
    got = run("Sunak said the United Kingdom will stand by brotherly Canada.")
    assert ("United Kingdom", "supports", "Canada") in got
    # near: standing by a decision is no support of an actor
    got = run("Sunak said the United Kingdom stands by its decision.")
    assert not {t for t in got if t[1] == "supports"}


def test_backing_is_support():
    got = run("Sunak expressed the United Kingdom's full backing for Canada's bid.")
    assert ("United Kingdom", "supports", "Canada") in got
    got = run("Sunak expressed his backing for the peace plan.")
    assert ("Rishi Sunak", "supports", "topic:peace plan") in got
