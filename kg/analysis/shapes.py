"""The SHACL shapes of ontology/shapes.ttl read into plain data, for checking them with SPARQL.

Only what the SPARQL checker (``kg.analysis.shapes_sparql``) knows how to translate is
read into constraints; a node shape using anything else is kept whole with the reason,
and ``kg.analysis.validate`` checks it with pySHACL instead. So a new kind of
constraint in the file is never silently skipped.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from rdflib import RDF, RDFS, BNode, Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.term import Node

from kg.resources import ontology_text, shapes_text

SH = Namespace("http://www.w3.org/ns/shacl#")

# Parameters that test one value at a time (a focus node itself on a node shape).
VALUE_TESTS = {
    SH.datatype: "Datatype",
    SH.nodeKind: "NodeKind",
    SH.pattern: "Pattern",
    SH.minLength: "MinLength",
    SH.maxLength: "MaxLength",
    SH.minInclusive: "MinInclusive",
    SH.maxInclusive: "MaxInclusive",
    SH.minExclusive: "MinExclusive",
    SH.maxExclusive: "MaxExclusive",
    SH["in"]: "In",
    SH.languageIn: "LanguageIn",
    SH["class"]: "Class",
    SH["or"]: "Or",
    SH["and"]: "And",
    SH["not"]: "Not",
    SH.xone: "Xone",
}
# Parameters that compare a path's values with another property's values.
PAIR_TESTS = {SH.lessThan: "LessThan", SH.lessThanOrEquals: "LessThanOrEquals"}
# Words that describe a shape without constraining anything.
QUIET = {RDF.type, RDFS.label, RDFS.comment, SH.name, SH.description, SH.message, SH.order,
         SH.group, SH.flags}  # fmt: skip
NODE_KNOWN = set(VALUE_TESTS) | QUIET | {SH.targetClass, SH.property}
PROPERTY_KNOWN = set(VALUE_TESTS) | set(PAIR_TESTS) | QUIET | {SH.path, SH.minCount, SH.maxCount}


class Untranslatable(Exception):
    """A shape uses a feature the SPARQL checker does not translate."""


@dataclass(frozen=True)
class Test:
    """One value test: ``kind`` (a VALUE_TESTS name) and its parameter.

    ``param`` is an rdflib term, a tuple of terms (sh:in, sh:languageIn, a class's
    subclasses) or a tuple of tuples of Tests (sh:or, sh:and, sh:xone; sh:not has one).
    ``flags`` are sh:pattern's.
    """

    kind: str
    param: object
    flags: str = ""


@dataclass(frozen=True)
class PropertyShape:
    node: Node
    path: str  # the predicate's IRI
    inverse: bool
    name: str
    message: str | None
    min_count: int | None
    max_count: int | None
    tests: tuple[Test, ...]
    pairs: tuple[tuple[str, str], ...]  # (LessThan or LessThanOrEquals, other predicate)


@dataclass(frozen=True)
class NodeShape:
    iri: str
    label: str
    targets: tuple[str, ...]  # the target classes and all their subclasses
    message: str | None
    tests: tuple[Test, ...]  # on the focus node itself
    properties: tuple[PropertyShape, ...]
    untranslatable: str | None = None  # why pySHACL must check this shape instead


@cache
def load() -> tuple[NodeShape, ...]:
    """Every node shape of ontology/shapes.ttl that has a target class, in file order."""
    return parse(shapes_text(), ontology_text())


def parse(shapes_ttl: str, ontology_ttl: str) -> tuple[NodeShape, ...]:
    """The node shapes with a target class in Turtle text; subclasses from both texts."""
    g = Graph().parse(data=shapes_ttl, format="turtle")
    ont = Graph().parse(data=ontology_ttl, format="turtle") if ontology_ttl else Graph()
    sub = _subclasses(ont + g)
    nodes = _ordered(g, set(g.subjects(SH.targetClass)), shapes_ttl)
    return tuple(_node_shape(g, s, sub) for s in nodes)


def shape_graph(iri: str) -> Graph:
    """One node shape with everything it says (its blank nodes), as a shapes graph alone."""
    g = Graph().parse(data=shapes_text(), format="turtle")
    out = Graph()
    todo, seen = [URIRef(iri) if not iri.startswith("_:") else BNode(iri[2:])], set()
    while todo:
        node = todo.pop()
        if node in seen:
            continue
        seen.add(node)
        for t in g.triples((node, None, None)):
            out.add(t)
            if isinstance(t[2], BNode):
                todo.append(t[2])
    return out


def _ordered(g: Graph, nodes: set, text: str) -> list:
    """Shapes in the order the file gives them (stable reports), by their text position."""

    def where(n):
        if isinstance(n, URIRef):
            local = n.n3(g.namespace_manager)
            return text.find(f"\n{local}\n"), str(n)
        return len(text), str(n)

    return sorted(nodes, key=where)


def _subclasses(g: Graph) -> dict[Node, set[Node]]:
    """Each class -> itself and its subclasses, transitively (the data are not reasoned over)."""
    down: dict[Node, set[Node]] = {}
    for s, o in g.subject_objects(RDFS.subClassOf):
        down.setdefault(o, set()).add(s)

    def closure(c: Node) -> set[Node]:
        out, todo = {c}, [c]
        while todo:
            for s in down.get(todo.pop(), ()):
                if s not in out:
                    out.add(s)
                    todo.append(s)
        return out

    return {c: closure(c) for c in set(down) | {s for v in down.values() for s in v}}


def _node_shape(g: Graph, s: Node, sub: dict) -> NodeShape:
    targets = sorted({str(c) for t in g.objects(s, SH.targetClass) for c in sub.get(t, {t})})
    label = str(g.value(s, RDFS.label) or s.n3(g.namespace_manager))
    message = _message(g, s)
    try:
        if (s, RDF.type, RDFS.Class) in g or g.value(s, SH.deactivated) is not None:
            raise Untranslatable("implicit class target or sh:deactivated")
        _only_known(g, s, NODE_KNOWN)
        props = tuple(_property(g, p, sub) for p in g.objects(s, SH.property))
        tests = _tests(g, s, sub)
    except Untranslatable as exc:
        return NodeShape(str(s), label, tuple(targets), message, (), (), str(exc))
    return NodeShape(str(s), label, tuple(targets), message, tests, props)


def _property(g: Graph, p: Node, sub: dict) -> PropertyShape:
    _only_known(g, p, PROPERTY_KNOWN)
    path = g.value(p, SH.path)
    inverse = isinstance(path, BNode) and g.value(path, SH.inversePath) is not None
    if inverse:
        path = g.value(path, SH.inversePath)
    if not isinstance(path, URIRef):
        raise Untranslatable("a property path other than a predicate or its inverse")
    pairs = tuple(
        (kind, str(other))
        for pred, kind in PAIR_TESTS.items()
        for other in g.objects(p, pred)
        if isinstance(other, URIRef) or _raise("a property pair on a non-IRI")
    )
    return PropertyShape(
        node=p,
        path=str(path),
        inverse=inverse,
        name=str(g.value(p, SH.name) or path.n3(g.namespace_manager)),
        message=_message(g, p),
        min_count=_int(g.value(p, SH.minCount)),
        max_count=_int(g.value(p, SH.maxCount)),
        tests=_tests(g, p, sub),
        pairs=pairs,
    )


def _tests(g: Graph, s: Node, sub: dict) -> tuple[Test, ...]:
    out = []
    for pred, kind in VALUE_TESTS.items():
        for param in g.objects(s, pred):
            if kind in ("In", "LanguageIn"):
                out.append(Test(kind, tuple(Collection(g, param))))
            elif kind == "Class":
                out.append(Test(kind, tuple(sorted(sub.get(param, {param}), key=str))))
            elif kind in ("Or", "And", "Xone"):
                members = tuple(_member(g, m, sub) for m in Collection(g, param))
                out.append(Test(kind, members))
            elif kind == "Not":
                out.append(Test(kind, (_member(g, param, sub),)))
            elif kind == "Pattern":
                out.append(Test(kind, param, str(g.value(s, SH.flags) or "")))
            else:
                out.append(Test(kind, param))
    return tuple(out)


def _member(g: Graph, m: Node, sub: dict) -> tuple[Test, ...]:
    """A shape inside sh:or/sh:and/sh:not: only value tests can be translated."""
    _only_known(g, m, set(VALUE_TESTS) | QUIET)
    if (m, RDF.type, SH.PropertyShape) in g:
        raise Untranslatable("a property shape inside a logical constraint")
    return _tests(g, m, sub)


def _only_known(g: Graph, s: Node, known: set) -> None:
    for p in set(g.predicates(s)):
        if p not in known:
            raise Untranslatable(f"{p.n3(g.namespace_manager)} is not translated to SPARQL")


def _message(g: Graph, s: Node) -> str | None:
    m = g.value(s, SH.message)
    return str(m) if isinstance(m, Literal) else None


def _int(v) -> int | None:
    return int(v) if v is not None else None


def _raise(reason: str):
    raise Untranslatable(reason)
