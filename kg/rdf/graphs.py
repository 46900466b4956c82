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
from kg.model import Extraction
from kg.rdf.iris import actor_iri, digest, readout_iri, topic_iri
from kg.rdf.terms import RDFLIB_TERMS
from kg.rdf.vocab import BACKGROUND, BASE, ONT

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
        return URIRef(self.iri_text(name, kind))

    def iri_text(self, name: str, kind: str | None = None) -> str:
        if name.startswith("topic:"):
            return topic_iri(name[6:])
        a = self.gaz.actors.get(name)
        k = a.kind if a else (kind or "person")
        return actor_iri(name, k, a.iso3 if a else None)


def _date(value: str | None) -> tuple[str, str] | None:
    """A full date (xsd:date) or a day without its year (xsd:gMonthDay), with its datatype."""
    if not value:
        return None
    if len(value) == 10 and value[4] == "-":
        return value, str(XSD.date)
    if value.startswith("--") and len(value) == 7:
        return value, str(XSD.gMonthDay)
    return None


def input_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def readout_graph_iri(ex: Extraction) -> URIRef:
    return URIRef(readout_iri(ex.readout.text, ex.readout.url))




def readout_triples(ex: Extraction, gaz: Gazetteer, version: str, terms=RDFLIB_TERMS) -> Iterator:
    """The triples of one readout's named graph, as rdflib terms or in another ``terms``."""
    iri, lit = terms.iri, terms.lit
    rk = _Vocabulary(iri, ONT)
    rdf_type = iri(str(RDF.type))
    prov_from = iri(str(PROV.wasDerivedFrom))
    namer = Namer(gaz)
    r = ex.readout
    rid_text = readout_iri(ex.readout.text, ex.readout.url)
    rid = iri(rid_text)
    key = rid_text.rsplit("/", 1)[-1]
    ev = iri(f"{BASE}event/{key}")
    yield rid, rdf_type, rk.Readout
    if r.title:
        yield rid, iri(str(DCTERMS.title)), lit(r.title)
    if r.publisher:
        yield rid, iri(str(DCTERMS.publisher)), lit(r.publisher)
    if (d := _date(r.published)) is not None and d[1] == str(XSD.date):
        yield rid, iri(str(DCTERMS.issued)), lit(*d)
    if r.url:
        yield rid, iri(str(SCHEMA.url)), iri(r.url)
    yield rid, rk.sourceFile, lit(r.source)
    yield rid, rk.inputHash, lit(input_hash(r.text))
    yield rid, rk.extractorVersion, lit(version)
    yield rid, rk.describes, ev

    e = ex.event
    typed = e.type if e.type and e.participants else None
    yield ev, rdf_type, rk[typed] if typed else rk.Engagement
    yield ev, prov_from, rid
    if (d := _date(e.date)) is not None:
        yield ev, iri(str(DCTERMS.date)), lit(*d)
    if e.location:
        yield ev, rk.location, lit(e.location)

    actors: dict[str, str] = dict(ex.actors)

    def node(name: str):
        kind = actors.get(name) or namer.kind(name)
        actors.setdefault(name, kind)
        return iri(namer.iri_text(name, kind))

    for p in e.participants:
        yield ev, rk.participant, node(p)
    if e.initiator:
        yield ev, rk.initiator, node(e.initiator)
    # A topic the gazetteer knows is typed and labelled in the background graph; any
    # other is typed here and labelled with the first spelling this readout uses.
    known_topics = _gazetteer_topics(gaz)
    emitted: set[str] = set()

    def topic_node(label: str) -> Iterator:
        tid = topic_iri(label)
        if tid not in emitted and tid not in known_topics:
            emitted.add(tid)
            yield iri(tid), rdf_type, rk.Topic
            yield iri(tid), iri(str(SKOS.prefLabel)), lit(label)

    for t in ex.topics:
        yield ev, rk.topic, iri(topic_iri(t))
        yield from topic_node(t)

    sentence, char_start, char_end = rk.sentence, rk.charStart, rk.charEnd
    rule, modality, claim_class = rk.rule, rk.modality, rk.Claim
    rdf_subject, rdf_predicate, rdf_object = (
        iri(str(RDF.subject)), iri(str(RDF.predicate)), iri(str(RDF.object))
    )
    texts: dict[str, object] = {}

    def text(value: str):
        """A plain literal; a sentence, a rule or a modality recurs over a readout's claims."""
        term = texts.get(value)
        if term is None:
            term = texts[value] = lit(value)
        return term

    for rel in ex.relations:
        s = node(rel.subject)
        p = rk[rel.relation]
        if rel.object.startswith("topic:"):
            o = iri(topic_iri(rel.object[6:]))
            yield from topic_node(rel.object[6:])
        else:
            o = node(rel.object)
        yield s, p, o
        claim = iri(f"{BASE}claim/{digest(rid_text, rel.subject, rel.relation, rel.object)}")
        yield claim, rdf_type, claim_class
        yield claim, rdf_subject, s
        yield claim, rdf_predicate, p
        yield claim, rdf_object, o
        yield claim, prov_from, rid
        yield claim, sentence, text(rel.evidence.text)
        yield claim, char_start, lit(rel.evidence.start)
        yield claim, char_end, lit(rel.evidence.end)
        yield claim, rule, text(rel.rule)
        yield claim, modality, text(rel.modality)

    for i, st in enumerate(ex.statements):
        sid = iri(f"{BASE}statement/{digest(rid_text, str(i), st.opening)}")
        yield sid, rdf_type, rk.Statement
        speakers = st.speakers if st.speaker == "both" else (st.speaker,)
        for sp in speakers or e.participants:
            yield sid, rk.speaker, node(sp)
        if st.speaker == "both":
            yield sid, rk.joint, lit(True)
        yield sid, rk.act, text(st.act)
        yield sid, rk.opening, text(st.opening)
        yield sid, sentence, text(st.evidence.text)
        yield sid, char_start, lit(st.evidence.start)
        yield sid, char_end, lit(st.evidence.end)
        yield sid, prov_from, rid

    for name, kind in actors.items():
        known = gaz.actors.get(name)
        if known is not None and known.kind == kind:
            continue  # the background graph types and labels what the gazetteer knows
        node_iri = iri(namer.iri_text(name, kind))
        yield node_iri, rdf_type, iri(str(KIND_CLASS.get(kind, RK.Actor)))
        if known is None:
            # People the gazetteer lacks are minted here, labelled in their readout.
            yield node_iri, iri(str(RDFS.label)), lit(name)
            yield node_iri, iri(str(SKOS.prefLabel)), lit(name)


class _Vocabulary:
    """``rk.Claim`` or ``rk["congratulates"]`` as a term of the chosen kind."""

    def __init__(self, iri, base: str):
        self._iri, self._base = iri, base

    def __getattr__(self, name: str):
        return self._iri(self._base + name)

    __getitem__ = __getattr__


_TOPICS: dict[int, frozenset[str]] = {}


def _gazetteer_topics(gaz: Gazetteer) -> frozenset[str]:
    """Topic nodes the background graph already labels."""
    if id(gaz) not in _TOPICS:
        _TOPICS[id(gaz)] = frozenset(
            topic_iri(a.name) for a in gaz.actors.values() if a.kind == "topic"
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
            yield tid, RK.startDate, RDFLIB_TERMS.lit(*d)
        if t.end and (d := _date(t.end)) is not None:
            yield tid, RK.endDate, RDFLIB_TERMS.lit(*d)
        if t.note.startswith("uncertain"):
            yield tid, RK.uncertain, Literal(True)


def background_graph(gaz: Gazetteer) -> Graph:
    g = Graph(identifier=URIRef(BACKGROUND))
    bind(g)
    for t in background_triples(gaz):
        g.add(t)
    return g
