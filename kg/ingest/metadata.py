"""Metadata files of an annotated corpus: ``meta.jsonl``, one object per text.

Each line names its ``file`` and gives the user's word on it (``published``,
``publisher``, ``url``, ``title``, and for the real corpus its ``split``). Read the
same way by ``kg build --meta``, ``kg eval`` and ``kg import-gold``.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from kg.errors import InputError
from kg.ingest.sidecar import sidecar, url_fields
from kg.model import Readout
from kg.text.dates import parse_date


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
# Readers of one document per file: a meta.jsonl row speaks for that document.
SINGLE = (".txt", ".text", ".htm", ".html", ".xhtml")


def with_metadata(readout: Readout, metas: dict[str, dict]) -> Readout:
    """``readout`` with what its metadata row says.

    The row is found by the file's stem (a row per text, as ``kg eval`` reads
    it). For a file holding one document (text, page) the row is the user's
    word on that file and wins over what the page says about itself and over
    ``--published``/``--publisher``; a sidecar ``NAME.json`` beside the file,
    more particular still, wins over the row. The rows of a corpus export
    (CSV, JSON Lines) keep their own fields: the row only fills in.
    """
    row = metas.get(Path(readout.source).stem) if metas else None
    if not row:
        return readout
    given = {k: str(row[k]).strip() for k in FIELDS if row.get(k) and str(row[k]).strip()}
    source = Path(readout.source)
    if source.suffix.lower() in SINGLE:
        mine = sidecar(source) if source.is_file() else {}
        given = {k: v for k, v in given.items() if k not in mine}
    else:
        given = {k: v for k, v in given.items() if not getattr(readout, k)}
    if "published" in given:
        day = parse_date(given["published"])
        if day is None:
            del given["published"]  # an unreadable date is not the user's word on the day
        else:
            given["published"] = day
    if "url" in given:  # a URL names the readout: made an IRI as a document's own is
        given.update(url_fields(given["url"]))
        given.setdefault("source_url", None)
    given = {k: v for k, v in given.items() if getattr(readout, k) != v}
    return replace(readout, **given) if given else readout
