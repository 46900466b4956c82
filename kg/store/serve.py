"""``kg serve``: a store on disk as a read-only SPARQL endpoint, with a query page.

pyoxigraph cannot cancel a running query, so each query runs in a worker
process that is killed when the time limit passes; the endpoint stays up and a
fresh worker takes its place. Updates are refused: the workers open the store
read-only and the server answers every update request with 403.
"""

from __future__ import annotations

import html
import ipaddress
import json
import multiprocessing
import queue
import signal
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from collections.abc import Iterable
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from kg.errors import StoreError
from kg.resources import data_file
from kg.store.guard import QueryRefused, plain_syntax_error
from kg.store.lock import StoreLock

MAX_BODY = 1 << 20  # a query longer than 1 MiB is not a query a person wrote
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


def _worker_main(path: str, conn, services: list[str]) -> None:
    """Answer queries from ``conn`` on a read-only store until the server goes away.

    SERVICE calls go only to ``services``: a query from a web page must not
    make this machine reach others (or itself) on the page's behalf.
    """
    import pyoxigraph as ox

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    from kg.store.database import Store

    try:
        store = Store(path, read_only=True)
    except StoreError as exc:
        conn.send(("error", exc.reason))
        return
    conn.send(("ready", ""))
    while True:
        try:
            sparql, accept = conn.recv()
        except (EOFError, OSError):
            return
        try:
            res = store.query(sparql, services=services)
            if isinstance(res, (ox.QuerySolutions, ox.QueryBoolean)):
                ctype = next(
                    (t for t in accept if t in RESULT_TYPES), "application/sparql-results+json"
                )
                body = res.serialize(format=getattr(ox.QueryResultsFormat, RESULT_TYPES[ctype]))
            else:
                ctype = next((t for t in accept if t in GRAPH_TYPES), "application/n-triples")
                body = res.serialize(format=getattr(ox.RdfFormat, GRAPH_TYPES[ctype]))
            conn.send((200, ctype, body))
        except QueryRefused as exc:
            status = 400 if exc.kind == "syntax" else 403
            conn.send((status, "text/plain; charset=utf-8", f"{exc.message}\n".encode()))
        except SyntaxError as exc:
            msg = f"not a SPARQL query: {plain_syntax_error(exc)}\n"
            conn.send((400, "text/plain; charset=utf-8", msg.encode()))
        except (OSError, ValueError, RuntimeError) as exc:
            conn.send((500, "text/plain; charset=utf-8", f"query failed: {exc}\n".encode()))


class _Worker:
    def __init__(self, ctx, path: str, services: list[str]):
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_worker_main, args=(path, child, services), daemon=True)
        self.proc.start()
        child.close()
        if not self.conn.poll(30):
            self.kill()
            raise StoreError(path, "query worker did not start")
        kind, msg = self.conn.recv()
        if kind != "ready":
            self.kill()
            raise StoreError(
                path, f"cannot open store ({msg.splitlines()[0] if msg else 'unknown'})"
            )

    def kill(self) -> None:
        if self.proc.is_alive():
            self.proc.kill()
        self.proc.join(5)
        self.conn.close()


class QueryPool:
    """Worker processes over one store.

    A query past its time limit costs its worker, not the server.
    """

    def __init__(self, path: str, workers: int, timeout: float, services: list[str]):
        self.path = path
        self.services = services
        self.timeout = timeout
        self._ctx = multiprocessing.get_context("spawn")
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._all: list[_Worker] = []
        self._lock = threading.Lock()
        for _ in range(workers):
            self._add()

    def _add(self) -> None:
        w = _Worker(self._ctx, self.path, self.services)
        with self._lock:
            self._all.append(w)
        self._idle.put(w)

    def run(self, sparql: str, accept: list[str]) -> tuple[int, str, bytes]:
        try:
            w = self._idle.get(timeout=self.timeout)
        except queue.Empty:
            return 503, "text/plain; charset=utf-8", b"all query workers are busy; try again\n"
        try:
            w.conn.send((sparql, accept))
            if w.conn.poll(self.timeout):
                answer = w.conn.recv()
                self._idle.put(w)
                return answer
        except (EOFError, OSError):
            pass
        # Past the time limit (or the worker died): end it, start another.
        with self._lock:
            self._all.remove(w)
        w.kill()
        self._add()
        return (
            503,
            "text/plain; charset=utf-8",
            f"query cut off after {self.timeout:g} s (time limit)\n".encode(),
        )

    def close(self) -> None:
        with self._lock:
            workers, self._all = self._all, []
        for w in workers:
            w.kill()


class Server(ThreadingHTTPServer):
    """The HTTP side: a query page at ``/``, the SPARQL protocol at ``/query``."""

    daemon_threads = True

    def __init__(
        self,
        store: str | Path,
        *,
        host: str = "127.0.0.1",
        port: int = 7878,
        timeout: float = 10.0,
        workers: int = 2,
        services: list[str] | None = None,
        allow_hosts: list[str] | None = None,
    ):
        path = Path(store)
        if not (path / "CURRENT").exists():
            raise StoreError(str(store), "no such store")
        self.store_lock = StoreLock(path, exclusive=False).acquire()
        try:
            self.pool = QueryPool(str(path), workers, timeout, list(services or ()))
        except BaseException:
            self.store_lock.release()
            raise
        self.store_name = path.name
        self.hosts = HostCheck(host, allow_hosts or ())
        try:
            super().__init__((host, port), _Handler)
        except OSError as exc:
            self.close()
            raise StoreError(f"{host}:{port}", f"cannot listen ({exc.strerror})") from None

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host}:{port}"

    def serve_forever(self, poll_interval: float = 0.5) -> None:
        previous = signal.getsignal(signal.SIGTERM)
        if threading.current_thread() is threading.main_thread():
            signal.signal(signal.SIGTERM, _raise_interrupt)
        try:
            super().serve_forever(poll_interval)
        finally:
            if threading.current_thread() is threading.main_thread():
                signal.signal(signal.SIGTERM, previous)

    def close(self) -> None:
        if getattr(self, "pool", None) is not None:
            self.pool.close()
            self.pool = None
        self.store_lock.release()
        if hasattr(self, "socket"):
            self.server_close()


class HostCheck:
    """Which ``Host`` headers the server answers: its own address, loopback names, and the
    operator's ``--allow-host`` names.

    A page whose name an attacker rebinds to this machine reaches the server
    with that name in ``Host``; refusing names the operator did not give
    keeps the store out of its reach. An address (not a name) cannot be
    rebound, so a server on a wildcard address answers any address.
    """

    def __init__(self, bound: str, names: Iterable[str]):
        self.any_address = bound in ("", "0.0.0.0", "::")
        self.names = {bound.strip("[]").lower(), *(n.lower().rstrip(".") for n in names)}
        if _is_loopback(bound):
            self.names.update({"localhost", "127.0.0.1", "::1"})

    def allows(self, header: str | None) -> bool:
        if header is None:
            return True  # HTTP/1.0 without Host: no browser sends that
        host = header.strip().lower()
        if host.startswith("["):
            host = host[1 : host.find("]")] if "]" in host else host
        elif host.count(":") == 1:
            host = host.split(":", 1)[0]
        host = host.rstrip(".")
        if host in self.names:
            return True
        return self.any_address and _is_address(host)


def _is_address(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


def _is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _raise_interrupt(signum, frame) -> None:
    raise KeyboardInterrupt


class _Handler(BaseHTTPRequestHandler):
    server: Server
    server_version = "readout-kg"

    def parse_request(self) -> bool:
        if not super().parse_request():
            return False
        if not self.server.hosts.allows(self.headers.get("Host")):
            self._text(403, "not a host this server answers to (start it with --allow-host NAME)")
            return False
        return True

    def log_message(self, format: str, *args) -> None:
        pass  # queries may hold private text; the server keeps no log of them

    def _send(self, status: int, ctype: str, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _text(self, status: int, msg: str) -> None:
        self._send(status, "text/plain; charset=utf-8", (msg + "\n").encode())

    def do_HEAD(self) -> None:
        self.do_GET()

    def do_GET(self) -> None:
        url = urlsplit(self.path)
        if url.path in ("/", "/index.html"):
            self._send(200, "text/html; charset=utf-8", _page(self.server.store_name).encode())
        elif url.path in ("/query", "/sparql"):
            params = parse_qs(url.query)
            self._answer(params.get("query", [None])[0], params)
        elif url.path in ("/update", "/store", "/data"):
            self._refuse()
        else:
            self._text(404, "not found: the query page is at /, the SPARQL endpoint at /query")

    def do_POST(self) -> None:
        url = urlsplit(self.path)
        if url.path in ("/update", "/store", "/data"):
            self._refuse()
            return
        if url.path not in ("/query", "/sparql"):
            self._text(404, "not found: the SPARQL endpoint is at /query")
            return
        try:
            length = int(self.headers.get("Content-Length", "0"))
        except ValueError:
            length = -1
        if length < 0 or length > MAX_BODY:
            self._text(413, f"request body must be at most {MAX_BODY} bytes")
            return
        body = self.rfile.read(length).decode("utf-8", "replace")
        ctype = self.headers.get("Content-Type", "").split(";")[0].strip().lower()
        params = parse_qs(url.query)
        if ctype == "application/sparql-query":
            self._answer(body, params)
        elif ctype == "application/sparql-update":
            self._refuse()
        else:
            params.update(parse_qs(body))
            self._answer(params.get("query", [None])[0], params)

    def do_PUT(self) -> None:
        self._refuse()

    def do_DELETE(self) -> None:
        self._refuse()

    def do_PATCH(self) -> None:
        self._refuse()

    def _refuse(self) -> None:
        self._text(403, "this endpoint is read-only: updates are refused")

    def _answer(self, sparql: str | None, params: dict) -> None:
        if "update" in params:
            self._refuse()
            return
        if not sparql:
            self._text(400, "give a SPARQL query in the 'query' parameter")
            return
        accept = [
            a.split(";")[0].strip().lower() for a in self.headers.get("Accept", "").split(",")
        ]
        status, ctype, body = self.server.pool.run(sparql, accept)
        self._send(status, ctype, body)


def _page(store_name: str) -> str:
    from kg.store.query import named_queries

    named = {q.name: {"question": q.question, "text": q.text} for q in named_queries().values()}
    first = next(iter(named.values()))["text"] if named else "SELECT * WHERE { ?s ?p ?o } LIMIT 20"
    page = data_file("web", "query.html").read_text(encoding="utf-8")
    return (
        page.replace("%STORE%", html.escape(store_name))
        .replace("%NAMED%", json.dumps(named).replace("</", "<\\/"))
        .replace("%FIRST%", html.escape(first))
    )
