"""kg/store behaviour the round-2 mutation sample of issue 19 (seed 23) found untested
(scripts/RESULTS-mutants.md): a named query's unknown parameter refused (and a known one
taken), TriG export with prefixes and N-Quads without, `kg serve`'s 404 naming where
the pages are and its 406, a store let go by a server that cannot listen, Chinese labels
padded in a table, a push report with nothing left untried, and an endpoint closed for good.

The examples built into a real store on disk; a real `kg serve` and Oxigraph server on
127.0.0.1.
"""

from __future__ import annotations

import socket
import subprocess

import httpx
import pytest
from click.testing import CliRunner
from conftest import EXAMPLES
from servers import OxigraphServer, free_port, stop, tool, wait_until_up

from kg.build import build
from kg.cli import main
from kg.errors import StoreError
from kg.rdf.vocab import XSD
from kg.store.database import Store
from kg.store.query import format_rows, parse_named
from kg.store.remote import Endpoint, push
from kg.store.serve import Server

XSD_DATE = XSD + "date"


@pytest.fixture(scope="module")
def store_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("store") / "kg"
    with Store(path) as store:
        assert not build([str(EXAMPLES)], store).failed
    return path


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def test_a_named_query_refuses_an_unknown_parameter_and_takes_a_known_one(store_path):
    bad = run("query", "--store", store_path, "--name", "congratulations", "-p", "color=red")
    assert bad.exit_code != 0
    assert "unknown parameter(s) color" in bad.output
    assert "this query takes: actor, congratulator" in bad.output
    good = run("query", "--store", store_path, "--name", "congratulations", "-p", "actor=Japan")
    assert good.exit_code == 0, good.output


def test_a_named_query_header_runs_past_blank_lines_and_stops_at_the_query():
    q = parse_named(
        "# name: pairs\n\n# question: Who met whom?\n# param: ?actor - an actor's label\n"
        "SELECT * WHERE { ?s ?p ?o }\n# name: not-the-name\n",
        "fallback",
    )
    assert (q.name, q.question) == ("pairs", "Who met whom?")
    assert q.params == (("actor", "an actor's label"),)


def test_a_graph_handed_to_rdflib_keeps_every_triple_and_typed_literal(store_path):
    with Store(store_path, read_only=True) as store:
        graph = store.readout_graphs()[0]
        quads = store.graph_quads(graph)
        g = store.rdflib_graph(graph)
    assert len(g) == len(quads)
    dates = {o for o in g.objects() if str(getattr(o, "datatype", None)) == XSD_DATE}
    assert dates and all(o.toPython().year >= 2000 for o in dates)


def test_trig_is_written_with_prefixes_and_n_quads_without(store_path, tmp_path):
    for fmt in ("trig", "nq"):
        result = run("export", "--store", store_path, "--format", fmt, tmp_path / f"kg.{fmt}")
        assert result.exit_code == 0, result.output
    trig = (tmp_path / "kg.trig").read_text(encoding="utf-8")
    nq = (tmp_path / "kg.nq").read_text(encoding="utf-8")
    assert trig.startswith("@prefix ") and "rk:" in trig
    assert "@prefix" not in nq and nq.startswith("<")


def test_serve_answers_an_unknown_page_with_404_naming_the_pages(store_path):
    port = free_port()
    proc = subprocess.Popen(
        [tool("kg"), "serve", "--store", str(store_path), "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(url + "/", proc)
        resp = httpx.get(url + "/no-such-page", timeout=60)
        png = httpx.get(
            url + "/query", params={"query": "ASK {}"}, headers={"Accept": "image/png"}, timeout=60
        )
    finally:
        stop(proc)
    assert resp.status_code == 404
    assert resp.text.startswith("not found: the query page is at /, the SPARQL endpoint at /query")
    assert png.status_code == 406 and "none of the types in Accept" in png.text


def test_a_server_that_cannot_listen_lets_the_store_go(store_path):
    """The port taken: `kg serve` fails, and the store is free for `kg build` at once."""
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        with pytest.raises(StoreError, match="cannot listen"):
            Server(store_path, port=port, workers=1)
    with Store(store_path) as store:  # a writer: refused while a server holds the store
        assert store.readout_graphs()


def test_a_table_pads_chinese_labels_by_their_two_columns_a_character():
    table = format_rows(["name", "n"], [["习近平", 1], ["Xi Jinping", 2]], "table")
    assert table.splitlines()[2:4] == ["习近平      1", "Xi Jinping  2"]


def test_a_whole_push_leaves_nothing_untried_and_a_closed_endpoint_sends_no_more(
    store_path, tmp_path
):
    with OxigraphServer(tmp_path / "oxigraph") as server, Store(store_path) as store:
        with Endpoint(server.url) as endpoint:
            report = push(store, endpoint)
        assert not report.failed and report.not_tried == 0 and report.stopped is None
        assert not any("not tried" in line for line in report.lines())
        with pytest.raises(RuntimeError, match="closed"):
            endpoint.select("ASK {}")
