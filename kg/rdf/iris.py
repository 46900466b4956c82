"""Stable IRIs: the same input always names the same nodes."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache

from kg.rdf.vocab import BASE


def digest(*parts: str, n: int = 16) -> str:
    h = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()
    return h[:n]


@lru_cache(maxsize=65536)  # names recur in every readout that mentions them
def slug(text: str) -> str:
    """ASCII, lower case, hyphens: 'Recep Tayyip Erdoğan' -> 'recep-tayyip-erdogan'."""
    text = text.replace("+", " plus ").replace("&", " and ")  # OPEC+ is not OPEC
    ascii_ = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    s = re.sub(r"[^a-z0-9]+", "-", ascii_.lower()).strip("-")
    return s[:80] if s else "x" + digest(text, n=12)


def normalise_text(text: str) -> str:
    return " ".join(text.split())


def readout_iri(text: str, url: str | None = None) -> str:
    key = url.strip() if url else normalise_text(text)
    return f"{BASE}readout/{digest(key)}"


def actor_iri(name: str, kind: str, iso3: str | None = None) -> str:
    if kind == "state" and iso3:
        return f"{BASE}state/{iso3}"
    prefix = {"person": "person", "organization": "org", "topic": "topic"}.get(kind, "actor")
    return f"{BASE}{prefix}/{slug(name)}"


def topic_iri(label: str) -> str:
    return f"{BASE}topic/{slug(label)}"
