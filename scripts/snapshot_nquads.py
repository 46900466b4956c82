#!/usr/bin/env python3
"""Snapshot what the installed `kg` makes of the corpora, to compare two versions of the code.

    python scripts/snapshot_nquads.py OUT_DIR [--corpus ../shared/corpus]

For each corpus folder (dev, real, pairs) it writes two files into OUT_DIR:
``NAME.extract.nq``, the N-Quads of `kg extract --format nq` on every text with
its metadata (date, publisher, URL) from ``meta.jsonl``, and ``NAME.build.nq``, the
N-Quads export of a store made by `kg build --all` on the texts folder (ties and
tallies included). Lines are sorted, so `diff -r A B` between the snapshots of two
checkouts shows exactly which quads a change added or removed. It drives the
command line only, so it works across any reorganisation of the library.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

CORPORA = ("dev", "real", "pairs")


def kg(*args: str) -> str:
    done = subprocess.run(["kg", *args], capture_output=True, text=True, check=False)
    if done.returncode not in (0, 1):
        sys.exit(f"kg {' '.join(args[:2])}... failed: {done.stderr.strip()}")
    return done.stdout


def extract_corpus(folder: Path) -> list[str]:
    lines: list[str] = []
    for row in map(json.loads, (folder / "meta.jsonl").read_text("utf-8").splitlines()):
        text = folder / "texts" / row["file"]
        if not text.exists():
            continue
        args = ["extract", str(text), "--format", "nq"]
        for key in ("published", "publisher", "url"):
            if row.get(key):
                args += [f"--{key}", row[key]]
        lines += kg(*args).splitlines()
    return lines


def build_corpus(folder: Path) -> list[str]:
    with tempfile.TemporaryDirectory() as tmp:
        store, out = Path(tmp) / "store", Path(tmp) / "all.nq"
        kg("build", str(folder / "texts"), "--store", str(store), "--all")
        kg("export", "--store", str(store), "--format", "nq", str(out))
        return out.read_text("utf-8").splitlines()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    default = Path(__file__).resolve().parent.parent.parent / "shared/corpus"
    ap.add_argument("--corpus", type=Path, default=default)
    a = ap.parse_args()
    a.out.mkdir(parents=True, exist_ok=True)
    for name in CORPORA:
        folder = a.corpus / name
        for kind, lines in (("extract", extract_corpus(folder)), ("build", build_corpus(folder))):
            target = a.out / f"{name}.{kind}.nq"
            target.write_text("".join(line + "\n" for line in sorted(set(lines))), "utf-8")
            print(f"{target}: {len(set(lines))} quads")


if __name__ == "__main__":
    main()
