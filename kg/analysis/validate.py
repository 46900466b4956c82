"""SHACL validation of readout graphs against ontology/shapes.ttl."""

from __future__ import annotations

from collections.abc import Iterator

from pyshacl import validate
from rdflib import Graph, URIRef

from kg.rdf.vocab import BACKGROUND
from kg.resources import ontology_text, shapes_text
from kg.store.database import Store


def conforms(data: Graph) -> tuple[bool, str]:
    shapes = Graph().parse(data=shapes_text(), format="turtle")
    ont = Graph().parse(data=ontology_text(), format="turtle")
    ok, _, text = validate(data, shacl_graph=shapes, ont_graph=ont, inference="none")
    return bool(ok), text


def validate_engagements(store: Store) -> tuple[bool, str]:
    """The engagements graph against the shapes of rk:ReportedEngagement."""
    from kg.summaries.engagements import ENGAGEMENTS

    return conforms(store.rdflib_graph(ENGAGEMENTS))


def validate_store(store: Store) -> Iterator[tuple[str, bool, str]]:
    background = store.rdflib_graph(BACKGROUND)
    for graph in store.readout_graphs():
        data = store.rdflib_graph(graph)
        # Only the background facts about nodes this readout mentions.
        for node in set(data.subjects()) | set(data.objects()):
            if isinstance(node, URIRef):
                for t in background.triples((node, None, None)):
                    data.add(t)
        ok, text = conforms(data)
        yield graph, ok, text
