"""Topics (ANNOTATION.md section 4): short lower-case noun phrases of what an engagement
covered, on readouts written for these tests."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.model import Readout

CALL = "Prime Minister Rishi Sunak spoke to Prime Minister Anthony Albanese of Australia today.\n\n"


def topics(text: str) -> tuple[str, ...]:
    return extract(Readout("case", CALL + text, published="2023-06-14")).topics


@pytest.mark.parametrize(
    "text,present,absent",
    [
        # a lone adjective left by a split is no topic; the phrase it qualified is
        (
            "The leaders discussed trade, energy and political, economic and cultural ties.",
            {"trade", "energy", "cultural ties"},
            {"political", "economic"},
        ),
        # a name with 'and' inside stays whole
        (
            "They discussed cooperation under the Belt and Road Initiative.",
            {"belt and road initiative"},
            {"belt", "road initiative"},
        ),
        # the engagement's own sides are not what it covered; a third state is
        (
            "They discussed the UK, Australia, Ukraine and energy.",
            {"ukraine", "energy"},
            {"uk", "australia"},
        ),
        # a reporting verb leading a phrase is dropped, one inside makes it a clause
        (
            "The Chancellor highlighted growing defence investment among the allies.",
            {"defence investment"},
            {"highlighted growing defence investment among the allies"},
        ),
        (
            "They discussed efforts by partners to hold Russia to account.",
            set(),
            {"efforts by partners to hold russia"},
        ),
        # boilerplate of mutual concern is no subject
        (
            "They exchanged views on topical issues and regional security.",
            {"regional security"},
            {"topical issues"},
        ),
        # what a joint undertaking is about
        (
            "They looked forward to dialogue on maritime security.",
            {"maritime security"},
            set(),
        ),
    ],
)
def test_topics(text, present, absent):
    found = set(topics(text))
    assert present <= found, found
    assert not (absent & found), found
