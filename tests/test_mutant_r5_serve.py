"""What a client sees over HTTP on each of `kg serve`'s error paths: status, type, headers,
message, and whether the connection stays open (issue 19, round 5).

The mutation runs of 05e98f0 and 831cd4e left `kg serve` mutants alive that turned a 400
into a 401 (serve.py:295), kept a chunked request's connection open (:206), made a server
bound to "localhost" refuse 127.0.0.1 in Host (:145) and let `text/*` outrank `text/csv`
in Accept (accept.py:48): no test read those answers. Here every error path is one row of
a table read over a real socket from a real server on 127.0.0.1, on a real store on disk.
"""

from __future__ import annotations

import http.client
import json
import socket
import threading
import urllib.parse
from collections.abc import Iterator

import pytest

from kg.store.serve import MAX_BODY, Server
from kg.store.database import Store

TEXT = "text/plain; charset=utf-8"
NT = b'<urn:a> <urn:b> "1.5"^^<http://www.w3.org/2001/XMLSchema#decimal> .\n'


def _serve(path, **kw) -> Server:
    srv = Server(path, port=0, **kw)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    return srv


@pytest.fixture(scope="module")
def server(tmp_path_factory) -> Iterator[Server]:
    path = tmp_path_factory.mktemp("r5serve") / "kg"
    with Store(path) as s:
        s.put_ntriples("urn:g", NT, 1)
    srv = _serve(path, workers=1, timeout=10)
    try:
        yield srv
    finally:
        srv.shutdown()
        srv.close()


def ask(srv: Server, method: str, target: str, body: bytes | None = None, headers=None):
    """(status, headers, body) of one request on its own connection."""
    conn = http.client.HTTPConnection("127.0.0.1", srv.server_address[1], timeout=30)
    try:
        conn.request(method, target, body=body, headers=headers or {})
        resp = conn.getresponse()
        return resp.status, resp.headers, resp.read()
    finally:
        conn.close()


def _q(**params) -> str:
    return "/query?" + urllib.parse.urlencode(params)


SPARQL = {"Content-Type": "application/sparql-query"}
ERRORS = [
    # (method, target, body, headers, status, start of the message)
    ("GET", "/nowhere", None, {}, 404, "not found: the query page is at /"),
    ("POST", "/nowhere", b"ASK {}", SPARQL, 404, "not found: the SPARQL endpoint is at /query"),
    ("GET", "/query", None, {}, 400, "give a SPARQL query in the 'query' parameter"),
    ("POST", "/query", b"", SPARQL, 400, "give a SPARQL query in the 'query' parameter"),
    (
        "GET",
        _q(name="congratulations", query="ASK {}"),
        None,
        {},
        400,
        "give either a query or the name of a named query, not both",
    ),
    ("GET", _q(name="no-such-query"), None, {}, 400, "no named query 'no-such-query'"),
    ("GET", _q(name="congratulations", color="red"), None, {}, 400, "unknown parameter(s) color"),
    ("GET", _q(query="SELECT * WHERE { ?s ?p }"), None, {}, 400, "syntax error"),
    ("GET", _q(query="ASK {}", update="DROP ALL"), None, {}, 403, "this endpoint is read-only"),
    ("GET", "/update", None, {}, 403, "this endpoint is read-only"),
    ("PUT", "/store?graph=urn:x", b"<urn:a> <urn:b> <urn:c> .", {}, 403, "this endpoint is"),
    ("DELETE", "/store?graph=urn:g", None, {}, 403, "this endpoint is read-only"),
    ("PATCH", "/query", None, {}, 403, "this endpoint is read-only"),
    (
        "POST",
        "/query",
        b"DROP ALL",
        {"Content-Type": "application/sparql-update"},
        403,
        "this endpoint is read-only",
    ),
    ("GET", "/", None, {"Host": "rebound.example"}, 403, "not a host this server answers to"),
    (
        "GET",
        _q(query="ASK {}"),
        None,
        {"Accept": "image/png"},
        406,
        "none of the types in Accept can carry this result",
    ),
]


@pytest.mark.parametrize("method, target, body, headers, status, says", ERRORS)
def test_each_error_path_answers_its_status_in_plain_text(
    server, method, target, body, headers, status, says
):
    got, head, text = ask(server, method, target, body, headers)
    assert got == status, (got, text)
    assert head["Content-Type"] == TEXT
    assert head["Cache-Control"] == "no-store"
    assert head["Server"] == "readout-kg" and head["Date"]
    assert int(head["Content-Length"]) == len(text)
    assert says in text.decode(), text
    assert text.endswith(b"\n")


def test_a_refused_query_name_says_which_names_exist(server):
    status, _, text = ask(server, "GET", _q(name="no-such-query"))
    assert status == 400 and "congratulations" in text.decode()


def test_head_answers_the_status_and_length_of_get_without_a_body(server):
    for target, status in (("/nowhere", 404), ("/query", 400), ("/", 200)):
        got, head, text = ask(server, "HEAD", target)
        assert (got, text) == (status, b"")
        assert int(head["Content-Length"]) == len(ask(server, "GET", target)[2])


def test_only_negotiated_answers_vary_by_accept(server):
    _, head, _ = ask(server, "GET", _q(query="ASK {}"))
    assert head["Vary"] == "Accept"
    _, head, _ = ask(server, "GET", _q(query="ASK {}"), headers={"Accept": "image/png"})
    assert head["Vary"] == "Accept"
    _, head, _ = ask(server, "GET", "/query")
    assert head["Vary"] is None


def _raw(srv: Server, request: bytes) -> tuple[bytes, bytes]:
    """(the first answer's head, everything the server sent until it closed or went quiet)."""
    with socket.create_connection(("127.0.0.1", srv.server_address[1]), timeout=5) as sock:
        sock.sendall(request)
        data = b""
        try:
            while chunk := sock.recv(65536):
                data += chunk
        except TimeoutError:
            data += b"<still open>"
    return data.split(b"\r\n\r\n", 1)[0], data


def test_a_body_too_large_is_refused_and_the_connection_closed(server):
    port = server.server_address[1]
    for length in (str(MAX_BODY + 1), "-5", "many"):
        head, data = _raw(
            server,
            f"POST /query HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Length: {length}\r\n"
            "Content-Type: application/sparql-query\r\n\r\nASK {}".encode(),
        )
        assert head.startswith(b"HTTP/1.1 413 "), head
        assert b"\r\nConnection: close" in head
        assert f"at most {MAX_BODY} bytes".encode() in data
        assert data.count(b"HTTP/1.1 ") == 1 and not data.endswith(b"<still open>")


def test_a_chunked_body_is_not_read_so_the_connection_is_closed(server):
    """Left open, the chunks would be read as the next request (a 400 after the answer)."""
    port = server.server_address[1]
    body = b"6\r\nASK {}\r\n0\r\n\r\n"
    head, data = _raw(
        server,
        f"POST /query HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nTransfer-Encoding: chunked\r\n"
        "Content-Type: application/sparql-query\r\n\r\n".encode()
        + body,
    )
    assert head.startswith(b"HTTP/1.1 400 ") and b"\r\nConnection: close" in head, head
    assert data.count(b"HTTP/1.1 ") == 1 and not data.endswith(b"<still open>"), data


def test_a_read_body_keeps_the_connection_for_the_next_request(server):
    conn = http.client.HTTPConnection("127.0.0.1", server.server_address[1], timeout=30)
    try:
        for _ in range(2):
            conn.request("POST", "/query", body=b"ASK { ?s ?p ?o }", headers=SPARQL)
            resp = conn.getresponse()
            assert resp.status == 200 and json.loads(resp.read())["boolean"] is True
            assert resp.headers["Connection"] is None
    finally:
        conn.close()


def test_a_server_bound_to_localhost_answers_its_loopback_addresses(tmp_path):
    with Store(tmp_path / "kg") as s:
        s.put_ntriples("urn:g", NT, 1)
    srv = _serve(tmp_path / "kg", host="localhost", workers=1, timeout=10)
    try:
        port = srv.server_address[1]
        for host in (f"127.0.0.1:{port}", "[::1]", f"localhost:{port}", "LOCALHOST"):
            assert ask(srv, "GET", "/", headers={"Host": host})[0] == 200, host
        assert ask(srv, "GET", "/", headers={"Host": "kg.example"})[0] == 403
    finally:
        srv.shutdown()
        srv.close()


@pytest.mark.parametrize(
    "accept, ctype",
    [
        # the most specific range decides, whatever its weight and its place in the header
        ("text/*, text/csv;q=0", "text/tab-separated-values"),
        ("text/csv;q=0, text/*", "text/tab-separated-values"),
        ("*/*, text/*;q=0", "application/sparql-results+json"),
        ("text/*;q=0, */*", "application/sparql-results+json"),
        ("*/*;q=0.1, text/*;q=0.5, text/csv", "text/csv"),
        ("*/*;q=0.5, text/*;q=0.2", "application/sparql-results+json"),
        ("*/*;q=0.2, text/*;q=0.5", "text/csv"),
        ("application/*;q=0.2, text/tab-separated-values;q=0.3", "text/tab-separated-values"),
    ],
)
def test_accept_takes_the_weight_of_the_most_specific_range(server, accept, ctype):
    status, head, _ = ask(
        server, "GET", _q(query="SELECT * WHERE { ?s ?p ?o }"), None, {"Accept": accept}
    )
    assert status == 200 and head["Content-Type"].split(";")[0] == ctype
