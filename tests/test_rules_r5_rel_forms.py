"""Relations in forms met in round 5's probe readouts (issue 13): opening phrases, offices
the readout never names, nominalised and passive ties.

Sentences written for this test, in the styles of several governments' readouts; each
form has a near sentence where it must not fire.
"""

from __future__ import annotations

from kg.extract import extract
from kg.model import Readout


def run(text: str, published: str = "2023-08-21") -> set:
    ex = extract(Readout("case", text, published=published))
    return {(r.subject, r.relation, r.object) for r in ex.relations}


def test_visit_opened_by_the_inviter_took_place():
    got = run(
        "State visit\n\nAt the invitation of President William Ruto, President Joko Widodo "
        "paid a State Visit to Kenya on 21 August 2023.\n"
    )
    assert ("Joko Widodo", "visits", "Kenya") in got
    assert ("William Ruto", "invites", "Joko Widodo") in got


def test_near_an_invitation_to_visit_is_no_visit():
    got = run(
        "Talks\n\nPresident William Ruto met President Joko Widodo in Jakarta. President "
        "Ruto invited President Widodo to pay a State Visit to Kenya.\n"
    )
    assert ("Joko Widodo", "visits", "Kenya") not in got
    assert ("William Ruto", "invites", "Joko Widodo") in got


def test_a_chair_the_readout_never_names_is_no_tie():
    # the gazetteer knows a committee chair of 2023; the readout names only the state
    got = run(
        "Talks\n\nPresident William Ruto of Kenya met President Joko Widodo of Indonesia "
        "in Nairobi.\n"
    )
    assert ("William Ruto", "leaderOf", "Kenya") in got
    assert not any(r[1] == "leaderOf" and "Committee" in r[2] for r in got)


def test_near_the_union_of_a_named_institution_is_kept():
    got = run(
        "Call\n\nPresident of the European Council Charles Michel spoke with President "
        "Joko Widodo of Indonesia.\n",
        published="2023-05-10",
    )
    assert ("Charles Michel", "leaderOf", "European Council") in got
    assert ("Charles Michel", "leaderOf", "European Union") in got


CHANCELLERY = (
    "Chancellor receives President\n\n"
    "Federal Chancellor Olaf Scholz welcomed President William Ruto of Kenya at the Federal "
    "Chancellery.\n"
)


def test_discussing_the_growth_of_a_partnership_is_cooperation():
    got = run(
        CHANCELLERY + "Both leaders discussed the expansion of the German-Kenyan partnership, "
        "particularly in renewable energy.\n",
        published="2023-10-26",
    )
    assert ("Olaf Scholz", "cooperatesWith", "William Ruto") in got
    assert ("William Ruto", "cooperatesWith", "Olaf Scholz") in got


def test_near_discussing_a_partnership_on_its_own_is_nothing():
    got = run(
        CHANCELLERY + "Both leaders discussed the history of the German-Kenyan partnership.\n",
        published="2023-10-26",
    )
    assert ("Olaf Scholz", "cooperatesWith", "William Ruto") not in got


AMIRI = (
    "Amir receives phone call\n\n"
    "His Highness the Amir Sheikh Tamim bin Hamad Al-Thani received a phone call today from "
    "Prime Minister Anwaar-ul-Haq Kakar of Pakistan.\n"
)


def test_means_of_supporting_and_developing_ties_far_from_the_verb():
    got = run(
        AMIRI + "During the call, they reviewed the fraternal relations between the two "
        "brotherly countries and the means of supporting and developing them in various "
        "fields.\n",
        published="2023-10-09",
    )
    assert ("Tamim bin Hamad Al Thani", "cooperatesWith", "Anwaar-ul-Haq Kakar") in got
    assert ("Anwaar-ul-Haq Kakar", "cooperatesWith", "Tamim bin Hamad Al Thani") in got


def test_near_reviewing_relations_alone_is_nothing():
    got = run(
        AMIRI + "During the call, they reviewed the fraternal relations between the two "
        "brotherly countries.\n",
        published="2023-10-09",
    )
    assert ("Tamim bin Hamad Al Thani", "cooperatesWith", "Anwaar-ul-Haq Kakar") not in got
