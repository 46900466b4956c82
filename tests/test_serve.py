"""`kg serve`: the installed command serving a store on 127.0.0.1, queried over HTTP."""

from __future__ import annotations

import json
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request

import pytest
from click.testing import CliRunner
from conftest import EXAMPLES
from servers import free_port, stop, tool, wait_until_up

from kg.build import build
from kg.cli import main
from kg.store.database import Store
from kg.store.query import named_queries

LIMIT = 5.0  # every named query answers well within it on the examples, even on a busy machine
# Three unconstrained patterns over thousands of quads: billions of rows, minutes of work.
ENDLESS = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    path = tmp_path_factory.mktemp("serve") / "store"
    with Store(path) as store:
        assert not build([EXAMPLES], store).failed
    port = free_port()
    proc = subprocess.Popen(
        [tool("kg"), "serve", "--store", str(path), "--port", str(port), "--timeout", str(LIMIT)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(url + "/", proc)
        yield path, url, proc
    finally:
        stop(proc)


def http(method: str, url: str, data: bytes | None = None, headers: dict | None = None):
    req = urllib.request.Request(url, data=data, method=method, headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=60) as resp:
            return resp.status, resp.headers.get("Content-Type", ""), resp.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers.get("Content-Type", ""), exc.read()


def sparql(url: str, query: str, accept: str = "application/sparql-results+json"):
    return http(
        "POST",
        url + "/query",
        query.encode(),
        {"Content-Type": "application/sparql-query", "Accept": accept},
    )


def test_query_page_lists_the_named_queries(served):
    _, url, _ = served
    status, ctype, body = http("GET", url + "/")
    page = body.decode()
    assert status == 200 and ctype.startswith("text/html")
    assert "<textarea" in page and "application/sparql-query" in page
    for name in named_queries():
        assert f'"{name}"' in page


def test_named_queries_over_http_match_the_library(served):
    path, url, _ = served
    with _reader(path) as store:
        for name, q in named_queries().items():
            status, _ctype, body = sparql(url, q.text)
            assert status == 200, body
            doc = json.loads(body)
            names, rows = store.select(q.text)
            assert doc["head"]["vars"] == names
            assert len(doc["results"]["bindings"]) == len(rows), name


def _reader(path):
    """The served store can be read by this process too: readers share the lock."""
    return Store(path, read_only=True)


def test_get_form_and_csv_results(served):
    _, url, _ = served
    q = urllib.parse.urlencode({"query": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"})
    status, ctype, body = http("GET", f"{url}/query?{q}", headers={"Accept": "text/csv"})
    assert status == 200 and ctype.startswith("text/csv")
    lines = body.decode().split()
    assert lines[0] == "n" and int(lines[1]) > 1000
    status, ctype, body = http(
        "POST",
        url + "/query",
        urllib.parse.urlencode({"query": "ASK { ?s ?p ?o }"}).encode(),
        {"Content-Type": "application/x-www-form-urlencoded"},
    )
    assert status == 200 and json.loads(body)["boolean"] is True


@pytest.mark.parametrize(
    "how", ["update-endpoint", "update-param", "update-as-query", "put", "delete"]
)
def test_updates_are_refused(served, how):
    path, url, _ = served
    with _reader(path) as store:
        before = len(store)
    if how == "update-endpoint":
        status, _, body = http(
            "POST", url + "/update", b"DROP ALL", {"Content-Type": "application/sparql-update"}
        )
        assert status == 403 and b"read-only" in body
    elif how == "update-param":
        status, _, body = http(
            "POST",
            url + "/query",
            urllib.parse.urlencode({"update": "DROP ALL"}).encode(),
            {"Content-Type": "application/x-www-form-urlencoded"},
        )
        assert status == 403
    elif how == "update-as-query":
        status, _, body = sparql(url, "DROP ALL")
        assert status == 403 and b"read-only" in body
    elif how == "put":
        status, _, _ = http(
            "PUT",
            url + "/store?graph=urn:x",
            b"<urn:a> <urn:b> <urn:c> .",
            {"Content-Type": "application/n-triples"},
        )
        assert status == 403
    else:
        status, _, _ = http("DELETE", url + "/store?graph=urn:x")
        assert status == 403
    with _reader(path) as store:
        assert len(store) == before


def test_a_query_that_would_run_for_minutes_is_cut_off_and_the_server_goes_on(served):
    _, url, proc = served
    t0 = time.monotonic()
    status, _, body = sparql(url, ENDLESS)
    took = time.monotonic() - t0
    assert status == 503 and f"cut off after {LIMIT:g} s".encode() in body
    assert took < LIMIT + 15  # cut off, not run to the end
    status, _, body = sparql(url, "ASK { ?s ?p ?o }")
    assert status == 200 and json.loads(body)["boolean"] is True
    assert proc.poll() is None


def test_build_is_refused_while_the_store_is_served(served):
    path, _, _ = served
    result = CliRunner().invoke(main, ["build", str(EXAMPLES), "--store", str(path)])
    assert result.exit_code != 0
    assert "store is in use by another process" in result.output


def test_binding_beyond_loopback_warns(tmp_path):
    path = tmp_path / "store"
    with Store(path) as store:
        build([EXAMPLES], store)
    port = free_port()
    # 127.0.0.2 is still this machine's loopback, but not the default address: the warning shows.
    proc = subprocess.Popen(
        [tool("kg"), "serve", "--store", str(path), "--host", "127.0.0.2", "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        wait_until_up(f"http://127.0.0.2:{port}/", proc)
    finally:
        stop(proc)
    err = proc.stderr.read()
    assert (
        "warning: listening on 127.0.0.2: anyone who can reach this machine can query the store"
        in err
    )


def test_serving_a_missing_store_is_one_clear_line(tmp_path):
    result = CliRunner().invoke(main, ["serve", "--store", str(tmp_path / "nope")])
    assert result.exit_code == 2  # a runtime error (issue 15: exit codes 0, 1, 2)
    assert result.output.strip() == f"Error: {tmp_path / 'nope'}: no such store"


def _listener():
    """A loopback socket that records whether anything connected to it."""
    import socket

    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(8)
    sock.settimeout(1.0)
    return sock


def _was_called(sock) -> bool:
    try:
        conn, _ = sock.accept()
    except TimeoutError:
        return False
    conn.close()
    return True


def test_service_calls_to_other_machines_are_refused(served):
    _, url, _ = served
    sock = _listener()
    target = f"http://127.0.0.1:{sock.getsockname()[1]}/x"
    try:
        for query in (
            f"ASK {{ SERVICE SILENT <{target}> {{ ?s ?p ?o }} }}",
            f"PREFIX t: <{target[:-1]}>\nASK {{ service t:x {{ ?s ?p ?o }} }}",
        ):
            # a web page can send this as a text/plain cross-origin POST
            status, _, body = http(
                "POST", url + "/query", f"query={query}".encode(), {"Content-Type": "text/plain"}
            )
            assert status == 403, body
            assert b"federated query refused" in body
        assert not _was_called(sock)
    finally:
        sock.close()


def test_service_reaches_only_the_endpoints_the_operator_names(tmp_path):
    from kg.store.serve import Server

    path = tmp_path / "store"
    with Store(path) as store:
        store.put_ntriples("urn:g", b"<urn:a> <urn:b> <urn:c> .\n", 1)
    sock = _listener()
    allowed = f"http://127.0.0.1:{sock.getsockname()[1]}/x"
    server = Server(path, port=0, workers=1, timeout=3, services=[allowed])
    import threading

    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        status, _, _ = sparql(server.url, "ASK { SERVICE SILENT <http://127.0.0.1:9/y> {} }")
        assert status == 403
        status, _, body = sparql(server.url, f"ASK {{ SERVICE SILENT <{allowed}> {{ ?s ?p ?o }} }}")
        assert _was_called(sock)
    finally:
        server.shutdown()
        server.close()
        sock.close()


def test_a_page_rebound_to_this_machine_cannot_read_the_store(served):
    _, url, _ = served
    port = url.rsplit(":", 1)[1]
    for host in (f"attacker.example:{port}", "attacker.example", f"127.0.0.1.nip.io:{port}"):
        q = urllib.parse.urlencode({"query": "ASK { ?s ?p ?o }"})
        status, _, body = http("GET", f"{url}/query?{q}", headers={"Host": host})
        assert status == 403 and b"not a host this server answers to" in body, host
        status, _, _ = http("GET", url + "/", headers={"Host": host})
        assert status == 403
    for host in (f"127.0.0.1:{port}", f"localhost:{port}", "localhost"):
        status, _, _ = http("GET", url + "/", headers={"Host": host})
        assert status == 200, host


def test_names_given_with_allow_host_are_answered(tmp_path):
    path = tmp_path / "store"
    with Store(path) as store:
        store.put_ntriples("urn:g", b"<urn:a> <urn:b> <urn:c> .\n", 1)
    port = free_port()
    cmd = [tool("kg"), "serve", "--store", str(path), "--port", str(port)]
    proc = subprocess.Popen(
        [*cmd, "--allow-host", "kg.internal"], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(url + "/", proc)
        assert http("GET", url + "/", headers={"Host": f"kg.internal:{port}"})[0] == 200
        assert http("GET", url + "/", headers={"Host": "other.internal"})[0] == 403
    finally:
        stop(proc)


def _doubling(times: int) -> str:
    """A 1 KB query whose string doubles ``times`` times: 10 bytes become 10 GB at 30."""
    binds = " ".join(f"BIND(CONCAT(?a{i}, ?a{i}) AS ?a{i + 1})" for i in range(times))
    return f'SELECT (STRLEN(?a{times}) AS ?n) WHERE {{ BIND("aaaaaaaaaa" AS ?a0) {binds} }}'


def test_a_query_that_eats_memory_is_stopped_and_named_as_such(tmp_path):
    path = tmp_path / "store"
    with Store(path) as store:
        store.put_ntriples("urn:g", b"<urn:a> <urn:b> <urn:c> .\n", 1)
    port = free_port()
    cmd = [tool("kg"), "serve", "--store", str(path), "--port", str(port), "--workers", "1"]
    proc = subprocess.Popen(
        [*cmd, "--memory", "200", "--max-result", "1", "--timeout", "30"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(url + "/", proc)
        t0 = time.monotonic()
        status, _, body = sparql(url, _doubling(30))
        assert status == 503 and b"out of memory" in body and b"200 MB" in body, body
        assert time.monotonic() - t0 < 25  # stopped by the cap, not by the time limit
        # a result larger than --max-result is refused whole, and the worker goes on
        status, _, body = sparql(url, _doubling(17).replace("STRLEN(?a17)", "?a17"))
        assert status == 413 and b"larger than 1 MB" in body, body
        status, _, body = sparql(url, "ASK { ?s ?p ?o }")
        assert status == 200 and json.loads(body)["boolean"] is True
    finally:
        stop(proc)


def test_from_and_the_protocols_dataset_parameters_choose_the_graphs(served):
    path, url, _ = served
    count = "SELECT (COUNT(*) AS ?n) {from} WHERE {{ ?s a ?t }}"
    with _reader(path) as store:
        graph = next(iter(store.readout_graphs()))
        (whole,) = store.select(count.format(**{"from": ""}))[1][0]
        (one,) = store.select(count.format(**{"from": f"FROM <{graph}>"}))[1][0]
        (named,) = store.select(
            f"SELECT (COUNT(*) AS ?n) FROM NAMED <{graph}> WHERE {{ GRAPH ?g {{ ?s a ?t }} }}"
        )[1][0]
    assert 0 < one < whole and named == one
    q = urllib.parse.urlencode({"query": count.format(**{"from": ""}), "default-graph-uri": graph})
    status, _, body = http("GET", f"{url}/query?{q}")
    assert status == 200, body
    assert int(json.loads(body)["results"]["bindings"][0]["n"]["value"]) == one
    status, _, body = sparql(url, count.format(**{"from": f"FROM <{graph}>"}))
    assert int(json.loads(body)["results"]["bindings"][0]["n"]["value"]) == one


def test_prefixes_and_errors_are_the_same_in_kg_query_and_on_the_server(served):
    path, url, _ = served
    status, _, body = sparql(url, "SELECT (COUNT(*) AS ?n) WHERE { ?r a rk:Readout }")
    assert status == 200, body
    status, _, body = sparql(url, "SELECT * WHERE {\n  ?s foo:bar ?o }")
    assert status == 400 and body.decode().startswith("unknown prefix foo: at line 2, column 6")
    status, _, body = sparql(url, "SELECT * WHERE { ?s ?p }")
    assert status == 400 and b"line 1, column 25" in body and b"\\u{" not in body
    q = urllib.parse.urlencode({"query": "DELETE WHERE { ?s ?p ?o }"})
    status, _, body = http("GET", f"{url}/query?{q}")
    assert status == 403 and b"read-only" in body
    runner = CliRunner()
    res = runner.invoke(main, ["query", "--store", str(path), "SELECT * WHERE { ?s foo:x ?o }"])
    assert res.exit_code != 0 and "unknown prefix foo: at line 1, column 21" in res.output
    res = runner.invoke(main, ["query", "--store", str(path), "INSERT DATA { <a> <b> <c> }"])
    assert res.exit_code != 0 and "read-only" in res.output


def test_ipv6_loopback_an_access_log_without_queries_and_no_python_version(tmp_path):
    path = tmp_path / "store"
    with Store(path) as store:
        store.put_ntriples("urn:g", b"<urn:a> <urn:b> <urn:c> .\n", 1)
    port = free_port()
    log = tmp_path / "access.log"
    proc = subprocess.Popen(
        [
            tool("kg"),
            "serve",
            "--store",
            str(path),
            "--host",
            "::1",
            "--port",
            str(port),
            "--access-log",
            str(log),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    url = f"http://[::1]:{port}"
    try:
        wait_until_up(url + "/", proc)
        req = urllib.request.Request(url + "/query?query=ASK%7B%3Fsecret%20%3Fp%20%3Fo%7D")
        with urllib.request.urlopen(req, timeout=30) as resp:
            assert resp.status == 200
            assert "Python" not in resp.headers["Server"]
        from kg.store.serve import Server

        assert Server.request_queue_size >= 128
    finally:
        stop(proc)
    lines = log.read_text().splitlines()
    assert any('"GET /query" 200' in ln for ln in lines), lines
    assert "secret" not in log.read_text()
