"""The ontology, shapes and named queries ship, parse, and agree with the extractor."""

from __future__ import annotations

from rdflib import OWL, RDF, RDFS, SKOS, Graph, Namespace, URIRef

from kg.model import EVENT_TYPES, RELATIONS
from kg.resources import ontology_text, shapes_text

RK = Namespace("https://w3id.org/readout-kg/ontology#")


def test_every_relation_is_declared_with_label_comment_domain_range():
    g = Graph().parse(data=ontology_text(), format="turtle")
    for name in RELATIONS:
        p = RK[name]
        assert (p, RDF.type, OWL.ObjectProperty) in g, name
        for prop in (
            RDFS.label,
            RDFS.comment,
            RDFS.domain,
            RDFS.range,
            RK.cameoCode,
            RK.ploverType,
        ):
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


def test_every_gazetteer_actor_has_its_own_iri():
    from collections import Counter

    from kg.extract import gazetteer
    from kg.rdf.graphs import Namer

    gaz = gazetteer.load()
    namer = Namer(gaz)
    counts = Counter(str(namer.iri(name)) for name in gaz.actors)
    assert [iri for iri, n in counts.items() if n > 1] == []


def test_a_gazetteer_topic_keeps_one_label():
    from conftest import background_graph, readout_graph

    from kg.analysis.validate import conforms
    from kg.extract import extract, gazetteer
    from kg.model import Readout

    text = (
        "President Emmanuel Macron spoke with President Xi Jinping of China.\n\n"
        "The two leaders discussed the Paris Agreement. Macron said France supports the "
        "paris agreement."
    )
    gaz = gazetteer.load()
    g = readout_graph(extract(Readout("t", text, published="2024-01-02")), gaz, "test")
    ok, report = conforms(g + background_graph(gaz))
    assert ok, report


def test_a_readout_graph_types_and_labels_only_what_it_mints():
    """The union of readout and background graphs types every node the readout names;
    the readout graph itself types and labels only the nodes the gazetteer lacks."""
    from conftest import background_graph, readout_graph

    from kg.extract import extract, gazetteer
    from kg.model import Readout
    from kg.rdf.graphs import RK

    text = (
        "Foreign Minister Ana Torres of Paraguay held talks with Secretary of State "
        "Antony Blinken in Washington on the climate crisis and on the Paris Agreement.\n\n"
        "Torres thanked the United States for its support. Both sides agreed to deepen "
        "cooperation within the Organization of American States."
    )
    gaz = gazetteer.load()
    g = readout_graph(extract(Readout("t", text, published="2023-05-02")), gaz, "test")
    bg = background_graph(gaz)
    naming = (RDF.type, RDFS.label, SKOS.prefLabel)
    assert [t for t in set(g) & set(bg) if t[1] in naming] == []
    union = g + bg
    mentioned = {o for _, p, o in g if p in (RK.participant, RK.speaker)}
    mentioned |= {o for _, p, o in g if p == RDF.object and "/topic/" not in str(o)}
    assert mentioned and all(union.value(node, RDF.type) is not None for node in mentioned)
    minted = [node for node in mentioned if (node, RDF.type, None) in g]
    assert [str(g.value(node, RDFS.label)) for node in minted] == ["Ana Torres"]
