#!/usr/bin/env python3
"""Precision and recall of the readout filter on a mixed folder.

A mixed folder is assembled (copied into one place, as a user's download
folder would be) from folders of readouts (default: ../shared/corpus/dev/texts
and tests/data/readouts) and of documents that are not readouts (default:
tests/data/nonreadouts);
every document goes through ``kg.ingest.read_paths`` and
``kg.screen.classify.classify``, and the filter's decisions are scored with
"readout" as the positive class:

    precision = kept readouts / all kept documents
    recall    = kept readouts / all readouts

    python scripts/filter_eval.py [--readouts DIR ...] [--others DIR ...] [--show] [--json]

``--corpus`` scores the real documents of ../shared/corpus instead (or of the corpus
folder given): the readouts of real/texts and pairs/texts against the non-readouts of
real/nonreadouts. ``--title LABEL`` judges every document as if its title were LABEL,
as a CSV whose title column holds only "Press release" would give it:

    python scripts/filter_eval.py --corpus [--title "Press release"]
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import shutil
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.errors import InputError  # noqa: E402
from kg.ingest import iter_files, read_paths  # noqa: E402
from kg.screen.classify import classify  # noqa: E402

DEFAULT_READOUTS = [
    ROOT.parent / "shared" / "corpus" / "dev" / "texts",
    ROOT / "tests" / "data" / "readouts",
]
DEFAULT_OTHERS = [ROOT / "tests" / "data" / "nonreadouts"]
CORPUS = ROOT.parent / "shared" / "corpus"


def corpus_sets(corpus: Path) -> tuple[list[Path], list[Path]]:
    """The real readouts (real and pairs) and the real non-readouts of a corpus folder."""
    readouts = sorted((corpus / "real" / "texts").glob("*.txt")) + sorted(
        (corpus / "pairs" / "texts").glob("*.txt")
    )
    others = sorted((corpus / "real" / "nonreadouts").glob("*.txt"))
    for lang in ("zh", "ru"):  # the Chinese and Russian originals (issue 18)
        readouts += sorted((corpus / lang / "texts").glob("*.txt"))
        others += sorted((corpus / lang / "nonreadouts").glob("*.txt"))
    if not readouts or not others:
        raise SystemExit(f"error: {corpus}: no real/texts, pairs/texts or real/nonreadouts")
    return readouts, others


def assemble(readouts: list[Path], others: list[Path], into: Path) -> dict[str, bool]:
    """Copy both sets into one folder; return file name -> is a readout."""
    truth: dict[str, bool] = {}
    for label, folders in ((True, readouts), (False, others)):
        for item in iter_files(map(str, folders)):
            if isinstance(item, InputError):
                raise SystemExit(f"error: {item.source}: {item.reason}")
            # zh/texts/001.txt and ru/texts/001.txt: the folder above 'texts' keeps them apart
            name = (
                f"{'r' if label else 'n'}-{item.parent.parent.name}-{item.parent.name}-{item.name}"
            )
            if name in truth:
                raise SystemExit(f"error: {item}: a second file would be scored as {name}")
            shutil.copyfile(item, into / name)
            truth[name] = label
    return truth


def evaluate(readouts: list[Path], others: list[Path], title: str | None = None) -> dict:
    """The filter's decisions on both sets, scored; ``title`` replaces every document's."""
    with tempfile.TemporaryDirectory(prefix="kg-mixed-") as tmp:
        folder = Path(tmp)
        truth = assemble(readouts, others, folder)
        rows = []
        for item in read_paths([str(folder)]):
            if isinstance(item, InputError):
                rows.append({"file": Path(item.source).name, "error": item.reason})
                continue
            name = Path(item.source).name
            v = classify(dataclasses.replace(item, title=title) if title else item)
            rows.append(
                {
                    "file": name,
                    "readout": truth[name],
                    "keep": v.keep,
                    "reason": v.reason,
                    "scores": v.scores,
                }
            )
    tp = sum(1 for r in rows if r.get("readout") and r.get("keep"))
    fp = sum(1 for r in rows if r.get("readout") is False and r.get("keep"))
    fn = sum(1 for r in rows if r.get("readout") and not r.get("keep"))
    tn = sum(1 for r in rows if r.get("readout") is False and not r.get("keep"))
    return {
        "documents": len(rows),
        "readouts": sum(truth.values()),
        "others": len(truth) - sum(truth.values()),
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "tn": tn,
        "precision": round(tp / (tp + fp), 4) if tp + fp else 1.0,
        "recall": round(tp / (tp + fn), 4) if tp + fn else 1.0,
        "skip_reasons": dict(Counter(r["reason"] for r in rows if "keep" in r and not r["keep"])),
        "errors": [r for r in rows if "error" in r],
        "wrong": [r for r in rows if "keep" in r and r["keep"] != r["readout"]],
        "rows": rows,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--readouts", type=Path, nargs="+", default=DEFAULT_READOUTS)
    ap.add_argument("--others", type=Path, nargs="+", default=DEFAULT_OTHERS)
    ap.add_argument(
        "--corpus",
        type=Path,
        nargs="?",
        const=CORPUS,
        default=None,
        help="Score the real corpus: readouts of real/, pairs/, zh/ and ru/ against the "
        "nonreadouts of real/, zh/ and ru/.",
    )
    ap.add_argument("--title", help="Judge every document as if its title were this.")
    ap.add_argument("--show", action="store_true", help="List every document's decision.")
    ap.add_argument("--json", action="store_true", help="Print the result as JSON.")
    args = ap.parse_args(argv)
    if args.corpus is not None:
        args.readouts, args.others = corpus_sets(args.corpus)
    res = evaluate(args.readouts, args.others, args.title)
    if args.json:
        if not args.show:
            res.pop("rows")
        print(json.dumps(res, indent=1, ensure_ascii=False))
        return 0
    print(
        f"mixed folder: {res['documents']} documents "
        f"({res['readouts']} readouts, {res['others']} others)"
    )
    print(f"kept {res['tp'] + res['fp']}: {res['tp']} readouts, {res['fp']} others")
    print(f"skipped {res['fn'] + res['tn']}: {res['fn']} readouts, {res['tn']} others")
    print(f"precision {res['precision']:.3f}  recall {res['recall']:.3f}")
    for why, n in sorted(res["skip_reasons"].items(), key=lambda kv: -kv[1]):
        print(f"  skipped {n}: {why}")
    for r in res["wrong"]:
        what = "readout skipped" if r["readout"] else "non-readout kept"
        print(f"  WRONG {what}: {r['file']} ({r['reason']}; {r['scores']})")
    for r in res["errors"]:
        print(f"  error: {r['file']}: {r['error']}")
    if args.show:
        for r in res["rows"]:
            if "keep" in r:
                what = "keep" if r["keep"] else "skip"
                print(f"  {what}  {r['file']}: {r['reason']} {r['scores']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
