#!/usr/bin/env python3
"""Benchmark: what engagement linking costs a build, at up to 100,000 readouts.

    python scripts/bench_engagements.py [--sizes 10000 100000] [--add 1000]

Linking records are generated the way readouts fall: dates over ten years, two
parties drawn from 190 states (a few, like a great power, far more often), one
type in five a meeting; one readout in three has its other side's readout a day
apart. For each size, in a store on disk:

  group     grouping every readout into engagements (a first or whole build)
  load      writing the engagements graph with the bulk loader
  add       a later build adding --add readouts (each linked where it should be),
            in one rewrite, as kg build does at the end
  compare   kg.analysis.compare on one linked engagement of the store

A first build of 100,000 readouts takes about 540-640 s (scripts/RESULTS-store.md),
so the share of linking is (group + load) / that.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kg.rdf.vocab import BASE  # noqa: E402
from kg.store.database import Store  # noqa: E402
from kg.summaries import engagements as eng  # noqa: E402

TYPES = ("PhoneCall", "Meeting", "PhoneCall", "VideoCall", "Meeting", "Visit", "Message")


def records(n: int, seed: int = 7) -> list[eng.Record]:
    rnd = random.Random(seed)
    states = [f"{BASE}state/S{i:03d}" for i in range(190)]
    weights = [40 if i < 5 else 4 if i < 40 else 1 for i in range(190)]
    start = date(2015, 1, 1)
    out = []
    while len(out) < n:
        a, b = rnd.choices(states, weights, k=2)
        if a == b:
            continue
        day = start + timedelta(days=rnd.randrange(3650))
        kind = rnd.choice(TYPES)
        g = f"{BASE}readout/{len(out):08d}"
        out.append(eng.Record(g, day.isoformat(), kind, frozenset((a, b))))
        if rnd.random() < 1 / 3 and len(out) < n:  # the other side, maybe a day later
            other = day + timedelta(days=rnd.choice((0, 0, 1)))
            out.append(eng.Record(f"{g}b", other.isoformat(), kind, frozenset((a, b))))
    return out


def run(n: int, add: int) -> dict:
    recs = records(n + add)
    base, extra = recs[:n], recs[n:]
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "s") as store:
        t0 = time.perf_counter()
        groups = eng.groups(base)
        t1 = time.perf_counter()
        lines = [line for grp in groups for line in eng.lines(grp)]
        store.add_nquads("".join(lines).encode("utf-8"))
        store.flush()
        t2 = time.perf_counter()
        eng.rewrite(store, [], extra)
        store.flush()
        t3 = time.perf_counter()
        linked = next(g for g in groups if len(g) > 1)
        from kg.analysis import compare as cmp  # noqa: PLC0415

        t4 = time.perf_counter()
        cmp.readouts_of(store, eng.engagement_iri(linked))
        t5 = time.perf_counter()
        return {
            "readouts": n, "engagements": len(groups), "quads": len(lines),
            "group_s": t1 - t0, "load_s": t2 - t1, "add_s": t3 - t2, "added": len(extra),
            "lookup_ms": (t5 - t4) * 1000,
        }  # fmt: skip


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    ap.add_argument("--add", type=int, default=1000)
    a = ap.parse_args()
    print("readouts  engagements  quads      group    load     add N      per added  lookup")
    for n in a.sizes:
        r = run(n, a.add)
        print(
            f"{r['readouts']:>8}  {r['engagements']:>11}  {r['quads']:>9}  {r['group_s']:6.2f} s"
            f"  {r['load_s']:6.2f} s  {r['add_s']:6.2f} s  {r['add_s'] / r['added'] * 1000:6.2f} ms"
            f"  {r['lookup_ms']:5.1f} ms"
        )


if __name__ == "__main__":
    main()
