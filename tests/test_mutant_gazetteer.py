"""Two readings of one name, and a leader named by the family name alone: rules of
kg/extract/gazetteer.py the mutation runs of issue 19 found untested
(scripts/RESULTS-mutants.md). The shipped gazetteer has almost no clash between two
actors' forms, so the tie-breaking is tested on a gazetteer built here.
"""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.extract.gazetteer import Gazetteer
from kg.model import Readout


@pytest.mark.parametrize(
    "first, second, kept",
    [
        # a name beats an alias or a derived phrase, whichever comes first
        (("Georgia", "alias"), ("Georgetown", "name"), "Georgetown"),
        (("Georgetown", "name"), ("Georgia", "alias"), "Georgetown"),
        (("Georgia", "phrase"), ("Georgetown", "official"), "Georgetown"),
        # of two aliases (or two phrases) of one rank, the first stays
        (("Georgia", "alias"), ("Georgetown", "alias"), "Georgia"),
        (("Georgia", "phrase"), ("Georgetown", "phrase"), "Georgia"),
        # of two names, the later
        (("Georgia", "name"), ("Georgetown", "name"), "Georgetown"),
    ],
)
def test_of_two_readings_of_one_form_the_better_ranked_wins(first, second, kept):
    g = Gazetteer()
    g.add_form("the Gem", first[0], first[1])
    g.add_form("the Gem", second[0], second[1])
    assert g.lookup(("the", "Gem"))[0] == kept
    assert g.lookup(("The", "Gem"))[0] == kept  # the capitalised article follows


def test_one_actor_given_a_form_again_keeps_one_reading():
    g = Gazetteer()
    g.add_form("Gem", "Georgia", "alias")
    g.add_form("Gem", "Georgia", "alias")
    assert g.lookup(("Gem",)) == ("Georgia", "alias")


def speaker_and_host(text: str) -> tuple[list[str], list[tuple[str, str]]]:
    out = extract(Readout("case", text, published="2023-06-14"))
    hosts = [(r.subject, r.object) for r in out.relations if r.relation == "hosts"]
    return [s.speaker for s in out.statements], hosts


def test_a_leader_named_by_the_family_name_written_last():
    text = (
        "Chancellor Scholz received Prime Minister Meloni in Berlin.\n\n"
        "Scholz stressed the importance of unity."
    )
    assert speaker_and_host(text) == (["Olaf Scholz"], [("Olaf Scholz", "Giorgia Meloni")])


def test_a_leader_named_by_the_family_name_written_first():
    text = (
        "President Xi received President Lula in Beijing.\n\nXi stressed the importance of trade."
    )
    assert speaker_and_host(text) == (
        ["Xi Jinping"],
        [("Xi Jinping", "Luiz Inácio Lula da Silva")],
    )
