"""Ties: one summary node per link between two nodes over all readouts.

Aggregate questions ("who congratulated whom, how often, since when") would
otherwise scan every claim of every readout; at 100,000 readouts that takes
seconds. A tie holds the link, the number of readouts making it, the number
of engagements behind them (both sides' readouts of one call count once; a
readout that no other tells is an engagement of its own) and its first and
last date, in the named graph ``kg.rdf.iris.TIES``; the readouts
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

from collections import Counter
from collections.abc import Iterable, Iterator

from kg.rdf import terms as nquads
from kg.rdf.iris import digest
from kg.rdf.vocab import BASE, ONT, TIES
from kg.store import terms as ox  # the store's terms, for lookups by pattern
from kg.store.database import Store
from kg.summaries import engagements
from kg.summaries.facts import ReadoutFacts, label_term, readout_date

Key = tuple[str, str, str]  # subject, relation property (or participant, topic), object

_PARTICIPANT = ONT + "participant"
_TOPIC = ONT + "topic"
# The class of a tie by its predicate; a relation's tie is a plain rk:Tie.
_TIE = nquads.iri(ONT + "Tie")
_CLASS = {_PARTICIPANT: nquads.iri(ONT + "EngagementTie"), _TOPIC: nquads.iri(ONT + "TopicTie")}
_P = {name: nquads.iri(ONT + name) for name in (
    "tieSubject", "tiePredicate", "tieObject", "count", "engagementCount", "firstDate", "lastDate",
    "subjectLabel", "objectLabel", "relationName",
)}  # fmt: skip
_RELATION_NAME = ox.NamedNode(ONT + "relationName")
_G = ox.NamedNode(TIES)
_GRAPH = nquads.iri(TIES)


def _tie_name(key: Key) -> str:
    return f"{BASE}tie/{digest(*key)}"


def tie_iri(key: Key) -> ox.NamedNode:
    return ox.NamedNode(_tie_name(key))


def keys_of(f: ReadoutFacts) -> set[Key]:
    """The links one readout makes: its relation triples, shared engagements and topics."""
    parts = f.participants
    out = set(f.relations)
    out |= {(a, _PARTICIPANT, b) for a in parts for b in parts if a != b}
    return out | {(a, _TOPIC, t) for a in parts for t in f.topics}


def shared(told: list[set[Key]]) -> Counter:
    """What one engagement reported in several readouts (``told``: each one's links) takes
    off each link's engagement count, so that the engagement counts once: 1 - readouts."""
    n = Counter(key for keys in told for key in keys)
    return Counter({key: 1 - c for key, c in n.items() if c > 1})


def tie_lines(store: Store, key: Key, cache: dict) -> list[str]:
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
    told = {_engagement(store, g, cache) for g in readouts}
    return tie(store, key, len(readouts), len(told), first, last, cache)


def _engagement(store: Store, graph: str, cache: dict) -> str:
    """The engagement a readout is part of; the readout itself when it is part of none."""
    ck = ("engagement", graph)
    if ck not in cache:
        cache[ck] = engagements.engagement_of(store, graph) or graph
    return cache[ck]


def _events(store: Store, prop: str, node: ox.NamedNode, cache: dict) -> set[tuple]:
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
    store: Store,
    key: Key,
    count: int,
    told: int,
    first: str | None,
    last: str | None,
    cache: dict,
) -> list[str]:
    """The N-Quads lines of one tie (none when no readout makes the link).

    ``count`` readouts make the link, in ``told`` engagements.
    """
    if not count:
        return []
    s, p, o = key
    t, g = nquads.iri(_tie_name(key)), _GRAPH
    out = [
        f"{t} {nquads.TYPE} {_CLASS.get(p, _TIE)} {g} .\n",
        f"{t} {_P['tieSubject']} {nquads.iri(s)} {g} .\n",
        f"{t} {_P['tiePredicate']} {nquads.iri(p)} {g} .\n",
        f"{t} {_P['tieObject']} {nquads.iri(o)} {g} .\n",
        f"{t} {_P['count']} {nquads.integer(count)} {g} .\n",
        f"{t} {_P['engagementCount']} {nquads.integer(told)} {g} .\n",
    ]
    if p not in _CLASS:
        out.append(f"{t} {_P['relationName']} {nquads.literal(p.rsplit('#', 1)[-1])} {g} .\n")
    for prop, node in (("subjectLabel", s), ("objectLabel", o)):
        if (name := label_term(store, node, cache)) is not None:
            out.append(f"{t} {_P[prop]} {name} {g} .\n")
    if first:
        out.append(f"{t} {_P['firstDate']} {nquads.date(first)} {g} .\n")
        out.append(f"{t} {_P['lastDate']} {nquads.date(last)} {g} .\n")
    return out


def current(store: Store, keys: Iterable[Key]) -> Iterator[ox.Quad]:
    for key in keys:
        yield from store.quads_for_pattern(tie_iri(key), None, None, _G)


def is_relation_tie(q: ox.Quad) -> bool:
    """The quad that names the relation of an rk:Tie (one per relation tie)."""
    return q.predicate == _RELATION_NAME and q.subject.value.startswith(BASE + "tie/")
