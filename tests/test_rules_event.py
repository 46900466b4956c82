"""Event fields, statements and topics on readouts written for these tests.

Dates follow ANNOTATION.md section 8: the publication date resolves relative days
and supplies the year, never a day the text does not give.
"""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.model import Readout


def run(text: str, published: str | None = "2023-06-14", publisher: str | None = None):
    return extract(Readout("case", text, published=published, publisher=publisher))


@pytest.mark.parametrize(
    "text,published,expected",
    [
        # no day in the text: no date, whatever the publication date
        (
            "President Joe Biden spoke by phone with President Emmanuel Macron of France.",
            "2023-06-14",
            None,
        ),
        # a relative weekday counts back from the release (2023-06-14 is a Wednesday)
        (
            "President Joe Biden met President Emmanuel Macron of France this Monday in Paris.",
            "2023-06-14",
            "2023-06-12",
        ),
        (
            "President Joe Biden on Tuesday spoke with President Emmanuel Macron of France.",
            "2023-06-14",
            "2023-06-13",
        ),
        (
            "President Joe Biden spoke yesterday with President Emmanuel Macron of France.",
            "2023-06-14",
            "2023-06-13",
        ),
        # the day may come in the second sentence
        (
            "President Joe Biden held talks with President Emmanuel Macron of France.\n\n"
            "The two leaders met in Paris on 12 June and discussed trade.",
            "2023-06-14",
            "2023-06-12",
        ),
        # a later event's day is not the engagement's
        (
            "President Joe Biden met President Emmanuel Macron of France.\n\n"
            "Macron invited Biden to a forum to be held on 20 July in Paris.",
            "2023-06-14",
            None,
        ),
        # a bracketed day glosses "today"
        (
            "President Joe Biden met President Emmanuel Macron of France today (13 June 2023).",
            "2023-06-14",
            "2023-06-13",
        ),
        # "has today" before an earlier day the sentence mentions for another reason
        (
            "President Joe Biden has today spoken with President Emmanuel Macron of France "
            "after the storm that struck on the night of Sunday, 11 June 2023.",
            "2023-06-14",
            "2023-06-14",
        ),
    ],
)
def test_event_date(text, published, expected):
    assert run(text, published).event.date == expected


def test_message_released_by_its_sender_takes_the_release_date():
    text = (
        "President Joe Biden has sent a message of congratulations to President Emmanuel "
        "Macron of France on the occasion of the National Day (14 July)."
    )
    ex = run(text, "2023-07-13", publisher="The White House")
    assert ex.event.type == "Message"
    assert ex.event.date == "2023-07-13"


def test_message_reported_by_a_third_party_has_no_date():
    text = (
        "President Joe Biden has sent a message of congratulations to President Emmanuel "
        "Macron of France on the occasion of the National Day."
    )
    ex = run(text, "2023-07-13", publisher="Ministry of Foreign Affairs of Japan")
    assert ex.event.date is None


def test_anniversary_year_from_a_founding_date_elsewhere():
    text = (
        "On 3 May, marking the 40th anniversary of the establishment of diplomatic relations, "
        "President Joe Biden and President Emmanuel Macron of France exchanged messages.\n\n"
        "The two countries established diplomatic relations on 3 May 1983."
    )
    assert run(text, None).event.date == "2023-05-03"
