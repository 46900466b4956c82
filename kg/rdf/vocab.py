"""The vocabulary's IRIs, declared once: the project's namespaces and the standard ones it reuses.

Plain strings, so any module (SPARQL text, N-Quads text, rdflib, the store) can
build its own kind of term from them.
"""

from __future__ import annotations

BASE = "https://w3id.org/readout-kg/id/"
ONT = "https://w3id.org/readout-kg/ontology#"
BACKGROUND = BASE + "graph/background"
TIES = BASE + "graph/ties"
ENGAGEMENTS = BASE + "graph/engagements"

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"
PROV = "http://www.w3.org/ns/prov#"
DCTERMS = "http://purl.org/dc/terms/"
SKOS = "http://www.w3.org/2004/02/skos/core#"
SCHEMA = "https://schema.org/"
OWL = "http://www.w3.org/2002/07/owl#"
WIKIDATA = "http://www.wikidata.org/entity/"

RDF_TYPE = RDF + "type"
RDFS_LABEL = RDFS + "label"
SKOS_PREF_LABEL = SKOS + "prefLabel"

# The prefixes every query may use without PREFIX lines, wherever it runs
# (kg query on a store or an endpoint, kg serve), and that exports declare.
PREFIXES = {
    "rk": ONT,
    "id": BASE,
    "rdf": RDF,
    "rdfs": RDFS,
    "xsd": XSD,
    "prov": PROV,
    "dcterms": DCTERMS,
    "skos": SKOS,
    "schema": SCHEMA,
    "owl": OWL,
}


def prefix_lines(names: tuple[str, ...] | None = None) -> str:
    """SPARQL ``PREFIX`` declarations for ``names`` (all of them by default)."""
    return "".join(f"PREFIX {n}: <{PREFIXES[n]}>\n" for n in (names or PREFIXES))
