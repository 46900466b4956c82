"""Plain-text readouts, with optional sidecar metadata (NAME.json)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from kg.errors import InputError
from kg.ingest.decode import decode, read_bytes
from kg.ingest.layout import guess_title
from kg.model import Readout

META_FIELDS = ("published", "publisher", "url", "title")


def sidecar(path: Path) -> dict:
    """Metadata from NAME.json beside NAME.txt, if there is one."""
    side = path.with_suffix(".json")
    if not side.exists():
        return {}
    try:
        data = json.loads(side.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError(str(side), f"broken sidecar metadata: {exc}") from None
    if not isinstance(data, dict):
        raise InputError(str(side), "sidecar metadata is not a JSON object")
    return {k: str(data[k]) for k in META_FIELDS if data.get(k)}


def read_text(path: Path, **meta) -> Iterator[Readout]:
    text = decode(str(path), read_bytes(path))
    found = sidecar(path)
    found.update({k: v for k, v in meta.items() if v})
    yield Readout(
        source=str(path),
        text=text,
        title=found.get("title") or guess_title(text),
        published=found.get("published"),
        publisher=found.get("publisher"),
        url=found.get("url"),
    )
