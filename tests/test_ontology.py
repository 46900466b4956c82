"""The ontology, shapes and named queries ship, parse, and agree with the extractor."""

from __future__ import annotations

from rdflib import OWL, RDF, RDFS, Graph, Namespace, URIRef

from kg.model import EVENT_TYPES, RELATIONS
from kg.resources import ontology_text, shapes_text

RK = Namespace("https://w3id.org/readout-kg/ontology#")


def test_every_relation_is_declared_with_label_comment_domain_range():
    g = Graph().parse(data=ontology_text(), format="turtle")
    for name in RELATIONS:
        p = RK[name]
        assert (p, RDF.type, OWL.ObjectProperty) in g, name
        for prop in (RDFS.label, RDFS.comment, RDFS.domain, RDFS.range, RK.cameoCode, RK.ploverType):
            assert g.value(p, prop) is not None, (name, prop)


def test_event_types_are_engagement_subclasses_with_crosswalk():
    g = Graph().parse(data=ontology_text(), format="turtle")
    for name in EVENT_TYPES:
        assert (RK[name], RDFS.subClassOf, RK.Engagement) in g
        assert g.value(RK[name], RK.cameoCode) is not None


def test_shapes_parse_and_name_every_relation():
    g = Graph().parse(data=shapes_text(), format="turtle")
    mentioned = {o for o in g.objects() if isinstance(o, URIRef)}
    assert all(RK[name] in mentioned for name in RELATIONS)
