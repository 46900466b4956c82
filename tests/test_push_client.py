"""The HTTP client of `kg push` and `kg query --endpoint`, at the level of requests.

A small HTTP/1.1 server written here stands in front of a real Oxigraph server:
it asks for digest auth (RFC 7616, qop=auth, MD5), checks each signed request,
can declare its nonce stale, and counts connections, 401 answers and the graph
bodies it forwards, so the tests can say that a graph is sent once and that one
connection carries a whole push.
"""

from __future__ import annotations

import hashlib
import http.client
import secrets
import shutil
import threading
import urllib.request
from collections import Counter
from http.server import BaseHTTPRequestHandler
from urllib.parse import parse_qs, urlsplit

import pytest
from click.testing import CliRunner
from conftest import EXAMPLES
from servers import FaultProxy, LoopbackHTTP, OxigraphServer

from kg.build import build
from kg.cli import main
from kg.store.database import Store
from kg.store.remote import Endpoint

USER, SECRET = "alice", "d1gest-s3cret"
REALM = "kg-test"
GRAPHS_ON_EXAMPLES = 3 + 3  # the readouts, the background, the ties and the engagements


def md5(text: str) -> str:
    return hashlib.md5(text.encode()).hexdigest()


class DigestServer(LoopbackHTTP):
    """Forwards to ``target`` the requests signed with digest auth for USER/SECRET.

    ``user=None`` asks for no auth; ``stale_every=N`` renews the nonce after N
    signed requests and answers the next one with the old nonce ``stale=true``;
    ``redirect`` answers every request with a 307 to that base URL instead.
    """

    def __init__(self, target: str, *, user: str | None = USER, stale_every: int = 0):
        self.target = target.removeprefix("http://")
        self.user, self.stale_every = user, stale_every
        self.nonce = secrets.token_hex(8)
        self.signed = 0
        self.connections = self.requests = self.challenges = self.unsigned_bodies = 0
        self.puts: Counter[str] = Counter()  # graph -> bodies forwarded
        self.lock = threading.Lock()
        self._listen(self._handler())

    def verdict(self, header: str, method: str, uri: str) -> str:
        """ "ok", "stale" (right password, old nonce) or "no" for an Authorization header."""
        if not header.startswith("Digest "):
            return "no"
        f = urllib.request.parse_keqv_list(urllib.request.parse_http_list(header[7:]))
        if f.get("username") != self.user or f.get("realm") != REALM or f.get("uri") != uri:
            return "no"
        ha1, ha2 = md5(f"{self.user}:{REALM}:{SECRET}"), md5(f"{method}:{uri}")
        want = md5(f"{ha1}:{f.get('nonce')}:{f.get('nc')}:{f.get('cnonce')}:auth:{ha2}")
        if f.get("qop") != "auth" or f.get("response") != want:
            return "no"
        return "ok" if f["nonce"] == self.nonce else "stale"

    def _handler(self):
        front = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"  # keep-alive, so connections can be counted

            def log_message(self, *args) -> None:
                pass

            def setup(self) -> None:
                super().setup()
                with front.lock:
                    front.connections += 1

            def _reply(self, status: int, headers: dict, data: bytes = b"") -> None:
                self.send_response(status)
                for k, v in headers.items():
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                if self.command != "HEAD":
                    self.wfile.write(data)

            def _serve(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length", "0") or 0))
                with front.lock:
                    front.requests += 1
                    verdict = (
                        front.verdict(
                            self.headers.get("Authorization", ""), self.command, self.path
                        )
                        if front.user
                        else "ok"
                    )
                    if verdict == "ok" and front.user:
                        front.signed += 1
                        if front.stale_every and front.signed % front.stale_every == 0:
                            front.nonce = secrets.token_hex(8)
                    if verdict != "ok":
                        front.challenges += 1
                        front.unsigned_bodies += bool(body)
                if verdict != "ok":
                    stale = ", stale=true" if verdict == "stale" else ""
                    challenge = (
                        f'Digest realm="{REALM}", qop="auth", nonce="{front.nonce}", '
                        f'opaque="0pa9ue", algorithm=MD5{stale}'
                    )
                    self._reply(401, {"WWW-Authenticate": challenge})
                    return
                if self.command == "PUT":
                    graph = parse_qs(urlsplit(self.path).query)["graph"][0]
                    with front.lock:
                        front.puts[graph] += 1
                self._forward(body)

            def _forward(self, body: bytes) -> None:
                conn = http.client.HTTPConnection(front.target, timeout=30)
                headers = {
                    k: v
                    for k, v in self.headers.items()
                    if k.lower() not in ("host", "authorization", "connection")
                }
                conn.request(self.command, self.path, body=body or None, headers=headers)
                resp = conn.getresponse()
                data = resp.read()
                conn.close()
                keep = ("content-type",)
                self._reply(
                    resp.status, {k: v for k, v in resp.getheaders() if k.lower() in keep}, data
                )

            do_GET = do_POST = do_PUT = do_DELETE = do_HEAD = _serve

        return Handler


class Redirector(LoopbackHTTP):
    """Answers every request with ``status`` and the same path under ``to``."""

    def __init__(self, to: str, status: int = 307):
        self.seen_auth: list[str] = []
        me = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:
                pass

            def _serve(self) -> None:
                self.rfile.read(int(self.headers.get("Content-Length", "0") or 0))
                if self.headers.get("Authorization"):
                    me.seen_auth.append(self.headers["Authorization"])
                self.send_response(status)
                self.send_header("Location", to.rstrip("/") + self.path)
                self.send_header("Content-Length", "0")
                self.end_headers()

            do_GET = do_POST = do_PUT = do_DELETE = do_HEAD = _serve

        self._listen(Handler)


def run(*args, env=None):
    return CliRunner(env=env).invoke(main, [str(a) for a in args])


def creds(password: str = SECRET) -> dict:
    return {"KG_ENDPOINT_USER": USER, "KG_ENDPOINT_PASSWORD": password, "NETRC": "/dev/null"}


NO_CREDS = {"KG_ENDPOINT_USER": "", "KG_ENDPOINT_PASSWORD": "", "NETRC": "/dev/null"}


@pytest.fixture(scope="module")
def store_path(tmp_path_factory):
    """The examples built once into a store that the tests only read."""
    inputs = tmp_path_factory.mktemp("in")
    for f in EXAMPLES.glob("*"):
        if f.suffix in (".txt", ".json"):
            shutil.copy(f, inputs / f.name)
    path = tmp_path_factory.mktemp("s") / "store"
    with Store(path) as store:
        assert not build([inputs], store).failed
    return path


@pytest.fixture
def oxigraph(tmp_path):
    with OxigraphServer(tmp_path / "oxigraph") as server:
        yield server


def quads_at(url: str) -> set[tuple]:
    with Endpoint(url) as ep:
        return set(map(tuple, ep.select("SELECT ?g ?s ?p ?o { GRAPH ?g { ?s ?p ?o } }")[1]))


def local_quads(path) -> set[tuple]:
    with Store(path, read_only=True) as store:
        return set(map(tuple, store.select("SELECT ?g ?s ?p ?o { GRAPH ?g { ?s ?p ?o } }")[1]))


def test_digest_push_sends_each_graph_once_over_one_connection(store_path, oxigraph):
    with DigestServer(oxigraph.url) as front:
        result = run("push", "--store", store_path, "--endpoint", front.url, env=creds())
        assert result.exit_code == 0, result.output
        # One challenge (on the state query, before any graph), then everything signed.
        assert front.challenges == 1
        assert sum(front.puts.values()) == GRAPHS_ON_EXAMPLES
        assert set(front.puts.values()) == {1}  # no graph sent twice
        assert front.connections == 1
        forced = run("push", "--force", "--store", store_path, "--endpoint", front.url, env=creds())
        assert forced.exit_code == 0, forced.output
        # --force asks nothing first: the challenge is taken on the bodiless probe
        assert front.challenges == 2 and front.unsigned_bodies == 1
        assert set(front.puts.values()) == {2}
    assert quads_at(oxigraph.url) == local_quads(store_path)


def test_a_stale_nonce_is_renewed_and_the_push_completes(store_path, oxigraph):
    with DigestServer(oxigraph.url, stale_every=2) as front:
        result = run("push", "--store", store_path, "--endpoint", front.url, env=creds())
        assert result.exit_code == 0, result.output
        assert front.challenges > 2  # the nonce changed along the way
        assert set(front.puts) == {g for g, *_ in local_quads(store_path)}
    assert quads_at(oxigraph.url) == local_quads(store_path)


def test_a_wrong_digest_password_stops_at_once_with_one_line(store_path, oxigraph):
    with DigestServer(oxigraph.url) as front:
        wrong = creds("wrong-" + SECRET)
        result = run("push", "--store", store_path, "--endpoint", front.url, env=wrong)
        assert result.exit_code == 1
        errors = [x for x in result.stderr.splitlines() if x.startswith("error:")]
        assert len(errors) == 1 and "HTTP 401, not authorised" in errors[0]
        assert SECRET not in result.output
        assert front.requests == 2 and not front.puts  # the query, unsigned then signed
        query = run("query", "--endpoint", front.url, "ASK {}", env=NO_CREDS)
        assert query.exit_code == 2 and "not authorised" in query.output


def test_basic_auth_is_sent_up_front_once_the_server_asked(store_path, oxigraph):
    with FaultProxy(oxigraph.url, user=USER, password=SECRET) as proxy:
        result = run("push", "--store", store_path, "--endpoint", proxy.url, env=creds())
        assert result.exit_code == 0, result.output
        # the state query twice (unsigned, then signed), then each graph once
        assert proxy.requests == 2 + GRAPHS_ON_EXAMPLES
    assert quads_at(oxigraph.url) == local_quads(store_path)


def test_without_auth_a_push_and_its_queries_share_one_connection(store_path, oxigraph):
    with DigestServer(oxigraph.url, user=None) as front:
        with Endpoint(front.url) as ep, Store(store_path, read_only=True) as store:
            from kg.store.remote import push

            report = push(store, ep)
            assert ep.select("ASK { ?s ?p ?o }")[1] == [[True]]
        assert not report.failed and report.ties
        assert front.requests == 1 + GRAPHS_ON_EXAMPLES + 1
        assert front.connections == 1


def test_redirects_are_followed_for_every_method(store_path, oxigraph):
    with Redirector(oxigraph.url, status=307) as moved:
        result = run("push", "--store", store_path, "--endpoint", moved.url)
        assert result.exit_code == 0, result.output
        query = run("query", "--endpoint", moved.url, "ASK { ?s ?p ?o }", "--format", "csv")
        assert query.exit_code == 0 and query.output.splitlines()[1] == "True"
    assert quads_at(oxigraph.url) == local_quads(store_path)


def test_credentials_do_not_follow_a_redirect_to_another_host(store_path, oxigraph):
    with DigestServer(oxigraph.url) as elsewhere, Redirector(elsewhere.url) as moved:
        result = run("push", "--store", store_path, "--endpoint", moved.url, env=creds())
        assert result.exit_code == 1 and "not authorised" in result.output
        assert elsewhere.challenges >= 1 and elsewhere.signed == 0
        assert moved.seen_auth == []
    assert quads_at(oxigraph.url) == set()


def test_an_unknown_host_is_one_fatal_line():
    result = run("query", "--endpoint", "http://no-such-host.invalid:7878", "ASK {}")
    assert result.exit_code == 2
    assert "http://no-such-host.invalid:7878: unknown host" in result.output
