"""Parameters go in as VALUES blocks of escaped terms, where each query asks for them."""

from __future__ import annotations

import pyoxigraph as ox

from kg.store.bind import MARKER, bind
from kg.store.query import named_queries


def test_a_query_without_markers_gets_one_block_first_in_its_where_group():
    q = "SELECT ?s WHERE { ?s ?p ?o } ORDER BY ?s"
    out = bind(q, {"o": "Kenya"})
    assert out.startswith('SELECT ?s WHERE {\nVALUES (?o) { ("Kenya") }')
    assert bind(q, {}) == q


def test_each_marker_gets_the_block_and_the_query_stays_valid():
    for name in ("who-did-what", "pair-timeline", "frameworks", "tone-by-year"):
        q = named_queries()[name]
        markers = len(MARKER.findall(q.text))
        assert markers >= 2, name
        out = bind(q.text, {q.params[0][0]: "Kenya"})
        assert out.count('VALUES (?%s) { ("Kenya") }' % q.params[0][0]) == markers
        ox.Store().query(out)  # parses and runs on an empty store


def test_a_hostile_value_stays_one_literal():
    hostile = 'x") } } DROP ALL ; SELECT * WHERE { ("'
    out = bind("SELECT * WHERE { ?s ?p ?o }", {"o": hostile})
    rows = list(ox.Store().query(out))
    assert rows == []
    assert str(ox.Literal(hostile)) in out
    iri = bind("SELECT * WHERE { ?s ?p ?o }", {"o": "https://example.org/a"})
    assert "(<https://example.org/a>)" in iri
