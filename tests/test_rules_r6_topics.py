"""Topics, round 6: the lead phrases are tried only where a word that can open one starts
(kg/extract/topics.py `_leads`); it must find what a scan of every position finds."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

import kg.extract  # noqa: F401  (kg.extract binds the name `topics` to the function)

T = sys.modules["kg.extract.topics"]
DEV = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev" / "texts"

# one sentence (written for this test) per kind of lead phrase, incl. those opened by a
# common word ("the", "in", "on", "to", "a", "with", "as") and curly quotes around a lead
LEAD_SENTENCES = [
    "The two leaders discussed trade, energy and the situation in the Sahel.",
    "They exchanged views on regional security and touched upon climate finance.",
    "In the fields of health and education, the ministers reviewed progress on vaccines.",
    "On the basis of mutual respect, they agreed on a roadmap for fisheries.",
    "The Minister stressed the importance of food security and the need for a ceasefire.",
    "On the occasion of National Day, he sent congratulations to the King on his birthday.",
    "With regard to maritime issues, as regards fisheries, and in relation to energy, too.",
    "They placed a special focus on digital trade, particularly in artificial intelligence.",
    "The call also covered matters of trade and issues such as migration and drugs.",
    "He condemned the attack, expressed condolences over the victims and support for Kyiv.",
    "“Discussed” was the word: ‘talked about the economy’ — and “such as ports”.",
    "He thanked the Prime Minister for the invitation to the summit on water.",
    "Cooperation in agriculture, dialogue on human rights and regular exchanges of experts.",
    "The developments in Gaza, the conflict between the two states, and violations of law.",
    "There is nothing to see here at all, in the end, to be sure, as it was.",
    "Ｆｕｌｌ-width text and the ſituation in Ukraine, the İmportance of trade.",
    "DISCUSSED TRADE AND THE SITUATION IN THE REGION, ON THE BASIS OF LAW.",
    "Both sides pledged to combat terrorism and to fight against organised crime.",
]


def _dev_sentences() -> list[str]:
    if not DEV.is_dir():
        return []
    out = []
    for path in sorted(DEV.glob("*.txt")):
        out.extend(s for s in re.split(r"(?<=[.!?])\s+|\n+", path.read_text("utf-8")) if s)
    return out


def _scan(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m[0]) for m in T.LEADS.finditer(text, text.lower())]


@pytest.mark.parametrize("text", LEAD_SENTENCES)
def test_leads_found_where_a_lead_word_starts_are_those_of_a_full_scan(text):
    found = [(m.start(), m.end(), m[0]) for m in T._leads(text, text.lower())]
    assert found == _scan(text)


def test_leads_of_every_dev_sentence_are_those_of_a_full_scan():
    sentences = _dev_sentences()
    if not sentences:
        pytest.skip("../shared/corpus/dev is absent")
    for text in sentences:
        found = [(m.start(), m.end(), m[0]) for m in T._leads(text, text.lower())]
        assert found == _scan(text), text


def test_every_lead_phrase_starts_with_a_word_of_lead_first():
    """A lead phrase added to LEADS without its first word in LEAD_FIRST is never tried:
    each lead here must be found."""
    for text in LEAD_SENTENCES[:14]:
        assert T._leads(text, text.lower()), text


# --- what topics hold (ANNOTATION.md sections 4 and 8), on readouts written for these tests

CALL = (
    "Foreign Minister Penny Wong held talks with her Kenyan counterpart Musalia Mudavadi in "
    "Canberra today.\n\n"
)


def _topics(text: str) -> tuple[str, ...]:
    from kg.extract import extract
    from kg.model import Readout

    return extract(Readout("case", CALL + text, published="2024-03-12")).topics


@pytest.mark.parametrize(
    "text,present,absent",
    [
        # what is fought is a topic, after "to combat", "combating", "fighting against"
        ("Both ministers pledged to combat terrorism.", {"terrorism"}, set()),
        ("They stressed the importance of combating corruption.", {"corruption"}, set()),
        ("The two sides agreed to fight against illegal fishing.", {"illegal fishing"}, set()),
        # near negative: "combat" as a modifier opens no list
        ("Ms Wong visited a combat engineering unit.", set(), {"engineering unit"}),
        # upholding or adhering to a principle or law is a topic (not `supports`)
        (
            "They will uphold freedom of navigation and adhere to international law.",
            {"freedom of navigation", "international law"},
            set(),
        ),
        ("Both sides upheld the rules-based order.", {"rules-based order"}, set()),
        ("The decision was upheld.", set(), {"decision"}),
        # a world war is a named event
        (
            "The ministers marked the anniversary of the end of the Second World War.",
            {"second world war"},
            set(),
        ),
        ("They recalled the lessons of World War II.", {"world war ii"}, set()),
        ("They discussed the World Bank's lending.", set(), {"world war"}),
        # a word that names no subject on its own is no topic; its subject is
        (
            "The ministers discussed progress, next steps and the information shared.",
            set(),
            {"progress", "steps", "information"},
        ),
        (
            "They welcomed progress on climate finance.",
            {"progress on climate finance"},
            {"progress"},
        ),
        # other words for what was talked over
        (
            "Matters relating to maritime security and the blue economy were discussed.",
            {"maritime security", "blue economy"},
            set(),
        ),
        ("Discussions centred on geothermal energy.", {"geothermal energy"}, set()),
        ("Talks were centered around debt relief.", {"debt relief"}, set()),
        (
            "The ministers shared their views on the Red Sea crisis.",
            {"red sea crisis"},
            set(),
        ),
        ("The ministers shared a working lunch.", set(), {"working lunch"}),
        (
            "They agreed to work together on vaccine manufacturing and digitalisation.",
            {"vaccine manufacturing", "digitalisation"},
            set(),
        ),
        ("They agreed to work together.", set(), {"together"}),
        (
            "The two countries will cooperate closely on cyber security.",
            {"cyber security"},
            set(),
        ),
        ("Both sides co-operated in disaster relief.", {"disaster relief"}, set()),
        ("The Kenyan side collaborates on seed research.", {"seed research"}, set()),
        ("They will cooperate.", set(), {"cooperate"}),
        # "bilateral relations" is a subject as written
        ("The ministers reviewed bilateral relations.", {"bilateral relations"}, {"relations"}),
    ],
)
def test_topics_of_each_kind(text, present, absent):
    found = set(_topics(text))
    assert present <= found, found
    assert not absent & found, found
