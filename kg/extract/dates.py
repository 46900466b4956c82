"""The engagement's date: from the text, the publication date and anniversaries."""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache

from kg.extract.text import line_date
from kg.resources import data_file, read_tsv
from kg.text.dates import MONTHS

MONTH = (
    r"(?P<mon>January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
)
DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
YEAR = r"(?:,?\s+(?P<year>(?:19|20)\d{2}))?"
RANGE = r"(?:\s*(?:-|–|to|and)\s*\d{1,2}(?:st|nd|rd|th)?)?"
DAY_MONTH = re.compile(rf"\b{DAY}{RANGE}\s+(?:of\s+)?{MONTH}{YEAR}")
MONTH_DAY = re.compile(rf"\b{MONTH}\s+{DAY}{RANGE}{YEAR}\b")
FROM_TO = re.compile(rf"\b[Ff]rom\s+{DAY}\s+(?:to|until|-|–)\s+\d{{1,2}}\s+{MONTH}{YEAR}")
RELATIVE = re.compile(
    r"\b(?:today|this (?:morning|afternoon|evening)|tonight|earlier today|yesterday)\b",
    re.IGNORECASE,
)
WEEKDAY = re.compile(r"\b[Oo]n (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
ANNIVERSARY = re.compile(r"\b(\d{1,3})(?:st|nd|rd|th) anniversary of (.{0,120})", re.IGNORECASE)


@cache
def _anchors() -> tuple[tuple[re.Pattern, int], ...]:
    return tuple(
        (re.compile(r["pattern"], re.IGNORECASE), int(r["year"]))
        for r in read_tsv(data_file("lexicon", "anniversaries.tsv"))
    )


def _iso(y: int, m: int, d: int) -> str | None:
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def day_month(text: str) -> tuple[int, int, int | None, int] | None:
    """The first day-and-month in text: (month, day, year or None, position)."""
    found = []
    for rx in (FROM_TO, DAY_MONTH, MONTH_DAY):
        m = rx.search(text)
        if m:
            year = int(m["year"]) if m["year"] else None
            found.append((m.start(), MONTHS[m["mon"].lower().rstrip(".")], int(m["day"]), year))
    if not found:
        return None
    pos, mon, day, year = min(found)
    return mon, day, year, pos


def anniversary_year(text: str) -> int | None:
    """'the 75th anniversary of the victory ... (in 1945)' fixes the year of writing."""
    for m in ANNIVERSARY.finditer(text):
        n, rest = int(m[1]), m[2]
        year = re.search(r"\b(1[89]\d{2}|20\d{2})\b", rest)
        if year:
            return int(year[1]) + n
        for rx, y in _anchors():
            if rx.search(rest):
                return y + n
    return None


def event_date(
    lead: str, datelines: list[str], title: str | None, published: str | None, whole: str
) -> str | None:
    """ISO date of the engagement, ``--MM-DD`` when only day and month are known."""
    pub = published
    if pub is None:
        for line in datelines + ([title] if title else []):
            pub = line_date(line)
            if pub:
                break
    found = day_month(lead)
    if found:
        mon, day, year, _ = found
        if year is None and pub:
            year = int(pub[:4])
        if year is None:
            year = anniversary_year(whole)
        if year:
            return _iso(year, mon, day)
        return f"--{mon:02d}-{day:02d}"
    if pub and RELATIVE.search(lead):
        if re.search(r"\byesterday\b", lead, re.IGNORECASE):
            return (date.fromisoformat(pub) - timedelta(days=1)).isoformat()
        return pub
    wd = WEEKDAY.search(lead)
    if wd and pub:
        d = date.fromisoformat(pub)
        back = (d.weekday() - WEEKDAYS.index(wd[1])) % 7
        return (d - timedelta(days=back)).isoformat()
    for line in datelines + ([title] if title else []):
        got = line_date(line)
        if got:
            return got
    return pub
