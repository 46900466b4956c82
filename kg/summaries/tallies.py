"""Tallies: counts over all readouts, kept per key so that aggregate questions are lookups.

Each readout adds a little to a few keys: its engagement to (year, type), its
claims to their relation, the tone of its claims to (actor, actor, year), and
its "cooperates via" claims, at state level, to (state, organisation, year).
A tally is the sum over readouts, so a build adds what new readouts bring
and takes away what removed ones brought; ``kg.summaries.tracker`` decides when, and
rebuilds them whole when a build stopped half-way. They sit in the ties
graph, one node per key, of a subclass of ``rk:Tally``.

Every tally also counts engagements (``rk:engagementCount``): each readout
adds one to each key it gives, and an engagement several readouts report
takes back what they give twice (``shared``), so the two sides of a call count
once. That part is a sum too, over engagements instead of readouts.

State level is the roll-up of the network's state graph (``kg.actors.Roller``):
a person counts for the state the same readout says they lead, else the state
whose office they held on the readout's date, else their country.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from functools import cache

from kg import actors
from kg.model import RELATIONS
from kg.rdf import terms as nquads
from kg.rdf.iris import digest
from kg.rdf.vocab import BASE, ONT, TIES
from kg.store import terms as ox  # the store's terms, for lookups by pattern
from kg.store.database import Store
from kg.summaries.facts import ReadoutFacts, label_term

Key = tuple  # (kind, dimension, ..., year): see contributions()

_G = ox.NamedNode(TIES)
# The class of each kind of tally.
_CLASS = {
    kind: ox.NamedNode(ONT + name)
    for kind, name in (
        ("engagements", "EngagementTally"), ("relation", "RelationTally"),
        ("tone", "ToneTally"), ("framework", "FrameworkTally"),
    )
}  # fmt: skip
_P = {name: ox.NamedNode(ONT + name) for name in (
    "year", "engagementType", "tiePredicate", "relationName", "tieSubject",
    "tieObject", "subjectLabel", "objectLabel", "count", "claims", "positive", "negative",
    "neutral", "triples", "engagementCount",
)}  # fmt: skip
_PROP = {name: nquads.iri(node.value) for name, node in _P.items()}
_CLASS_TERM = {kind: nquads.iri(node.value) for kind, node in _CLASS.items()}
_GRAPH = nquads.iri(TIES)
_COOPERATES_VIA = ONT + "cooperatesVia"
_LEADER_OF = ONT + "leaderOf"
# Every tally of a kind carries all its counts, zeros included.
MEASURES = {
    "engagements": ("count", "engagementCount"),
    "relation": ("claims", "count", "engagementCount", "triples"),
    "tone": ("negative", "neutral", "positive", "engagementCount"),
    "framework": ("count", "engagementCount"),
}
ENGAGEMENT_COUNT = "engagementCount"
_TONE = {1: "positive", -1: "negative", 0: "neutral"}
_TOPICS = BASE + "topic/"


@cache
def _polarity() -> dict[str, str]:
    return {ONT + r: _TONE[sign] for r, sign in actors.polarity().items()}


class Roll:
    """Folds a person into a state as ``kg.actors.Roller`` does, one readout at a time."""

    def __init__(self, store: Store):
        self.actors = {
            n: actors.Actor(n, lab, t.rsplit("#", 1)[-1], country)
            for n, t, lab, country in store.select(actors.ACTORS_Q)[1]
        }
        tenures: dict[str, list[actors.Tenure]] = {}
        for n, _office, of, start, end in store.select(actors.TENURES_Q)[1]:
            tenures.setdefault(n, []).append(
                actors.Tenure(n, of, str(start) if start else None, str(end) if end else None)
            )
        self.roller = actors.Roller(self.actors, tenures)

    def state(self, node: str, f: ReadoutFacts) -> str | None:
        """The state ``node`` stands for in readout ``f``, if any."""
        if node in f.persons and node not in self.actors:  # a person the readout minted
            self.actors[node] = actors.Actor(node, node, "Person")
        led = [o for s, p, o in f.relations if s == node and p == _LEADER_OF]
        up = self.roller.fold(node, led, f.date)
        a = self.actors.get(up)
        return up if a is not None and a.type == "State" else None


def contributions(f: ReadoutFacts, roll: Roll) -> dict[Key, dict[str, int]]:
    """What one readout adds to each tally (plain dicts: this runs for every readout)."""
    out: dict[Key, dict[str, int]] = {}
    year = f.year
    if f.event_type:
        out[("engagements", f.event_type, year)] = {"count": 1}
    pol = _polarity()
    for s, p, o in f.relations:
        c = out.get(key := ("relation", p))
        if c is None:
            c = out[key] = {"claims": 0}
        c["claims"] += 1
        c["count"] = 1  # readouts asserting the relation
        if year is not None and s != o and not o.startswith(_TOPICS):  # between two actors
            # Kept once per pair, the two in IRI order; the query reads it from either end.
            c = out.get(key := ("tone", min(s, o), max(s, o), year))
            if c is None:
                c = out[key] = {}
            c[pol[p]] = c.get(pol[p], 0) + 1
        if p == _COOPERATES_VIA and (state := roll.state(s, f)) is not None:
            out[("framework", state, o, year)] = {"count": 1}
    for c in out.values():
        c[ENGAGEMENT_COUNT] = 1  # the readout's engagement, taken back by shared() if told twice
    return out


def shared(told: list[dict[Key, dict[str, int]]]) -> dict[Key, dict[str, int]]:
    """What one engagement reported in several readouts (``told``: each one's contributions)
    takes off the engagement counts, so that it counts once in each tally it gives."""
    n = Counter(key for part in told for key in part)
    return {key: {ENGAGEMENT_COUNT: 1 - c} for key, c in n.items() if c > 1}


def add(total: dict[Key, Counter], part: dict[Key, dict[str, int]], sign: int = 1) -> None:
    for key, counts in part.items():
        c = total.get(key)
        if c is None:
            c = total[key] = Counter()
        for k, v in counts.items():
            c[k] += sign * v


def _tally_name(key: Key) -> str:
    return f"{BASE}tally/{digest(*(str(k) for k in key))}"


def tally_iri(key: Key) -> ox.NamedNode:
    return ox.NamedNode(_tally_name(key))


def tally_lines(store: Store, key: Key, counts: Counter, cache: dict) -> list[str]:
    """The node of one tally as N-Quads lines; none when every count is zero."""
    if not any(counts[m] for m in MEASURES[key[0]] if m != "triples"):
        return []  # no readout gives it any more
    t, g = nquads.iri(_tally_name(key)), _GRAPH
    kind, *dims = key
    out = [f"{t} {nquads.TYPE} {_CLASS_TERM[kind]} {g} .\n"]

    def put(prop: str, value: str) -> None:
        out.append(f"{t} {_PROP[prop]} {value} {g} .\n")

    if kind == "relation":
        put("tiePredicate", nquads.iri(dims[0]))
        put("relationName", nquads.literal(dims[0].rsplit("#", 1)[-1]))
    elif kind == "engagements":
        put("engagementType", nquads.literal(dims[0]))
    else:  # tone, framework: two nodes and a year
        for prop, named, node in (
            ("tieSubject", "subjectLabel", dims[0]),
            ("tieObject", "objectLabel", dims[1]),
        ):
            put(prop, nquads.iri(node))
            if (name := label_term(store, node, cache)) is not None:
                put(named, name)
    year = dims[-1] if kind in ("engagements", "tone", "framework") else None
    if year is not None:
        put("year", nquads.integer(year))
    for measure in MEASURES[kind]:
        put(measure, nquads.integer(counts[measure]))
    return out


def measures(store: Store, key: Key) -> Counter:
    """The counts a tally's node holds now."""
    names = {
        _P[m]: m
        for m in ("count", "claims", "positive", "negative", "neutral", "triples", ENGAGEMENT_COUNT)
    }
    out = Counter()
    for q in store.quads_for_pattern(tally_iri(key), None, None, _G):
        if q.predicate in names:
            out[names[q.predicate]] = int(q.object.value)
    return out


def current(store: Store, keys: Iterable[Key]) -> Iterator[ox.Quad]:
    for key in keys:
        yield from store.quads_for_pattern(tally_iri(key), None, None, _G)


def relation_triples(store: Store) -> Counter:
    """Distinct triples per relation property: the number of its ties."""
    out = Counter()
    for r in RELATIONS:
        p = ox.NamedNode(ONT + r)
        out[ONT + r] = sum(
            1
            for q in store.quads_for_pattern(None, _P["tiePredicate"], p, _G)
            if q.subject.value.startswith(BASE + "tie/")
        )
    return out
