"""Plain-text readouts, with optional sidecar metadata (NAME.json)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from kg.ingest.decode import decode, read_bytes
from kg.ingest.sidecar import merge_meta
from kg.model import Readout
from kg.text.layout import guess_title


def read_text(path: Path, **meta) -> Iterator[Readout]:
    text = decode(str(path), read_bytes(path))
    found = merge_meta(path, {}, meta)
    yield Readout(
        source=str(path),
        text=text,
        title=found.get("title") or guess_title(text),
        published=found.get("published"),
        publisher=found.get("publisher"),
        url=found.get("url"),
        source_url=found.get("source_url"),
    )
