"""'The former' and 'the latter' name the earlier and the later of the last two people
named, are not themselves a new mention that reorders the pair, and are never the
subject of their own clause. Readouts written for this file."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.model import Readout

OPENING = "President Emmanuel Macron met Chancellor Olaf Scholz in Paris on 5 March 2024"


def ties(text: str) -> set[tuple[str, str, str]]:
    e = extract(Readout("case", text, published="2024-03-05", publisher="Élysée"))
    return {(r.subject, r.relation, r.object) for r in e.relations if r.relation != "leaderOf"}


MACRON, SCHOLZ = "Emmanuel Macron", "Olaf Scholz"


@pytest.mark.parametrize(
    "rest,expected",
    [
        (". The former thanked the latter for the talks.", (MACRON, "thanks", SCHOLZ)),
        (". The latter thanked the former for the invitation.", (SCHOLZ, "thanks", MACRON)),
        (". Macron thanked the latter for the talks.", (MACRON, "thanks", SCHOLZ)),
        (". Scholz praised the former.", (SCHOLZ, "praises", MACRON)),
        (", and the latter thanked the former for the invitation.", (SCHOLZ, "thanks", MACRON)),
    ],
)
def test_former_and_latter(rest, expected):
    assert expected in ties(OPENING + rest)


def test_a_third_person_named_after_the_pair_is_the_latter():
    found = ties(
        OPENING + ". Scholz later met Prime Minister Giorgia Meloni, and the latter praised him."
    )
    assert ("Giorgia Meloni", "praises", SCHOLZ) in found


@pytest.mark.parametrize(("which", "initiator"), [("former", MACRON), ("latter", SCHOLZ)])
def test_after_a_preposition_either_may_be_the_subject(which, initiator):
    """'at the request of the former': the clause's own subject asked for the call."""
    text = (
        "President Emmanuel Macron spoke by phone with Chancellor Olaf Scholz on 5 March 2024, "
        f"at the request of the {which}."
    )
    e = extract(Readout("case", text, published="2024-03-05", publisher="Élysée"))
    assert e.event.initiator == initiator
