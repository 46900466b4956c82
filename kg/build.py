"""Build: readouts in, named graphs in a store, incrementally and idempotently.

A readout is extracted again only when its text or the extractor (code
version or rule files) changed since its graph was written; each graph is
written whole (new ones bulk-loaded in batches, changed ones replaced in one
transaction each), so an interrupted build leaves whole readouts and the next
build finishes the job.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import signal
import threading
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from functools import cache
from importlib.resources.abc import Traversable

from kg.errors import InputError, KgError, StoreError
from kg.extract import EXTRACTOR_VERSION, extract, gazetteer
from kg.ingest import read_paths
from kg.ingest.metadata import with_metadata
from kg.model import Readout
from kg.rdf.graphs import background_triples, input_hash, readout_triples
from kg.rdf.iris import readout_iri
from kg.rdf.terms import NTriplesTerms
from kg.rdf.vocab import BACKGROUND
from kg.resources import data_file
from kg.screen.classify import classify
from kg.store.database import DamagedStore, Store
from kg.summaries import tracker as summaries
from kg.summaries.facts import ReadoutFacts, from_triples

RULE_FOLDERS = ("lexicon", "gazetteer")


@dataclass
class Summary:
    read: int = 0
    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    removed: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    triples: int = 0
    skipped: Counter = field(default_factory=Counter)
    background: str = "unchanged"  # or "written"
    extract_seconds: float = 0.0  # CPU spent extracting, summed over worker processes
    write_seconds: float = 0.0  # time spent writing to the store
    aborted: str | None = None  # why the build stopped early (the store refused a write)
    ties: int = 0  # relation triples whose tie summary was rewritten
    ties_seconds: float = 0.0

    @property
    def kept(self) -> int:
        return self.read - sum(self.skipped.values())

    @property
    def changed(self) -> bool:
        return bool(self.added or self.replaced or self.removed or self.background == "written")

    def lines(self) -> list[str]:
        out = [
            (
                f"read {self.read}, kept {self.kept}, skipped {sum(self.skipped.values())}, "
                f"failed {len(self.failed)}"
            ),
            (
                f"added {self.added}, replaced {self.replaced}, unchanged {self.unchanged}, "
                f"removed {self.removed}; {self.triples} triples written"
            ),
        ]
        if self.ties:
            out.append(f"summaries brought up to date: {self.ties} ties and their tallies")
        for why, n in sorted(self.skipped.items()):
            out.append(f"skipped {n}: {why}")
        reasons = Counter(reason.split(" (")[0] for _, reason in self.failed)
        for why, n in sorted(reasons.items(), key=lambda kv: (-kv[1], kv[0])):
            out.append(f"failed {n}: {why}")
        if self.aborted:
            out.append(
                f"stopped early: {self.aborted}; what is stored is whole, run again to finish"
            )
        elif not self.changed:
            out.append("nothing changed")
        return out


def rules_fingerprint(root: Traversable | None = None) -> str:
    """A hash of the lexicon and gazetteer files, so editing a rule file triggers a rebuild."""
    if root is None:
        return _shipped_rules_fingerprint()
    h = hashlib.sha256()
    for folder in RULE_FOLDERS:
        for f in sorted((root / folder).iterdir(), key=lambda n: n.name):
            if f.name.endswith(".tsv"):
                h.update(f"{folder}/{f.name}\0".encode())
                h.update(f.read_bytes())
                h.update(b"\0")
    return h.hexdigest()[:12]


@cache
def _shipped_rules_fingerprint() -> str:
    return rules_fingerprint(data_file())


def version_tag() -> str:
    """What a readout graph records as ``rk:extractorVersion``: code version + rule files."""
    return f"{EXTRACTOR_VERSION}+rules.{rules_fingerprint()}"


@dataclass(frozen=True)
class Prepared:
    """One readout turned into the quads of its named graph, ready to store."""

    graph: str
    source: str
    nquads: bytes  # the graph's quads as N-Quads (cheap to pass between processes)
    count: int
    facts: ReadoutFacts  # what the summaries need, so the builder need not read the graph back
    seconds: float = 0.0  # extraction and rendering time, for the build's accounting

    def ntriples(self) -> bytes:
        """The triples without their graph, to replace a stored graph in a transaction."""
        # Every line ends with the graph and " .\n" (a literal's newlines are escaped).
        return self.nquads.replace(b" <%s> .\n" % self.graph.encode(), b" .\n")


@dataclass(frozen=True)
class Failed:
    """A readout the extractor could not handle (plain data: it crosses process boundaries)."""

    source: str
    reason: str

    def error(self) -> InputError:
        return InputError(self.source, self.reason)


@dataclass(frozen=True)
class Skipped:
    """A document the readout filter turned away (a briefing, a speech, another language...)."""

    source: str
    graph: str
    reason: str


_TERMS = NTriplesTerms()  # one per worker process: IRIs recur in every graph


def prepare(readout: Readout, version: str, judge: bool = False) -> Prepared | Failed | Skipped:
    """Extract one readout and render its graph; a rule bug becomes a failure of that input.

    With ``judge`` the readout filter decides first, in the worker like the extraction:
    in the building process it would hold up the writes.
    """
    t0 = time.process_time()
    if judge and not (verdict := classify(readout)).keep:
        return Skipped(readout.source, readout_iri(readout.text, readout.url), verdict.reason)
    try:
        ex = extract(readout)
        graph = readout_iri(readout.text, readout.url)
        triples = list(dict.fromkeys(readout_triples(ex, gazetteer.load(), version, _TERMS)))
        end = f" <{graph}> .\n"
        data = "".join([f"{s} {p} {o}{end}" for s, p, o in triples]).encode("utf-8")
        found = from_triples(graph, triples)
    except Exception as exc:  # noqa: BLE001 - one readout's failure must not stop the batch
        return Failed(readout.source, f"extraction failed ({type(exc).__name__}: {exc})")
    return Prepared(graph, readout.source, data, len(triples), found, time.process_time() - t0)


class OverBudget(BaseException):
    """Raised in the middle of an extraction that ran past its budget (not an ``Exception``:
    ``prepare``'s net for rule bugs must not catch it)."""


def _over_budget(signum, frame) -> None:
    raise OverBudget


def prepare_within(
    readout: Readout, version: str, judge: bool, budget: float | None
) -> Prepared | Failed | Skipped:
    """``prepare`` stopped after ``budget`` seconds of wall time: a pathological document
    costs its own readout and the budget, not the build.

    The clock is a real-time alarm in the process that extracts (a worker, or the
    building process when it runs on its main thread; elsewhere there is no budget).
    """
    if not budget or threading.current_thread() is not threading.main_thread():
        return prepare(readout, version, judge)
    _warm()  # loading the rules is the build's cost, not this document's
    previous = signal.signal(signal.SIGALRM, _over_budget)
    try:
        try:
            signal.setitimer(signal.ITIMER_REAL, budget)
            return prepare(readout, version, judge)
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
    except OverBudget:  # also when the alarm rang just as the document was done
        return Failed(readout.source, f"took longer than {budget:g} s to extract")
    finally:
        signal.signal(signal.SIGALRM, previous)


def _warm() -> None:
    """Load the gazetteer and lexicon once per worker process, before the first readout."""
    from kg.extract import _get_finder

    _get_finder()
    gazetteer.load()


# New readouts are bulk-loaded together, up to this many triples (about 200 readouts) or
# this many seconds of work: large enough to load several times faster than a transaction
# each, small enough that an interrupted build loses little.
BATCH_TRIPLES = 50_000
BATCH_SECONDS = 1.0
WORKER_TIMEOUT = 300.0  # seconds; a 20 MB readout extracts in well under a minute
BUDGET = 60.0  # seconds a document may take to extract in a build (``kg build --budget``)


class _Extractor:
    """Runs ``prepare`` in this process or in a pool, yielding results in submission order."""

    def __init__(self, jobs: int, version: str, judge: bool, budget: float | None = BUDGET):
        self.version = version
        self.judge = judge  # run the readout filter before extracting
        self.budget = budget  # seconds per document (None: no limit)
        self.jobs = jobs
        # Waiting for a result must outlast the readout's own budget.
        self.timeout = max(WORKER_TIMEOUT, 2 * (budget or 0))
        self.pool: ProcessPoolExecutor | None = None
        self.pending: deque[tuple[Readout, Future]] = deque()
        self.window = max(1, jobs) * 128
        if jobs > 1:
            self._renew()

    def _renew(self) -> None:
        """A fresh pool, after a worker died (killed by the OOM killer, say)."""
        if self.pool is not None:
            self.pool.shutdown(wait=False, cancel_futures=True)
        methods = multiprocessing.get_all_start_methods()
        ctx = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
        self.pool = ProcessPoolExecutor(max_workers=self.jobs, mp_context=ctx, initializer=_warm)

    def _submit(self, readout: Readout) -> Future:
        args = (prepare_within, readout, self.version, self.judge, self.budget)
        try:
            return self.pool.submit(*args)
        except BrokenProcessPool:
            self._renew()
            return self.pool.submit(*args)

    def submit(self, readout: Readout) -> Iterator[Prepared | Failed | Skipped]:
        if self.pool is None:
            yield prepare_within(readout, self.version, self.judge, self.budget)
            return
        self.pending.append((readout, self._submit(readout)))
        if len(self.pending) >= self.window:
            yield self._next()

    def drain(self) -> Iterator[Prepared | Failed | Skipped]:
        while self.pending:
            yield self._next()

    def _next(self) -> Prepared | Failed | Skipped:
        readout, fut = self.pending.popleft()
        for attempt in range(2):
            try:
                # A worker that never answers (killed in a way the pool did not notice)
                # must not hang the build: after self.timeout its readouts go again.
                return fut.result(timeout=self.timeout)
            except (BrokenProcessPool, FutureTimeout):
                if attempt:  # it broke a second pool: this readout is the cause
                    return Failed(readout.source, "extraction failed (the worker process died)")
                # Every readout in flight on the dead pool goes again on a new one.
                self._renew()
                fut = self._submit(readout)
                self.pending = deque((r, self._submit(r)) for r, _ in self.pending)
            except Exception as exc:  # noqa: BLE001 - a worker error takes only its readout
                return Failed(readout.source, f"extraction failed ({type(exc).__name__}: {exc})")
        raise AssertionError("unreachable")

    def close(self) -> None:
        if self.pool is not None:
            for _, fut in self.pending:
                fut.cancel()
            self.pool.shutdown(wait=True, cancel_futures=True)


def build(
    paths: Iterable[str],
    store: Store,
    *,
    prune: bool = False,
    jobs: int = 1,
    keep_all: bool = False,
    on_error: Callable[[KgError], None] | None = None,
    on_skip: Callable[[str, str], None] | None = None,
    progress: Callable[[int], None] | None = None,
    metadata: dict[str, dict] | None = None,
    budget: float | None = BUDGET,
    **meta,
) -> Summary:
    """Put every readout under ``paths`` into ``store``; report bad input and go on.

    ``jobs`` > 1 extracts in that many worker processes; the store ends up the
    same as with one, since results are written in input order. Documents that
    are not English readouts (briefings, speeches, notices...) are skipped and
    counted by reason, unless ``keep_all``. ``metadata`` (rows of a ``meta.jsonl`` by
    file stem) fills in what a document does not say of itself. A document whose
    extraction takes more than ``budget`` seconds is reported as failed and skipped.
    """
    builder = Builder(
        store, jobs=jobs, keep_all=keep_all, on_error=on_error, on_skip=on_skip, budget=budget
    )
    builder.metadata = metadata or {}
    return builder.run(paths, prune=prune, progress=progress, **meta)


class Builder:
    """One build: what the store holds, what this run has read, and the batch being loaded."""

    def __init__(
        self,
        store: Store,
        *,
        jobs: int,
        keep_all: bool,
        on_error: Callable[[KgError], None] | None,
        on_skip: Callable[[str, str], None] | None,
        budget: float | None = BUDGET,
    ):
        self.store, self.on_error, self.on_skip = store, on_error, on_skip
        self.summary = Summary()
        self.version = version_tag()
        self.states = store.readout_states()  # graph -> (input hash, extractor version)
        self.by_source: dict[str, list[str]] = {}
        for graph, source in store.sources().items():
            self.by_source.setdefault(source, []).append(graph)
        self.seen: dict[str, str] = {}  # graph -> source of the input that gave it
        self.extractor = _Extractor(jobs, self.version, judge=not keep_all, budget=budget)
        self.tracker = summaries.Tracker(store)
        self.batch: list[Prepared] = []  # new graphs waiting to be bulk-loaded together
        self.batch_started = time.monotonic()
        self.metadata: dict[str, dict] = {}

    def run(
        self, paths: Iterable[str], *, prune: bool, progress: Callable[[int], None] | None, **meta
    ) -> Summary:
        summary = self.summary
        try:
            _write_background(self.store, summary)
            if summary.background == "written":
                self.tracker.relabel()
            for item in read_paths(paths, **meta):
                if progress:
                    progress(1)
                self.read(item)
            self._phase(progress, "writing the last readouts")
            for result in self.extractor.drain():
                self.write(result)
            self.load_batch()
            self._phase(progress, "removing readouts whose files are gone")
            _remove_stale(self.store, summary, self.seen, prune, self.tracker)
            self._phase(progress, "updating the ties, tallies and engagements")
            t0 = time.perf_counter()
            summary.ties = self.tracker.finish()
            summary.ties_seconds = time.perf_counter() - t0
            self.store.flush()
        except DamagedStore:
            raise  # no use going on, nor running again: the command says what to do
        except StoreError as exc:
            summary.aborted = f"{exc.source}: {exc.reason}"
            self.fail(exc)
        finally:
            self.extractor.close()
        return summary

    @staticmethod
    def _phase(progress, label: str) -> None:
        """Say on the bar which step the build is in, when the bar can (kg.progress.Progress)."""
        name = getattr(progress, "phase", None)
        if name is not None:
            name(label)

    def fail(self, err: KgError) -> None:
        self.summary.failed.append((err.source, err.reason))
        if self.on_error:
            self.on_error(err)

    def read(self, item: Readout | InputError) -> None:
        """Send one input to extraction unless it is bad, a duplicate or stored as it is."""
        if isinstance(item, InputError):
            self.fail(item)
            return
        self.summary.read += 1
        item = with_metadata(item, self.metadata)
        graph = readout_iri(item.text, item.url)
        stored = self.states.get(graph) == (input_hash(item.text), self.version)
        if graph in self.seen:
            self.summary.skipped["same readout as another input (same URL or text)"] += 1
            return
        self.seen[graph] = item.source
        if stored:
            # A readout stored under the same text and rules was kept before: not judged again.
            self.summary.unchanged += 1
            return
        for result in self.extractor.submit(item):
            self.write(result)

    def write(self, result: Prepared | Failed | Skipped) -> None:
        if isinstance(result, Failed):
            self.fail(result.error())
            return
        if isinstance(result, Skipped):
            self.seen.pop(result.graph, None)  # not a readout now: --prune may remove its graph
            self.summary.skipped[result.reason] += 1
            if self.on_skip:
                self.on_skip(result.source, result.reason)
            return
        self.summary.extract_seconds += result.seconds
        # The same source gave another graph before (its text, so its IRI, changed):
        # swap old for new in one transaction. Graphs read in this run are kept.
        old = [g for g in self.by_source.get(result.source, ()) if g not in self.seen]
        for g in old:
            self.states.pop(g, None)
        self.by_source[result.source] = [result.graph]
        new = result.graph not in self.states and not old
        self.states[result.graph] = ("", self.version)
        if new:
            self.queue(result)
        else:
            self.replace(result, old)

    def queue(self, result: Prepared) -> None:
        """A new readout joins the batch; a full or old batch is loaded."""
        if not self.batch:
            self.batch_started = time.monotonic()
        self.batch.append(result)
        if (
            sum(p.count for p in self.batch) >= BATCH_TRIPLES
            or time.monotonic() - self.batch_started >= BATCH_SECONDS
        ):
            self.load_batch()

    def replace(self, result: Prepared, old: list[str]) -> None:
        """A changed readout replaces its graph (and any graph its source gave before) at once."""
        t0 = time.perf_counter()
        self.tracker.mark()
        self.tracker.leaving([result.graph, *old])
        self.summary.triples += self.store.put_ntriples(
            result.graph, result.ntriples(), result.count, drop=old
        )
        self.tracker.added([result.facts])
        self.summary.write_seconds += time.perf_counter() - t0
        self.summary.replaced += 1

    def load_batch(self) -> None:
        if not self.batch:
            return
        t0 = time.perf_counter()
        self.tracker.mark()
        self.store.add_nquads(b"".join(p.nquads for p in self.batch))
        self.tracker.added(p.facts for p in self.batch)
        self.summary.write_seconds += time.perf_counter() - t0
        self.batch_started = time.monotonic()
        self.summary.added += len(self.batch)
        self.summary.triples += sum(p.count for p in self.batch)
        self.batch.clear()


def _write_background(store: Store, summary: Summary) -> None:
    if store.sync_graph(BACKGROUND, background_triples(gazetteer.load())):
        summary.background = "written"


def _remove_stale(
    store: Store, summary: Summary, seen: dict[str, str], prune: bool, tracker: summaries.Tracker
) -> None:
    """Drop graphs whose input changed identity (a source read now that no longer gives them),
    and with ``prune`` every readout graph no input gave."""
    read_sources = set(seen.values())
    for graph, source in store.sources().items():
        if graph in seen:
            continue
        if prune or source in read_sources:
            tracker.mark()
            tracker.leaving([graph])
            store.remove_graph(graph)
            summary.removed += 1
    if prune:
        for graph in store.readout_graphs():
            if graph not in seen:  # a readout graph without a recorded source
                tracker.mark()
                tracker.leaving([graph])
                store.remove_graph(graph)
                summary.removed += 1
