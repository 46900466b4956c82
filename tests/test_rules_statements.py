"""Statements and their speakers (ANNOTATION.md sections 5 and 8) on readouts written for
these tests, in the styles of foreign ministries, presidencies and news agencies.

Each case is a readout and, for some of its sentences (by their first words), the speaker
the extractor must give, or None where the sentence must not be a statement.
"""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.model import Readout

CALL_RU_UZ = (
    "Vladimir Putin had a telephone conversation with President of the Republic of "
    "Uzbekistan Shavkat Mirziyoyev.\n\n"
)
CALL_IN_FR = (
    "Prime Minister Narendra Modi held a telephone conversation with President Emmanuel "
    "Macron of France.\n\n"
)


def speakers(
    text: str, publisher: str | None = None, published: str = "2023-06-14"
) -> dict[str, str]:
    """Each statement's opening (its first four words) -> speaker."""
    out = extract(Readout("case", text, published=published, publisher=publisher))
    return {" ".join(s.opening.split()[:4]): s.speaker for s in out.statements}


CASES = [
    # a joint subject in Russian and Central Asian style: the interlocutors, the parties
    (
        CALL_RU_UZ + "The interlocutors discussed trade and energy.",
        None,
        "The interlocutors discussed trade",
        "both",
    ),
    (CALL_RU_UZ + "The host and the guest reviewed cooperation.", None, "The host and the", "both"),
    # a passive of saying with 'it' is both sides'; a passive of attention is no statement
    (CALL_RU_UZ + "It was noted that trade had grown.", None, "It was noted that", "both"),
    (
        CALL_RU_UZ + "It was also underlined that the talks were useful.",
        None,
        "It was also underlined",
        "both",
    ),
    (
        CALL_RU_UZ + "Special attention was paid to energy.",
        None,
        "Special attention was paid",
        None,
    ),
    # the engagement as subject of a joint verb
    (
        CALL_RU_UZ + "The conversation discussed regional security.",
        None,
        "The conversation discussed regional",
        "both",
    ),
    (
        CALL_RU_UZ + "Discussions focused on transport corridors.",
        None,
        "Discussions focused on transport",
        "both",
    ),
    (CALL_RU_UZ + "The conversation lasted an hour.", None, "The conversation lasted an", None),
    # a circumstance between subject and verb, without commas
    (
        "Iranian Foreign Minister Hossein Amir-Abdollahian in a phone call with Foreign Minister "
        "Sergey Lavrov on Saturday discussed the nuclear talks.",
        None,
        "Iranian Foreign Minister Hossein",
        "Hossein Amir-Abdollahian",
    ),
    (
        "President Cyril Ramaphosa during the talks with President William Ruto stressed the "
        "value of trade.",
        None,
        "President Cyril Ramaphosa during",
        "Cyril Ramaphosa",
    ),
    # a bare office as subject: the publisher's 'PM', a minister named by demonym
    (
        CALL_IN_FR + "PM thanked President Macron for the invitation.",
        "Prime Minister's Office, India",
        "PM thanked President Macron",
        "Narendra Modi",
    ),
    (
        CALL_IN_FR + "The PM's visit to Paris was postponed.",
        "Prime Minister's Office, India",
        "The PM's visit to",
        None,
    ),
    (
        "Foreign Minister Sergey Lavrov met Foreign Minister Hossein Amir-Abdollahian of Iran.\n\n"
        "The Iranian foreign minister pointed to the situation in the region.",
        None,
        "The Iranian foreign minister",
        "Hossein Amir-Abdollahian",
    ),
    (
        "Foreign Minister Sergey Lavrov met Foreign Minister Hossein Amir-Abdollahian of Iran.\n\n"
        "The Iranian president pointed to the situation in the region.",
        None,
        "The Iranian president pointed",
        None,
    ),
    # the publisher's own head of state
    (
        CALL_RU_UZ + "The Head of our state congratulated the Russian leader on the holiday.",
        "Press Service of the President of the Republic of Uzbekistan",
        "The Head of our",
        "Shavkat Mirziyoyev",
    ),
    # a view ascribed to a participant; a transcript's speaker line
    (
        CALL_RU_UZ + "Putin's view is that trade will grow.",
        None,
        "Putin's view is that",
        "Vladimir Putin",
    ),
    (
        CALL_RU_UZ + "In Mirziyoyev's opinion, the talks were useful.",
        None,
        "In Mirziyoyev's opinion, the",
        "Shavkat Mirziyoyev",
    ),
    (CALL_RU_UZ + "Putin's visit was planned for May.", None, "Putin's visit was planned", None),
    (
        CALL_RU_UZ + "Vladimir Putin: Good afternoon, Mr President.",
        None,
        "Vladimir Putin: Good afternoon,",
        "Vladimir Putin",
    ),
    (
        CALL_RU_UZ + "Shavkat Mirziyoyev (retranslated): Thank you.",
        None,
        "Shavkat Mirziyoyev (retranslated): Thank",
        "Shavkat Mirziyoyev",
    ),
    (
        CALL_RU_UZ + "Tashkent: the talks were held in the Kremlin.",
        None,
        "Tashkent: the talks were",
        None,
    ),
    # "X met Y and told him": X's own verb after the engagement; a joint verb is both's
    (
        "Prime Minister Benjamin Netanyahu welcomed Polish Foreign Minister Witold "
        "Waszczykowski to Jerusalem today.\n\n"
        'The Prime Minister met with the minister and told him, "I look forward to our talks."',
        None,
        "The Prime Minister met",
        "Benjamin Netanyahu",
    ),
    (
        "Prime Minister Benjamin Netanyahu met with Polish Foreign Minister Witold "
        "Waszczykowski in Jerusalem today and discussed trade.",
        None,
        "Prime Minister Benjamin Netanyahu",
        "both",
    ),
    # an office of a body the participant holds, named in full
    (
        "Charles Michel, President of the European Council, met with Cyril Ramaphosa, President "
        "of South Africa, in Brussels.\n\n"
        "The President of the European Council also raised the situation in Ukraine.",
        "European Council",
        "The President of the",
        "Charles Michel",
    ),
]


@pytest.mark.parametrize("text,publisher,opening,speaker", CASES)
def test_speaker(text, publisher, opening, speaker):
    found = speakers(text, publisher)
    assert found.get(opening) == speaker, found


def test_he_or_she_is_the_previous_speaker_only_of_that_gender():
    text = (
        "Foreign Minister Penny Wong met Foreign Minister Vivian Balakrishnan of Singapore.\n\n"
        "The Minister welcomed the strong ties between the two countries.\n\n"
        "Minister Balakrishnan noted that Singapore would host the next meeting.\n\n"
        "She also said Australia would increase its assistance.\n\n"
        "He added that the region needed stability."
    )
    found = speakers(text, "Department of Foreign Affairs and Trade, Australia")
    assert found["She also said Australia"] == "Penny Wong"
    assert found["He added that the"] == "Vivian Balakrishnan"
