"""The shapes of ontology/shapes.ttl as SPARQL queries that find every violation at once.

pySHACL checks one readout graph at a time in Python (0.18 s a readout); these queries
run inside the store over all readout graphs together, and return only the violations.

A readout graph is checked as ``kg.analysis.validate.reference_store`` checks it with
pySHACL: the readout's named graph plus the background graph's facts about every node
the readout mentions (as a subject or an object). A fact read from the readout graph
makes its subject (and object) mentioned there, so only facts found entirely in the
background need the costly "which readouts mention this node?" join, and those are
first narrowed to the ones that break a constraint. The engagements and ties graphs
are each checked alone.

Each ``Check`` is one constraint (or one group of value tests) of one shape, with its
queries; the caller runs them through ``kg.store``'s ``select`` and counts them for a
progress bar. Every query returns ``?g ?f`` (graph and focus node) and, where there is
one, ``?vs`` (the offending value as text).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass

from kg.analysis.shapes import SH, NodeShape, PropertyShape, Test
from kg.rdf.vocab import BACKGROUND, PREFIXES, RDF_TYPE, RDFS, XSD

# Datatypes whose ill-formed literals ("5 March"^^xsd:date) pySHACL refuses (rdflib
# cannot read them): the same ones are cast here to see whether they are well formed.
# Not xsd:boolean: rdflib reads "yes"^^xsd:boolean as false, and pySHACL lets it pass.
WELL_FORMED = {XSD + t for t in ("integer", "decimal", "double", "float", "date", "dateTime")}
KINDS = {
    str(SH.IRI): "isIRI({v})",
    str(SH.Literal): "isLiteral({v})",
    str(SH.BlankNode): "isBlank({v})",
    str(SH.BlankNodeOrIRI): "!isLiteral({v})",
    str(SH.BlankNodeOrLiteral): "!isIRI({v})",
    str(SH.IRIOrLiteral): "!isBlank({v})",
}
COMPARE = {"MinInclusive": ">=", "MaxInclusive": "<=", "MinExclusive": ">", "MaxExclusive": "<"}


@dataclass(frozen=True)
class Scope:
    """Which graphs are checked: one graph alone, or (``graph`` None) every readout graph
    together with the background facts about the nodes it mentions."""

    name: str
    graph: str | None = None

    @property
    def with_background(self) -> bool:
        return self.graph is None

    def restrict(self) -> str:
        """Pins ?g to the graphs in scope."""
        if self.graph:
            return f"VALUES ?g {{ <{self.graph}> }}"
        return 'FILTER(CONTAINS(STR(?g), "/readout/"))'

    def scan(self) -> str:
        """Pins ?g without reading graph names (a scan for candidates: the precise query
        that follows applies ``restrict``)."""
        if self.graph:
            return self.restrict()
        return f"FILTER(?g != <{BACKGROUND}>)"

    def own(self, s: str, p: str, o: str) -> str:
        return f"GRAPH ?g {{ {s} <{p}> {o} }}"

    def facts(self, s: str, p: str, o: str) -> str:
        """A triple of the checked view: the graph's own, or the background's."""
        if not self.with_background:
            return self.own(s, p, o)
        return f"{{ {self.own(s, p, o)} }} UNION {{ GRAPH <{BACKGROUND}> {{ {s} <{p}> {o} }} }}"

    def typed(self, node: str, classes: tuple[str, ...], var: str = "?t") -> str:
        """``node`` has one of ``classes`` in the view (``node`` mentioned in ?g already)."""
        return f"{_values(var, classes)} {self.facts(node, RDF_TYPE, var)}"

    def mentioned(self, node: str) -> str:
        return (
            f"GRAPH ?g {{ {{ {node} ?mx ?my }} UNION {{ ?my ?mx {node} }} }} "
            'FILTER(CONTAINS(STR(?g), "/readout/"))'
        )

    def focus_in_g(self, classes: tuple[str, ...]) -> str:
        """?f, found beforehand, is a focus node of graph ?g."""
        if not self.with_background:
            return f"{self.restrict()} {self.own('?f', RDF_TYPE, '?t')} {_values('?t', classes)}"
        return (
            f"{_values('?t', classes)} {{ {self.own('?f', RDF_TYPE, '?t')} }} UNION "
            f"{{ GRAPH <{BACKGROUND}> {{ ?f <{RDF_TYPE}> ?t }} {self.mentioned('?f')} }} "
            f"{self.restrict()}"
        )

    def all_focus(self, classes: tuple[str, ...]) -> str:
        """Every (?g, ?f) pair: a subquery, each pair once."""
        return f"{{ SELECT DISTINCT ?g ?f WHERE {{ {self.focus_in_g(classes)} }} }}"


@dataclass(frozen=True)
class Query:
    """A precise SELECT, run on the candidates a cheap first SELECT (``pre``) finds.

    Reading a focus node's facts one lookup at a time costs about 30 us on disk, and
    reading a long literal's text as much again; scanning one predicate's facts and
    grouping them costs 1-3 us a fact. So ``pre`` scans and groups (returning ?g ?f,
    or ?f alone), and ``text`` checks only those, bound in place of FOCUS.
    """

    text: str
    pre: str | None = None


FOCUS = "#FOCUS#"
BATCH = 2000  # candidates bound in one query


def bind_focus(text: str, names: list[str], rows: list[list]) -> Iterator[str]:
    """``text`` with FOCUS replaced by VALUES blocks of the candidates (IRIs), in batches."""
    cols = [n for n in names if n in ("g", "f")]
    head = "(" + " ".join(f"?{c}" for c in cols) + ")"
    rows = [r for r in rows if all(":" in str(r[names.index(c)]) for c in cols)]  # IRIs only
    for i in range(0, len(rows), BATCH):
        body = " ".join(
            "(" + " ".join(f"<{row[names.index(c)]}>" for c in cols) + ")"
            for row in rows[i : i + BATCH]
        )
        yield text.replace(FOCUS, f"VALUES {head} {{ {body} }}")


@dataclass(frozen=True)
class Check:
    """One constraint of one shape in one scope, with the queries that find its violations.

    ``tests`` is set for a group of value tests: each query then also returns ``?c0``,
    ``?c1``... (whether the value passed each test), to name the component that failed.
    """

    scope: Scope
    shape: NodeShape
    prop: PropertyShape | None
    component: str
    queries: tuple[Query, ...]
    tests: tuple[Test, ...] = ()


def checks(shape: NodeShape, scope: Scope) -> Iterator[Check]:
    """The checks of one translatable node shape in one scope."""
    if shape.tests:
        yield Check(scope, shape, None, "", _node_tests(shape, scope), shape.tests)
    for prop in shape.properties:
        if prop.min_count:
            yield Check(scope, shape, prop, "MinCount", _min_count(shape, prop, scope))
        if prop.max_count is not None:
            yield Check(scope, shape, prop, "MaxCount", _max_count(shape, prop, scope))
        if prop.tests:
            yield Check(scope, shape, prop, "", _value_tests(shape, prop, scope), prop.tests)
        for kind, other in prop.pairs:
            yield Check(scope, shape, prop, kind, _pair(shape, prop, scope, kind, other))


def presence(shape: NodeShape, scope: Scope) -> str:
    """ASK whether the scope can hold any focus node of the shape (else: skip its checks)."""
    where = f"{_values('?t', shape.targets)} GRAPH ?g {{ ?f <{RDF_TYPE}> ?t }} {scope.restrict()}"
    if scope.with_background:
        where = f"{{ {where} }} UNION {{ {_values('?t', shape.targets)} GRAPH <{BACKGROUND}> "
        where += f"{{ ?f <{RDF_TYPE}> ?t }} }}"
    return f"ASK {{ {where} }}"


# -- the queries ----------------------------------------------------------------------
def _node_tests(shape: NodeShape, scope: Scope) -> tuple[Query, ...]:
    flags = _flags(shape.tests, "?f", scope)
    fail = _fails(shape.tests, "?f", scope)
    typed = f"{_values('?t', shape.targets)} {scope.own('?f', RDF_TYPE, '?t')}"
    pre = f"SELECT DISTINCT ?g ?f WHERE {{ {typed} {scope.scan()} FILTER({fail}) }}"
    own = (
        f"SELECT DISTINCT ?g ?f (STR(?f) AS ?vs) {flags} WHERE {{ {FOCUS} {scope.restrict()} "
        f"{typed} FILTER({fail}) }}"
    )
    if not scope.with_background:
        return (Query(own, pre),)
    pre_bg = (
        f"SELECT DISTINCT ?f WHERE {{ {_values('?t', shape.targets)} GRAPH <{BACKGROUND}> "
        f"{{ ?f <{RDF_TYPE}> ?t }} FILTER({_prefilter(shape.tests, '?f', scope)}) }}"
    )
    bg = (
        f"SELECT DISTINCT ?g ?f (STR(?f) AS ?vs) {flags} WHERE {{ {FOCUS} "
        f"{scope.mentioned('?f')} FILTER({fail}) }}"
    )
    return Query(own, pre), Query(bg, pre_bg)


def _value_tests(shape: NodeShape, prop: PropertyShape, scope: Scope) -> tuple[Query, ...]:
    flags = _flags(prop.tests, "?v", scope)
    fail = _fails(prop.tests, "?v", scope)
    s, o = _ends(prop, "?f", "?v")
    pre = (
        f"SELECT DISTINCT ?g ?f WHERE {{ {scope.own(s, prop.path, o)} {scope.scan()} "
        f"FILTER({fail}) }}"
    )
    own = (
        f"SELECT DISTINCT ?g ?f (STR(?v) AS ?vs) {flags} WHERE {{ {FOCUS} {scope.restrict()} "
        f"{scope.own(s, prop.path, o)} FILTER({fail}) {scope.typed('?f', shape.targets)} }}"
    )
    if not scope.with_background:
        return (Query(own, pre),)
    in_bg = f"GRAPH <{BACKGROUND}> {{ {s} <{prop.path}> {o} }}"
    pre_bg = f"SELECT DISTINCT ?f WHERE {{ {in_bg} FILTER({_prefilter(prop.tests, '?v', scope)}) }}"
    bg = (
        f"SELECT DISTINCT ?g ?f (STR(?v) AS ?vs) {flags} WHERE {{ {FOCUS} {in_bg} "
        f"{scope.focus_in_g(shape.targets)} FILTER({fail}) }}"
    )
    return Query(own, pre), Query(bg, pre_bg)


def _min_count(shape: NodeShape, prop: PropertyShape, scope: Scope) -> tuple[Query, ...]:
    s, o = _ends(prop, "?f", "?v")
    if prop.min_count != 1:
        return (Query(_count_query(shape, prop, scope, f"< {prop.min_count}")),)
    none_bg = (
        f"FILTER NOT EXISTS {{ GRAPH <{BACKGROUND}> {{ {s} <{prop.path}> {o} }} }}"
        if scope.with_background
        else ""
    )
    typed = f"{_values('?t', shape.targets)} {scope.own('?f', RDF_TYPE, '?t')}"
    pre = (
        f"SELECT ?g ?f WHERE {{ {{ {typed} BIND(1 AS ?a) }} UNION "
        f"{{ {scope.own(s, prop.path, o)} BIND(1 AS ?b) }} {scope.scan()} }} "
        f"GROUP BY ?g ?f HAVING (COUNT(?a) > 0 && COUNT(?b) = 0)"
    )
    own = (
        f"SELECT DISTINCT ?g ?f WHERE {{ {FOCUS} {scope.restrict()} {typed} "
        f"FILTER NOT EXISTS {{ {scope.own(s, prop.path, o)} }} {none_bg} }}"
    )
    if not scope.with_background:
        return (Query(own, pre),)
    pre_bg = (
        f"SELECT DISTINCT ?f WHERE {{ {_values('?t', shape.targets)} GRAPH <{BACKGROUND}> "
        f"{{ ?f <{RDF_TYPE}> ?t }} {none_bg} }}"
    )
    bg = (
        f"SELECT DISTINCT ?g ?f WHERE {{ {FOCUS} {scope.mentioned('?f')} "
        f"FILTER NOT EXISTS {{ {scope.own(s, prop.path, o)} }} }}"
    )
    return Query(own, pre), Query(bg, pre_bg)


def _max_count(shape: NodeShape, prop: PropertyShape, scope: Scope) -> tuple[Query, ...]:
    if prop.max_count != 1:
        return (Query(_count_query(shape, prop, scope, f"> {prop.max_count}")),)
    s1, o1 = _ends(prop, "?f", "?v1")
    s2, o2 = _ends(prop, "?f", "?v2")
    pre = (
        f"SELECT ?g ?f WHERE {{ {scope.own(s1, prop.path, o1)} {scope.scan()} }} "
        f"GROUP BY ?g ?f HAVING (COUNT(DISTINCT ?v1) > 1)"
    )
    own = (
        f"SELECT DISTINCT ?g ?f WHERE {{ {FOCUS} {scope.restrict()} "
        f"{scope.own(s1, prop.path, o1)} {scope.facts(s2, prop.path, o2)} "
        f"FILTER(!sameTerm(?v1, ?v2)) {scope.typed('?f', shape.targets)} }}"
    )
    if not scope.with_background:
        return (Query(own, pre),)
    in_bg = f"GRAPH <{BACKGROUND}> {{ {s2} <{prop.path}> {o2} }}"
    pre_mixed = (
        f"SELECT DISTINCT ?g ?f WHERE {{ {in_bg} {scope.own(s1, prop.path, o1)} "
        f"{scope.scan()} FILTER(!sameTerm(?v1, ?v2)) }}"
    )
    pre_bg = (
        f"SELECT DISTINCT ?f WHERE {{ GRAPH <{BACKGROUND}> "
        f"{{ {s1} <{prop.path}> {o1} . {s2} <{prop.path}> {o2} }} FILTER(!sameTerm(?v1, ?v2)) }}"
    )
    bg = f"SELECT DISTINCT ?g ?f WHERE {{ {FOCUS} {scope.focus_in_g(shape.targets)} }}"
    return Query(own, pre), Query(own, pre_mixed), Query(bg, pre_bg)


def _count_query(shape: NodeShape, prop: PropertyShape, scope: Scope, test: str) -> str:
    """The general form, for counts other than 1: every focus node, its values counted."""
    s, o = _ends(prop, "?f", "?v")
    return (
        f"SELECT ?g ?f WHERE {{ {scope.all_focus(shape.targets)} "
        f"OPTIONAL {{ {scope.facts(s, prop.path, o)} }} }} GROUP BY ?g ?f "
        f"HAVING (COUNT(DISTINCT ?v) {test})"
    )


def _pair(shape: NodeShape, prop: PropertyShape, scope: Scope, kind: str, other: str):
    s, o = _ends(prop, "?f", "?v")
    op = "<" if kind == "LessThan" else "<="
    bad = f"!COALESCE({_cmp('?v')} {op} {_cmp('?w')}, false)"
    # If the largest value is below the smallest other value, every pair is. (Two
    # groupings joined: Oxigraph's MAX over a group with unbound values is unbound.)
    pre = (
        f"SELECT ?g ?f WHERE {{ {{ SELECT ?g ?f (MAX(?v) AS ?mv) WHERE {{ "
        f"{scope.own(s, prop.path, o)} {scope.scan()} }} GROUP BY ?g ?f }} "
        f"{{ SELECT ?g ?f (MIN(?w) AS ?mw) WHERE {{ {scope.own('?f', other, '?w')} "
        f"{scope.scan()} }} GROUP BY ?g ?f }} FILTER(!COALESCE(?mv {op} ?mw, false)) }}"
    )
    own = (
        f"SELECT DISTINCT ?g ?f (STR(?v) AS ?vs) WHERE {{ {FOCUS} {scope.restrict()} "
        f"{scope.own(s, prop.path, o)} {scope.facts('?f', other, '?w')} FILTER({bad}) "
        f"{scope.typed('?f', shape.targets)} }}"
    )
    if not scope.with_background:
        return (Query(own, pre),)
    in_bg = f"GRAPH <{BACKGROUND}> {{ {s} <{prop.path}> {o} }}"
    other_bg = f"GRAPH <{BACKGROUND}> {{ ?f <{other}> ?w }}"
    pre_own_bg = (
        f"SELECT DISTINCT ?g ?f WHERE {{ {other_bg} {scope.own(s, prop.path, o)} {scope.scan()} }}"
    )
    bg_own = (
        f"SELECT DISTINCT ?g ?f (STR(?v) AS ?vs) WHERE {{ {FOCUS} {scope.restrict()} {in_bg} "
        f"{scope.own('?f', other, '?w')} FILTER({bad}) {scope.typed('?f', shape.targets)} }}"
    )
    pre_bg_own = (
        f"SELECT DISTINCT ?g ?f WHERE {{ {in_bg} {scope.own('?f', other, '?w')} {scope.scan()} }}"
    )
    bg_bg = (
        f"SELECT DISTINCT ?g ?f (STR(?v) AS ?vs) WHERE {{ {FOCUS} {in_bg} {other_bg} "
        f"FILTER({bad}) {scope.focus_in_g(shape.targets)} }}"
    )
    pre_bg = f"SELECT DISTINCT ?f WHERE {{ {in_bg} {other_bg} FILTER({bad}) }}"
    return (
        Query(own, pre),
        Query(own, pre_own_bg),
        Query(bg_own, pre_bg_own),
        Query(bg_bg, pre_bg),
    )


# -- value tests as SPARQL expressions ------------------------------------------------
def _flags(tests: tuple[Test, ...], v: str, scope: Scope) -> str:
    return " ".join(f"({_expr(t, v, scope)} AS ?c{i})" for i, t in enumerate(tests))


def _fails(tests: tuple[Test, ...], v: str, scope: Scope) -> str:
    return "!(" + " && ".join(_expr(t, v, scope) for t in tests) + ")"


def _prefilter(tests: tuple[Test, ...], v: str, scope: Scope) -> str:
    """What narrows background facts before ?g is known: a class test needs ?g, so then all."""
    return "true" if any(_has_class(t) for t in tests) else _fails(tests, v, scope)


def _has_class(t: Test) -> bool:
    if t.kind == "Class":
        return True
    if t.kind in ("Or", "And", "Xone", "Not"):
        return any(_has_class(x) for member in t.param for x in member)
    return False


def _all(tests: tuple[Test, ...], v: str, scope: Scope) -> str:
    return "(" + " && ".join(_expr(t, v, scope) for t in tests) + ")" if tests else "true"


def _expr(t: Test, v: str, scope: Scope) -> str:
    """True when ``v`` passes the test (a SPARQL error counts as failing, as in pySHACL)."""
    if t.kind == "Or":
        return "(" + " || ".join(_all(m, v, scope) for m in t.param) + ")"
    if t.kind == "And":
        return "(" + " && ".join(_all(m, v, scope) for m in t.param) + ")"
    if t.kind == "Not":
        return f"!{_all(t.param[0], v, scope)}"
    if t.kind == "Xone":
        return "((" + " + ".join(f"IF({_all(m, v, scope)}, 1, 0)" for m in t.param) + ") = 1)"
    return f"COALESCE({_atom(t, v, scope)}, false)"


def _atom(t: Test, v: str, scope: Scope) -> str:
    p = t.param
    if t.kind == "Datatype":
        return _datatype(str(p), v)
    if t.kind == "NodeKind":
        return KINDS[str(p)].format(v=v)
    if t.kind == "Pattern":
        return f"(!isBlank({v}) && REGEX(STR({v}), {json.dumps(str(p))}, {json.dumps(t.flags)}))"
    if t.kind == "MinLength" and int(p) == 1:
        # Not empty: a plain string is told by its term alone, without reading its text.
        return (
            f'(!isBlank({v}) && !sameTerm({v}, "") && '
            f"(DATATYPE({v}) = <{XSD}string> || STRLEN(STR({v})) >= 1))"
        )
    if t.kind in ("MinLength", "MaxLength"):
        op = ">=" if t.kind == "MinLength" else "<="
        return f"(!isBlank({v}) && STRLEN(STR({v})) {op} {int(p)})"
    if t.kind in COMPARE:
        return f"({v} {COMPARE[t.kind]} {p.n3()})"
    if t.kind == "In":
        return "(" + " || ".join(f"sameTerm({v}, {x.n3()})" for x in p) + ")" if p else "false"
    if t.kind == "LanguageIn":
        langs = " || ".join(f"langMatches(LANG({v}), {json.dumps(str(x))})" for x in p)
        return f"(isLiteral({v}) && ({langs or 'false'}))"
    if t.kind == "Class":
        var = f"?k{abs(hash((v, p))) % 10_000}"
        return f"(!isLiteral({v}) && EXISTS {{ {scope.typed(v, tuple(map(str, p)), var)} }})"
    raise ValueError(f"no SPARQL for {t.kind}")


def _datatype(dt: str, v: str) -> str:
    if dt == RDFS + "Literal":
        return f"isLiteral({v})"
    if dt == "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString":
        return f'(isLiteral({v}) && LANG({v}) != "")'
    plain = f"(isLiteral({v}) && DATATYPE({v}) = <{dt}>"
    if dt in WELL_FORMED:
        return f"{plain} && COALESCE(isLiteral(<{dt}>(STR({v}))), false))"
    return plain + ")"


def _cmp(v: str) -> str:
    """pySHACL compares IRIs by their text in sh:lessThan."""
    return f"IF(isIRI({v}), STR({v}), {v})"


def _ends(prop: PropertyShape, f: str, v: str) -> tuple[str, str]:
    return (v, f) if prop.inverse else (f, v)


def _values(var: str, iris: tuple[str, ...]) -> str:
    return f"VALUES {var} {{ {' '.join(f'<{i}>' for i in iris)} }}"


def short(iri: str) -> str:
    """An IRI as prefix:name when a usual prefix fits (for reports)."""
    for name, ns in PREFIXES.items():
        if iri.startswith(ns) and name != "id":
            return f"{name}:{iri[len(ns) :]}"
    return f"<{iri}>"
