"""A city whose name is also a known person's surname (Muscat, and Joseph Muscat of Malta):
after "in" or "at" it is where the engagement took place, not a participant; after "to" or
"from" it is the person only once he was named. Readouts written for this file."""

from __future__ import annotations

from kg.extract import extract
from kg.model import Readout


def read(text: str, published: str = "2024-10-24"):
    return extract(Readout("case", text, published=published, publisher="U.S. Department of State"))


def test_a_capital_after_in_is_the_venue_not_a_participant():
    e = read(
        "Foreign Minister Sayyid Badr Albusaidi received Secretary of State Antony Blinken "
        "in Muscat on Tuesday. The two sides discussed regional security."
    )
    assert e.event.participants == ("Badr Albusaidi", "Antony Blinken")
    assert e.event.location == "Muscat"
    assert all("Joseph Muscat" not in (r.subject, r.object) for r in e.relations)


def test_a_capital_after_to_is_the_destination_of_a_visit():
    e = read("President Biden travelled to Muscat on 3 May 2024 and met Sultan Haitham bin Tariq.")
    assert "Joseph Muscat" not in e.event.participants
    assert ("Joe Biden", "visits", "Oman") in {
        (r.subject, r.relation, r.object) for r in e.relations
    }


def test_the_person_of_that_surname_stays_a_person_once_named_or_titled():
    e = read(
        "Chancellor Angela Merkel met Prime Minister Joseph Muscat in Berlin on 3 May 2016. "
        "Merkel sent greetings to Muscat and thanked Muscat.",
        published="2016-05-03",
    )
    assert e.event.participants == ("Angela Merkel", "Joseph Muscat")
    assert e.event.location == "Berlin"
    assert ("Angela Merkel", "thanks", "Joseph Muscat") in {
        (r.subject, r.relation, r.object) for r in e.relations
    }
