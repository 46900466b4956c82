"""The store's own terms (Oxigraph's), and their conversions to and from rdflib and plain values.

The only module besides the store that names pyoxigraph's types: the summaries
look quads up by pattern in the store's terms (the fast way at millions of
quads), and everything else reads plain values or rdflib terms.
"""

from __future__ import annotations

from collections.abc import Iterable

import pyoxigraph as ox
from rdflib import BNode, URIRef
from rdflib import Literal as RdflibLiteral

from kg.rdf.vocab import XSD

NamedNode = ox.NamedNode
BlankNode = ox.BlankNode
Literal = ox.Literal
Quad = ox.Quad
DefaultGraph = ox.DefaultGraph


def to_ox(term):
    """An rdflib term as the store's."""
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, RdflibLiteral):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise TypeError(f"not an RDF term: {term!r}")


def to_rdflib(term):
    """A store term as rdflib's (for pySHACL and other rdflib tools)."""
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if term.language:
        return RdflibLiteral(term.value, lang=term.language)
    if term.datatype.value == XSD + "string":
        return RdflibLiteral(term.value)
    return RdflibLiteral(term.value, datatype=URIRef(term.datatype.value))


def to_python(term):
    """A store term as a plain value for output: text, or a number where it is one."""
    if term is None:
        return None
    if isinstance(term, ox.Literal):
        dt = term.datatype.value if term.datatype else ""
        if dt.endswith(("#integer", "#int", "#long")):
            try:
                return int(term.value)
            except ValueError:
                return term.value
        if dt.endswith(("#decimal", "#double", "#float")):
            try:
                return float(term.value)
            except ValueError:
                return term.value
        return term.value
    return term.value


def parse_nquads(lines: Iterable[str]) -> list[ox.Quad]:
    """N-Quads lines (kg.rdf.terms text) as quads equal to those the store returns."""
    data = "".join(lines)
    if not data:
        return []
    return list(ox.parse(input=data.encode("utf-8"), format=ox.RdfFormat.N_QUADS))
