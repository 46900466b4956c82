"""Survivors of the mutation run of 7d26162 (seed 61): an envoy accredited to a place that is
no actor (titles.py:137), a seat named by its office when a participant is written without a
title (venue.py:225); and a view held by someone who is no participant, which gives no
statement. Sentences written for these tests."""

from __future__ import annotations

from kg.extract import extract
from kg.model import Readout


def run(text: str, published: str = "2024-03-05", publisher: str | None = None):
    return extract(Readout("case", text, published=published, publisher=publisher))


def test_an_envoy_to_a_place_that_is_no_actor_keeps_the_title():
    # titles.py _accredited: 'to Y' where Y is no actor leaves the title as written
    ex = run(
        "Foreign Minister Ana Torres received the Ambassador to Atlantis, John Carter, in "
        "Asunción on Tuesday."
    )
    assert "Ana Torres" in ex.event.participants
    assert not any(r.object == "Atlantis" for r in ex.relations)


def test_a_seat_named_by_its_office_with_an_untitled_participant():
    # venue.py _titled: a participant written without a title is judged by the day's offices
    ex = run(
        "Emmanuel Macron held talks with Olaf Scholz at the Presidential Palace on Tuesday.",
        published="2023-01-22",
    )
    assert ex.event.location == "Paris"


def test_a_view_held_by_someone_who_is_no_participant_is_no_statement():
    ex = run(
        "Prime Minister Fumio Kishida met President Joe Biden in Washington. Former Foreign "
        "Minister Nabil Fahmy was of the view that trade would grow.",
        published="2024-04-10",
    )
    assert not any("Fahmy" in s.opening for s in ex.statements)
