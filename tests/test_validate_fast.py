"""kg validate's SPARQL checker against pySHACL, the reference (issue 17 item 8).

A store is built from the examples; each case breaks one constraint of
ontology/shapes.ttl in a readout graph, the background graph, the engagements graph
or the ties graph, and the SPARQL checker must find exactly the violations pySHACL
finds on the same graphs (graph, focus node, path, constraint, value). Graphs that
must pass pass with both.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

import pytest
from click.testing import CliRunner
from conftest import EXAMPLES
from rdflib import RDF, RDFS, XSD, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, PROV, SKOS

from kg.analysis import shapes, validate
from kg.build import build
from kg.cli import main
from kg.rdf.vocab import BACKGROUND, ENGAGEMENTS, TIES
from kg.store.database import Store

RK = Namespace("https://w3id.org/readout-kg/ontology#")
DEU = URIRef("https://w3id.org/readout-kg/id/state/DEU")


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    path = tmp_path_factory.mktemp("validate") / "s"
    with Store(path) as s:
        assert not build([str(EXAMPLES)], s).failed
    with Store(path) as s:
        yield s


def key(v: validate.Violation) -> tuple:
    return v.graph, v.focus, v.path, v.component, v.value


def both(store: Store) -> tuple[set, set]:
    return {key(v) for v in validate.validate(store)}, {
        key(v) for v in validate.reference_violations(store)
    }


def edit(store: Store, graph: str, change: Callable[[Graph], None], undo: list) -> None:
    g = store.rdflib_graph(graph)
    undo.append((graph, set(g)))
    change(g)
    store.replace_graph(graph, g)


def first(g: Graph, cls: URIRef) -> URIRef:
    return sorted(g.subjects(RDF.type, cls))[0]


def a_readout(store: Store) -> str:
    """The readout graph with the most claims and statements."""
    return max(store.readout_graphs(), key=lambda r: len(store.rdflib_graph(r)))


# Each case: (what it breaks in which graph, the constraint pySHACL names).
def claim_without_sentence(g):
    g.remove((first(g, RK.Claim), RK.sentence, None))


def claim_with_two_sentences(g):
    g.add((first(g, RK.Claim), RK.sentence, Literal("Another sentence.")))


def claim_with_empty_sentence(g):
    g.set((first(g, RK.Claim), RK.sentence, Literal("")))


def sentence_as_a_number(g):
    g.set((first(g, RK.Statement), RK.sentence, Literal(7)))


def issued_untyped(g):
    r = first(g, RK.Readout)
    g.set((r, DCTERMS.issued, Literal("2023-05-24")))


def issued_ill_formed(g):
    r = first(g, RK.Readout)
    g.set((r, DCTERMS.issued, Literal("24 May 2023", datatype=XSD.date)))


def event_date_as_text(g):
    e = next(g.objects(first(g, RK.Readout), RK.describes))
    g.set((e, DCTERMS.date, Literal("24 May 2023")))


def event_day_impossible(g):
    e = next(g.objects(first(g, RK.Readout), RK.describes))
    g.set((e, DCTERMS.date, Literal("--13-45", datatype=XSD.gMonthDay)))


def claim_without_source(g):
    g.remove((first(g, RK.Claim), PROV.wasDerivedFrom, None))


def predicate_not_a_relation(g):
    g.set((first(g, RK.Claim), RDF.predicate, RK.admires))


def start_after_end(g):
    c = first(g, RK.Claim)
    g.set((c, RK.charStart, Literal(900)))
    g.set((c, RK.charEnd, Literal(100)))


def negative_start(g):
    g.set((first(g, RK.Statement), RK.charStart, Literal(-3)))


def modality_unknown(g):
    g.set((first(g, RK.Claim), RK.modality, Literal("maybe")))


def engagement_without_participant(g):
    e = next(g.objects(first(g, RK.Readout), RK.describes))
    g.remove((e, RK.participant, None))


def participant_as_text(g):
    e = next(g.objects(first(g, RK.Readout), RK.describes))
    g.add((e, RK.participant, Literal("France")))


def statement_without_speaker(g):
    g.remove((first(g, RK.Statement), RK.speaker, None))


def joint_not_boolean(g):
    g.set((first(g, RK.Statement), RK.joint, Literal("yes")))


def readout_describes_two(g):
    g.add((first(g, RK.Readout), RK.describes, URIRef("https://w3id.org/readout-kg/id/event/x")))


def topic_with_two_labels(g):
    g.add((first(g, RK.Topic), SKOS.prefLabel, Literal("another")))


def actor_labelled_in_the_readout(g):
    """A second, different label for a gazetteer actor: one in the readout, one behind."""
    actor = next(g.objects(first(g, RK.Claim), RDF.subject))
    g.add((actor, RDFS.label, Literal("Another name")))


def actor_unknown_type_without_label(g):
    g.add((URIRef("https://w3id.org/readout-kg/id/person/nobody"), RDF.type, RK.Person))


READOUT_CASES = [
    (claim_without_sentence, "MinCount"),
    (claim_with_two_sentences, "MaxCount"),
    (claim_with_empty_sentence, "MinLength"),
    (sentence_as_a_number, "Or"),
    (issued_untyped, "Datatype"),
    (issued_ill_formed, "Datatype"),
    (event_date_as_text, "Or"),
    (event_day_impossible, "Or"),
    (claim_without_source, "MinCount"),
    (predicate_not_a_relation, "In"),
    (start_after_end, "LessThan"),
    (negative_start, "MinInclusive"),
    (modality_unknown, "In"),
    (engagement_without_participant, "MinCount"),
    (participant_as_text, "NodeKind"),
    (statement_without_speaker, "MinCount"),
    (joint_not_boolean, "Datatype"),
    (readout_describes_two, "MaxCount"),
    (topic_with_two_labels, "MaxCount"),
    (actor_labelled_in_the_readout, "MaxCount"),
    (actor_unknown_type_without_label, "MinCount"),
]


def check_case(store: Store, graph: str, change, component: str) -> None:
    undo: list = []
    try:
        edit(store, graph, change, undo)
        new, ref = both(store)
    finally:
        for name, triples in undo:
            store.replace_graph(name, triples)
    assert ref, "the case breaks nothing"
    assert component in {k[3] for k in ref}
    assert new == ref


def test_a_store_as_built_conforms_with_both(store):
    new, ref = both(store)
    assert new == ref == set()
    assert len(validate.plan(store)) > 40  # every shape has a check to run


@pytest.mark.parametrize(
    "change, component", READOUT_CASES, ids=lambda c: getattr(c, "__name__", c)
)
def test_a_broken_readout_graph_fails_alike(store, change, component):
    check_case(store, a_readout(store), change, component)


def label_dropped(g):
    g.remove((DEU, RDFS.label, None))


def label_doubled(g):
    g.add((DEU, RDFS.label, Literal("Bundesrepublik Deutschland")))


def label_tagged(g):
    g.set((DEU, RDFS.label, Literal("Germany", lang="en")))


def iso3_lower_case(g):
    g.set((DEU, RK.iso3, Literal("deu")))


@pytest.mark.parametrize(
    "change, component",
    [(label_dropped, "MinCount"), (label_doubled, "MaxCount"), (label_tagged, "Datatype"),
     (iso3_lower_case, "Pattern")],
    ids=lambda c: getattr(c, "__name__", c),
)  # fmt: skip
def test_a_broken_background_fails_in_every_readout_naming_the_actor(store, change, component):
    """Germany is in two readouts: both fail, through the background facts about it."""
    check_case(store, BACKGROUND, change, component)


def reported_engagement_broken(g):
    e = first(g, RK.ReportedEngagement)
    g.set((e, RK.readouts, Literal(0)))
    g.set((e, RK.firstDate, Literal("2030-01-02", datatype=XSD.date)))
    g.remove((e, RK.reportedIn, None))


def tie_counts_more_engagements(g):
    t = sorted(s for s in g.subjects(RK.engagementCount, None) if "/tie/" in str(s))[0]
    g.set((t, RK.engagementCount, Literal(99)))


def tally_counts_more_engagements(g):
    t = sorted(s for s in g.subjects(RK["count"], None) if "/tally/" in str(s))[0]
    g.set((t, RK.engagementCount, Literal(99)))


@pytest.mark.parametrize(
    "graph, change, component",
    [(ENGAGEMENTS, reported_engagement_broken, "LessThanOrEquals"),
     (TIES, tie_counts_more_engagements, "LessThanOrEquals"),
     (TIES, tally_counts_more_engagements, "LessThanOrEquals")],
    ids=["engagements", "tie", "tally"],
)  # fmt: skip
def test_the_engagements_and_ties_graphs_are_checked_alone(store, graph, change, component):
    check_case(store, graph, change, component)


def test_a_language_tagged_sentence_passes_with_both(store):
    def tagged(g):
        c = first(g, RK.Claim)
        g.set((c, RK.sentence, Literal(str(g.value(c, RK.sentence)), lang="de")))

    undo: list = []
    try:
        edit(store, a_readout(store), tagged, undo)
        new, ref = both(store)
    finally:
        for name, triples in undo:
            store.replace_graph(name, triples)
    assert new == ref == set()


def test_a_shape_sparql_cannot_check_falls_back_to_pyshacl(store, monkeypatch):
    """The claim shape marked untranslatable: pySHACL checks it, SPARQL the others."""
    loaded = shapes.load()
    marked = tuple(
        dataclasses.replace(s, untranslatable="test") if s.label == "claim" else s for s in loaded
    )
    monkeypatch.setattr(shapes, "load", lambda: marked)
    steps = validate.plan(store)
    assert any(isinstance(s, validate.Fallback) for s in steps)
    assert not any(isinstance(s, validate.Check) and s.shape.label == "claim" for s in steps)
    check_case(store, a_readout(store), start_after_end, "LessThan")
    check_case(store, a_readout(store), claim_without_sentence, "MinCount")


def test_shapes_with_features_sparql_lacks_are_marked_not_dropped():
    text = """@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <http://example.org/> .
    ex:A a sh:NodeShape ; sh:targetClass ex:C ;
        sh:property [ sh:path ( ex:p ex:q ) ; sh:minCount 1 ] .
    ex:B a sh:NodeShape ; sh:targetClass ex:C ; sh:sparql [ sh:select "SELECT $this {}" ] .
    ex:D a sh:NodeShape ; sh:targetClass ex:C ; sh:property [ sh:path ex:p ; sh:maxCount 2 ;
        sh:or ( [ sh:datatype ex:t ] [ sh:nodeKind sh:IRI ] ) ] ."""
    found = {s.iri.rsplit("/", 1)[-1]: s for s in shapes.parse(text, "")}
    assert "path" in found["A"].untranslatable
    assert "sparql" in found["B"].untranslatable
    assert found["D"].untranslatable is None
    assert found["D"].properties[0].max_count == 2


def test_kg_validate_names_focus_path_and_rule_and_exits_1(tmp_path):
    path = tmp_path / "s"
    with Store(path) as s:
        assert not build([str(EXAMPLES)], s).failed
        edit(s, a_readout(s), claim_without_sentence, [])
    result = CliRunner().invoke(main, ["validate", "--store", str(path)])
    assert result.exit_code == 1, result.output
    assert "does not conform" in result.output
    assert "/claim/" in result.output and "rk:sentence" in result.output
    assert "A claim has exactly one non-empty sentence" in result.output
    assert "3 readout graphs checked, 1 with violations" in result.output
