"""The ties graph: one summary node per link between two nodes over all readouts.

Aggregate questions ("who congratulated whom, how often, since when") would
otherwise scan every claim of every readout; at 100,000 readouts that takes
seconds. A tie holds the link, the number of readouts making it, its first
and last date and the readouts themselves, in the named graph
``kg.iris.TIES``. Three kinds of link are summarised: a relation triple
(``rk:Tie``), two actors taking part in the same engagement
(``rk:EngagementTie``, predicate ``rk:participant``) and an actor taking
part in an engagement that covered a topic (``rk:TopicTie``, predicate
``rk:topic``). It is derived data: ``refresh`` recomputes the ties of
given triples from the readout graphs, so the builder calls it with the
triples of every graph it added, replaced or removed. A build that stops
half-way leaves the ties graph marked stale, and the next build recomputes
it whole.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import pyoxigraph as ox

from kg.iris import BACKGROUND, BASE, ONT, TIES, digest
from kg.model import RELATIONS
from kg.store import Store

Key = tuple[str, str, str]  # subject, relation property (or participant, topic), object

RK = ONT
_RELATION_IRIS = frozenset(RK + r for r in RELATIONS)
_XSD_DATE = "http://www.w3.org/2001/XMLSchema#date"
_XSD_INTEGER = ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")
_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
_TIE = ox.NamedNode(RK + "Tie")
_PARTICIPANT = RK + "participant"
_TOPIC = RK + "topic"
# The class of a tie by its predicate; a relation's tie is a plain rk:Tie.
_CLASS = {_PARTICIPANT: ox.NamedNode(RK + "EngagementTie"), _TOPIC: ox.NamedNode(RK + "TopicTie")}
_P = {name: ox.NamedNode(RK + name) for name in (
    "tieSubject", "tiePredicate", "tieObject", "count", "firstDate", "lastDate", "readout",
    "stale", "describes", "subjectLabel", "objectLabel", "relationName",
)}  # fmt: skip
_LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
_PREF = ox.NamedNode("http://www.w3.org/2004/02/skos/core#prefLabel")
_BACKGROUND = ox.NamedNode(BACKGROUND)
_DATE = ox.NamedNode("http://purl.org/dc/terms/date")
_ISSUED = ox.NamedNode("http://purl.org/dc/terms/issued")
_G = ox.NamedNode(TIES)


def tie_iri(key: Key) -> str:
    return f"{BASE}tie/{digest(*key)}"


def keys_in(store: ox.Store, graph: str) -> set[Key]:
    """The links one readout graph makes: its relation triples, participants and topics."""
    out, parts, topics = set(), [], []
    for q in store.quads_for_pattern(None, None, None, ox.NamedNode(graph)):
        p = q.predicate.value
        if p in _RELATION_IRIS and not isinstance(q.object, ox.Literal):
            out.add((q.subject.value, p, q.object.value))
        elif p == _PARTICIPANT:
            parts.append(q.object.value)
        elif p == _TOPIC:
            topics.append(q.object.value)
    return out | _shared(parts, topics)


def _shared(parts: list, topics: list) -> set[tuple]:
    """The engagement and topic links of one engagement's participants and topics."""
    out = {(a, _PARTICIPANT, b) for a in parts for b in parts if a != b}
    return out | {(a, _TOPIC, t) for a in parts for t in topics}


def _readout_date(store: ox.Store, readout: ox.NamedNode, cache: dict) -> str | None:
    """The engagement's date, else the publication date; None for a partial date."""
    if readout in cache:
        return cache[readout]
    found = None
    for d in store.quads_for_pattern(readout, _P["describes"], None, readout):
        for q in store.quads_for_pattern(d.object, _DATE, None, readout):
            if q.object.datatype.value == _XSD_DATE:
                found = q.object.value
    if found is None:
        for q in store.quads_for_pattern(readout, _ISSUED, None, readout):
            if q.object.datatype.value == _XSD_DATE:
                found = q.object.value
    cache[readout] = found
    return found


def _label(store: ox.Store, node: ox.NamedNode, cache: dict) -> str | None:
    """The name a query would show: the gazetteer's label, else one a readout gave."""
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


def _term(iri: str) -> ox.NamedNode:
    return ox.NamedNode(iri)


def tie_quads(store: ox.Store, key: Key, cache: dict) -> list[ox.Quad]:
    """The tie of one triple as it stands in the readout graphs (none if no readout asserts it).

    ``cache`` keeps readouts' dates and actors' names across the ties of one rewrite.
    """
    s, p, o = (_term(x) for x in key)
    if key[1] in _CLASS:
        # Both took part in one engagement, or one took part in an engagement on the topic.
        theirs = _events(store, _PARTICIPANT, s, cache)
        shared = theirs & _events(store, key[1], o, cache)
        readouts = {g for _, g in shared}
    else:
        readouts = {
            q.graph_name for q in store.quads_for_pattern(s, p, o, None)
            if "/readout/" in q.graph_name.value
        }  # fmt: skip
    return _tie(store, key, (s, p, o), readouts, cache)


def _events(store: ox.Store, prop: str, node: ox.NamedNode, cache: dict) -> set[tuple]:
    """(engagement, readout graph) pairs with ``node`` as participant or topic."""
    ck = (prop, node)
    if ck not in cache:
        cache[ck] = {
            (q.subject, q.graph_name)
            for q in store.quads_for_pattern(None, _term(prop), node, None)
            if "/readout/" in q.graph_name.value
        }
    return cache[ck]


def _tie(store: ox.Store, key: Key, terms: tuple, readouts: set, cache: dict) -> list[ox.Quad]:
    if not readouts:
        return []
    s, p, o = terms
    readouts = sorted(readouts, key=lambda g: g.value)
    t = _term(tie_iri(key))
    out = [
        ox.Quad(t, _TYPE, _CLASS.get(key[1], _TIE), _G),
        ox.Quad(t, _P["tieSubject"], s, _G),
        ox.Quad(t, _P["tiePredicate"], p, _G),
        ox.Quad(t, _P["tieObject"], o, _G),
        ox.Quad(t, _P["count"], ox.Literal(str(len(readouts)), datatype=_XSD_INTEGER), _G),
    ]
    if key[1] not in _CLASS:
        out.append(ox.Quad(t, _P["relationName"], ox.Literal(key[1].rsplit("#", 1)[-1]), _G))
    for prop, node in (("subjectLabel", s), ("objectLabel", o)):
        if (name := _label(store, node, cache)) is not None:
            out.append(ox.Quad(t, _P[prop], ox.Literal(name), _G))
    out += [ox.Quad(t, _P["readout"], r, _G) for r in readouts]
    known = sorted(d for r in readouts if (d := _readout_date(store, r, cache)))
    if known:
        date = ox.NamedNode(_XSD_DATE)
        out.append(ox.Quad(t, _P["firstDate"], ox.Literal(known[0], datatype=date), _G))
        out.append(ox.Quad(t, _P["lastDate"], ox.Literal(known[-1], datatype=date), _G))
    return out


def all_tie_quads(store: ox.Store) -> Iterator[ox.Quad]:
    """Every tie, from one pass over each relation's triples and one over the readouts' dates.

    Looking each triple up on its own costs a query per tie; at 100,000 readouts
    that took most of a build's last minute.
    """
    groups: dict[tuple, set] = {}
    for rel in sorted(_RELATION_IRIS):
        for q in store.quads_for_pattern(None, _term(rel), None, None):
            g = q.graph_name
            if "/readout/" in g.value and not isinstance(q.object, ox.Literal):
                groups.setdefault((q.subject, q.predicate, q.object), set()).add(g)
    found: dict[ox.NamedNode, tuple[list, list]] = {}
    for i, prop in enumerate((_PARTICIPANT, _TOPIC)):
        for q in store.quads_for_pattern(None, _term(prop), None, None):
            if "/readout/" in q.graph_name.value:
                found.setdefault(q.graph_name, ([], []))[i].append(q.object)
    predicates = {_PARTICIPANT: _term(_PARTICIPANT), _TOPIC: _term(_TOPIC)}
    for g, (parts, topics) in found.items():
        for a, p, b in _shared(parts, topics):
            groups.setdefault((a, predicates[p], b), set()).add(g)
    cache = _dates(store)
    for terms in sorted(groups, key=lambda t: (t[0].value, t[1].value, t[2].value)):
        key = (terms[0].value, terms[1].value, terms[2].value)
        yield from _tie(store, key, terms, groups[terms], cache)


def _dates(store: ox.Store) -> dict:
    """Every readout's date as ``_readout_date`` gives it, read in three passes."""
    full = {}
    for q in store.quads_for_pattern(None, _DATE, None, None):
        if q.object.datatype.value == _XSD_DATE and "/readout/" in q.graph_name.value:
            full[(q.subject, q.graph_name)] = q.object.value
    out: dict = {}
    for q in store.quads_for_pattern(None, _P["describes"], None, None):
        if q.subject == q.graph_name and (d := full.get((q.object, q.graph_name))):
            out[q.subject] = d
    for q in store.quads_for_pattern(None, _ISSUED, None, None):
        if q.subject == q.graph_name and q.subject not in out:
            if q.object.datatype.value == _XSD_DATE:
                out[q.subject] = q.object.value
    for g in store.named_graphs():
        if "/readout/" in g.value:
            out.setdefault(g, None)
    return out


def _current(store: ox.Store, keys: Iterable[Key]) -> Iterator[ox.Quad]:
    for key in keys:
        yield from store.quads_for_pattern(_term(tie_iri(key)), None, None, _G)


_MARK_GRAPH = ox.NamedNode(TIES + "-stale")
_MARK = ox.Quad(_MARK_GRAPH, _P["stale"], ox.Literal(True), _MARK_GRAPH)


def is_stale(store: Store) -> bool:
    """The ties may not match the readouts: a build stopped between the two, or none ran."""
    s = store.oxigraph
    return bool(next(iter(s.quads_for_pattern(None, None, None, _MARK_GRAPH)), None)) or (
        not s.contains_named_graph(_G) and bool(store.readout_graphs())
    )


def mark_stale(store: Store) -> None:
    """Said before readout graphs change, undone once their ties are rewritten."""
    store.add_quads([_MARK])


def refresh(store: Store, keys: Iterable[Key]) -> int:
    """Rewrite the ties of these triples from the readout graphs, in one transaction."""
    s, cache = store.oxigraph, {}
    keys = set(keys)
    old = list(_current(s, keys))
    new = [q for key in sorted(keys) for q in tie_quads(s, key, cache)]
    store.swap_quads(old + [_MARK], new, create=TIES)
    return len(keys)


def rebuild(store: Store) -> int:
    """Recompute the whole ties graph (after a crash, or on a store built before ties)."""
    s = store.oxigraph
    mark_stale(store)
    store.remove_graph(TIES)
    count = 0

    def counted() -> Iterator[ox.Quad]:
        nonlocal count
        for q in all_tie_quads(s):
            count += q.predicate == _TYPE
            yield q

    store.bulk_add(counted())
    store.swap_quads([_MARK], [], create=TIES)
    return count


# Above this many changed triples, recomputing the whole ties graph with the bulk loader is
# faster than rewriting tie by tie in one transaction.
REFRESH_LIMIT = 20_000


class Tracker:
    """Follows one build's writes and brings the ties up to date at the end.

    The builder calls ``mark`` before it changes any readout graph,
    ``collect`` with graphs about to be replaced or removed and with graphs
    just written, and ``finish`` once. A build killed in between leaves the
    mark, which the next build sees.
    """

    def __init__(self, store: Store):
        self.store = store
        self.keys: set[Key] = set()
        self.marked = False
        # A stale store, or one with no readouts yet, gets its ties computed whole at the end.
        self.whole = is_stale(store) or not store.readout_graphs()

    def mark(self) -> None:
        """Called before any readout graph changes: a crash from here on leaves the mark."""
        if not self.marked:
            mark_stale(self.store)
            self.marked = True

    def relabel(self) -> None:
        """The background graph changed: the names on every tie may have changed with it."""
        if self.store.readout_graphs():
            self.mark()
            self.whole, self.keys = True, set()

    def collect(self, graphs: Iterable[str]) -> None:
        """Note the relation triples of these graphs (before removal, or after writing)."""
        if self.whole:
            return
        for g in graphs:
            self.keys |= keys_in(self.store.oxigraph, g)
        if len(self.keys) > REFRESH_LIMIT:
            self.whole, self.keys = True, set()

    def finish(self) -> int:
        """Rewrite what changed; returns the number of ties rewritten."""
        if self.whole and (self.marked or is_stale(self.store)):
            return rebuild(self.store)
        if self.marked:
            return refresh(self.store, self.keys)
        return 0


def check(store: Store) -> list[str]:
    """How the ties graph differs from the ties the readout graphs give (empty when current)."""
    s = store.oxigraph
    want = set(all_tie_quads(s))
    have = set(s.quads_for_pattern(None, None, None, _G))
    out = [f"missing: {q}" for q in sorted(want - have, key=str)]
    out += [f"unexpected: {q}" for q in sorted(have - want, key=str)]
    if is_stale(store):
        out.append("the ties are marked stale")
    return out
