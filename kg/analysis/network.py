"""The graph as networkx: actor networks, a state-level roll-up, actors and organisations.

Everything starts from the relation triples of the readout graphs (one
*assertion* per triple per readout) and the actors' background facts, read
from the store once (``load``) and shared by every projection, so an
analysis or an export runs one pass of SPARQL however many graphs it draws.

Dates: an assertion's date is its engagement's date when that is a full
``YYYY-MM-DD``, else the readout's publication date, else none. Time slices
(``since``/``until``, each ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``, both
inclusive) keep dated assertions only.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

import networkx as nx

from kg.actors import (  # noqa: F401  (the network's actors, re-exported for its users)
    ACTORS_Q,
    PREFIXES,
    TENURES_Q,
    Actor,
    Assertion,
    Roller,
    Tenure,
    polarity,
)
from kg.errors import KgError
from kg.model import RELATIONS
from kg.rdf.vocab import BACKGROUND, ENGAGEMENTS
from kg.store.database import Store

TYPES = ("Person", "State", "Organization")
_VALUES = " ".join(f"rk:{r}" for r in RELATIONS)
MINTED_Q = (
    PREFIXES
    + f"""SELECT DISTINCT ?n ?type ?label WHERE {{
  {{ SELECT DISTINCT ?g ?n ?label WHERE {{
       GRAPH ?g {{ ?n rdfs:label ?label }} FILTER (?g != <{BACKGROUND}>) }} }}
  GRAPH ?g {{ ?n a ?type }}
  VALUES ?type {{ rk:Person rk:State rk:Organization }}
}}"""
)
# The engagement's date sits in its readout's graph, the only dcterms:date there.
EVENT_DATES_Q = PREFIXES + """SELECT ?g ?date WHERE { GRAPH ?g { ?e dcterms:date ?date } }"""
ISSUED_Q = PREFIXES + """SELECT ?g ?issued WHERE { GRAPH ?g { ?g dcterms:issued ?issued } }"""
PUBLISHERS_Q = PREFIXES + """SELECT ?g ?p WHERE { GRAPH ?g { ?g dcterms:publisher ?p } }"""
PART_OF_Q = PREFIXES + f"""SELECT ?g ?e WHERE {{ GRAPH <{ENGAGEMENTS}> {{ ?g rk:partOf ?e }} }}"""
TRIPLES_Q = (
    PREFIXES
    + f"""SELECT ?g ?s ?p ?o WHERE {{
  VALUES ?p {{ {_VALUES} }}
  GRAPH ?g {{ ?s ?p ?o }}
  FILTER (?g != <{BACKGROUND}>)
}}"""
)
PARTICIPANTS_Q = (
    PREFIXES
    + f"""SELECT ?g ?a WHERE {{
  GRAPH ?g {{ ?e rk:participant ?a }} FILTER (?g != <{BACKGROUND}>)
}}"""
)
SENTENCES_Q = (
    PREFIXES
    + """SELECT ?g ?s ?p ?o ?sentence WHERE {
  GRAPH ?g { ?c rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; rk:sentence ?sentence }
}"""
)
BOUND = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass
class GraphData:
    """What every projection is drawn from: actors, assertions and who led what when."""

    actors: dict[str, Actor]
    assertions: list[Assertion]
    participants: dict[str, tuple[str, ...]] = field(default_factory=dict)  # readout -> actors
    dates: dict[str, str | None] = field(default_factory=dict)  # readout -> date
    tenures: dict[str, list[Tenure]] = field(default_factory=dict)  # person -> tenures
    since: str | None = None  # the slice asked for, if any
    until: str | None = None
    engagement: dict[str, str] = field(default_factory=dict)  # readout -> its engagement
    publisher: dict[str, str] = field(default_factory=dict)  # readout -> who published it

    def in_range(self, since: str | None, until: str | None) -> GraphData:
        """The slice of readouts dated within [since, until]."""
        if not since and not until:
            return self
        since, until = check_bound(since, "since"), check_bound(until, "until")
        keep = {g for g, d in self.dates.items() if within(d, since, until)}
        return GraphData(
            self.actors,
            [a for a in self.assertions if a.readout in keep],
            {g: p for g, p in self.participants.items() if g in keep},
            {g: d for g, d in self.dates.items() if g in keep},
            self.tenures,
            since or self.since,
            until or self.until,
            self.engagement,
            self.publisher,
        )


def check_bound(value: str | None, name: str) -> str | None:
    if value is None or value == "":
        return None
    if not BOUND.match(value):
        raise KgError(f"--{name}", f"'{value}' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
    return value


def within(day: str | None, since: str | None, until: str | None) -> bool:
    if not since and not until:
        return True
    if day is None:
        return False
    return (not since or day[: len(since)] >= since) and (not until or day[: len(until)] <= until)


def _local(iri: str) -> str:
    return iri.rsplit("#", 1)[-1]


def load(
    store: Store, since: str | None = None, until: str | None = None, sentences: bool = False
) -> GraphData:
    """Read actors, relation assertions, participants and tenures from ``store``."""
    since, until = check_bound(since, "since"), check_bound(until, "until")
    intern: dict[str, str] = {}

    def i(v):
        return intern.setdefault(v, v) if isinstance(v, str) else v

    offices: dict[str, list[str]] = defaultdict(list)
    tenures: dict[str, list[Tenure]] = defaultdict(list)
    _, rows = store.select(ACTORS_Q)
    rows += [[n, t, label, None] for n, t, label in store.select(MINTED_Q)[1]]
    labels = {n: label for n, _t, label, _c in rows}
    for n, office, of, start, end in store.select(TENURES_Q)[1]:
        start, end = (str(start) if start else None), (str(end) if end else None)
        tenures[i(n)].append(Tenure(i(n), i(of), start, end))
        span = f"{start[:4] if start else '?'}–{end[:4] if end else ''}"
        offices[n].append(f"{office or 'office'} of {labels.get(of, _local(of))} ({span})")
    actors: dict[str, Actor] = {}
    for n, t, label, country in sorted(rows, key=lambda r: (r[0], r[1], r[2])):
        if n not in actors:  # first label wins should a node carry two
            actors[i(n)] = Actor(i(n), label, _local(t), country, tuple(sorted(offices.get(n, ()))))

    dates: dict[str, str | None] = dict.fromkeys(map(i, store.readout_graphs()))
    for g, issued in store.select(ISSUED_Q)[1]:
        if g in dates and issued and DATE.match(str(issued)):
            dates[g] = str(issued)
    for g, date in store.select(EVENT_DATES_Q)[1]:
        if g in dates and date and DATE.match(str(date)):
            dates[g] = str(date)  # the engagement's own date wins over publication
    keep = {g for g, d in dates.items() if within(d, since, until)}
    dates = {g: d for g, d in dates.items() if g in keep}

    said: dict[tuple, str] = {}
    if sentences:
        for g, s, p, o, sentence in store.select(SENTENCES_Q)[1]:
            if g in keep:
                said.setdefault((g, s, p, o), sentence)
    assertions = []
    for g, s, p, o in store.select(TRIPLES_Q)[1]:
        if g not in keep or s not in actors or o not in actors:
            continue  # topic objects and readouts outside the slice
        assertions.append(
            Assertion(i(s), i(_local(p)), i(o), i(g), dates[g], said.get((g, s, p, o)))
        )
    assertions.sort(key=lambda a: (a.date or "", a.readout, a.subject, a.relation, a.object))
    participants: dict[str, list[str]] = defaultdict(list)
    for g, a in store.select(PARTICIPANTS_Q)[1]:
        if g in keep and a in actors:
            participants[i(g)].append(i(a))
    return GraphData(
        actors,
        assertions,
        {g: tuple(sorted(set(p))) for g, p in participants.items()},
        dates,
        dict(tenures),
        since,
        until,
        {str(g): str(e) for g, e in store.select(PART_OF_Q)[1] if g in keep},
        {str(g): str(p) for g, p in store.select(PUBLISHERS_Q)[1] if g in keep},
    )


# -- node attributes -----------------------------------------------------------------


def _node_attrs(actor: Actor, readouts: int, dates: Iterable[str]) -> dict:
    return {
        "label": actor.label,
        "type": actor.type,
        "country": actor.country,
        "offices": "; ".join(actor.offices) or None,
        "readouts": readouts,
        "iri": actor.iri,
        "dates": sorted(set(dates)),
    }


def _actor_readouts(data: GraphData) -> dict[str, dict[str, str | None]]:
    """Actor -> {readout: date} of every readout with the actor in a relation or taking part."""
    seen: dict[str, dict[str, str | None]] = defaultdict(dict)
    for a in data.assertions:
        seen[a.subject][a.readout] = a.date
        seen[a.object][a.readout] = a.date
    for readout, people in data.participants.items():
        for p in people:
            seen[p][readout] = data.dates.get(readout)
    return seen


def _add_nodes(g: nx.Graph, data: GraphData, seen: dict[str, dict[str, str | None]]) -> None:
    for n in sorted(seen):
        actor = data.actors.get(n)
        if actor is None:
            continue
        rs = seen[n]
        g.add_node(n, **_node_attrs(actor, len(rs), (d for d in rs.values() if d)))


# -- projections ------------------------------------------------------------------------


def actor_multigraph(data: GraphData) -> nx.MultiDiGraph:
    """One edge per relation per readout (key ``relation|readout``): date, readout, sentence."""
    pol = polarity()
    g = nx.MultiDiGraph()
    _add_nodes(g, data, _actor_readouts(data))
    for a in data.assertions:
        g.add_edge(
            a.subject,
            a.object,
            key=f"{a.relation}|{a.readout}",
            relation=a.relation,
            readout=a.readout,
            date=a.date,
            sentence=a.sentence,
            polarity=pol[a.relation],
        )
    return g


@dataclass
class _Tie:
    readouts: set = field(default_factory=set)
    dates: set = field(default_factory=set)
    by_relation: Counter = field(default_factory=Counter)


def _ties(
    assertions: Iterable[tuple[str, str, str, str, str | None]], per_relation: bool
) -> dict[tuple, _Tie]:
    ties: dict[tuple, _Tie] = defaultdict(_Tie)
    for s, rel, o, readout, date in assertions:
        t = ties[(s, o, rel) if per_relation else (s, o)]
        t.readouts.add(readout)
        t.by_relation[rel] += 1
        if date:
            t.dates.add(date)
    return ties


def _attested(t: _Tie, data: GraphData) -> dict[str, int]:
    """How many engagements stand behind a tie, and how many sides at most in one of them
    (2: both sides' readouts of one engagement assert it)."""
    sides: dict[str, set] = defaultdict(set)
    for r in t.readouts:
        sides[data.engagement.get(r, r)].add(data.publisher.get(r, r))
    return {"engagements": len(sides), "sides": max(map(len, sides.values()), default=0)}


def _relation_edges(g: nx.MultiDiGraph, ties: dict[tuple, _Tie], data: GraphData) -> None:
    pol = polarity()
    for (s, o, rel), t in sorted(ties.items()):
        dates = sorted(t.dates)
        g.add_edge(
            s,
            o,
            key=rel,
            relation=rel,
            weight=len(t.readouts),
            readouts=len(t.readouts),
            polarity=pol[rel],
            first=dates[0] if dates else None,
            last=dates[-1] if dates else None,
            dates=dates,
            **_attested(t, data),
        )


def _pair_edges(g: nx.DiGraph, ties: dict[tuple, _Tie], data: GraphData) -> None:
    pol = polarity()
    for (s, o), t in sorted(ties.items()):
        dates = sorted(t.dates)
        pos = sum(n for r, n in t.by_relation.items() if pol[r] > 0)
        neg = sum(n for r, n in t.by_relation.items() if pol[r] < 0)
        attrs = {r: n for r, n in sorted(t.by_relation.items())}
        g.add_edge(
            s,
            o,
            weight=sum(t.by_relation.values()),
            readouts=len(t.readouts),
            positive=pos,
            negative=neg,
            polarity=score(pos, neg),
            relations="; ".join(sorted(t.by_relation)),
            first=dates[0] if dates else None,
            last=dates[-1] if dates else None,
            dates=dates,
            **_attested(t, data),
            **attrs,
        )


def score(positive: int, negative: int) -> float:
    """Net tone in [-1, 1]: (positive - negative) / (positive + negative); 0 with neither."""
    return round((positive - negative) / (positive + negative), 4) if positive + negative else 0.0


def relation_graph(data: GraphData) -> nx.MultiDiGraph:
    """One edge per (subject, relation, object), weighted by the readouts asserting it."""
    g = nx.MultiDiGraph()
    _add_nodes(g, data, _actor_readouts(data))
    _relation_edges(
        g,
        _ties(
            ((a.subject, a.relation, a.object, a.readout, a.date) for a in data.assertions),
            per_relation=True,
        ),
        data,
    )
    return g


def weighted_digraph(data: GraphData) -> nx.DiGraph:
    """One edge per ordered pair: total weight, a count per relation, and a polarity score.

    ``weight`` counts assertions (relation x readout), ``readouts`` the
    readouts behind them; each relation's count is an edge attribute of its
    name; ``polarity`` is ``score(positive, negative)`` over those counts.
    """
    g = nx.DiGraph()
    _add_nodes(g, data, _actor_readouts(data))
    _pair_edges(
        g,
        _ties(
            ((a.subject, a.relation, a.object, a.readout, a.date) for a in data.assertions),
            per_relation=False,
        ),
        data,
    )
    return g


def rolled_up(data: GraphData) -> Iterator[tuple[str, str, str, str, str | None]]:
    """Assertions at state level; ``leaderOf`` and self-loops dropped."""
    up = Roller(data.actors, data.tenures, data.assertions)
    for a in data.assertions:
        if a.relation == "leaderOf":
            continue
        s, o = up(a.subject, a.readout, a.date), up(a.object, a.readout, a.date)
        if s != o:
            yield s, a.relation, o, a.readout, a.date


def state_graph(data: GraphData, per_relation: bool = True) -> nx.DiGraph:
    """The actor graph with people folded into the state they led at the time."""
    rows = list(rolled_up(data))
    seen: dict[str, dict[str, str | None]] = defaultdict(dict)
    for s, _rel, o, readout, date in rows:
        seen[s][readout] = date
        seen[o][readout] = date
    up = Roller(data.actors, data.tenures, data.assertions)
    for readout, people in data.participants.items():
        for p in people:
            seen[up(p, readout, data.dates.get(readout))][readout] = data.dates.get(readout)
    g = nx.MultiDiGraph() if per_relation else nx.DiGraph()
    _add_nodes(g, data, seen)
    if per_relation:
        _relation_edges(g, _ties(rows, per_relation=True), data)
    else:
        _pair_edges(g, _ties(rows, per_relation=False), data)
    return g


def bipartite_graph(data: GraphData) -> nx.Graph:
    """Actors (``bipartite=0``) and the organisations (``bipartite=1``) they relate to.

    An edge for each actor-organisation pair linked by any relation in either
    direction (``memberOf``, ``cooperatesVia``, ``supports`` ...), weighted by
    readouts, with the relations named.
    """
    rows = []
    for a in data.assertions:
        ts = data.actors[a.subject].type, data.actors[a.object].type
        if ts[1] == "Organization" and ts[0] != "Organization":
            rows.append((a.subject, a.relation, a.object, a.readout, a.date))
        elif ts[0] == "Organization" and ts[1] != "Organization":
            rows.append((a.object, a.relation, a.subject, a.readout, a.date))
    g = nx.Graph()
    seen: dict[str, dict[str, str | None]] = defaultdict(dict)
    for s, _r, o, readout, date in rows:
        seen[s][readout] = date
        seen[o][readout] = date
    _add_nodes(g, data, seen)
    for n, d in g.nodes(data=True):
        d["bipartite"] = 1 if d["type"] == "Organization" else 0
    for (s, o), t in sorted(_ties(rows, per_relation=False).items()):
        dates = sorted(t.dates)
        g.add_edge(
            s,
            o,
            weight=len(t.readouts),
            readouts=len(t.readouts),
            relations="; ".join(sorted(t.by_relation)),
            first=dates[0] if dates else None,
            last=dates[-1] if dates else None,
            dates=dates,
        )
    return g


def pagerank(
    g: nx.DiGraph, alpha: float = 0.85, tol: float = 1e-10, max_iter: int = 200
) -> dict[str, float]:
    """Weighted PageRank by power iteration (networkx's own needs scipy, which this avoids)."""
    nodes = list(g)
    if not nodes:
        return {}
    n = len(nodes)
    out_w = {u: sum(d.get("weight", 1) for _, _, d in g.out_edges(u, data=True)) for u in nodes}
    rank = dict.fromkeys(nodes, 1.0 / n)
    for _ in range(max_iter):
        dangling = alpha * sum(rank[u] for u in nodes if out_w[u] == 0) / n
        new = dict.fromkeys(nodes, (1.0 - alpha) / n + dangling)
        for u, v, d in g.edges(data=True):
            if out_w[u]:
                new[v] += alpha * rank[u] * d.get("weight", 1) / out_w[u]
        err = sum(abs(new[u] - rank[u]) for u in nodes)
        rank = new
        if err < n * tol:
            break
    return rank


def top(values: dict[str, float], k: int = 10) -> list[tuple[str, float]]:
    return sorted(values.items(), key=lambda kv: (-kv[1], kv[0]))[:k]


def size_for(readouts: int) -> float:
    """A node size that grows with the square root of its readouts, for Gephi."""
    return round(4.0 + 2.0 * math.sqrt(readouts), 2)
