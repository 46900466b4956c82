"""Topics (ANNOTATION.md section 4), round 5: kinds of extra topics that named no subject,
on readouts written for these tests, each with a near case that keeps its topic."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.model import Readout

CALL = (
    "Prime Minister Shehbaz Sharif held a telephone conversation with President Recep Tayyip "
    "Erdogan of Türkiye today.\n\n"
)


def topics(text: str) -> tuple[str, ...]:
    return extract(Readout("case", CALL + text, published="2024-03-12")).topics


@pytest.mark.parametrize(
    "text,present,absent",
    [
        # the means of a list item is no part of it
        (
            "They agreed to deepen cooperation, including through the Organisation of Turkic "
            "States.",
            {"organisation of turkic states"},
            {"through the organisation of turkic states"},
        ),
        # words of courtesy are no subject; the subject beside them is
        (
            "The Prime Minister thanked the President for his warm wishes and for the flood "
            "relief assistance.",
            {"flood relief assistance"},
            {"warm wishes", "his warm wishes"},
        ),
        # a phrase led by a title names a person, not a subject
        (
            "They discussed President Erdogan's visit to Islamabad and the energy corridor.",
            {"energy corridor"},
            {"president erdogan's visit to islamabad"},
        ),
        # nouns that name no subject on their own
        (
            "The leaders exchanged views on regional connectivity, values and priorities.",
            {"regional connectivity"},
            {"values", "priorities"},
        ),
        # a list part ending in a participle qualifies the next part
        (
            "The leaders condemned the unprovoked and sustained shelling of civilian areas.",
            {"sustained shelling of civilian areas"},
            {"unprovoked"},
        ),
        # near case: a list of nouns keeps each part
        (
            "The leaders discussed defence, textiles and tourism.",
            {"defence", "textiles", "tourism"},
            set(),
        ),
    ],
)
def test_list_items(text: str, present: set[str], absent: set[str]) -> None:
    found = set(topics(text))
    assert present <= found, found
    assert not absent & found, found


def test_an_event_named_by_the_sides_alone_is_this_engagement() -> None:
    found = topics(
        "The Pakistan-Türkiye Summit Video Conference reviewed the Joint Action Plan. "
        "The leaders looked ahead to the Islamabad Connectivity Conference."
    )
    assert "pakistan-türkiye summit video conference" not in found, found
    assert "islamabad connectivity conference" in found, found


def test_a_verb_before_a_field_of_cooperation_is_no_qualifier() -> None:
    found = topics(
        "The leaders agreed that the accord would elevate Pakistan-Türkiye relations, and "
        "praised growing defence cooperation."
    )
    assert not any(t.startswith("would") or t.startswith("elevate") for t in found), found
    assert "growing defence cooperation" in found or "defence cooperation" in found, found


def test_condolences_to_a_long_name_over_an_event() -> None:
    found = topics(
        "The Prime Minister conveyed condolences to his counterpart President Recep Tayyip "
        "Erdogan over the devastating earthquake."
    )
    assert "devastating earthquake" in found or "earthquake" in found, found


def test_the_basis_of_a_settlement_is_a_subject_but_mutual_respect_is_not() -> None:
    found = topics(
        "They called for a settlement on the basis of a two-state solution, and for relations "
        "on the basis of mutual respect."
    )
    assert "two-state solution" in found, found
    assert "mutual respect" not in found, found


def test_a_participle_after_its_noun_closes_the_phrase() -> None:
    found = topics(
        "They discussed the implementation of the agreements reached during the last visit, "
        "and energy projects in particular in Balochistan."
    )
    assert "implementation of the agreements" in found, found
    assert not any("reached" in t or t.startswith("particular") for t in found), found


def test_a_noun_phrase_with_a_participle_before_it_is_kept() -> None:
    found = topics("They discussed the signed memorandum on agriculture.")
    assert any("memorandum on agriculture" in t for t in found), found


def test_what_a_sentence_turns_to_and_what_is_fought_are_subjects() -> None:
    found = topics(
        "With regard to the water dispute, the Prime Minister urged restraint. The leaders "
        "agreed on combating terrorism and on the principle of non-interference."
    )
    assert "water dispute" in found, found
    assert "terrorism" in found, found
    assert any("non-interference" in t for t in found), found


def test_combat_as_a_noun_leads_to_nothing() -> None:
    found = topics("The leaders discussed the purchase of combat aircraft.")
    assert "aircraft" not in found, found


def test_time_and_reference_words_close_a_phrase() -> None:
    found = topics(
        "The leaders stressed the need for a ceasefire as soon as possible. They discussed "
        "Egypt's role in this regard, but not to cooperate in other matters."
    )
    assert "ceasefire" in found, found
    assert "egypt's role" in found, found
    assert not any("possible" in t or "regard" in t or t.startswith("but") for t in found), found


def test_congratulated_for_a_violation_of_and_the_matter_of() -> None:
    found = topics(
        "The Prime Minister congratulated President Erdogan for his re-election. He called "
        "the strike a violation of international humanitarian law and expressed regret on "
        "the matter of the stalled pipeline."
    )
    assert "re-election" in found, found
    assert "international humanitarian law" in found, found
    assert "stalled pipeline" in found, found
