"""Speakers of statements where the mutation runs of issue 19 found no test: an
organisation or a "side" speaking alone, a subject chain of three names, and a joint
subject whose verb comes after an "-ing" clause (scripts/RESULTS-mutants.md).

The readouts are written for these tests.
"""

from __future__ import annotations

from kg.extract import extract
from kg.model import Readout

NATO_VISIT = (
    "President Emmanuel Macron met NATO Secretary General Jens Stoltenberg in Paris.\n\n"
    "NATO thanked France for its help. The French side underlined its support."
)
SUMMIT = (
    "President Emmanuel Macron hosted Chancellor Olaf Scholz and Prime Minister Giorgia "
    "Meloni in Paris.\n\nMacron, Scholz and Meloni stressed the importance of unity."
)
CALL = (
    "Vladimir Putin had a telephone conversation with President of Uzbekistan Shavkat "
    "Mirziyoyev.\n\nThe interlocutors, welcoming progress, agreed to meet again."
)


def statements(text: str) -> dict[str, tuple[str, str, tuple[str, ...]]]:
    """Each statement's first three words -> (speaker, act, the people behind it)."""
    out = extract(Readout("case", text, published="2023-06-14"))
    return {" ".join(s.opening.split()[:3]): (s.speaker, s.act, s.speakers) for s in out.statements}


def test_an_organisation_speaks_for_itself_through_its_participant():
    got = statements(NATO_VISIT)
    assert got["NATO thanked France"] == ("NATO", "thank", ("Jens Stoltenberg",))


def test_a_side_speaks_as_its_state():
    got = statements(NATO_VISIT)
    assert got["The French side"] == ("France", "underline", ("Emmanuel Macron",))


def test_three_names_in_a_chain_speak_together():
    got = statements(SUMMIT)
    assert got["Macron, Scholz and"] == (
        "both",
        "stress",
        ("Emmanuel Macron", "Olaf Scholz", "Giorgia Meloni"),
    )


def test_a_joint_subject_takes_the_verb_after_an_ing_clause():
    """'The interlocutors, welcoming progress, agreed': the act is 'agree', not the comma
    or the participle before it."""
    got = statements(CALL)
    assert got["The interlocutors, welcoming"] == (
        "both",
        "agree",
        ("Vladimir Putin", "Shavkat Mirziyoyev"),
    )
