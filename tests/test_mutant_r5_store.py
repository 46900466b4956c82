"""kg/store behaviour the mutation runs of 05e98f0 and 831cd4e left untested (issue 19,
round 5): an endpoint's 400 is an error to `kg query --endpoint`, not a result
(remote.py:196); decimals and doubles come out of `kg query --format json` as numbers,
from a store and from an endpoint alike (terms.py:66); a request that finds every
query worker busy past the time limit is answered 503, not dropped (pool.py:399).

A real store on disk, a real `kg serve` (kg.store.serve.Server) on 127.0.0.1, the CLI
through click's runner.
"""

from __future__ import annotations

import http.client
import json
import threading
from http.server import BaseHTTPRequestHandler
from concurrent.futures import ThreadPoolExecutor

import pytest
from click.testing import CliRunner

from conftest import EXAMPLES
from servers import LoopbackHTTP, OxigraphServer, relay

from kg.build import build
from kg.cli import main
from kg.errors import StoreError
from kg.store.database import Store
from kg.store.remote import Endpoint, RemoteError, push
from kg.store.serve import Server

XSD = "http://www.w3.org/2001/XMLSchema#"
NT = (
    f'<urn:a> <urn:price> "1.5"^^<{XSD}decimal> .\n'
    f'<urn:a> <urn:ratio> "2.5E0"^^<{XSD}double> .\n'
    f'<urn:a> <urn:share> "0.25"^^<{XSD}float> .\n'
    f'<urn:a> <urn:count> "3"^^<{XSD}integer> .\n'
    f'<urn:a> <urn:odd> "n/a"^^<{XSD}double> .\n'
).encode()
# Three unconstrained patterns over the quads: far more rows than any time limit lets through.
ENDLESS = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


@pytest.fixture(scope="module")
def store_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("r5store") / "kg"
    with Store(path) as s:
        s.put_ntriples("urn:g", NT, 5)
    return path


def _serve(path, **kw) -> Server:
    srv = Server(path, port=0, **kw)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    return srv


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


NUMBERS = (
    "SELECT ?price ?ratio ?share ?count ?odd WHERE { <urn:a> <urn:price> ?price ; "
    "<urn:ratio> ?ratio ; <urn:share> ?share ; <urn:count> ?count ; <urn:odd> ?odd }"
)
WANT = [{"price": 1.5, "ratio": 2.5, "share": 0.25, "count": 3, "odd": "n/a"}]


def test_numbers_come_out_as_numbers_from_a_store_and_from_an_endpoint(store_path):
    local = run("query", "--store", store_path, "--format", "json", NUMBERS)
    assert local.exit_code == 0, local.output
    assert json.loads(local.output) == WANT
    srv = _serve(store_path, workers=1, timeout=10)
    try:
        url = f"http://127.0.0.1:{srv.server_address[1]}"
        remote = run("query", "--endpoint", url, "--format", "json", NUMBERS)
        assert remote.exit_code == 0, remote.output
        assert json.loads(remote.output) == WANT
    finally:
        srv.shutdown()
        srv.close()


def test_an_endpoints_refusals_are_errors_with_its_status_and_reason(store_path):
    srv = _serve(store_path, workers=1, timeout=10)
    try:
        url = f"http://127.0.0.1:{srv.server_address[1]}"
        bad = run("query", "--endpoint", url, "SELECT * WHERE { ?s ?p }")
        assert bad.exit_code == 2, bad.output
        assert "HTTP 400 Bad Request" in bad.output and "syntax error" in bad.output
        refused = run("query", "--endpoint", url, "DELETE WHERE { ?s ?p ?o }")
        assert refused.exit_code == 2, refused.output
        assert "HTTP 403" in refused.output and "not authorised" in refused.output
        good = run(
            "query", "--endpoint", url, "--format", "csv", "SELECT ?c WHERE { ?s <urn:count> ?c }"
        )
        assert (good.exit_code, good.output) == (0, "c\n3\n")
    finally:
        srv.shutdown()
        srv.close()


def _subjects(path, n: int):
    """A store of ``n`` triples with ``n`` subjects: k patterns join to n**k rows."""
    with Store(path) as s:
        s.put_ntriples(
            "urn:g", "".join(f"<urn:s{i}> <urn:p> <urn:o> .\n" for i in range(n)).encode(), n
        )
    return path


def _post(port: int, sparql: str) -> tuple[int, bytes]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    try:
        conn.request(
            "POST",
            "/query",
            body=sparql.encode(),
            headers={"Content-Type": "application/sparql-query"},
        )
        resp = conn.getresponse()
        return resp.status, resp.read()
    finally:
        conn.close()


def test_a_request_that_finds_every_worker_busy_is_told_so(tmp_path):
    """One worker serves (three at most, with the replacements of slow ones): of eight
    endless queries at once, those that wait out the time limit get 503 "busy", and every
    request gets an answer."""
    limit = 2.0
    srv = _serve(_subjects(tmp_path / "kg", 300), workers=1, timeout=limit)
    try:
        port = srv.server_address[1]
        with ThreadPoolExecutor(8) as ex:
            answers = list(ex.map(lambda _: _post(port, ENDLESS), range(8)))
        cut = [b for s, b in answers if s == 503 and b"cut off after 2 s" in b]
        busy = [b for s, b in answers if s == 503 and b"all query workers are busy" in b]
        assert len(cut) + len(busy) == 8, answers
        assert cut and busy, answers
        assert _post(port, "ASK { ?s ?p ?o }") == (200, b'{"head":{},"boolean":true}')
    finally:
        srv.shutdown()
        srv.close()


def test_a_result_that_outgrows_the_memory_cap_is_refused_and_the_server_goes_on(tmp_path):
    """Many short rows: the worker's Python side runs out first (the rows' text gathered
    for the answer), which must be told as such, like the Rust side's aborts."""
    srv = _serve(
        _subjects(tmp_path / "kg", 700), workers=1, timeout=60, memory_mb=5, max_result_mb=4000
    )
    try:
        port = srv.server_address[1]
        status, body = _post(port, "SELECT ?a ?d WHERE { ?a ?b ?c . ?d ?e ?f }")
        assert status == 503 and b"out of memory (over 5 MB per worker)" in body, body
        assert _post(port, "ASK { ?s ?p ?o }") == (200, b'{"head":{},"boolean":true}')
    finally:
        srv.shutdown()
        srv.close()


def test_a_store_its_workers_cannot_open_is_refused_with_their_one_line(tmp_path):
    """The server finds the store's files; its workers, opening them, find them rotted: the
    worker's reason (a line) is the server's, not a traceback."""
    path = _subjects(tmp_path / "kg", 300)
    for f in sorted(path.glob("[0-9]*.sst")):
        data = bytearray(f.read_bytes())
        data[len(data) // 2 : len(data) // 2 + 64] = b"\x5a" * 64
        f.write_bytes(bytes(data))
    with pytest.raises(StoreError) as caught:
        Server(path, port=0, workers=1)
    reason = caught.value.reason
    assert reason and "\n" not in reason and "damaged" in reason, reason


class Flaky(LoopbackHTTP):
    """Answers 500 to the first ``failures`` requests, then relays them to ``target``."""

    def __init__(self, target: str, failures: int):
        self.seen = 0
        front = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args) -> None:
                pass

            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
                front.seen += 1
                if front.seen <= failures:
                    self.send_response(500)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                relay(self, target.removeprefix("http://"), body)

        self._listen(Handler)


def test_an_endpoint_is_tried_once_and_then_as_many_times_again_as_its_retries(store_path):
    srv = _serve(store_path, workers=1, timeout=10)
    url = f"http://127.0.0.1:{srv.server_address[1]}"
    query = "SELECT ?c WHERE { ?s <urn:count> ?c }"
    try:
        with (
            Flaky(url, failures=2) as front,
            Endpoint(front.url + "/query", "generic", retries=2) as ep,
        ):
            assert ep.select(query) == (["c"], [[3]])
            assert front.seen == 3
        with (
            Flaky(url, failures=3) as front,
            Endpoint(front.url + "/query", "generic", retries=2) as ep,
        ):
            with pytest.raises(RemoteError, match="HTTP 500"):
                ep.select(query)
            assert front.seen == 3
    finally:
        srv.shutdown()
        srv.close()


def test_a_push_ticks_its_progress_once_per_graph_sent_or_skipped(tmp_path):
    with Store(tmp_path / "kg") as store:
        assert not build(
            [EXAMPLES / "call-albanese-scholz.txt", EXAMPLES / "visit-modi-kishida.txt"], store
        ).failed
        graphs = 1 + len(store.readout_graphs())  # the background graph and each readout's
        with OxigraphServer(tmp_path / "oxigraph") as server, Endpoint(server.url) as ep:
            for unchanged in (0, graphs - 1):
                ticks = []
                report = push(store, ep, progress=ticks.append)
                assert (ticks, report.unchanged) == ([1] * graphs, unchanged)


def test_kg_query_reads_a_store_that_is_being_served_and_creates_none(store_path, tmp_path):
    """kg query only reads: beside a running server (which holds the store shared), and never
    making a store where none is."""
    srv = _serve(store_path, workers=1, timeout=10)
    try:
        count = "SELECT ?c WHERE { ?s <urn:count> ?c }"
        read = run("query", "--store", store_path, "--format", "csv", count)
        assert (read.exit_code, read.output) == (0, "c\n3\n")
    finally:
        srv.shutdown()
        srv.close()
    missing = run("query", "--store", tmp_path / "none", "ASK { ?s ?p ?o }")
    assert missing.exit_code == 2 and "no such store" in missing.output, missing.output
    assert not (tmp_path / "none").exists()


def test_import_gold_counts_the_triples_it_writes(tmp_path):
    """The examples' hand annotations: the count said is the count stored."""
    loaded = run("import-gold", EXAMPLES, EXAMPLES, "--store", tmp_path / "kg")
    assert loaded.exit_code == 0, loaded.output
    said = int(loaded.output.split("; ")[-1].split()[0])
    count = (
        "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
        "FILTER(CONTAINS(STR(?g), '/readout/')) }"
    )
    stored = run("query", "--store", tmp_path / "kg", "--format", "csv", count)
    assert said > 0 and stored.output == f"n\n{said}\n", (loaded.output, stored.output)


def test_swap_quads_removes_adds_and_creates_at_once(tmp_path):
    """What the summaries write their derived graphs with (database.py:200 survived)."""
    from kg.store.terms import NamedNode, Quad

    g, d = NamedNode("urn:g"), NamedNode("urn:derived")
    old = Quad(NamedNode("urn:a"), NamedNode("urn:p"), NamedNode("urn:o"), g)
    new = Quad(NamedNode("urn:a"), NamedNode("urn:p"), NamedNode("urn:n"), d)
    with Store(tmp_path / "kg") as s:
        s.put_ntriples("urn:g", b"<urn:a> <urn:p> <urn:o> .\n", 1)
        s.swap_quads([old], [new])
        s.swap_quads([], [], create="urn:empty")
        assert list(s.quads_for_pattern(None, None, None, g)) == []
        assert list(s.quads_for_pattern(None, None, None, d)) == [new]
        assert s.contains_graph("urn:empty")
