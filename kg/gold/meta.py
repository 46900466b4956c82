"""Metadata files of an annotated corpus: ``meta.jsonl``, one object per text.

Each line names its ``file`` and gives what the text does not say about itself
(``published``, ``publisher``, ``url``, ``title``, and for the real corpus its
``split``). Read the same way by ``kg eval`` and ``kg import-gold``.
"""

from __future__ import annotations

import json
from pathlib import Path

from kg.errors import InputError


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
