"""GEXF 1.3 files that the official schema accepts and networkx reads back; GraphML likewise."""

from __future__ import annotations

import io

import networkx as nx
import pytest
from click.testing import CliRunner
from conftest import SHARED, needs_dev
from goldens import gold_store, gold_store_path
from lxml import etree

from kg.analysis.gexf import schema, write_gexf
from kg.cli import main

__all__ = ["gold_store", "gold_store_path"]
XSD = SHARED / "schemas" / "gexf" / "1.3"
needs_xsd = pytest.mark.skipif(
    not (XSD / "gexf.xsd").exists(), reason="../shared/schemas/gexf is not beside the project"
)


@pytest.fixture(scope="module")
def gexf_schema():
    return schema(XSD)


def _valid(xsd, data: bytes) -> list[str]:
    doc = etree.parse(io.BytesIO(data))
    return [] if xsd.validate(doc) else [str(e) for e in xsd.error_log]


def _hostile_graph() -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    g.add_node(
        "a&b",
        label='Quote " and <tag> & ampersand\nnew line',
        type="State",
        readouts=3,
        big=2**40,
        share=0.5,
        flag=True,
        viz={"color": (1, 2, 3, 0.5), "size": 7.5},
        spells=[("2020-05-08", "2020-05-08"), ("2021-01-02", "2021-01-02")],
        offices=["President (2013–)", "Chair"],
        missing=None,
    )
    g.add_node("ctrl", label="bell\x07 and tab\t", type="Person", readouts=1)
    g.add_edge(
        "a&b",
        "ctrl",
        key="x",
        relation="praises",
        weight=2,
        kind="praises",
        polarity=1,
        score=float("nan"),
        viz={"color": (0, 158, 115), "thickness": 2},
    )
    g.add_edge(
        "a&b",
        "ctrl",
        key="y",
        relation="opposes",
        weight=1,
        kind="opposes",
        polarity=-1,
        score=float("inf"),
        spells=[("2022-01-01", "2022-01-01")],
    )
    return g


@needs_xsd
def test_writer_output_passes_the_gexf_13_schema_and_reads_back(gexf_schema):
    buf = io.BytesIO()
    write_gexf(_hostile_graph(), buf, description="test & <check>")
    assert _valid(gexf_schema, buf.getvalue()) == []
    back = nx.read_gexf(io.BytesIO(buf.getvalue()))
    assert back.number_of_nodes() == 2 and back.number_of_edges() == 2
    a = back.nodes["a&b"]
    assert a["label"] == 'Quote " and <tag> & ampersand\nnew line'
    assert a["readouts"] == 3 and a["big"] == 2**40 and a["flag"] is True
    assert a["offices"] == "President (2013–); Chair"
    assert a["spells"] == [("2020-05-08", "2020-05-08"), ("2021-01-02", "2021-01-02")]
    assert back.nodes["ctrl"]["label"] == "bell and tab\t"
    kinds = {d["relation"]: d for _, _, d in back.edges(data=True)}
    assert kinds["praises"]["weight"] == 2.0 and kinds["opposes"]["polarity"] == -1
    assert back.graph["mode"] == "dynamic"


@needs_xsd
def test_a_graph_without_time_is_static_and_still_valid(gexf_schema):
    g = nx.Graph()
    g.add_edge(1, 2, weight=3)
    buf = io.BytesIO()
    write_gexf(g, buf)
    assert _valid(gexf_schema, buf.getvalue()) == []
    text = buf.getvalue().decode()
    assert 'mode="static"' in text and 'defaultedgetype="undirected"' in text


@needs_xsd
def test_networkx_own_writer_fails_the_schema(gexf_schema):
    """Why kg writes GEXF itself: check rather than trust."""
    g = nx.DiGraph()
    g.add_node("a", label="A", viz={"color": {"r": 1, "g": 2, "b": 3, "a": 1.0}})
    g.add_edge("a", "b", weight=1.0)
    buf = io.BytesIO()
    nx.write_gexf(g, buf, version="1.3")
    errors = " ".join(_valid(gexf_schema, buf.getvalue()))
    assert "'name' is not allowed" in errors
    assert "w3.org/2001/XMLSchema-instance}schemaLocation" in errors


@needs_dev
@needs_xsd
@pytest.mark.parametrize("graph", ["actor", "state", "bipartite"])
@pytest.mark.parametrize("edges", ["relation", "pair"])
def test_every_exported_gexf_validates_and_reads_back(
    gold_store, tmp_path, gexf_schema, graph, edges
):
    out = tmp_path / f"{graph}-{edges}.gexf"
    result = CliRunner().invoke(
        main,
        [
            "export",
            "--store",
            str(gold_store.path),
            "--format",
            "gexf",
            "--graph",
            graph,
            "--edges",
            edges,
            str(out),
        ],
    )
    assert result.exit_code == 0, result.output
    assert _valid(gexf_schema, out.read_bytes()) == []
    g = nx.read_gexf(out)
    assert g.number_of_nodes() > 10 and g.number_of_edges() > 10
    types = {d["type"] for _, d in g.nodes(data=True)}
    assert types <= {"Person", "State", "Organization"}
    if graph == "state":
        assert (
            "Person" not in types or len([t for _, t in g.nodes(data="type") if t == "Person"]) < 5
        )
    # dynamic: nodes and edges carry spells from the readout dates
    assert g.graph["mode"] == "dynamic"
    spells = [s for *_, d in g.edges(data=True) for s in d.get("spells", [])]
    assert spells and all(len(a) == 10 and a == b for a, b in spells)
    root = etree.parse(str(out)).getroot()
    colours = root.findall(".//{http://gexf.net/1.3}node/{http://gexf.net/1.3}color")
    assert len(colours) == g.number_of_nodes()


@needs_dev
def test_relation_edges_carry_relation_weight_polarity_dates_and_readouts(gold_store, tmp_path):
    from kg.analysis.export import export

    out = tmp_path / "g.gexf"
    export(gold_store, "gexf", out)
    g = nx.read_gexf(out)
    edges = [
        (s, t, d)
        for s, t, d in g.edges(data=True)
        if s == "person/cyril-ramaphosa" and t == "person/xi-jinping"
    ]
    relations = {d["relation"]: d for *_, d in edges}
    assert "congratulates" in relations
    c = relations["congratulates"]
    assert c["polarity"] == 1 and c["weight"] == 1.0 and c["readouts"] == 1
    assert c["first"] == c["last"] == "2023-04-12"
    assert c["spells"] == [("2023-04-12", "2023-04-12")]
    xi = g.nodes["person/xi-jinping"]
    assert xi["label"] == "Xi Jinping" and xi["type"] == "Person"
    assert xi["country"] == "China" and "President" in xi["offices"]
    assert xi["iri"] == "https://w3id.org/readout-kg/id/person/xi-jinping"


@needs_dev
def test_graphml_reads_back_with_scalar_attributes(gold_store, tmp_path):
    from kg.analysis.export import export

    out = tmp_path / "g.graphml"
    export(gold_store, "graphml", out, graph="actor", edges="pair")
    etree.parse(str(out))  # well-formed XML
    g = nx.read_graphml(out)
    assert g.number_of_edges() > 10
    e = next(d for s, t, d in g.edges(data=True) if s == "state/CHN" and t == "state/ZAF")
    assert e["weight"] >= 1 and -1 <= e["polarity"] <= 1 and e["color"].startswith("#")
    assert g.nodes["state/CHN"]["label"] == "China"


@needs_dev
def test_csv_export_lists_labelled_edges(gold_store, tmp_path):
    import csv

    from kg.analysis.export import export

    out = tmp_path / "edges.csv"
    export(gold_store, "csv", out)
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert {"source", "target", "source_label", "target_label", "relation", "weight"} <= set(
        rows[0]
    )
    assert any(
        r["source_label"] == "Cyril Ramaphosa"
        and r["relation"] == "congratulates"
        and r["target_label"] == "Xi Jinping"
        for r in rows
    )


@needs_dev
def test_export_errors_are_one_line_and_leave_no_file(gold_store, tmp_path):
    from kg.analysis.export import export
    from kg.errors import KgError

    out = tmp_path / "bad.gexf"
    with pytest.raises(KgError, match="not a date"):
        export(gold_store, "gexf", out, since="last year")
    assert not out.exists() and not list(tmp_path.iterdir())
