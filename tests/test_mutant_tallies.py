"""Tone and framework tallies name both ends of their tie (issue 19: the seed-23 sample at
895e5dc dropped the rk:tieSubject / rk:tieObject of a tally and no test saw it).

The shipped examples built into a real store on disk.
"""

from __future__ import annotations

from conftest import EXAMPLES

from kg.build import build
from kg.store.database import Store


def test_each_tone_and_framework_tally_names_its_two_ends(tmp_path):
    with Store(tmp_path / "kg") as store:
        assert not build([str(EXAMPLES)], store).failed
        _, rows = store.select(
            "SELECT ?t (COUNT(DISTINCT ?s) AS ?subjects) (COUNT(DISTINCT ?o) AS ?objects) "
            "WHERE { GRAPH ?g { ?t a ?c . FILTER(?c IN (rk:ToneTally, rk:FrameworkTally)) "
            "OPTIONAL { ?t rk:tieSubject ?s } OPTIONAL { ?t rk:tieObject ?o } } } GROUP BY ?t"
        )
    assert rows, "the examples give tone tallies"
    assert all(int(s) == 1 and int(o) == 1 for _, s, o in rows)
