"""`push` stops on a fatal error and carries on past a passing one, at each of its three
steps: asking what the server holds, removing graphs (prune), and sending the ties and
engagement links. The mutation runs of issue 19 found the last untested
(scripts/RESULTS-mutants.md: a fatal error there did not stop the push's report).

A real Oxigraph server on 127.0.0.1 behind a proxy that answers one kind of request
with a chosen status: 404 and 403 are fatal (but a 404 to a DELETE means the graph is
gone already), 500 is not (and retries are off but in one test, where the connection drops once).
"""

from __future__ import annotations

import shutil
from http.server import BaseHTTPRequestHandler

import pyoxigraph as ox
import pytest
from conftest import EXAMPLES
from servers import LoopbackHTTP, OxigraphServer, relay

from kg.build import build
from kg.rdf.vocab import BASE, ONT, TIES
from kg.store.database import Store
from kg.store.remote import Endpoint, push


class StatusProxy(LoopbackHTTP):
    """Forwards to ``target``, but answers ``status`` to the first ``times`` ``method``
    requests whose path holds ``marker`` (status 0: closes the connection unanswered)."""

    def __init__(self, target: str, method: str, marker: str, status: int, times: int = 10**6):
        target = target.removeprefix("http://")
        left = [times]

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:
                pass

            def _forward(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length", "0") or 0))
                if self.command == method and marker in self.path and left[0] > 0:
                    left[0] -= 1
                    if status == 0:
                        self.close_connection = True
                        return
                    self.send_response(status)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                relay(self, target, body)

            do_GET = do_POST = do_PUT = do_DELETE = do_HEAD = _forward

        self._listen(Handler)


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """The examples built into a store on disk (read, never changed, by the tests)."""
    base = tmp_path_factory.mktemp("push")
    inputs = base / "in"
    inputs.mkdir()
    for f in EXAMPLES.glob("*.txt"):
        shutil.copy(f, inputs / f.name)
    with Store(base / "store") as store:
        assert not build([inputs], store).failed
        readouts = len(store.readout_graphs())
    assert readouts >= 2
    return base / "store", readouts


@pytest.fixture
def oxigraph(tmp_path):
    with OxigraphServer(tmp_path / "oxigraph") as server:
        yield server


def push_through(
    path, target: str, method: str, marker: str, status: int, times: int = 10**6, **kw
):
    with StatusProxy(target, method, marker, status, times) as proxy, Store(path) as store:
        return push(store, Endpoint(proxy.url, retries=kw.pop("retries", 0)), **kw)


TIES_MARK = "graph%2Fties"


def test_a_fatal_error_on_the_ties_stops_the_push(built, oxigraph):
    path, readouts = built
    report = push_through(path, oxigraph.url, "PUT", TIES_MARK, 404)
    assert report.pushed == readouts and not report.ties
    assert len(report.failed) == 1 and report.failed[0][0] == TIES
    assert report.stopped is not None and "HTTP 404" in report.stopped


def test_a_passing_error_on_the_ties_fails_them_without_stopping(built, oxigraph):
    path, readouts = built
    report = push_through(path, oxigraph.url, "PUT", TIES_MARK, 500)
    assert report.pushed == readouts and not report.ties
    assert len(report.failed) == 1 and "HTTP 500" in report.failed[0][1]
    assert report.stopped is None


def test_a_dropped_connection_is_tried_again(built, oxigraph):
    path, readouts = built
    report = push_through(path, oxigraph.url, "PUT", TIES_MARK, 0, times=1, retries=1)
    assert not report.failed and report.ties and report.pushed == readouts


def test_a_fatal_answer_to_what_the_server_holds_sends_nothing(built, oxigraph):
    path, readouts = built
    report = push_through(path, oxigraph.url, "POST", "/query", 403)
    assert report.pushed == 0 and not report.background
    assert len(report.failed) == 1 and report.not_tried == readouts + 1
    assert report.stopped is not None and "not authorised" in report.stopped


def test_a_server_that_cannot_answer_what_it_holds_still_takes_the_graphs(built, oxigraph):
    path, readouts = built
    report = push_through(path, oxigraph.url, "POST", "/query", 500)
    assert report.stopped is None and not report.failed
    assert report.pushed == readouts and report.background and report.ties


def stale_graphs(url: str, n: int) -> None:
    """``n`` readout graphs on the server that the local store does not have."""
    ep = Endpoint(url)
    for i in range(n):
        g = ox.NamedNode(f"{BASE}readout/stale-{i}")
        r = ox.NamedNode(f"{BASE}readout/stale-{i}/doc")
        ep.put_graph(
            g.value,
            [
                ox.Quad(r, ox.NamedNode(ONT + "inputHash"), ox.Literal(f"h{i}"), g),
                ox.Quad(r, ox.NamedNode(ONT + "extractorVersion"), ox.Literal("0"), g),
            ],
        )


@pytest.mark.parametrize(
    "status, failed, stopped, removed",
    [(403, 1, True, 0), (500, 2, False, 0), (404, 0, False, 2)],  # 404: the graph is gone
)
def test_prune_stops_at_a_fatal_error_and_goes_on_past_a_passing_one(
    built, oxigraph, status, failed, stopped, removed
):
    path, readouts = built
    stale_graphs(oxigraph.url, 2)
    report = push_through(path, oxigraph.url, "DELETE", "stale-", status, prune=True)
    assert report.pushed == readouts and report.removed == removed
    assert len(report.failed) == failed
    assert (report.stopped is not None) is stopped
