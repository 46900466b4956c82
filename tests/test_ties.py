"""The ties graph stays equal to what the claims say: through adds, changes, removals, crashes."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import DEV, needs_dev

from kg.build import build
from kg.rdf.vocab import ENGAGEMENTS, TIES
from kg.store.database import Store
from kg.store.query import get_named
from kg.summaries import tracker as summaries

pytestmark = needs_dev

# The same aggregates, computed from the readout graphs with SPARQL, independently of kg.summaries:
# relation triples by their claims, pairs of participants, and participants with topics; each
# with its readouts and the engagements they are part of (a readout of none is one of its own).
PART_OF = (
    """
  OPTIONAL { GRAPH <%s> { ?readout rk:partOf ?linked } }
  BIND (COALESCE(?linked, ?readout) AS ?told)
"""
    % ENGAGEMENTS
)
FROM_CLAIMS = (
    """
SELECT ?s ?p ?o (COUNT(DISTINCT ?readout) AS ?n) (COUNT(DISTINCT ?told) AS ?m) WHERE {
  GRAPH ?readout { ?c a rk:Claim ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o }
  %s
} GROUP BY ?s ?p ?o
"""
    % PART_OF
)
FROM_ENGAGEMENTS = (
    """
SELECT ?s ?p ?o (COUNT(DISTINCT ?e) AS ?n) (COUNT(DISTINCT ?told) AS ?m) WHERE {
  ?readout rk:describes ?e .
  GRAPH ?readout { ?e rk:participant ?s . ?e ?p ?o . FILTER (?p IN (rk:participant, rk:topic)) }
  FILTER (?s != ?o)
  %s
} GROUP BY ?s ?p ?o
"""
    % PART_OF
)
FROM_TIES = (
    """
SELECT ?s ?p ?o ?n ?m WHERE {
  GRAPH <%s> { ?t a rk:Tie ; rk:tieSubject ?s ; rk:tiePredicate ?p ; rk:tieObject ?o ; rk:count ?n ;
                  rk:engagementCount ?m }
}
"""
    % TIES
)
FROM_OTHER_TIES = (
    """
SELECT ?s ?p ?o ?n ?m WHERE {
  GRAPH <%s> {
    ?t a ?kind ; rk:tieSubject ?s ; rk:tiePredicate ?p ; rk:tieObject ?o ; rk:count ?n ;
       rk:engagementCount ?m
    FILTER (?kind IN (rk:EngagementTie, rk:TopicTie))
  }
}
"""
    % TIES
)


def rows(store: Store, q: str) -> set[tuple]:
    return {tuple(r) for r in store.select(q)[1]}


ORACLES = Path(__file__).parent / "data" / "oracles"


def assert_ties_match(store: Store) -> None:
    assert rows(store, FROM_TIES) == rows(store, FROM_CLAIMS)
    assert rows(store, FROM_OTHER_TIES) == rows(store, FROM_ENGAGEMENTS)
    # The named queries that read the ties graph give what their claim-scanning forms give.
    for oracle in sorted(ORACLES.glob("*.rq")):
        want = store.select(oracle.read_text(encoding="utf-8"))[1]
        got = store.select(get_named(oracle.stem).text)[1]
        assert got == want, oracle.stem


def copy_dev(folder, n=40):
    folder.mkdir()
    for f in sorted((DEV / "texts").glob("*.txt"))[:n]:
        shutil.copy(f, folder / f.name)
    return folder


def test_a_first_build_writes_one_tie_per_asserted_triple(tmp_path):
    inputs = copy_dev(tmp_path / "in")
    with Store(tmp_path / "s") as store:
        summary = build([inputs], store)
        assert not summary.failed and summary.ties > 100
        assert summaries.check(store) == []
        kinds = rows(store, "SELECT DISTINCT ?k WHERE { GRAPH <%s> { ?t a ?k } }" % TIES)
        names = {str(k).rsplit("#")[-1] for (k,) in kinds}
        assert names == {
            "Tie", "EngagementTie", "TopicTie",
            "EngagementTally", "RelationTally", "ToneTally", "FrameworkTally",
        }  # fmt: skip
        assert_ties_match(store)
        # First and last dates bracket the dates of the readouts asserting the triple.
        _, spans = store.select(
            "SELECT ?first ?last "
            "WHERE { GRAPH <%s> { ?t rk:firstDate ?first ; rk:lastDate ?last } }" % TIES
        )
        assert spans and all(str(a) <= str(b) for a, b in spans)


def test_changed_and_removed_readouts_rewrite_only_their_ties(tmp_path):
    inputs = copy_dev(tmp_path / "in")
    with Store(tmp_path / "s") as store:
        build([inputs], store)
        total = len(rows(store, FROM_TIES))
    # One readout loses its closing paragraphs, one is deleted, one is new (a second copy).
    texts = sorted(inputs.glob("*.txt"))
    body = texts[0].read_text(encoding="utf-8")
    texts[0].write_text(body[: len(body) // 2], encoding="utf-8")
    texts[1].unlink()
    (inputs / "copy.txt").write_text(
        texts[2].read_text(encoding="utf-8") + "\nIssued again.\n", encoding="utf-8"
    )
    with Store(tmp_path / "s") as store:
        summary = build([inputs], store, prune=True)
        assert (summary.added, summary.replaced, summary.removed) == (1, 1, 1)
        assert 0 < summary.ties < total  # rewritten tie by tie, not whole
        assert summaries.check(store) == []
        assert_ties_match(store)
        # The copy doubled the count of every triple its original asserts.
        doubled = store.select(
            "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <%s> { ?t rk:count 2 } }" % TIES
        )[1][0][0]
        assert doubled > 0
    # Removing everything leaves no tie behind.
    for f in inputs.glob("*.txt"):
        f.unlink()
    (inputs / "other.txt").write_text("Nothing here is a readout.\n", encoding="utf-8")
    with Store(tmp_path / "s") as store:
        build([inputs], store, prune=True, keep_all=True)
        assert summaries.check(store) == []


def test_a_store_without_current_ties_gets_them_at_the_next_build(tmp_path):
    inputs = copy_dev(tmp_path / "in", n=10)
    with Store(tmp_path / "s") as store:
        build([inputs], store)
        want = rows(store, FROM_TIES) | rows(store, FROM_OTHER_TIES)
        # As a build killed between a readout and its ties leaves it: marked stale, ties gone.
        summaries.mark_stale(store)
        store.remove_graph(TIES)
        assert summaries.check(store) != []
    with Store(tmp_path / "s") as store:
        summary = build([inputs], store)
        assert summary.unchanged == 10 and summary.ties == len(want)
        assert summaries.check(store) == []
        assert rows(store, FROM_TIES) | rows(store, FROM_OTHER_TIES) == want


@pytest.mark.parametrize("limit", [0, 10**9])
def test_refresh_and_rebuild_agree(tmp_path, monkeypatch, limit):
    inputs = copy_dev(tmp_path / "in", n=12)
    with Store(tmp_path / "s") as store:
        build([inputs], store)
    body = sorted(inputs.glob("*.txt"))[3]
    body.write_text(body.read_text(encoding="utf-8") + "\nA later paragraph.\n", encoding="utf-8")
    monkeypatch.setattr(summaries, "REFRESH_LIMIT", limit)  # 0: whole rebuild; else tie by tie
    with Store(tmp_path / "s") as store:
        build([inputs], store)
        assert summaries.check(store) == []
        assert_ties_match(store)


def test_kg_validate_says_whether_the_ties_match_the_claims(tmp_path):
    from click.testing import CliRunner

    from kg.cli import main

    inputs = copy_dev(tmp_path / "in", n=5)
    path = tmp_path / "s"
    with Store(path) as store:
        build([inputs], store)
    ok = CliRunner().invoke(main, ["validate", "--store", str(path)])
    assert ok.exit_code == 0 and "ties graph: matches the readout graphs" in ok.output
    with Store(path) as store:
        store.remove_graph(TIES)
    bad = CliRunner().invoke(main, ["validate", "--store", str(path)])
    assert bad.exit_code == 1
    assert "differences from the readout graphs; kg build rewrites them" in bad.output


def test_the_facts_of_a_graph_read_alone_or_with_all_others_agree(tmp_path):
    from kg.summaries import facts

    inputs = copy_dev(tmp_path / "in", n=40)
    with Store(tmp_path / "s") as store:
        build([inputs], store)
        every = {f.graph: f for f in facts.from_store(store)}
        assert len(every) == 40
        for graph, f in every.items():
            assert facts.from_graph(store, graph) == f
        assert sum(1 for f in every.values() if f.date and f.event_type and f.relations) > 20
