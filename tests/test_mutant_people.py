"""Who a mention is, where the mutation runs of issue 19 found no test
(scripts/RESULTS-mutants.md): 'I' in a quotation nobody is said to have said, an office
held by someone outside the meeting, the invitation of one side's leader, 'the former',
'the latter' and 'his counterpart', and the home side read from the text when no
publisher is given ('the guest', 'the host').

The readouts are written for these tests; none has a publisher.
"""

from __future__ import annotations

from kg.extract import extract
from kg.model import Extraction, Readout


def run(text: str) -> Extraction:
    return extract(Readout("case", text, published="2023-06-14"))


def speakers(out: Extraction) -> dict[str, str]:
    return {" ".join(s.opening.split()[:3]): s.speaker for s in out.statements}


def triples(out: Extraction, relation: str) -> set[tuple[str, str]]:
    return {(r.subject, r.object) for r in out.relations if r.relation == relation}


def test_a_quotation_nobody_is_said_to_have_said_is_nobody_s_statement():
    out = run(
        "President Emmanuel Macron met Chancellor Olaf Scholz in Paris.\n\n"
        '"I thank you for your friendship." Macron said Germany was a close partner. '
        '"We support you," Scholz said.'
    )
    got = speakers(out)
    assert got == {"Macron said Germany": "Emmanuel Macron", 'We support you,"': "Olaf Scholz"}


VISIT = (
    "Chancellor Olaf Scholz visited France at the invitation of President Emmanuel Macron.\n\n"
    "Scholz met Macron and Foreign Minister Catherine Colonna in Paris. The leaders "
    "discussed the proposal of the Japanese Prime Minister."
)


def test_an_office_held_outside_the_meeting_names_no_leader():
    """'the Japanese Prime Minister', named only by office and not at the meeting: no
    leaderOf for whoever held it that day."""
    assert triples(run(VISIT), "leaderOf") == {
        ("Olaf Scholz", "Germany"),
        ("Emmanuel Macron", "France"),
        ("Catherine Colonna", "France"),
    }


def test_an_office_named_with_its_holder_outside_the_meeting_names_a_leader():
    out = run(VISIT.replace("the Japanese Prime Minister", "Japanese Prime Minister Fumio Kishida"))
    assert ("Fumio Kishida", "Japan") in triples(out, "leaderOf")


def test_the_inviting_leader_invites_the_other_side_only():
    assert triples(run(VISIT), "invites") == {("Emmanuel Macron", "Olaf Scholz")}


def test_the_first_leader_named_makes_the_home_side_without_a_publisher():
    out = run(
        "President Emmanuel Macron hosted Prime Minister Narendra Modi in Paris.\n\n"
        "The guest praised the cooperation between the two countries. The host stressed "
        "the importance of trade."
    )
    assert speakers(out) == {
        "The guest praised": "Narendra Modi",
        "The host stressed": "Emmanuel Macron",
    }


def test_the_former_and_the_latter_are_the_two_last_named_in_order():
    out = run(
        "President Emmanuel Macron met Chancellor Olaf Scholz in Paris.\n\n"
        "The former thanked the latter for his visit. The latter praised the former for his "
        "leadership."
    )
    assert speakers(out) == {
        "The former thanked": "Emmanuel Macron",
        "The latter praised": "Olaf Scholz",
    }
    assert ("Olaf Scholz", "Emmanuel Macron") in triples(out, "praises")


def test_his_counterpart_is_the_other_participant():
    out = run(
        "President Emmanuel Macron met Chancellor Olaf Scholz in Paris.\n\n"
        "Scholz thanked his counterpart for the warm welcome. Macron praised his counterpart "
        "for his leadership."
    )
    assert ("Olaf Scholz", "Emmanuel Macron") in triples(out, "thanks")
    assert triples(out, "praises") == {("Emmanuel Macron", "Olaf Scholz")}
