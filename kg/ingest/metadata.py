"""Metadata files of an annotated corpus: ``meta.jsonl``, one object per text.

Each line names its ``file`` and gives what the text does not say about itself
(``published``, ``publisher``, ``url``, ``title``, and for the real corpus its
``split``). Read the same way by ``kg build --meta``, ``kg eval`` and ``kg import-gold``.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from kg.errors import InputError
from kg.ingest.sidecar import url_fields
from kg.model import Readout


def load_meta(path: Path | None) -> dict[str, dict]:
    """meta.jsonl rows by file stem: each line an object with ``file`` and metadata."""
    out: dict[str, dict] = {}
    if path is None:
        return out
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(str(path), f"cannot read metadata ({exc})") from None
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except ValueError as exc:
            raise InputError(f"{path}:{n}", f"broken JSON ({exc})") from None
        if isinstance(row, dict) and row.get("file"):
            out[Path(str(row["file"])).stem] = row
    return out


FIELDS = ("published", "publisher", "url", "title")


def with_metadata(readout: Readout, metas: dict[str, dict]) -> Readout:
    """``readout`` with what its metadata row says and the document does not.

    The row is found by the file's stem (a row per text, as ``kg eval`` reads
    it); a document's own date, publisher, URL or title is kept.
    """
    row = metas.get(Path(readout.source).stem) if metas else None
    if not row:
        return readout
    missing = {k: str(row[k]) for k in FIELDS if row.get(k) and not getattr(readout, k)}
    if "url" in missing:  # a URL names the readout: made an IRI as a document's own is
        missing.update(url_fields(missing["url"]))
    return replace(readout, **missing) if missing else readout
