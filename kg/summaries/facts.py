"""What the summaries need to know of each readout graph, read from the store.

The ties and tallies of ``kg.summaries.tracker`` are functions of these facts. They
are read in two ways that must agree: from one graph (a few hundred quads,
for the readouts a build changes) and from the whole store in one pass per
property (after a crash or a gazetteer change, when reading 100,000 graphs
one by one would take minutes).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from kg.model import RELATIONS
from kg.rdf import terms as nquads
from kg.rdf.vocab import BACKGROUND, ONT
from kg.store import terms as ox  # the store's terms, for lookups by pattern
from kg.store.database import Store

RELATION_IRIS = frozenset(ONT + r for r in RELATIONS)
EVENT_TYPES = ("PhoneCall", "VideoCall", "Meeting", "Visit", "Message")
XSD_DATE = "http://www.w3.org/2001/XMLSchema#date"
_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
_DATE = ox.NamedNode("http://purl.org/dc/terms/date")
_ISSUED = ox.NamedNode("http://purl.org/dc/terms/issued")
_PUBLISHER = ox.NamedNode("http://purl.org/dc/terms/publisher")
_LANGUAGE = ox.NamedNode("http://purl.org/dc/terms/language")
_DESCRIBES = ox.NamedNode(ONT + "describes")
_PARTICIPANT = ox.NamedNode(ONT + "participant")
_TOPIC = ox.NamedNode(ONT + "topic")
_PERSON = ox.NamedNode(ONT + "Person")
_EVENT_CLASSES = {ox.NamedNode(ONT + t): t for t in EVENT_TYPES}


@dataclass(frozen=True)
class ReadoutFacts:
    """One readout graph, as the summaries see it (IRIs as strings)."""

    graph: str
    date: str | None  # the engagement's full date, else the publication date, else None
    event_type: str | None  # PhoneCall ... Message; None for an engagement of no known type
    participants: tuple[str, ...]
    topics: tuple[str, ...]
    relations: tuple[tuple[str, str, str], ...]  # distinct (subject, property, object) triples
    persons: frozenset[str]  # nodes the graph types rk:Person (people it minted among them)
    publisher: str | None = None  # dcterms:publisher: the side that told it
    language: str = "en"  # dcterms:language: the language it was written in

    @property
    def year(self) -> int | None:
        return int(self.date[:4]) if self.date else None


def is_readout_graph(graph) -> bool:
    return "/readout/" in graph.value


def _nt(iri: str) -> str:
    return f"<{iri}>"


_NT_RELATIONS = frozenset(_nt(r) for r in RELATION_IRIS)
_NT = {
    name: _nt(iri)
    for name, iri in (
        ("participant", ONT + "participant"), ("topic", ONT + "topic"),
        ("describes", ONT + "describes"), ("person", ONT + "Person"),
        ("type", "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
        ("date", "http://purl.org/dc/terms/date"), ("issued", "http://purl.org/dc/terms/issued"),
        ("publisher", "http://purl.org/dc/terms/publisher"),
        ("language", "http://purl.org/dc/terms/language"),
    )
}  # fmt: skip
_NT_EVENTS = {_nt(ONT + t): t for t in EVENT_TYPES}
# The predicates from_triples looks at, and what each one says (one lookup per triple).
_KINDS = {p: "relation" for p in _NT_RELATIONS} | {
    _NT[k]: k
    for k in (
        "participant", "topic", "describes", "type", "date", "issued", "publisher", "language",
    )
}  # fmt: skip
_NT_DATE = f"^^<{XSD_DATE}>"


def _date_value(literal: str) -> str | None:
    """The value of an xsd:date literal in N-Triples form; None for any other literal."""
    return literal[1 : literal.index('"', 1)] if literal.endswith(_NT_DATE) else None


def from_triples(graph: str, triples: Iterable[tuple[str, str, str]]) -> ReadoutFacts:
    """The facts of one readout graph from its triples, each term in N-Triples form.

    A build worker calls it on the triples it has just rendered, so the builder
    need not read new graphs back; ``from_graph`` calls it on stored quads.
    """
    g = _nt(graph)
    issued = event = event_type = publisher = None
    language = "en"
    dates, parts, topics, rels, persons = {}, [], [], set(), set()
    for s, p, o in triples:
        kind = _KINDS.get(p)
        if kind is None:
            continue
        if kind == "relation":
            if o.startswith("<"):
                rels.add((s[1:-1], p[1:-1], o[1:-1]))
        elif kind == "participant":
            parts.append(o[1:-1])
        elif kind == "topic":
            topics.append(o[1:-1])
        elif kind == "describes":
            if s == g:
                event = o
        elif kind == "date":
            if d := _date_value(o):
                dates[s] = d
        elif kind == "issued":
            if s == g and (d := _date_value(o)):
                issued = d
        elif kind in ("publisher", "language"):
            if s == g and o.startswith('"'):
                if kind == "publisher":
                    publisher = nquads.lexical(o)
                else:
                    language = nquads.lexical(o)
        elif o == _NT["person"]:  # rdf:type
            persons.add(s[1:-1])
        elif o in _NT_EVENTS:
            event_type = _NT_EVENTS[o]
    date = dates.get(event) if event is not None else None
    return ReadoutFacts(
        graph, date or issued, event_type, tuple(parts), tuple(topics), tuple(sorted(rels)),
        frozenset(persons), publisher, language,
    )  # fmt: skip


def from_graph(store: Store, graph: str) -> ReadoutFacts | None:
    """The facts of one stored readout graph; None if the store has no such graph."""
    quads = list(store.quads_for_pattern(None, None, None, ox.NamedNode(graph)))
    if not quads:
        return None
    return from_triples(graph, ((str(q.subject), str(q.predicate), str(q.object)) for q in quads))


def from_store(store: Store) -> Iterator[ReadoutFacts]:
    """The facts of every readout graph, read one property at a time."""
    graphs = store.readout_graphs()
    found = {g: ([], [], set(), set()) for g in graphs}  # participants, topics, relations, persons

    def each(predicate, obj=None) -> Iterator[ox.Quad]:
        for q in store.quads_for_pattern(None, predicate, obj, None):
            if q.graph_name.value in found:
                yield q

    for i, prop in enumerate((_PARTICIPANT, _TOPIC)):
        for q in each(prop):
            found[q.graph_name.value][i].append(q.object.value)
    for rel in sorted(RELATION_IRIS):
        for q in each(ox.NamedNode(rel)):
            if not isinstance(q.object, ox.Literal):
                found[q.graph_name.value][2].add((q.subject.value, rel, q.object.value))
    for q in each(_TYPE, _PERSON):
        found[q.graph_name.value][3].add(q.subject.value)
    types = {}
    for cls, name in _EVENT_CLASSES.items():
        for q in each(_TYPE, cls):
            types[q.graph_name.value] = name
    dates = readout_dates(store)
    told = {}  # publisher and language, each a literal in the readout's own graph
    for i, prop in enumerate((_PUBLISHER, _LANGUAGE)):
        for q in store.quads_for_pattern(None, prop, None, None):
            if q.subject == q.graph_name and q.graph_name.value in found:
                told.setdefault(q.graph_name.value, [None, "en"])[i] = q.object.value
    for g in graphs:
        parts, topics, rels, persons = found[g]
        publisher, language = told.get(g, (None, "en"))
        yield ReadoutFacts(
            g, dates.get(g), types.get(g), tuple(parts), tuple(topics), tuple(sorted(rels)),
            frozenset(persons), publisher, language,
        )  # fmt: skip


def readout_dates(store: Store) -> dict[str, str]:
    """Each dated readout's date (the engagement's, else the publication's), in three passes."""
    full = {}
    for q in store.quads_for_pattern(None, _DATE, None, None):
        if q.object.datatype.value == XSD_DATE and is_readout_graph(q.graph_name):
            full[(q.subject, q.graph_name)] = q.object.value
    out: dict[str, str] = {}
    for q in store.quads_for_pattern(None, _DESCRIBES, None, None):
        if q.subject == q.graph_name and (d := full.get((q.object, q.graph_name))):
            out[q.subject.value] = d
    for q in store.quads_for_pattern(None, _ISSUED, None, None):
        if q.subject == q.graph_name and q.subject.value not in out:
            if q.object.datatype.value == XSD_DATE:
                out[q.subject.value] = q.object.value
    return out


_LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
_PREF = ox.NamedNode("http://www.w3.org/2004/02/skos/core#prefLabel")
_BACKGROUND = ox.NamedNode(BACKGROUND)


def label(store: Store, node: ox.NamedNode, cache: dict) -> str | None:
    """The name a summary shows: the gazetteer's label, else one a readout gave."""
    if node in cache:
        return cache[node]
    found = None
    for prop in (_LABEL, _PREF):
        for graph in (_BACKGROUND, None):
            names = sorted(q.object.value for q in store.quads_for_pattern(node, prop, None, graph))
            if names:
                found = names[0]
                break
        if found:
            break
    cache[node] = found
    return found


def label_term(store: Store, node: str, cache: dict) -> str | None:
    """``label`` of an IRI as an N-Triples literal, for the summaries' N-Quads."""
    key = ("label-term", node)
    if key not in cache:
        name = label(store, ox.NamedNode(node), cache)
        cache[key] = None if name is None else nquads.literal(name)
    return cache[key]


def readout_date(store: Store, graph: str, cache: dict) -> str | None:
    """One readout's date as ``readout_dates`` gives it, by lookups in its graph."""
    if graph in cache:
        return cache[graph]
    g = ox.NamedNode(graph)
    found = None
    for d in store.quads_for_pattern(g, _DESCRIBES, None, g):
        for q in store.quads_for_pattern(d.object, _DATE, None, g):
            if q.object.datatype.value == XSD_DATE:
                found = q.object.value
    if found is None:
        for q in store.quads_for_pattern(g, _ISSUED, None, g):
            if q.object.datatype.value == XSD_DATE:
                found = q.object.value
    cache[graph] = found
    return found
