"""SHACL validation of a store against ontology/shapes.ttl.

``validate`` checks every shape with SPARQL inside the store, over all readout graphs at
once (``kg.analysis.shapes_sparql``): pySHACL, one readout graph at a time, took 0.18 s
a readout (5 hours at 100,000; figures in scripts/RESULTS-validate.md). pySHACL stays
the reference: ``conforms`` validates one rdflib graph, ``reference_store`` validates a
store the old way (the tests check that both find the same violations), and a shape
the SPARQL translation does not cover is checked with pySHACL, in worker processes.
"""

from __future__ import annotations

import multiprocessing
import os
import queue
import threading
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor, as_completed
from contextlib import ExitStack
from dataclasses import dataclass
from functools import cache

from rdflib import RDF, Graph, Namespace, URIRef

from kg.analysis import shapes as shape_file
from kg.analysis.shapes_sparql import Check, Scope, bind_focus, checks, presence, short
from kg.rdf.vocab import BACKGROUND, ENGAGEMENTS, TIES
from kg.resources import ontology_text, shapes_text
from kg.store.database import Store
from kg.store.isolated import LocalStore

SH = Namespace("http://www.w3.org/ns/shacl#")
READOUTS = Scope("readout graphs")
SCOPES = (READOUTS, Scope("engagements graph", ENGAGEMENTS), Scope("ties graph", TIES))
FALLBACK_CHUNK = 200  # readout graphs per pySHACL task
# Below this many readouts, starting worker processes costs more than it saves.
PARALLEL_FROM = 2000


@dataclass(frozen=True, order=True)
class Violation:
    """One validation result, as pySHACL reports it: focus node, path, constraint, value."""

    graph: str
    focus: str
    path: str | None  # None: the constraint is on the focus node itself
    component: str  # e.g. "MinCount" (sh:MinCountConstraintComponent)
    value: str | None
    message: str

    def line(self) -> str:
        where = f"{self.focus} {short(self.path)}" if self.path else self.focus
        value = f" (value: {self.value!r})" if self.value is not None and self.path else ""
        return f"{where}: {self.message} [sh:{_lower(self.component)}]{value}"


@dataclass(frozen=True)
class Fallback:
    """A shape SPARQL cannot check, to check with pySHACL on some graphs of a scope."""

    scope: Scope
    shape: shape_file.NodeShape
    graphs: tuple[str, ...]


Step = Check | Fallback


# -- the fast validator ---------------------------------------------------------------
def plan(store: Store, scopes: Iterable[Scope] = SCOPES) -> list[Step]:
    """The checks to run, one progress step each; shapes with nothing to check are left out."""
    steps: list[Step] = []
    for scope in scopes:
        if scope.graph and not store.contains_graph(scope.graph):
            continue
        graphs = tuple(store.readout_graphs()) if scope.with_background else (scope.graph,)
        for shape in shape_file.load():
            if not store.select(presence(shape, scope))[1][0][0]:
                continue
            if shape.untranslatable is None:
                steps.extend(checks(shape, scope))
                continue
            for i in range(0, len(graphs), FALLBACK_CHUNK):
                steps.append(Fallback(scope, shape, graphs[i : i + FALLBACK_CHUNK]))
    return steps


def run(
    store: Store,
    steps: list[Step],
    progress: Callable[[int], None] | None = None,
    jobs: int | None = None,
) -> list[Violation]:
    """Every violation the steps find, sorted; ``progress(1)`` after each step.

    A store on disk of PARALLEL_FROM readouts or more (or any, given ``jobs``) is checked
    by ``jobs`` worker processes (default: one per core), each with the store open read-only: the
    queries are CPU-bound, and Oxigraph holds the GIL while it evaluates them. Their
    queries are watched as ``kg.store.isolated`` watches any: a damaged store stops
    the run with one line.
    """
    tick = progress or (lambda n: None)
    many = jobs is not None or len(store.readout_graphs()) >= PARALLEL_FROM
    jobs = jobs or os.cpu_count() or 1
    fast = [s for s in steps if isinstance(s, Check)]
    slow = [s for s in steps if isinstance(s, Fallback)]
    parallel = jobs > 1 and store.path is not None and many
    found: set[Violation] = set()
    if parallel:
        for violations in _in_workers(str(store.path), fast, jobs):
            found.update(violations)
            tick(1)
        with _pool(store, jobs) as pool:
            for done in as_completed([pool.submit(_fallback_task, *_task(s)) for s in slow]):
                found.update(done.result())
                tick(1)
        return sorted(found)
    seen: dict[str, tuple] = {}  # shapes sharing a predicate share its candidate scans
    for check in fast:
        found.update(_run_check(store, check, seen))
        tick(1)
    for step in slow:
        found.update(_fallback(store, *_task(step)))
        tick(1)
    return sorted(found)


def validate(
    store: Store, progress: Callable[[int], None] | None = None, jobs: int | None = None
) -> list[Violation]:
    """Every violation of the shapes in the readout, engagements and ties graphs."""
    return run(store, plan(store), progress, jobs)


def validate_store(store: Store) -> Iterator[tuple[str, bool, str]]:
    """Each readout graph: (graph, conforms, report of its violations)."""
    found: dict[str, list[Violation]] = {}
    for v in run(store, plan(store, [READOUTS])):
        found.setdefault(v.graph, []).append(v)
    for graph in store.readout_graphs():
        bad = found.get(graph, [])
        yield graph, not bad, "\n".join(v.line() for v in bad)


def validate_engagements(store: Store) -> tuple[bool, str]:
    """The engagements graph against the shapes of rk:ReportedEngagement."""
    bad = run(store, plan(store, [SCOPES[1]]))
    return not bad, "\n".join(v.line() for v in bad)


def _run_check(
    store: Store | LocalStore, check: Check, seen: dict | None = None
) -> Iterator[Violation]:
    path = check.prop.path if check.prop else None
    seen = {} if seen is None else seen
    for query in check.queries:
        texts = [query.text]
        if query.pre is not None:
            if query.pre not in seen:
                seen[query.pre] = store.select(query.pre)
            names, rows = seen[query.pre]
            texts = list(bind_focus(query.text, names, rows))
        for row, names in (r for t in texts for r in _rows(store, t)):
            r = dict(zip(names, row))
            value = None if r.get("vs") is None else str(r["vs"])
            if not check.tests:
                yield Violation(
                    r["g"], r["f"], path, check.component, value, _message(check, check.component)
                )
                continue
            for i, test in enumerate(check.tests):
                if str(r.get(f"c{i}")) not in ("true", "1", "True"):  # a boolean literal
                    msg = _message(check, test.kind, test.param)
                    yield Violation(r["g"], r["f"], path, test.kind, value, msg)


def _rows(store: Store | LocalStore, text: str) -> Iterator[tuple[list, list[str]]]:
    names, rows = store.select(text)
    for row in rows:
        yield row, names


def _message(check: Check, kind: str, param: object = None) -> str:
    """The shape's sh:message, else the rule broken (as ``name: sh:maxCount 1``)."""
    owner = check.prop or check.shape
    if owner.message:
        return owner.message
    prop = check.prop
    name = prop.name if prop else check.shape.label
    if kind in ("MinCount", "MaxCount"):
        param = prop.min_count if kind == "MinCount" else prop.max_count
    elif kind in ("LessThan", "LessThanOrEquals"):
        param = short(next(o for k, o in prop.pairs if k == kind))
    elif isinstance(param, URIRef):
        param = short(str(param))
    elif isinstance(param, tuple):
        param = "(...)"
    return f"{name}: sh:{_lower(kind)} {param}"


def _lower(kind: str) -> str:
    return kind[:1].lower() + kind[1:]


# -- pySHACL: the reference, and the fallback for shapes SPARQL does not check -------------
def conforms(data: Graph) -> tuple[bool, str]:
    """pySHACL on one rdflib graph: (conforms, its text report)."""
    from pyshacl import validate as pyshacl_validate

    shapes = Graph().parse(data=shapes_text(), format="turtle")
    ont = Graph().parse(data=ontology_text(), format="turtle")
    ok, _, text = pyshacl_validate(data, shacl_graph=shapes, ont_graph=ont, inference="none")
    return bool(ok), text


def pyshacl_violations(data: Graph, graph: str, shapes: Graph | None = None) -> list[Violation]:
    """pySHACL's results on ``data`` (named ``graph`` in the report) as Violations."""
    from pyshacl import validate as pyshacl_validate

    shapes = shapes if shapes is not None else _shapes_graph()
    _, results, _ = pyshacl_validate(
        data, shacl_graph=shapes, ont_graph=_ontology_graph(), inference="none"
    )
    out = []
    for r in results.subjects(RDF.type, SH.ValidationResult):
        path, value = results.value(r, SH.resultPath), results.value(r, SH.value)
        component = str(results.value(r, SH.sourceConstraintComponent))
        out.append(
            Violation(
                graph,
                str(results.value(r, SH.focusNode)),
                str(path) if path is not None else None,
                component.rsplit("#", 1)[-1].removesuffix("ConstraintComponent"),
                str(value) if value is not None and path is not None else None,
                str(results.value(r, SH.resultMessage) or ""),
            )
        )
    return out


def readout_view(store: Store, graph: str, background: Graph | None = None) -> Graph:
    """A readout graph with the background's facts about every node it mentions."""
    background = background if background is not None else store.rdflib_graph(BACKGROUND)
    data = store.rdflib_graph(graph)
    for node in set(data.subjects()) | set(data.objects()):
        if isinstance(node, URIRef):
            for t in background.triples((node, None, None)):
                data.add(t)
    return data


def reference_store(store: Store) -> Iterator[tuple[str, bool, str]]:
    """pySHACL on every readout graph, one at a time: the validator ``validate`` replaced."""
    background = store.rdflib_graph(BACKGROUND)
    for graph in store.readout_graphs():
        ok, text = conforms(readout_view(store, graph, background))
        yield graph, ok, text


def reference_violations(store: Store) -> list[Violation]:
    """pySHACL's violations, graph by graph, in the scopes ``validate`` checks."""
    background = store.rdflib_graph(BACKGROUND)
    found = []
    for graph in store.readout_graphs():
        found += pyshacl_violations(readout_view(store, graph, background), graph)
    for scope in SCOPES[1:]:
        if store.contains_graph(scope.graph):
            found += pyshacl_violations(store.rdflib_graph(scope.graph), scope.graph)
    return sorted(set(found))


@cache
def _shapes_graph() -> Graph:
    return Graph().parse(data=shapes_text(), format="turtle")


@cache
def _ontology_graph() -> Graph:
    return Graph().parse(data=ontology_text(), format="turtle")


def _pool(store: Store, jobs: int) -> ProcessPoolExecutor:
    methods = multiprocessing.get_all_start_methods()
    ctx = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
    return ProcessPoolExecutor(jobs, mp_context=ctx, initializer=_open, initargs=(str(store.path),))


def _task(step: Fallback) -> tuple[str, bool, tuple[str, ...]]:
    return step.shape.iri, step.scope.with_background, step.graphs


_worker_store: Store | None = None


def _open(path: str) -> None:
    global _worker_store
    _worker_store = Store(path, read_only=True)


def _in_workers(path: str, checks: list[Check], jobs: int) -> Iterator[list[Violation]]:
    """Each check's violations, as ``jobs`` query workers (one thread each) find them."""
    todo: queue.SimpleQueue[Check] = queue.SimpleQueue()
    for check in checks:
        todo.put(check)
    done: queue.SimpleQueue[list[Violation] | BaseException] = queue.SimpleQueue()

    def work(worker: LocalStore) -> None:
        seen: dict[str, tuple] = {}
        while True:
            try:
                check = todo.get_nowait()
            except queue.Empty:
                return
            try:
                done.put(list(_run_check(worker, check, seen)))
            except BaseException as exc:  # noqa: BLE001 - handed to the caller's thread
                done.put(exc)
                return

    with ExitStack() as workers:
        for _ in range(min(jobs, len(checks))):
            worker = workers.enter_context(LocalStore(path))
            threading.Thread(target=work, args=(worker,), daemon=True).start()
        for _ in checks:
            got = done.get()
            if isinstance(got, BaseException):
                raise got
            yield got


def _fallback_task(shape: str, with_background: bool, graphs: tuple[str, ...]):
    return list(_fallback(_worker_store, shape, with_background, graphs))


def _fallback(store: Store, shape: str, with_background: bool, graphs: tuple[str, ...]):
    shapes = shape_file.shape_graph(shape)
    background = store.rdflib_graph(BACKGROUND) if with_background else None
    for graph in graphs:
        if with_background:
            data = readout_view(store, graph, background)
        else:
            data = store.rdflib_graph(graph)
        yield from pyshacl_violations(data, graph, shapes)
