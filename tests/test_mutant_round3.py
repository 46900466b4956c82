"""Behaviour the mutation sample of 2026-12-07 (seed 19 at 831cd4e) found untested: every
stored fact read back, the protocol's named graphs honoured when given with default ones,
a writer that cannot lock a store refused, IRIs' slugs kept to 80 characters, and a
numeric date that is no day in either order giving none. A real store on disk."""

from __future__ import annotations

import socket
import threading

import pytest

from rdflib import Literal, URIRef

from kg.errors import StoreError
from kg.extract import extract
from kg.model import Readout
from kg.rdf.iris import slug
from kg.store.credentials import PASSWORD_VAR, USER_VAR, CredentialError, credentials_for
from kg.store.database import Store
from kg.store.query import format_rows
from kg.store.serve import Server
from kg.store.lock import StoreLock

NT = "".join(f"<urn:s{i}> <urn:p> <urn:o{i}> .\n" for i in range(5)).encode()


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "kg") as s:
        s.put_ntriples("urn:g1", NT, 5)
        s.put_ntriples("urn:g2", NT[: NT.index(b"\n") + 1], 1)
        yield s


def test_every_stored_fact_is_read_back(store):
    graphs = sorted(q.graph_name.value for q in store.quads())
    assert graphs == ["urn:g1"] * 5 + ["urn:g2"]


def test_named_graphs_given_with_default_graphs_are_the_named_ones(store):
    query = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
    found = store.query(query, default_graphs=["urn:g1"], named_graphs=["urn:g2"])
    assert [row[0].value for row in found] == ["urn:g2"]
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    found = store.query(count, default_graphs=["urn:g1"], named_graphs=["urn:g2"])
    assert [row[0].value for row in found] == ["5"]


def test_a_writer_that_cannot_make_its_lock_file_is_refused(tmp_path):
    with pytest.raises(StoreError, match="cannot lock store"):
        StoreLock(tmp_path / "missing" / "kg", exclusive=True).acquire()


def test_a_slug_is_kept_to_80_characters():
    assert len(slug("Organisation " * 20)) == 80
    assert slug("Recep Tayyip Erdoğan") == "recep-tayyip-erdogan"


@pytest.mark.parametrize(("written", "day"), [("30/02/2024", None), ("13/05/2024", "2024-05-13")])
def test_a_numeric_date_that_is_no_day_in_either_order_gives_none(written, day):
    text = f"President Emmanuel Macron spoke with Chancellor Olaf Scholz on {written}."
    e = extract(Readout("case", text, published="2024-05-20", publisher="Élysée"))
    assert e.event.date == day


def test_plural_offices_end_at_the_first_word_that_is_no_list():
    """'The Prime Ministers of A and B met ... Fiji': A's and B's, not Fiji's."""
    text = (
        "The Prime Ministers of Australia and New Zealand met in Wellington on 5 March 2024 "
        "and discussed support for Fiji."
    )
    e = extract(
        Readout("case", text, published="2024-03-06", publisher="Prime Minister of New Zealand")
    )
    assert e.event.participants == ("Anthony Albanese", "Christopher Luxon")


def test_rdflib_literals_keep_their_language_and_datatype_in_the_store(store):
    s, p = URIRef("urn:s"), URIRef("urn:p")
    store.replace_graph(
        "urn:g3",
        [(s, p, Literal("会谈", lang="zh")), (s, p, Literal("5", datatype=URIRef("urn:t")))],
    )
    back = {
        (q.object.value, q.object.language, q.object.datatype.value)
        for q in store.graph_quads("urn:g3")
    }
    assert back == {
        ("会谈", "zh", "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"),
        ("5", None, "urn:t"),
    }


def test_csv_rows_are_written_with_empty_cells_for_unbound_values():
    assert format_rows(["a", "b"], [[1, None], ["x,y", 2]], "csv") == 'a,b\n1,\n"x,y",2\n'


def test_a_user_without_a_password_in_the_environment_is_refused():
    with pytest.raises(CredentialError, match="set both"):
        credentials_for("http://127.0.0.1:1/sparql", {USER_VAR: "analyst"})
    found = credentials_for("http://127.0.0.1:1/sparql", {USER_VAR: "analyst", PASSWORD_VAR: ""})
    assert (found.user, found.password) == ("analyst", "")


def test_a_post_without_a_length_is_answered_at_once(tmp_path):
    """No Content-Length is an empty body: 400 now, not a wait for bytes that never come."""
    with Store(tmp_path / "kg") as s:
        s.put_ntriples("urn:g", NT, 5)
    srv = Server(tmp_path / "kg", port=0, workers=1, timeout=5)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    try:
        port = srv.server_address[1]
        with socket.create_connection(("127.0.0.1", port), timeout=3) as sock:
            head = f"POST /query HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n"
            sock.sendall(f"{head}Content-Type: application/sparql-query\r\n\r\n".encode())
            assert sock.recv(4096).startswith(b"HTTP/1.1 400 ")
    finally:
        srv.shutdown()
        srv.close()


def test_a_relation_to_a_topic_points_at_that_topic():
    from kg.extract import gazetteer
    from kg.rdf.graphs import readout_triples
    from kg.rdf.iris import topic_iri

    text = (
        "President Emmanuel Macron spoke with President Xi Jinping of China.\n\n"
        "Macron said France supports the Paris Agreement."
    )
    ex = extract(Readout("t", text, published="2024-01-02"))
    assert ("France", "supports", "topic:paris agreement") in {
        (r.subject, r.relation, r.object) for r in ex.relations
    }
    supported = {
        str(o)
        for _, p, o in readout_triples(ex, gazetteer.load(), "test")
        if p.endswith("supports")
    }
    assert supported == {topic_iri("paris agreement")}


def test_an_isolated_store_ends_its_query_worker_when_closed(tmp_path):
    import multiprocessing

    from kg.store.isolated import IsolatedStore

    with Store(tmp_path / "kg") as s:
        s.put_ntriples("urn:g", NT, 5)
    before = set(multiprocessing.active_children())
    with IsolatedStore(tmp_path / "kg") as store:
        assert store.select("ASK { ?s ?p ?o }") == (["result"], [[True]])
        assert set(multiprocessing.active_children()) - before  # its worker
    assert not set(multiprocessing.active_children()) - before
