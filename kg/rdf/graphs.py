"""Extraction -> RDF: the readout's named graph, and the gazetteer's background graph.

Every relation triple gets an ``rk:Claim`` node holding the sentence, its
offsets and the rule that produced it, so analysts can ask "says who, where?".
"""

from __future__ import annotations

import calendar
import hashlib
from collections.abc import Iterator

from rdflib import RDF, RDFS, SKOS, XSD, BNode, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV

from kg.extract.gazetteer import Gazetteer
from kg.model import Extraction
from kg.rdf.iris import actor_iri, digest, readout_iri, topic_iri
from kg.rdf.terms import RDFLIB_TERMS
from kg.rdf.vocab import BASE, ONT

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


def _whole_day(value: str, last: bool) -> str:
    """A tenure date known to the month ("2021-01", marked uncertain in the gazetteer) as
    the month's first day for a start and its last for an end, the span the extractor
    counts as in office; without it the tenure would look open."""
    if len(value) != 7 or value[4] != "-":
        return value
    year, month = int(value[:4]), int(value[5:])
    return f"{value}-{calendar.monthrange(year, month)[1] if last else 1:02d}"


def input_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def readout_graph_iri(ex: Extraction) -> URIRef:
    return URIRef(readout_iri(ex.readout.text, ex.readout.url))


def readout_triples(ex: Extraction, gaz: Gazetteer, version: str, terms=RDFLIB_TERMS) -> Iterator:
    """The triples of one readout's named graph, as rdflib terms or in another ``terms``."""
    g = _ReadoutGraph(ex, gaz, terms)
    yield from g.readout(version)
    yield from g.event()
    yield from g.claims()
    yield from g.statements()
    yield from g.minted()


class _ReadoutGraph:
    """The parts of one readout's graph, sharing its terms, its actors and its recurring texts."""

    def __init__(self, ex: Extraction, gaz: Gazetteer, terms) -> None:
        self.ex, self.gaz = ex, gaz
        self.iri, self.lit = terms.iri, terms.lit
        self.lang = ex.language
        # what the readout's own words say carries its language (English stays plain)
        self.said = self.lit if ex.language == "en" else (lambda v: terms.tagged(v, ex.language))
        self.rk = _Vocabulary(self.iri, ONT)
        self.rdf_type = self.iri(str(RDF.type))
        self.prov_from = self.iri(str(PROV.wasDerivedFrom))
        self.namer = Namer(gaz)
        self.rid_text = readout_iri(ex.readout.text, ex.readout.url)
        self.rid = self.iri(self.rid_text)
        self.ev = self.iri(f"{BASE}event/{self.rid_text.rsplit('/', 1)[-1]}")
        self.actors: dict[str, str] = dict(ex.actors)
        # A topic the gazetteer knows is typed and labelled in the background graph; any
        # other is typed here and labelled with the first spelling this readout uses.
        self.known_topics = _gazetteer_topics(gaz)
        self.emitted: set[str] = set()
        self.texts: dict[str, object] = {}

    def node(self, name: str):
        kind = self.actors.get(name) or self.namer.kind(name)
        self.actors.setdefault(name, kind)
        return self.iri(self.namer.iri_text(name, kind))

    def text(self, value: str):
        """A plain literal; a rule or a modality recurs over a readout's claims."""
        term = self.texts.get(value)
        if term is None:
            term = self.texts[value] = self.lit(value)
        return term

    def words(self, value: str):
        """The readout's own words (a sentence, an opening), in its language."""
        key = "\0" + value
        term = self.texts.get(key)
        if term is None:
            term = self.texts[key] = self.said(value)
        return term

    def topic_node(self, label: str) -> Iterator:
        tid = topic_iri(label)
        if tid not in self.emitted and tid not in self.known_topics:
            self.emitted.add(tid)
            yield self.iri(tid), self.rdf_type, self.rk.Topic
            yield self.iri(tid), self.iri(str(SKOS.prefLabel)), self.said(label)

    def readout(self, version: str) -> Iterator:
        iri, lit, rk, rid, r = self.iri, self.lit, self.rk, self.rid, self.ex.readout
        yield rid, self.rdf_type, rk.Readout
        if r.title:
            yield rid, iri(str(DCTERMS.title)), self.said(r.title)
        if r.publisher:
            yield rid, iri(str(DCTERMS.publisher)), lit(r.publisher)
        if (d := _date(r.published)) is not None and d[1] == str(XSD.date):
            yield rid, iri(str(DCTERMS.issued)), lit(*d)
        if r.url:
            yield rid, iri(str(SCHEMA.url)), iri(r.url)
        if r.source_url:  # the URL as given, which the IRI above had to percent-encode
            yield rid, rk.sourceUrl, lit(r.source_url)
        yield rid, rk.sourceFile, lit(r.source)
        if self.lang != "en":
            yield rid, iri(str(DCTERMS.language)), lit(self.lang)
        yield rid, rk.inputHash, lit(input_hash(r.text))
        yield rid, rk.extractorVersion, lit(version)
        yield rid, rk.describes, self.ev

    def event(self) -> Iterator:
        iri, rk, ev, e = self.iri, self.rk, self.ev, self.ex.event
        typed = e.type if e.type and e.participants else None
        yield ev, self.rdf_type, rk[typed] if typed else rk.Engagement
        yield ev, self.prov_from, self.rid
        if (d := _date(e.date)) is not None:
            yield ev, iri(str(DCTERMS.date)), self.lit(*d)
        if e.location:
            yield ev, rk.location, self.lit(e.location)
        for p in e.participants:
            yield ev, rk.participant, self.node(p)
        if e.initiator:
            yield ev, rk.initiator, self.node(e.initiator)
        for t in self.ex.topics:
            yield ev, rk.topic, iri(topic_iri(t))
            yield from self.topic_node(t)

    def claims(self) -> Iterator:
        """Each relation triple and its rk:Claim: the sentence, offsets, rule and modality."""
        iri, lit, rk, text = self.iri, self.lit, self.rk, self.text
        rdf_type, prov_from, rid = self.rdf_type, self.prov_from, self.rid
        sentence, char_start, char_end = rk.sentence, rk.charStart, rk.charEnd
        rule, modality, claim_class = rk.rule, rk.modality, rk.Claim
        rdf_subject, rdf_predicate, rdf_object = (
            iri(str(RDF.subject)),
            iri(str(RDF.predicate)),
            iri(str(RDF.object)),
        )
        for rel in self.ex.relations:
            s = self.node(rel.subject)
            p = rk[rel.relation]
            if rel.object.startswith("topic:"):
                o = iri(topic_iri(rel.object[6:]))
                yield from self.topic_node(rel.object[6:])
            else:
                o = self.node(rel.object)
            yield s, p, o
            key = digest(self.rid_text, rel.subject, rel.relation, rel.object)
            claim = iri(f"{BASE}claim/{key}")
            yield claim, rdf_type, claim_class
            yield claim, rdf_subject, s
            yield claim, rdf_predicate, p
            yield claim, rdf_object, o
            yield claim, prov_from, rid
            yield claim, sentence, self.words(rel.evidence.text)
            yield claim, char_start, lit(rel.evidence.start)
            yield claim, char_end, lit(rel.evidence.end)
            yield claim, rule, text(rel.rule)
            yield claim, modality, text(rel.modality)

    def statements(self) -> Iterator:
        iri, lit, rk, text = self.iri, self.lit, self.rk, self.text
        for i, st in enumerate(self.ex.statements):
            sid = iri(f"{BASE}statement/{digest(self.rid_text, str(i), st.opening)}")
            yield sid, self.rdf_type, rk.Statement
            speakers = st.speakers if st.speaker == "both" else (st.speaker,)
            for sp in speakers or self.ex.event.participants:
                yield sid, rk.speaker, self.node(sp)
            if st.speaker == "both":
                yield sid, rk.joint, lit(True)
            yield sid, rk.act, text(st.act)
            yield sid, rk.opening, self.words(st.opening)
            yield sid, rk.sentence, self.words(st.evidence.text)
            yield sid, rk.charStart, lit(st.evidence.start)
            yield sid, rk.charEnd, lit(st.evidence.end)
            yield sid, self.prov_from, self.rid

    def minted(self) -> Iterator:
        """Types (and labels) of the actors the gazetteer does not type in the background graph."""
        iri, lit = self.iri, self.lit
        for name, kind in self.actors.items():
            known = self.gaz.actors.get(name)
            if known is not None and known.kind == kind:
                continue
            node_iri = iri(self.namer.iri_text(name, kind))
            yield node_iri, self.rdf_type, iri(str(KIND_CLASS.get(kind, RK.Actor)))
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
        if (d := _date(_whole_day(t.start, last=False))) is not None:
            yield tid, RK.startDate, RDFLIB_TERMS.lit(*d)
        if t.end and (d := _date(_whole_day(t.end, last=True))) is not None:
            yield tid, RK.endDate, RDFLIB_TERMS.lit(*d)
        # a note is parts joined by ';' ("acting; uncertain: start month approximate")
        if any(part.strip().startswith("uncertain") for part in t.note.split(";")):
            yield tid, RK.uncertain, Literal(True)
