"""Shared fixtures: where ../shared lives, and small stores built once per session."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seeds" / "000_d7ddcadbe722701a.txt"
SEED_GOLD = SHARED / "corpus" / "seed" / "gold" / "000_d7ddcadbe722701a.json"
DEV = SHARED / "corpus" / "dev"
EXAMPLES = ROOT / "examples"

needs_seed = pytest.mark.skipif(
    not SEED.exists(), reason="../shared/seeds is not beside the project"
)
needs_dev = pytest.mark.skipif(
    not DEV.exists(), reason="../shared/corpus/dev is not beside the project"
)


@pytest.fixture(scope="session")
def seed_gold() -> dict:
    return json.loads(SEED_GOLD.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def example_store(tmp_path_factory):
    """The shipped examples (and the seed, when present) built into an on-disk store."""
    from kg.build import build
    from kg.store.database import Store

    path = tmp_path_factory.mktemp("store") / "kg"
    store = Store(path)
    inputs = [str(EXAMPLES)] + ([str(SEED)] if SEED.exists() else [])
    summary = build(inputs, store)
    assert not summary.failed
    return store


def stored_graphs(store) -> dict[str, set]:
    """Readout and background graphs by name: what a build must never lose or half-write.

    The derived graphs (ties, engagements) are left out: they are made from these, and
    ``kg.summaries.check`` says whether they are current.
    """
    from kg.rdf.vocab import TIES
    from kg.summaries.engagements import ENGAGEMENTS

    out: dict[str, set] = {}
    for q in store.quads():
        if not q.graph_name.value.startswith((TIES, ENGAGEMENTS)):
            out.setdefault(q.graph_name.value, set()).add(q)
    return out


def readout_graph(ex, gaz, version: str):
    """One readout's named graph as an rdflib Graph (what kg extract --format ttl prints)."""
    from rdflib import Graph

    from kg.rdf.graphs import bind, readout_graph_iri, readout_triples

    g = Graph(identifier=readout_graph_iri(ex))
    bind(g)
    for t in readout_triples(ex, gaz, version):
        g.add(t)
    return g


def background_graph(gaz):
    """The gazetteer's background graph as an rdflib Graph."""
    from rdflib import Graph, URIRef

    from kg.rdf.graphs import background_triples, bind
    from kg.rdf.vocab import BACKGROUND

    g = Graph(identifier=URIRef(BACKGROUND))
    bind(g)
    for t in background_triples(gaz):
        g.add(t)
    return g
