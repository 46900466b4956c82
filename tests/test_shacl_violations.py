"""SHACL validation on graphs that must fail: each breaks one constraint of ontology/shapes.ttl.

A readout graph built from a written readout conforms; the same graph with one fact
removed or retyped must not, and the report must name the constraint. A validator
that always says "conforms" fails here (issue 19).
"""

from __future__ import annotations

import pytest
from conftest import background_graph, readout_graph
from rdflib import RDF, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, PROV

from kg.analysis.validate import conforms
from kg.extract import extract, gazetteer
from kg.model import Readout

RK = Namespace("https://w3id.org/readout-kg/ontology#")
TEXT = (
    "President Emmanuel Macron of France received Prime Minister Elena Varga of Hungary "
    "in Paris.\n\nMacron thanked Varga for the talks. The two leaders agreed to deepen "
    "cooperation in research."
)


@pytest.fixture(scope="module")
def built() -> Graph:
    gaz = gazetteer.load()
    ex = extract(Readout("case", TEXT, published="2024-03-05"))
    return readout_graph(ex, gaz, "test") + background_graph(gaz)


def copy(g: Graph) -> Graph:
    out = Graph()
    for t in g:
        out.add(t)
    return out


def without_sentence(g: Graph) -> Graph:
    out = copy(g)
    claim = next(out.subjects(RDF.type, RK.Claim))
    out.remove((claim, RK.sentence, None))
    return out


def issued_untyped(g: Graph) -> Graph:
    out = copy(g)
    readout = next(out.subjects(RDF.type, RK.Readout))
    assert str(out.value(readout, DCTERMS.issued).datatype).endswith("#date")
    out.set((readout, DCTERMS.issued, Literal("2024-03-05")))
    return out


def event_date_as_text(g: Graph) -> Graph:
    out = copy(g)
    event = next(out.subjects(RDF.type, RK.Meeting))
    out.set((event, DCTERMS.date, Literal("5 March 2024")))
    return out


def claim_without_source(g: Graph) -> Graph:
    out = copy(g)
    claim = next(out.subjects(RDF.type, RK.Claim))
    out.remove((claim, PROV.wasDerivedFrom, None))
    return out


def test_the_built_graph_conforms(built):
    ok, report = conforms(built)
    assert ok, report
    assert len(set(built.subjects(RDF.type, RK.Claim))) >= 3


@pytest.mark.parametrize(
    "break_it, path",
    [
        (without_sentence, "sentence"),
        (issued_untyped, "issued"),
        (event_date_as_text, "date"),
        (claim_without_source, "wasDerivedFrom"),
    ],
)
def test_a_graph_missing_a_required_fact_fails(built, break_it, path):
    ok, report = conforms(break_it(built))
    assert not ok
    assert path in report


def test_a_hand_written_claim_without_its_sentence_fails():
    """A claim written triple by triple, complete but for rk:sentence."""
    base = "https://w3id.org/readout-kg/"
    claim, readout = URIRef(base + "claim/x"), URIRef(base + "readout/x")
    g = Graph()
    g.add((claim, RDF.type, RK.Claim))
    g.add((claim, RDF.subject, URIRef(base + "actor/state/FRA")))
    g.add((claim, RDF.predicate, RK.thanks))
    g.add((claim, RDF.object, URIRef(base + "actor/state/HUN")))
    g.add((claim, PROV.wasDerivedFrom, readout))
    g.add((claim, RK.charStart, Literal(0)))
    g.add((claim, RK.charEnd, Literal(10)))
    g.add((claim, RK.rule, Literal("thanks:test")))
    g.add((claim, RK.modality, Literal("asserted")))
    ok, report = conforms(g)
    assert not ok
    assert "sentence" in report
    g.add((claim, RK.sentence, Literal("France thanked Hungary.")))
    ok, report = conforms(g)
    assert ok, report
