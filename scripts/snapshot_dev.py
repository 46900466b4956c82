#!/usr/bin/env python3
"""Regenerate tests/data/extract-dev.json: what the extractor makes of each dev readout.

    python scripts/snapshot_dev.py

The dev corpus (../shared/corpus/dev, written for this project) is extracted with its
metadata as `kg eval` reads it, and every relation (with its modality and the sentence it
came from), the event, each statement's speaker and act, and the topics are written down.
tests/test_dev_snapshot.py extracts again and compares. The corpus floors let a few triples
move unnoticed; this does not. After a change to the rules, run this and read the diff
before committing it: each changed line is either a fix or a new error.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from snapshot import DEV, OUT, snapshot  # noqa: E402


def main() -> None:
    if not DEV.exists():
        raise SystemExit(f"error: {DEV}: the dev corpus is not there")
    data = snapshot()
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n")
    print(f"wrote {OUT.relative_to(ROOT)}: {len(data)} readouts")


if __name__ == "__main__":
    main()
