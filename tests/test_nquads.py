"""Summary quads written as text: the terms must parse to what a store holds, and the
streamed reader must hand the loader exactly the lines it was given."""

import io

import pyoxigraph as ox
from hypothesis import given
from hypothesis import strategies as st

from kg import nquads
from kg.store import Store

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


@given(
    st.lists(st.text(max_size=30), max_size=60),
    st.integers(min_value=1, max_value=300),
)
def test_the_reader_gives_the_lines_whole_whatever_the_read_size(names, size):
    lines = [line(nquads.literal(n)) for n in names]
    reader = io.BufferedReader(nquads.Reader(lines), size)
    got = b""
    while chunk := reader.read(size):
        got += chunk
    assert got == "".join(lines).encode("utf-8")


def test_streamed_lines_load_into_a_store_on_disk(tmp_path):
    lines = [line(nquads.literal(f"name {i} \u00e9\"\\")) for i in range(5000)]
    with Store(tmp_path / "store") as store:
        store.add_nquads(iter(lines))
        assert len(store) == 5000
        assert set(store.quads()) == set(nquads.parse(lines))
