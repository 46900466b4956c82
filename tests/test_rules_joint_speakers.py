"""A joint subject speaks as `both`, and the people behind it (``Statement.speakers``, which
the graph links each statement to) are the ones it names, not every participant: in a
meeting of three, "Scholz and Meloni thanked Macron" is not Macron speaking. Readouts
written for this file."""

from __future__ import annotations

from kg.extract import extract
from kg.model import Readout

OPENING = (
    "President Emmanuel Macron hosted Chancellor Olaf Scholz and Prime Minister Giorgia "
    "Meloni in Paris on 5 March 2024. "
)


def speakers(text: str) -> dict[str, tuple[str, ...]]:
    e = extract(Readout("case", OPENING + text, published="2024-03-05", publisher="Élysée"))
    return {s.opening.split()[0]: (s.speaker, *s.speakers) for s in e.statements}


def test_two_of_three_named_together_are_the_speakers():
    found = speakers("Scholz and Meloni thanked Macron for the invitation.")
    assert found["Scholz"] == ("both", "Olaf Scholz", "Giorgia Meloni")


def test_a_joint_subject_naming_no_one_is_every_participant():
    found = speakers("The three leaders discussed the situation in Ukraine.")
    assert found["The"] == ("both", "Emmanuel Macron", "Olaf Scholz", "Giorgia Meloni")
