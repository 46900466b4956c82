"""RDF terms in the two forms the project writes: N-Triples text and rdflib terms.

N-Triples text is the cheap way to make and load millions of terms: a first
build writes about 20 summary quads per readout and a readout graph about 100,
and made as rdflib or Oxigraph objects each term cost more than loading it. The
escaping follows the N-Triples grammar exactly as Oxigraph writes it, so a term
made here and one read back from the store print the same.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rdflib import Literal, URIRef

from kg.rdf.vocab import RDF_TYPE, XSD

TYPE = f"<{RDF_TYPE}>"
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*:")
_NOT_IN_IRI = re.compile(r'[\x00-\x20<>"{}|^`\\\x7f]')
_ESCAPES = {
    0x08: "\\b", 0x09: "\\t", 0x0A: "\\n", 0x0C: "\\f", 0x0D: "\\r", 0x22: '\\"', 0x5C: "\\\\",
}  # fmt: skip
_ESCAPE_TABLE = {c: _ESCAPES.get(c, f"\\u{c:04X}") for c in [*range(0x20), 0x22, 0x5C, 0x7F]}


def check_iri(value: str) -> str:
    """``value`` if it can stand as an absolute IRI in N-Triples; ValueError (naming why) if not."""
    if not _SCHEME.match(value):
        raise ValueError(f"not an absolute IRI: {value[:80]!r}")
    bad = _NOT_IN_IRI.search(value)
    if bad:
        raise ValueError(f"Invalid IRI code point {bad.group()!r}")
    return value


def iri(value: str) -> str:
    """An IRI the project made or read from a store (so already valid) as a term."""
    return f"<{value}>"


@lru_cache(maxsize=65536)
def literal(value: str) -> str:
    """A plain string literal, escaped as N-Triples wants it."""
    return f'"{value.translate(_ESCAPE_TABLE)}"'


_UNESCAPE = re.compile(r"\\(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|(.))")
_UNESCAPES = {"b": "\b", "t": "\t", "n": "\n", "f": "\f", "r": "\r"}


def lexical(term: str) -> str:
    """The value of a literal in N-Triples form ('"Xi \\"J\\""@en' -> 'Xi "J"')."""
    body = term[1 : term.rindex('"')]
    if "\\" not in body:
        return body

    def one(m: re.Match) -> str:
        if m.group(3) is not None:
            return _UNESCAPES.get(m.group(3), m.group(3))
        return chr(int(m.group(1) or m.group(2), 16))

    return _UNESCAPE.sub(one, body)


def typed(value: str, datatype: str) -> str:
    if datatype == XSD + "string":
        return literal(value)
    return f"{literal(value)}^^<{check_iri(datatype)}>"


def integer(n: int) -> str:
    return f'"{int(n)}"^^<{XSD}integer>'


def date(value: str) -> str:
    return f'"{value}"^^<{XSD}date>'


class RdflibTerms:
    """rdflib terms, for graphs that are serialised or compared in Python."""

    iri = staticmethod(URIRef)

    @staticmethod
    def lit(value: str | int | bool, datatype: str | None = None) -> Literal:
        return Literal(value, datatype=URIRef(datatype) if datatype else None)

    @staticmethod
    def tagged(value: str, lang: str) -> Literal:
        """A string in a language: "…"@zh."""
        return Literal(value, lang=lang)


class NTriplesTerms:
    """Terms as their N-Triples text, for the builder's bulk loads.

    Each IRI is checked once and its text kept: IRIs recur in every readout.
    About a fifth of a build worker's time went to making rdflib terms only to
    turn them into this text.
    """

    def __init__(self) -> None:
        self._iris: dict[str, str] = {}

    def iri(self, value: str) -> str:
        text = self._iris.get(value)
        if text is None:
            text = iri(check_iri(value))
            if len(self._iris) < 100_000:
                self._iris[value] = text
        return text

    @staticmethod
    def tagged(value: str, lang: str) -> str:
        return f"{literal(value)}@{lang}"

    @staticmethod
    def lit(value: str | int | bool, datatype: str | None = None) -> str:
        if isinstance(value, bool):
            return f'"{str(value).lower()}"^^<{XSD}boolean>'
        if isinstance(value, int):
            return integer(value)
        if datatype:
            return typed(value, datatype)
        return literal(value)


RDFLIB_TERMS = RdflibTerms()
