"""`kg serve` answers in the type the client weighs highest (Accept q-values, 406 when it
accepts none), and runs named queries by name with their parameters, as the query page does."""

from __future__ import annotations

import csv
import io
import json
import urllib.error
import urllib.parse
import urllib.request

import pytest
from test_serve import served  # noqa: F401  (the fixture: a real kg serve on the examples)

from kg.store.accept import choose, parse
from kg.store.bind import bind
from kg.store.database import Store
from kg.store.pool import GRAPH_TYPES, RESULT_TYPES
from kg.store.query import named_queries
from kg.store.serve import PROTOCOL

SELECT = "SELECT ?s WHERE { ?s a rk:Readout }"
CONSTRUCT = "CONSTRUCT { ?s a rk:Readout } WHERE { ?s a rk:Readout }"
TABLE = list(RESULT_TYPES)
JSON, CSV, TSV, XML = (
    "application/sparql-results+json",
    "text/csv",
    "text/tab-separated-values",
    "application/sparql-results+xml",
)


@pytest.mark.parametrize(
    "header, want",
    [
        ("application/sparql-results+json;q=0.5, text/csv;q=0.9", CSV),
        ("text/csv;q=0.9, application/sparql-results+json;q=0.5", CSV),
        ("text/csv;q=0.2, application/sparql-results+json", JSON),
        ("text/csv;q=0, application/sparql-results+json;q=0.1", JSON),
        ("text/csv, application/sparql-results+json", CSV),  # equal weights: the client's order
        ("*/*", JSON),  # anything: the server's first choice
        (None, JSON),
        ("", JSON),
        ("text/*", CSV),
        ("text/*;q=0.5, application/sparql-results+xml", XML),
        ("text/*, text/csv;q=0", TSV),  # the most specific range decides, here a veto
        ("*/*;q=0.1, text/tab-separated-values", TSV),
        ("TEXT/CSV ; Q=0.8 , application/sparql-results+json ; q=0.7", CSV),
        ("text/csv;q=2, text/tab-separated-values;q=0.5", TSV),  # a malformed weight: dropped
        ("text/csv;charset=utf-8;q=0.9, application/json;q=0.8", CSV),
        ("text/csv;q=0", None),
        ("text/html, image/png", None),
        ("*/*;q=0", None),
    ],
)
def test_the_highest_weighted_acceptable_type_is_chosen(header, want):
    assert choose(parse(header), TABLE) == want


def test_graph_results_choose_among_graph_types():
    graphs = list(GRAPH_TYPES)
    assert choose(parse("text/csv, text/turtle;q=0.5"), graphs) == "text/turtle"
    assert choose(parse("application/sparql-results+json"), graphs) is None
    assert choose(parse("*/*"), graphs) == graphs[0]


def request(url: str, accept: str | None = None, **params):
    """GET /query with ``params``; (status, headers, body)."""
    req = urllib.request.Request(
        f"{url}/query?{urllib.parse.urlencode(params)}",
        headers={"Accept": accept} if accept is not None else {},
    )
    try:
        with urllib.request.urlopen(req, timeout=60) as resp:
            return resp.status, resp.headers, resp.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers, exc.read()


def test_q_values_choose_the_result_type_over_http(served):  # noqa: F811
    _, url, _ = served
    status, headers, body = request(
        url, query=SELECT, accept="application/sparql-results+json;q=0.5, text/csv;q=0.9"
    )
    assert status == 200 and headers["Content-Type"].startswith(CSV)
    assert headers["Vary"] == "Accept"
    rows = list(csv.reader(io.StringIO(body.decode())))
    assert rows[0] == ["s"] and len(rows) == 4  # the three example readouts
    status, headers, body = request(
        url, query=SELECT, accept="text/csv;q=0, application/sparql-results+json"
    )
    assert status == 200 and headers["Content-Type"].startswith(JSON)
    assert len(json.loads(body)["results"]["bindings"]) == 3
    status, headers, _ = request(
        url, query=SELECT, accept="text/*;q=0.5, application/sparql-results+xml"
    )
    assert headers["Content-Type"].startswith(XML)
    status, headers, _ = request(url, query=SELECT)  # no Accept at all
    assert status == 200 and headers["Content-Type"].startswith(JSON)


def test_nothing_acceptable_is_406_naming_what_is_offered(served):  # noqa: F811
    _, url, _ = served
    for accept in ("text/csv;q=0", "text/html, image/png", "*/*;q=0"):
        status, headers, body = request(url, query=SELECT, accept=accept)
        assert status == 406, (accept, body)
        assert headers["Content-Type"].startswith("text/plain")
        assert body.decode().startswith("none of the types in Accept can carry this result")
        assert "text/csv" in body.decode()
    status, _, body = request(url, query=CONSTRUCT, accept="text/csv")
    assert status == 406 and "text/turtle" in body.decode()
    status, headers, body = request(url, query=CONSTRUCT, accept="text/csv, text/turtle;q=0.5")
    assert status == 200 and headers["Content-Type"].startswith("text/turtle")
    assert b"Readout" in body


def test_a_named_query_runs_by_name_with_its_parameters(served):  # noqa: F811
    path, url, _ = served
    who = "Anthony Albanese"
    status, headers, body = request(url, "text/csv", name="ties", subject=who, object="")
    assert status == 200 and headers["Content-Type"].startswith(CSV), body
    rows = list(csv.DictReader(io.StringIO(body.decode())))
    with Store(path, read_only=True) as store:
        names, want = store.select(bind(named_queries()["ties"].text, {"subject": who}))
    assert len(rows) == len(want) > 0 and list(rows[0]) == names
    assert {r["subject"] for r in rows} == {who}


@pytest.mark.parametrize(
    "params, said",
    [
        ({"name": "ties", "actor": "x"}, "unknown parameter(s) actor; this query takes: "),
        ({"name": "no-such-query"}, "no named query 'no-such-query' (known: "),
        ({"name": "ties", "query": "ASK {}"}, "give either a query or the name"),
    ],
)
def test_a_bad_named_request_is_400_in_one_line(served, params, said):  # noqa: F811
    _, url, _ = served
    status, _, body = request(url, **params)
    assert status == 400 and body.decode().startswith(said), body


def test_no_named_query_takes_a_parameter_the_protocol_uses():
    """The page's links put parameters beside `name` in the URL: none may shadow the protocol's."""
    for q in named_queries().values():
        assert not {p for p, _ in q.params} & PROTOCOL, q.name
