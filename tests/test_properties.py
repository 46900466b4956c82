"""Property tests: arbitrary text never crashes the extractor; minted IRIs are valid."""

from __future__ import annotations

import re

from conftest import readout_graph
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Graph

from kg.extract import extract, gazetteer
from kg.model import Readout
from kg.rdf.iris import actor_iri, readout_iri, topic_iri

IRI = re.compile(r"^https://w3id\.org/readout-kg/id/[a-z]+/[A-Za-z0-9-]+$")
WORDS = st.sampled_from(
    [
        "President",
        "Prime Minister",
        "Xi",
        "Putin",
        "the two sides",
        "agreed",
        "to",
        "work",
        "with",
        "China",
        "Russia",
        "BRICS",
        "he",
        "she",
        "the latter",
        "congratulated",
        "not",
        "on",
        "8 May",
        ",",
        ".",
        "'s",
        "support",
        "for",
        "Ukraine",
        "and",
        "The",
        "leaders",
        "visit",
        "invited",
        "thanked",
        "\n\n",
        "H.E.",
        "Mr.",
        "of",
        "-",
        "“",
        "”",
        "(",
        ")",
    ]
)
PHRASES = st.lists(WORDS, max_size=60).map(" ".join)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.text(max_size=400), PHRASES))
def test_arbitrary_text_never_crashes(text):
    ex = extract(Readout("prop", text))
    for r in ex.relations:
        assert text[r.evidence.start : r.evidence.end] == r.evidence.text


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(PHRASES)
def test_graphs_of_arbitrary_text_serialise_and_parse(text):
    ex = extract(Readout("prop", text, published="2024-01-02"))
    g = readout_graph(ex, gazetteer.load(), "test")
    back = Graph().parse(data=g.serialize(format="nt"), format="nt")
    assert len(back) == len(g)


@given(st.text(max_size=80), st.sampled_from(["person", "organization", "topic", "state"]))
def test_minted_iris_are_valid(name, kind):
    assert IRI.match(actor_iri(name, kind))
    assert IRI.match(topic_iri(name))
    assert IRI.match(readout_iri(name))


def test_texts_ending_in_an_adjective_or_title():
    """Regression: a sentence ending in 'the Russian' or 'Foreign' once ran off the end."""
    for text in (
        "He met the Russian",
        "She thanked the Brazilian President",
        "They met the South African",
        "Talks with Foreign",
    ):
        extract(Readout("edge", text))
