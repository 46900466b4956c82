"""Corpus exports: one readout per CSV row or JSON Lines record."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path

from kg.errors import InputError
from kg.ingest.dates import find_date
from kg.ingest.decode import decode, read_bytes
from kg.model import Readout

# Column names recognised by default, first match wins.
COLUMNS = {
    "text": ("content", "text", "body", "article", "full_text"),
    "title": ("title", "headline"),
    "published": ("publish_time", "published", "date", "publication_date", "pub_date"),
    "url": ("source_url", "url", "link"),
    "publisher": ("publisher", "source", "agency"),
}


def _pick(row: dict, field: str, mapping: dict | None) -> str | None:
    names = (mapping or {}).get(field)
    for name in (names,) if names else COLUMNS[field]:
        value = row.get(name)
        if value not in (None, ""):
            return str(value)
    return None


def _row_readout(source: str, row: dict, mapping: dict | None, meta: dict) -> Readout:
    text = _pick(row, "text", mapping)
    if not text or not text.strip():
        raise InputError(source, "row has no text column (expected one of: content, text, body)")
    title = _pick(row, "title", mapping)
    full = f"{title}\n\n{text}" if title and not text.lstrip().startswith(title) else text
    published = meta.get("published") or find_date(_pick(row, "published", mapping))
    return Readout(
        source=source,
        text=full,
        title=title,
        published=published,
        publisher=meta.get("publisher") or _pick(row, "publisher", mapping),
        url=meta.get("url") or _pick(row, "url", mapping),
    )


def read_jsonl(path: Path, columns: dict | None = None, **meta) -> Iterator[Readout | InputError]:
    text = decode(str(path), read_bytes(path))
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        source = f"{path}:{n}"
        try:
            row = json.loads(line)
        except ValueError as exc:
            yield InputError(source, f"malformed JSON ({exc.msg})")
            continue
        if not isinstance(row, dict):
            yield InputError(source, "JSON record is not an object")
            continue
        try:
            yield _row_readout(source, row, columns, meta)
        except InputError as exc:
            yield exc


def read_csv(path: Path, columns: dict | None = None, **meta) -> Iterator[Readout | InputError]:
    text = decode(str(path), read_bytes(path))
    reader = csv.DictReader(io.StringIO(text))
    header = reader.fieldnames or []
    wanted = (columns or {}).get("text")
    known = (wanted,) if wanted else COLUMNS["text"]
    if not any(h in known for h in header):
        raise InputError(
            str(path),
            f"no text column in header {header[:6]} (wrong delimiter or missing column?)",
        )
    for row in reader:
        source = f"{path}:{reader.line_num}"
        try:
            yield _row_readout(source, row, columns, meta)
        except InputError as exc:
            yield exc
        except csv.Error as exc:
            yield InputError(source, f"malformed CSV row ({exc})")
