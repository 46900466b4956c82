"""Summary quads written as text: the terms must parse to what a store holds, and
loading them in chunks must load every one."""

import pyoxigraph as ox
import pytest
from hypothesis import given
from hypothesis import strategies as st

from kg.rdf import terms as nquads
from kg.store.database import Store
from kg.store.terms import parse_nquads
from kg.summaries import tracker as summaries

G = "https://w3id.org/readout-kg/id/graph/ties"
XSD = "http://www.w3.org/2001/XMLSchema#"


def line(o: str) -> str:
    return f"<https://example.org/s> <https://example.org/p> {o} <{G}> .\n"


@given(st.text(min_size=0, max_size=40))
def test_a_label_of_any_text_parses_back_to_the_same_literal(name):
    (q,) = parse_nquads([line(nquads.literal(name))])
    assert q.object == ox.Literal(name)


def test_numbers_and_dates_parse_to_typed_literals():
    quads = parse_nquads([line(nquads.integer(42)), line(nquads.date("2021-03-04"))])
    assert quads[0].object == ox.Literal("42", datatype=ox.NamedNode(XSD + "integer"))
    assert quads[1].object == ox.Literal("2021-03-04", datatype=ox.NamedNode(XSD + "date"))
    assert quads[0].graph_name == ox.NamedNode(G)


def test_summary_lines_load_in_chunks_behind_their_making(tmp_path):
    n = 2 * summaries.CHUNK + 7  # three loads, the last one short
    lines = (line(nquads.literal(f'name {i} \u00e9"\\')) for i in range(n))
    with Store(tmp_path / "store") as store:
        summaries._load_behind(store, lines)
        assert len(store) == n
        names = {q.object.value for q in store.quads()}
    assert f'name {n - 1} \u00e9"\\' in names and 'name 0 \u00e9"\\' in names


def test_literals_are_escaped_as_the_store_writes_them():
    # Every control character, quote and backslash, and a sample beyond ASCII.
    for c in [*range(0x80), 0x85, 0xA0, 0x2028, 0xFEFF, 0x1F600]:
        text = f"a{chr(c)}b"
        assert nquads.literal(text) == str(ox.Literal(text)), hex(c)


def test_an_iri_the_store_would_refuse_is_refused_when_made():
    terms = nquads.NTriplesTerms()
    for bad in (
        "http://a b",
        "http://a>b",
        'http://a"b',
        "http://a{b",
        "http://a|b",
        "http://a^b",
        "http://a\\b",
        "no-scheme",
        "http://a\x7fb",
    ):
        with pytest.raises(ValueError):
            terms.iri(bad)
        with pytest.raises(ValueError):
            ox.NamedNode(bad)
    assert terms.iri("https://example.org/é") == str(ox.NamedNode("https://example.org/é"))
