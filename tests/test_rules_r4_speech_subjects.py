"""Speakers, round 4: subject forms met in readouts of many governments and agencies, on
readouts written for these tests: a view held ('X was of the view that'), a styled
subject sharing the verb ('His Majesty and President X discussed'), the guest, the host
and the visiting minister, and a side named apart from its mention ('the EU side')."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.model import Readout

TALKS_CN_RU = (
    "Chinese President Xi Jinping held talks with Russian President Vladimir Putin in "
    "Beijing on Thursday.\n\n"
)
VISIT_CN_VN = (
    "Chinese Premier Li Qiang met with visiting Vietnamese Prime Minister Pham Minh Chinh "
    "in Beijing on Wednesday.\n\n"
)
CALL_JO_US = (
    "His Majesty King Abdullah II received a phone call from US President Joe Biden on Monday.\n\n"
)
MEETING_EU_CN = "President Charles Michel met President Xi Jinping in Beijing on Thursday.\n\n"


def speakers(text: str, publisher: str | None, published: str = "2024-05-16") -> dict:
    """Each statement's opening (its first four words) -> speaker."""
    out = extract(Readout("case", text, published=published, publisher=publisher))
    return {" ".join(s.opening.split()[:4]): s.speaker for s in out.statements}


@pytest.mark.parametrize(
    "text,publisher,opening,speaker",
    [
        # a view held is said
        (
            TALKS_CN_RU + "Putin was of the view that the two countries should coordinate.",
            "Xinhua",
            "Putin was of the",
            "Vladimir Putin",
        ),
        (
            TALKS_CN_RU + "For his part, Xi was of the firm opinion that trade would grow.",
            "Xinhua",
            "For his part, Xi",
            "Xi Jinping",
        ),
        (
            TALKS_CN_RU + "The two sides were of the view that the crisis needs dialogue.",
            "Xinhua",
            "The two sides were",
            "both",
        ),
        # near negative: being somewhere is no view
        (TALKS_CN_RU + "Putin was of course in Beijing for the forum.", "Xinhua", "Putin", None),
        # a styled subject and another share the verb
        (
            CALL_JO_US + "His Majesty and President Biden discussed efforts to reach a ceasefire.",
            "Royal Hashemite Court",
            "His Majesty and President",
            "both",
        ),
        (
            CALL_JO_US + "His Majesty and the US President reviewed regional developments.",
            "Royal Hashemite Court",
            "His Majesty and the",
            "both",
        ),
        # near negative: the styled subject alone is the monarch
        (
            CALL_JO_US + "His Majesty stressed the need to protect civilians.",
            "Royal Hashemite Court",
            "His Majesty stressed the",
            "Abdullah II",
        ),
        # guest, host, visiting: by the publisher's side
        (
            VISIT_CN_VN + "The visiting prime minister said Vietnam values the partnership.",
            "Xinhua",
            "The visiting prime minister",
            "Pham Minh Chinh",
        ),
        (
            VISIT_CN_VN + "The guest thanked the host for the warm hospitality.",
            "Xinhua",
            "The guest thanked the",
            "Pham Minh Chinh",
        ),
        (
            VISIT_CN_VN + "The host noted that the visit was a success.",
            "Xinhua",
            "The host noted that",
            "Li Qiang",
        ),
        # near negative: the host country is no speaker; a third side's report has no guest
        (
            VISIT_CN_VN + "The host country noted rising trade.",
            "Xinhua",
            "The host country noted",
            None,
        ),
        (
            TALKS_CN_RU + "The guest thanked the host.",
            "Anadolu",
            "The guest thanked the",
            None,
        ),
        # a side named after its mention
        (
            MEETING_EU_CN + "The EU side stressed that borders must not be changed by force.",
            "European Council",
            "The EU side stressed",
            "European Union",
        ),
        (
            MEETING_EU_CN + "The EU side condemned the attacks on civilians.",
            "European Council",
            "The EU side condemned",
            "European Union",
        ),
    ],
)
def test_speaker(text, publisher, opening, speaker):
    got = speakers(text, publisher)
    if speaker is None:
        assert not any(k.startswith(opening) for k in got), got
    else:
        assert got.get(opening) == speaker, got


MEETING_US_PH = (
    "Vice President Kamala Harris met with President Ferdinand Marcos Jr. of the Philippines "
    "today.\n\n"
)


def test_a_quotation_after_a_quoted_sentence_goes_on_in_its_speakers_voice():
    got = speakers(
        MEETING_US_PH + '"The alliance is strong," President Marcos said. "We will build on '
        'this partnership."',
        "The White House",
    )
    assert got.get("We will build on") == "Ferdinand Marcos Jr.", got


def test_a_quotation_in_a_new_paragraph_or_after_unquoted_speech_is_nobodys():
    got = speakers(
        MEETING_US_PH + '"The alliance is strong," President Marcos said.\n\n"We will build on '
        'this partnership."\n\nThe Vice President raised maritime law. "Fishermen need '
        'protection."',
        "The White House",
    )
    assert not any(k.lstrip('"“').startswith(("We will", "Fishermen")) for k in got), got


def test_leaders_addressing_a_subject_is_a_joint_statement():
    got = speakers(
        MEETING_US_PH + "The leaders also addressed the situation in the South China Sea.",
        "The White House",
    )
    assert got.get("The leaders also addressed") == "both", got
