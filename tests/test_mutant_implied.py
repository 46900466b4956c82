"""Triples added or kept by the rules after the cues (ANNOTATION.md 8), where the mutation
runs of issue 19 found no test (scripts/RESULTS-mutants.md): the state of a National Day
congratulated with its leader, only for congratulations; a visit implying its host and
a host implying the visit, never over a triple the text states itself; a call named in
the lead (not later) meaning nobody travelled.

The readouts are written for these tests.
"""

from __future__ import annotations

from kg.extract import extract
from kg.model import Readout


def triples(text: str) -> dict[tuple[str, str, str], tuple[str, str]]:
    """(subject, relation, object) -> (rule, the evidence's first four words)."""
    out = extract(Readout("case", text, published="2023-06-14"))
    return {
        (r.subject, r.relation, r.object): (r.rule, " ".join(r.evidence.text.split()[:4]))
        for r in out.relations
    }


NATIONAL_DAY = (
    "President Xi Jinping held a phone call with President Emmanuel Macron.\n\n"
    "Xi congratulated Macron on the National Day of France. Macron thanked Xi for his "
    "greetings on the anniversary of France's National Day."
)


def test_a_national_day_congratulated_congratulates_its_state():
    got = triples(NATIONAL_DAY)
    assert ("Xi Jinping", "congratulates", "Emmanuel Macron") in got
    assert ("Xi Jinping", "congratulates", "France") in got


def test_thanks_for_national_day_greetings_go_to_the_sender_only():
    got = triples(NATIONAL_DAY)
    assert ("Emmanuel Macron", "thanks", "Xi Jinping") in got
    assert ("Emmanuel Macron", "thanks", "France") not in got


def test_stated_visit_and_host_keep_their_own_sentences():
    """Each of the two triples is stated, and also implied by the other: the stated one,
    its cue and its sentence, stays."""
    got = triples(
        "Chancellor Olaf Scholz paid an official visit to France.\n\n"
        "He was received by President Emmanuel Macron at the Elysee Palace."
    )
    visit = got[("Olaf Scholz", "visits", "France")]
    host = got[("Emmanuel Macron", "hosts", "Olaf Scholz")]
    assert visit[0].startswith("cues.tsv:") and visit[1] == "Chancellor Olaf Scholz paid"
    assert host[0].startswith("cues.tsv:") and host[1] == "He was received by"


def test_a_visit_implies_its_host_when_the_call_is_only_planned_later():
    got = triples(
        "Chancellor Olaf Scholz paid an official visit to France.\n\n"
        "He met President Emmanuel Macron in Paris. The two leaders agreed to hold a video "
        "conference next month."
    )
    assert got[("Emmanuel Macron", "hosts", "Olaf Scholz")] == (
        "hosts:visited",
        "Chancellor Olaf Scholz paid",
    )


def test_a_host_implies_the_guests_visit_to_the_hosts_state():
    got = triples(
        "President Emmanuel Macron hosted Chancellor Olaf Scholz in Paris.\n\n"
        "The two leaders discussed energy."
    )
    assert got[("Olaf Scholz", "visits", "France")] == (
        "visits:hosted",
        "President Emmanuel Macron hosted",
    )
