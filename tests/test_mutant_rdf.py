"""What the RDF layer writes where the mutation run of issue 19 on kg/rdf found no test
(scripts/RESULTS-mutants.md, round 2): a day without its year typed xsd:gMonthDay, the
language of a readout not in English, ISO codes for states only, tenures flagged
uncertain, and N-Triples escapes read back.

Readouts written for this test, built into a real store on disk.
"""

from __future__ import annotations

import pytest

from kg.build import build
from kg.rdf.terms import lexical, literal
from kg.rdf.vocab import BASE, XSD
from kg.store.database import Store

EN = (
    "President Macron meets Chancellor Scholz\n\n"
    "On 9 May, President Emmanuel Macron met Chancellor Olaf Scholz in Paris.\n\n"
    "The two leaders discussed energy security and support for Ukraine.\n"
)
RU = (
    "Телефонный разговор с Президентом Казахстана Касым-Жомартом Токаевым\n\n"
    "Владимир Путин провёл телефонный разговор с Президентом Казахстана "
    "Касым-Жомартом Токаевым.\n"
)


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    base = tmp_path_factory.mktemp("rdf")
    inputs = base / "in"
    inputs.mkdir()
    (inputs / "en.txt").write_text(EN, encoding="utf-8")
    (inputs / "ru.txt").write_text(RU, encoding="utf-8")
    (inputs / "ru.json").write_text('{"published": "2024-05-08"}', encoding="utf-8")
    with Store(base / "kg") as s:
        summary = build([str(inputs)], s)
        assert not summary.failed and summary.added == 2
        yield s


def rows(store: Store, sparql: str) -> set[tuple]:
    return {tuple(r) for r in store.select(sparql)[1]}


def test_an_event_day_without_a_year_is_a_month_day_and_with_one_a_date(store):
    got = rows(
        store,
        "SELECT ?d (DATATYPE(?d) AS ?t) ?file WHERE { GRAPH ?g { ?e dcterms:date ?d ; "
        "prov:wasDerivedFrom ?r . ?r rk:sourceFile ?file } }",
    )
    assert {(d, t, f.rsplit("/", 1)[-1]) for d, t, f in got} == {
        ("--05-09", XSD + "gMonthDay", "en.txt"),
        ("2024-05-08", XSD + "date", "ru.txt"),
    }


def test_only_a_readout_not_in_english_states_its_language(store):
    got = rows(
        store,
        "SELECT ?file ?lang WHERE { GRAPH ?g { ?r rk:sourceFile ?file . "
        "OPTIONAL { ?r dcterms:language ?lang } } }",
    )
    assert {(f.rsplit("/", 1)[-1], lang) for f, lang in got} == {
        ("en.txt", None),
        ("ru.txt", "ru"),
    }


def test_states_have_their_iso_code_and_nothing_else_has_one(store):
    assert ("FRA",) in rows(store, f"SELECT ?c WHERE {{ <{BASE}state/FRA> rk:iso3 ?c }}")
    others = rows(store, "SELECT ?s WHERE { ?s rk:iso3 ?c . FILTER NOT EXISTS { ?s a rk:State } }")
    assert others == set()


def test_a_tenure_noted_uncertain_is_flagged_and_a_sure_one_is_not(store):
    """offices.tsv notes 'uncertain: ...' on tenures whose dates are not known exactly."""
    flagged = rows(
        store,
        "SELECT ?name WHERE { ?p rk:tenure ?t ; rdfs:label ?name . ?t rk:uncertain true }",
    )
    assert ("Edward Prado",) in flagged
    assert ("Michael Kozak",) in flagged  # "acting; uncertain: ...": the note's second part
    assert ("Emmanuel Macron",) not in flagged


@pytest.mark.parametrize("value", ['caf\u00e9 "q" \\ \n\t', "bell\x07 del\x7f", "\x01\x1f"])
def test_a_literal_escaped_for_n_triples_reads_back_the_same(value):
    assert lexical(literal(value)) == value


def test_long_unicode_escapes_are_read():
    assert lexical('"smile \\U0001F600 and \\u00E9"') == "smile \U0001f600 and \u00e9"
