"""State IRIs are the documented ``.../id/state/<ISO3>``, upper case (issue 19's mutants).

Minting them lower-case kept every other test green: the readout graphs, the background
and the ties all agreed with each other, only not with ontology/README.md, nor with data
another tool links to by ISO code. This test asks a built store for the IRIs themselves.
"""

from __future__ import annotations

from kg.build import build
from kg.rdf.vocab import BASE
from kg.store.database import Store

from conftest import EXAMPLES


def test_states_are_named_by_their_upper_case_iso3_code(tmp_path):
    with Store(tmp_path / "kg") as store:
        assert not build([str(EXAMPLES)], store).failed
        _, rows = store.select(
            "SELECT DISTINCT ?state WHERE { ?c a rk:Claim ; rdf:subject|rdf:object ?state . "
            '?state rdfs:label ?name . FILTER(?name IN ("Germany", "Australia", "Russia")) }'
        )
    got = {row[0] for row in rows}
    assert got == {f"{BASE}state/{code}" for code in ("DEU", "AUS", "RUS")}
