"""Chinese and Russian readouts (written for the project, tests/data/languages) in the graph:
their sentences keep their language, their actors are the English gazetteer's IRIs, and the
graphs conform to the shapes."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pyshacl
from click.testing import CliRunner
from rdflib import Dataset, Graph

from kg.cli import main
from kg.resources import ontology_file

LANGUAGES = Path(__file__).parent / "data" / "languages"


def _build(tmp_path: Path) -> tuple[CliRunner, Path]:
    inputs = tmp_path / "in"
    inputs.mkdir()
    for lang in ("zh", "ru"):
        shutil.copy(LANGUAGES / f"{lang}.txt", inputs / f"{lang}.txt")
    meta = tmp_path / "meta.jsonl"
    rows = [
        {"file": "zh.txt", "publisher": "Xinhua News Agency", "published": "2021-04-13"},
        {"file": "ru.txt", "publisher": "Kremlin", "published": "2021-04-13"},
    ]
    meta.write_text("".join(json.dumps(r) + "\n" for r in rows), "utf-8")
    store = tmp_path / "store"
    runner = CliRunner()
    out = runner.invoke(main, ["build", str(inputs), "--store", str(store), "--meta", str(meta)])
    assert out.exit_code == 0, out.output
    assert "kept 2" in out.output, out.output
    return runner, store


def _rows(runner: CliRunner, store: Path, query: str) -> list[dict]:
    out = runner.invoke(main, ["query", "--store", str(store), query, "--format", "json"])
    assert out.exit_code == 0, out.output
    return json.loads(out.output)


def test_native_readouts_validate_and_keep_their_language(tmp_path):
    runner, store = _build(tmp_path)
    checked = runner.invoke(main, ["validate", "--store", str(store)])
    assert checked.exit_code == 0, checked.output
    assert "2 readout graphs checked, 0 with violations" in checked.output
    langs = _rows(runner, store, "SELECT DISTINCT (lang(?s) AS ?l) WHERE { ?c rk:sentence ?s }")
    assert sorted(r["l"] for r in langs) == ["ru", "zh"]
    titles = _rows(runner, store, "SELECT ?r ?l WHERE { ?r dcterms:language ?l }")
    assert sorted(r["l"] for r in titles) == ["ru", "zh"]


def test_native_readout_graphs_conform_to_the_shapes_by_pyshacl(tmp_path):
    """The reference validator on each readout graph as exported, whatever kg validate uses."""
    runner, store = _build(tmp_path)
    dump = tmp_path / "all.nq"
    out = runner.invoke(main, ["export", "--store", str(store), "--format", "nq", str(dump)])
    assert out.exit_code == 0, out.output
    data = Dataset()
    data.parse(dump, format="nquads")
    shapes = Graph().parse(str(ontology_file("shapes.ttl")), format="turtle")
    graphs = [g for g in data.graphs() if "/readout/" in str(g.identifier)]
    assert len(graphs) == 2
    for g in graphs:
        plain = Graph()
        for t in g:
            plain.add(t)
        conforms, _, text = pyshacl.validate(plain, shacl_graph=shapes)
        assert conforms, text


def test_native_participants_are_the_english_gazetteers_actors(tmp_path):
    runner, store = _build(tmp_path)
    rows = _rows(
        runner,
        store,
        "SELECT DISTINCT ?who WHERE { ?ev rk:participant ?p . ?p rdfs:label ?who } ORDER BY ?who",
    )
    assert [r["who"] for r in rows] == [
        "Cyril Ramaphosa",
        "Kassym-Jomart Tokayev",
        "Vladimir Putin",
        "Xi Jinping",
    ]
