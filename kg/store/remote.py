"""A SPARQL 1.1 server as a shared store: push graphs with the Graph Store Protocol, query it.

Each readout's graph is sent with an HTTP PUT to ``STORE?graph=IRI``, which
replaces that graph whole on the server, so pushing twice changes nothing and
a push cut short is finished by pushing again. Servers lay out their URLs
differently; ``LAYOUTS`` says where each one keeps its query, update and
graph-store services relative to the base URL a user gives.
"""

from __future__ import annotations

import contextlib
import json
import socket
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Self
from urllib.parse import urlencode

import httpx
import pyoxigraph as ox

from kg.errors import KgError
from kg.rdf.vocab import BACKGROUND, ENGAGEMENTS, ONT, TIES
from kg.store.bind import bind
from kg.store.credentials import Credentials, check_url, credentials_for, redact
from kg.store.database import Store, to_python

USER_AGENT = "readout-kg"
XSD_BOOLEAN = "http://www.w3.org/2001/XMLSchema#boolean"


class RemoteError(KgError):
    """A request to a SPARQL server failed; ``fatal`` when no later request can succeed."""

    def __init__(self, source: str, reason: str, fatal: bool = False):
        super().__init__(source, reason)
        self.fatal = fatal

    def __reduce__(self):
        return (type(self), (self.source, self.reason, self.fatal))


@dataclass(frozen=True)
class Layout:
    """Where a kind of server keeps its services, relative to the base URL."""

    query: str  # path of the query service ("" = the base URL itself)
    store: str | None  # path of the Graph Store Protocol service
    graph_param: str = "graph"
    query_params: tuple[tuple[str, str], ...] = ()  # e.g. ask for the union default graph
    note: str = ""


LAYOUTS = {
    "oxigraph": Layout(
        "query",
        "store",
        query_params=(("union-default-graph", ""),),
        note="base URL http://HOST:7878",
    ),
    "fuseki": Layout(
        "query", "data", note="base URL http://HOST:3030/DATASET; set tdb2:unionDefaultGraph true"
    ),
    "virtuoso": Layout(
        "sparql",
        "sparql-graph-crud-auth",
        graph_param="graph-uri",
        note="base URL http://HOST:8890; digest auth, user with SPARQL_UPDATE",
    ),
    "graphdb": Layout("", "rdf-graphs/service", note="base URL http://HOST:7200/repositories/REPO"),
    "neptune": Layout("sparql", "sparql/gsp/", note="base URL https://CLUSTER:8182"),
    "generic": Layout("", None, note="base URL = the query service; give --graph-store"),
}


def _join(base: str, path: str) -> str:
    if not path:
        return base
    return base.rstrip("/") + "/" + path


@dataclass
class PushReport:
    pushed: int = 0  # readout graphs
    background: bool = False
    ties: bool = False
    unchanged: int = 0
    removed: int = 0
    triples: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    not_tried: int = 0
    stopped: str | None = None

    def lines(self) -> list[str]:
        out = [
            (
                f"pushed {self.pushed} readout graphs, unchanged {self.unchanged}, "
                f"removed {self.removed}, failed {len(self.failed)}; "
                f"background graph {'sent' if self.background else 'not sent'}; "
                f"ties and engagements graphs {'sent' if self.ties else 'not sent'}; "
                f"{self.triples} triples sent"
            )
        ]
        if self.stopped:
            out.append(
                f"stopped: {self.stopped}; {self.not_tried} graphs not tried; "
                "push again to finish (each graph is replaced whole)"
            )
        return out


class Endpoint:
    """One SPARQL server: its query and graph-store URLs, credentials and time limit.

    One httpx client per endpoint: its connections are kept open between requests
    (a push of 2,000 graphs opens one, not 2,000), and its auth answers the
    server's Basic or digest challenge once and then signs every request up front.
    Use it as a context manager, or call ``close``, to close the connections.
    """

    def __init__(
        self,
        base: str,
        server: str = "oxigraph",
        *,
        graph_store: str | None = None,
        query_url: str | None = None,
        timeout: float = 30.0,
        retries: int = 2,
        credentials: Credentials | None = None,
        environ: dict | None = None,
    ):
        if server not in LAYOUTS:
            raise RemoteError(server, f"unknown server kind (known: {', '.join(LAYOUTS)})")
        for url in (base, graph_store, query_url):
            if url:
                check_url(url)
        self.base = base
        self.layout = LAYOUTS[server]
        self.query_url = query_url or _join(base, self.layout.query)
        self.store_url = graph_store or (
            _join(base, self.layout.store) if self.layout.store else None
        )
        self.timeout = timeout
        self.retries = retries
        self.name = redact(base)
        creds = credentials or credentials_for(base, environ)
        self.authenticated = creds is not None
        auth = None
        if creds is not None:
            urls = (self.query_url, self.store_url or base, base)
            auth = ServerAuth(creds.user, creds.password, urls)
        self._client = httpx.Client(
            auth=auth,
            headers={"User-Agent": USER_AGENT},
            timeout=timeout,
            follow_redirects=True,
        )
        self._probed = False

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- HTTP -----------------------------------------------------------------
    def _request(
        self,
        method: str,
        url: str,
        what: str,
        body: bytes | None = None,
        headers: dict | None = None,
        retries: int | None = None,
    ) -> tuple[str, bytes]:
        """Send one request, retrying time-outs, 5xx answers and dropped connections
        (``retries`` times, the endpoint's number by default); errors name ``what``."""
        retries = self.retries if retries is None else retries
        attempt = 0
        while True:
            try:
                resp = self._client.request(method, url, content=body, headers=headers)
            except httpx.TimeoutException:
                err = RemoteError(what, f"no answer within {self.timeout:g} s (time-out)")
            except httpx.TooManyRedirects:
                err = RemoteError(what, "too many redirects", fatal=True)
            except httpx.HTTPError as exc:
                err = self._connection_error(exc, what)
            else:
                if resp.status_code < 400:
                    return resp.headers.get("Content-Type", ""), resp.content
                err = self._http_error(resp, what)
            retryable = not err.fatal and (
                "time-out" in err.reason
                or err.reason.startswith("HTTP 5")
                or "connection failed" in err.reason
            )
            if not retryable or attempt >= retries:
                raise err
            attempt += 1
            time.sleep(0.2 * 2**attempt)

    def _http_error(self, resp: httpx.Response, what: str) -> RemoteError:
        text = resp.content[:400].decode("utf-8", "replace")
        first = " ".join(text.split())[:160]
        detail = f": {first}" if first else ""
        if resp.status_code in (401, 403):
            return RemoteError(
                what,
                f"HTTP {resp.status_code}, not authorised; "
                "check the credentials (environment or netrc)",
                fatal=True,
            )
        if resp.status_code == 404:
            return RemoteError(
                what, f"HTTP 404, no such service at {redact(str(resp.url))}", fatal=True
            )
        return RemoteError(what, f"HTTP {resp.status_code} {resp.reason_phrase}{detail}")

    def _connection_error(self, exc: httpx.HTTPError, what: str) -> RemoteError:
        """The OS's reason under httpx's error: refused and unknown host are fatal."""
        cause: BaseException | None = exc
        while cause is not None and not isinstance(cause, OSError):
            cause = cause.__cause__ or cause.__context__
        if isinstance(cause, ConnectionRefusedError):
            return RemoteError(self.name, "connection refused (is the server running?)", fatal=True)
        if isinstance(cause, socket.gaierror):
            return RemoteError(self.name, "unknown host", fatal=True)
        if isinstance(cause, OSError):
            return RemoteError(
                what, f"connection failed ({cause.strerror or type(cause).__name__})"
            )
        return RemoteError(what, f"connection failed ({exc or type(exc).__name__})")

    # -- Graph Store Protocol ----------------------------------------------------
    def _graph_url(self, graph: str) -> str:
        if not self.store_url:
            raise RemoteError(self.name, "this server kind needs --graph-store URL", fatal=True)
        sep = "&" if "?" in self.store_url else "?"
        return f"{self.store_url}{sep}{urlencode({self.layout.graph_param: graph})}"

    def _probe(self) -> None:
        """Meet the server's auth challenge with a bodiless request before sending graphs.

        A server that answers 401 to a large PUT may close the connection before
        reading the body, so the challenge is taken on a HEAD instead.
        """
        if self._probed or not self.authenticated:
            return
        self._probed = True
        try:
            self._request(
                "HEAD", self._graph_url("urn:x-readout-kg:probe"), "graph store", retries=0
            )
        except RemoteError as exc:
            if exc.fatal and "not authorised" in exc.reason:
                raise

    def put_graph(self, graph: str, quads: list) -> int:
        """Replace ``graph`` on the server with ``quads`` (Turtle's N-Triples subset)."""
        self._probe()
        body = "".join(f"{q.subject} {q.predicate} {q.object} .\n" for q in quads).encode("utf-8")
        self._request(
            "PUT",
            self._graph_url(graph),
            graph,
            body,
            {"Content-Type": "text/turtle; charset=utf-8"},
        )
        return len(quads)

    def delete_graph(self, graph: str) -> None:
        self._probe()
        try:
            self._request("DELETE", self._graph_url(graph), graph)
        except RemoteError as exc:
            if "HTTP 404" not in exc.reason:
                raise

    # -- queries ---------------------------------------------------------------
    def select(
        self, sparql: str, bindings: dict[str, str] | None = None
    ) -> tuple[list[str], list[list]]:
        """Run a query on the server; ``bindings`` are sent as a VALUES block of escaped terms.

        The block goes first inside the WHERE group: after the query, Virtuoso 7
        does not join on it when the group holds a BIND or a subquery.
        """
        try:
            text = bind(sparql, bindings)
        except KgError as exc:
            raise RemoteError(exc.source, exc.reason) from None
        params = dict(self.layout.query_params)
        url = self.query_url + ("?" + urlencode(params) if params else "")
        ctype, data = self._request(
            "POST",
            url,
            "query",
            urlencode({"query": text}).encode(),
            {
                "Content-Type": "application/x-www-form-urlencoded",
                "Accept": "application/sparql-results+json, application/n-triples;q=0.8",
            },
        )
        return _parse_results(ctype, data)

    def readout_states(self) -> dict[str, tuple[str, str]]:
        """(input hash, extractor version) of each readout graph already on the server."""
        _, rows = self.select(
            f"SELECT ?g ?h ?v WHERE {{ GRAPH ?g {{ ?r <{ONT}inputHash> ?h ; "
            f"<{ONT}extractorVersion> ?v }} }}"
        )
        return {str(g): (str(h), str(v)) for g, h, v in rows}


class ServerAuth(httpx.Auth):
    """Basic or digest auth, whichever the server asks for, to the endpoint's own hosts only.

    Nothing is sent before the server's first challenge, so a password never goes
    out as Basic to a server that wanted digest; after it, every request is signed
    up front (httpx's DigestAuth keeps the challenge and counts nonces), so a graph
    is sent once, not once unsigned and again signed. A challenge from another
    host (a redirect elsewhere) is not answered.
    """

    def __init__(self, user: str, password: str, urls: tuple[str, ...]):
        self._hosts = {_origin(httpx.URL(u)) for u in urls}
        self._basic = httpx.BasicAuth(user, password)
        self._digest = httpx.DigestAuth(user, password)
        self._scheme: str | None = None  # "basic" or "digest", once the server has said

    def auth_flow(self, request: httpx.Request) -> Iterator[httpx.Request]:
        if self._scheme == "basic":
            yield from self._basic.auth_flow(request)
            return
        flow = self._digest.auth_flow(request)
        response = yield next(flow)  # signed once a digest challenge is known, bare before
        if response.status_code != 401 or _origin(response.request.url) not in self._hosts:
            return
        if self._scheme is None:
            self._scheme = _scheme_asked(response)
            if self._scheme == "basic":
                yield from self._basic.auth_flow(request)
                return
        if self._scheme == "digest":  # the first challenge, or a stale nonce renewed
            with contextlib.suppress(StopIteration):
                yield flow.send(response)


def _scheme_asked(response: httpx.Response) -> str | None:
    """Digest if the server offers it, else Basic if it asks for that."""
    offered = {h.split(" ", 1)[0].lower() for h in response.headers.get_list("WWW-Authenticate")}
    return next((s for s in ("digest", "basic") if s in offered), None)


def _origin(url: httpx.URL) -> tuple[str, str, int | None]:
    return url.scheme, url.host, url.port


# What can hold a brace that is not a group: comments, IRIs (which may hold '#'), strings.
def _parse_results(ctype: str, data: bytes) -> tuple[list[str], list[list]]:
    if "json" in ctype or data.lstrip().startswith(b"{"):
        try:
            doc = json.loads(data)
        except ValueError:
            raise RemoteError("query", "the server's answer is not SPARQL JSON results") from None
        if "boolean" in doc:
            return ["result"], [[bool(doc["boolean"])]]
        names = doc.get("head", {}).get("vars", [])
        rows = [
            [_json_term(b.get(n)) for n in names]
            for b in doc.get("results", {}).get("bindings", [])
        ]
        return names, rows
    try:
        triples = list(ox.parse(data, ox.RdfFormat.N_TRIPLES))
    except SyntaxError:
        raise RemoteError("query", f"unexpected answer of type '{ctype or 'unknown'}'") from None
    return (
        ["subject", "predicate", "object"],
        [[to_python(t.subject), to_python(t.predicate), to_python(t.object)] for t in triples],
    )


def _json_term(term: dict | None):
    if term is None:
        return None
    if term.get("type") in ("literal", "typed-literal"):
        dt = term.get("datatype")
        if dt == XSD_BOOLEAN:  # "1"/"0" are valid lexical forms (Virtuoso uses them)
            return {"1": "true", "0": "false"}.get(term["value"], term["value"])
        lit = (
            ox.Literal(term["value"], datatype=ox.NamedNode(dt))
            if dt
            else ox.Literal(term["value"])
        )
        return to_python(lit)
    return term.get("value")


def push(
    store: Store,
    endpoint: Endpoint,
    *,
    force: bool = False,
    prune: bool = False,
    max_failures_in_a_row: int = 5,
    on_error: Callable[[KgError], None] | None = None,
    progress: Callable[[int], None] | None = None,
) -> PushReport:
    """Send the background graph, every readout graph, the ties and the engagement links of
    ``store`` to ``endpoint``.

    Graphs the server already holds with the same input hash and extractor
    version are skipped unless ``force``; with ``prune`` readout graphs the
    server has but the store lacks are deleted there.
    """
    report = PushReport()

    def fail(err: RemoteError) -> None:
        report.failed.append((err.source, err.reason))
        if on_error:
            on_error(err)

    remote: dict[str, tuple[str, str]] = {}
    try:
        if not force or prune:
            remote = endpoint.readout_states()
    except RemoteError as exc:
        if exc.fatal:
            fail(exc)
            report.stopped = exc.reason
            report.not_tried = len(store.readout_graphs()) + 1
            return report
        remote = {}  # a server that cannot answer the query still takes graphs
    local = store.readout_states()
    graphs = [BACKGROUND] + store.readout_graphs()
    in_a_row = 0
    for i, graph in enumerate(graphs):
        if progress:
            progress(1)
        if not force and graph in remote and local.get(graph) == remote[graph]:
            report.unchanged += 1
            continue
        try:
            report.triples += endpoint.put_graph(graph, store.graph_quads(graph))
            if graph == BACKGROUND:
                report.background = True
            else:
                report.pushed += 1
            in_a_row = 0
        except RemoteError as exc:
            fail(exc)
            in_a_row += 1
            if exc.fatal or in_a_row >= max_failures_in_a_row:
                report.stopped = exc.reason if exc.fatal else f"{in_a_row} failures in a row"
                report.not_tried = len(graphs) - i - 1
                return report
    if prune:
        for graph in sorted(set(remote) - set(local)):
            try:
                endpoint.delete_graph(graph)
                report.removed += 1
            except RemoteError as exc:
                fail(exc)
                if exc.fatal:
                    report.stopped = exc.reason
                    return report
    if not report.failed and (force or report.pushed or report.removed):
        _push_derived(store, endpoint, report, fail)
    return report


def _push_derived(store: Store, endpoint, report: PushReport, fail) -> None:
    """The ties and the engagement links summarise the readout graphs: sent whole, once
    those are all there and some changed."""
    try:
        for derived in (TIES, ENGAGEMENTS):
            report.triples += endpoint.put_graph(derived, store.graph_quads(derived))
        report.ties = True
    except RemoteError as exc:
        fail(exc)
        if exc.fatal:
            report.stopped = exc.reason
