#!/usr/bin/env python3
"""Benchmark: reading and filtering corpus exports and saved pages.

Writes a JSON Lines export and a CSV export of N rows (the dev readouts and the
non-readouts of tests/data, repeated with varied dates and ids) and a folder
of copies of the dev saved pages, then times ``read_paths`` alone and
``read_paths`` + ``classify`` on each, and the peak memory of reading the
largest export (exports are streamed, so it should not grow with N).

    python scripts/bench_ingest.py [--rows 20000] [--pages 800]
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.ingest import read_paths  # noqa: E402
from kg.screen.classify import classify  # noqa: E402

DEV = ROOT.parent / "shared" / "corpus" / "dev"
SOURCES = [
    DEV / "texts",
    ROOT / "tests" / "data" / "readouts",
    ROOT / "tests" / "data" / "nonreadouts",
]


def documents() -> list[tuple[str, str]]:
    out = []
    for folder in SOURCES:
        for p in sorted(folder.glob("*.txt")):
            lines = p.read_text(encoding="utf-8").strip().split("\n", 1)
            out.append((lines[0], lines[1] if len(lines) > 1 else lines[0]))
    return out


def write_exports(folder: Path, rows: int) -> tuple[Path, Path]:
    docs = documents()
    rng = random.Random(7)
    jsonl, csvf = folder / "corpus.jsonl", folder / "corpus.csv"
    with (
        open(jsonl, "w", encoding="utf-8") as fj,
        open(csvf, "w", encoding="utf-8", newline="") as fc,
    ):
        w = csv.writer(fc)
        w.writerow(["id", "title", "content", "publish_time", "source_url"])
        for i in range(rows):
            title, body = docs[i % len(docs)]
            day = f"20{rng.randint(15, 24)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            row = {
                "id": i,
                "title": title,
                "content": f"{body}\n\n(Ref. {i})",
                "publish_time": day,
                "source_url": f"https://example.org/{i}",
            }
            fj.write(json.dumps(row, ensure_ascii=False) + "\n")
            w.writerow([row["id"], title, row["content"], day, row["source_url"]])
    return jsonl, csvf


def timed(paths: list[Path], with_filter: bool) -> tuple[int, int, float]:
    t0 = time.perf_counter()
    n = kept = 0
    for item in read_paths([str(p) for p in paths]):
        if isinstance(item, Exception):
            continue
        n += 1
        if with_filter and classify(item).keep:
            kept += 1
    return n, kept, time.perf_counter() - t0


def peak_rss_of_reading(path: Path) -> float:
    """Peak memory (MB) of a fresh process that reads ``path`` through."""
    code = (
        "import resource, sys; sys.path.insert(0, %r)\n"
        "from kg.ingest import read_paths\n"
        "n = sum(1 for _ in read_paths([%r]))\n"
        "print(n, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)"
    ) % (str(ROOT), str(path))
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.split()
    return int(out[1]) / 1024


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rows", type=int, default=20000)
    ap.add_argument("--pages", type=int, default=800)
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="kg-bench-ingest-") as tmp:
        folder = Path(tmp)
        jsonl, csvf = write_exports(folder, args.rows)
        small = folder / "small.jsonl"
        with open(jsonl, encoding="utf-8") as src, open(small, "w", encoding="utf-8") as dst:
            for i, line in enumerate(src):
                if i >= max(1, args.rows // 10):
                    break
                dst.write(line)
        pages = folder / "pages"
        pages.mkdir()
        html = sorted((DEV / "html").glob("*.html"))
        for i in range(args.pages):
            shutil.copyfile(html[i % len(html)], pages / f"p{i:05d}.html")
        print("| input | documents | size (MB) | read (docs/s) | read + filter (docs/s) | kept |")
        print("|---|---:|---:|---:|---:|---:|")
        for label, paths, size in (
            ("JSON Lines", [jsonl], jsonl.stat().st_size),
            ("CSV", [csvf], csvf.stat().st_size),
            ("saved pages", [pages], sum(p.stat().st_size for p in pages.iterdir())),
        ):
            n, _, t_read = timed(paths, False)
            _, kept, t_all = timed(paths, True)
            print(
                f"| {label} | {n} | {size / 2**20:.1f} | {n / t_read:,.0f} | "
                f"{n / t_all:,.0f} | {kept} |"
            )
        big, little = peak_rss_of_reading(jsonl), peak_rss_of_reading(small)
        print(
            f"\npeak memory reading the JSON Lines export: {big:.0f} MB for {args.rows} rows, "
            f"{little:.0f} MB for {max(1, args.rows // 10)} rows"
        )
    print(f"(this process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
