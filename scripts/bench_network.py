#!/usr/bin/env python3
"""Benchmark: projections and GEXF export of a large store, against networkx's own writer.

    python scripts/bench_network.py [--readouts 100000] [--keep DIR] [--results FILE]

Builds a synthetic store straight from RDF quads in the shape ``kg.rdf.graphs``
gives a readout graph (readout, engagement, participants, relation triples
with their rk:Claim, a statement, topics, actor types) plus a background
graph of actor labels and tenures; the extractor is not involved. Then each
step runs in a fresh process, so its time and peak memory (max RSS) are its
own:

  load         kg.analysis.network.load: actors, assertions, participants, tenures
  projections  load + relation graph, weighted digraph, state roll-up, bipartite
  gexf-kg      load + relation graph + kg.analysis.gexf.write_gexf (this project's writer)
  gexf-nx      load + relation graph + networkx.write_gexf(version="1.3")
  validate-*   lxml validation of each file against the GEXF 1.3 XSD

Figures go to stdout (and to --results as Markdown).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
XSD = ROOT.parent / "shared" / "schemas" / "gexf" / "1.3"
RELATIONS = [
    ("cooperatesWith", 30),
    ("supports", 12),
    ("cooperatesVia", 12),
    ("thanks", 6),
    ("invites", 5),
    ("praises", 5),
    ("congratulates", 5),
    ("assists", 4),
    ("criticizes", 4),
    ("opposes", 3),
    ("urges", 2),
    ("visits", 4),
    ("hosts", 3),
    ("condoles", 2),
    ("memberOf", 3),
]


def rss_mb() -> float:
    """Peak resident memory of this process image (VmHWM: unlike ru_maxrss, reset by exec)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# -- the synthetic store -------------------------------------------------------------


def build_store(path: Path, readouts: int, seed: int = 7) -> dict:
    import pyoxigraph as ox

    from kg.rdf.vocab import BACKGROUND, BASE, ONT
    from kg.store.database import Store

    rnd = random.Random(seed)
    N = ox.NamedNode
    RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    RDFS = "http://www.w3.org/2000/01/rdf-schema#"
    DCT = "http://purl.org/dc/terms/"
    PROV = "http://www.w3.org/ns/prov#"
    SKOS = "http://www.w3.org/2004/02/skos/core#"
    XSD_DATE = N("http://www.w3.org/2001/XMLSchema#date")
    XSD_INT = N("http://www.w3.org/2001/XMLSchema#integer")
    a, label, pref = N(RDF + "type"), N(RDFS + "label"), N(SKOS + "prefLabel")

    def rk(x):
        return N(ONT + x)

    states = [(N(f"{BASE}state/S{i:03d}"), f"State {i}") for i in range(200)]
    people = [(N(f"{BASE}person/p{i:04d}"), f"Person {i}", i % 200) for i in range(1500)]
    orgs = [(N(f"{BASE}org/o{i:03d}"), f"Organisation {i}") for i in range(100)]
    topics = [(N(f"{BASE}topic/t{i:03d}"), f"topic {i}") for i in range(300)]
    bg = N(BACKGROUND)
    count = [0]

    def quads():
        out = []
        for iri, name in states:
            out += [ox.Quad(iri, a, rk("State"), bg), ox.Quad(iri, label, ox.Literal(name), bg)]
        for iri, name in orgs:
            out += [
                ox.Quad(iri, a, rk("Organization"), bg),
                ox.Quad(iri, label, ox.Literal(name), bg),
            ]
        for i, (iri, name, s) in enumerate(people):
            t = N(f"{BASE}tenure/t{i:04d}")
            start = f"{2008 + i % 12}-01-20"
            out += [
                ox.Quad(iri, a, rk("Person"), bg),
                ox.Quad(iri, label, ox.Literal(name), bg),
                ox.Quad(iri, rk("country"), states[s][0], bg),
                ox.Quad(iri, rk("tenure"), t, bg),
                ox.Quad(t, a, rk("Tenure"), bg),
                ox.Quad(t, rk("office"), ox.Literal("President"), bg),
                ox.Quad(t, rk("officeOf"), states[s][0], bg),
                ox.Quad(t, rk("startDate"), ox.Literal(start, datatype=XSD_DATE), bg),
            ]
        count[0] += len(out)
        yield from out
        out.clear()
        rel_names = [r for r, _ in RELATIONS]
        rel_weights = [w for _, w in RELATIONS]
        for r in range(readouts):
            g = N(f"{BASE}readout/r{r:07d}")
            ev = N(f"{BASE}event/r{r:07d}")
            day = f"{2010 + r % 15}-{1 + r % 12:02d}-{1 + r % 28:02d}"
            p1, p2 = rnd.sample(people, 2)
            out += [
                ox.Quad(g, a, rk("Readout"), g),
                ox.Quad(g, N(DCT + "publisher"), ox.Literal(f"Ministry {p1[2] % 40}"), g),
                ox.Quad(g, N(DCT + "issued"), ox.Literal(day, datatype=XSD_DATE), g),
                ox.Quad(g, rk("inputHash"), ox.Literal(f"{r:064x}"), g),
                ox.Quad(g, rk("extractorVersion"), ox.Literal("bench"), g),
                ox.Quad(g, rk("describes"), ev, g),
                ox.Quad(ev, a, rk(rnd.choice(["PhoneCall", "Meeting", "Visit"])), g),
                ox.Quad(ev, N(PROV + "wasDerivedFrom"), g, g),
                ox.Quad(ev, N(DCT + "date"), ox.Literal(day, datatype=XSD_DATE), g),
                ox.Quad(ev, rk("participant"), p1[0], g),
                ox.Quad(ev, rk("participant"), p2[0], g),
            ]
            for t, name in rnd.sample(topics, 2):
                out += [
                    ox.Quad(ev, rk("topic"), t, g),
                    ox.Quad(t, a, rk("Topic"), g),
                    ox.Quad(t, pref, ox.Literal(name), g),
                ]
            s1, s2 = states[p1[2]][0], states[p2[2]][0]
            triples = [(p1[0], "leaderOf", s1), (p2[0], "leaderOf", s2)]
            for rel in rnd.choices(rel_names, rel_weights, k=4):
                if rel in ("cooperatesVia", "memberOf"):
                    triples.append((rnd.choice([s1, s2]), rel, rnd.choice(orgs)[0]))
                else:
                    x, y = rnd.choice([(p1[0], p2[0]), (p2[0], p1[0]), (s1, s2), (s2, s1)])
                    triples.append((x, rel, y))
            for n, (s, rel, o) in enumerate(dict.fromkeys(triples)):
                c = N(f"{BASE}claim/r{r:07d}c{n}")
                out += [
                    ox.Quad(s, rk(rel), o, g),
                    ox.Quad(c, a, rk("Claim"), g),
                    ox.Quad(c, N(RDF + "subject"), s, g),
                    ox.Quad(c, N(RDF + "predicate"), rk(rel), g),
                    ox.Quad(c, N(RDF + "object"), o, g),
                    ox.Quad(c, N(PROV + "wasDerivedFrom"), g, g),
                    ox.Quad(
                        c,
                        rk("sentence"),
                        ox.Literal(f"Sentence {n} of readout {r}, where an actor does a thing."),
                        g,
                    ),
                    ox.Quad(c, rk("charStart"), ox.Literal(str(100 * n), datatype=XSD_INT), g),
                    ox.Quad(c, rk("charEnd"), ox.Literal(str(100 * n + 60), datatype=XSD_INT), g),
                    ox.Quad(c, rk("rule"), ox.Literal("bench"), g),
                    ox.Quad(c, rk("modality"), ox.Literal("asserted"), g),
                ]
            st = N(f"{BASE}statement/r{r:07d}")
            out += [
                ox.Quad(st, a, rk("Statement"), g),
                ox.Quad(st, rk("speaker"), p1[0], g),
                ox.Quad(st, rk("act"), ox.Literal("say"), g),
                ox.Quad(st, rk("opening"), ox.Literal("He said that the two sides"), g),
                ox.Quad(st, rk("charStart"), ox.Literal("0", datatype=XSD_INT), g),
                ox.Quad(st, rk("charEnd"), ox.Literal("50", datatype=XSD_INT), g),
                ox.Quad(st, N(PROV + "wasDerivedFrom"), g, g),
            ]
            for iri in {p1[0], p2[0]}:
                out.append(ox.Quad(iri, a, rk("Person"), g))
            for iri in {s1, s2}:
                out.append(ox.Quad(iri, a, rk("State"), g))
            count[0] += len(out)
            yield from out
            out.clear()

    store = Store(path)
    store.bulk_add(quads())  # benchmark set-up only: the library writes graph by graph
    store.close()
    return {"quads": count[0]}


# -- the steps, each in its own process ---------------------------------------------------


def _relation_graph(store):
    from kg.analysis import network as net
    from kg.analysis.export import _relabel, for_gephi

    t = time.perf_counter()
    data = net.load(store)
    t_load = time.perf_counter() - t
    t = time.perf_counter()
    g = _relabel(net.relation_graph(data), data)
    t_graph = time.perf_counter() - t
    return data, g, for_gephi(g), t_load, t_graph


def step(name: str, store_path: str, out: str) -> dict:
    from kg.store.database import Store

    res: dict = {"step": name}
    with Store(store_path, read_only=True) as store:
        if name == "load":
            from kg.analysis import network as net

            t = time.perf_counter()
            data = net.load(store)
            res.update(
                seconds=time.perf_counter() - t,
                assertions=len(data.assertions),
                actors=len(data.actors),
                readouts=len(data.dates),
            )
        elif name == "projections":
            from kg.analysis import network as net

            t = time.perf_counter()
            data = net.load(store)
            res["load_s"] = time.perf_counter() - t
            for proj, fn in (
                ("relation graph", net.relation_graph),
                ("weighted digraph", net.weighted_digraph),
                ("state roll-up", net.state_graph),
                ("bipartite", net.bipartite_graph),
            ):
                t = time.perf_counter()
                g = fn(data)
                res[f"{proj}_s"] = time.perf_counter() - t
                res[f"{proj}_size"] = f"{g.number_of_nodes()} nodes, {g.number_of_edges()} edges"
        elif name in ("gexf-kg", "gexf-nx"):
            data, g, gephi, t_load, t_graph = _relation_graph(store)
            res.update(
                load_s=t_load,
                graph_s=t_graph,
                rss_before_write_mb=rss_mb(),
                nodes=gephi.number_of_nodes(),
                edges=gephi.number_of_edges(),
            )
            t = time.perf_counter()
            if name == "gexf-kg":
                from kg.analysis.gexf import write_gexf

                write_gexf(gephi, out, description="bench")
            else:
                import networkx as nx

                # the same graph in networkx's conventions: colour dicts, no missing values
                nxg = gephi.__class__()
                for n, d in gephi.nodes(data=True):
                    r, gg, b = d["viz"]["color"]
                    d = {k: v for k, v in d.items() if v is not None}
                    nxg.add_node(
                        n,
                        **{
                            **d,
                            "viz": {
                                "color": {"r": r, "g": gg, "b": b, "a": 1.0},
                                "size": d["viz"]["size"],
                            },
                        },
                    )
                for s, t_, k, d in gephi.edges(keys=True, data=True):
                    r, gg, b = d["viz"]["color"]
                    d = {k: v for k, v in d.items() if v is not None}
                    nxg.add_edge(
                        s, t_, key=k, **{**d, "viz": {"color": {"r": r, "g": gg, "b": b, "a": 1.0}}}
                    )
                del gephi
                t = time.perf_counter()
                nx.write_gexf(nxg, out, version="1.3")
            res.update(write_s=time.perf_counter() - t, bytes=os.path.getsize(out))
    res["max_rss_mb"] = rss_mb()
    return res


def validate(path: str) -> dict:
    """Validate while parsing, stopping at the first error (an invalid file has thousands)."""
    from lxml import etree

    t = time.perf_counter()
    schema = etree.XMLSchema(etree.parse(str(XSD / "gexf.xsd")))
    parser = etree.XMLParser(schema=schema, huge_tree=True)
    try:
        etree.parse(path, parser)
        ok, first = True, ""
    except etree.XMLSyntaxError as exc:
        ok, first = False, str(exc)
    return {
        "step": f"validate {Path(path).name}",
        "valid": ok,
        "seconds": time.perf_counter() - t,
        "first_error": first[:300],
        "max_rss_mb": rss_mb(),
    }


def run_child(*args: str) -> dict:
    proc = subprocess.run(
        [sys.executable, __file__, "--child", *args], capture_output=True, text=True, check=False
    )
    if proc.returncode != 0:
        raise SystemExit(f"step {args[0]} failed:\n{proc.stderr}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--readouts", type=int, default=100_000)
    ap.add_argument(
        "--keep", type=Path, help="Build the store here and keep it (reused if present)."
    )
    ap.add_argument("--results", type=Path, help="Also write the figures as Markdown here.")
    ap.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        kind, *rest = args.child
        if kind == "build":
            t = time.perf_counter()
            info = build_store(Path(rest[0]), int(rest[1]))
            print(json.dumps({**info, "seconds": time.perf_counter() - t, "max_rss_mb": rss_mb()}))
        else:
            print(json.dumps(validate(rest[0]) if kind == "validate" else step(kind, *rest)))
        return 0

    tmp = tempfile.TemporaryDirectory(prefix="bench-network-")
    work = Path(tmp.name)
    store_path = args.keep or work / "store"
    lines = [f"# Network benchmark: {args.readouts:,} synthetic readouts", ""]
    if not (store_path / "CURRENT").exists():
        info = run_child("build", str(store_path), str(args.readouts))
        lines.append(
            f"store built from {info['quads']:,} quads in {info['seconds']:.1f} s "
            f"(set-up, not measured below)"
        )
    du = sum(f.stat().st_size for f in Path(store_path).rglob("*") if f.is_file())
    lines += [f"store on disk: {du / 2**20:.0f} MiB", ""]
    print("\n".join(lines), flush=True)
    results = []
    for kind in ("load", "projections", "gexf-kg", "gexf-nx"):
        out = str(work / f"{kind}.gexf")
        r = run_child(kind, str(store_path), out)
        results.append(r)
        print(json.dumps(r), flush=True)
        if kind.startswith("gexf"):
            v = run_child("validate", out)
            results.append(v)
            print(json.dumps(v), flush=True)
    table = ["| step | time | peak RSS | notes |", "|---|---:|---:|---|"]
    for r in results:
        if r["step"] == "load":
            table.append(
                f"| load (SPARQL → assertions) | {r['seconds']:.1f} s | "
                f"{r['max_rss_mb']:.0f} MB | {r['assertions']:,} assertions, "
                f"{r['readouts']:,} readouts, {r['actors']:,} actors |"
            )
        elif r["step"] == "projections":
            for proj in ("relation graph", "weighted digraph", "state roll-up", "bipartite"):
                table.append(f"| {proj} | {r[proj + '_s']:.1f} s | | {r[proj + '_size']} |")
            table.append(
                f"| (all four, with load) | {r['load_s']:.1f} s load | {r['max_rss_mb']:.0f} MB | |"
            )
        elif r["step"].startswith("gexf"):
            who = "kg write_gexf" if r["step"] == "gexf-kg" else "networkx.write_gexf 1.3"
            table.append(
                f"| write GEXF: {who} | {r['write_s']:.1f} s | {r['max_rss_mb']:.0f} MB "
                f"(before writing {r['rss_before_write_mb']:.0f} MB) | "
                f"{r['bytes'] / 2**20:.1f} MiB, {r['nodes']:,} nodes, "
                f"{r['edges']:,} edges |"
            )
        else:
            verdict = "valid" if r["valid"] else f"INVALID (first error: {r['first_error']})"
            table.append(
                f"| {r['step']} against the GEXF 1.3 XSD | {r['seconds']:.1f} s | "
                f"{r['max_rss_mb']:.0f} MB | {verdict} |"
            )
    print("\n".join(table))
    if args.results:
        args.results.write_text("\n".join(lines + table) + "\n", encoding="utf-8")
    tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
