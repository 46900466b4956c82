"""Where graphs live: an embedded on-disk Oxigraph store (default) or in memory.

One named graph per readout, so replacing a readout touches nothing else.
Writes of one readout are a single transaction: a crash leaves it whole or absent.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Self

import pyoxigraph as ox

from kg.errors import StoreError
from kg.rdf.vocab import ONT, PREFIXES
from kg.store.bind import bind
from kg.store.guard import QueryRefused, check, plain_syntax_error
from kg.store.lock import LOCK_NAME, StoreLock
from kg.store.terms import to_ox, to_python, to_rdflib


def _refuse_what_is_not_a_store(path: Path, read_only: bool) -> None:
    """A store is a folder of the database's files (or a new or empty folder, to write one):
    never a user's folder with other files in it, which a build would fill with its own."""
    if (path / "CURRENT").exists():
        return
    if path.exists() and not path.is_dir():
        raise StoreError(str(path), "not a store (a file, not a folder)")
    if read_only:
        if path.is_dir():
            raise StoreError(str(path), "not a store (no database in this folder)")
        raise StoreError(str(path), "no such store")
    others = [p.name for p in path.iterdir() if p.name != LOCK_NAME] if path.is_dir() else []
    if others:
        raise StoreError(
            str(path), f"not a store: the folder holds other files ({others[0]}, ...); "
            "give a new or empty folder")  # fmt: skip


class Store:
    """A dataset of named graphs with SPARQL, backed by pyoxigraph.

    Writes, and what a crash (even ``kill -9``) in the middle of each leaves:

    - ``replace_graph``, ``sync_graph``, ``put_quads``, ``put_ntriples``: one
      readout's (or the background's) graph replaced, other graphs dropped with
      it, in one transaction: the old state or the new one.
    - ``add_nquads``: a batch of new graphs bulk-loaded: all of them or none.
    - ``swap_quads``: quads of a derived graph removed and others added in one
      transaction; ``bulk_add``: a derived graph's quads loaded all or none.
      The summaries mark themselves stale first and rebuild after a crash.
    - ``remove_graph``: the graph whole or gone.

    On disk, a writer holds an exclusive lock on the directory and readers a
    shared one, so a second build, or a query during a build, gets a clear
    error instead of undefined behaviour.
    """

    def __init__(self, path: str | os.PathLike | None = None, read_only: bool = False):
        self.path = Path(path) if path else None
        self.read_only = read_only
        self._lock: StoreLock | None = None
        if self.path is not None:
            _refuse_what_is_not_a_store(self.path, read_only)
            if not read_only:
                try:
                    self.path.mkdir(parents=True, exist_ok=True)
                except OSError as exc:
                    raise StoreError(str(path), f"cannot create store ({exc.strerror})") from None
            self._lock = StoreLock(self.path, exclusive=not read_only).acquire()
        try:
            if self.path is None:
                self._s = ox.Store()
            elif read_only:
                self._s = ox.Store.read_only(str(self.path))
            else:
                _drop_partial_bulk_files(self.path)
                self._s = ox.Store(str(self.path))
        except FAULTS as exc:
            self.close()
            found = fault(str(path), exc, "cannot open store")
            low = str(exc).lower()
            if not _is_damage(low) and ("lock" in low or "temporarily unavailable" in low):
                raise StoreError(str(path), "store is in use by another process") from None
            raise found from None

    def close(self) -> None:
        """Let other processes in: flush and drop the lock (the store object is done)."""
        s = getattr(self, "_s", None)
        if s is not None and self.path is not None and not self.read_only:
            try:
                s.flush()
            except FAULTS:  # a damaged store: the error that matters was reported already
                pass
        self._s = None
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @property
    def name(self) -> str:
        return str(self.path) if self.path else "memory"

    def _guard(self, doing: str = "read failed") -> _Guard:
        """Oxigraph's errors inside the block as one StoreError (a damaged store says so)."""
        return _Guard(self.name, doing)

    def _each(self, found: Iterable) -> Iterator:
        """Iterate a lazily read Oxigraph result, its errors converted as they surface."""
        with self._guard():
            yield from found

    # -- writing ------------------------------------------------------------
    def put_quads(self, graph: str, quads: list, drop: Iterable[str] = ()) -> int:
        """Make ``quads`` the whole of ``graph`` and drop the graphs in ``drop``, in one go.

        ``quads`` are ``pyoxigraph.Quad`` in ``graph``. A crash at any point
        leaves either the old state or the new one, never a mix.
        """
        body = "".join(f"{q.subject} {q.predicate} {q.object} .\n" for q in quads)
        return self.put_ntriples(graph, body.encode("utf-8"), len(quads), drop)

    def put_ntriples(self, graph: str, data: bytes, count: int, drop: Iterable[str] = ()) -> int:
        """Like ``put_quads`` with the graph as N-Triples, parsed by Oxigraph itself.

        Text crosses process boundaries cheaper than term objects and loads
        faster than Python-built quads; one transaction either way.
        """
        g = ox.NamedNode(graph)
        drops = [d for d in dict.fromkeys(drop) if d != graph]
        with self._guard("write failed"):
            if not drops and not self._s.contains_named_graph(g):
                self._s.load(input=data, format=ox.RdfFormat.N_TRIPLES, to_graph=g)
            else:
                ops = [f"DROP SILENT GRAPH <{x}>" for x in [*drops, graph]]
                ops.append(f"INSERT DATA {{ GRAPH <{graph}> {{ {data.decode('utf-8')} }} }}")
                self._s.update(" ;\n".join(ops))
        return count

    def add_nquads(self, data: bytes) -> None:
        """Load new named graphs, given as N-Quads, in one step.

        Oxigraph's bulk loader writes sorted files and ingests them into the
        database at once, several times faster than a transaction per graph;
        a crash leaves the whole batch in or out. Only for graphs not yet in
        the store: it adds, it does not replace. It lets go of Python's lock
        while it works, so another thread can prepare the next batch.

        The text must be the project's own rendering (``kg.rdf.graphs.NTriplesTerms``,
        ``kg.rdf.terms``), whose terms were checked when they were made: it is
        parsed leniently, without checking every IRI again, which took a sixth
        of the loading CPU.
        """
        with self._guard("write failed"):
            self._s.bulk_load(input=data, format=ox.RdfFormat.N_QUADS, lenient=True)

    # -- lookups --------------------------------------------------------------
    def quads_for_pattern(self, subject=None, predicate=None, obj=None, graph=None) -> Iterator:
        """Quads matching a pattern of store terms (``kg.store.terms``); None matches anything."""
        return self._each(self._s.quads_for_pattern(subject, predicate, obj, graph))

    def contains_graph(self, graph: str) -> bool:
        with self._guard():
            return self._s.contains_named_graph(ox.NamedNode(graph))

    def rdflib_graph(self, graph: str):
        """One named graph as an rdflib ``Graph`` (for pySHACL and other rdflib tools)."""
        from rdflib import Graph

        g = Graph()
        for q in self.quads_for_pattern(None, None, None, ox.NamedNode(graph)):
            g.add((to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object)))
        return g

    def swap_quads(self, remove: list, add: list, create: str | None = None) -> None:
        """Remove some quads and add others (and make sure graph ``create`` exists), at once."""
        body = "".join(
            f"GRAPH {q.graph_name} {{ {q.subject} {q.predicate} {q.object} }}\n" for q in remove
        )
        ops = [f"DELETE DATA {{ {body} }}"] if remove else []
        if add:
            body = "".join(
                f"GRAPH {q.graph_name} {{ {q.subject} {q.predicate} {q.object} }}\n" for q in add
            )
            ops.append(f"INSERT DATA {{ {body} }}")
        if create:
            ops.append(f"CREATE SILENT GRAPH <{create}>")
        if not ops:
            return
        with self._guard("write failed"):
            self._s.update(" ;\n".join(ops))

    def bulk_add(self, quads: Iterable) -> None:
        """Add many pyoxigraph quads at once with the bulk loader (a crash leaves all or none)."""
        with self._guard("write failed"):
            self._s.bulk_extend(quads)

    def replace_graph(self, graph: str, triples: Iterable[tuple]) -> int:
        """Put rdflib ``triples`` as the whole content of named graph ``graph``, atomically."""
        g = ox.NamedNode(graph)
        return self.put_quads(
            graph, [ox.Quad(to_ox(s), to_ox(p), to_ox(o), g) for s, p, o in triples]
        )

    def sync_graph(self, graph: str, triples: Iterable[tuple]) -> bool:
        """Make rdflib ``triples`` the whole of ``graph`` unless they already are; True if written.

        One transaction, as ``put_quads``: a crash leaves the old graph or the new one.
        """
        g = ox.NamedNode(graph)
        quads = [ox.Quad(to_ox(s), to_ox(p), to_ox(o), g) for s, p, o in triples]
        if set(quads) == self.graph_set(graph):
            return False
        self.put_quads(graph, quads)
        return True

    def graph_quads(self, graph: str) -> list:
        return list(self.quads_for_pattern(None, None, None, ox.NamedNode(graph)))

    def graph_set(self, graph: str) -> set:
        """The quads of one graph, to tell whether rewriting it would change anything."""
        return set(self.quads_for_pattern(None, None, None, ox.NamedNode(graph)))

    def remove_graph(self, graph: str) -> None:
        g = ox.NamedNode(graph)
        with self._guard("write failed"):
            if self._s.contains_named_graph(g):
                self._s.remove_graph(g)

    def flush(self) -> None:
        if self.path is not None:
            with self._guard("write failed"):
                self._s.flush()

    # -- reading ------------------------------------------------------------
    def readout_state(self, graph: str) -> tuple[str, str] | None:
        """(input hash, extractor version) recorded in a readout's graph."""
        g = ox.NamedNode(graph)
        if not self.contains_graph(graph):
            return None
        h = list(self.quads_for_pattern(None, ox.NamedNode(ONT + "inputHash"), None, g))
        v = list(self.quads_for_pattern(None, ox.NamedNode(ONT + "extractorVersion"), None, g))
        if not h or not v:
            return None
        return h[0].object.value, v[0].object.value

    def readout_states(self) -> dict[str, tuple[str, str]]:
        """Every readout graph's (input hash, extractor version), read in one pass."""
        hashes = {
            q.graph_name.value: q.object.value
            for q in self.quads_for_pattern(None, ox.NamedNode(ONT + "inputHash"), None, None)
        }
        out = {}
        version = ox.NamedNode(ONT + "extractorVersion")
        for q in self.quads_for_pattern(None, version, None, None):
            g = q.graph_name.value
            if g in hashes:
                out[g] = (hashes[g], q.object.value)
        return out

    def graphs_for_source(self, source: str) -> list[str]:
        found = self.quads_for_pattern(
            None, ox.NamedNode(ONT + "sourceFile"), ox.Literal(source), None
        )
        return [q.graph_name.value for q in found]

    def readout_graphs(self) -> list[str]:
        return sorted(
            g.value
            for g in self._each(self._s.named_graphs())
            if isinstance(g, ox.NamedNode) and "/readout/" in g.value
        )

    def sources(self) -> dict[str, str]:
        """Readout graph -> the source it came from."""
        out = {}
        for q in self.quads_for_pattern(None, ox.NamedNode(ONT + "sourceFile"), None, None):
            out[q.graph_name.value] = q.object.value
        return out

    def __len__(self) -> int:
        with self._guard():
            return len(self._s)

    def query(
        self,
        sparql: str,
        default_graphs: list[str] | None = None,
        named_graphs: list[str] | None = None,
        services: Iterable[str] | None = None,
    ):
        """Oxigraph's own result of ``sparql``, for serialising.

        The default graph is the union of all graphs unless the query has FROM
        or FROM NAMED, or the SPARQL protocol's ``default_graphs`` /
        ``named_graphs`` are given (these win over the query's own, as the
        protocol says). The usual prefixes (rk, rdf, rdfs, prov, dcterms,
        skos, ...) need no PREFIX lines, here as in ``select``: ``kg query``
        and ``kg serve`` answer alike. ``services`` lists the SERVICE
        endpoints allowed (None: any). Raises SyntaxError on a query that does
        not parse, ``QueryRefused`` (a SyntaxError) on an update, an unknown
        prefix or a SERVICE not allowed. The result is read lazily: whoever
        consumes it converts a damaged store's errors with ``fault``.
        """
        found = check(sparql, PREFIXES, services)
        kwargs: dict = {"prefixes": PREFIXES}
        if default_graphs is not None or named_graphs is not None:
            kwargs["default_graph"] = [ox.NamedNode(g) for g in default_graphs or ()]
            kwargs["named_graphs"] = [ox.NamedNode(g) for g in named_graphs or ()]
        else:
            kwargs["use_default_graph_as_union"] = not found.has_dataset
        with self._guard():
            return self._s.query(sparql, **kwargs)

    def select(
        self, sparql: str, bindings: dict[str, str] | None = None
    ) -> tuple[list[str], list[list]]:
        try:
            res = self.query(bind(sparql, bindings))
        except QueryRefused as exc:
            raise StoreError("query", exc.message) from None
        except SyntaxError as exc:
            raise StoreError("query", plain_syntax_error(exc)) from None
        with self._guard():
            if isinstance(res, ox.QuerySolutions):
                names = [v.value for v in res.variables]
                rows = [[to_python(sol[n]) for n in names] for sol in res]
                return names, rows
            if isinstance(res, ox.QueryBoolean):
                return ["result"], [[bool(res)]]
            rows = [[to_python(x) for x in (t.subject, t.predicate, t.object)] for t in res]
        return ["subject", "predicate", "object"], rows

    def dump(self, out, fmt: str) -> None:
        formats = {
            "nq": ox.RdfFormat.N_QUADS,
            "trig": ox.RdfFormat.TRIG,
            "ttl": ox.RdfFormat.TURTLE,
            "nt": ox.RdfFormat.N_TRIPLES,
            "jsonld": ox.RdfFormat.JSON_LD,
        }
        with self._guard():
            if fmt in ("ttl", "nt"):
                # one graph: the union of all named graphs
                triples = {(q.subject, q.predicate, q.object) for q in self._s}
                union = ox.Store()
                union.extend(ox.Quad(s, p, o, ox.DefaultGraph()) for s, p, o in triples)
                union.dump(out, formats[fmt], from_graph=ox.DefaultGraph(), prefixes=PREFIXES)
            else:
                prefixes = PREFIXES if fmt == "trig" else None
                self._s.dump(out, formats[fmt], prefixes=prefixes)

    def quads(self) -> Iterator:
        return self._each(self._s)


# What pyoxigraph raises from a failing disk or a damaged RocksDB, at open and
# from lazily read results alike.
FAULTS = (OSError, RuntimeError, ValueError)
DAMAGED = (
    "store is damaged ({}); rebuild it from the inputs, e.g. into a new folder: "
    "kg build INPUTS --store NEW_FOLDER"
)
_DAMAGE_WORDS = (
    "corruption",
    "checksum",
    "bad magic",
    "truncated",
    "sst file",
    ".sst",
    "manifest",
    "bad block",
    "bad table",
)


class DamagedStore(StoreError):
    """The store's files are damaged: nothing to retry, rebuild from the inputs."""


class _Guard:
    """A ``with`` block whose Oxigraph errors leave as one ``StoreError``."""

    def __init__(self, name: str, doing: str):
        self.name = name
        self.doing = doing

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind, exc, tb) -> None:
        if exc is not None and isinstance(exc, FAULTS):
            raise fault(self.name, exc, self.doing) from None


def fault(name: str, exc: BaseException, doing: str = "read failed") -> StoreError:
    """One line for an error of the store: a damaged store says so and what to do."""
    msg = str(exc)
    full = _full(msg.lower())
    if full:  # a full disk names the file it was writing: not damage
        return StoreError(name, f"{doing} ({full})")
    if _is_damage(msg.lower()):
        return DamagedStore(name, DAMAGED.format(_damage_detail(msg)))
    if isinstance(exc, OSError):
        return StoreError(name, f"{doing} ({_os_reason(exc)})")
    return StoreError(name, f"{doing} ({msg.splitlines()[0][:200] if msg else type(exc).__name__})")


def _full(low: str) -> str | None:
    """The disk or a size limit ran out (the store is fine, the write did not fit)."""
    if "no space left" in low or "enospc" in low:
        return "no space left on device"
    if "file too large" in low or "efbig" in low:
        return "file size limit reached"
    return None


def _is_damage(low: str) -> bool:
    return any(w in low for w in _DAMAGE_WORDS)


def _damage_detail(msg: str) -> str:
    """RocksDB's long message cut to what broke and in which file."""
    text = re.sub(r"(Corruption|IO error): ", "", msg.splitlines()[0] if msg else "")
    clause = re.split(r"[:,]| {2}| stored", text, maxsplit=1)[0].strip() or "unreadable"
    where = re.search(r"([^/\s]+\.sst|MANIFEST-\d+|CURRENT)\b", msg)
    return f"{clause[:80]} in {where.group(1)}" if where else clause[:80]


def _drop_partial_bulk_files(path: Path) -> None:
    """Remove what a bulk load cut short (a full disk, a kill) left behind.

    Oxigraph's bulk loader writes ``bulk-*.sst`` files beside the database and
    ingests them at the end; an interrupted load leaves them, unused, taking
    space. Only called under the store's exclusive lock, so no load is running.
    """
    for leftover in path.glob("bulk-*.sst"):
        try:
            leftover.unlink()
        except OSError:
            pass


def _os_reason(exc: OSError) -> str:
    """RocksDB's message, cut to the part a user can act on."""
    msg = exc.strerror or str(exc)
    return _full(msg.lower()) or msg.splitlines()[0][:200] if msg else type(exc).__name__
