"""Ties: one summary node per link between two nodes over all readouts.

Aggregate questions ("who congratulated whom, how often, since when") would
otherwise scan every claim of every readout; at 100,000 readouts that takes
seconds. A tie holds the link, the number of readouts making it and its
first and last date, in the named graph ``kg.iris.TIES``; the readouts
themselves are one lookup away in the claims (the ``claims`` query), and
linking them from the tie would more than double the graph. Three kinds of
link are summarised: a relation triple (``rk:Tie``), two actors taking part
in the same engagement (``rk:EngagementTie``, predicate ``rk:participant``)
and an actor taking part in an engagement that covered a topic
(``rk:TopicTie``, predicate ``rk:topic``). A tie is recomputed from the
readout graphs, not adjusted: a first or last date cannot be taken back
when a readout goes.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import pyoxigraph as ox

from kg.facts import ReadoutFacts, label, readout_date
from kg.iris import BASE, ONT, TIES, digest

Key = tuple[str, str, str]  # subject, relation property (or participant, topic), object

_XSD_DATE = ox.NamedNode("http://www.w3.org/2001/XMLSchema#date")
_XSD_INTEGER = ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")
_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
_TIE = ox.NamedNode(ONT + "Tie")
_PARTICIPANT = ONT + "participant"
_TOPIC = ONT + "topic"
# The class of a tie by its predicate; a relation's tie is a plain rk:Tie.
_CLASS = {_PARTICIPANT: ox.NamedNode(ONT + "EngagementTie"), _TOPIC: ox.NamedNode(ONT + "TopicTie")}
_P = {name: ox.NamedNode(ONT + name) for name in (
    "tieSubject", "tiePredicate", "tieObject", "count", "firstDate", "lastDate",
    "subjectLabel", "objectLabel", "relationName",
)}  # fmt: skip
_G = ox.NamedNode(TIES)


def tie_iri(key: Key) -> ox.NamedNode:
    return ox.NamedNode(f"{BASE}tie/{digest(*key)}")


def keys_of(f: ReadoutFacts) -> set[Key]:
    """The links one readout makes: its relation triples, shared engagements and topics."""
    parts = f.participants
    out = set(f.relations)
    out |= {(a, _PARTICIPANT, b) for a in parts for b in parts if a != b}
    return out | {(a, _TOPIC, t) for a in parts for t in f.topics}


def tie_quads(store: ox.Store, key: Key, cache: dict) -> list[ox.Quad]:
    """The tie of one link as the readout graphs stand (none if no readout makes it).

    ``cache`` keeps readouts' dates and actors' names across the ties of one rewrite.
    """
    s, p, o = (ox.NamedNode(x) for x in key)
    if key[1] in _CLASS:
        # Both took part in one engagement, or one took part in an engagement on the topic.
        shared = _events(store, _PARTICIPANT, s, cache) & _events(store, key[1], o, cache)
        readouts = {g for _, g in shared}
    else:
        readouts = {
            q.graph_name.value for q in store.quads_for_pattern(s, p, o, None)
            if "/readout/" in q.graph_name.value
        }  # fmt: skip
    known = sorted(d for g in readouts if (d := readout_date(store, g, cache)))
    first, last = (known[0], known[-1]) if known else (None, None)
    return tie(store, key, len(readouts), first, last, cache)


def _events(store: ox.Store, prop: str, node: ox.NamedNode, cache: dict) -> set[tuple]:
    """(engagement, readout graph) pairs with ``node`` as participant or topic."""
    ck = (prop, node)
    if ck not in cache:
        cache[ck] = {
            (q.subject.value, q.graph_name.value)
            for q in store.quads_for_pattern(None, ox.NamedNode(prop), node, None)
            if "/readout/" in q.graph_name.value
        }
    return cache[ck]


def tie(
    store: ox.Store, key: Key, count: int, first: str | None, last: str | None, cache: dict
) -> list[ox.Quad]:
    """The quads of one tie (none when no readout makes the link)."""
    if not count:
        return []
    s, p, o = (ox.NamedNode(x) for x in key)
    t = tie_iri(key)
    out = [
        ox.Quad(t, _TYPE, _CLASS.get(key[1], _TIE), _G),
        ox.Quad(t, _P["tieSubject"], s, _G),
        ox.Quad(t, _P["tiePredicate"], p, _G),
        ox.Quad(t, _P["tieObject"], o, _G),
        ox.Quad(t, _P["count"], ox.Literal(str(count), datatype=_XSD_INTEGER), _G),
    ]
    if key[1] not in _CLASS:
        out.append(ox.Quad(t, _P["relationName"], ox.Literal(key[1].rsplit("#", 1)[-1]), _G))
    for prop, node in (("subjectLabel", s), ("objectLabel", o)):
        if (name := label(store, node, cache)) is not None:
            out.append(ox.Quad(t, _P[prop], ox.Literal(name), _G))
    if first:
        out.append(ox.Quad(t, _P["firstDate"], ox.Literal(first, datatype=_XSD_DATE), _G))
        out.append(ox.Quad(t, _P["lastDate"], ox.Literal(last, datatype=_XSD_DATE), _G))
    return out


def current(store: ox.Store, keys: Iterable[Key]) -> Iterator[ox.Quad]:
    for key in keys:
        yield from store.quads_for_pattern(tie_iri(key), None, None, _G)


def is_relation_tie(q: ox.Quad) -> bool:
    """The quad that names the relation of an rk:Tie (one per relation tie)."""
    return q.predicate == _P["relationName"] and q.subject.value.startswith(BASE + "tie/")
