"""networkx projections of the gold store: multigraph, digraph, state roll-up, bipartite, slices."""

from __future__ import annotations

import networkx as nx
import pytest
from conftest import needs_dev
from goldens import gold_store, gold_store_path
from rdflib import Graph, Namespace

from kg.analysis import network as net
from kg.errors import KgError
from kg.rdf.vocab import BASE, ONT
from kg.resources import ontology_text

__all__ = ["gold_store", "gold_store_path"]
pytestmark = needs_dev
XI, PUTIN, LULA = (
    BASE + "person/xi-jinping",
    BASE + "person/vladimir-putin",
    BASE + "person/luiz-inacio-lula-da-silva",
)
CHN, ZAF, RUS, BRA = (BASE + f"state/{c}" for c in ("CHN", "ZAF", "RUS", "BRA"))


@pytest.fixture(scope="module")
def data(gold_store):
    return net.load(gold_store, sentences=True)


def test_polarity_is_read_from_the_ontology():
    g = Graph().parse(data=ontology_text(), format="turtle")
    rk = Namespace(ONT)
    pol = net.polarity()
    for rel, sign in pol.items():
        word = {1: "positive", -1: "negative", 0: "neutral"}[sign]
        assert word == str(g.value(rk[rel], rk.polarity))
    assert {r for r, s in pol.items() if s > 0} == {
        "congratulates",
        "thanks",
        "praises",
        "supports",
        "cooperatesWith",
        "assists",
        "invites",
        "hosts",
        "visits",
        "condoles",
    }
    assert {r for r, s in pol.items() if s < 0} == {"opposes", "criticizes", "urges"}


def test_multigraph_has_one_edge_per_relation_per_readout(data):
    g = net.actor_multigraph(data)
    assert isinstance(g, nx.MultiDiGraph)
    assert (
        g.number_of_edges()
        == len(data.assertions)
        == len({(a.subject, a.relation, a.object, a.readout) for a in data.assertions})
    )
    ((key, d),) = ((k, d) for k, d in g[LULA][PUTIN].items() if d["relation"] == "congratulates")
    assert d["date"] == "2024-03-01" and d["polarity"] == 1
    assert "congratulated Vladimir Putin" in d["sentence"] and key.startswith("congratulates|")
    assert g.nodes[PUTIN]["label"] == "Vladimir Putin" and g.nodes[PUTIN]["type"] == "Person"


def test_weighted_digraph_counts_relations_and_scores_polarity(data):
    g = net.weighted_digraph(data)
    e = g.edges[CHN, ZAF]
    assert e["supports"] == 1 and e["cooperatesWith"] == 1 and e["assists"] == 1
    assert e["weight"] == sum(e[r] for r in net.polarity() if r in e)
    assert e["polarity"] == 1.0 and e["negative"] == 0
    mixed = g.edges[BASE + "org/european-union", BASE + "state/CHN"]
    assert mixed["positive"] == 1 and mixed["negative"] == 2
    assert mixed["polarity"] == pytest.approx(-1 / 3, abs=1e-4)


def test_state_rollup_folds_people_into_the_state_they_led(data):
    g = net.state_graph(data, per_relation=True)
    types = {d["type"] for _, d in g.nodes(data=True)}
    assert "Person" not in types  # every person in the gold files leads something
    # Cyril Ramaphosa congratulates Xi Jinping -> South Africa congratulates China
    assert g.has_edge(ZAF, CHN, key="congratulates")
    assert g.has_edge(BRA, RUS, key="congratulates")  # Lula -> Putin, 2024
    assert not any(k == "leaderOf" for *_, k in g.edges(keys=True))
    assert not any(s == t for s, t in g.edges())


def test_rollup_uses_tenures_when_the_readout_says_nothing():
    actors = {
        XI: net.Actor(XI, "Xi Jinping", "Person"),
        CHN: net.Actor(CHN, "China", "State"),
        RUS: net.Actor(RUS, "Russia", "State"),
        PUTIN: net.Actor(PUTIN, "Vladimir Putin", "Person", country="Russia"),
    }
    data = net.GraphData(
        actors,
        [net.Assertion(XI, "congratulates", PUTIN, "r1", "2020-05-08")],
        tenures={XI: [net.Tenure(XI, CHN, "2013-03-14", None)]},
    )
    up = net.Roller(data.actors, data.tenures, data.assertions)
    assert up(XI, "r1", "2020-05-08") == CHN  # tenure covers the date
    assert up(XI, "r1", "2010-01-01") == XI  # no office then, no country known
    assert up(PUTIN, "r1", "2020-05-08") == RUS  # by country
    assert list(net.rolled_up(data)) == [(CHN, "congratulates", RUS, "r1", "2020-05-08")]


def test_bipartite_links_actors_to_organisations(data):
    g = net.bipartite_graph(data)
    assert nx.is_bipartite(g)
    for n, d in g.nodes(data=True):
        assert d["bipartite"] == (1 if d["type"] == "Organization" else 0)
    brics = BASE + "org/brics"
    assert g.has_edge(ZAF, brics)
    assert "cooperatesVia" in g.edges[ZAF, brics]["relations"]


def test_time_slices_keep_dated_readouts_within_bounds(gold_store, data):
    sliced = net.load(gold_store, since="2024", until="2024-06")
    assert sliced.assertions and len(sliced.assertions) < len(data.assertions)
    assert all("2024-01-01" <= a.date <= "2024-06-30" for a in sliced.assertions)
    assert sliced.in_range(None, None) is sliced
    again = data.in_range("2024", "2024-06")
    assert len(again.assertions) == len(sliced.assertions)
    with pytest.raises(KgError, match="not a date"):
        net.load(gold_store, since="2024/01/01")


def test_pagerank_sums_to_one_and_favours_the_cited(data):
    g = net.weighted_digraph(data)
    pr = net.pagerank(g)
    assert sum(pr.values()) == pytest.approx(1.0, abs=1e-6)
    assert net.top(pr, 1)[0][1] > 1.0 / g.number_of_nodes()
    assert net.pagerank(nx.DiGraph()) == {}


def test_actors_a_readout_minted_are_nodes_too(tmp_path):
    """People the gazetteer lacks are labelled in their readout's graph, not the background."""
    from kg.extract import gazetteer
    from kg.model import Event, Extraction, Readout, Relation, Span
    from kg.rdf.graphs import background_triples, readout_graph_iri, readout_triples
    from kg.rdf.vocab import BACKGROUND
    from kg.store.database import Store

    gaz = gazetteer.load()
    text = "Foreign Minister Ana Torres of Paraguay thanked Japan for its help."
    ev = Span(0, len(text), text)
    ex = Extraction(
        Readout("t.txt", text, published="2024-05-01"),
        Event("PhoneCall", "2024-05-01", ("Ana Torres",)),
        (Relation("Ana Torres", "thanks", "Japan", ev, "test"),),
        actors={"Ana Torres": "person"},
    )
    with Store(tmp_path / "s") as store:
        store.replace_graph(BACKGROUND, background_triples(gaz))
        store.replace_graph(str(readout_graph_iri(ex)), readout_triples(ex, gaz, "test"))
        data = net.load(store)
    torres = BASE + "person/ana-torres"
    assert data.actors[torres].label == "Ana Torres" and data.actors[torres].type == "Person"
    assert [(a.subject, a.relation, a.date) for a in data.assertions] == [
        (torres, "thanks", "2024-05-01")
    ]
