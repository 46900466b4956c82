"""Whether two trees' extractions are the same, byte for byte, so a speed change can be
shown to change nothing.

Writes one digest a text (sha256 of the whole extraction: ``to_json(evidence=True)``,
the actor kinds and the repr of every relation, statement and event) for the real corpus
(all splits), the pairs, the dev corpus, the seeds and N bench readouts, with the code of
the tree on PYTHONPATH; then compares two such files and names the texts that differ
(names only: the real and pairs texts are held out and not to be read):

    PYTHONPATH=/tmp/old python scripts/same_output.py dump /tmp/old.digests
    PYTHONPATH=.        python scripts/same_output.py dump /tmp/new.digests
    python scripts/same_output.py compare /tmp/old.digests /tmp/new.digests
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CORPORA = ("corpus/real", "corpus/pairs", "corpus/dev")


def _meta(corpus: Path) -> dict[str, dict]:
    path = corpus / "meta.jsonl"
    if not path.exists():
        return {}
    rows = (json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line)
    return {Path(r["file"]).name: r for r in rows}


def readouts(shared: Path, n: int):
    """(name, Readout) for every text compared."""
    from kg.model import Readout

    for sub in CORPORA:
        corpus = shared / sub
        meta = _meta(corpus)
        for path in sorted((corpus / "texts").glob("*.txt")):
            m = meta.get(path.name, {})
            yield (
                f"{sub}/{path.name}",
                Readout(
                    path.stem,
                    path.read_text(encoding="utf-8"),
                    published=m.get("published"),
                    publisher=m.get("publisher"),
                    url=m.get("url"),
                ),
            )
    for path in sorted((shared / "seeds").glob("*.txt")):
        yield f"seeds/{path.name}", Readout(path.stem, path.read_text(encoding="utf-8"))
    sys.path.insert(0, str(ROOT / "scripts"))
    import bench_extract

    corpus = bench_extract.load_corpus(shared / "corpus" / "dev")
    for r in bench_extract.variants(corpus, n, 7):
        yield f"bench/{r.source}", r


def digest(x) -> str:
    """The sha256 of everything an extraction holds."""
    parts = [
        json.dumps(x.to_json(evidence=True), sort_keys=True, ensure_ascii=False),
        json.dumps(x.actors, sort_keys=True),
        repr(x.event),
        repr(x.relations),
        repr(x.statements),
        repr(x.topics),
    ]
    return hashlib.sha256("\n".join(parts).encode("utf-8")).hexdigest()


def dump(out: Path, shared: Path, n: int) -> None:
    from kg.extract import extract

    rows = {name: digest(extract(r)) for name, r in readouts(shared, n)}
    out.write_text(json.dumps(rows, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{len(rows)} texts -> {out}")


def compare(a: Path, b: Path) -> int:
    old = json.loads(a.read_text(encoding="utf-8"))
    new = json.loads(b.read_text(encoding="utf-8"))
    differ = sorted(k for k in old.keys() | new.keys() if old.get(k) != new.get(k))
    for name in differ:
        print(f"differs: {name}")
    print(f"{len(old.keys() & new.keys())} texts in both, {len(differ)} differ")
    return 1 if differ else 0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dump", help="write the digests of the code on PYTHONPATH")
    d.add_argument("out", type=Path)
    d.add_argument("--n", type=int, default=400, help="bench readouts")
    d.add_argument("--shared", type=Path, default=SHARED)
    c = sub.add_parser("compare", help="name the texts whose digests differ")
    c.add_argument("a", type=Path)
    c.add_argument("b", type=Path)
    args = ap.parse_args()
    if args.cmd == "dump":
        dump(args.out, args.shared, args.n)
    else:
        raise SystemExit(compare(args.a, args.b))


if __name__ == "__main__":
    main()
