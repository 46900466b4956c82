"""What a picture shows, before it is drawn: an actor's ego network, a pair's timeline.

Layouts are computed here (plain numbers, no drawing library), so the
matplotlib renderer (``kg.analysis.plot``) and the offline HTML renderer
(``kg.analysis.plot_html``) draw exactly the same figure.
"""

from __future__ import annotations

import difflib
import math
from collections import Counter, defaultdict
from dataclasses import dataclass

from kg.analysis import network as net
from kg.errors import KgError


@dataclass(frozen=True)
class Node:
    id: str
    label: str
    type: str
    x: float
    y: float
    readouts: int


@dataclass(frozen=True)
class Spoke:
    """Everything between the centre and one neighbour, both directions."""

    neighbour: str
    outgoing: tuple[tuple[str, int], ...]  # (relation, assertions) centre -> neighbour
    incoming: tuple[tuple[str, int], ...]  # neighbour -> centre
    weight: int
    polarity: float


@dataclass(frozen=True)
class EgoFigure:
    title: str
    centre: Node
    nodes: tuple[Node, ...]
    spokes: tuple[Spoke, ...]
    hidden: int  # neighbours left out to keep the picture readable


@dataclass(frozen=True)
class Mark:
    date: str
    relation: str
    forward: bool  # a -> b (else b -> a)
    polarity: int
    subject: str
    object: str
    readout: str
    sentence: str | None


@dataclass(frozen=True)
class TimelineFigure:
    title: str
    a: str
    b: str
    relations: tuple[str, ...]  # one row each, top to bottom
    marks: tuple[Mark, ...]
    undated: int
    start: str
    end: str


def find_actor(data: net.GraphData, label: str, kinds: tuple[str, ...] = net.TYPES) -> str:
    """The IRI of the actor labelled ``label`` (exactly, else ignoring case)."""
    exact = [a.iri for a in data.actors.values() if a.label == label and a.type in kinds]
    if not exact:
        exact = [
            a.iri
            for a in data.actors.values()
            if a.label.casefold() == label.casefold() and a.type in kinds
        ]
    if exact:
        return min(exact)
    labels = sorted({a.label for a in data.actors.values() if a.type in kinds})
    near = difflib.get_close_matches(label, labels, n=3, cutoff=0.6)
    hint = f" (did you mean {', '.join(near)}?)" if near else ""
    raise KgError(label, f"no actor of that name in the store{hint}")


def ego(data: net.GraphData, label: str, level: str = "actor", limit: int = 30) -> EgoFigure:
    """The actor labelled ``label`` and everyone it has a relation with, on a circle.

    Neighbours are ordered by polarity score (warmest at the top, going
    clockwise) and, past ``limit``, only the most connected are kept.
    """
    centre = find_actor(data, label)
    if level == "state":
        if data.actors[centre].type == "Person":
            raise KgError(label, "is a person; at state level name a state or organisation")
        g = net.state_graph(data, per_relation=False)
    else:
        g = net.weighted_digraph(data)
    if centre not in g:
        raise KgError(label, f"has no relation in the store{_period(data)}")
    spokes = []
    for n in set(g.successors(centre)) | set(g.predecessors(centre)):
        if n == centre:
            continue
        out = g.edges[centre, n] if g.has_edge(centre, n) else {}
        inc = g.edges[n, centre] if g.has_edge(n, centre) else {}
        pol = net.polarity()
        rel_out = tuple(sorted((r, out[r]) for r in pol if r in out))
        rel_in = tuple(sorted((r, inc[r]) for r in pol if r in inc))
        pos = out.get("positive", 0) + inc.get("positive", 0)
        neg = out.get("negative", 0) + inc.get("negative", 0)
        spokes.append(
            Spoke(
                n, rel_out, rel_in, out.get("weight", 0) + inc.get("weight", 0), net.score(pos, neg)
            )
        )
    spokes.sort(key=lambda s: (-s.weight, g.nodes[s.neighbour]["label"]))
    hidden = max(0, len(spokes) - limit)
    spokes = sorted(
        spokes[:limit], key=lambda s: (-s.polarity, -s.weight, g.nodes[s.neighbour]["label"])
    )
    nodes = []
    for i, s in enumerate(spokes):
        angle = math.pi / 2 - 2 * math.pi * i / max(1, len(spokes))
        d = g.nodes[s.neighbour]
        nodes.append(
            Node(
                s.neighbour,
                d["label"],
                d["type"],
                round(math.cos(angle), 4),
                round(math.sin(angle), 4),
                d["readouts"],
            )
        )
    c = g.nodes[centre]
    span = _span_text(data)
    title = f"{c['label']}: relations{' at state level' if level == 'state' else ''}{span}"
    return EgoFigure(
        title,
        Node(centre, c["label"], c["type"], 0.0, 0.0, c["readouts"]),
        tuple(nodes),
        tuple(spokes),
        hidden,
    )


def timeline(data: net.GraphData, a_label: str, b_label: str) -> TimelineFigure:
    """Every dated relation between two actors, either way, as marks on one row per relation."""
    a, b = find_actor(data, a_label), find_actor(data, b_label)
    if a == b:
        raise KgError(b_label, "names the same actor as the first; give two different actors")
    pol = net.polarity()
    marks, undated, loose = [], 0, []
    for x in data.assertions:
        if {x.subject, x.object} != {a, b}:
            continue
        if not x.date:
            undated += 1
            loose.append(
                f"{data.actors[x.subject].label} {x.relation} {data.actors[x.object].label}"
            )
            continue
        marks.append(
            Mark(
                x.date,
                x.relation,
                x.subject == a,
                pol[x.relation],
                data.actors[x.subject].label,
                data.actors[x.object].label,
                x.readout,
                x.sentence,
            )
        )
    if not marks and not undated:
        raise KgError(
            f"{a_label} / {b_label}", f"no relation between these two in the store{_period(data)}"
        )
    if not marks:  # a time axis with nothing on it would be a blank figure
        raise KgError(
            f"{a_label} / {b_label}",
            f"nothing dated to draw; {undated} undated relation(s): "
            + "; ".join(sorted(set(loose))),
        )
    counts = Counter(m.relation for m in marks)
    order = sorted(counts, key=lambda r: (-pol[r], list(pol).index(r)))
    dates = sorted(m.date for m in marks) or ["", ""]
    years = (
        ""
        if not marks
        else f", {dates[0][:4]}" + (f"–{dates[-1][:4]}" if dates[-1][:4] != dates[0][:4] else "")
    )
    title = f"{data.actors[a].label} and {data.actors[b].label}" + (
        _span_text(data) if data.since or data.until else years
    )
    return TimelineFigure(
        title,
        data.actors[a].label,
        data.actors[b].label,
        tuple(order),
        tuple(sorted(marks, key=lambda m: (m.date, m.relation, not m.forward))),
        undated,
        dates[0],
        dates[-1],
    )


def _period(data: net.GraphData) -> str:
    if not data.since and not data.until:
        return ""
    return f" from {data.since or 'the start'} to {data.until or 'the end'}"


def _span_text(data: net.GraphData) -> str:
    """The period a figure covers: the slice asked for, else the years of its readouts."""
    if data.since or data.until:
        return f", {data.since or '…'}–{data.until or '…'}"
    dates = sorted(d for d in data.dates.values() if d)
    return f", {dates[0][:4]}–{dates[-1][:4]}" if dates else ""


def by_row(fig: TimelineFigure) -> dict[str, list[Mark]]:
    rows: dict[str, list[Mark]] = defaultdict(list)
    for m in fig.marks:
        rows[m.relation].append(m)
    return rows
