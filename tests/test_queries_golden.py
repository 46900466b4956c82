"""Every named query, on a store built from the dev corpus's gold files, gives its expected rows.

Regenerate the expected files with ``python scripts/make_golden.py`` and
read the diff: the rows are what an analyst would get on that corpus.
"""

from __future__ import annotations

import pytest
from conftest import needs_dev
from goldens import (
    GOLDEN,
    gold_store,
    gold_store_path,
    load_golden,
    readout_names,
    run_case,
)

from kg.store.query import named_queries

pytestmark = needs_dev
__all__ = ["gold_store", "gold_store_path"]  # fixtures, imported to be used here


@pytest.fixture(scope="session")
def names(gold_store):
    return readout_names(gold_store)


def test_there_are_at_least_twelve_named_queries_each_with_a_golden_file():
    queries = named_queries()
    assert len(queries) >= 12
    assert sorted(p.stem for p in GOLDEN.glob("*.json")) == sorted(queries)


# The dev corpus tells each engagement once, so these find nothing in it; tests/
# test_engagements.py runs them on one call told by both sides.
ONE_SIDED_CORPUS = {"shared-engagements", "one-sided-claims", "omissions-by-publisher"}


@pytest.mark.parametrize("name", sorted(named_queries()))
def test_named_query_gives_the_golden_rows(gold_store, names, name):
    q = named_queries()[name]
    golden = load_golden(name)
    assert golden["cases"], "a golden file lists at least one case"
    for case in golden["cases"]:
        columns, rows = run_case(gold_store, q.text, case["params"], names)
        assert columns == case["columns"]
        assert rows == case["rows"], f"{name} with {case['params']}"
    if name not in ONE_SIDED_CORPUS:
        assert any(case["rows"] for case in golden["cases"]), "some case finds rows on dev"


@pytest.mark.parametrize("name", sorted(named_queries()))
def test_header_names_the_query_its_question_and_its_parameters(name):
    q = named_queries()[name]
    assert q.name == name and q.question.endswith("?")
    text = q.text.split("SELECT", 1)[1]
    select = text.split("WHERE", 1)[0]
    for var, description in q.params:
        assert description, f"{name}: parameter {var} is described"
        # pyoxigraph substitutes only projected variables (ontology/README.md)
        assert f"?{var}" in select, f"{name}: parameter {var} is a result column"
        assert f"AS ?{var})" not in q.text and f"BOUND(?{var})" not in q.text


@pytest.mark.parametrize("name", sorted(n for n, q in named_queries().items() if q.params))
def test_parameters_are_bound_as_literals_never_spliced(gold_store, names, name):
    q = named_queries()[name]
    before = len(gold_store)
    hostile = '" } } ; DROP ALL ; SELECT * WHERE { ?s ?p "'
    for var, _ in q.params:
        _columns, rows = run_case(gold_store, q.text, {var: hostile}, names)
        assert rows == [], f"{name}: {var} matched nothing, ran nothing"
    assert len(gold_store) == before


def test_a_bound_parameter_narrows_the_unbound_rows(gold_store, names):
    q = named_queries()["who-did-what"]
    _, everything = run_case(gold_store, q.text, {}, names)
    _, some = run_case(gold_store, q.text, {"subject": "Xi Jinping"}, names)
    assert some and len(some) < len(everything)
    assert all(row[0] == "Xi Jinping" for row in some)
    assert all(row in everything for row in some)
