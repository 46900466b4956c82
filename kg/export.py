"""Write the store out: RDF serialisations, or the actor network for Gephi and yEd."""

from __future__ import annotations

from pathlib import Path

import networkx as nx

from kg.errors import KgError
from kg.network import actor_multigraph, weighted_digraph
from kg.store import Store

RDF_FORMATS = ("ttl", "trig", "nq", "nt", "jsonld")
NETWORK_FORMATS = ("gexf", "graphml")
FORMATS = NETWORK_FORMATS + RDF_FORMATS


def export(store: Store, fmt: str, out: str | Path, since: str | None = None,
           until: str | None = None) -> None:
    out = Path(out)
    if fmt in RDF_FORMATS:
        with open(out, "wb") as fh:
            if fmt == "jsonld":
                import pyoxigraph as ox

                store._s.dump(fh, ox.RdfFormat.JSON_LD)
            else:
                store.dump(fh, fmt)
        return
    if fmt not in NETWORK_FORMATS:
        raise KgError(str(out), f"unknown export format '{fmt}' (one of {', '.join(FORMATS)})")
    g = weighted_digraph(actor_multigraph(store, since, until))
    flat = nx.MultiDiGraph()
    for n, d in g.nodes(data=True):
        flat.add_node(n, label=d.get("label", n), type=d.get("type", ""))
    for s, o, k, d in g.edges(keys=True, data=True):
        flat.add_edge(s, o, key=k, label=d["relation"], relation=d["relation"],
                      weight=float(d["weight"]), polarity=d["polarity"],
                      first=d["first"], last=d["last"])
    if fmt == "gexf":
        nx.write_gexf(flat, out, version="1.2draft")
    else:
        nx.write_graphml(flat, out)
