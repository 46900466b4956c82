"""Ties and tallies count engagements as well as readouts: both sides of a call count once.

Readouts written for these tests are built into real stores. After every incremental
build (a readout added, one side removed, one replaced, a chain of readouts split) the
ties graph must equal what a build from scratch of the same readouts gives, and its
engagement counts what the claims and the engagements graph say.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import pytest
from conftest import SHARED

from kg.analysis.validate import conforms
from kg.build import build
from kg.rdf.vocab import ENGAGEMENTS, TIES
from kg.store.database import Store
from kg.store.query import get_named
from kg.summaries import tracker as summaries

# name -> (text, publication date). Each a short readout in the manner of a government's.
READOUTS = {
    # One call, told by Ottawa and by Rome: one engagement, two readouts.
    "ca-call": (
        "Prime Minister Trudeau speaks with Prime Minister Meloni\n\nOn 1 March 2023, Prime "
        "Minister Justin Trudeau spoke by telephone with Prime Minister Giorgia Meloni of Italy. "
        "Prime Minister Trudeau thanked Prime Minister Meloni for Italy's support to Ukraine. The "
        "leaders agreed to deepen cooperation on clean energy.\n",
        "2023-03-01",
    ),
    "it-call": (
        "Telephone conversation between President Meloni and Prime Minister Trudeau\n\nPresident "
        "of the Council of Ministers Giorgia Meloni had a telephone conversation today with Prime "
        "Minister of Canada Justin Trudeau. Both leaders condemned Russia's war against Ukraine. "
        "Prime Minister Trudeau thanked Prime Minister Meloni for her leadership.\n",
        "2023-03-01",
    ),
    # Another call the same day, with someone else: an engagement of its own.
    "ca-other": (
        "Prime Minister Trudeau speaks with President Zelenskyy\n\nOn 1 March 2023, Prime "
        "Minister Justin Trudeau spoke with President Volodymyr Zelenskyy of Ukraine. Prime "
        "Minister Trudeau reaffirmed Canada's support for Ukraine and condemned Russia's war "
        "against Ukraine.\n",
        "2023-03-01",
    ),
    # A chain: each call a day after the last, so A links to B and B to C, but A and C are
    # two days apart. A and C carry thanks that B does not: without B they are two engagements.
    "chain-a": (
        "Prime Minister Trudeau speaks with Prime Minister Meloni\n\nPrime Minister Justin "
        "Trudeau spoke today with Prime Minister Giorgia Meloni of Italy. Prime Minister Trudeau "
        "thanked Prime Minister Meloni for the hospitality of Italy.\n",
        "2023-06-10",
    ),
    "chain-b": (
        "Prime Minister Meloni speaks with Prime Minister Trudeau\n\nPrime Minister Giorgia Meloni "
        "spoke today by telephone with Prime Minister Justin Trudeau of Canada. The two leaders "
        "discussed migration.\n",
        "2023-06-11",
    ),
    "chain-c": (
        "Prime Minister Trudeau holds a call with Prime Minister Meloni\n\nPrime Minister Justin "
        "Trudeau held a telephone call today with Prime Minister Giorgia Meloni of Italy. Prime "
        "Minister Trudeau thanked Prime Minister Meloni for her leadership.\n",
        "2023-06-12",
    ),
}
PAIRS = SHARED / "corpus" / "pairs"
ORACLES = Path(__file__).parent / "data" / "oracles"

# Every relation tie's counts, and the same counted from the claims and the engagements
# graph with SPARQL, independently of kg.summaries (a readout part of no engagement is one).
TIE_COUNTS = f"""SELECT ?s ?p ?o ?n ?e WHERE {{ GRAPH <{TIES}> {{
  ?t a rk:Tie ; rk:tieSubject ?s ; rk:tiePredicate ?p ; rk:tieObject ?o ;
     rk:count ?n ; rk:engagementCount ?e }} }}"""
CLAIM_COUNTS = f"""SELECT ?s ?p ?o (COUNT(DISTINCT ?r) AS ?n) (COUNT(DISTINCT ?e) AS ?e) WHERE {{
  GRAPH ?r {{ ?c a rk:Claim ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o }}
  OPTIONAL {{ GRAPH <{ENGAGEMENTS}> {{ ?r rk:partOf ?x }} }}
  BIND (COALESCE(?x, ?r) AS ?e)
}} GROUP BY ?s ?p ?o"""


def write(folder: Path, names) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.iterdir():
        old.unlink()
    for name in names:
        text, day = READOUTS[name]
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
        meta = {"published": day, "publisher": f"publisher of {name}"}
        (folder / f"{name}.json").write_text(json.dumps(meta), encoding="utf-8")
    return folder


def derived(store: Store) -> set[str]:
    """The ties and engagements graphs, quad by quad (their IRIs depend only on the readouts)."""
    return {str(q) for g in (TIES, ENGAGEMENTS) for q in store.rdflib_graph(g).triples((None,) * 3)}


def fresh(tmp: Path, names) -> set[str]:
    """What a first build of exactly these readouts gives."""
    here = Path(tempfile.mkdtemp(prefix="fresh-", dir=tmp))
    inputs = write(here / "in", names)
    with Store(here / "store") as store:
        build([str(inputs)], store)
        return derived(store)


def rows(store: Store, query: str) -> set[tuple]:
    return {tuple(str(v) for v in r) for r in store.select(query)[1]}


def named(store: Store, name: str, **params) -> list[dict]:
    columns, found = store.select(get_named(name).text, params or None)
    return [dict(zip(columns, r, strict=True)) for r in found]


def tie(store: Store, subject: str, relation: str, obj: str) -> tuple[int, int]:
    """(readouts, engagements) of one relation tie, by the ties named query."""
    (row,) = named(store, "ties", subject=subject, relation=relation, object=obj)
    return int(row["readouts"]), int(row["engagements"])


def assert_current(store: Store, tmp: Path, names) -> None:
    """The store's summaries equal a fresh build's, and the claims' own counts."""
    assert summaries.check(store) == []
    assert rows(store, TIE_COUNTS) == rows(store, CLAIM_COUNTS)
    # The named queries that count (ties and tallies) give what their claim-scanning forms give.
    for oracle in sorted(ORACLES.glob("*.rq")):
        want = store.select(oracle.read_text(encoding="utf-8"))[1]
        assert store.select(get_named(oracle.stem).text)[1] == want, oracle.stem
    assert derived(store) == fresh(tmp, names)


def test_two_readouts_of_one_call_count_once_as_an_engagement(tmp_path):
    inputs = write(tmp_path / "in", ["ca-call", "it-call"])
    with Store(tmp_path / "s") as store:
        build([str(inputs)], store)
        assert tie(store, "Justin Trudeau", "thanks", "Giorgia Meloni") == (2, 1)
        assert tie(store, "Justin Trudeau", "leaderOf", "Canada") == (2, 1)
        assert tie(store, "Justin Trudeau", "criticizes", "Russia") == (1, 1)  # Rome's only
        (partners,) = named(store, "engagement-partners", actor="Justin Trudeau")
        assert (partners["engagements"], partners["readouts"]) == (1, 2)
        relations = {r["relation"]: r for r in named(store, "relation-counts")}
        assert (relations["thanks"]["readouts"], relations["thanks"]["engagements"]) == (2, 1)
        (calls,) = named(store, "engagements-over-time")
        assert (calls["type"], calls["engagements"], calls["readouts"]) == ("PhoneCall", 1, 2)
        tone = named(store, "tone-by-year", a="Justin Trudeau", b="Giorgia Meloni")
        assert [(r["positive"], r["engagements"]) for r in tone] == [(4, 1)]
        assert rows(store, TIE_COUNTS) == rows(store, CLAIM_COUNTS)
        assert summaries.check(store) == []


@pytest.mark.parametrize("limit", [10**9, 0], ids=["tie-by-tie", "whole"])
def test_adding_removing_and_replacing_keep_the_counts_of_a_fresh_build(
    tmp_path, monkeypatch, limit
):
    monkeypatch.setattr(summaries, "REFRESH_LIMIT", limit)  # 0: every change recomputes all
    inputs, path = tmp_path / "in", tmp_path / "s"
    steps = [
        ["ca-call", "it-call"],
        ["ca-call", "it-call", "ca-other"],  # a third readout, of another engagement
        ["ca-call", "ca-other"],  # one side of the call removed
        ["ca-call", "it-call", "ca-other"],  # and back
    ]
    for names in steps:
        write(inputs, names)
        with Store(path) as store:
            build([str(inputs)], store, prune=True)
            assert_current(store, tmp_path, names)
    with Store(path) as store:
        # Ottawa told the call and the other call, Rome the call: three readouts, two calls.
        assert tie(store, "Justin Trudeau", "leaderOf", "Canada") == (3, 2)
        assert tie(store, "Justin Trudeau", "criticizes", "Russia") == (2, 2)
    # One side rewritten: its readout graph is replaced, the engagement keeps both sides.
    text, day = READOUTS["it-call"]
    (inputs / "it-call.txt").write_text(text + "The leaders agreed to speak again soon.\n", "utf-8")
    with Store(path) as store:
        summary = build([str(inputs)], store, prune=True)
        assert summary.replaced == 1
        assert summaries.check(store) == []
        assert rows(store, TIE_COUNTS) == rows(store, CLAIM_COUNTS)
        assert tie(store, "Justin Trudeau", "thanks", "Giorgia Meloni") == (2, 1)
    # A full rebuild, as after a crash, gives the same graph.
    with Store(path) as store:
        before = derived(store)
        summaries.mark_stale(store)
        summaries.rebuild(store)
        assert derived(store) == before and summaries.check(store) == []


def test_an_engagement_that_splits_or_merges_recounts_ties_its_change_does_not_touch(tmp_path):
    inputs, path = tmp_path / "in", tmp_path / "s"
    chain = ["chain-a", "chain-b", "chain-c"]
    write(inputs, chain)
    with Store(path) as store:
        build([str(inputs)], store)
        assert len(named(store, "shared-engagements")) == 1  # one engagement of three readouts
        assert tie(store, "Justin Trudeau", "thanks", "Giorgia Meloni") == (2, 1)
        assert_current(store, tmp_path, chain)
    # Without the middle call, A and C are two engagements; B never said "thanks".
    write(inputs, ["chain-a", "chain-c"])
    with Store(path) as store:
        build([str(inputs)], store, prune=True)
        assert tie(store, "Justin Trudeau", "thanks", "Giorgia Meloni") == (2, 2)
        assert_current(store, tmp_path, ["chain-a", "chain-c"])
    write(inputs, chain)
    with Store(path) as store:
        build([str(inputs)], store)
        assert tie(store, "Justin Trudeau", "thanks", "Giorgia Meloni") == (2, 1)
        assert_current(store, tmp_path, chain)


def test_the_shapes_require_an_engagement_count_no_greater_than_the_readouts(tmp_path):
    from rdflib import Literal, URIRef
    from rdflib.namespace import XSD

    inputs = write(tmp_path / "in", ["ca-call", "it-call"])
    with Store(tmp_path / "s") as store:
        build([str(inputs)], store)
        graph = store.rdflib_graph(TIES)
    ok, report = conforms(graph)
    assert ok, report
    count = URIRef("https://w3id.org/readout-kg/ontology#engagementCount")
    some_tie = next(s for s, _, _ in graph.triples((None, count, None)) if "/tie/" in str(s))
    graph.set((some_tie, count, Literal(9, datatype=XSD.integer)))  # more than its readouts
    bad, report = conforms(graph)
    assert not bad and "from 1 to rk:count" in report
    graph.remove((some_tie, count, None))  # none at all
    bad, report = conforms(graph)
    assert not bad and "from 1 to rk:count" in report
    graph.add((some_tie, count, Literal(1, datatype=XSD.integer)))
    assert conforms(graph)[0]
    readouts = URIRef("https://w3id.org/readout-kg/ontology#count")
    some_tally = next(s for s, _, _ in graph.triples((None, readouts, None)) if "/tally/" in str(s))
    graph.set((some_tally, count, Literal(9, datatype=XSD.integer)))
    bad, report = conforms(graph)
    assert not bad and "no more than its readouts" in report


@pytest.mark.skipif(not (PAIRS / "meta.jsonl").exists(), reason="../shared/corpus is absent")
def test_the_pairs_corpus_counts_each_told_engagement_once(tmp_path):
    """Seven engagements, each told by two publishers: no tie counts one of them twice."""
    from kg.ingest.metadata import load_meta

    with Store(tmp_path / "s") as store:
        build([str(PAIRS / "texts")], store, metadata=load_meta(PAIRS / "meta.jsonl"))
        assert summaries.check(store) == []
        counts = rows(store, TIE_COUNTS)
        assert counts == rows(store, CLAIM_COUNTS)
        # Ties both sides of an engagement assert: two readouts, one engagement.
        both = [r for r in counts if r[3] == "2" and r[4] == "1"]
        assert len(both) >= 7
        assert all(int(e) <= int(n) for *_, n, e in counts)
