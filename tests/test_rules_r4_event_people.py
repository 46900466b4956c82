"""Participants named only by a style or office, as Gulf and Iranian agencies name their
rulers (round 4, titles.tsv rows): the holder on the engagement's day, of the publisher's
state when the text names none. Readouts written for this file, with near cases.
"""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.model import Readout


def participants(text: str, published: str, publisher: str | None) -> tuple[str, ...]:
    return extract(
        Readout("case", text, published=published, publisher=publisher)
    ).event.participants


@pytest.mark.parametrize(
    "text,published,publisher,expected",
    [
        (
            "The Custodian of the Two Holy Mosques received a phone call from President "
            "Emmanuel Macron.",
            "2024-03-04",
            "Saudi Press Agency",
            ("Salman bin Abdulaziz Al Saud", "Emmanuel Macron"),
        ),
        (
            "The Supreme Leader received President Vladimir Putin.",
            "2022-07-19",
            "IRNA",
            ("Ali Khamenei", "Vladimir Putin"),
        ),
        (
            "President Vladimir Putin met the Leader of the Islamic Revolution.",
            "2022-07-19",
            "IRNA",
            ("Vladimir Putin", "Ali Khamenei"),
        ),
        # near case: with no publisher and no state, the office names no one
        (
            "The Supreme Leader received President Vladimir Putin.",
            "2022-07-19",
            None,
            ("Vladimir Putin",),
        ),
    ],
)
def test_rulers_named_by_style(text, published, publisher, expected):
    assert participants(text, published, publisher) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # officials present, with the counterpart not yet resolved to a name
        (
            "President Xi Jinping received the Ambassador. Also present were Wang Yi and Sergey "
            "Lavrov.",
            ("Xi Jinping",),
        ),
        (
            "President Xi Jinping received the Ambassador. Present at the meeting were Foreign "
            "Minister Wang Yi and Foreign Minister Sergey Lavrov.",
            ("Xi Jinping",),
        ),
        # near case: leaders in a place are no officials present
        (
            "President Xi Jinping and President Vladimir Putin, both present in Moscow, held "
            "talks.",
            ("Xi Jinping", "Vladimir Putin"),
        ),
    ],
)
def test_officials_present(text, expected):
    assert participants(text, "2023-06-01", None) == expected
