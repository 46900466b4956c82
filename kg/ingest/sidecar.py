"""Metadata for one document: its own, a sidecar NAME.json beside it, and batch defaults."""

from __future__ import annotations

import json
import re
from pathlib import Path

from kg.errors import InputError
from kg.ingest.decode import clean_controls
from kg.text.dates import is_null_date, parse_date

META_FIELDS = ("published", "publisher", "url", "title")


def sidecar_path(path: Path) -> Path:
    return path.with_suffix(".json")


def sidecar(path: Path) -> dict[str, str]:
    """Metadata from NAME.json beside NAME.txt or NAME.html, if there is one."""
    side = sidecar_path(path)
    if side == path or not side.is_file():
        return {}
    try:
        data = json.loads(side.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError(str(side), f"broken sidecar metadata: {exc}") from None
    if not isinstance(data, dict):
        raise InputError(str(side), "sidecar metadata is not a JSON object")
    out = {k: str(data[k]).strip() for k in META_FIELDS if data.get(k)}
    if "published" not in out:
        for alias in ("publish_time", "date", "publication_date", "pub_date"):
            if data.get(alias):
                out["published"] = str(data[alias]).strip()
                break
    if "url" not in out and data.get("source_url"):
        out["url"] = str(data["source_url"]).strip()
    return _normalised(str(side), out)


def merge_meta(path: Path, own: dict, defaults: dict, use_sidecar: bool = True) -> dict[str, str]:
    """What a document says about itself wins over batch defaults; its sidecar wins over both.

    ``defaults`` are the command line's ``--published``/``--publisher``/``--url``,
    meant for inputs that carry none. Rows of a corpus file have no sidecar.
    """
    out = _normalised(str(path), {k: v for k, v in defaults.items() if k in META_FIELDS and v})
    out.update({k: v for k, v in own.items() if k in META_FIELDS and v})
    if use_sidecar:
        out.update(sidecar(path))
    out = {k: clean_controls(v) if isinstance(v, str) else v for k, v in out.items()}
    if out.get("url"):
        out.update(url_fields(out["url"]))
    return out


def url_fields(given: str) -> dict[str, str]:
    """``url`` as an IRI, and ``source_url`` the URL as given when encoding changed it
    (the readout's graph keeps both: the IRI to link, the original to cite)."""
    given = given.strip()
    safe = iri_safe(given)
    return {"url": safe} if safe == given else {"url": safe, "source_url": given}


# Characters an IRI cannot hold (RFC 3987): blanks, controls, and <>"{}|\^`.
_NOT_IRI = re.compile(r'[\x00-\x20<>"{}|\\^`\x7f]')


def iri_safe(url: str) -> str:
    """``url`` with what an IRI cannot hold percent-encoded (a space, ``>``, ``|``...).

    A URL names the readout and becomes its ``schema:url``; one such
    character lost the readout with "Invalid IRI code point".
    """
    return _NOT_IRI.sub(lambda m: "".join(f"%{b:02X}" for b in m[0].encode()), url.strip())


def _normalised(source: str, meta: dict) -> dict[str, str]:
    out = dict(meta)
    if is_null_date(out.get("published")):
        del out["published"]
    if out.get("published"):
        day = parse_date(out["published"])
        if day is None:
            raise InputError(source, f"unreadable publication date '{out['published']}'")
        out["published"] = day
    return out
