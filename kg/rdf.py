"""Extraction -> RDF: the readout's named graph, and the gazetteer's background graph.

Every relation triple gets an ``rk:Claim`` node holding the sentence, its
offsets and the rule that produced it, so analysts can ask "says who, where?".
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator

from rdflib import RDF, RDFS, SKOS, XSD, BNode, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV

from kg.extract.gazetteer import Gazetteer
from kg.iris import BACKGROUND, BASE, ONT, actor_iri, digest, readout_iri, topic_iri
from kg.model import Extraction

RK = Namespace(ONT)
SCHEMA = Namespace("https://schema.org/")
WD = "http://www.wikidata.org/entity/"
KIND_CLASS = {
    "person": RK.Person,
    "state": RK.State,
    "organization": RK.Organization,
    "topic": RK.Topic,
}

Triple = tuple[URIRef | BNode, URIRef, URIRef | Literal | BNode]


def bind(g: Graph | Dataset) -> None:
    for prefix, ns in (
        ("rk", RK),
        ("prov", PROV),
        ("dcterms", DCTERMS),
        ("skos", SKOS),
        ("schema", SCHEMA),
        ("owl", OWL),
        ("id", Namespace(BASE)),
    ):
        g.bind(prefix, ns)


class Namer:
    """IRIs for actors, using the gazetteer's ISO codes for states."""

    def __init__(self, gaz: Gazetteer):
        self.gaz = gaz

    def kind(self, name: str, default: str = "person") -> str:
        a = self.gaz.actors.get(name)
        return a.kind if a else default

    def iri(self, name: str, kind: str | None = None) -> URIRef:
        if name.startswith("topic:"):
            return URIRef(topic_iri(name[6:]))
        a = self.gaz.actors.get(name)
        k = a.kind if a else (kind or "person")
        return URIRef(actor_iri(name, k, a.iso3 if a else None))


def _date(value: str | None) -> Literal | None:
    if not value:
        return None
    if len(value) == 10 and value[4] == "-":
        return Literal(value, datatype=XSD.date)
    if value.startswith("--") and len(value) == 7:
        return Literal(value, datatype=XSD.gMonthDay)
    return None


def input_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def readout_graph_iri(ex: Extraction) -> URIRef:
    return URIRef(readout_iri(ex.readout.text, ex.readout.url))


def readout_triples(ex: Extraction, gaz: Gazetteer, version: str) -> Iterator[Triple]:
    """The triples of one readout's named graph."""
    namer = Namer(gaz)
    r = ex.readout
    rid = readout_graph_iri(ex)
    key = str(rid).rsplit("/", 1)[-1]
    ev = URIRef(f"{BASE}event/{key}")
    yield rid, RDF.type, RK.Readout
    if r.title:
        yield rid, DCTERMS.title, Literal(r.title)
    if r.publisher:
        yield rid, DCTERMS.publisher, Literal(r.publisher)
    if (d := _date(r.published)) is not None and d.datatype == XSD.date:
        yield rid, DCTERMS.issued, d
    if r.url:
        yield rid, SCHEMA.url, URIRef(r.url)
    yield rid, RK.sourceFile, Literal(r.source)
    yield rid, RK.inputHash, Literal(input_hash(r.text))
    yield rid, RK.extractorVersion, Literal(version)
    yield rid, RK.describes, ev

    e = ex.event
    typed = e.type if e.type and e.participants else None
    yield ev, RDF.type, RK[typed] if typed else RK.Engagement
    yield ev, PROV.wasDerivedFrom, rid
    if (d := _date(e.date)) is not None:
        yield ev, DCTERMS.date, d
    if e.location:
        yield ev, RK.location, Literal(e.location)

    actors: dict[str, str] = dict(ex.actors)

    def node(name: str) -> URIRef:
        kind = actors.get(name) or namer.kind(name)
        actors.setdefault(name, kind)
        return namer.iri(name, kind)

    for p in e.participants:
        yield ev, RK.participant, node(p)
    if e.initiator:
        yield ev, RK.initiator, node(e.initiator)
    # One label per topic node: the gazetteer's (in the background graph) when it
    # knows the topic, else the first spelling this readout uses.
    known_topics = _gazetteer_topics(gaz)
    emitted: set[URIRef] = set()

    def topic_node(label: str) -> Iterator[Triple]:
        tid = URIRef(topic_iri(label))
        if tid not in emitted:
            emitted.add(tid)
            yield tid, RDF.type, RK.Topic
            if tid not in known_topics:
                yield tid, SKOS.prefLabel, Literal(label)

    for t in ex.topics:
        yield ev, RK.topic, URIRef(topic_iri(t))
        yield from topic_node(t)

    for rel in ex.relations:
        s = node(rel.subject)
        p = RK[rel.relation]
        if rel.object.startswith("topic:"):
            o = URIRef(topic_iri(rel.object[6:]))
            yield from topic_node(rel.object[6:])
        else:
            o = node(rel.object)
        yield s, p, o
        claim = URIRef(f"{BASE}claim/{digest(str(rid), rel.subject, rel.relation, rel.object)}")
        yield claim, RDF.type, RK.Claim
        yield claim, RDF.subject, s
        yield claim, RDF.predicate, p
        yield claim, RDF.object, o
        yield claim, PROV.wasDerivedFrom, rid
        yield claim, RK.engagement, ev
        yield claim, RK.sentence, Literal(rel.evidence.text)
        yield claim, RK.charStart, Literal(rel.evidence.start)
        yield claim, RK.charEnd, Literal(rel.evidence.end)
        yield claim, RK.rule, Literal(rel.rule)
        yield claim, RK.modality, Literal(rel.modality)

    for i, st in enumerate(ex.statements):
        sid = URIRef(f"{BASE}statement/{digest(str(rid), str(i), st.opening)}")
        yield sid, RDF.type, RK.Statement
        speakers = st.speakers if st.speaker == "both" else (st.speaker,)
        for sp in speakers or e.participants:
            yield sid, RK.speaker, node(sp)
        if st.speaker == "both":
            yield sid, RK.joint, Literal(True)
        yield sid, RK.act, Literal(st.act)
        yield sid, RK.opening, Literal(st.opening)
        yield sid, RK.sentence, Literal(st.evidence.text)
        yield sid, RK.charStart, Literal(st.evidence.start)
        yield sid, RK.charEnd, Literal(st.evidence.end)
        yield sid, RK.engagement, ev
        yield sid, PROV.wasDerivedFrom, rid

    for name, kind in actors.items():
        iri = namer.iri(name, kind)
        yield iri, RDF.type, KIND_CLASS.get(kind, RK.Actor)
        if name not in gaz.actors:
            # People the gazetteer lacks are minted here, labelled in their readout.
            yield iri, RDFS.label, Literal(name)
            yield iri, SKOS.prefLabel, Literal(name)


_TOPICS: dict[int, frozenset[URIRef]] = {}


def _gazetteer_topics(gaz: Gazetteer) -> frozenset[URIRef]:
    """Topic nodes the background graph already labels."""
    if id(gaz) not in _TOPICS:
        _TOPICS[id(gaz)] = frozenset(
            URIRef(topic_iri(a.name)) for a in gaz.actors.values() if a.kind == "topic"
        )
    return _TOPICS[id(gaz)]


def readout_graph(ex: Extraction, gaz: Gazetteer, version: str) -> Graph:
    g = Graph(identifier=readout_graph_iri(ex))
    bind(g)
    for t in readout_triples(ex, gaz, version):
        g.add(t)
    return g


def background_triples(gaz: Gazetteer) -> Iterator[Triple]:
    """Labels, aliases, codes, offices and memberships of every gazetteer actor."""
    namer = Namer(gaz)
    for name, a in sorted(gaz.actors.items()):
        iri = namer.iri(name)
        yield iri, RDF.type, KIND_CLASS.get(a.kind, RK.Actor)
        yield iri, RDFS.label, Literal(name)
        yield iri, SKOS.prefLabel, Literal(name)
        for alias in sorted(set(a.aliases)):
            if alias != name:
                yield iri, SKOS.altLabel, Literal(alias)
        if a.kind == "state" and a.iso3 and len(a.iso3) == 3 and a.iso3.isupper():
            yield iri, RK.iso3, Literal(a.iso3)
        if a.wikidata and a.wikidata.startswith("Q"):
            yield iri, OWL.sameAs, URIRef(WD + a.wikidata)
        if a.kind == "person" and a.country and a.country in gaz.actors:
            yield iri, RK.country, namer.iri(a.country)
        for iso in a.members:
            member = gaz.by_iso3.get(iso)
            if member:
                yield namer.iri(member), RK.memberOf, iri
    for t in gaz.tenures:
        if t.person not in gaz.actors or t.of not in gaz.actors:
            continue
        tid = URIRef(f"{BASE}tenure/{digest(t.person, t.title, t.of, t.start)}")
        yield namer.iri(t.person), RK.tenure, tid
        yield tid, RDF.type, RK.Tenure
        yield tid, RK.office, Literal(t.title)
        yield tid, RK.role, Literal(t.role)
        yield tid, RK.officeOf, namer.iri(t.of)
        if (d := _date(t.start)) is not None:
            yield tid, RK.startDate, d
        if t.end and (d := _date(t.end)) is not None:
            yield tid, RK.endDate, d
        if t.note.startswith("uncertain"):
            yield tid, RK.uncertain, Literal(True)


def background_graph(gaz: Gazetteer) -> Graph:
    g = Graph(identifier=URIRef(BACKGROUND))
    bind(g)
    for t in background_triples(gaz):
        g.add(t)
    return g
