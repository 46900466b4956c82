"""Keeping the ties graph (ties and tallies) in step with the readout graphs.

The builder tells a ``Tracker`` which readout graphs are about to change and
which have changed; ``finish`` then rewrites what they touch in one
transaction. A mark is written before the first readout graph changes and
removed with that transaction, so a build killed in between leaves the mark
and the next build recomputes the whole graph from the readouts.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator

import pyoxigraph as ox

from kg import facts, tallies, ties
from kg.iris import ONT, TIES
from kg.model import RELATIONS
from kg.store import Store

_G = ox.NamedNode(TIES)
_MARK_GRAPH = ox.NamedNode(TIES + "-stale")
_MARK = ox.Quad(_MARK_GRAPH, ox.NamedNode(ONT + "stale"), ox.Literal(True), _MARK_GRAPH)
_RELATION_KEYS = [("relation", ONT + r) for r in RELATIONS]

# Above this many changed links, recomputing the whole graph with the bulk loader is
# faster than rewriting link by link in one transaction.
REFRESH_LIMIT = 20_000


def is_stale(store: Store) -> bool:
    """The summaries may not match the readouts: a build stopped between the two, or none ran."""
    s = store.oxigraph
    return bool(next(iter(s.quads_for_pattern(None, None, None, _MARK_GRAPH)), None)) or (
        not s.contains_named_graph(_G) and bool(store.readout_graphs())
    )


def mark_stale(store: Store) -> None:
    """Said before readout graphs change, undone once their summaries are rewritten."""
    store.add_quads([_MARK])


def _triples(quads: Iterable[ox.Quad]) -> Counter:
    """Relation ties among these quads, per relation property."""
    return Counter(ONT + q.object.value for q in quads if ties.is_relation_tie(q))


def _tally_quads(
    store: ox.Store, counts: dict, triples: Counter, cache: dict
) -> Iterator[ox.Quad]:
    for key in _RELATION_KEYS:
        counts.setdefault(key, Counter())["triples"] = triples[key[1]]
    for key in sorted(counts, key=str):
        yield from tallies.tally_quads(store, key, counts[key], cache)


def _whole(store: Store) -> tuple[list[ox.Quad], list[ox.Quad]]:
    """Every tie and every tally, computed from the readout graphs."""
    s = store.oxigraph
    every = list(facts.from_store(s))
    tie_quads = list(ties.from_facts(s, every))
    counts = tallies.all_tallies(store, every)
    return tie_quads, list(_tally_quads(s, counts, _triples(tie_quads), {}))


def rebuild(store: Store) -> int:
    """Recompute the whole graph (after a crash, or on a store built before it existed)."""
    mark_stale(store)
    store.remove_graph(TIES)
    tie_quads, tally_quads = _whole(store)
    store.bulk_add(tie_quads + tally_quads)
    store.swap_quads([_MARK], [], create=TIES)
    return sum(1 for q in tie_quads if q.predicate == ties._TYPE)


def refresh(store: Store, keys: set, noted: list[tuple[facts.ReadoutFacts, int]]) -> int:
    """Rewrite the ties of ``keys`` and add the readouts' ``noted`` tallies, in one transaction."""
    s, cache = store.oxigraph, {}
    old = list(ties.current(s, keys))
    new = [q for key in sorted(keys) for q in ties.tie_quads(s, key, cache)]
    triples = tallies.relation_triples(s)
    triples.update(_triples(new))
    triples.subtract(_triples(old))
    delta: dict = {}
    roll = tallies.Roll(store, [f for f, _ in noted])
    for f, sign in noted:
        tallies.add(delta, tallies.contributions(f, roll), sign)
    counts = {}
    for key in set(delta) | set(_RELATION_KEYS):
        counts[key] = tallies.measures(s, key)
        counts[key].update(delta.get(key, {}))
    old += tallies.current(s, counts)
    new += _tally_quads(s, counts, triples, cache)
    store.swap_quads(old + [_MARK], new, create=TIES)
    return len(keys)


class Tracker:
    """Follows one build's writes and brings the summaries up to date at the end.

    The builder calls ``mark`` before it changes any readout graph,
    ``leaving`` with graphs about to be replaced or removed, ``arrived`` with
    graphs just written, and ``finish`` once.
    """

    def __init__(self, store: Store):
        self.store = store
        self.keys: set = set()
        self.noted: list[tuple[facts.ReadoutFacts, int]] = []
        self.marked = False
        # A stale store, or one with no readouts yet, gets its summaries computed whole.
        self.whole = is_stale(store) or not store.readout_graphs()

    def mark(self) -> None:
        """Called before any readout graph changes: a crash from here on leaves the mark."""
        if not self.marked:
            mark_stale(self.store)
            self.marked = True

    def relabel(self) -> None:
        """The background graph changed: names and state roll-ups may have changed with it."""
        if self.store.readout_graphs():
            self.mark()
            self._go_whole()

    def leaving(self, graphs: Iterable[str]) -> None:
        """These graphs are about to be replaced or removed: take back what they gave."""
        self._note(graphs, -1)

    def arrived(self, graphs: Iterable[str]) -> None:
        """These graphs were just written: add what they give."""
        self._note(graphs, 1)

    def _note(self, graphs: Iterable[str], sign: int) -> None:
        if self.whole:
            return
        for g in graphs:
            f = facts.from_graph(self.store.oxigraph, g)
            if f is not None:
                self.keys |= ties.keys_of(f)
                self.noted.append((f, sign))
        if len(self.keys) > REFRESH_LIMIT:
            self._go_whole()

    def _go_whole(self) -> None:
        self.whole, self.keys, self.noted = True, set(), []

    def finish(self) -> int:
        """Rewrite what changed; returns the number of ties rewritten."""
        if self.whole and (self.marked or is_stale(self.store)):
            return rebuild(self.store)
        if self.marked:
            return refresh(self.store, self.keys, self.noted)
        return 0


def check(store: Store) -> list[str]:
    """How the ties graph differs from what the readout graphs give (empty when current)."""
    tie_quads, tally_quads = _whole(store)
    want = set(tie_quads) | set(tally_quads)
    have = set(store.oxigraph.quads_for_pattern(None, None, None, _G))
    out = [f"missing: {q}" for q in sorted(want - have, key=str)]
    out += [f"unexpected: {q}" for q in sorted(have - want, key=str)]
    if is_stale(store):
        out.append("the ties are marked stale")
    return out
