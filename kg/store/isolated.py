"""Queries on a store on disk run in a child process, so that they can be stopped.

pyoxigraph cannot cancel a query, and a signal handler waits until the call into Rust
returns: a cross join ran on 10 minutes after Ctrl-C. And on a store with a damaged data
block, Oxigraph 0.5.13 never finishes some aggregate queries (``kg.store.integrity``). So
``kg query --store`` and ``kg validate`` send each query to a worker process, which is
killed when the time limit passes, when Ctrl-C arrives, or when the store, checked in a
second process once a query has run ``stall`` seconds, proves damaged.
"""

from __future__ import annotations

import multiprocessing
import sys
import threading
import time
from multiprocessing.connection import wait
from pathlib import Path

from kg.errors import QueryError, StoreError
from kg.store.pool import Limits, Worker, as_worker

# Seconds a query runs before the store is checked for damage beside it. The check reads
# every fact (about 30 s for 2.7 million on this project's 2-core machine) in a process of
# its own, once per worker; a query on a sound store goes on as if nothing happened.
STALL = 10.0


def _open(path: str, conn):
    """The store, read-only, or None once the reason it cannot be opened is sent."""
    from kg.store.database import Store

    try:
        store = Store(path, read_only=True)
    except StoreError as exc:
        conn.send(("error", exc.reason))
        return None
    conn.send(("ready", ""))
    return store


def _select_main(path: str, conn, limits: Limits) -> None:
    """Answer ``Store.select`` calls from ``conn`` on a read-only store (``LocalStore``)."""
    as_worker(conn)
    store = _open(path, conn)
    while store is not None:
        try:
            sparql, bindings = conn.recv()
        except (EOFError, OSError):
            return
        try:
            conn.send(("rows", store.select(sparql, bindings)))
        except StoreError as exc:
            conn.send(("error", exc))


def _damage_main(path: str, conn, limits: Limits) -> None:
    """Send the damage a scan of the whole store meets (its one line), or None."""
    as_worker(conn)
    from kg.store.integrity import damage

    store = _open(path, conn)
    if store is not None:
        found = damage(store)
        conn.send(("damage", found.reason if found else None))


def _start_method():
    """fork where it is safe, else spawn. A spawned worker is a new interpreter importing
    click, kg and pyoxigraph: 0.9 s -> 1.4 s for a kg query on a loaded machine, where fork
    took 1.1 s. Fork copies the locks other threads hold, and an open store's RocksDB
    without its threads: safe only in a one-thread process that has not loaded pyoxigraph,
    which is what kg query is when it gets here."""
    if (
        threading.active_count() == 1
        and "pyoxigraph" not in sys.modules
        and "fork" in multiprocessing.get_all_start_methods()
    ):
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


class LocalStore:
    """A store on disk whose ``select`` runs in a worker process: stopped past ``timeout``
    seconds (``QueryError``), by Ctrl-C (``KeyboardInterrupt``, raised at once as usual),
    or when the store proves damaged while a query runs long (``DamagedStore``)."""

    def __init__(self, path: str, timeout: float | None = None, stall: float | None = STALL):
        self.path = str(path)
        self.timeout = timeout
        self.stall = stall
        self._checked = False  # the store was scanned and is sound: no second scan
        self._worker = Worker(_start_method(), self.path, Limits(), _select_main)

    def select(
        self, sparql: str, bindings: dict[str, str] | None = None
    ) -> tuple[list[str], list[list]]:
        """``Store.select`` in the worker, stopped past the time limit."""
        conn = self._worker.conn
        try:
            conn.send((sparql, bindings))
            kind, value = self._answer(conn)
        except (EOFError, OSError):
            self.close()
            why = f"exit {self._worker.proc.exitcode}"
            raise StoreError(self.path, f"query worker died ({why})") from None
        except BaseException:
            self.close()  # Ctrl-C, or a damaged store: the query goes with its worker
            raise
        if kind == "timeout":
            self.close()
            raise QueryError("query", f"stopped after {self.timeout:g} s (the time limit)")
        if kind == "error":
            raise value
        return value

    def _answer(self, conn) -> tuple[str, object]:
        """The worker's reply, or ``("timeout", None)``; past ``stall`` seconds the store is
        scanned for damage in a second worker while the query goes on."""
        start = time.monotonic()

        def left() -> float | None:
            return None if self.timeout is None else max(0.0, self.timeout - _since(start))

        watch = not self._checked and self.stall is not None
        if not watch or (self.timeout is not None and self.timeout <= self.stall):
            return conn.recv() if conn.poll(left()) else ("timeout", None)
        if conn.poll(self.stall):
            return conn.recv()
        self._checked = True
        checker = Worker(_start_method(), self.path, Limits(), _damage_main)
        try:
            ready = wait([conn, checker.conn], left())
            if conn in ready:
                return conn.recv()
            if checker.conn in ready:
                _, reason = checker.conn.recv()
                if reason:
                    from kg.store.database import DamagedStore

                    raise DamagedStore(self.path, reason)
        finally:
            checker.kill()
        return conn.recv() if conn.poll(left()) else ("timeout", None)

    def close(self) -> None:
        self._worker.kill()

    def __enter__(self) -> LocalStore:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _since(start: float) -> float:
    return time.monotonic() - start


class IsolatedStore:
    """A read-only ``Store`` whose SPARQL selects run in a ``LocalStore`` worker; everything
    else (plain scans of facts, which raise on damage rather than spin) runs here."""

    def __init__(self, path: str | Path, stall: float | None = STALL):
        from kg.store.database import Store

        self._store = Store(path, read_only=True)
        try:
            self._local = LocalStore(str(path), stall=stall)
        except BaseException:
            self._store.close()
            raise

    def select(
        self, sparql: str, bindings: dict[str, str] | None = None
    ) -> tuple[list[str], list[list]]:
        return self._local.select(sparql, bindings)

    def __getattr__(self, name: str):
        return getattr(self._store, name)

    def close(self) -> None:
        self._local.close()
        self._store.close()

    def __enter__(self) -> IsolatedStore:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
