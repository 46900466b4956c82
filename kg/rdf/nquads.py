"""Summary quads as N-Quads text, the cheap way to make and load millions of them.

A first build writes about 20 summary quads per readout. Made as pyoxigraph
``Quad`` objects, each IRI and literal is checked on the way in, and making
them cost five times what loading them did; as text the bulk loader reads them
leniently, and where ``Quad`` objects are needed (to compare with what a store
holds) Oxigraph's parser turns the text into them.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

import pyoxigraph as ox

XSD = "http://www.w3.org/2001/XMLSchema#"
TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"


def iri(value: str) -> str:
    """An IRI the project made or read from a store (so already valid) as a term."""
    return f"<{value}>"


@lru_cache(maxsize=65536)
def literal(value: str) -> str:
    """A plain string literal, escaped as N-Triples wants it."""
    return str(ox.Literal(value))


def integer(n: int) -> str:
    return f'"{int(n)}"^^<{XSD}integer>'


def date(value: str) -> str:
    return f'"{value}"^^<{XSD}date>'


def parse(lines: Iterable[str]) -> list[ox.Quad]:
    """N-Quads lines back into ``Quad`` objects, equal to those a store returns."""
    data = "".join(lines)
    if not data:
        return []
    return list(ox.parse(input=data.encode("utf-8"), format=ox.RdfFormat.N_QUADS))
