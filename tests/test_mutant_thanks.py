"""What thanks imply (ANNOTATION.md 8), where the mutation runs of issue 19 found no test
(scripts/RESULTS-mutants.md): thanks for hospitality make the thanked the host, for
congratulations the thanked the congratulator, for cooperation cooperation both ways,
for a state's support that state the supporter, for aid the thanked the giver.

The readout is written for this test; the meeting itself ('met ... in Paris') states no
host, so each derived triple comes from its thanks.
"""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.model import Readout

LEAD = "President Emmanuel Macron met Chancellor Olaf Scholz in Paris.\n\n"
MACRON, SCHOLZ = "Emmanuel Macron", "Olaf Scholz"


def derived(sentence: str) -> set[tuple[str, str, str, str]]:
    """(subject, relation, object, what the thanks added) of the sentence's derived triples."""
    out = extract(Readout("case", LEAD + sentence, published="2023-06-14"))
    return {
        (r.subject, r.relation, r.object, r.rule.rsplit(" +", 1)[1])
        for r in out.relations
        if " +" in r.rule
    }


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Scholz thanked Macron for the warm hospitality.",
            {(MACRON, "hosts", SCHOLZ, "hospitality")},
        ),
        (
            "Macron thanked Scholz for his congratulations on the election.",
            {(SCHOLZ, "congratulates", MACRON, "congratulations")},
        ),
        (
            "Scholz thanked Macron for the close cooperation.",
            {
                (SCHOLZ, "cooperatesWith", MACRON, "cooperation"),
                (MACRON, "cooperatesWith", SCHOLZ, "cooperation"),
            },
        ),
        (
            "Macron thanked Scholz for Germany's support to France.",
            {("Germany", "supports", "France", "support")},
        ),
        (
            "Scholz thanked Macron for his humanitarian aid to Ukraine.",
            {(MACRON, "assists", "Ukraine", "aid")},
        ),
    ],
)
def test_what_thanks_for_something_imply(sentence, expected):
    assert derived(sentence) == expected
