"""What is in a store: counts by type, publisher and year; central actors; frequent relations."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from kg.analysis import network as net
from kg.rdf.vocab import prefix_lines
from kg.store.database import Store
from kg.summaries.engagements import ENGAGEMENTS

ENGAGEMENT_TOTALS = (
    prefix_lines(("rk",))
    + f"""SELECT (COUNT(?e) AS ?all) (SUM(?more) AS ?told)
WHERE {{ GRAPH <{ENGAGEMENTS}> {{ ?e rk:readouts ?n }} BIND(IF(?n > 1, 1, 0) AS ?more) }}"""
)

P = prefix_lines(("rk", "dcterms", "rdf"))

COUNTS = {
    "engagements by type": P
    + """SELECT ?k (COUNT(DISTINCT ?e) AS ?n) WHERE {
        ?r rk:describes ?e . ?e a ?t . BIND(STRAFTER(STR(?t), "#") AS ?k) }
        GROUP BY ?k ORDER BY DESC(?n) ?k""",
    "readouts by publisher": P
    + """SELECT ?k (COUNT(DISTINCT ?r) AS ?n) WHERE {
        ?r a rk:Readout . OPTIONAL { ?r dcterms:publisher ?p }
        BIND(COALESCE(?p, "(unknown)") AS ?k) } GROUP BY ?k ORDER BY DESC(?n) ?k""",
    "engagements by year": P
    + """SELECT ?k (COUNT(DISTINCT ?e) AS ?n) WHERE {
        ?r rk:describes ?e . OPTIONAL { ?e dcterms:date ?d } OPTIONAL { ?r dcterms:issued ?i }
        BIND(COALESCE(STR(YEAR(?d)), STR(YEAR(?i)), "(unknown)") AS ?k) }
        GROUP BY ?k ORDER BY ?k""",
    "reported engagements by type (one however many readouts tell it)": P
    + f"""
        SELECT ?k (COUNT(DISTINCT ?e) AS ?n) WHERE {{ GRAPH <{ENGAGEMENTS}> {{
        ?e a rk:ReportedEngagement ; rk:engagementType ?k }} }} GROUP BY ?k ORDER BY DESC(?n) ?k""",
    "relations by type": P
    + """SELECT ?k (COUNT(?c) AS ?n) WHERE {
        ?c a rk:Claim ; rdf:predicate ?p . BIND(STRAFTER(STR(?p), "#") AS ?k) }
        GROUP BY ?k ORDER BY DESC(?n) ?k""",
}


@dataclass
class Stats:
    """Named sections of (label, value) rows, printable or as JSON."""

    totals: dict[str, int] = field(default_factory=dict)
    sections: dict[str, list[tuple[str, float | int]]] = field(default_factory=dict)

    def lines(self) -> list[str]:
        out = [f"{k}: {v}" for k, v in self.totals.items()]
        for title, rows in self.sections.items():
            out.append(f"{title}:")
            if not rows:
                out.append("  (none)")
            for label, value in rows:
                shown = f"{value:.4f}" if isinstance(value, float) else str(value)
                out.append(f"  {shown:>7}  {label}")
        return out

    def as_dict(self) -> dict:
        return {
            "totals": self.totals,
            "sections": {
                t: [{"label": k, "value": v} for k, v in rows] for t, rows in self.sections.items()
            },
        }


def stats(store: Store, top: int = 10) -> Stats:
    """Counts, the ``top`` actors by degree and PageRank, and the most frequent relations."""
    out = Stats()
    data = net.load(store)
    named = {x for a in data.assertions for x in (a.subject, a.object)}
    out.totals = {
        "readouts": len(store.readout_graphs()),
        "quads": len(store),
        "actors in relations": len(named),
        "relation assertions": len(data.assertions),
    }
    ((every, told),) = store.select(ENGAGEMENT_TOTALS)[1]
    out.totals["engagements (readouts of one engagement counted once)"] = int(every or 0)
    out.totals["engagements told by more than one readout"] = int(told or 0)
    for title, q in COUNTS.items():
        out.sections[title] = [(str(k), int(n)) for k, n in store.select(q)[1]]
    kinds = Counter(data.actors[x].type for x in named)
    out.sections["actors in relations by type"] = sorted(
        kinds.items(), key=lambda kv: (-kv[1], kv[0])
    )

    g = net.weighted_digraph(data)
    label = {n: d.get("label", n) for n, d in g.nodes(data=True)}
    degree = {n: len(set(g.predecessors(n)) | set(g.successors(n))) for n in g}
    out.sections["top actors by degree (distinct counterparts)"] = [
        (label[n], v) for n, v in net.top(degree, top)
    ]
    out.sections["top actors by PageRank (weighted)"] = [
        (label[n], round(v, 4)) for n, v in net.top(net.pagerank(g), top)
    ]

    triples: Counter = Counter()
    pairs: Counter = Counter()
    for a in data.assertions:
        if a.relation in ("leaderOf", "memberOf"):
            continue  # facts of office and membership, not exchanges
        triples[(a.subject, a.relation, a.object)] += 1
        pairs[tuple(sorted((a.subject, a.object)))] += 1
    name = {a: x.label for a, x in data.actors.items()}
    out.sections["most frequent relations (readouts)"] = [
        (f"{name[s]} {r} {name[o]}", n)
        for (s, r, o), n in sorted(triples.items(), key=lambda kv: (-kv[1], kv[0]))[:top]
    ]
    out.sections["most related pairs (relation assertions, either direction)"] = [
        (f"{name[a]} - {name[b]}", n)
        for (a, b), n in sorted(pairs.items(), key=lambda kv: (-kv[1], kv[0]))[:top]
    ]
    return out
