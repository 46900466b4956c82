"""Query worker processes for ``kg serve`` (time, memory and result size bounded per query);
``kg.store.isolated`` uses the same workers for one query at a time.

pyoxigraph cannot cancel a running query, so each query runs in a worker
process that is killed when the time limit passes. Each worker also has a
cap on its address space (a resource limit set in the worker, so a query that
doubles a string thirty times fails its allocation instead of taking the
machine's memory) and on the size of a result. A worker that dies is
replaced, and the client told what happened: time limit, out of memory, crash.
"""

from __future__ import annotations

import collections
import multiprocessing
import os
import resource
import select
import signal
import threading
import time
from dataclasses import dataclass

from kg.errors import StoreError
from kg.store.accept import ANYTHING, Accept, choose

TEXT = "text/plain; charset=utf-8"
RESULT_TYPES = {
    "application/sparql-results+json": "JSON",
    "application/json": "JSON",
    "text/csv": "CSV",
    "text/tab-separated-values": "TSV",
    "application/sparql-results+xml": "XML",
}
GRAPH_TYPES = {
    "application/n-triples": "N_TRIPLES",
    "text/turtle": "TURTLE",
    "application/rdf+xml": "RDF_XML",
}


@dataclass(frozen=True)
class Limits:
    """What one query may take: seconds, MB of memory per worker, MB of result; and
    the SERVICE endpoints it may call."""

    timeout: float = 10.0
    memory_mb: int = 1024
    max_result_mb: int = 64
    services: tuple[str, ...] = ()


@dataclass(frozen=True)
class Request:
    """One query as the protocol gave it: text, accepted types (``accept.parse``), and its
    dataset if named."""

    sparql: str
    accept: Accept = ANYTHING
    default_graphs: tuple[str, ...] | None = None
    named_graphs: tuple[str, ...] | None = None


class ResultTooLarge(Exception):
    """The serialised result passed ``Limits.max_result_mb``."""


class _CappedBuffer:
    """A write target that refuses to grow past ``cap`` bytes (results are built in memory)."""

    def __init__(self, cap: int):
        self.cap = cap
        self.parts: list[bytes] = []
        self.size = 0

    def write(self, data) -> int:
        self.size += len(data)
        if self.size > self.cap:
            raise ResultTooLarge
        self.parts.append(bytes(data))
        return len(data)

    def flush(self) -> None:
        pass

    def value(self) -> bytes:
        return b"".join(self.parts)


def _cap_memory(megabytes: int) -> None:
    """Limit this process's address space to what it uses now plus ``megabytes``."""
    with open("/proc/self/status", encoding="ascii") as f:
        kb = next(int(ln.split()[1]) for ln in f if ln.startswith("VmSize:"))
    limit = (kb << 10) + (megabytes << 20)
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


class NotAcceptable(Exception):
    """The client accepts none of the types this result can be written in."""

    def __init__(self, offered: list[str]):
        super().__init__(", ".join(offered))


def _serialise(res, req: Request, cap: int) -> tuple[str, bytes]:
    """The result in the type the client weighs highest (its first choice would often be
    one this kind of result cannot take: CSV for a CONSTRUCT)."""
    import pyoxigraph as ox

    table = isinstance(res, (ox.QuerySolutions, ox.QueryBoolean))
    offered = RESULT_TYPES if table else GRAPH_TYPES
    ctype = choose(req.accept, list(offered))
    if ctype is None:
        raise NotAcceptable(list(offered))
    out = _CappedBuffer(cap)
    if table:
        res.serialize(out, getattr(ox.QueryResultsFormat, RESULT_TYPES[ctype]))
    else:
        res.serialize(out, getattr(ox.RdfFormat, GRAPH_TYPES[ctype]))
    return ctype, out.value()


def _answer(store, req: Request, limits: Limits) -> tuple[int, str, bytes]:
    from kg.store.database import FAULTS, fault
    from kg.store.guard import QueryRefused, plain_syntax_error

    try:
        res = store.query(
            req.sparql, req.default_graphs, req.named_graphs, services=limits.services
        )
        return (200, *_serialise(res, req, limits.max_result_mb << 20))
    except QueryRefused as exc:
        return (400 if exc.kind == "syntax" else 403), TEXT, f"{exc.message}\n".encode()
    except SyntaxError as exc:
        return 400, TEXT, f"{plain_syntax_error(exc)}\n".encode()
    except NotAcceptable as exc:
        msg = f"none of the types in Accept can carry this result; it can be: {exc}"
        return 406, TEXT, f"{msg}\n".encode()
    except ResultTooLarge:
        msg = f"result larger than {limits.max_result_mb} MB: ask for less (LIMIT, fewer columns)"
        return 413, TEXT, f"{msg}\n".encode()
    except MemoryError:
        return 503, TEXT, _out_of_memory(limits)
    except StoreError as exc:
        return 500, TEXT, f"query failed: {exc.reason}\n".encode()
    except FAULTS as exc:  # from the lazily read result, while serialising it
        return 500, TEXT, f"query failed: {fault(store.name, exc).reason}\n".encode()


def _out_of_memory(limits: Limits) -> bytes:
    return (
        f"query ran out of memory (over {limits.memory_mb} MB per worker) and was stopped\n"
    ).encode()


def as_worker(conn) -> None:
    """Ctrl-C is the parent's to handle (it ends the worker if it must), and the worker ends
    with its parent: ``timeout 10 kg query ...`` sends SIGTERM, which ends ``kg query`` at
    once, and its worker would go on with a cross join for minutes, holding the store's
    lock. The watch is a thread (pyoxigraph lets go of the GIL while it queries), not
    PR_SET_PDEATHSIG, which fires when the thread that started the worker ends. It sees
    the parent go by the hang-up of ``conn`` (a fork server's worker is not its client's
    child: ``kg serve`` killed with -9 left its workers running) or by a new parent (a
    forked worker holds both ends of ``conn``)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    parent = os.getppid()
    hangup = select.poll()
    hangup.register(conn.fileno(), select.POLLRDHUP)  # POLLHUP and POLLERR come anyway

    def watch() -> None:
        while os.getppid() == parent and not hangup.poll(500):
            pass
        os._exit(1)

    threading.Thread(target=watch, daemon=True).start()


def _worker_main(path: str, conn, limits: Limits) -> None:
    """Answer queries from ``conn`` on a read-only store until the server goes away.

    SERVICE calls go only to ``limits.services``: a query from a web page must
    not make this machine reach others (or itself) on the page's behalf.
    """
    as_worker(conn)
    from kg.store.database import Store

    try:
        store = Store(path, read_only=True)
    except StoreError as exc:
        conn.send(("error", exc.reason))
        return
    _cap_memory(limits.memory_mb)
    conn.send(("ready", ""))
    while True:
        try:
            req = conn.recv()
        except (EOFError, OSError):
            return
        _reply(conn, _answer(store, req, limits))


def _reply(conn, answer: tuple[int, str, bytes]) -> None:
    """The body as raw bytes, then the head: ``send`` would pickle a copy of the body, and
    a result that fits under the worker's memory cap could fail in the copy and end the
    worker ("crashed") instead of reaching the client."""
    status, ctype, body = answer
    conn.send_bytes(body)
    conn.send((status, ctype))


class Worker:
    def __init__(self, ctx, path: str, limits: Limits, target=_worker_main):
        self.rss, self.rss_at = 0.0, 0.0
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=target, args=(path, child, limits), daemon=True)
        # Started with SIGINT blocked (the mask survives exec, and a fork server started
        # here passes it on to the workers it forks), so a Ctrl-C sent to the whole process
        # group while the child starts up cannot print its traceback; the child ignores
        # SIGINT, then unblocks it (``as_worker``).
        mask = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
        try:
            self.proc.start()
        finally:
            signal.pthread_sigmask(signal.SIG_SETMASK, mask)
        child.close()
        if not self.conn.poll(30):
            self.kill()
            raise StoreError(path, "query worker did not start")
        kind, msg = self.conn.recv()
        if kind != "ready":
            self.kill()
            # the worker's reason is whole already ("no such store", "store is damaged ...")
            raise StoreError(path, msg.splitlines()[0] if msg else "cannot open store")

    def rss_mb(self) -> float:
        """Resident memory now (0 once the process is gone); read at most once a second, as
        reading it cost the server 30-50 us per short query under load."""
        now = time.monotonic()
        if now - self.rss_at < 1.0:
            return self.rss
        self.rss_at = now
        try:
            with open(f"/proc/{self.proc.pid}/statm", "rb") as f:
                self.rss = int(f.read().split()[1]) * _PAGE / (1 << 20)
        except (OSError, IndexError, ValueError):
            self.rss = 0.0
        return self.rss

    def demote(self) -> None:
        """Lowest CPU priority for every thread of the worker (on Linux a priority is a
        thread's; RocksDB's and the watch thread count too). It cannot be raised again
        without privileges, so a demoted worker is retired after its query."""
        try:
            tasks = os.listdir(f"/proc/{self.proc.pid}/task")
        except OSError:
            return
        for tid in tasks:
            try:
                os.setpriority(os.PRIO_PROCESS, int(tid), NICE)
            except OSError:
                pass  # a thread that ended, or a process already killed

    def kill(self) -> None:
        if self.proc.is_alive():
            self.proc.kill()
        self.proc.join(5)
        self.conn.close()


_PAGE = os.sysconf("SC_PAGE_SIZE")
NICE = 19  # a slow query's priority: it gets the CPU short queries leave


def _pool_context():
    """Workers for ``kg serve`` come from a fork server that has imported pyoxigraph and kg's
    store modules once: a worker starts in 10 ms of CPU and 40-80 ms, against 250 ms of CPU
    and 0.7-1 s spawned (a new interpreter importing them), CPU that short queries under
    load need when a slow query's worker is replaced. The fork server is one thread, so
    forking it is safe where forking the threaded server is not."""
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(["kg.store.pool", "kg.store.database", "kg.store.guard"])
    return ctx


class QueryPool:
    """Worker processes over one store, handed out first come first served.

    A query past its limits costs its worker, not the server. A query that
    runs past ``slow`` seconds is cross-join-like and CPU-bound: its worker
    drops to the lowest CPU priority, so that short queries get the cores,
    and a warm spare takes its place at once (a fresh one starts behind it),
    so that slow queries do not hold the ``size`` workers short queries use.
    Replacements stop at ``2 * size + SPARES`` workers in all (more slow
    queries than that wait their turn like any other). A demoted worker is
    retired when its query ends, and so is a worker whose resident memory
    has grown past ``recycle_mb``: memory stays bounded and flat.
    """

    SPARES = 1  # started and idle: a slow query's worker is replaced without waiting for a start

    def __init__(
        self,
        path: str,
        workers: int,
        limits: Limits,
        *,
        slow: float = 0.2,
        recycle_mb: float = 256,
    ):
        self.path = path
        self.limits = limits
        self.size = workers
        self.slow = slow
        self.recycle_mb = recycle_mb
        self._ctx = _pool_context()
        self._free: list[Worker] = []
        self._spare: list[Worker] = []
        self._waiting: collections.deque = collections.deque()
        self._all: list[Worker] = []
        self._busy: dict[Worker, float] = {}  # worker -> when its query started
        self._demoted: set[Worker] = set()
        self._starting = 0
        self._lock = threading.Lock()
        self._closed = threading.Event()
        try:
            for _ in range(workers + self.SPARES):
                self._add(self._start())
        except BaseException:
            self.close()  # the workers already started go too
            raise
        threading.Thread(target=self._watch, daemon=True).start()

    def _start(self) -> Worker:
        return Worker(self._ctx, self.path, self.limits)

    def _serving(self) -> int:
        """Workers at normal priority that take queries (free or busy)."""
        return len(self._all) - len(self._demoted) - len(self._spare)

    def _add(self, w: Worker) -> None:
        """A started worker goes to work if fewer than ``size`` do, else waits as a spare."""
        with self._lock:
            serve = self._serving() < self.size
            self._all.append(w)
            if not serve:
                self._spare.append(w)
        if serve:
            self._release(w)

    def _refill(self) -> None:
        """Put spares to work until ``size`` serve, and start workers in the background to
        make up the spares, with no more than ``2 * size + SPARES`` in all."""
        promoted = []
        with self._lock:
            while self._spare and self._serving() < self.size:
                promoted.append(self._spare.pop())
            want = self.size + self.SPARES - (self._serving() + len(self._spare) + self._starting)
            room = 2 * self.size + self.SPARES - len(self._all) - self._starting
            n = max(0, min(want, room))
            self._starting += n
        for w in promoted:
            self._release(w)
        for _ in range(n):
            threading.Thread(target=self._add_one, daemon=True).start()

    def _add_one(self) -> None:
        w = None
        try:
            w = self._start()
        except (StoreError, OSError):
            pass  # the next retirement tries again
        finally:
            with self._lock:
                self._starting -= 1
        if w is not None and self._closed.is_set():
            w.kill()
        elif w is not None:
            self._add(w)

    def _watch(self) -> None:
        """Every 50 ms: demote the workers whose query has run past ``slow``."""
        while not self._closed.wait(0.05):
            now = time.monotonic()
            with self._lock:
                late = [w for w, t in self._busy.items() if now - t > self.slow]
                late = [w for w in late if w not in self._demoted]
                for w in late:
                    w.demote()
                    self._demoted.add(w)
            if late:
                self._refill()

    def _take(self) -> Worker | None:
        """The next free worker, first come first served (a queue polled in turns is not)."""
        with self._lock:
            if self._free:
                w = self._free.pop()
                self._busy[w] = time.monotonic()
                return w
            ticket: tuple[threading.Event, list] = (threading.Event(), [])
            self._waiting.append(ticket)
        if ticket[0].wait(self.limits.timeout):
            return ticket[1][0]
        with self._lock:
            if not ticket[1]:
                self._waiting.remove(ticket)
                return None
        return ticket[1][0]

    def _release(self, w: Worker) -> None:
        """Hand ``w`` to the longest waiting request, or keep it free."""
        with self._lock:
            if self._waiting:
                event, slot = self._waiting.popleft()
                self._busy[w] = time.monotonic()
                slot.append(w)
                event.set()
            else:
                self._free.append(w)

    def _retire(self, w: Worker) -> None:
        """End ``w``; a spare takes its place first (ending a process takes a while)."""
        with self._lock:
            self._busy.pop(w, None)
            self._demoted.discard(w)
            if w in self._all:
                self._all.remove(w)
        if not self._closed.is_set():
            self._refill()
        w.kill()

    def _done(self, w: Worker) -> None:
        """A worker whose query answered: back to work, unless demoted or grown too large."""
        with self._lock:
            self._busy.pop(w, None)
            keep = w not in self._demoted
        if keep and w.rss_mb() <= self.recycle_mb:
            self._release(w)
        else:
            self._retire(w)

    def run(self, req: Request) -> tuple[int, str, bytes]:
        w = self._take()
        if w is None:
            return 503, TEXT, b"all query workers are busy; try again\n"
        timed_out = False
        try:
            w.conn.send(req)
            if w.conn.poll(self.limits.timeout):
                body = w.conn.recv_bytes()
                status, ctype = w.conn.recv()
                self._done(w)
                return status, ctype, body
            timed_out = True
        except (EOFError, OSError):
            pass
        # Past the time limit, or the worker died: end it, start another.
        self._retire(w)
        return 503, TEXT, self._why(w, timed_out)

    def _why(self, w: Worker, timed_out: bool) -> bytes:
        if timed_out:
            return f"query cut off after {self.limits.timeout:g} s (time limit)\n".encode()
        code = w.proc.exitcode
        if code == -signal.SIGABRT or code == -signal.SIGKILL:
            # An allocation refused under the cap aborts the Rust side; the kernel's
            # out-of-memory killer sends SIGKILL.
            return _out_of_memory(self.limits)
        how = f"signal {signal.Signals(-code).name}" if code and code < 0 else f"exit {code}"
        return f"query worker crashed ({how}); the query was not answered\n".encode()

    def workers(self) -> list[tuple[int, bool]]:
        """(process id, busy) of each worker, for tests and diagnostics."""
        with self._lock:
            return [(w.proc.pid, w in self._busy) for w in self._all]

    def close(self) -> None:
        self._closed.set()
        with self._lock:
            workers, self._all = self._all, []
            self._free, self._spare = [], []
        for w in workers:
            w.kill()
