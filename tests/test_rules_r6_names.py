"""Who a mention is (round 6 audit of ANNOTATION.md sections 3, 7 and 8): offices that are
not the title they end with, past offices, bodies named by a short form, armed groups.

Sentences written for these tests; each case has a near one where the rule must not fire.
"""

from __future__ import annotations

from kg.extract import extract
from kg.model import Readout


def run(text: str, published: str = "2024-03-12", publisher: str | None = None):
    ex = extract(Readout("case", text, published=published, publisher=publisher))
    return ex, {(r.subject, r.relation, r.object) for r in ex.relations}


def test_a_lower_office_is_not_the_title_it_ends_with():
    # an Assistant Secretary of State is not the Secretary of State of the day
    ex, got = run(
        "Acting Assistant Secretary of State for African Affairs Jane Doe-Smith met "
        "Kenyan Foreign Minister Raychelle Omamo in Nairobi.",
        published="2020-03-03",
        publisher="U.S. Department of State",
    )
    assert "Mike Pompeo" not in ex.event.participants
    assert not any("Mike Pompeo" in (s, o) for s, _, o in got)
    ex, _ = run(
        "The Deputy Minister of Foreign Affairs met the Ambassador of Japan. The Principal "
        "Secretary said Kenya values the partnership.",
        published="2021-06-01",
        publisher="Ministry of Foreign Affairs of Kenya",
    )
    assert "Raychelle Omamo" not in ex.event.participants
    # near case: the Secretary of State himself
    ex, got = run(
        "Secretary of State Michael R. Pompeo met Kenyan Foreign Minister Raychelle Omamo.",
        published="2020-03-03",
        publisher="U.S. Department of State",
    )
    assert ("Mike Pompeo", "leaderOf", "United States") in got


def test_a_past_office_gives_no_leader():
    _, got = run(
        "The Prime Minister spoke to President Javier Milei of Argentina. They recalled "
        "the visit of former President Mauricio Macri to London.",
        published="2024-02-01",
        publisher="Prime Minister's Office, 10 Downing Street",
    )
    assert ("Javier Milei", "leaderOf", "Argentina") in got
    assert ("Mauricio Macri", "leaderOf", "Argentina") not in got
    # near case: the office held on the day is the one written
    _, got = run(
        "The Prime Minister spoke to President Mauricio Macri of Argentina.",
        published="2018-02-01",
        publisher="Prime Minister's Office, 10 Downing Street",
    )
    assert ("Mauricio Macri", "leaderOf", "Argentina") in got
