"""Summary quads written as text: the terms must parse to what a store holds, and
loading them in chunks must load every one."""

import pyoxigraph as ox
from hypothesis import given
from hypothesis import strategies as st

from kg.rdf import nquads
from kg.store.database import Store
from kg.summaries import tracker as summaries

G = "https://w3id.org/readout-kg/id/graph/ties"
XSD = "http://www.w3.org/2001/XMLSchema#"


def line(o: str) -> str:
    return f"<https://example.org/s> <https://example.org/p> {o} <{G}> .\n"


@given(st.text(min_size=0, max_size=40))
def test_a_label_of_any_text_parses_back_to_the_same_literal(name):
    (q,) = nquads.parse([line(nquads.literal(name))])
    assert q.object == ox.Literal(name)


def test_numbers_and_dates_parse_to_typed_literals():
    quads = nquads.parse([line(nquads.integer(42)), line(nquads.date("2021-03-04"))])
    assert quads[0].object == ox.Literal("42", datatype=ox.NamedNode(XSD + "integer"))
    assert quads[1].object == ox.Literal("2021-03-04", datatype=ox.NamedNode(XSD + "date"))
    assert quads[0].graph_name == ox.NamedNode(G)


def test_summary_lines_load_in_chunks_behind_their_making(tmp_path):
    n = 2 * summaries.CHUNK + 7  # three loads, the last one short
    lines = (line(nquads.literal(f"name {i} \u00e9\"\\")) for i in range(n))
    with Store(tmp_path / "store") as store:
        summaries._load_behind(store, lines)
        assert len(store) == n
        names = {q.object.value for q in store.quads()}
    assert f"name {n - 1} \u00e9\"\\" in names and "name 0 \u00e9\"\\" in names
