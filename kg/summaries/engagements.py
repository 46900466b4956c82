"""One engagement, many readouts: which readouts describe the same call, meeting or visit.

The two sides of a call each publish a readout. Two readouts are linked when
they could be the same engagement:

- compatible types: a call with a call (phone or video), a meeting with a
  meeting or a visit (a meeting can sit inside a visit), a visit with a visit,
  a message with a message;
- dates at most a day apart (time zones, "yesterday"), two when a visit is one
  of them;
- the same parties: participants at state level (a person folded into the
  state they led on the date, so one side naming only an office still
  matches), sharing two, or all of the smaller side when it names one.

An engagement is a connected group of linked readouts (every readout belongs to
one, alone if nothing links to it). Its IRI comes from its first member, so the
same readouts always give the same graph. The derived graph holds, per readout,
the record linking reads (date, type, parties) and its engagement; per
engagement, its readouts, date range and type. ``kg.summaries.tracker`` keeps it
current with the ties.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from kg.rdf import terms as nquads
from kg.rdf.iris import digest
from kg.rdf.vocab import BASE, ENGAGEMENTS, ONT
from kg.store import terms as ox  # the store's terms, for lookups by pattern
from kg.store.database import Store
from kg.summaries.facts import ReadoutFacts

_G = ox.NamedNode(ENGAGEMENTS)
_P = {
    name: ox.NamedNode(ONT + name)
    for name in ("linkDate", "linkType", "linkParty", "linkKey", "partOf", "reportedIn", "readouts",
                 "firstDate", "lastDate", "engagementType", "linkPublisher", "linkLanguage",
                 "versionOf")
}  # fmt: skip
_NT = {name: nquads.iri(node.value) for name, node in _P.items()}
_GRAPH = nquads.iri(ENGAGEMENTS)
_CLASS = nquads.iri(ONT + "ReportedEngagement")
_KIND = {"PhoneCall": "call", "VideoCall": "call", "Meeting": "meeting", "Visit": "visit",
         "Message": "message"}  # fmt: skip
_FITS = {("call", "call"), ("meeting", "meeting"), ("meeting", "visit"), ("visit", "meeting"),
         ("visit", "visit"), ("message", "message")}  # fmt: skip


@dataclass(frozen=True, order=True)
class Record:
    """What linking knows of one readout."""

    graph: str
    date: str | None  # YYYY-MM-DD
    type: str | None  # PhoneCall ... Message
    parties: frozenset[str]  # participants at state level
    publisher: str | None = None  # the side that told it
    language: str = "en"


def record(f: ReadoutFacts, state_of) -> Record:
    """``state_of(node, facts)`` gives a participant's state, or None to keep the node."""
    parties = frozenset(state_of(p, f) or p for p in f.participants)
    day = f.date if f.date and len(f.date) == 10 else None
    return Record(f.graph, day, f.event_type, parties, f.publisher, f.language)


def versions(members: list[Record]) -> dict[str, str]:
    """Readouts of one engagement told by the same publisher (Xinhua's Chinese original and
    its English version): each after the first -> the first. They are one side, not two."""
    first: dict[str, str] = {}
    out = {}
    for r in sorted(members):
        if r.publisher is None:
            continue
        if r.publisher in first:
            out[r.graph] = first[r.publisher]
        else:
            first[r.publisher] = r.graph
    return out


def _day(value: str) -> date:
    return date.fromisoformat(value)


def linked(a: Record, b: Record) -> bool:
    if not (a.date and b.date and a.type and b.type and a.parties and b.parties):
        return False
    kinds = (_KIND.get(a.type), _KIND.get(b.type))
    if kinds not in _FITS:
        return False
    apart = abs((_day(a.date) - _day(b.date)).days)
    if apart > (2 if "visit" in kinds else 1):
        return False
    need = min(2, len(a.parties), len(b.parties))
    return len(a.parties & b.parties) >= need


def window(day: str) -> list[str]:
    """The dates a readout of ``day`` can link with."""
    d = _day(day)
    return [(d + timedelta(days=k)).isoformat() for k in range(-2, 3)]


def keys(r: Record) -> Iterator[str]:
    """The keys a readout is filed under: its day with each party ("D P"), with each pair of
    parties ("D P Q"), and, when it names one party, "D P !"."""
    if not r.date:
        return
    ps = sorted(r.parties)
    for p in ps:
        yield f"{r.date} {p}"
    if len(ps) == 1:
        yield f"{r.date} {ps[0]} !"
    for i, a in enumerate(ps):
        for b in ps[i + 1 :]:
            yield f"{r.date} {a} {b}"


def probes(r: Record) -> Iterator[str]:
    """The keys every readout ``r`` may link to is filed under, over its window of days.

    Two readouts naming two parties or more link only if they share two: a pair
    key. One naming one party links to any that shares it. So a leader's many
    calls of a day are not all tested against each other.
    """
    if not r.date:
        return
    ps = sorted(r.parties)
    for day in window(r.date):
        if len(ps) == 1:
            yield f"{day} {ps[0]}"
            continue
        for p in ps:
            yield f"{day} {p} !"
        for i, a in enumerate(ps):
            for b in ps[i + 1 :]:
                yield f"{day} {a} {b}"


def groups(records: Iterable[Record]) -> list[list[Record]]:
    """Readouts grouped into engagements (connected groups of linked readouts), in order."""
    by_key: dict[str, list[Record]] = {}
    recs = sorted(set(records))
    parent = {r.graph: r.graph for r in recs}

    def root(g: str) -> str:
        while parent[g] != g:
            parent[g] = parent[parent[g]]
            g = parent[g]
        return g

    for r in recs:
        for k in keys(r):
            by_key.setdefault(k, []).append(r)
    for r in recs:
        if not r.date:
            continue
        seen = set()
        for k in probes(r):
            for other in by_key.get(k, ()):
                if other.graph < r.graph and other.graph not in seen:
                    seen.add(other.graph)
                    if linked(r, other):
                        parent[root(r.graph)] = root(other.graph)
    out: dict[str, list[Record]] = {}
    for r in recs:
        out.setdefault(root(r.graph), []).append(r)
    return sorted(out.values())


def engagement_iri(members: list[Record]) -> str:
    return f"{BASE}engagement/{digest(min(r.graph for r in members))}"


def lines(members: list[Record]) -> Iterator[str]:
    """The N-Quads of one engagement and of its readouts' records."""
    e, g = nquads.iri(engagement_iri(members)), _GRAPH
    yield f"{e} {nquads.TYPE} {_CLASS} {g} .\n"
    yield f"{e} {_NT['readouts']} {nquads.integer(len(members))} {g} .\n"
    days = sorted(r.date for r in members if r.date)
    if days:
        yield f"{e} {_NT['firstDate']} {nquads.date(days[0])} {g} .\n"
        yield f"{e} {_NT['lastDate']} {nquads.date(days[-1])} {g} .\n"
    for t in sorted({r.type for r in members if r.type}):
        yield f"{e} {_NT['engagementType']} {nquads.literal(t)} {g} .\n"
    same = versions(members)
    for r in members:
        ro = nquads.iri(r.graph)
        yield f"{e} {_NT['reportedIn']} {ro} {g} .\n"
        yield f"{ro} {_NT['partOf']} {e} {g} .\n"
        if r.graph in same:
            yield f"{ro} {_NT['versionOf']} {nquads.iri(same[r.graph])} {g} .\n"
        if r.publisher is not None:
            yield f"{ro} {_NT['linkPublisher']} {nquads.literal(r.publisher)} {g} .\n"
        if r.language != "en":
            yield f"{ro} {_NT['linkLanguage']} {nquads.literal(r.language)} {g} .\n"
        if r.date:
            yield f"{ro} {_NT['linkDate']} {nquads.date(r.date)} {g} .\n"
        if r.type:
            yield f"{ro} {_NT['linkType']} {nquads.literal(r.type)} {g} .\n"
        for p in sorted(r.parties):
            yield f"{ro} {_NT['linkParty']} {nquads.iri(p)} {g} .\n"
        for k in keys(r):
            yield f"{ro} {_NT['linkKey']} {nquads.literal(k)} {g} .\n"


def stored_record(store: Store, graph: str) -> Record | None:
    """A readout's record as the derived graph holds it; None if it holds none."""
    node = ox.NamedNode(graph)
    quads = list(store.quads_for_pattern(node, None, None, _G))
    if not quads:
        return None
    day = kind = publisher = None
    language = "en"
    parties = set()
    for q in quads:
        if q.predicate == _P["linkDate"]:
            day = q.object.value
        elif q.predicate == _P["linkType"]:
            kind = q.object.value
        elif q.predicate == _P["linkParty"]:
            parties.add(q.object.value)
        elif q.predicate == _P["linkPublisher"]:
            publisher = q.object.value
        elif q.predicate == _P["linkLanguage"]:
            language = q.object.value
    return Record(graph, day, kind, frozenset(parties), publisher, language)


def graphs_keyed(store: Store, key: str) -> set[str]:
    """The readouts filed under one (day, party) key."""
    found = store.quads_for_pattern(None, _P["linkKey"], ox.Literal(key), _G)
    return {q.subject.value for q in found}


def candidates(store: Store, r: Record) -> list[Record]:
    """Stored records that share a (day, party) key with ``r``'s window: those it may link to."""
    graphs = set()
    for k in probes(r):
        graphs |= graphs_keyed(store, k)
    graphs.discard(r.graph)
    return [o for g in sorted(graphs) if (o := stored_record(store, g)) is not None]


def engagement_of(store: Store, graph: str) -> str | None:
    for q in store.quads_for_pattern(ox.NamedNode(graph), _P["partOf"], None, _G):
        return q.object.value
    return None


def quads_of(store: Store, engagement: str) -> list:
    """An engagement's quads and its readouts' records in the derived graph."""
    e = ox.NamedNode(engagement)
    out = list(store.quads_for_pattern(e, None, None, _G))
    for q in store.quads_for_pattern(e, _P["reportedIn"], None, _G):
        out += store.quads_for_pattern(q.object, None, None, _G)
    return out


@dataclass(frozen=True)
class Regrouped:
    """The engagements a rewrite touched, as the readout graphs of each, before and after.

    The ties and tallies count engagements, so a readout that joins, leaves or
    splits an engagement changes the counts of its neighbours' ties too.
    """

    before: list[list[str]]
    after: list[list[str]]


def rewrite(store: Store, gone: Iterable[str], new: Iterable[Record]) -> Regrouped:
    """Update the derived graph for readouts ``gone`` (removed or replaced) and ``new`` ones.

    Readouts linked to them, before or after the change, are regrouped with
    them: an engagement can gain a side, lose one, or split. One transaction.
    """
    gone, new = set(gone), {r.graph: r for r in new}
    regroup = _Regroup(store, gone, new)
    for g in sorted(gone | set(new)):
        regroup.take_engagement_of(g)
    regroup.follow_links()
    old = [q for e in sorted(regroup.engagements) for q in quads_of(store, e)]
    before = [members_of(store, e) for e in sorted(regroup.engagements)]
    for g in gone - set(regroup.members):  # removed readouts' records
        old += store.quads_for_pattern(ox.NamedNode(g), None, None, _G)
    found = groups(regroup.members.values())
    text = [line for grp in found for line in lines(grp)]
    store.swap_quads(sorted(set(old), key=str), ox.parse_nquads(text), create=ENGAGEMENTS)
    return Regrouped(before, [[r.graph for r in grp] for grp in found])


def members_of(store: Store, engagement: str) -> list[str]:
    """The readout graphs an engagement is reported in, in order."""
    found = store.quads_for_pattern(ox.NamedNode(engagement), _P["reportedIn"], None, _G)
    return sorted(q.object.value for q in found)


class _Regroup:
    """The readouts a change touches: its own, their old engagements' and all they link to."""

    def __init__(self, store: Store, gone: set[str], new: dict[str, Record]):
        self.store, self.gone = store, gone
        self.members: dict[str, Record] = dict(new)
        self.frontier = list(new.values())
        self.engagements: set[str] = set()

    def take_engagement_of(self, graph: str) -> None:
        """The engagement ``graph`` is part of, and every readout of it that stays."""
        e = engagement_of(self.store, graph)
        if e is None or e in self.engagements:
            return
        self.engagements.add(e)
        for q in self.store.quads_for_pattern(ox.NamedNode(e), _P["reportedIn"], None, _G):
            g = q.object.value
            if g not in self.gone and g not in self.members:
                if (r := stored_record(self.store, g)) is not None:
                    self.members[g] = r
                    self.frontier.append(r)

    def follow_links(self) -> None:
        while self.frontier:
            r = self.frontier.pop()
            for other in candidates(self.store, r):
                if other.graph in self.members or other.graph in self.gone:
                    continue
                if linked(r, other):
                    self.members[other.graph] = other
                    self.frontier.append(other)
                    self.take_engagement_of(other.graph)


def all_lines(found: Iterable[list[Record]]) -> Iterator[str]:
    """The N-Quads of every engagement of ``found`` (the ``groups`` of every readout)."""
    for grp in found:
        yield from lines(grp)


def current(store: Store) -> set:
    return set(store.quads_for_pattern(None, None, None, _G))
