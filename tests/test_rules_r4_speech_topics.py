"""Topics, round 4: one subject said twice is one topic, a body's acronym is written out,
a long occasion phrase keeps its head, and occasions (a visit's kind, an inauguration, an
election, condolences) are subjects as they stand. Readouts written for these tests."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.model import Readout

CALL = "President Emmanuel Macron spoke with President Joko Widodo of Indonesia today.\n\n"


def topics(text: str) -> tuple[str, ...]:
    return extract(Readout("case", CALL + text, published="2023-06-14")).topics


def test_one_subject_said_twice_is_one_topic():
    found = topics(
        "They discussed the situation in Sudan. The two presidents reviewed Sudan and "
        "fisheries policy. They also discussed fisheries policy in the Pacific."
    )
    assert sum("sudan" in t for t in found) == 1, found
    assert sum("fisheries" in t for t in found) == 1, found


def test_different_subjects_sharing_a_word_both_stay():
    found = topics("They discussed maritime security and energy security.")
    assert {"maritime security", "energy security"} <= set(found), found


def test_acronym_of_a_body_is_written_out():
    found = topics("They discussed the WTO and fisheries subsidies.")
    assert "world trade organization" in found, found
    assert "wto" not in found, found


@pytest.mark.parametrize(
    "text,present,absent",
    [
        (
            "The President congratulated his counterpart on his inauguration as the eighth "
            "President of the Republic of Indonesia.",
            {"inauguration"},
            set(),
        ),
        ("He recalled his state visit to Jakarta last year.", {"state visit"}, set()),
        (
            "President Macron offered his condolences to the families of the victims.",
            {"condolences"},
            set(),
        ),
        (
            "They spoke about the presidential elections due next year.",
            {"presidential elections"},
            set(),
        ),
        # a visit of no named kind is no occasion, and 'selection' is no election
        (
            "They discussed the selection of candidates for the visit.",
            set(),
            {"elections", "visit"},
        ),
    ],
)
def test_occasions(text, present, absent):
    found = set(topics(text))
    assert present <= found, found
    assert not (absent & found), found


def test_a_lists_focus_names_its_fields():
    found = set(
        topics(
            "The two leaders agreed to deepen their partnership, particularly in fisheries, "
            "tourism and geothermal energy. They will cooperate on matters of cyber security."
        )
    )
    assert {"fisheries", "tourism", "geothermal energy", "cyber security"} <= found, found


def test_particularly_without_a_field_gives_none():
    found = set(topics("The President was particularly grateful for the warm welcome."))
    assert not any(t.startswith("grateful") for t in found), found
