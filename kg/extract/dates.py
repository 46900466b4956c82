"""The engagement's date: from the text, the publication date and anniversaries.

ANNOTATION.md section 8: the publication date only resolves relative days ("today",
"this Tuesday") and supplies a missing year. A text that gives no day has no date,
except a message its sender's office releases, which takes the release date.
"""

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
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
WEEKDAY = re.compile(
    r"\b(?:[Oo]n|[Tt]his|[Ll]ast|[Ee]arlier on) (?:the )?"
    r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|"
    r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:'s| (?:morning|"
    r"afternoon|evening|night))\b"
)
# a day that names an occasion or a later event, not the engagement: "(June 12)",
# "on the occasion of ... on 12 June", "an event to be held on 17 December"
NOT_THE_DAY = re.compile(
    r"\((?:[^()]{0,12})$|\b(?:occasion|anniversary|eve|celebrat\w*|to be held|will be held|"
    r"will take place|scheduled|upcoming|next|since|until|by the end of|deadline|expires?|"
    r"born|founded|established|signed)\b[^,;.:()]*$",
    re.IGNORECASE,
)
# "today (June 9, 2024)": the brackets give the day a relative word names
GLOSSED = re.compile(
    r"\b(?:today|yesterday|tonight|this (?:morning|afternoon|evening)|monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday)\s*\(\s*$",
    re.IGNORECASE,
)
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


def _matches(text: str) -> list[re.Match]:
    """Every day-and-month in text, in order, overlapping readings dropped."""
    found = sorted(
        (m for rx in (FROM_TO, DAY_MONTH, MONTH_DAY) for m in rx.finditer(text)),
        key=lambda m: (m.start(), -m.end()),
    )
    out: list[re.Match] = []
    for m in found:
        if not out or m.start() >= out[-1].end():
            out.append(m)
    return out


def day_month(text: str) -> tuple[int, int, int | None, int] | None:
    """The first day-and-month in text: (month, day, year or None, position)."""
    for m in _matches(text):
        year = int(m["year"]) if m["year"] else None
        return MONTHS[m["mon"].lower().rstrip(".")], int(m["day"]), year, m.start()
    return None


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
        # "the 70th anniversary of the establishment of ..." and, elsewhere,
        # "established ... on 28 April 1952"
        key = re.match(r"(?:the\s+)?(\w{5})", rest)
        if key:
            told = re.search(rf"(?i)\b{key[1]}\w*[^.]{{0,120}}?\b(1[89]\d{{2}}|20\d{{2}})\b", text)
            if told:
                return int(told[1]) + n
    return None


def _stated_day(text: str, pub: str | None, whole: str) -> tuple[int, str] | None:
    """The engagement's day as the sentence states it, skipping occasions and later events."""
    for m in _matches(text):
        before = text[max(0, m.start() - 80) : m.start()]
        glossed = GLOSSED.search(before)
        if NOT_THE_DAY.search(before) and not glossed:
            continue
        pos = m.start() - (len(before) - glossed.start()) if glossed else m.start()
        mon, day = MONTHS[m["mon"].lower().rstrip(".")], int(m["day"])
        year = int(m["year"]) if m["year"] else None
        if year is None and pub:
            year = int(pub[:4])
        if year is None:
            year = anniversary_year(whole)
        if year is None:
            return pos, f"--{mon:02d}-{day:02d}"
        iso = _iso(year, mon, day)
        if iso and pub and iso > pub:
            continue  # written before it happened: a future event
        if iso:
            return pos, iso
    return None


def relative_day(text: str, pub: str | None) -> tuple[int, str] | None:
    """'today', 'yesterday', 'this Tuesday', 'on Friday' counted back from the release."""
    if not pub:
        return None
    d = date.fromisoformat(pub)
    rel = RELATIVE.search(text)
    wd = WEEKDAY.search(text)
    if rel and (not wd or rel.start() < wd.start()):
        if rel[0].lower() == "yesterday":
            return rel.start(), (d - timedelta(days=1)).isoformat()
        return rel.start(), pub
    if wd:
        back = (d.weekday() - WEEKDAYS.index((wd[1] or wd[2]).lower())) % 7
        return wd.start(), (d - timedelta(days=back)).isoformat()
    return None


def event_date(
    lead: list[str],
    datelines: list[str],
    title: str | None,
    published: str | None,
    whole: str,
    release: bool = False,
) -> str | None:
    """ISO date of the engagement, ``--MM-DD`` when only day and month are known.

    ``lead`` is the opening sentences; ``release`` marks a message that its sender's
    own office published, which takes the release date when the text gives no day.
    """
    pub = published
    if pub is None:
        for line in datelines + ([title] if title else []):
            pub = line_date(line)
            if pub:
                break
    for k, sentence in enumerate(lead):
        # the earlier of a stated day and a relative one ("has today ... after the
        # earthquake of 8 September")
        stated = _stated_day(sentence, pub, whole)
        relative = relative_day(sentence, pub) if k < 2 else None
        if stated and (not relative or stated[0] <= relative[0]):
            return stated[1]
        if relative:
            return relative[1]
    for line in datelines + ([title] if title else []):
        got = line_date(line)
        if got:
            return got
    return pub if release else None
