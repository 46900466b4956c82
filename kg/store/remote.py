"""A SPARQL 1.1 server as a shared store: push graphs with the Graph Store Protocol, query it.

Each readout's graph is sent with an HTTP PUT to ``STORE?graph=IRI``, which
replaces that graph whole on the server, so pushing twice changes nothing and
a push cut short is finished by pushing again. Servers lay out their URLs
differently; ``LAYOUTS`` says where each one keeps its query, update and
graph-store services relative to the base URL a user gives.
"""

from __future__ import annotations

import json
import socket
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urlencode

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
    """One SPARQL server: its query and graph-store URLs, credentials and time limit."""

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
        handlers: list = []
        if creds is not None:
            mgr = urllib.request.HTTPPasswordMgrWithDefaultRealm()
            for url in {self.query_url, self.store_url or base, base}:
                mgr.add_password(None, url, creds.user, creds.password)
            handlers = [urllib.request.HTTPBasicAuthHandler(mgr), _PreemptiveDigest(mgr)]
        self.authenticated = creds is not None
        self._opener = urllib.request.build_opener(*handlers)
        self._probed = False

    # -- HTTP -----------------------------------------------------------------
    def _request(
        self,
        method: str,
        url: str,
        what: str,
        body: bytes | None = None,
        headers: dict | None = None,
    ) -> tuple[str, bytes]:
        """Send one request, retrying time-outs and 5xx answers; errors name ``what``."""
        attempt = 0
        while True:
            req = urllib.request.Request(
                url, data=body, method=method, headers={"User-Agent": USER_AGENT, **(headers or {})}
            )
            try:
                with self._opener.open(req, timeout=self.timeout) as resp:
                    return resp.headers.get("Content-Type", ""), resp.read()
            except urllib.error.HTTPError as exc:
                err = self._http_error(exc, what)
            except TimeoutError:
                err = RemoteError(what, f"no answer within {self.timeout:g} s (time-out)")
            except urllib.error.URLError as exc:
                err = self._url_error(exc, what)
            except (ConnectionError, OSError) as exc:
                err = RemoteError(what, f"connection failed ({exc.strerror or type(exc).__name__})")
            retryable = not err.fatal and (
                "time-out" in err.reason
                or err.reason.startswith("HTTP 5")
                or "connection failed" in err.reason
            )
            if not retryable or attempt >= self.retries:
                raise err
            attempt += 1
            time.sleep(0.2 * 2**attempt)

    def _http_error(self, exc: urllib.error.HTTPError, what: str) -> RemoteError:
        try:
            text = exc.read(400).decode("utf-8", "replace")
        except (OSError, ValueError):
            text = ""
        first = " ".join(text.split())[:160]
        detail = f": {first}" if first else ""
        if exc.code in (401, 403):
            return RemoteError(
                what,
                f"HTTP {exc.code}, not authorised; check the credentials (environment or netrc)",
                fatal=True,
            )
        if exc.code == 404:
            return RemoteError(
                what, f"HTTP 404, no such service at {redact(exc.url or self.base)}", fatal=True
            )
        return RemoteError(what, f"HTTP {exc.code} {exc.reason}{detail}")

    def _url_error(self, exc: urllib.error.URLError, what: str) -> RemoteError:
        reason = exc.reason
        if isinstance(reason, TimeoutError):
            return RemoteError(what, f"no answer within {self.timeout:g} s (time-out)")
        if isinstance(reason, ConnectionRefusedError):
            return RemoteError(self.name, "connection refused (is the server running?)", fatal=True)
        if isinstance(reason, socket.gaierror):
            return RemoteError(self.name, "unknown host", fatal=True)
        if isinstance(reason, OSError):
            return RemoteError(
                what, f"connection failed ({reason.strerror or type(reason).__name__})"
            )
        return RemoteError(what, f"connection failed ({reason})")

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
            self._request("HEAD", self._graph_url("urn:x-readout-kg:probe"), "graph store")
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


class _PreemptiveDigest(urllib.request.HTTPDigestAuthHandler):
    """Digest auth that, once challenged, signs every later request up front.

    urllib's handler answers each 401 anew, so every graph would be sent twice
    and a server that hangs up on an unsigned PUT would break the push.
    """

    def __init__(self, mgr):
        super().__init__(mgr)
        self._chal: dict | None = None

    def retry_http_digest_auth(self, req, auth):
        _token, challenge = auth.split(" ", 1)
        self._chal = urllib.request.parse_keqv_list(
            filter(None, urllib.request.parse_http_list(challenge))
        )
        return super().retry_http_digest_auth(req, auth)

    def http_request(self, req):
        if self._chal is not None and not req.has_header("Authorization"):
            signed = self.get_authorization(req, self._chal)
            if signed:
                req.add_unredirected_header("Authorization", f"Digest {signed}")
        return req

    https_request = http_request


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
