#!/usr/bin/env python3
"""Benchmark: building, rebuilding and querying stores of 1,000 to 100,000 readouts.

    python scripts/bench_store.py [--sizes 1000 10000 100000] [--jobs 2] [--work DIR]
                                  [--rdflib-max 10000] [--results FILE]

Readouts are generated from the dev corpus (../shared/corpus/dev/texts) by
varying each text: other states' names swapped in, the dates moved, the
paragraphs after the lead shuffled; each gets a sidecar with its publication
date, publisher and a URL of its own. Then, each step in a fresh process so
its time and peak memory (max RSS) are its own:

  build     kg.build.build into an empty store on disk (extraction included),
            with the time spent extracting (CPU, summed over workers) and writing,
            and the building process's own CPU with its RocksDB (compaction) share
  rebuild   the same build again: nothing changed, nothing written
  jobs1     (with --compare-jobs) the first build again with --jobs 1
  replay    store alone: every readout graph of the built store written into a
            fresh store, one transaction per graph, no extraction
  queries   every named query on the store on disk: first run and best of 3
  rdflib    the same queries on rdflib's in-memory Dataset (union default graph)
            holding the same quads, as the baseline (sizes up to --rdflib-max)

Figures go to stdout and, as Markdown, to --results.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import signal
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "corpus" / "dev"
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
DAY_MONTH = re.compile(r"\b([0-3]?\d) (" + "|".join(MONTHS) + r")\b")
MONTH_DAY = re.compile(r"\b(" + "|".join(MONTHS) + r") ([0-3]?\d)\b")


# -- generating readouts ------------------------------------------------------------
def _states() -> list[str]:
    sys.path.insert(0, str(ROOT))
    from kg.resources import data_file, read_tsv

    return [
        r["name"]
        for r in read_tsv(data_file("gazetteer", "states.tsv"))
        if r.get("status") == "member" and " " not in r["name"]
    ]


def _bases() -> list[dict]:
    meta = {}
    for line in (DEV / "meta.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            meta[row["file"]] = row
    out = []
    for f in sorted((DEV / "texts").glob("*.txt")):
        m = meta.get(f.name, {})
        out.append(
            {
                "text": f.read_text(encoding="utf-8"),
                "published": m.get("published"),
                "publisher": m.get("publisher"),
                "title": m.get("title"),
            }
        )
    return out


def generate(folder: Path, n: int) -> Path:
    """``n`` readouts (and sidecars) under ``folder``, made once and reused."""
    done = folder / ".complete"
    if done.exists() and done.read_text() == str(n):
        return folder
    bases, states = _bases(), _states()
    present = []
    for b in bases:
        names = [s for s in states if re.search(rf"\b{re.escape(s)}\b", b["text"])]
        present.append(names)
    for k in range(n):
        rng = random.Random(k)
        i = k % len(bases)
        b, names = bases[i], present[i]
        others = rng.sample([s for s in states if s not in names], len(names))
        swap = dict(zip(names, others))
        text, title = b["text"], b["title"] or ""
        if swap:
            pattern = re.compile(r"\b(" + "|".join(map(re.escape, swap)) + r")\b")
            text = pattern.sub(lambda m: swap[m[1]], text)
            title = pattern.sub(lambda m: swap[m[1]], title)
        day = date.fromisoformat(b["published"] or "2023-01-01") + timedelta(
            days=rng.randint(-1500, 1500)
        )
        text = DAY_MONTH.sub(f"{day.day} {MONTHS[day.month - 1]}", text)
        text = MONTH_DAY.sub(f"{MONTHS[day.month - 1]} {day.day}", text)
        paras = text.split("\n\n")
        head, rest = paras[:2], paras[2:]
        rng.shuffle(rest)
        text = "\n\n".join(head + rest)
        sub = folder / f"{k // 1000:03d}"
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"r{k:06d}.txt").write_text(text, encoding="utf-8")
        side = {
            "published": day.isoformat(),
            "publisher": b["publisher"],
            "title": title,
            "url": f"https://bench.example.org/readout/{k}",
        }
        (sub / f"r{k:06d}.json").write_text(json.dumps(side), encoding="utf-8")
    done.write_text(str(n))
    return folder


# -- steps, each in its own process ---------------------------------------------------
def peak_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return round(max(own, kids) / 1024, 1)


def rocksdb_cpu() -> float:
    """CPU seconds of this process's RocksDB threads (compaction, flushes), from /proc (Linux)."""
    total = 0.0
    tick = os.sysconf("SC_CLK_TCK")
    for stat in Path("/proc/self/task").glob("*/stat"):
        try:
            text = stat.read_text()
        except OSError:
            continue  # the thread ended
        name, rest = text[text.index("(") + 1 : text.rindex(")")], text[text.rindex(")") + 2 :]
        if name.startswith("rocksdb"):
            fields = rest.split()
            total += (int(fields[11]) + int(fields[12])) / tick  # utime, stime
    return total


def step_build(inputs: str, store_path: str, jobs: int) -> dict:
    sys.path.insert(0, str(ROOT))
    from kg.build import build
    from kg.store.database import Store

    t0 = time.perf_counter()
    with Store(store_path) as store:
        s = build([inputs], store, jobs=jobs)
        quads = len(store)
        compaction = round(rocksdb_cpu(), 1)  # before closing: its threads end with the store
    wall = time.perf_counter() - t0
    own = resource.getrusage(resource.RUSAGE_SELF)
    return {
        "seconds": round(wall, 2),
        "read": s.read,
        "added": s.added,
        "unchanged": s.unchanged,
        "failed": len(s.failed),
        "skipped": sum(s.skipped.values()),
        "triples": s.triples,
        "quads": quads,
        "extract_cpu_s": round(s.extract_seconds, 1),
        "write_s": round(s.write_seconds, 1),
        "ties_s": round(s.ties_seconds, 1),
        # CPU of the building process (all its threads, the bulk loads' included) and of
        # RocksDB's background threads among them (compaction), beside the workers' above
        "builder_cpu_s": round(own.ru_utime + own.ru_stime, 1),
        "compaction_cpu_s": compaction,
        "peak_mb": peak_mb(),
        "main_peak_mb": round(own.ru_maxrss / 1024, 1),
    }


def step_replay(store_path: str, target: str) -> dict:
    sys.path.insert(0, str(ROOT))
    from kg.store.database import Store

    with Store(store_path, read_only=True) as src:
        graphs = src.readout_graphs()
        t0 = time.perf_counter()
        n = 0
        with Store(target) as dst:
            for g in graphs:
                n += dst.put_quads(g, src.graph_quads(g))
        wall = time.perf_counter() - t0
    return {"seconds": round(wall, 2), "graphs": len(graphs), "quads": n, "peak_mb": peak_mb()}


# Actors of the store by the claims they make, from the relation ties: a bound parameter is
# given the busiest (the worst case for a query that lists an actor's rows) or the median one
# (a typical question).
BY_CLAIMS = """
SELECT ?label (SUM(?n) AS ?claims) WHERE {
  GRAPH <https://w3id.org/readout-kg/id/graph/ties> {
    ?t rk:tieSubject ?a ; rk:relationName ?r ; rk:subjectLabel ?label ; rk:count ?n
  }
  FILTER (CONTAINS(STR(?a), "/%s/"))
} GROUP BY ?label ORDER BY DESC(?claims) ?label
"""


def bindings_for(store, params, which: str = "busiest") -> dict[str, str]:
    """The first parameter bound to the busiest (or median) person, or state for a state."""
    if not params:
        return {}
    var = params[0][0]
    if var == "relation":
        return {var: "cooperatesWith"}
    kind = "state" if var in ("state", "supporter") else "person"
    labels = [r[0] for r in store.select(BY_CLAIMS % kind)[1]]
    i = 0 if which == "busiest" else len(labels) // 2
    # "b" is the other actor of a pair: bind it to the next one.
    return {var: labels[min(i + 1, len(labels) - 1)] if var == "b" else labels[i]}


def step_query(store_path: str, name: str, repeats: int, bound: str = "") -> dict:
    sys.path.insert(0, str(ROOT))
    from kg.store.database import Store
    from kg.store.query import named_queries

    q = named_queries()[name]
    times = []
    with Store(store_path, read_only=True) as store:
        bound = bound if bound in ("busiest", "median") else ""
        binds = bindings_for(store, q.params, bound) if bound else {}
        if bound and not binds:
            return {"first_ms": None, "best_ms": None, "rows": None, "bindings": None}
        for _ in range(1 + repeats):
            t0 = time.perf_counter()
            _, rows = store.select(q.text, binds)
            times.append((time.perf_counter() - t0) * 1000)
            if times[0] > 5000:  # a slow query's first run says enough
                break
    return {
        "first_ms": round(times[0], 1),
        "best_ms": round(min(times[1:] or times), 1),
        "rows": len(rows),
        "bindings": binds,
        "peak_mb": peak_mb(),
    }


def step_queries(store_path: str, repeats: int, limit: int) -> dict:
    """Each named query in its own process, cut off after ``limit`` seconds."""
    sys.path.insert(0, str(ROOT))
    from kg.store.query import named_queries

    out = {}
    for name in named_queries():
        for mode in ("unbound", "busiest", "median"):
            key = name if mode == "unbound" else f"{name} ({mode})"
            try:
                out[key] = run_child("query", store_path, name, str(repeats), mode, timeout=limit)
            except subprocess.TimeoutExpired:
                out[key] = {"first_ms": None, "best_ms": None, "timeout_s": limit}
            except StepFailed as exc:  # e.g. over the memory cap
                out[key] = {
                    "first_ms": None,
                    "best_ms": None,
                    "timeout_s": limit,
                    "error": str(exc).splitlines()[-1],
                }
    return {"queries": out}


class _Late(Exception):
    pass


def step_rdflib(store_path: str, repeats: int, limit: int) -> dict:
    sys.path.insert(0, str(ROOT))
    from rdflib import Dataset

    from kg.store.database import Store
    from kg.store.query import named_queries

    with tempfile.NamedTemporaryFile(suffix=".nq") as tmp:
        with Store(store_path, read_only=True) as store:
            store.dump(tmp.name, "nq")
        t0 = time.perf_counter()
        ds = Dataset(default_union=True)
        ds.parse(tmp.name, format="nquads")
        load = time.perf_counter() - t0

    def late(signum, frame):
        raise _Late

    signal.signal(signal.SIGALRM, late)
    out = {}
    for name, q in named_queries().items():
        times, rows = [], None
        try:
            for _ in range(1 + repeats):
                signal.alarm(limit)
                t0 = time.perf_counter()
                rows = len(list(ds.query(q.text)))
                times.append((time.perf_counter() - t0) * 1000)
                signal.alarm(0)
                if times[0] > 5000:  # a slow query's first run says enough
                    break
        except _Late:
            signal.alarm(0)
        out[name] = (
            {
                "first_ms": round(times[0], 1),
                "best_ms": round(min(times[1:]) if len(times) > 1 else times[0], 1),
                "rows": rows,
            }
            if times
            else {"first_ms": None, "best_ms": None, "timeout_s": limit}
        )
    return {"load_s": round(load, 1), "queries": out, "peak_mb": peak_mb()}


class StepFailed(RuntimeError):
    pass


def _cap_memory() -> None:
    """No step may take the shared machine's memory: past the cap it fails instead."""
    cap = int(os.environ.get("BENCH_MEMORY_CAP_GB", "12")) * 2**30
    resource.setrlimit(resource.RLIMIT_AS, (cap, cap))


def run_child(*args: str, timeout: float | None = None) -> dict:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--step", *args]
    done = subprocess.run(
        cmd, capture_output=True, text=True, check=False, timeout=timeout, preexec_fn=_cap_memory
    )
    if done.returncode != 0:
        raise StepFailed(f"step {args[0]} failed:\n{done.stderr[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def du_mb(path: Path) -> float:
    return round(sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 2**20, 1)


# -- the run ------------------------------------------------------------------------------
def bench(
    size: int,
    work: Path,
    jobs: int,
    repeats: int,
    rdflib_max: int,
    limit: int,
    compare_jobs: bool,
    replay_max: int | None = None,
) -> dict:
    t0 = time.perf_counter()
    inputs = generate(work / f"in-{size}", size)
    gen = time.perf_counter() - t0
    store = work / f"store-{size}"
    if store.exists():
        subprocess.run(["rm", "-rf", str(store)], check=True)
    res: dict = {"size": size, "jobs": jobs, "generate_s": round(gen, 1)}
    print(f"[{size}] generated in {gen:.1f} s; building with --jobs {jobs}", flush=True)
    res["build"] = run_child("build", str(inputs), str(store), str(jobs))
    print(f"[{size}] build: {res['build']}", flush=True)
    res["rebuild"] = run_child("build", str(inputs), str(store), str(jobs))
    print(f"[{size}] no-op rebuild: {res['rebuild']}", flush=True)
    res["store_mb"] = du_mb(store)
    if compare_jobs and jobs != 1:
        one = work / f"store-{size}-jobs1"
        subprocess.run(["rm", "-rf", str(one)], check=True)
        res["build_jobs1"] = run_child("build", str(inputs), str(one), "1")
        print(f"[{size}] build --jobs 1: {res['build_jobs1']}", flush=True)
        subprocess.run(["rm", "-rf", str(one)], check=True)
    if replay_max is None or size <= replay_max:
        replay = work / f"replay-{size}"
        subprocess.run(["rm", "-rf", str(replay)], check=True)
        res["replay"] = run_child("replay", str(store), str(replay))
        subprocess.run(["rm", "-rf", str(replay)], check=True)
        print(f"[{size}] store alone (replay): {res['replay']}", flush=True)
    res["oxigraph"] = run_child("queries", str(store), str(repeats), str(limit))
    print(f"[{size}] queries: {json.dumps(res['oxigraph'])}", flush=True)
    if size <= rdflib_max:
        res["rdflib"] = run_child("rdflib", str(store), str(repeats), str(limit))
        print(f"[{size}] rdflib: {json.dumps(res['rdflib'])}", flush=True)
    return res


def markdown(results: list[dict]) -> str:
    lines = [
        "# Store benchmark (`scripts/bench_store.py`)",
        "",
        f"Machine: {os.cpu_count()} cores; Python {sys.version.split()[0]}.",
        "",
        "| readouts | quads | build (s) | extraction CPU (s) | store writes (s) | builder CPU, "
        "of which compaction (s) | store alone (s) | no-op rebuild (s) | peak memory (MB) "
        "| store on disk (MB) |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in results:
        b = r["build"]
        replay = r["replay"]["seconds"] if "replay" in r else "not run"
        lines.append(
            f"| {r['size']:,} | {b['quads']:,} | {b['seconds']} (jobs {r['jobs']}) | "
            f"{b['extract_cpu_s']} | {b['write_s']} | "
            f"{b.get('builder_cpu_s', '')}, {b.get('compaction_cpu_s', '')} | {replay} | "
            f"{r['rebuild']['seconds']} | {b['peak_mb']} | {r['store_mb']} |"
        )
    jobs1 = [r for r in results if "build_jobs1" in r]
    if jobs1:
        lines += [
            "",
            "| readouts | --jobs 1 (s) | --jobs N (s) | speed-up |",
            "|---:|---:|---:|---:|",
        ]
        for r in jobs1:
            one, n = r["build_jobs1"]["seconds"], r["build"]["seconds"]
            lines.append(f"| {r['size']:,} | {one} | {n} (N={r['jobs']}) | {one / n:.2f}x |")
    for r in results:
        lines += [
            "",
            f"## Named queries on {r['size']:,} readouts (ms; first run, best of the next runs)",
            "",
        ]
        rd = r.get("rdflib")
        head = "| query | rows | Oxigraph first | Oxigraph best |"
        if rd:
            head += " rdflib first | rdflib best | rdflib / Oxigraph |"
            lines.append(f"rdflib Dataset loaded in {rd['load_s']} s, peak {rd['peak_mb']} MB.")
            lines.append("")
        lines += [head, "|" + "---|" * (head.count("|") - 1)]
        for name, q in r["oxigraph"]["queries"].items():
            if name.endswith(("(busiest)", "(median)")):
                if q.get("bindings") is None and "timeout_s" not in q:
                    continue  # a query without parameters
                b = q.get("bindings") or {}
                base, _, mode = name.rpartition(" (")
                name = f"{base}, {', '.join(f'{k}={v}' for k, v in b.items())} ({mode}"
                pad = " | | |" if rd else ""
                if q.get("best_ms") is None:
                    lines.append(f"| {name} | | > {q['timeout_s']} s | |{pad}")
                else:
                    row = f"| {name} | {q['rows']} | {q['first_ms']} | {q['best_ms']} |"
                    lines.append(row + pad)
                continue
            if q.get("best_ms") is None:
                row = f"| {name} | | > {q['timeout_s']} s | |"
                if rd:
                    b = rd["queries"][name]
                    row += f" {b.get('first_ms') or '> %s s' % b.get('timeout_s')} | | |"
                lines.append(row)
                continue
            row = f"| {name} | {q['rows']} | {q['first_ms']} | {q['best_ms']} |"
            if rd:
                b = rd["queries"][name]
                if b.get("best_ms") is None:
                    ratio = b["timeout_s"] * 1000 / max(q["best_ms"], 0.1)
                    row += f" > {b['timeout_s']} s | | > {ratio:.0f}x |"
                else:
                    ratio = b["best_ms"] / max(q["best_ms"], 0.1)
                    row += f" {b['first_ms']} | {b['best_ms']} | {ratio:.1f}x |"
            lines.append(row)
    return "\n".join(lines) + "\n"


def main() -> int:
    if len(sys.argv) > 2 and sys.argv[1] == "--step":
        name, args = sys.argv[2], sys.argv[3:]
        if name == "build":
            out = step_build(args[0], args[1], int(args[2]))
        elif name == "replay":
            out = step_replay(args[0], args[1])
        elif name == "queries":
            out = step_queries(args[0], int(args[1]), int(args[2]))
        elif name == "query":
            out = step_query(args[0], args[1], int(args[2]), args[3] if args[3:] else "")
        else:
            out = step_rdflib(args[0], int(args[1]), int(args[2]))
        print(json.dumps(out))
        return 0
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000])
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--compare-jobs", action="store_true", help="Also build with --jobs 1.")
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument(
        "--rdflib-max",
        type=int,
        default=10000,
        help="Largest size to load into rdflib's in-memory Dataset.",
    )
    ap.add_argument(
        "--query-timeout",
        type=int,
        default=120,
        help="Seconds a query may take (Oxigraph and rdflib) before it is cut off.",
    )
    ap.add_argument("--replay-max", type=int, help="Largest size to replay (store alone).")
    ap.add_argument("--work", type=Path, help="Folder for inputs and stores (kept).")
    ap.add_argument("--results", type=Path, help="Write the Markdown report here.")
    ap.add_argument("--json", type=Path, help="Write the raw figures here.")
    a = ap.parse_args()
    work = a.work or Path(tempfile.mkdtemp(prefix="bench-store-"))
    work.mkdir(parents=True, exist_ok=True)
    results = [
        bench(
            n, work, a.jobs, a.repeats, a.rdflib_max, a.query_timeout, a.compare_jobs, a.replay_max
        )
        for n in a.sizes
    ]
    report = markdown(results)
    print(report)
    if a.results:
        a.results.write_text(report, encoding="utf-8")
    if a.json:
        a.json.write_text(json.dumps(results, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
