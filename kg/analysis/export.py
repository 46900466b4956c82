"""Write the store out: RDF serialisations, or an actor network for Gephi, yEd and Cytoscape.

Network files are written to a temporary file beside the target and renamed
into place, so a failed export never leaves a half-written file behind.
"""

from __future__ import annotations

import csv
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import networkx as nx

from kg.analysis import network as net
from kg.analysis.gexf import write_gexf
from kg.errors import KgError
from kg.store.database import Store

RDF_FORMATS = ("ttl", "trig", "nq", "nt", "jsonld")
NETWORK_FORMATS = ("gexf", "graphml", "csv")
FORMATS = NETWORK_FORMATS + RDF_FORMATS
GRAPHS = ("actor", "state", "bipartite")
EDGES = ("relation", "pair")

# Colours by actor type and by polarity (colour-blind-safe Okabe-Ito hues).
TYPE_COLOURS = {"Person": (0, 114, 178), "State": (0, 158, 115), "Organization": (230, 159, 0)}
POLARITY_COLOURS = {1: (0, 158, 115), -1: (213, 94, 0), 0: (153, 153, 153)}


def network(data: net.GraphData, graph: str = "actor", edges: str = "relation") -> nx.Graph:
    """The projection ``graph`` (actor, state, bipartite) with ``edges`` per relation or pair."""
    if graph not in GRAPHS:
        raise KgError("--graph", f"unknown graph '{graph}' (one of {', '.join(GRAPHS)})")
    if edges not in EDGES:
        raise KgError("--edges", f"unknown edges '{edges}' (one of {', '.join(EDGES)})")
    if graph == "bipartite":
        return net.bipartite_graph(data)
    if graph == "state":
        return net.state_graph(data, per_relation=edges == "relation")
    return net.relation_graph(data) if edges == "relation" else net.weighted_digraph(data)


def _polarity_sign(d: dict) -> int:
    p = d.get("polarity", 0) or 0
    return 1 if p > 0 else -1 if p < 0 else 0


def for_gephi(g: nx.Graph) -> nx.Graph:
    """Colours, sizes, edge kinds and spells (one per readout date) for Gephi's timeline."""
    out = g.__class__()
    for n, d in g.nodes(data=True):
        attrs = {k: v for k, v in d.items() if k != "dates"}
        attrs["viz"] = {
            "color": TYPE_COLOURS.get(d.get("type"), (120, 120, 120)),
            "size": net.size_for(d.get("readouts", 0)),
        }
        attrs["spells"] = [(x, x) for x in d.get("dates", ())]
        out.add_node(n, **attrs)
    edges = (
        g.edges(keys=True, data=True)
        if g.is_multigraph()
        else ((s, t, None, d) for s, t, d in g.edges(data=True))
    )
    for s, t, key, d in edges:
        attrs = {k: v for k, v in d.items() if k != "dates"}
        if "relation" in d:
            attrs["kind"] = attrs["label"] = d["relation"]
        attrs["viz"] = {"color": POLARITY_COLOURS[_polarity_sign(d)]}
        attrs["spells"] = [(x, x) for x in d.get("dates", ())]
        if key is None:
            out.add_edge(s, t, **attrs)
        else:
            out.add_edge(s, t, key=key, **attrs)
    return out


def for_graphml(g: nx.Graph) -> nx.Graph:
    """Scalar attributes only (GraphML has no lists), no missing values, colours as hex."""
    out = g.__class__()

    def flat(d: dict) -> dict:
        attrs = {k: v for k, v in d.items() if v is not None and k != "dates"}
        sign = _polarity_sign(d)
        colour = (
            TYPE_COLOURS.get(d["type"], (120, 120, 120)) if "type" in d else POLARITY_COLOURS[sign]
        )
        attrs["color"] = "#{:02x}{:02x}{:02x}".format(*colour)
        return attrs

    for n, d in g.nodes(data=True):
        out.add_node(n, **flat(d))
    edges = (
        g.edges(keys=True, data=True)
        if g.is_multigraph()
        else ((s, t, None, d) for s, t, d in g.edges(data=True))
    )
    for s, t, key, d in edges:
        if key is None:
            out.add_edge(s, t, **flat(d))
        else:
            out.add_edge(s, t, key=key, **flat(d))
    return out


def _relabel(g: nx.Graph, data: net.GraphData) -> nx.Graph:
    """Short node ids (the IRI without the project's base); the full IRI stays an attribute."""
    return nx.relabel_nodes(g, {n: data.actors[n].id for n in g if n in data.actors}, copy=True)


def write_csv(g: nx.Graph, fh) -> None:
    """One row per edge, labelled, for spreadsheets."""
    edges = list(g.edges(data=True))
    keys = sorted({k for *_, d in edges for k in d if k not in ("dates", "label", "kind")})
    w = csv.writer(fh, lineterminator="\n")
    w.writerow(["source", "target", "source_label", "target_label", *keys])
    for s, t, d in edges:
        w.writerow(
            [
                s,
                t,
                g.nodes[s].get("label", s),
                g.nodes[t].get("label", t),
                *("" if d.get(k) is None else d[k] for k in keys),
            ]
        )


def write_atomic(out: Path, write: Callable[[object], None], binary: bool = True) -> None:
    """Call ``write(fh)`` for ``out``: "-" is standard output; a device or FIFO is written
    through; a regular file (or a symlink's target) is written beside it and renamed into
    place, so a reader never sees half a file. A missing folder is an error, not made."""
    text = {} if binary else {"encoding": "utf-8", "newline": ""}
    if str(out) == "-":
        stream = sys.stdout.buffer if binary else sys.stdout
        write(stream)
        stream.flush()
        return
    if out.is_symlink():
        out = out.resolve()  # write the link's target, keep the link
    if out.exists() and not out.is_file():  # /dev/stdout's target, a FIFO, a device
        with open(out, "wb" if binary else "w", **text) as fh:
            write(fh)
        return
    if not out.parent.is_dir():
        raise KgError(str(out), f"no such folder: {out.parent}")
    fd, tmp = tempfile.mkstemp(prefix=f".{out.name}.", dir=out.parent)
    try:
        with os.fdopen(fd, "wb" if binary else "w", **text) as fh:
            write(fh)
        mask = os.umask(0)
        os.umask(mask)
        os.chmod(tmp, 0o666 & ~mask)  # mkstemp's 0600 is for the temporary file only
        os.replace(tmp, out)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def export(
    store: Store,
    fmt: str,
    out: str | os.PathLike,
    since: str | None = None,
    until: str | None = None,
    graph: str = "actor",
    edges: str = "relation",
) -> None:
    """Write ``store`` to ``out`` as an RDF serialisation or a network file."""
    out = Path(out)
    if fmt not in FORMATS:
        raise KgError(str(out), f"unknown export format '{fmt}' (one of {', '.join(FORMATS)})")
    try:
        if fmt in RDF_FORMATS:
            write_atomic(out, lambda fh: store.dump(fh, fmt))
            return
        data = net.load(store, since, until)
        g = _relabel(network(data, graph, edges), data)
        span = f" from {since or 'the start'} to {until or 'the end'}" if since or until else ""
        title = f"readout-kg {graph} network, edges per {edges}{span}"
        if fmt == "gexf":
            write_atomic(out, lambda fh: write_gexf(for_gephi(g), fh, description=title))
        elif fmt == "graphml":
            write_atomic(out, lambda fh: nx.write_graphml(for_graphml(g), fh))
        else:
            write_atomic(out, lambda fh: write_csv(g, fh), binary=False)
    except OSError as exc:
        raise KgError(str(out), f"cannot write ({exc.strerror or exc})") from None
