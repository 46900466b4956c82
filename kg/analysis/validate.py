"""SHACL validation of readout graphs against ontology/shapes.ttl."""

from __future__ import annotations

from collections.abc import Iterator

import pyoxigraph as ox
from pyshacl import validate
from rdflib import Graph, Literal, URIRef
from rdflib.term import BNode

from kg.rdf.iris import BACKGROUND
from kg.resources import ontology_text, shapes_text
from kg.store.database import Store


def _rdflib(term):
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    if term.datatype.value == XSD_STRING:
        return Literal(term.value)
    return Literal(term.value, datatype=URIRef(term.datatype.value))


XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def graph_from_store(store: Store, graph: str) -> Graph:
    g = Graph()
    for q in store._s.quads_for_pattern(None, None, None, ox.NamedNode(graph)):
        g.add((_rdflib(q.subject), _rdflib(q.predicate), _rdflib(q.object)))
    return g


def conforms(data: Graph) -> tuple[bool, str]:
    shapes = Graph().parse(data=shapes_text(), format="turtle")
    ont = Graph().parse(data=ontology_text(), format="turtle")
    ok, _, text = validate(data, shacl_graph=shapes, ont_graph=ont, inference="none")
    return bool(ok), text


def validate_store(store: Store) -> Iterator[tuple[str, bool, str]]:
    background = graph_from_store(store, BACKGROUND)
    for graph in store.readout_graphs():
        data = graph_from_store(store, graph)
        # Only the background facts about nodes this readout mentions.
        for node in set(data.subjects()) | set(data.objects()):
            if isinstance(node, URIRef):
                for t in background.triples((node, None, None)):
                    data.add(t)
        ok, text = conforms(data)
        yield graph, ok, text
