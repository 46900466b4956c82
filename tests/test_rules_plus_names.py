"""A body whose name is another's with a "+" (OPEC and OPEC+) is told apart by the "+" the
text writes: the words alone are the same. Readouts written for this file."""

from __future__ import annotations

from kg.extract import extract
from kg.extract.gazetteer import load
from kg.gold.evaluate import Folder
from kg.model import Readout


def ties(text: str) -> set[tuple[str, str, str]]:
    e = extract(Readout("case", text, published="2023-12-06", publisher="Saudi Press Agency"))
    return {(r.subject, r.relation, r.object) for r in e.relations if r.relation != "leaderOf"}


def test_opec_and_opec_plus_are_two_actors():
    found = ties(
        "Crown Prince Mohammed bin Salman received President Vladimir Putin in Riyadh on "
        "6 December 2023. Russia supports OPEC+. The two sides commended OPEC for its role."
    )
    assert ("Russia", "supports", "OPEC+") in found
    assert ("Russia", "praises", "OPEC") in found and ("Russia", "praises", "OPEC+") not in found


def test_the_written_out_alias_still_names_opec_plus():
    found = ties(
        "Crown Prince Mohammed bin Salman received President Vladimir Putin in Riyadh on "
        "6 December 2023. Russia supports OPEC Plus."
    )
    assert ("Russia", "supports", "OPEC+") in found


def test_scoring_keeps_each_canonical_name():
    fold = Folder(load())
    assert (fold("OPEC"), fold("OPEC+")) == ("OPEC", "OPEC+")
