"""Binding a query's parameters: a VALUES block of serialised RDF terms, never spliced text.

The block goes where the query asks for it, on each line that reads
``#! parameters``, else first inside the WHERE group. Both engines plan a
VALUES block that comes first as bound values, so a pattern on a given
actor's name starts from that name. Neither passes outer bindings into a
subquery or a UNION branch, which are evaluated on their own: a query with
those puts the marker at the start of each, so that a given name narrows
every part. (Oxigraph's own ``substitutions`` bind too late to guide its
plan, and Virtuoso 7 ignores a trailing VALUES block when the group holds a
BIND or a subquery.)
"""

from __future__ import annotations

import re

import pyoxigraph as ox

from kg.errors import KgError

MARKER = re.compile(r"^[ \t]*#! parameters[ \t]*$", re.M)
_TOKENS = re.compile(
    r"#[^\n]*"
    r'|<[^<>"{}|^`\\\x00-\x20]*>'
    r'|"""(?:[^"\\]|\\.|"(?!""))*"""'
    r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
    r'|"(?:[^"\\\n]|\\.)*"'
    r"|'(?:[^'\\\n]|\\.)*'"
    r"|[{}]"
)


def bind(sparql: str, bindings: dict[str, str] | None) -> str:
    """``sparql`` with ``bindings`` (variable -> IRI or text) given as VALUES blocks."""
    if not bindings:
        return sparql
    block = values_clause(bindings)
    if MARKER.search(sparql):
        return MARKER.sub(lambda m: m.group(0) + block, sparql)
    at = where_start(sparql)
    return sparql[:at] + block + sparql[at:]


def where_start(sparql: str) -> int:
    """Offset just after the '{' that opens the query's WHERE group (past a CONSTRUCT template)."""
    depth = 0
    for m in _TOKENS.finditer(sparql):
        if m.group() == "{":
            if depth == 0 and not re.search(r"\bCONSTRUCT\s*$", sparql[: m.start()], re.I):
                return m.end()
            depth += 1
        elif m.group() == "}":
            depth -= 1
    raise KgError("query", "no WHERE group to bind the parameters in")


def values_clause(bindings: dict[str, str]) -> str:
    """One VALUES row of serialised terms: an absolute IRI as an IRI, anything else as text."""
    names = " ".join(f"?{k}" for k in bindings)
    terms = []
    for value in bindings.values():
        if value.startswith(("http://", "https://", "urn:")):
            try:
                terms.append(str(ox.NamedNode(value)))
                continue
            except ValueError:
                pass
        terms.append(str(ox.Literal(value)))
    return f"\nVALUES ({names}) {{ ({' '.join(terms)}) }}\n"
