"""Event fields in the formats and wordings of readouts from many publishers.

Every readout here is written for this file, in the style of a foreign ministry, a
presidency, a prime minister's office or a news agency (ANNOTATION.md sections 1 and 8).
Each rule has a near sentence where it must not fire.
"""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.model import Readout

MACRON = "President Emmanuel Macron of France"


def event(text: str, published: str | None = "2024-03-07", publisher: str | None = None):
    return extract(Readout("case", text, published=published, publisher=publisher)).event


@pytest.mark.parametrize(
    "text,expected",
    [
        # the medium, as South Asian, Russian and Chinese readouts name it
        (f"Prime Minister Narendra Modi had telephonic talks with {MACRON}.", "PhoneCall"),
        (f"Prime Minister Narendra Modi held a teleconference with {MACRON}.", "PhoneCall"),
        (f"Prime Minister Narendra Modi dialled {MACRON} on Tuesday.", "PhoneCall"),
        (f"Prime Minister Narendra Modi held online talks with {MACRON}.", "VideoCall"),
        (
            f"Prime Minister Narendra Modi held talks by videoconferencing with {MACRON}.",
            "VideoCall",
        ),
        (f"Prime Minister Narendra Modi held talks with {MACRON} in video format.", "VideoCall"),
        (f"Prime Minister Narendra Modi held talks with {MACRON} via video-link.", "VideoCall"),
        # messages: telegrams, greetings sent on an occasion
        (f"Prime Minister Narendra Modi sent a congratulatory telegram to {MACRON}.", "Message"),
        (
            f"Prime Minister Narendra Modi extended greetings to {MACRON} on the National Day.",
            "Message",
        ),
        (f"Prime Minister Narendra Modi received a written message from {MACRON}.", "Message"),
        # a message handed over in person, or greetings given at a meeting: the meeting
        (
            "President Kassym-Jomart Tokayev received Foreign Minister Wang Yi of China, who "
            "conveyed a message from President Xi Jinping.",
            "Meeting",
        ),
        (
            f"Prime Minister Narendra Modi met {MACRON} in Paris and extended congratulations "
            "on the success of the Games.",
            "Meeting",
        ),
        (
            "President Abdel Fattah el-Sisi received Foreign Minister Wang Yi of China in Cairo. "
            "Wang handed over a letter from President Xi Jinping.",
            "Meeting",
        ),
        # a later sentence's "call for" or an earlier call mentioned does not make a call
        (
            f"Prime Minister Narendra Modi met {MACRON}. The two leaders discussed the call "
            "for a ceasefire.",
            "Meeting",
        ),
        (
            f"Prime Minister Narendra Modi met {MACRON} in Paris. They followed up on the "
            "telephone conversation of their foreign ministers.",
            "Meeting",
        ),
        # ... but a phone call that the opening reports stays one
        (
            f"Prime Minister Narendra Modi received a phone call from {MACRON}. They discussed "
            "the summit.",
            "PhoneCall",
        ),
        # a working visit named after a first meeting is the visit
        (
            f"Prime Minister Narendra Modi held a bilateral meeting with {MACRON} in Paris.\n\n"
            "Modi began his official working visit to France by meeting business leaders.",
            "Visit",
        ),
    ],
)
def test_event_type_wordings(text, expected):
    assert event(text).type == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (f"{MACRON} made a phone call to Prime Minister Narendra Modi.", "Emmanuel Macron"),
        (f"{MACRON} placed a telephone call to Prime Minister Narendra Modi.", "Emmanuel Macron"),
        (f"{MACRON} initiated a call with Prime Minister Narendra Modi.", "Emmanuel Macron"),
        (f"{MACRON} dialled Prime Minister Narendra Modi.", "Emmanuel Macron"),
        (f"Prime Minister Narendra Modi took a call from {MACRON}.", "Emmanuel Macron"),
        (f"Prime Minister Narendra Modi answered a phone call from {MACRON}.", "Emmanuel Macron"),
        (
            f"Prime Minister Narendra Modi had a phone call with {MACRON}, who called to "
            "congratulate him.",
            "Emmanuel Macron",
        ),
        (
            f"Upon the initiative of {MACRON}, Prime Minister Narendra Modi spoke with him.",
            "Emmanuel Macron",
        ),
        (
            f"At the behest of {MACRON}, Prime Minister Narendra Modi spoke with him by phone.",
            "Emmanuel Macron",
        ),
        # negative: who called for something, a request by a body, an invitation for later
        (
            f"Prime Minister Narendra Modi spoke with {MACRON}, who called for restraint.",
            None,
        ),
        (
            f"Prime Minister Narendra Modi spoke with {MACRON}. As requested by the G20, "
            "France will host the next meeting.",
            None,
        ),
        (
            f"{MACRON} invited Prime Minister Narendra Modi to Paris. The two leaders spoke "
            "by phone.",
            None,
        ),
    ],
)
def test_initiator_wordings(text, expected):
    assert event(text).initiator == expected
