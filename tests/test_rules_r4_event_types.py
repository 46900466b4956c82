"""Event types in news-agency wordings (round 4): a visitor described is one meeting on a
trip, a visit in progress is the visit (ANNOTATION.md section 8). Readouts written for
this file; each rule with a near case.
"""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.model import Readout


def etype(text: str) -> str | None:
    return extract(Readout("case", text, published="2024-03-05")).event.type


@pytest.mark.parametrize(
    "text,expected",
    [
        # "visiting" describing the visitor: the talks reported
        (
            "Japanese Prime Minister Fumio Kishida held talks with visiting Filipino President "
            "Ferdinand Marcos Jr. on Monday.",
            "Meeting",
        ),
        (
            "Prime Minister Fumio Kishida received the visiting President of the Philippines, "
            "Ferdinand Marcos Jr.",
            "Meeting",
        ),
        # near cases: the visit itself, going on
        (
            "Prime Minister Fumio Kishida, who is visiting the Philippines, met President "
            "Ferdinand Marcos Jr. on Monday.",
            "Visit",
        ),
        (
            "President Ferdinand Marcos Jr. is visiting Japan. He met Prime Minister Fumio "
            "Kishida on Monday.",
            "Visit",
        ),
    ],
)
def test_a_visitor_described(text, expected):
    assert etype(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("President Joe Biden got a call from President Xi Jinping today.", "Xi Jinping"),
        ("President Joe Biden had a phone call from President Xi Jinping today.", "Xi Jinping"),
        (
            "President Joe Biden spoke with President Xi Jinping today in a call placed by the "
            "Chinese side.",
            "Xi Jinping",
        ),
        # near cases: a call with someone, a statement made by a side
        ("President Joe Biden had a phone call with President Xi Jinping today.", None),
        (
            "President Joe Biden spoke with President Xi Jinping today about the statement made "
            "by China.",
            None,
        ),
    ],
)
def test_calls_received_and_placed(text, expected):
    assert extract(Readout("case", text, published="2023-06-01")).event.initiator == expected


def test_who_called_something_else():
    """'X met Y, who called the talks productive': calling things is no phone call."""
    text = "President Joe Biden met Prime Minister Narendra Modi, who called the talks productive."
    assert etype(text) == "Meeting"
    # near case: one leader calling another
    assert etype("President Joe Biden called Prime Minister Narendra Modi today.") == "PhoneCall"


@pytest.mark.parametrize(
    "text,expected",
    [
        # a counterpart named by state after the cue: that state's participant
        (
            "At the invitation of his Chinese counterpart, Foreign Minister Sergey Lavrov held "
            "talks with Foreign Minister Wang Yi in Beijing.",
            "Wang Yi",
        ),
        # a possessive pronoun whose gender fits one participant only
        (
            "Foreign Minister Wang Yi spoke by phone with Foreign Minister Penny Wong at her "
            "request.",
            "Penny Wong",
        ),
        (
            "Foreign Minister Wang Yi spoke by phone with Foreign Minister Penny Wong at his "
            "request.",
            "Wang Yi",
        ),
        # near case: two men, "his" names neither for sure
        (
            "Foreign Minister Wang Yi spoke by phone with Foreign Minister Sergey Lavrov at his "
            "request.",
            None,
        ),
    ],
)
def test_askers_named_by_state_or_pronoun(text, expected):
    assert extract(Readout("case", text, published="2023-06-01")).event.initiator == expected
