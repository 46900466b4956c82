"""Topics, round 8b: kinds of topic error found with `kg eval --details` on the tune split
and the probe readouts of many house styles, each as a general rule (ANNOTATION.md
section 4: the subjects the engagement covered, as short noun phrases), on sentences
written for these tests, each with a near negative."""

from __future__ import annotations

import pytest
from reading import read

CALL = (
    "Foreign Minister Sara Lindqvist of Sweden met Foreign Minister Tomas Berzins of Latvia "
    "in Stockholm today.\n\n"
)


def _topics(text: str) -> set[str]:
    return set(read(CALL + text, published="2024-03-12").topics)


CASES = [
    # Bodies and formats of the sides' own making, named with a head such as Commission,
    # Council, Committee, Group, Mechanism, Consultation, Triangle or Format
    (
        "The ministers agreed to convene the Swedish-Latvian Joint Commission in the autumn.",
        {"swedish-latvian joint commission"},
        set(),
    ),
    (
        "They reviewed preparations for the next meeting of the Nordic-Baltic Eight Format.",
        {"nordic-baltic eight format"},
        set(),
    ),
    (
        "Both sides welcomed the work of the Bilateral Mechanism of Strategic Consultations.",
        {"bilateral mechanism of strategic consultations"},
        set(),
    ),
    (
        "The Foreign Affairs Council will take up the sanctions question next week.",
        {"foreign affairs council"},
        set(),
    ),
    # near negatives: a body the gazetteer knows is an actor; a body in someone's office
    # ("member of the X", "Vice-President of the X") is the office; a head the name runs
    # past ("the Group of Seven") is only part of a name
    (
        "They discussed the forthcoming session of the European Commission.",
        set(),
        {"european commission"},
    ),
    (
        "Mr Berzins also met Liu Wen, member of the State Council, in Beijing last month.",
        set(),
        {"state council"},
    ),
    (
        "He was joined by the Vice-President of the Regional Investment Commission.",
        set(),
        {"vice-president of the regional investment commission", "regional investment commission"},
    ),
    (
        "They spoke about the Presidency of the Group of Seven and its agenda.",
        set(),
        {"presidency of the group"},
    ),
    (
        "They spoke about the Contact Group of Friends of the Sahel.",
        set(),
        {"contact group"},
    ),
    (
        "They recalled the 29th summit in Vilnius.",
        set(),
        {"29th summit"},
    ),
    # a gathering named with a lower-case head ("the Mercosur summit", "the G-20 meetings")
    (
        "The ministers looked ahead to the Riga summit and the G-20 meetings in June.",
        {"riga summit", "g-20 meetings"},
        set(),
    ),
    (
        "They recalled the 12th Baltic Sea States summit held in Vilnius.",
        {"12th baltic sea states summit"},
        set(),
    ),
    # an undertaking named with a lower-case head ("the X project", "the X route", "the
    # NATO eastern flank", "India's 'X First' policy"), without who backs it
    (
        "They reviewed progress on the Daugava Hydro project and the Via Baltica route.",
        {"daugava hydro project", "via baltica route"},
        set(),
    ),
    (
        "Both welcomed the EU-backed Rail Baltica railway and the Northern Lights mission.",
        {"rail baltica railway", "northern lights mission"},
        {"eu-backed rail baltica railway"},
    ),
    (
        "They praised Latvia's 'Open Doors' policy.",
        {"open doors policy"},
        {"open doors' policy", "latvia's 'open doors' policy"},
    ),
    # near negatives: a person's meetings, a sentence's opening word, a title's gathering
    (
        "They praised Tomas Berzins's meetings with the diaspora.",
        set(),
        {"tomas berzins's meetings", "berzins's meetings"},
    ),
    (
        "The summit will be held in the spring.",
        set(),
        {"the summit", "summit"},
    ),
    (
        "Regional summits of the two countries were suspended in 2020.",
        set(),
        {"regional summits"},
    ),
    # what an aim acts on is a subject ("efforts to restore X", "to address X"), each item
    # of a list of aims without its verb
    (
        "They agreed on steps to restore direct shipping links.",
        {"direct shipping links"},
        set(),
    ),
    (
        "The new fund aims to improve port logistics, address energy poverty and safeguard "
        "grid stability.",
        {"port logistics", "energy poverty", "grid stability"},
        {"address energy poverty", "safeguard grid stability"},
    ),
    (
        "Both ministers pledged to foster stability in the Baltic region and beyond.",
        {"stability in the baltic region"},
        {"beyond"},
    ),
    (
        "They agreed to expand cooperation in fisheries.",
        {"fisheries"},
        {"cooperation in fisheries"},
    ),
    # near negatives: an aim with a verb of no subject; a list part that is an infinitive
    # clause ("X, to include Y") is no item
    (
        "The ministers agreed to visit the new ferry terminal together.",
        set(),
        {"new ferry terminal", "ferry terminal"},
    ),
    (
        "They discussed energy security, to include other partners such as Norway.",
        {"energy security"},
        {"include other partners", "other partners"},
    ),
    (
        "President summits rarely produce such results, Lindqvist said.",
        set(),
        {"president summits"},
    ),
]


@pytest.mark.parametrize("text,present,absent", CASES)
def test_topics(text, present, absent):
    found = _topics(text)
    assert present <= found, found
    assert not absent & found, found


def test_the_engagement_named_with_a_lower_case_head_is_no_topic():
    # the sides' own summit is the engagement, not a subject it covered
    found = _topics("The Sweden-Latvia summit produced a joint statement on energy.")
    assert "sweden-latvia summit" not in found, found
