"""Offices of the states the gazetteer gained in issue 13, round 5 (microstates, Vatican City,
Taiwan, West and Central Africa, the Caribbean, the Pacific).

A leader named by office only ("the President of Mali") is the holder on the readout's day,
and the new people leave better-known leaders' surnames alone. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from kg.extract import extract, gazetteer
from kg.model import Readout


def _run(text: str, day: str) -> dict:
    readout = Readout(source="t.txt", text=text, published=day, publisher="Xinhua")
    return extract(readout).to_json(evidence=False)


@pytest.mark.parametrize(
    ("office", "day", "person", "state"),
    [
        ("the Prime Minister of Lesotho", "2023-05-10", "Sam Matekane", "Lesotho"),
        ("the President of Mali", "2016-03-02", "Ibrahim Boubacar Keïta", "Mali"),
        ("the President of Mali", "2023-03-02", "Assimi Goïta", "Mali"),
        ("the Prime Minister of Jamaica", "2019-06-18", "Andrew Holness", "Jamaica"),
        ("the President of Guyana", "2022-02-08", "Irfaan Ali", "Guyana"),
    ],
)
def test_an_office_names_its_holder_on_the_day(office, day, person, state):
    out = _run(f"President Xi Jinping met with {office} in Beijing on Tuesday.", day)
    assert person in out["event"]["participants"], out["event"]
    assert [person, "leaderOf", state] in out["relations"], out["relations"]


def test_a_shared_surname_of_two_new_leaders_is_read_by_the_day():
    # Bingu wa Mutharika (to 2012) and Peter Mutharika (2014-2020, again from 2025)
    text = "President Mutharika met with President Xi Jinping in Beijing."
    assert "Bingu wa Mutharika" in _run(text, "2010-08-20")["event"]["participants"]
    assert "Peter Mutharika" in _run(text, "2015-08-20")["event"]["participants"]


def test_an_uncertain_row_says_why_and_still_covers_its_month():
    # Ali Karti's foreign ministry (Sudan) is known to the month only.
    gaz = gazetteer.load()
    (karti,) = gaz.offices_of("Ali Karti")
    assert karti.note.startswith("uncertain:") and len(karti.start) == 7
    assert [t.person for t in gaz.holders("2012-01-15", of="Sudan", role="foreign_minister")] == [
        "Ali Karti"
    ]
    out = _run(
        "Foreign Minister Wang Yi held talks with the Foreign Minister of Sudan.", "2013-06-04"
    )
    assert "Ali Karti" in out["event"]["participants"], out["event"]


def test_people_left_out_keep_better_known_surnames_unambiguous():
    gaz = gazetteer.load()
    # Nicola Renzi (San Marino), Ulisses Correia e Silva (Cape Verde), Stuart Young
    # (Trinidad and Tobago), Mohamed Ould Abdel Aziz (Mauritania) have no row.
    assert gaz.surnames["Renzi"] == {"Matteo Renzi"}
    assert "Young" not in gaz.surnames and "Jesus" not in gaz.surnames
    assert gaz.surnames["Aziz"] == {"Sartaj Aziz"}
    assert "Lin" not in gaz.surnames and "Mao" not in gaz.surnames
    text = "Foreign Minister Wang Yi met with Foreign Minister Renzi in Rome."
    assert "Matteo Renzi" in _run(text, "2015-06-01")["event"]["participants"]


def test_the_heads_of_regional_bodies_are_their_holders_of_the_day():
    ex = extract(
        Readout(
            "case",
            "The Secretary-General of the Organisation of Islamic Cooperation received the "
            "Chairperson-in-Office of the OSCE on Tuesday. The Secretary-General thanked the "
            "OSCE for its support.",
            published="2024-03-05",
        )
    )
    assert ex.event.participants == ("Hissein Brahim Taha", "Ian Borg")
    ex = extract(
        Readout(
            "case",
            "The Secretary-General of the Gulf Cooperation Council met the Secretary-General "
            "of the Arab League in Riyadh.",
            published="2019-05-20",
        )
    )
    assert ex.event.participants == ("Abdullatif bin Rashid Al Zayani", "Ahmed Aboul Gheit")
