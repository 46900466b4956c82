"""Datelines of news agencies and ministries in the forms the tune split lacks (round 4):
where the engagement took place and when, from the line the story opens with. Each
readout is written for this file, with a near case where the rule must not fire.
"""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.model import Readout

RECEIVED = "received President Emmanuel Macron."


def event(text: str, published: str | None = None):
    return extract(Readout("case", text, published=published)).event


@pytest.mark.parametrize(
    "text,published,date,location",
    [
        # a place and a date with the agency after it, as a sentence of its own
        (
            f"Ashgabat, 5 March 2024 (TDH). President Serdar Berdimuhamedov {RECEIVED}",
            None,
            "2024-03-05",
            "Ashgabat",
        ),
        (f"Baku, March 5, AZERTAC. President Ilham Aliyev {RECEIVED}", None, "--03-05", "Baku"),
        # agencies' forms that already held: keep them
        (
            f"Hanoi (VNA) – Prime Minister Pham Minh Chinh {RECEIVED[:-1]} on March 5.",
            "2024-03-06",
            "2024-03-05",
            "Hanoi",
        ),
        (
            f"Yerevan, 05.03.2024 – Prime Minister Nikol Pashinyan {RECEIVED}",
            None,
            "2024-03-05",
            "Yerevan",
        ),
        (
            f"Kyiv – March 5, 2024 – President Volodymyr Zelensky {RECEIVED}",
            None,
            "2024-03-05",
            "Kyiv",
        ),
        # near case: a short first sentence that is no dateline names no venue
        (
            f"Baku welcomed the news, on 5 March. President Ilham Aliyev {RECEIVED}",
            None,
            "--03-05",
            "Azerbaijan",
        ),
    ],
)
def test_agency_datelines(text, published, date, location):
    ev = event(text, published)
    assert (ev.date, ev.location) == (date, location)


@pytest.mark.parametrize(
    "text,expected",
    [
        # beside a summit, the receiver's state says nothing of where it was
        (
            "Prime Minister Narendra Modi received President Joe Biden on the sidelines of the "
            "G7 summit.",
            None,
        ),
        # near case: a reception with no summit is at the receiver's home
        ("Prime Minister Narendra Modi received President Joe Biden.", "India"),
        # the UN General Assembly meets in New York
        (
            "Prime Minister Narendra Modi met President Joe Biden on the sidelines of the 78th "
            "session of the UN General Assembly.",
            "New York",
        ),
        # near case: the Assembly named as the scene of something else
        (
            "Prime Minister Narendra Modi received President Joe Biden. They discussed the vote "
            "at the UN General Assembly.",
            "India",
        ),
    ],
)
def test_meetings_beside_a_summit(text, expected):
    assert event(text, "2023-09-07").location == expected


@pytest.mark.parametrize(
    "text,published,expected",
    [
        # a day after "following" or "their meeting" is this engagement's when the opening
        # names no other
        (
            "Following their talks on 3 March, President Joe Biden and President Xi Jinping "
            "issued a joint statement.",
            "2023-03-05",
            "2023-03-03",
        ),
        (
            "During their meeting on 3 March, President Joe Biden and President Xi Jinping "
            "discussed trade.",
            "2023-03-05",
            "2023-03-03",
        ),
        # near cases: another day named, or a recalled engagement
        (
            "President Joe Biden spoke with President Xi Jinping on 5 March, following their "
            "meeting in Bali on 14 November 2022.",
            "2023-03-06",
            "2023-03-05",
        ),
        (
            "President Joe Biden spoke with President Xi Jinping. They recalled their meeting in "
            "Bali on 14 November 2022.",
            "2023-03-06",
            None,
        ),
    ],
)
def test_a_day_that_may_be_an_earlier_engagements(text, published, expected):
    assert event(text, published).date == expected


def test_a_later_hour_is_the_engagements_own():
    """'Later, on 5 March, the leaders held talks': no other day, this one."""
    text = (
        "President Xi Jinping met President Vladimir Putin. Later, on 5 March, the leaders "
        "held talks in the Kremlin."
    )
    assert event(text, "2024-03-07").date == "2024-03-05"


@pytest.mark.parametrize(
    "text,expected",
    [
        # seats of foreign ministries and bodies named as the venue
        (
            "Secretary Antony Blinken met Foreign Minister Wang Yi at the Department of State.",
            "Washington",
        ),
        (
            "Secretary General Jens Stoltenberg met President Alexander Stubb at NATO "
            "Headquarters.",
            "Brussels",
        ),
        (
            "Chairperson Moussa Faki Mahamat received Foreign Minister Hakan Fidan at the AU "
            "Headquarters.",
            "Addis Ababa",
        ),
        # near cases: a seat cited as a source; a body's head receiving names no place
        (
            "Secretary Antony Blinken met Foreign Minister Wang Yi. The Department of State said "
            "the talks were candid.",
            None,
        ),
        (
            "According to the ASEAN Secretariat, Secretary-General of ASEAN Kao Kim Hourn "
            "received Ambassador Rut Krüger Giverin.",
            None,
        ),
    ],
)
def test_seats_of_ministries_and_bodies(text, expected):
    assert event(text, "2024-03-05").location == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # "in X" completing a subject of the talks names no venue
        (
            "President Xi Jinping received President Emmanuel Macron and discussed the situation "
            "in Ukraine.",
            "China",
        ),
        (
            "President Xi Jinping met President Emmanuel Macron to discuss the war in Ukraine.",
            None,
        ),
        # a city too
        (
            "President Xi Jinping received President Emmanuel Macron and discussed the situation "
            "in Kyiv.",
            "China",
        ),
        # near cases: where the talks were held
        ("President Xi Jinping and President Emmanuel Macron held talks in Kyiv.", "Kyiv"),
        (
            "President Xi Jinping and President Emmanuel Macron held talks in Kazakhstan.",
            "Kazakhstan",
        ),
        ("President Xi Jinping met President Emmanuel Macron in France.", "France"),
    ],
)
def test_a_state_in_a_subject_is_no_venue(text, expected):
    assert event(text, "2024-03-05").location == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a seat named by its office: the capital of the one participant holding it
        (
            "On March 5, Mr. Fumio Kishida, Prime Minister of Japan, held a summit meeting with "
            "the Hon. Joseph R. Biden, President of the United States, at the Prime Minister's "
            "Office.",
            "Tokyo",
        ),
        ("King Abdullah II received President Joe Biden at the Royal Palace.", "Amman"),
        # near case: two presidents, the Presidential Palace is either's
        ("President Emmanuel Macron met President Joe Biden at the Presidential Palace.", None),
    ],
)
def test_seats_named_by_office(text, expected):
    assert event(text, "2024-03-06").location == expected
