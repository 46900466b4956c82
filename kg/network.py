"""The graph as networkx: actors as nodes, relations as edges."""

from __future__ import annotations

import networkx as nx

from kg.iris import ONT
from kg.store import Store

POLARITY = {
    "congratulates": 1, "thanks": 1, "praises": 1, "supports": 1, "cooperatesWith": 1,
    "assists": 1, "invites": 1, "hosts": 1, "visits": 1, "condoles": 1,
    "opposes": -1, "criticizes": -1, "urges": -1,
    "leaderOf": 0, "memberOf": 0, "cooperatesVia": 0,
}

EDGES = f"""
PREFIX rk: <{ONT}>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT ?s ?p ?o ?g ?date ?sentence WHERE {{
  GRAPH ?g {{
    ?c a rk:Claim ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; rk:sentence ?sentence .
    OPTIONAL {{ ?c rk:engagement/dcterms:date ?date }}
  }}
}}
"""
NODES = f"""
PREFIX rk: <{ONT}>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT DISTINCT ?n ?type ?label WHERE {{
  ?n a ?type ; rdfs:label ?label .
  VALUES ?type {{ rk:Person rk:State rk:Organization }}
}}
"""


def actor_multigraph(store: Store, since: str | None = None,
                     until: str | None = None) -> nx.MultiDiGraph:
    """One edge per relation per readout, with date, readout and sentence."""
    g = nx.MultiDiGraph()
    _, nodes = store.select(NODES)
    kinds = {}
    for n, t, label in nodes:
        kinds[n] = t.rsplit("#", 1)[-1]
        g.add_node(n, label=label, type=kinds[n])
    _, rows = store.select("PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>\n" + EDGES)
    for s, p, o, readout, day, sentence in sorted(rows, key=lambda r: [str(x) for x in r]):
        if o not in kinds or s not in kinds:
            continue  # topic objects are not actors
        day = str(day) if day else None
        if since and (day is None or day < since):
            continue
        if until and (day is None or day > until):
            continue
        rel = p.rsplit("#", 1)[-1]
        g.add_edge(s, o, key=f"{rel}|{readout}", relation=rel, readout=readout,
                   date=day or "", sentence=sentence, polarity=POLARITY.get(rel, 0))
    return g


def weighted_digraph(multi: nx.MultiDiGraph) -> nx.DiGraph:
    """One edge per ordered pair per relation, weighted by the readouts asserting it."""
    g = nx.MultiDiGraph()
    g.add_nodes_from(multi.nodes(data=True))
    agg: dict[tuple[str, str, str], dict] = {}
    for s, o, d in multi.edges(data=True):
        key = (s, o, d["relation"])
        e = agg.setdefault(key, {"relation": d["relation"], "weight": 0, "readouts": set(),
                                 "dates": set(), "polarity": d["polarity"]})
        e["readouts"].add(d["readout"])
        if d["date"]:
            e["dates"].add(d["date"])
    for (s, o, rel), e in sorted(agg.items()):
        dates = sorted(e["dates"])
        g.add_edge(s, o, key=rel, relation=rel, weight=len(e["readouts"]),
                   polarity=e["polarity"], first=dates[0] if dates else "",
                   last=dates[-1] if dates else "")
    return g
