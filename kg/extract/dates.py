"""The engagement's date: from the text, the publication date and anniversaries.

ANNOTATION.md section 8: the publication date only resolves relative days ("today",
"this Tuesday", "last night") and supplies a missing year. A text that gives no day has
no date, except a message its sender's office releases, which takes the release date.
A dateline ("BEIJING, May 8 (Xinhua) --", a "9 January 2013" line, a date in the title)
is the release date: relative days count back from it, and it is the day when the body
names none.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache
from typing import NamedTuple

from kg.extract.text import line_date
from kg.resources import data_file, read_tsv
from kg.text.dates import MONTHS

MONTH = (
    r"(?P<mon>January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
)
DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
# "March 3, 2024", "3 March 2024", and "March 3,2024" as typed in a hurry
YEAR = r"(?:(?:,\s*|\s+)(?P<year>(?:19|20)\d{2})(?!\d))?"
# "12-14 March", "12 and 13 March", "Sunday 12 and Monday 13 March": the first day counts
RANGE = (
    r"(?:\s*(?:-|–|/|to|and)\s*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
    r"\d{1,2}(?:st|nd|rd|th)?)?"
)
DAY_MONTH = re.compile(rf"\b{DAY}{RANGE}\s+(?:of\s+)?{MONTH}{YEAR}")
MONTH_DAY = re.compile(rf"\b{MONTH}\s+{DAY}{RANGE}{YEAR}\b")
# "14-Mar-2023", as forms and registries write it
DASHED = re.compile(rf"\b{DAY}-{MONTH}-(?P<year>(?:19|20)\d{{2}})\b")
FROM_TO = re.compile(rf"\b[Ff]rom\s+{DAY}\s+(?:to|until|-|–)\s+\d{{1,2}}\s+{MONTH}{YEAR}")
# "2023-05-06", "2023/05/06" and "2023.5.6" (year first, as East Asian readouts write
# it), "06.05.2023", "5/6/2023"
_DIGIT = re.compile(r"\d")
ISO = re.compile(
    r"(?<![\d./-])(?P<year>(?:19|20)\d{2})(?P<sep>[-/.])(?P<mon>\d{1,2})(?P=sep)(?P<day>\d{1,2})"
    r"(?![\d-]|[./]\d)"
)
NUMERIC = re.compile(
    r"(?<![\d./])(?P<a>\d{1,2})(?P<sep>[./-])(?P<b>\d{1,2})(?P=sep)(?P<year>(?:19|20)\d{2})\b"
)
# how far back a relative word reaches, in days
RELATIVE = re.compile(
    r"\b(?:(?:earlier |later )?today|(?:earlier|later) in the day|"
    r"this (?:morning|afternoon|evening)|tonight|"
    r"earlier this (?:morning|afternoon|evening)|(?P<two>the day before yesterday|two days ago)|"
    r"(?P<one>yesterday|last (?:night|evening)|"
    r"(?:late )?(?:on )?the previous (?:day|evening|night)))\b",
    re.IGNORECASE,
)
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
WEEKDAY = re.compile(
    r"\b(?:[Oo]n|[Tt]his|(?P<last>[Ll]ast)|[Ee]arlier on|[Ll]ate on) (?:the )?"
    r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|"
    r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:'s| (?:morning|"
    r"afternoon|evening|night))\b|"
    # news-agency style with no preposition: "spoke Monday with", "late Tuesday"; not a
    # feast or an agreement named after one ("Good Friday")
    r"(?<!Good )(?<!Holy )(?<!Black )(?<!Ash )(?<!Easter )\b"
    r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?! Agreement)"
)
# a day that names an occasion, a later event or another past one, not the engagement:
# "(June 12)", "on the occasion of ... on 12 June", "an event to be held on 17 December",
# "who took office on 2 May", "the attack of 3 March"
NOT_THE_DAY = re.compile(
    r"\((?:[^()]{0,12})$|\b(?:occasion|anniversary|eve|celebrat\w*|to be held|will be held|"
    r"will take place|falls on|falling on|observed on|scheduled|"
    # an intention: "agreed to meet on 14 March", "will travel to Abuja on"
    r"(?:to|will|would|shall) (?:meet|travel|attend|convene)|upcoming|next|since|until|"
    r"by the end of|deadline|expires?|born|founded|established|signed|elected|elections?|"
    r"polls|referendum|took office|inaugurat\w*|sworn|"
    r"appointed|died|death|passed away|killed|struck|attacks?|earthquake|adopted|"
    # an earlier engagement recalled: "the leaders last met in Samarkand on", "recalled
    # the visit of 20 March", "their previous meeting in Bali on"
    r"recall\w*|previous(?:ly)?|last (?:met|spoke|talked|visited)|"
    # a participant's earlier act in a clause: "X, who met Y in Pretoria on 2 February, spoke
    # with him today" ("who is on a visit from 12 to 14 May" is this engagement)
    r"who (?:had )?(?:met|visited|spoke|talked|hosted|received|called|held)|"
    r"(?:their|his|her) (?:last|previous|earlier|first) (?:meeting|talks|call|conversation|"
    r"visit|summit))\b"
    r"[^,;.:()]*$",
    re.IGNORECASE,
)
# a day that may be an earlier engagement's or this one's: "Following their meeting in
# Bali on 14 November, X spoke today with Y" (another), "Following their talks on 3 March,
# the leaders issued a statement" (this one); it counts only when the opening names no
# other day
MAYBE_EARLIER = re.compile(
    r"\b(?:following|after|since|their (?:meeting|talks|call|conversation|summit))\b"
    r"[^,;.:()]*$",
    re.IGNORECASE,
)
# "today (June 9, 2024)": the brackets give the day a relative word names
GLOSSED = re.compile(
    r"\b(?:today|yesterday|tonight|this (?:morning|afternoon|evening)|monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday)\s*\(\s*$",
    re.IGNORECASE,
)
# a news-agency dateline opening the first sentence: "BEIJING, May 8 (Xinhua) --",
# "Moscow, 12 March -", "NEW DELHI, 5 May 2023:"
# "MOSCOW, March 5. /TASS/." (the agency between slashes, often a sentence of its own)
DATELINE = re.compile(
    r"^\s*[A-Z][\w'’.\- ]{1,30}?,\s*(?P<when>[^()\n/]{3,30}?)\s*(?:\([^()]{1,40}\)\s*)?"
    r"(?:(?:--|—|–|-|:)\s+|\.?\s*/[A-Za-z\- ]{2,20}/\.?(?:\s+|$))"
)
# the day in brackets after the place: "ABUJA (14 March 2023) –"
DATELINE_BRACKETED = re.compile(
    r"^\s*[A-Z][\w'’.\- ]{1,30}?\s*\((?P<when>[^()\n]{3,30})\)\s*(?:--|—|–|-|:)\s+"
)
ANNIVERSARY = re.compile(r"\b(\d{1,3})(?:st|nd|rd|th) anniversary of (.{0,120})", re.IGNORECASE)


class Day(NamedTuple):
    """A day the text states: where it starts and ends, and its parts."""

    start: int
    end: int
    month: int
    day: int
    year: int | None


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


def _numeric(m: re.Match, pub: str | None) -> Day | None:
    """'5/6/2023': day-first unless only month-first reads, or (slashes) month-first
    is the reading nearer before the release."""
    a, b, y = int(m["a"]), int(m["b"]), int(m["year"])
    readings = [(b, a)] if a > 12 else [(a, b)] if b > 12 else [(b, a), (a, b)]
    readings = [(mo, d) for mo, d in readings if mo <= 12 and _iso(y, mo, d)]
    if len(readings) == 2 and m["sep"] == "/" and pub:
        past = [r for r in readings if _iso(y, *r) <= pub]
        readings = sorted(past, key=lambda r: _iso(y, *r), reverse=True) or readings
    return Day(m.start(), m.end(), readings[0][0], readings[0][1], y) if readings else None


# what each month in MONTH begins with ("Sep" for "Sept" and "September")
_MONTH_STEMS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


# the patterns with a month's name, each with a string every match holds ("" for none):
# "from", "14-Mar-2023"'s hyphen (a scan of a readout's text each, most of which hold none)
_NAMED_NEEDS = ((FROM_TO, "rom"), (DAY_MONTH, ""), (MONTH_DAY, ""), (DASHED, "-"))


def days(text: str, pub: str | None = None) -> list[Day]:
    """Every stated day in text, in order, overlapping readings dropped."""
    if not _DIGIT.search(text):
        return []
    found: list[Day] = []
    named = any(map(text.__contains__, _MONTH_STEMS))  # the patterns' months need one
    for rx, need in _NAMED_NEEDS if named else ():
        if need not in text:
            continue
        for m in rx.finditer(text):
            year = int(m["year"]) if m["year"] else None
            mon = MONTHS[m["mon"].lower().rstrip(".")]
            found.append(Day(m.start(), m.end(), mon, int(m["day"]), year))
    if "19" not in text and "20" not in text:  # ISO and NUMERIC need a year of 19xx or 20xx
        return _apart(found)
    for m in ISO.finditer(text):
        if _iso(int(m["year"]), int(m["mon"]), int(m["day"])):
            found.append(Day(m.start(), m.end(), int(m["mon"]), int(m["day"]), int(m["year"])))
    for m in NUMERIC.finditer(text):
        day = _numeric(m, pub)
        if day:
            found.append(day)
    return _apart(found)


def _apart(found: list[Day]) -> list[Day]:
    """The days in order, a reading that overlaps an earlier one dropped."""
    out: list[Day] = []
    for d in sorted(found, key=lambda d: (d.start, -d.end)):
        if not out or d.start >= out[-1].end:
            out.append(d)
    return out


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


def _next_day(pub: str) -> str | None:
    try:
        return (date.fromisoformat(pub) + timedelta(days=1)).isoformat()
    except ValueError:
        return None


def _dated(d: Day, pub: str | None, whole: str) -> str | None:
    """The ISO day (``--MM-DD`` without a year); a year taken from the release that
    puts the day after it means the year before, within a month ('on 30 December'
    in a 3 January release)."""
    year = d.year or (int(pub[:4]) if pub else None) or anniversary_year(whole)
    if year is None:
        return f"--{d.month:02d}-{d.day:02d}"
    iso = _iso(year, d.month, d.day)
    if iso and pub and iso > pub and _next_day(pub) == iso:
        return iso  # a release dated on the other side of the date line ("March 14, Beijing
        # time" in a release of 13 March): the text's own day, not a future one
    if iso and pub and iso > pub and d.year is None:
        before = _iso(year - 1, d.month, d.day)
        if before and date.fromisoformat(pub) - date.fromisoformat(before) <= timedelta(31):
            return before
        return None
    if iso and pub and iso > pub:
        return None  # written before it happened: a future event
    return iso


def _stated_day(
    text: str, pub: str | None, whole: str, maybe: bool = False
) -> tuple[int, str] | None:
    """The engagement's day as the sentence states it, skipping occasions and other events
    (and, unless ``maybe``, days that may be an earlier engagement's)."""
    for d in days(text, pub):
        before = text[max(0, d.start - 80) : d.start]
        glossed = GLOSSED.search(before)
        if not glossed and (
            NOT_THE_DAY.search(before) or (not maybe and MAYBE_EARLIER.search(before))
        ):
            continue
        iso = _dated(d, pub, whole)
        if iso:
            pos = d.start - (len(before) - glossed.start()) if glossed else d.start
            return pos, iso
    return None


# "on the 20th" (Korean and Japanese readouts): a day of the release's month, or of the
# month before when the release is earlier in its month; not "the 20th anniversary"
ORDINAL_DAY = re.compile(
    r"\bon the (\d{1,2})(?:st|nd|rd|th)\b(?=\s*(?:[.,;:()]|$)|\s+(?:of|at|in|and|via|by|with|"
    r"from|to|for|when|during|local|\(|\d)\b)(?! of [A-Z])"
)


# "Tuesday, the 14th" with no month after it
WEEKDAY_NTH = re.compile(r",?\s*the\s+(\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?[A-Z])")


def _nth_day(n: int, d: date) -> str | None:
    """Day n of the release's month, or of the month before when the release is earlier."""
    month = d if n <= d.day else d.replace(day=1) - timedelta(days=1)
    return _iso(month.year, month.month, n)


def _ordinal_day(text: str, d: date) -> tuple[int, str] | None:
    m = ORDINAL_DAY.search(text) if "on the " in text else None
    if not m:
        return None
    iso = _nth_day(int(m[1]), d)
    return (m.start(), iso) if iso else None


# words one of which every RELATIVE match holds, in lower case; WEEKDAY's need a day's name
_RELATIVE_WORDS = (
    "today",
    "this ",
    "tonight",
    "yesterday",
    "in the day",
    "last night",
    "last evening",
    "previous ",
    "days ago",
)
_WEEKDAY_NAMES = tuple(w.capitalize() for w in WEEKDAYS)


def _may_be_relative(text: str) -> bool:
    """Whether RELATIVE can match: a substring test on the lowered text costs a tenth of
    the case-blind search (which most sentences fail). Exact for ASCII text, where the
    search's case folding is ``lower``'s; other text is searched."""
    if not text.isascii():
        return True
    low = text.lower()
    return any(map(low.__contains__, _RELATIVE_WORDS))


def relative_day(text: str, pub: str | None) -> tuple[int, str] | None:
    """'today', 'last night', 'this Tuesday', 'on Friday', 'on the 20th' counted back from
    the release, the first the sentence names; a weekday that a stated day follows ('on
    Monday, March 16') leaves it to that day."""
    if not pub or len(pub) != 10:
        return None
    d = date.fromisoformat(pub)
    found: list[tuple[int, str]] = []
    rel = RELATIVE.search(text) if _may_be_relative(text) else None
    if rel:
        back = 2 if rel["two"] else 1 if rel["one"] else 0
        found.append((rel.start(), (d - timedelta(days=back)).isoformat()))
    wd = WEEKDAY.search(text) if any(map(text.__contains__, _WEEKDAY_NAMES)) else None
    if wd:
        nth = WEEKDAY_NTH.match(text, wd.end())
        if nth:  # "on Tuesday, the 14th": that day of the release's month or the one before
            iso = _nth_day(int(nth[1]), d)
            if iso:
                found.append((wd.start(), iso))
        elif re.match(r",?\s*(?:the\s+)?\d|,?\s*[A-Z][a-z]+\.? \d", text[wd.end() :]):
            if not rel or wd.start() < rel.start():
                return None
        else:
            back = (d.weekday() - WEEKDAYS.index((wd[2] or wd[3] or wd[4]).lower())) % 7
            found.append(
                (wd.start(), (d - timedelta(days=back or 7 * bool(wd["last"]))).isoformat())
            )
    ordinal = _ordinal_day(text, d)
    if ordinal:
        found.append(ordinal)
    return min(found) if found else None


def _dateline(first: str, pub: str | None, whole: str) -> tuple[str, str | None]:
    """The first sentence without its agency dateline, and the dateline's day."""
    m = DATELINE.match(first) or (DATELINE_BRACKETED.match(first) if "(" in first else None)
    when = m["when"] if m else ""
    found = days(when.title() if when.isupper() else when, pub) if m else []
    if not found or found[0].start > 0:
        return first, None
    return first[m.end() :], _dated(found[0], pub, whole)


def _dateline_sentence(sentence: str) -> bool:
    """A 'sentence' that is a place and a date alone ("Montevideo, 2 November 2023."): a few
    words, each capitalised or a number."""
    words = sentence.split()
    return 2 < len(words) <= 6 and all(w[:1].isupper() or w[:1].isdigit() for w in words)


def _line_day(line: str, pub: str | None, whole: str) -> str | None:
    """A date line's or title's day: as ``line_date`` reads it, else a day with its year
    in another form ("Date: 05/03/2024"); a day without a year in a title may be an
    occasion's ("9 May Victory Day")."""
    found = line_date(line)
    if found:
        return found
    with_year = [d for d in days(line, pub) if d.year]
    return _dated(with_year[0], None, whole) if with_year else None


def _closing_day(whole: str, pub: str | None) -> str | None:
    """The day of a date line that closes the readout ("New Delhi\nMarch 05, 2024", as
    South Asian ministries sign off): a dateline at the foot."""
    tail = [line.strip() for line in whole.rstrip().splitlines()[-3:] if line.strip()]
    for line in reversed(tail):
        if len(line.split()) <= 8 and _DIGIT.search(line) and not line.endswith((".", ":")):
            found = _line_day(line, pub, whole)
            if found:
                return found
    return None


# a sentence cut after an abbreviated month ("on Mar." | "5, 2024, the ...")
CUT_MONTH = re.compile(r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.$")


def _rejoined(lead: list[str]) -> list[str]:
    """The opening sentences with a sentence cut after an abbreviated month put back."""
    out: list[str] = []
    for sentence in lead:
        if out and sentence[:1].isdigit() and CUT_MONTH.search(out[-1]):  # cheap test first
            out[-1] = f"{out[-1]} {sentence}"
        else:
            out.append(sentence)
    return out


def _lead_day(
    lead: list[str], pub: str | None, anchor: str | None, whole: str, relative_upto: int = 2
) -> str | None:
    """The first day the opening sentences state, or name relatively in the first
    ``relative_upto`` of them."""
    for k, sentence in enumerate(lead):
        if k and ANOTHER_TIME.match(sentence):
            continue  # "Earlier, on 21 June, the Prime Minister addressed ...": another event
        # the earlier of a stated day and a relative one ("has today ... after the
        # earthquake of 8 September")
        stated = _stated_day(sentence, pub, whole)
        relative = relative_day(sentence, anchor) if k < relative_upto else None
        if stated and (not relative or stated[0] <= relative[0]):
            return stated[1]
        if relative:
            return relative[1]
    for k, sentence in enumerate(lead):
        stated = (
            None if k and ANOTHER_TIME.match(sentence) else _stated_day(sentence, pub, whole, True)
        )
        if stated:
            return stated[1]  # "Following their talks on 3 March, the leaders ...": no other
    return None


# the start of a visit: "arrived in Belgrade on 7 May", "began his state visit on 7 May"
ARRIVED = re.compile(
    r"\b(?:arrived|arrives|landed) in\b|\b(?:began|started|begins|starts|commenced) "
    r"(?:a |an |his |her |the )?(?:[\w-]+ ){0,2}(?:visit|trip|tour)\b|"
    # the visit named first: "During the visit, which began on 12 March"
    r"\b(?:visit|trip|tour),? which (?:began|started|commenced)\b"
)


# the end of a visit of a stated length: "wrapped up a two-day visit ... on Tuesday"
ENDED = re.compile(
    r"\b(?:concluded|concludes|wrapped up|wraps up|ended|ends|completed|completes) "
    r"(?:a|an|his|her|the|their) (?P<n>two|three|four|five|[2-9])-day\b"
)
NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5}


def _first_of(lead: list[str], day: str | None, pub, anchor, whole: str) -> str | None:
    """A visit's first day from its last and its length: a visit of n days that the
    sentence giving ``day`` ends on it began n - 1 days before."""
    if not day or len(day) != 10:
        return day
    for sentence in lead:
        m = ENDED.search(sentence) if "-day" in sentence else None
        if m and _lead_day([sentence], pub, anchor, whole) == day:
            n = NUMBER_WORDS.get(m["n"]) or int(m["n"])
            return (date.fromisoformat(day) - timedelta(days=n - 1)).isoformat()
    return day


def _arrival_day(lead: list[str], pub: str | None, whole: str, day: str | None) -> str | None:
    """A visit's first day: an arrival stated in the opening sentences before ``day``
    (talks on 8 May, 'Xi arrived in Belgrade on 7 May'), within ten days of it, or with
    no other day ('The previous day, on 6 May, Xi arrived in Belgrade')."""
    for sentence in lead:
        if not ARRIVED.search(sentence):
            continue
        stated = _stated_day(sentence, pub, whole)
        if stated is None and day and len(day) == 10:
            # "met on Friday 9 February ... He arrived on Thursday": a weekday alone counts
            # back from the visit's stated day, not from the release
            stated = relative_day(sentence, day)
        if stated and day is None:
            return stated[1]
        if stated and len(stated[1]) == len(day) == 10 and stated[1] < day:
            gap = date.fromisoformat(day) - date.fromisoformat(stated[1])
            if gap <= timedelta(days=10):
                return stated[1]
    return day


# a sentence after the opening that turns to an earlier time, and so to another event, or
# to a later day of a visit, whose date is its first (a later hour of the day may be the
# engagement's own: "Later, on 5 March, the leaders held talks")
ANOTHER_TIME = re.compile(
    r"\s*(?:Earlier|Previously|Before that|Prior to (?:that|this)|"
    r"The (?:next|following|previous) day),"
)


# a later sentence that dates the engagement itself: "The talks took place on 14 March",
# "The meeting was held on 14 March 2023 in Abuja"
TOLD = re.compile(
    r"\b(?:[Tt]he|[Tt]heir|[Tt]his|[Tt]oday's) (?:[\w-]+ ){0,2}?(?:talks|meeting|call|"
    r"conversation|consultations|discussions?|visit|summit) (?:took place|was held|were held|"
    r"was conducted|were conducted)\b[^.;]*"
)
TOLD_VERBS = ("took place", "was held", "were held", "was conducted", "were conducted")


def _told_day(whole: str, pub: str | None) -> str | None:
    """The day a sentence after the opening gives the engagement ('The talks took place on
    14 March'), when the opening gives none. Only the sentences around the verbs TOLD
    needs are searched, not the whole text."""
    starts = sorted(
        max(whole.rfind(".", 0, at), whole.rfind("\n", 0, at)) + 1
        for verb in TOLD_VERBS
        if (at := whole.find(verb)) >= 0
    )
    for start in starts:
        end = whole.find(".", start)
        m = TOLD.search(whole, start, end if end > 0 else len(whole))
        stated = _stated_day(m[0], pub, whole) if m else None
        if stated:
            return stated[1]
    return None


_LAST: list = [None]  # the last call's arguments and its answer, as one tuple


def event_date(
    lead: list[str],
    datelines: list[str],
    title: str | None,
    published: str | None,
    whole: str,
    release: bool = False,
    visit: bool = False,
) -> str | None:
    """ISO date of the engagement, ``--MM-DD`` when only day and month are known.

    ``lead`` is the opening sentences; ``release`` marks a message that its sender's
    own office published, which takes the release date when the text gives no day;
    ``visit`` a visit, whose date is its first day (ANNOTATION.md section 7).
    ``extract`` asks twice per readout (for the day before coreference, for the event
    after it), mostly with the same arguments: the last answer is kept.
    """
    key = (lead, datelines, title, published, whole, release, visit)
    last = _LAST[0]
    if last is None or last[0] != key:  # the same strings: compared by identity first
        answer = _event_date(list(lead), datelines, title, published, whole, release, visit)
        last = _LAST[0] = ((list(lead), list(datelines)) + key[2:], answer)
    return last[1]


def _event_date(
    lead: list[str],
    datelines: list[str],
    title: str | None,
    published: str | None,
    whole: str,
    release: bool = False,
    visit: bool = False,
) -> str | None:
    lines = [_line_day(line, published, whole) for line in datelines + ([title] if title else [])]
    lined = next((d for d in lines if d), None) or _closing_day(whole, published)
    lead = _rejoined(lead)
    if len(lead) > 1 and _dateline_sentence(lead[0]):
        # "Montevideo, 2 November 2023. The President ... spoke yesterday": a date line run
        # into the body dates the release, as a line of its own would
        line_day = _line_day(lead[0], published, whole)
        if line_day and len(line_day) == 10:
            lead, lined = lead[1:], lined or line_day
    stamped = None
    if lead:
        lead[0], stamped = _dateline(lead[0], published or lined, whole)
    anchor = stamped if stamped and len(stamped) == 10 else lined or published
    pub = published or anchor
    # a message its sender published: a relative day after the sentence announcing it is
    # the letter's, of what it answers ("the earthquake which struck last night")
    day = _lead_day(lead, pub, anchor, whole, 1 if release else 2) or _told_day(whole, pub)
    if visit:
        day = _arrival_day(lead, pub, whole, _first_of(lead, day, pub, anchor, whole))
    if day:
        return day
    return stamped or lined or (published if release else None)
