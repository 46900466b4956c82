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

# ``(?!\d)`` rather than ``\b`` so that timestamps such as 2024-03-01T17:40 match.
_ISO = re.compile(r"(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)")
_NUMERIC_DMY = re.compile(r"(?<![\d.])(\d{1,2})([./])(\d{1,2})\2(\d{4})(?!\d)")
_COMPACT = re.compile(r"^\s*(\d{4})(\d{2})(\d{2})(?:T|\s|$)")
_DMY = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b")
_MDY = re.compile(r"\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b")


# Database exports write 0001-01-01 (or 0000-00-00) where they have no date.
_NULL = re.compile(r"^\s*000[01][-/.]?0?[01][-/.]?0?[01](?:[T\s].*)?$", re.S)
MIN_YEAR = 1000  # no readout is older; a smaller year is a placeholder, not a date


def is_null_date(value: str | None) -> bool:
    """True for the placeholders exports use for "no date" (``0001-01-01``, ``0000-00-00``)."""
    return bool(value) and bool(_NULL.match(value))


def _make(y: int, m: int, d: int) -> str | None:
    if y < MIN_YEAR:
        return None
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


def parse_date(value: str | None) -> str | None:
    """A publication date from metadata (page, CSV column, sidecar) as ISO, or None.

    Besides what ``find_date`` reads, this takes compact ``20240301`` stamps and
    numeric day-first dates: ``02.08.2023`` (dotted dates are day-first wherever
    they are used) and ``06/02/2024`` only when no month/day reading is possible,
    since slashed dates are day-first in most of the world but not in the US.
    """
    if not value:
        return None
    if found := find_date(value):
        return found
    if m := _COMPACT.match(value):
        return _make(int(m[1]), int(m[2]), int(m[3]))
    for m in _NUMERIC_DMY.finditer(value):
        a, sep, b, y = int(m[1]), m[2], int(m[3]), int(m[4])
        if sep == "." or a > 12 >= b:
            day, month = a, b
        elif b > 12 >= a:
            day, month = b, a
        else:
            continue
        if d := _make(y, month, day):
            return d
    return None
