"""``kg serve``: a store on disk as a read-only SPARQL endpoint, with a query page.

pyoxigraph cannot cancel a running query, so each query runs in a worker
process that is killed when the time limit passes; the endpoint stays up and a
fresh worker takes its place. Updates are refused: the workers open the store
read-only and the server answers every update request with 403.

Results come in the type the client's ``Accept`` weighs highest (``accept``),
406 when it accepts none. Besides the protocol's ``query``, ``/query`` takes
``name`` and parameter values, so that the page's links to a named query are
short and bind its parameters as ``kg query -p`` does.
"""

from __future__ import annotations

import html
import ipaddress
import json
import signal
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from collections.abc import Iterable
from pathlib import Path
from typing import TextIO
from urllib.parse import parse_qs, urlsplit

from kg.errors import KgError, StoreError
from kg.resources import data_file
from kg.store.accept import parse as parse_accept
from kg.store.lock import StoreLock
from kg.store.pool import Limits, QueryPool, Request

MAX_BODY = 1 << 20  # a query longer than 1 MiB is not a query a person wrote


class Server(ThreadingHTTPServer):
    """The HTTP side: a query page at ``/``, the SPARQL protocol at ``/query``."""

    daemon_threads = True
    block_on_close = False  # closing waits for no kept-alive connection (up to 30 s idle)
    request_queue_size = 1024  # 5 (the default) overflowed 5,338 times under 200 clients

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
        memory_mb: int = 1024,
        max_result_mb: int = 64,
        access_log: TextIO | None = None,
        recycle_mb: int = 256,
    ):
        path = Path(store)
        if not (path / "CURRENT").exists():
            raise StoreError(str(store), "no such store")
        self.store_lock = StoreLock(path, exclusive=False).acquire()
        try:
            limits = Limits(timeout, memory_mb, max_result_mb, tuple(services or ()))
            self.pool = QueryPool(str(path), workers, limits, recycle_mb=recycle_mb)
        except BaseException:
            self.store_lock.release()
            raise
        self.store_name = path.name
        self.hosts = HostCheck(host, allow_hosts or ())
        try:
            self.address_family = socket.AF_INET6 if ":" in host else socket.AF_INET
            self.access_log = access_log
            self.log_lock = threading.Lock()
            super().__init__((host.strip("[]"), port), _Handler)
        except OSError as exc:
            self.close()
            raise StoreError(f"{host}:{port}", f"cannot listen ({exc.strerror})") from None

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"

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
    """One connection: its requests in turn, kept alive between them (HTTP/1.1).

    A connection per query cost the server a thread, a TCP handshake and a
    teardown each time: under 200 clients it spent 1.1 ms of CPU per short
    query, as much as the worker answering it. A response whose request
    body was not read closes the connection (what is left of the body would
    be read as the next request).
    """

    server: Server
    server_version = "readout-kg"
    sys_version = ""  # no Python version in the Server header
    protocol_version = "HTTP/1.1"
    timeout = 30  # seconds a connection may sit idle (one thread per connection)
    disable_nagle_algorithm = True  # headers and body are two writes: no 40 ms wait for an ACK

    def parse_request(self) -> bool:
        self._t0 = time.monotonic()
        self._body_read = False
        if not super().parse_request():
            return False
        if not self.server.hosts.allows(self.headers.get("Host")):
            self._text(403, "not a host this server answers to (start it with --allow-host NAME)")
            return False
        return True

    def log_message(self, format: str, *args) -> None:
        pass  # Python's own log lines would carry the query string

    def log_request(self, code="-", size="-") -> None:
        """One access-log line: who, when, method, path (never the query text), status, size."""
        log = self.server.access_log
        if log is None:
            return
        path = urlsplit(self.path).path if hasattr(self, "path") else "-"
        took = time.monotonic() - getattr(self, "_t0", time.monotonic())
        line = (
            f"{self.client_address[0]} [{self.log_date_time_string()}] "
            f'"{getattr(self, "command", "-")} {path}" {code} {size} {took * 1000:.0f}ms\n'
        )
        with self.server.log_lock:
            log.write(line)
            log.flush()

    def _unread_body(self) -> bool:
        """Whether the request has a body this server did not read (chunked bodies never are)."""
        if getattr(self, "headers", None) is None:
            return False
        if self.headers.get("Transfer-Encoding"):
            return True
        if self._body_read:
            return False
        length = self.headers.get("Content-Length", "0").strip()
        return length != "0" and length != ""

    def _send(self, status: int, ctype: str, body: bytes, negotiated: bool = False) -> None:
        if self._unread_body():
            self.close_connection = True
        self.send_response_only(status)
        self.log_request(status, len(body))
        self.send_header("Server", self.server_version)  # no trailing blank of sys_version
        self.send_header("Date", self.date_time_string())
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        if negotiated:
            self.send_header("Vary", "Accept")
        if self.close_connection:
            self.send_header("Connection", "close")
        elif self.request_version == "HTTP/1.0":
            self.send_header("Connection", "keep-alive")  # it asked to keep the connection
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
        self._body_read = True
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
        if "name" in params:
            if sparql:
                self._text(400, "give either a query or the name of a named query, not both")
                return
            try:
                sparql = named_text(params)
            except KgError as exc:
                self._text(400, exc.reason)
                return
        if not sparql:
            self._text(400, "give a SPARQL query in the 'query' parameter")
            return
        accept = parse_accept(self.headers.get("Accept"))
        default, named = params.get("default-graph-uri"), params.get("named-graph-uri")
        dataset = (tuple(default or ()), tuple(named or ())) if default or named else (None, None)
        status, ctype, body = self.server.pool.run(Request(sparql, accept, *dataset))
        self._send(status, ctype, body, negotiated=True)


PROTOCOL = {"query", "name", "default-graph-uri", "named-graph-uri"}


def named_text(params: dict[str, list[str]]) -> str:
    """A named query's text with the request's other parameters bound (empty ones left out),
    as ``kg query -n NAME -p VAR=VALUE`` binds them: the query page runs named queries so,
    and its links to them stay short."""
    from kg.store.bind import bind
    from kg.store.query import check_params, get_named

    q = get_named(params["name"][0])
    given = {k: v[0] for k, v in params.items() if k not in PROTOCOL and v and v[0].strip()}
    check_params(q, given)
    return bind(q.text, given)


def _page(store_name: str) -> str:
    from kg.store.query import named_queries

    named = {
        q.name: {"question": q.question, "params": q.params, "text": q.text}
        for q in named_queries().values()
    }
    first = next(iter(named.values()))["text"] if named else "SELECT * WHERE { ?s ?p ?o } LIMIT 20"
    page = data_file("web", "query.html").read_text(encoding="utf-8")
    return (
        page.replace("%STORE%", html.escape(store_name))
        .replace("%NAMED%", json.dumps(named).replace("</", "<\\/"))
        .replace("%FIRST%", html.escape(first))
    )
