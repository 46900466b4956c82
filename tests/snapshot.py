"""What the extractor makes of each dev readout, in a form that diffs line by line.

Shared by tests/test_dev_snapshot.py and scripts/snapshot_dev.py (which writes it)."""

from __future__ import annotations

from pathlib import Path

from conftest import DEV

from kg.extract import extract
from kg.ingest.metadata import load_meta
from kg.ingest import read_file

OUT = Path(__file__).resolve().parent / "data" / "extract-dev.json"


def _one(path: Path, meta: dict) -> dict:
    kw = {k: meta.get(k) for k in ("published", "publisher", "url") if meta.get(k)}
    readout = next(r for r in read_file(path, **kw) if not isinstance(r, Exception))
    out = extract(readout).to_json(evidence=True)
    relations = sorted(
        " | ".join([*ev["triple"], ev["modality"], f"@{ev['start']}"]) for ev in out["evidence"]
    )
    event = out["event"]
    return {
        "event": " | ".join(str(event.get(k)) for k in ("type", "date", "initiator", "location")),
        "participants": sorted(event.get("participants") or []),
        "relations": relations,
        "statements": [
            f"{s['speaker']} | {s.get('act')} | {s['opening']}" for s in out["statements"]
        ],
        "topics": sorted(out["topics"]),
    }


def snapshot() -> dict[str, dict]:
    metas = load_meta(DEV / "meta.jsonl")
    return {p.stem: _one(p, metas.get(p.stem, {})) for p in sorted((DEV / "texts").glob("*.txt"))}
