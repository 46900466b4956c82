"""kg validate must find a broken readout graph in the store (issue 19's mutants).

Since kg validate runs the shapes as SPARQL inside the store, a mutant making those
checks find nothing passed every test: test_shacl_violations exercises pySHACL on
rdflib graphs, and the ties test breaks the ties graph, not a readout graph.
"""

from __future__ import annotations

from click.testing import CliRunner
from conftest import EXAMPLES

from kg.build import build
from kg.cli import main
from kg.rdf.vocab import ONT
from kg.store import terms as ox
from kg.store.database import Store

SENTENCE = ox.NamedNode(ONT + "sentence")


def test_kg_validate_fails_once_a_stored_claim_loses_its_sentence(tmp_path):
    path = tmp_path / "kg"
    with Store(path) as store:
        assert not build([str(EXAMPLES)], store).failed
    ok = CliRunner().invoke(main, ["validate", "--store", str(path)])
    assert ok.exit_code == 0, ok.output
    with Store(path) as store:
        quad = next(iter(store.quads_for_pattern(None, SENTENCE, None, None)))
        store.swap_quads([quad], [])
    bad = CliRunner().invoke(main, ["validate", "--store", str(path)])
    assert bad.exit_code == 1, bad.output
    assert quad.subject.value in bad.output and "sentence" in bad.output
