"""Keeping the ties graph (ties and tallies) in step with the readout graphs.

The builder tells a ``Tracker`` which readout graphs are about to change and
which have changed; ``finish`` then rewrites what they touch in one
transaction. A mark is written before the first readout graph changes and
removed with that transaction, so a build killed in between leaves the mark
and the next build recomputes the whole graph from the readouts.

A first build never reads its graphs back: the workers hand over each
readout's facts with its triples, and the totals grow as batches are loaded.
Each readout's entries among the totals are remembered (references, about 0.6 kB
a readout), so that an engagement told by several readouts is counted once in
each tie and tally it gives without reading those readouts back (2.4 ms each).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor

from kg.model import RELATIONS
from kg.rdf.vocab import ONT, TIES
from kg.store import terms as ox  # the store's terms, for lookups by pattern
from kg.store.database import Store
from kg.summaries import engagements, facts, tallies, ties

_G = ox.NamedNode(TIES)
_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
_MARK_GRAPH = ox.NamedNode(TIES + "-stale")
_MARK = ox.Quad(_MARK_GRAPH, ox.NamedNode(ONT + "stale"), ox.Literal(True), _MARK_GRAPH)
_RELATION_KEYS = [("relation", ONT + r) for r in RELATIONS]

# Above this many changed links, recomputing the whole graph is faster than rewriting
# link by link in one transaction.
REFRESH_LIMIT = 20_000
# Quads per bulk load when the graph is written whole (or held at once when a whole
# rebuild compares what it makes with what is stored). At 100,000 readouts, 50,000
# took 20 s and 0.3 GB for the 2.2 M quads; 200,000 took 26 s and 0.5 GB, and one load
# of everything 24 s and 1.6 GB.
CHUNK = 50_000


def is_stale(store: Store) -> bool:
    """The summaries may not match the readouts: a build stopped between the two, or none ran."""
    s = store
    return bool(next(iter(s.quads_for_pattern(None, None, None, _MARK_GRAPH)), None)) or (
        not (s.contains_graph(TIES) and s.contains_graph(engagements.ENGAGEMENTS))
        and bool(store.readout_graphs())
    )


def mark_stale(store: Store) -> None:
    """Said before readout graphs change, undone once their summaries are rewritten."""
    store.swap_quads([], [_MARK])


class Totals:
    """Every tie's count and dates and every tally, summed over readouts' facts."""

    def __init__(self, store: Store):
        self.store = store
        self.ties: dict[tuple, list] = {}  # key -> [count, first date, last date]
        self.tallies: dict[tuple, Counter] = {}
        self._roll: tallies.Roll | None = None  # made at the first readout: the background is in
        self.records: list[engagements.Record] = []  # what engagement linking reads
        self._groups: list[list[engagements.Record]] | None = None
        # Per readout graph, the tie entries and tally counters it added to (the objects
        # themselves, shared with the dicts above): what its engagement must not count twice.
        self._gave: dict[str, tuple[tuple, tuple]] = {}

    def add(self, f: facts.ReadoutFacts) -> None:
        d = f.date
        gave = []
        for key in ties.keys_of(f):
            t = self.ties.get(key)
            if t is None:
                t = self.ties[key] = [0, d, d]
            t[0] += 1
            if d and (t[1] is None or d < t[1]):
                t[1] = d
            if d and (t[2] is None or d > t[2]):
                t[2] = d
            gave.append(t)
        if self._roll is None:
            self._roll = tallies.Roll(self.store)
        part = tallies.contributions(f, self._roll)
        tallies.add(self.tallies, part)
        self._gave[f.graph] = (tuple(gave), tuple(self.tallies[k] for k in part))
        self.records.append(engagements.record(f, self._roll.state))
        self._groups = None

    def groups(self) -> list[list[engagements.Record]]:
        """The readouts grouped into engagements (computed once)."""
        if self._groups is None:
            self._groups = engagements.groups(self.records)
        return self._groups

    def _shared(self) -> tuple[Counter, Counter]:
        """What engagements told by several readouts take off the engagement counts, by the
        ``id`` of each tie entry and tally counter: 1 - the readouts of one engagement giving
        it. A readout alone is an engagement of its own and counts as it did."""
        told, tallied = Counter(), Counter()
        for grp in self.groups():
            if len(grp) > 1:
                for i, fix in enumerate((told, tallied)):
                    n = Counter(id(x) for r in grp for x in self._gave[r.graph][i])
                    fix.update({x: 1 - c for x, c in n.items() if c > 1})
        return told, tallied

    def lines(self) -> Iterator[str]:
        """The ties, then the tallies (the relation tallies count the ties), as N-Quads."""
        s, cache = self.store, {}
        triples = Counter()
        told, tallied = self._shared()
        for key in sorted(self.ties):
            t = self.ties[key]
            count, first, last = t
            triples[key[1]] += 1
            yield from ties.tie(s, key, count, count + told[id(t)], first, last, cache)
        counts = {}
        for key, c in self.tallies.items():
            counts[key] = Counter(c)
            counts[key][tallies.ENGAGEMENT_COUNT] += tallied[id(c)]
        yield from _tally_lines(s, counts, triples, cache)

    def quads(self) -> list[ox.Quad]:
        return ox.parse_nquads(self.lines())


def _tally_lines(store: Store, counts: dict, triples: Counter, cache: dict) -> Iterator[str]:
    for key in _RELATION_KEYS:
        counts.setdefault(key, Counter())["triples"] = triples[key[1]]
    for key in sorted(counts, key=str):
        yield from tallies.tally_lines(store, key, counts[key], cache)


def _from_store(store: Store) -> Totals:
    totals = Totals(store)
    for f in facts.from_store(store):
        totals.add(f)
    return totals


def _chunks(items: Iterable) -> Iterator[list]:
    chunk: list = []
    for q in items:
        chunk.append(q)
        if len(chunk) >= CHUNK:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _load_behind(store: Store, lines: Iterable[str]) -> None:
    """Bulk-load ``lines`` in chunks, each loaded on a thread while the next one is made."""
    with ThreadPoolExecutor(1, thread_name_prefix="kg-summaries") as loader:
        loading: Future | None = None
        for chunk in _chunks(lines):
            data = "".join(chunk).encode("utf-8")
            if loading is not None:
                loading.result()
            loading = loader.submit(store.add_nquads, data)
        if loading is not None:
            loading.result()


def rebuild(store: Store, totals: Totals | None = None) -> int:
    """Write the whole graph from ``totals``, else from the readout graphs as they stand.

    Removing a large graph in a transaction costs as much as writing it several
    times, so an existing graph is brought in line node by node: after a crash
    or a gazetteer change most nodes are already right.
    """
    mark_stale(store)
    totals = totals or _from_store(store)
    s = store
    have = {q.subject for q in s.quads_for_pattern(None, _TYPE, None, _G)}
    if not have:
        _load_behind(store, totals.lines())
    else:
        remove, add = [], []
        for node, want in _by_node(q for c in _chunks(totals.lines()) for q in ox.parse_nquads(c)):
            old = set(s.quads_for_pattern(node, None, None, _G)) if node in have else set()
            have.discard(node)
            remove += old - want
            add += want - old
        for node in have:  # nodes no readout gives any more
            remove += s.quads_for_pattern(node, None, None, _G)
        store.swap_quads(remove, [])
        for chunk in _chunks(add):
            store.bulk_add(chunk)
    _rebuild_engagements(store, totals.groups())
    store.swap_quads([_MARK], [], create=TIES)
    return len(totals.ties)


def _rebuild_engagements(store: Store, found: list[list[engagements.Record]]) -> None:
    """The engagements graph whole, from every readout's record (the mark is still up)."""
    lines = engagements.all_lines(found)
    if not store.contains_graph(engagements.ENGAGEMENTS):
        _load_behind(store, lines)
        store.swap_quads([], [], create=engagements.ENGAGEMENTS)
        return
    want = set(ox.parse_nquads(lines))
    have = engagements.current(store)
    store.swap_quads(sorted(have - want, key=str), sorted(want - have, key=str))


def _by_node(quads: Iterable[ox.Quad]) -> Iterator[tuple[ox.NamedNode, set]]:
    """Quads grouped by subject (each node's quads come together)."""
    node, group = None, set()
    for q in quads:
        if q.subject != node:
            if node is not None:
                yield node, group
            node, group = q.subject, set()
        group.add(q)
    if node is not None:
        yield node, group


def _triples(quads: Iterable[ox.Quad]) -> Counter:
    """Relation ties among these quads, per relation property."""
    return Counter(ONT + q.object.value for q in quads if ties.is_relation_tie(q))


def refresh(store: Store, keys: set, noted: list[tuple[facts.ReadoutFacts, int]]) -> int:
    """Rewrite the ties of ``keys`` and add the readouts' ``noted`` tallies.

    The engagements graph is rewritten first (one transaction, the mark still up),
    since the ties count engagements; then the ties and tallies in another.
    """
    s, cache, keys = store, {}, set(keys)
    roll = tallies.Roll(store)
    gone = {f.graph for f, sign in noted if sign < 0}
    arrived = [engagements.record(f, roll.state) for f, sign in noted if sign > 0]
    regrouped = engagements.rewrite(store, gone, arrived)
    before, after = _then_and_now(store, noted, regrouped)
    delta: dict = {}
    for f, sign in noted:
        tallies.add(delta, tallies.contributions(f, roll), sign)
    for sign, found in ((-1, before), (1, after)):
        for grp in found:
            if len(grp) > 1:
                tallies.add(delta, tallies.shared([tallies.contributions(f, roll) for f in grp]),
                            sign)  # fmt: skip
            for f in grp:  # a readout that joined, left or split an engagement recounts its ties
                keys |= ties.keys_of(f)
    old = list(ties.current(s, keys))
    new = ox.parse_nquads(line for key in sorted(keys) for line in ties.tie_lines(s, key, cache))
    triples = tallies.relation_triples(s)
    triples.update(_triples(new))
    triples.subtract(_triples(old))
    counts = {}
    for key in set(delta) | set(_RELATION_KEYS):
        counts[key] = tallies.measures(s, key)
        counts[key].update(delta.get(key, {}))
    old += tallies.current(s, counts)
    new += ox.parse_nquads(_tally_lines(s, counts, triples, cache))
    store.swap_quads(old + [_MARK], new, create=TIES)
    return len(keys)


def _then_and_now(
    store: Store, noted: list[tuple[facts.ReadoutFacts, int]], regrouped: engagements.Regrouped
) -> tuple[list[list[facts.ReadoutFacts]], list[list[facts.ReadoutFacts]]]:
    """The facts of the regrouped engagements' readouts, as they were and as they are.

    A readout the build changed was what its first taking-back says, and is what its
    last addition says; one it did not touch is what its stored graph says, both times.
    """
    was: dict[str, facts.ReadoutFacts] = {}
    now: dict[str, facts.ReadoutFacts] = {}
    for f, sign in noted:
        if sign < 0:
            was.setdefault(f.graph, f)
        else:
            now[f.graph] = f
    stored: dict[str, facts.ReadoutFacts | None] = {}

    def of(graph: str, changed: dict) -> facts.ReadoutFacts | None:
        if graph in changed:
            return changed[graph]
        if graph not in stored:
            stored[graph] = facts.from_graph(store, graph)
        return stored[graph]

    def side(found: list[list[str]], changed: dict) -> list[list[facts.ReadoutFacts]]:
        return [[f for g in grp if (f := of(g, changed)) is not None] for grp in found]

    return side(regrouped.before, was), side(regrouped.after, now)


class Tracker:
    """Follows one build's writes and brings the summaries up to date at the end.

    The builder calls ``mark`` before it changes any readout graph,
    ``leaving`` with graphs about to be replaced or removed, ``arrived`` with
    graphs just written (or ``added`` with the facts of new ones), and
    ``finish`` once.
    """

    def __init__(self, store: Store):
        self.store = store
        self.keys: set = set()
        self.noted: list[tuple[facts.ReadoutFacts, int]] = []
        self.marked = False
        stale, empty = is_stale(store), not store.readout_graphs()
        # A stale store, or one with no readouts yet, gets its summaries computed whole;
        # from an empty store, out of the facts the builder hands over.
        self.whole = stale or empty
        self.totals = Totals(store) if empty and not stale else None

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
            self.totals = None

    def leaving(self, graphs: Iterable[str]) -> None:
        """These graphs are about to be replaced or removed: take back what they gave."""
        graphs = list(graphs)
        if self.totals is not None and any(self.store.contains_graph(g) for g in graphs):
            self.totals = None  # a graph of this build goes again: count from the store
        if not self.whole:
            self._take(self._read(graphs), -1)

    def arrived(self, graphs: Iterable[str]) -> None:
        """These graphs were just written: add what they give (read back from the store)."""
        if self.totals is not None or not self.whole:
            self._take(self._read(graphs), 1)

    def added(self, new: Iterable[facts.ReadoutFacts]) -> None:
        """New graphs were written; their facts came with them."""
        self._take(list(new), 1)

    def _read(self, graphs: Iterable[str]) -> list[facts.ReadoutFacts]:
        found = (facts.from_graph(self.store, g) for g in graphs)
        return [f for f in found if f is not None]

    def _take(self, found: list[facts.ReadoutFacts], sign: int) -> None:
        if self.totals is not None and sign > 0:
            for f in found:
                self.totals.add(f)
        if self.whole:
            return
        for f in found:
            self.keys |= ties.keys_of(f)
            self.noted.append((f, sign))
        if len(self.keys) > REFRESH_LIMIT:
            self._go_whole()

    def _go_whole(self) -> None:
        self.whole, self.keys, self.noted = True, set(), []

    def finish(self) -> int:
        """Rewrite what changed; returns the number of ties rewritten."""
        if self.whole and (self.marked or is_stale(self.store)):
            return rebuild(self.store, self.totals)
        if self.marked:
            return refresh(self.store, self.keys, self.noted)
        return 0


def check(store: Store) -> list[str]:
    """How the ties graph differs from what the readout graphs give (empty when current)."""
    totals = _from_store(store)
    want = set(totals.quads()) | set(ox.parse_nquads(engagements.all_lines(totals.groups())))
    have = set(store.quads_for_pattern(None, None, None, _G)) | engagements.current(store)
    out = [f"missing: {q}" for q in sorted(want - have, key=str)]
    out += [f"unexpected: {q}" for q in sorted(have - want, key=str)]
    if is_stale(store):
        out.append("the ties are marked stale")
    return out
