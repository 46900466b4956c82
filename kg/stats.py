"""Summary counts of a store: what is in it, by type, publisher, year and relation."""

from __future__ import annotations

from collections.abc import Iterator

from kg.iris import ONT
from kg.store import Store

P = f"PREFIX rk: <{ONT}>\nPREFIX dcterms: <http://purl.org/dc/terms/>\n" \
    "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"

QUERIES = {
    "engagements by type": P + """SELECT ?k (COUNT(DISTINCT ?e) AS ?n) WHERE {
        ?r rk:describes ?e . ?e a ?t . BIND(STRAFTER(STR(?t), "#") AS ?k) } GROUP BY ?k ORDER BY DESC(?n) ?k""",
    "readouts by publisher": P + """SELECT ?k (COUNT(DISTINCT ?r) AS ?n) WHERE {
        ?r a rk:Readout . OPTIONAL { ?r dcterms:publisher ?p } BIND(COALESCE(?p, "(unknown)") AS ?k)
        } GROUP BY ?k ORDER BY DESC(?n) ?k""",
    "engagements by year": P + """SELECT ?k (COUNT(DISTINCT ?e) AS ?n) WHERE {
        ?r rk:describes ?e . OPTIONAL { ?e dcterms:date ?d } BIND(COALESCE(SUBSTR(STR(?d), 1, 4), "(unknown)") AS ?k)
        } GROUP BY ?k ORDER BY ?k""",
    "relations by type": P + """SELECT ?k (COUNT(?c) AS ?n) WHERE {
        GRAPH ?g { ?c a rk:Claim ; rdf:predicate ?p } BIND(STRAFTER(STR(?p), "#") AS ?k) } GROUP BY ?k ORDER BY DESC(?n) ?k""",
    "most frequent pairs": P + """SELECT ?k (COUNT(?c) AS ?n) WHERE {
        GRAPH ?g { ?c a rk:Claim ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o }
        ?s rdfs:label ?sl . ?o rdfs:label ?ol .
        BIND(CONCAT(?sl, " ", STRAFTER(STR(?p), "#"), " ", ?ol) AS ?k) } GROUP BY ?k ORDER BY DESC(?n) ?k LIMIT 10""",
}


def stats(store: Store) -> Iterator[str]:
    rdf = "PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>\n"
    yield f"readouts: {len(store.readout_graphs())}"
    yield f"quads: {len(store)}"
    for title, q in QUERIES.items():
        _, rows = store.select(rdf + q)
        yield f"{title}:"
        for k, n in rows:
            yield f"  {n:>7}  {k}"
