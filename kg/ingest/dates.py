"""Find a calendar date in a metadata string (page dates, CSV columns)."""

from __future__ import annotations

import re
from datetime import date

MONTHS = {
    m: i
    for i, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for m in names
}

_ISO = re.compile(r"\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\b")
_DMY = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b")
_MDY = re.compile(r"\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b")


def _make(y: int, m: int, d: int) -> str | None:
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def find_date(text: str | None) -> str | None:
    """The first full date in ``text`` as ISO ``YYYY-MM-DD``, or None."""
    if not text:
        return None
    for m in _ISO.finditer(text):
        if d := _make(int(m[1]), int(m[2]), int(m[3])):
            return d
    for m in _DMY.finditer(text):
        mon = MONTHS.get(m[2].lower())
        if mon and (d := _make(int(m[3]), mon, int(m[1]))):
            return d
    for m in _MDY.finditer(text):
        mon = MONTHS.get(m[1].lower())
        if mon and (d := _make(int(m[3]), mon, int(m[2]))):
            return d
    return None
