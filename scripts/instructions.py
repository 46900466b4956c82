"""Extraction cost in machine instructions a readout, which a loaded machine does not move.

Timed runs on a shared machine vary by tens of percent; valgrind's instruction count of
the same work does not. This counts the instructions of extracting 1 and N + 1 bench
readouts (bench_extract's variants of the dev corpus) and prints the difference over N,
for the code of a tree given as a PYTHONPATH (a checkout, or ``git archive REV kg`` unpacked),
so that two revisions compare on one machine:

    python scripts/instructions.py [--tree DIR] [--n 100] [--corpus ../shared/corpus/dev]

Needs valgrind (``apt-get install valgrind``).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _run(n: int, corpus: Path) -> None:
    """Extract ``n`` bench readouts (the child valgrind counts)."""
    sys.path.insert(0, str(ROOT / "scripts"))
    import bench_extract

    from kg.extract import extract

    readouts = list(bench_extract.variants(bench_extract.load_corpus(corpus), n, 7))
    for r in readouts:
        extract(r)


def count(tree: Path, n: int, corpus: Path) -> int:
    """Instructions valgrind counts for extracting ``n`` readouts with ``tree``'s code."""
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONPATH=str(tree))
    cmd = ["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null"]
    cmd += [sys.executable, __file__, "--child", str(n), "--corpus", str(corpus)]
    out = subprocess.run(cmd, env=env, capture_output=True, text=True, check=True).stderr
    refs = re.search(r"I\s+refs:\s+([\d,]+)", out)
    if refs is None:
        raise SystemExit(f"error: valgrind printed no instruction count:\n{out[-500:]}")
    return int(refs[1].replace(",", ""))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--tree", type=Path, default=ROOT, help="where the kg package to count is")
    ap.add_argument("--n", type=int, default=100)
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "dev")
    ap.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child is not None:
        _run(args.child, args.corpus)
        return
    if shutil.which("valgrind") is None:
        raise SystemExit("error: valgrind is not installed (apt-get install valgrind)")
    if not (args.corpus / "texts").is_dir():
        raise SystemExit(f"error: {args.corpus}: no texts folder (the dev corpus)")
    one = count(args.tree.resolve(), 1, args.corpus)
    more = count(args.tree.resolve(), args.n + 1, args.corpus)
    print(f"{(more - one) / args.n / 1e6:.2f} M instructions a readout ({args.tree})")


if __name__ == "__main__":
    main()
