#!/usr/bin/env python3
"""Benchmark: kg validate's SHACL check, pySHACL (old) against SPARQL in the store (new).

    python scripts/bench_validate.py [--sizes 1000 10000 100000] [--old-max 1000]
                                     [--work DIR] [--results FILE]

Stores are made quickly from real readout graphs: the dev corpus
(../shared/corpus/dev, else examples/) is built once with kg build; then readout k
of a store of n is a copy of template readout k mod T, its own IRIs (readout, claim,
statement, event) suffixed with the copy number and its dates moved by a few years,
bulk-loaded; the summaries (ties and engagements) are then rebuilt from them, so
the store is one kg build would make. Each timing runs in a fresh process:

  old    pySHACL on every readout graph with its background facts, one at a time
         (kg validate before this change), sizes up to --old-max
  new    kg.analysis.validate.validate: every shape as SPARQL over the whole store
  cli    the whole `kg validate` (shapes, then the summaries checked against the
         readout graphs)

Figures go to stdout and, as Markdown, to --results.
"""

from __future__ import annotations

import argparse
import io
import json
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "corpus" / "dev"
OWN_IRI = re.compile(r"(/id/(?:readout|claim|statement|event)/[0-9a-f]+)>")
DATE = re.compile(r'"(\d{4})-(\d\d-\d\d)"\^\^<http://www.w3.org/2001/XMLSchema#date>')
GRAPH = re.compile(r"(<[^<>]*>) \.$")
BATCH = 2000  # readouts per bulk load


def template(work: Path) -> tuple[dict[str, list[str]], list[list[str]]]:
    """The template store's N-Quads: derived graphs by name, and each readout graph's lines."""
    sys.path.insert(0, str(ROOT))
    from kg.build import build
    from kg.ingest.metadata import load_meta
    from kg.store.database import Store

    path = work / "template"
    if not path.exists():
        inputs = DEV / "texts" if DEV.exists() else ROOT / "examples"
        meta = load_meta(DEV / "meta.jsonl") if DEV.exists() else None
        with Store(path) as store:
            build([str(inputs)], store, metadata=meta)
    out = io.BytesIO()
    with Store(path, read_only=True) as store:
        store.dump(out, "nq")
    graphs: dict[str, list[str]] = {}
    for line in out.getvalue().decode("utf-8").splitlines():
        m = GRAPH.search(line)
        if m:
            graphs.setdefault(m[1][1:-1], []).append(line + "\n")
    readouts = [lines for g, lines in sorted(graphs.items()) if "/readout/" in g]
    others = {g: lines for g, lines in graphs.items() if "/readout/" not in g}
    return others, readouts


def copy_of(lines: list[str], k: int) -> str:
    text = "".join(lines)
    text = OWN_IRI.sub(lambda m: f"{m[1]}-{k}>", text)
    shift = k % 12

    def moved(m: re.Match) -> str:
        md = "02-28" if m[2] == "02-29" else m[2]
        return f'"{int(m[1]) + shift}-{md}"^^<http://www.w3.org/2001/XMLSchema#date>'

    return DATE.sub(moved, text)


def make_store(work: Path, n: int) -> Path:
    """A store of ``n`` readouts (made once and reused)."""
    sys.path.insert(0, str(ROOT))
    from kg.rdf.vocab import BACKGROUND
    from kg.store.database import Store
    from kg.summaries import tracker

    path = work / f"store-{n}"
    if (work / f"store-{n}.complete").exists():
        return path
    shutil.rmtree(path, ignore_errors=True)
    others, readouts = template(work)
    t0 = time.perf_counter()
    with Store(path) as store:
        store.add_nquads("".join(others[BACKGROUND]).encode("utf-8"))
        for start in range(0, n, BATCH):
            body = "".join(
                copy_of(readouts[k % len(readouts)], k) for k in range(start, min(n, start + BATCH))
            )
            store.add_nquads(body.encode("utf-8"))
        tracker.rebuild(store)
        store.flush()
    print(f"made {path}: {n} readouts in {time.perf_counter() - t0:.1f} s", flush=True)
    (work / f"store-{n}.complete").write_text("done")
    return path


# -- steps, each in its own process ------------------------------------------------------
def step(name: str, path: str) -> dict:
    sys.path.insert(0, str(ROOT))
    from kg.analysis import validate as v
    from kg.store.database import Store

    t0 = time.perf_counter()
    with Store(path, read_only=True) as store:
        n = len(store.readout_graphs())
        if name == "old":
            bad = sum(1 for _, ok, _ in v.reference_store(store) if not ok)
        else:
            bad = len(v.validate(store))
    secs = time.perf_counter() - t0
    return {"readouts": n, "seconds": secs, "violations": bad, "peak_mb": peak_mb()}


def step_cli(path: str) -> dict:
    t0 = time.perf_counter()
    done = subprocess.run(
        [str(Path(sys.executable).parent / "kg"), "validate", "--store", path],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    secs = time.perf_counter() - t0
    tail = done.stdout.strip().splitlines()[-3:]
    return {"seconds": secs, "exit": done.returncode, "tail": tail}


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_child(*args: str) -> dict:
    out = subprocess.run(
        [sys.executable, __file__, "--child", *args], capture_output=True, text=True, check=True
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def markdown(rows: list[dict]) -> str:
    lines = [
        "| readouts | quads | old (pySHACL) | new (SPARQL) | speed-up | new per readout "
        "| new peak memory | kg validate (all) |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in rows:
        old = r.get("old")
        new = r["new"]
        lines.append(
            f"| {r['n']:,} | {r['quads']:,} | "
            + (f"{old['seconds']:.1f} s" if old else "not run")
            + f" | {new['seconds']:.1f} s | "
            + (f"{old['seconds'] / new['seconds']:.0f}x" if old else "")
            + f" | {1000 * new['seconds'] / r['n']:.2f} ms | {new['peak_mb']:.0f} MB "
            + f"| {r['cli']['seconds']:.1f} s (exit {r['cli']['exit']}) |"
        )
    return "\n".join(lines) + "\n"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", nargs="+", type=int, default=[1000, 10000])
    ap.add_argument("--old-max", type=int, default=1000)
    ap.add_argument("--work", type=Path)
    ap.add_argument("--results", type=Path)
    ap.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        name, path = args.child
        print(json.dumps(step_cli(path) if name == "cli" else step(name, path)))
        return 0
    work = args.work or Path(tempfile.mkdtemp(prefix="bench-validate-"))
    work.mkdir(parents=True, exist_ok=True)
    rows = []
    for n in args.sizes:
        path = str(make_store(work, n))
        sys.path.insert(0, str(ROOT))
        from kg.store.database import Store

        with Store(path, read_only=True) as store:
            row = {"n": n, "quads": len(store)}
        if n <= args.old_max:
            row["old"] = run_child("old", path)
            print(f"{n}: old {row['old']}", flush=True)
        row["new"] = run_child("new", path)
        print(f"{n}: new {row['new']}", flush=True)
        row["cli"] = run_child("cli", path)
        print(f"{n}: kg validate {row['cli']}", flush=True)
        rows.append(row)
    text = markdown(rows)
    print(text)
    if args.results:
        args.results.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
