"""Probe the event date and statement speakers with readouts written in every form offices use.

Each probe is a short readout written for this script (no sentence of a real readout), the
publication date it carries, and what ANNOTATION.md asks for: the event date (sections 1, 7
and 8) or each statement's speaker (sections 5, 7 and 8). The script prints found/expected by
form and the failures, so a round can see which kinds of wording the extractor misses.

    python scripts/stress_event.py            # both parts, the misses
    python scripts/stress_event.py dates      # one part
    python scripts/stress_event.py --all      # every probe, found and expected
"""

from __future__ import annotations

import sys

from kg.extract import extract
from kg.model import Readout

TIN = "President Bola Tinubu"
RAM = "President Cyril Ramaphosa"
CALL = "held a telephone conversation with"

# (form, text, published, expected date); 2023-03-14 is a Tuesday, 2023-03-16 a Thursday
# and, as a fifth item, the publisher when it matters
DATES: list[tuple] = [
    (
        "dateline day-month-year",
        f"ABUJA, 14 March 2023 — {TIN} {CALL} {RAM} of South Africa.",
        "2023-03-16",
        "2023-03-14",
    ),
    (
        "dateline agency",
        f"Beijing, March 14 (Xinhua) -- {TIN} {CALL} {RAM} on regional trade.",
        "2023-03-16",
        "2023-03-14",
    ),
    (
        "dateline agency + weekday, no pub",
        f"Beijing, March 14 (Xinhua) -- {TIN} {CALL} {RAM} on Tuesday.",
        None,
        "--03-14",  # outside knowledge (the weekday's year) never fixes a date
    ),
    ("dotted numeric", f"On 14.03.2023, {TIN} {CALL} {RAM}.", "2023-03-16", "2023-03-14"),
    ("iso", f"On 2023-03-14, {TIN} {CALL} {RAM}.", "2023-03-16", "2023-03-14"),
    ("abbreviated month", f"On Mar. 14, 2023, {TIN} {CALL} {RAM}.", "2023-03-16", "2023-03-14"),
    ("abbreviated month, mid", f"{TIN} {CALL} {RAM} on Mar. 14, 2023.", "2023-03-16", "2023-03-14"),
    ("ordinal day-month", f"On 14th March, {TIN} {CALL} {RAM}.", "2023-03-16", "2023-03-14"),
    ("the Nth of Month", f"{TIN} {CALL} {RAM} on the 14th of March.", "2023-03-16", "2023-03-14"),
    (
        "the Nth of Month, year",
        f"On the 14th of March 2023, {TIN} {CALL} {RAM}.",
        None,
        "2023-03-14",
    ),
    ("Month Nth, year", f"On March 14th, 2023, {TIN} {CALL} {RAM}.", None, "2023-03-14"),
    ("slashed numeric", f"On 14/03/2023 {TIN} {CALL} {RAM}.", "2023-03-16", "2023-03-14"),
    ("on weekday", f"{TIN} {CALL} {RAM} on Tuesday.", "2023-03-16", "2023-03-14"),
    ("last weekday", f"Last Tuesday, {TIN} {CALL} {RAM}.", "2023-03-16", "2023-03-14"),
    ("weekday, date", f"On Tuesday, 14 March, {TIN} {CALL} {RAM}.", "2023-03-16", "2023-03-14"),
    ("weekday (date)", f"On Tuesday (March 14), {TIN} {CALL} {RAM}.", "2023-03-16", "2023-03-14"),
    ("date (weekday)", f"On 14 March (Tuesday), {TIN} {CALL} {RAM}.", "2023-03-16", "2023-03-14"),
    ("today", f"{TIN} today {CALL} {RAM}.", "2023-03-14", "2023-03-14"),
    ("yesterday", f"{TIN} {CALL} {RAM} yesterday.", "2023-03-15", "2023-03-14"),
    ("this morning", f"This morning, {TIN} {CALL} {RAM}.", "2023-03-14", "2023-03-14"),
    ("this weekday-part", f"This afternoon {TIN} {CALL} {RAM}.", "2023-03-14", "2023-03-14"),
    ("on the evening of", f"On the evening of 14 March, {TIN} {CALL} {RAM}.", None, "--03-14"),
    ("last week: no day", f"Last week, {TIN} {CALL} {RAM}.", "2023-03-16", None),
    ("earlier this month: no day", f"Earlier this month, {TIN} {CALL} {RAM}.", "2023-03-16", None),
    ("this week: no day", f"This week {TIN} {CALL} {RAM}.", "2023-03-16", None),
    ("recently: no day", f"{TIN} recently {CALL} {RAM}.", "2023-03-16", None),
    ("month only: no day", f"In March 2023, {TIN} {CALL} {RAM}.", "2023-03-16", None),
    ("mid-month: no day", f"In mid-March, {TIN} {CALL} {RAM}.", "2023-03-16", None),
    ("no date, no pub", f"{TIN} {CALL} {RAM}.", None, None),
    ("no date, pub", f"{TIN} {CALL} {RAM}.", "2023-03-16", None),
    (
        "heading date",
        f"14 March 2023\n\n{TIN} {CALL} {RAM} on trade.",
        "2023-03-16",
        "2023-03-14",
    ),
    (
        "heading weekday date",
        f"Tuesday, 14 March 2023\n\n{TIN} {CALL} {RAM} on trade.",
        "2023-03-16",
        "2023-03-14",
    ),
    (
        "heading date + today",
        f"14 March 2023\n\n{TIN} today {CALL} {RAM} on trade.",
        None,
        "2023-03-14",
    ),
    (
        "title with date",
        f"Readout of the call between Nigeria and South Africa, 14 March 2023\n\n{TIN} {CALL} "
        f"{RAM} on trade.",
        "2023-03-16",
        "2023-03-14",
    ),
    (
        "title with date + yesterday",
        f"Call between the Presidents of Nigeria and South Africa, 15 March 2023\n\n{TIN} "
        f"{CALL} {RAM} yesterday.",
        None,
        "2023-03-14",
    ),
    (
        "heading numeric date",
        f"Press release | 14.03.2023\n\n{TIN} {CALL} {RAM} on trade.",
        "2023-03-16",
        "2023-03-14",
    ),
    (
        "closing date line",
        f"{TIN} {CALL} {RAM} on trade.\n\nAbuja\n14 March 2023",
        None,
        "2023-03-14",
    ),
    (
        "sidelines on a day",
        f"{TIN} met {RAM} on the sidelines of the African Union summit in Addis Ababa on 14 March.",
        "2023-03-16",
        "2023-03-14",
    ),
    (
        "sidelines, day first",
        f"On 14 March, on the sidelines of the African Union summit, {TIN} met {RAM}.",
        "2023-03-16",
        "2023-03-14",
    ),
    (
        "anniversary day only: no day",
        f"{TIN} sent a message to {RAM} on the occasion of the anniversary of Freedom Day on "
        "27 April.",
        "2023-04-29",
        None,
        "The Presidency of South Africa",
    ),
    (
        "anniversary day only, sender's office",
        f"{TIN} sent a message to {RAM} on the occasion of the anniversary of Freedom Day on "
        "27 April.",
        "2023-04-29",
        "2023-04-29",
        "Presidency of Nigeria",
    ),
    (
        "anniversary + today",
        f"{TIN} today {CALL} {RAM}, marking the 30th anniversary of relations established on "
        "12 March 1993.",
        "2023-03-14",
        "2023-03-14",
    ),
    (
        "future summit only: no day",
        f"{TIN} {CALL} {RAM}. They agreed to meet at the summit to be held in Lagos on 20 April.",
        "2023-03-16",
        None,
    ),
    (
        "future summit + weekday",
        f"{TIN} {CALL} {RAM} on Tuesday ahead of the summit to be held on 20 April.",
        "2023-03-16",
        "2023-03-14",
    ),
    (
        "future visit first",
        f"Ahead of his state visit on 20 April, {TIN} {CALL} {RAM} on Tuesday.",
        "2023-03-16",
        "2023-03-14",
    ),
    (
        "past visit recalled",
        f"{TIN} {CALL} {RAM} on Tuesday. He recalled his visit to Pretoria on 2 February.",
        "2023-03-16",
        "2023-03-14",
    ),
    (
        "past visit recalled, no day",
        f"{TIN} {CALL} {RAM}. The two leaders recalled their meeting in Pretoria on 2 February.",
        "2023-03-16",
        None,
    ),
    (
        "past meeting in clause",
        f"{TIN}, who met {RAM} in Pretoria on 2 February, spoke with him by telephone today.",
        "2023-03-14",
        "2023-03-14",
    ),
    (
        "hijri beside gregorian",
        f"On 22 Sha'ban 1444 AH, corresponding to 14 March 2023, {TIN} {CALL} {RAM}.",
        "2023-03-16",
        "2023-03-14",
    ),
    (
        "gregorian (hijri)",
        f"On 14 March 2023 (22 Sha'ban 1444 AH), {TIN} {CALL} {RAM}.",
        "2023-03-16",
        "2023-03-14",
    ),
    (
        "hijri heading",
        f"Tuesday 22 Sha'ban 1444 AH - 14 March 2023\n\n{TIN} {CALL} {RAM}.",
        "2023-03-16",
        "2023-03-14",
    ),
    (
        "time with zone",
        f"At 10:00 GMT on 14 March, {TIN} {CALL} {RAM}.",
        "2023-03-16",
        "2023-03-14",
    ),
    (
        "day then time with zone",
        f"On 14 March at 10:00 GMT, {TIN} {CALL} {RAM}.",
        "2023-03-16",
        "2023-03-14",
    ),
    (
        "local time",
        f"On the evening of March 14 local time, {TIN} {CALL} {RAM}.",
        "2023-03-16",
        "2023-03-14",
    ),
    (
        "beijing time",
        f"On the evening of March 14, Beijing time, {TIN} {CALL} {RAM}.",
        "2023-03-16",
        "2023-03-14",
    ),
    (
        "time then weekday",
        f"At 15:30 CET on Tuesday, {TIN} {CALL} {RAM}.",
        "2023-03-16",
        "2023-03-14",
    ),
    (
        "multi-day visit from..to",
        f"{TIN} paid a state visit to South Africa from 12 to 14 March, at the invitation of "
        f"{RAM}.",
        "2023-03-16",
        "2023-03-12",
    ),
    (
        "multi-day visit range",
        f"{TIN} paid a state visit to South Africa on 12-14 March 2023 at the invitation of {RAM}.",
        "2023-03-16",
        "2023-03-12",
    ),
    (
        "multi-day visit Month range",
        f"{TIN} paid a state visit to South Africa March 12-14 at the invitation of {RAM}.",
        "2023-03-16",
        "2023-03-12",
    ),
    (
        "multi-day visit from..to months",
        f"{TIN} paid a state visit to South Africa from 30 March to 2 April at the invitation "
        f"of {RAM}.",
        "2023-04-04",
        "2023-03-30",
    ),
    (
        "january release, december day",
        f"On 30 December, {TIN} {CALL} {RAM}.",
        "2024-01-03",
        "2023-12-30",
    ),
    (
        "second sentence day",
        f"{TIN} {CALL} {RAM}. The call took place on 14 March.",
        "2023-03-16",
        "2023-03-14",
    ),
    (
        "day of week + month day no comma",
        f"On Tuesday March 14 {TIN} {CALL} {RAM}.",
        "2023-03-16",
        "2023-03-14",
    ),
    (
        "overnight today",
        f"{TIN} {CALL} {RAM} earlier today.",
        "2023-03-14",
        "2023-03-14",
    ),
    (
        "last night",
        f"{TIN} {CALL} {RAM} last night.",
        "2023-03-15",
        "2023-03-14",
    ),
    ("news style weekday", f"{TIN} spoke Tuesday with {RAM}.", "2023-03-16", "2023-03-14"),
    ("late weekday", f"Late Tuesday, {TIN} {CALL} {RAM}.", "2023-03-16", "2023-03-14"),
    ("weekday evening", f"{TIN} {CALL} {RAM} on Tuesday evening.", "2023-03-16", "2023-03-14"),
    (
        "early hours of weekday",
        f"In the early hours of Tuesday, {TIN} {CALL} {RAM}.",
        "2023-03-16",
        "2023-03-14",
    ),
    ("over the weekend: no day", f"Over the weekend, {TIN} {CALL} {RAM}.", "2023-03-16", None),
    ("ordinal only", f"{TIN} {CALL} {RAM} on the 14th.", "2023-03-16", "2023-03-14"),
    ("day, comma year", f"On 14 March, 2023, {TIN} {CALL} {RAM}.", None, "2023-03-14"),
    ("day-Mon-year", f"On 14-Mar-2023, {TIN} {CALL} {RAM}.", None, "2023-03-14"),
    ("Mon day no year", f"On Mar 14, {TIN} {CALL} {RAM}.", "2023-03-16", "2023-03-14"),
    (
        "heading with time",
        f"14 March 2023, 10:35\n\n{TIN} today {CALL} {RAM}.",
        "2023-03-16",
        "2023-03-14",
    ),
    (
        "posted heading + yesterday",
        f"Posted on 15 March 2023\n\n{TIN} {CALL} {RAM} yesterday.",
        None,
        "2023-03-14",
    ),
    (
        "date: heading",
        f"Date: 14/03/2023\n\n{TIN} {CALL} {RAM} on trade.",
        None,
        "2023-03-14",
    ),
    (
        "title (date)",
        f"Readout of the call with President Ramaphosa (March 14, 2023)\n\n{TIN} {CALL} {RAM}.",
        None,
        "2023-03-14",
    ),
    (
        "two weekdays of a visit",
        f"On Sunday 12 and Monday 13 March, {TIN} paid a state visit to South Africa at the "
        f"invitation of {RAM}.",
        "2023-03-16",
        "2023-03-12",
    ),
    (
        "between..and visit",
        f"{TIN} paid an official visit to South Africa between 12 and 14 March at the "
        f"invitation of {RAM}.",
        "2023-03-16",
        "2023-03-12",
    ),
    (
        "visit on D and D",
        f"{TIN} paid an official visit to South Africa on 12 and 13 March at the invitation "
        f"of {RAM}.",
        "2023-03-16",
        "2023-03-12",
    ),
    (
        "from Month D to D",
        f"{TIN} paid an official visit to South Africa from March 12 to 14 at the invitation "
        f"of {RAM}.",
        "2023-03-16",
        "2023-03-12",
    ),
    (
        "from D Month to D Month",
        f"{TIN} paid an official visit to South Africa from 12 March to 14 March at the "
        f"invitation of {RAM}.",
        "2023-03-16",
        "2023-03-12",
    ),
    (
        "persian beside gregorian",
        f"On 14 March 2023 (23 Esfand 1401), {TIN} {CALL} {RAM}.",
        None,
        "2023-03-14",
    ),
    (
        "time (zone) then date",
        f"At 10 a.m. (Moscow time) on March 14, {TIN} {CALL} {RAM}.",
        "2023-03-16",
        "2023-03-14",
    ),
    (
        "two zones",
        f"On the morning of March 14 Beijing time (evening of March 13 Eastern Time), {TIN} "
        f"{CALL} {RAM}.",
        "2023-03-16",
        "2023-03-14",
    ),
    (
        "margins on weekday",
        f"On the margins of the UN General Assembly in New York on Tuesday, {TIN} met {RAM}.",
        "2023-03-16",
        "2023-03-14",
    ),
    (
        "anniversary first, today after",
        f"On the 75th anniversary of the founding of the UN on 24 October, {TIN} today {CALL} "
        f"{RAM}.",
        "2023-10-25",
        "2023-10-25",
    ),
    (
        "following past visit, today",
        f"Following his visit to Pretoria on 2 February, {TIN} today {CALL} {RAM}.",
        "2023-03-14",
        "2023-03-14",
    ),
    (
        "in a call on weekday",
        f"In a call on Tuesday, {TIN} told {RAM} that trade had grown.",
        "2023-03-16",
        "2023-03-14",
    ),
    (
        "meeting held on day in city",
        f"During a meeting held on 14 March in Abuja, {TIN} and {RAM} discussed trade.",
        "2023-03-16",
        "2023-03-14",
    ),
    (
        "which falls on: no day",
        f"{TIN} sent greetings to {RAM} on Freedom Day, which falls on 27 April.",
        "2023-04-29",
        None,
        "The Presidency of South Africa",
    ),
    (
        "elections held on: no day",
        f"{TIN} congratulated {RAM} on his victory in the elections held on 29 May.",
        "2024-06-03",
        None,
        "The Presidency of South Africa",
    ),
    (
        "call about an attack on a day",
        f"{TIN} {CALL} {RAM} on Tuesday following the attack on 10 March in Durban.",
        "2023-03-16",
        "2023-03-14",
    ),
    (
        "on the same day",
        f"{TIN} arrived in Pretoria on 13 March. On the same day he held talks with {RAM}.",
        "2023-03-16",
        "2023-03-13",
    ),
    (
        "capitals dateline",
        f"KUALA LUMPUR, 14 MARCH 2023 – {TIN} {CALL} {RAM}.",
        "2023-03-16",
        "2023-03-14",
    ),
    ("capitals month first", f"ABUJA, MARCH 14 – {TIN} {CALL} {RAM}.", "2023-03-16", "2023-03-14"),
    (
        "capitals heading",
        f"TUESDAY, 14 MARCH 2023\n\n{TIN} {CALL} {RAM} on trade.",
        "2023-03-16",
        "2023-03-14",
    ),
    (
        "commencing at, for approximately",
        f"On March 14, commencing at 6:40 p.m. for approximately 20 minutes, {TIN} {CALL} {RAM}.",
        "2023-03-16",
        "2023-03-14",
    ),
    (
        "numeric dateline",
        f"Brussels, 14.03.2023 – {TIN} {CALL} {RAM}.",
        "2023-03-16",
        "2023-03-14",
    ),
    (
        "heading city, date, no dash",
        f"Brussels, 14 March 2023\n\n{TIN} {CALL} {RAM}.",
        "2023-03-16",
        "2023-03-14",
    ),
    ("earlier this week: no day", f"Earlier this week, {TIN} {CALL} {RAM}.", "2023-03-16", None),
    ("a few days ago: no day", f"A few days ago, {TIN} {CALL} {RAM}.", "2023-03-16", None),
    ("this past weekday", f"This past Tuesday, {TIN} {CALL} {RAM}.", "2023-03-16", "2023-03-14"),
    ("weekday last", f"On Tuesday last, {TIN} {CALL} {RAM}.", "2023-03-16", "2023-03-14"),
    ("two days ago", f"Two days ago, {TIN} {CALL} {RAM}.", "2023-03-16", "2023-03-14"),
    ("previous evening", f"{TIN} {CALL} {RAM} the previous evening.", "2023-03-15", "2023-03-14"),
    (
        "time, date, zone after",
        f"At 9 p.m. on 14 March (Kyiv time), {TIN} {CALL} {RAM}.",
        "2023-03-16",
        "2023-03-14",
    ),
    (
        "message release, no day",
        f"{TIN} has sent a message of congratulations to {RAM} on his re-election.",
        "2023-03-16",
        None,
        "The Presidency of South Africa",  # not the sender's office
    ),
    (
        "message release, sender's office",
        f"{TIN} has sent a message of congratulations to {RAM} on his re-election.",
        "2023-03-16",
        "2023-03-16",
        "Presidency of Nigeria",
    ),
]
# the day stated after the opening, and ordinals after a weekday
DATES += [
    (
        "later sentence: the talks took place",
        f"{TIN} held talks with {RAM} in Pretoria. The leaders discussed trade. They agreed to "
        "meet again. The talks took place on 14 March.",
        "2023-03-16",
        "2023-03-14",
    ),
    (
        "later sentence: the meeting was held",
        f"{TIN} held talks with {RAM} in Pretoria. The leaders discussed trade. They agreed to "
        "meet again. They also discussed the Sahel. The meeting was held on 14 March 2023.",
        None,
        "2023-03-14",
    ),
    (
        "later sentence: their previous meeting",
        f"{TIN} held talks with {RAM} in Pretoria. The leaders discussed trade. They agreed to "
        "meet again. Their previous meeting was held on 2 February.",
        "2023-03-16",
        None,
    ),
    (
        "later sentence: the next summit",
        f"{TIN} held talks with {RAM} in Pretoria. The leaders discussed trade. They agreed to "
        "meet again. The next summit will be held on 20 May.",
        "2023-03-16",
        None,
    ),
    (
        "weekday, the Nth",
        f"{TIN} held a phone call with {RAM} on Tuesday, the 14th.",
        "2023-03-16",
        "2023-03-14",
    ),
    (
        "weekday, the Nth of Month",
        f"{TIN} held a phone call with {RAM} on Tuesday, the 14th of March.",
        "2023-03-16",
        "2023-03-14",
    ),
    (
        "future summit after day",
        f"{TIN} held a phone call with {RAM} on March 14, 2023, a day "
        "before the summit scheduled for 15 March.",
        None,
        "2023-03-14",
    ),
    (
        "day before scheduled: no day",
        f"A day before the summit scheduled for 15 March, {TIN} held a phone call with {RAM}.",
        "2023-03-16",
        None,
    ),
    (
        "yesterday before verb",
        f"{TIN} yesterday held talks with {RAM}.",
        "2023-03-15",
        "2023-03-14",
    ),
    (
        "on weekday before verb",
        f"{TIN} on Tuesday held talks with {RAM}.",
        "2023-03-16",
        "2023-03-14",
    ),
    (
        "Mar 14 2023 no comma",
        f"{TIN} held a phone call with {RAM} on Mar 14 2023.",
        None,
        "2023-03-14",
    ),
    (
        "day Month year (weekday)",
        f"{TIN} held a phone call with {RAM} on 14 March 2023 (Tuesday).",
        None,
        "2023-03-14",
    ),
    (
        "weekday Nth Month year",
        f"{TIN} held a phone call with {RAM} on Tuesday 14th March 2023.",
        None,
        "2023-03-14",
    ),
    (
        "earlier today, date",
        f"{TIN} held a phone call with {RAM} earlier today, 14 March.",
        "2023-03-14",
        "2023-03-14",
    ),
]

# datelines and date lines as other offices and agencies set them
B = f"{TIN} {CALL} {RAM}"
DATES += [
    ("dateline weekday, date", f"WASHINGTON, Tuesday, March 14, 2023 – {B}.", None, "2023-03-14"),
    ("dateline (date)", f"ABUJA (14 March 2023) – {B}.", None, "2023-03-14"),
    ("dateline (agency)", f"ABUJA (Reuters) – {B} on Tuesday.", "2023-03-16", "2023-03-14"),
    ("dateline numeric, stop", f"Abuja, 14.03.2023. {B}.", None, "2023-03-14"),
    ("date, place dateline", f"14 March 2023, Abuja – {B}.", None, "2023-03-14"),
    ("dateline /wire/", f"ABUJA, March 14 /PRNewswire/ -- {B}.", "2023-03-16", "2023-03-14"),
    ("dateline (agency) after date", f"Abuja, March 14, 2023 (NAN) – {B}.", None, "2023-03-14"),
    ("dateline colon", f"Pretoria, 14 March 2023: {B}.", None, "2023-03-14"),
    ("dateline square brackets", f"[Abuja, 14 March 2023] {B}.", None, "2023-03-14"),
    ("place – date –", f"Abuja – 14 March 2023 – {B}.", None, "2023-03-14"),
    ("Date: and Time: lines", f"Date: 14 March 2023\nTime: 10:35\n\n{B}.", None, "2023-03-14"),
    (
        "release number, date line",
        f"Release No: 123/2023\nDate: 14.03.2023\n\n{B}.",
        None,
        "2023-03-14",
    ),
    ("foot: place, date", f"{B}.\n\nAbuja, 14 March 2023", None, "2023-03-14"),
    ("foot: numeric", f"{B}.\n\n14.03.2023", None, "2023-03-14"),
    ("foot: date, place", f"{B}.\n\nMarch 14, 2023\nAbuja", None, "2023-03-14"),
]

# time zones: the other side's release may be dated a day before the day its text states
XI = "President Xi Jinping held a phone call with President Joe Biden"
DATES += [
    (
        "a day after the release (zones)",
        f"On the morning of March 14, Beijing time, {XI}.",
        "2023-03-13",
        "2023-03-14",
    ),
    ("two days after the release", f"On March 15, {XI}.", "2023-03-13", None),
    (
        "meeting agreed for the next day",
        f"{XI}. The leaders agreed to meet on 14 March.",
        "2023-03-13",
        None,
    ),
    (
        "evening of US time",
        f"On the evening of March 13 (Washington time), {XI}.",
        "2023-03-14",
        "2023-03-13",
    ),
]

# visits: the first day, however the readout reaches it
DATES += [
    (
        "visit which began on weekday",
        f"{TIN} is on a three-day state visit to South Africa, "
        f"which began on Sunday, at the invitation of {RAM}.",
        "2023-03-14",
        "2023-03-12",
    ),
    (
        "arrived on weekday for a visit",
        f"{TIN} arrived in Pretoria on Sunday for a three-day "
        f"state visit at the invitation of {RAM}.",
        "2023-03-14",
        "2023-03-12",
    ),
    (
        "began a visit, talks next day",
        f"{TIN} began a state visit to South Africa on 12 March "
        f"at the invitation of {RAM}. The two Presidents held talks on 13 March.",
        "2023-03-14",
        "2023-03-12",
    ),
    (
        "concluded today, began on",
        f"{TIN} concluded his state visit to South Africa today. "
        f"During the visit, which began on 12 March, he held talks with {RAM}.",
        "2023-03-14",
        "2023-03-12",
    ),
    (
        "wrapped up an N-day visit on",
        f"{TIN} wrapped up a two-day visit to South Africa on Tuesday, where he met {RAM}.",
        "2023-03-16",
        "2023-03-13",
    ),
    (
        "concluded an N-day visit on date",
        f"{TIN} concluded a three-day state visit to South "
        f"Africa on 14 March, during which he met {RAM}.",
        "2023-03-16",
        "2023-03-12",
    ),
    (
        "future visit: no day",
        f"{TIN} will pay a state visit to South Africa from 20 to 22 "
        f"March at the invitation of {RAM}.",
        "2023-03-14",
        None,
    ),
]


# a call the South African Presidency reports: Ramaphosa is home, Tinubu the other side
HEAD = f"{RAM} {CALL} {TIN} of Nigeria today.\n\n"
SA = "The Presidency of South Africa"
CR, BT, WR = "Cyril Ramaphosa", "Bola Tinubu", "William Ruto"
REPORTING = (
    "said",
    "stressed",
    "noted",
    "pointed out",
    "underlined",
    "affirmed",
    "emphasised",
    "reiterated",
    "highlighted",
    "observed",
    "remarked",
    "indicated",
    "explained",
    "conveyed",
    "informed his counterpart",
    "told his counterpart",
    "assured",
    "welcomed the fact",
    "acknowledged",
    "maintained",
    "stated",
    "recalled",
    "expressed the view",
    "underscored",
    "agreed",
)

# (form, text, published, publisher, expected speakers in order)
SPEAK: list[tuple[str, str, str | None, str | None, list[str]]] = (
    [
        (
            f"X {verb} that",
            HEAD + f"President Tinubu {verb} that trade had grown this year.",
            "2023-03-14",
            SA,
            [BT],
        )
        for verb in REPORTING
    ]
    + [
        (
            "according to X",
            HEAD + "According to President Tinubu, Nigeria is ready to expand trade.",
            "2023-03-14",
            SA,
            [BT],
        ),
        (
            "X's view was that",
            HEAD + "President Tinubu's view was that the region needed investment.",
            "2023-03-14",
            SA,
            [BT],
        ),
        (
            "in X's view",
            HEAD + "In President Tinubu's view, the region needed more investment.",
            "2023-03-14",
            SA,
            [BT],
        ),
        (
            "quote, X said",
            HEAD + '"Trade between us has grown," President Tinubu said.',
            "2023-03-14",
            SA,
            [BT],
        ),
        (
            "quote, said X",
            HEAD + '"Trade between us has grown," said President Tinubu.',
            "2023-03-14",
            SA,
            [BT],
        ),
        (
            "quote, the office said",
            HEAD + '"Our trade has grown strongly," the Nigerian President said.',
            "2023-03-14",
            SA,
            [BT],
        ),
        (
            "quote, he added",
            HEAD + "President Tinubu stressed that trade had grown. "
            '"We will do more together," he added.',
            "2023-03-14",
            SA,
            [BT, BT],
        ),
        (
            "two-sentence quote",
            HEAD + '"We value this partnership. We will expand trade," President Tinubu said.',
            "2023-03-14",
            SA,
            # ANNOTATION.md: one statement, opened at the quotation's first sentence; the second
            # sentence's own is an extra, which scoring (by opening) does not count
            [BT, BT],
        ),
        (
            "in his remarks, X",
            HEAD + "In his remarks, President Tinubu thanked South Africa for its support.",
            "2023-03-14",
            SA,
            [BT],
        ),
        (
            "X, for his part,",
            HEAD + "President Tinubu, for his part, stressed that trade had grown.",
            "2023-03-14",
            SA,
            [BT],
        ),
        (
            "for his part, X",
            HEAD + "For his part, President Tinubu stressed that trade had grown.",
            "2023-03-14",
            SA,
            [BT],
        ),
        (
            "the office, in turn,",
            HEAD + "The Nigerian President, in turn, noted that trade had grown.",
            "2023-03-14",
            SA,
            [BT],
        ),
        (
            "the state's side",
            HEAD + "The Nigerian side stressed that trade had grown.",
            "2023-03-14",
            SA,
            ["Nigeria"],  # a side is its state, as the dev gold writes "The EU side stressed"
        ),
        (
            "state's President",
            HEAD + "South Africa's President reiterated his support for ECOWAS.",
            "2023-03-14",
            SA,
            [CR],
        ),
        (
            "both sides agreed",
            HEAD + "Both sides agreed that trade should grow.",
            "2023-03-14",
            SA,
            ["both"],
        ),
        (
            "the two leaders reaffirmed",
            HEAD + "The two leaders reaffirmed their commitment to the "
            "African Continental Free Trade Area.",
            "2023-03-14",
            SA,
            ["both"],
        ),
        (
            "both leaders",
            HEAD + "Both leaders welcomed the growth of trade.",
            "2023-03-14",
            SA,
            ["both"],
        ),
        ("they agreed", HEAD + "They agreed to meet again soon.", "2023-03-14", SA, ["both"]),
        (
            "X and Y agreed",
            HEAD + "Ramaphosa and Tinubu agreed to expand trade.",
            "2023-03-14",
            SA,
            ["both"],
        ),
        (
            "the leaders exchanged views",
            HEAD + "The leaders exchanged views on regional security.",
            "2023-03-14",
            SA,
            ["both"],
        ),
        (
            "it was agreed",
            HEAD + "It was agreed that the ministers would meet in April.",
            "2023-03-14",
            SA,
            ["both"],
        ),
        (
            "pronoun across sentences",
            HEAD + "President Tinubu stressed that trade had grown. He also "
            "noted that investment had risen.",
            "2023-03-14",
            SA,
            [BT, BT],
        ),
        (
            "pronoun across paragraphs",
            HEAD + "President Tinubu stressed that trade had grown.\n\n"
            "He further underlined the need for investment.",
            "2023-03-14",
            SA,
            [BT, BT],
        ),
        (
            "the latter",
            HEAD + "President Ramaphosa briefed President Tinubu on the energy plan. The "
            "latter noted that Nigeria could help.",
            "2023-03-14",
            SA,
            [CR, BT],
        ),
        ("surname only", HEAD + "Tinubu said that trade had grown.", "2023-03-14", SA, [BT]),
        ("Mr surname", HEAD + "Mr Tinubu said that trade had grown.", "2023-03-14", SA, [BT]),
        (
            "speaking about, X said",
            HEAD + "Speaking about trade, President Tinubu said it had grown.",
            "2023-03-14",
            SA,
            [BT],
        ),
        (
            "during the call, X",
            HEAD + "During the call, President Tinubu conveyed his greetings to "
            "the people of South Africa.",
            "2023-03-14",
            SA,
            [BT],
        ),
        (
            "X, who is also chair, said",
            HEAD
            + "President Tinubu, who is also Chair of ECOWAS, said that the region was stable.",
            "2023-03-14",
            SA,
            [BT],
        ),
        (
            "office only: the Secretary-General",
            "The Secretary-General met with President Bola Tinubu of Nigeria today in New York.\n\n"
            "The Secretary-General stressed the importance of regional stability.",
            "2023-03-14",
            "United Nations Secretary-General",
            ["António Guterres"],
        ),
        (
            "office only: the Prime Minister",
            "The Prime Minister spoke to President Bola Tinubu of Nigeria today.\n\n"
            "The Prime Minister said the United Kingdom would support Nigeria's reforms.",
            "2023-03-14",
            "Prime Minister's Office, 10 Downing Street",
            ["Rishi Sunak"],
        ),
        (
            "office only, then the other named",
            "The Prime Minister spoke to President Bola Tinubu of Nigeria today.\n\n"
            "The Prime Minister said trade had grown. President Tinubu noted that investment had "
            "risen.",
            "2023-03-14",
            "Prime Minister's Office, 10 Downing Street",
            ["Rishi Sunak", BT],
        ),
        (
            "multi-party",
            f"{RAM} met {TIN} and President William Ruto of Kenya in Pretoria today.\n\n"
            "President Ruto said that the region needed more trade. President Tinubu stressed "
            "security. The three leaders agreed to meet again.",
            "2023-03-14",
            SA,
            [WR, BT, "both"],
        ),
        (
            "multi-party pronoun",
            f"{RAM} met {TIN} and President William Ruto of Kenya in Pretoria today.\n\n"
            "President Ruto said that the region needed more trade. He also noted that the "
            "corridor should be finished.",
            "2023-03-14",
            SA,
            [WR, WR],
        ),
        (
            "she",
            "Prime Minister Giorgia Meloni held a telephone conversation with President Bola "
            "Tinubu today.\n\nShe stressed that Italy valued the partnership.",
            "2023-03-14",
            "Government of Italy",
            ["Giorgia Meloni"],
        ),
        (
            "first-person letter, signed",
            "Dear President Tinubu,\n\nI congratulate you on your inauguration as President of "
            "Nigeria. I am confident that our relations will grow.\n\nCyril Ramaphosa\n"
            "President of the Republic of South Africa",
            "2023-05-29",
            SA,
            [CR],
        ),
        (
            "first-person letter, announced",
            f"{RAM} sent the following message to {TIN}.\n\nDear President Tinubu,\n\nI "
            "congratulate you on your inauguration. It is my pleasure to note that our relations "
            "have grown.",
            "2023-05-29",
            "Presidency of Nigeria",
            [CR, CR, CR],
        ),
        (
            "first-person letter, announced with a colon",
            f"{RAM} sent the following message to {TIN}:\n\nDear President Tinubu,\n\nI "
            "congratulate you on your inauguration. It is my pleasure to note that our relations "
            "have grown.",
            "2023-05-29",
            "Presidency of Nigeria",
            [CR, CR, CR],
        ),
        (
            "first-person letter, the Presidency",
            "Your Excellency,\n\nI congratulate you on your inauguration as President of Nigeria."
            "\n\nPlease accept, Excellency, the assurances of my highest consideration.",
            "2023-05-29",
            SA,
            [CR],
        ),
        (
            "headline: X sends message to Y",
            "President Ramaphosa sends message to President Tinubu\n\nI congratulate you on your "
            "inauguration as President of Nigeria.",
            "2023-05-29",
            "Presidency of Nigeria",
            [CR],
        ),
        (
            "message announced",
            f"{RAM} sent a message of congratulations to {TIN} on his inauguration.",
            "2023-05-29",
            SA,
            [CR],
        ),
        (
            "content sentence is no statement",
            HEAD + "President Tinubu stressed that trade had "
            "grown. Investment had also risen in both directions.",
            "2023-03-14",
            SA,
            [BT],
        ),
    ]
)

# more subjects: offices, joint subjects, adverbial openings, transcripts
SPEAK += [
    (
        "also + verb",
        HEAD + "President Tinubu also underscored the value of trade.",
        "2023-03-14",
        SA,
        [BT],
    ),
    (
        "further stated",
        HEAD + "President Tinubu further stated that trade had grown.",
        "2023-03-14",
        SA,
        [BT],
    ),
    (
        "the President of state",
        HEAD + "The President of Nigeria thanked South Africa for its support.",
        "2023-03-14",
        SA,
        [BT],
    ),
    (
        "the state's leader",
        HEAD + "The Nigerian leader observed that trade had grown.",
        "2023-03-14",
        SA,
        [BT],
    ),
    (
        "his Nigerian counterpart",
        HEAD + "His Nigerian counterpart noted that trade had grown.",
        "2023-03-14",
        SA,
        [BT],
    ),
    (
        "Mr X and Mr Y discussed",
        HEAD + "Mr Ramaphosa and Mr Tinubu discussed regional security.",
        "2023-03-14",
        SA,
        ["both"],
    ),
    (
        "the Presidents discussed",
        HEAD + "The Presidents discussed regional security.",
        "2023-03-14",
        SA,
        ["both"],
    ),
    (
        "views were exchanged",
        HEAD + "Views were exchanged on regional security.",
        "2023-03-14",
        SA,
        ["both"],
    ),
    (
        "the two sides discussed",
        HEAD + "The two sides discussed regional security.",
        "2023-03-14",
        SA,
        ["both"],
    ),
    (
        "the Heads of State underscored",
        HEAD + "The Heads of State underscored the value of trade.",
        "2023-03-14",
        SA,
        ["both"],
    ),
    (
        "the interlocutors",
        HEAD + "The interlocutors discussed regional security.",
        "2023-03-14",
        SA,
        ["both"],
    ),
    ("the parties", HEAD + "The parties discussed regional security.", "2023-03-14", SA, ["both"]),
    ("the sides", HEAD + "The sides discussed regional security.", "2023-03-14", SA, ["both"]),
    (
        "the President (home)",
        HEAD + "The President also spoke about the energy crisis.",
        "2023-03-14",
        SA,
        [CR],
    ),
    (
        "he after an object",
        HEAD + "President Ramaphosa congratulated President Tinubu on his "
        "inauguration. He wished him success.",
        "2023-03-14",
        SA,
        [CR, CR],
    ),
    (
        "he after the other's statement",
        HEAD + "President Tinubu said trade had grown. He "
        "thanked President Ramaphosa for his support.",
        "2023-03-14",
        SA,
        [BT, BT],
    ),
    (
        "caps transcript",
        HEAD + "PRESIDENT TINUBU: Trade between us has grown.",
        "2023-03-14",
        SA,
        [BT],
    ),
    (
        "the leaders of A, B and C agreed",
        f"{RAM} met {TIN} and President William Ruto of Kenya in Pretoria today.\n\n"
        "The leaders of Nigeria, Kenya and South Africa agreed to expand trade.",
        "2023-03-14",
        SA,
        ["both"],
    ),
    (
        "the Kenyan President",
        f"{RAM} met {TIN} and President William Ruto of Kenya in Pretoria "
        "today.\n\nThe Kenyan President stressed that trade should grow.",
        "2023-03-14",
        SA,
        [WR],
    ),
    (
        "moreover, he said",
        HEAD + "President Tinubu stressed that trade had grown. Moreover, he "
        "said that investment had risen.",
        "2023-03-14",
        SA,
        [BT, BT],
    ),
    (
        "turning to, X said",
        HEAD + "Turning to regional security, President Tinubu said the Sahel needed support.",
        "2023-03-14",
        SA,
        [BT],
    ),
    (
        "on a topic, the office stressed",
        HEAD + "On regional security, the Nigerian President stressed the need for support.",
        "2023-03-14",
        SA,
        [BT],
    ),
    (
        "regarding, the leaders agreed",
        HEAD + "Regarding trade, the two leaders agreed to set up a joint commission.",
        "2023-03-14",
        SA,
        ["both"],
    ),
    (
        "the Chancellor",
        "Federal Chancellor Olaf Scholz spoke with President Bola Tinubu of Nigeria by telephone "
        "today.\n\nThe Federal Chancellor underlined the importance of the energy partnership.",
        "2023-03-14",
        "Federal Government of Germany",
        ["Olaf Scholz"],
    ),
    (
        "the Secretary",
        "Secretary Antony J. Blinken spoke with President Bola Tinubu of Nigeria today.\n\n"
        "The Secretary emphasized the importance of democratic governance.",
        "2023-06-14",
        "U.S. Department of State",
        ["Antony Blinken"],
    ),
    (
        "the Secretary and the President discussed",
        "Secretary Antony J. Blinken spoke with President Bola Tinubu of Nigeria today.\n\n"
        "The Secretary and the President discussed regional security.",
        "2023-06-14",
        "U.S. Department of State",
        ["both"],
    ),
    (
        "X thanked and stressed",
        HEAD + "President Tinubu thanked President Ramaphosa and stressed that trade had grown.",
        "2023-03-14",
        SA,
        [BT],
    ),
    (
        "lastly, the President invited",
        HEAD + "President Tinubu stressed that trade had grown. "
        "Lastly, the Nigerian President invited President Ramaphosa to Abuja.",
        "2023-03-14",
        SA,
        [BT, BT],
    ),
    (
        "she across a paragraph",
        "Prime Minister Giorgia Meloni held a telephone conversation with President Bola Tinubu "
        "today.\n\nPrime Minister Meloni stressed that Italy valued the partnership.\n\nShe also "
        "invited President Tinubu to Rome.",
        "2023-03-14",
        "Government of Italy",
        ["Giorgia Meloni", "Giorgia Meloni"],
    ),
]

# names and styles other ministries write: monarchs, capitals surnames, surnames alone,
# quotations told to the other, a spokesperson (not a participant)
J = "His Majesty King Abdullah II received President Bola Tinubu of Nigeria today.\n\n"
JO = "Royal Hashemite Court"
K = "Prime Minister KISHIDA Fumio held a telephone call with President Bola Tinubu.\n\n"
JP = "Ministry of Foreign Affairs of Japan"
Z = "Prime Minister Rishi Sunak spoke to President Volodymyr Zelenskyy this morning.\n\n"
UK = "Prime Minister's Office, 10 Downing Street"
AK, FK, RS, VZ = "Abdullah II", "Fumio Kishida", "Rishi Sunak", "Volodymyr Zelenskyy"
SPEAK += [
    ("His Majesty", J + "His Majesty stressed the value of stability.", "2023-03-14", JO, [AK]),
    ("The King", J + "The King stressed the value of stability.", "2023-03-14", JO, [AK]),
    (
        "His Majesty and X",
        J + "His Majesty and President Tinubu discussed stability.",
        "2023-03-14",
        JO,
        ["both"],
    ),
    (
        "H.E. President X",
        J + "H.E. President Tinubu noted that Nigeria valued the ties.",
        "2023-03-14",
        JO,
        [BT],
    ),
    (
        "title + SURNAME",
        K + "Prime Minister KISHIDA stated that Japan valued the ties.",
        "2023-03-14",
        JP,
        [FK],
    ),
    ("Mr. SURNAME", K + "Mr. KISHIDA stated that Japan valued the ties.", "2023-03-14", JP, [FK]),
    ("SURNAME alone", K + "KISHIDA stated that Japan valued the ties.", "2023-03-14", JP, [FK]),
    (
        "in response, X",
        K + "In response, President Tinubu stated that Nigeria valued the ties.",
        "2023-03-14",
        JP,
        [BT],
    ),
    (
        "quote, the office told Y",
        Z + "“We stand with you,” the Prime Minister told President Zelenskyy.",
        "2023-03-14",
        UK,
        [RS],
    ),
    ("quote, he told him", Z + "“We stand with you,” he told him.", "2023-03-14", UK, [RS]),
    (
        "spokesperson: no statement",
        Z + "A Downing Street spokesperson said that the leaders discussed the war.",
        "2023-03-14",
        UK,
        [],
    ),
    ("the pair", Z + "The pair discussed the war.", "2023-03-14", UK, ["both"]),
    ("the two men", Z + "The two men discussed the war.", "2023-03-14", UK, ["both"]),
    (
        "both agreed",
        Z + "Both agreed on the value of continued support.",
        "2023-03-14",
        UK,
        ["both"],
    ),
    (
        "X told Y that",
        Z + "Sunak told Zelenskyy that the UK would keep up its support.",
        "2023-03-14",
        UK,
        [RS],
    ),
    (
        "state's President set out",
        Z + "Ukraine's President set out the situation at the front.",
        "2023-03-14",
        UK,
        [VZ],
    ),
]

# openings and light verbs: a clause before the subject, a noun of speech after a light verb,
# a participant's remarks, and the verbs of speech offices vary
TALKS = f"{RAM} held talks with {TIN} of Nigeria at the Union Buildings today.\n\n"
SPEAK += [
    (form, TALKS + said, "2023-03-14", SA, [who])
    for form, said, who in (
        (
            "in an atmosphere, the two",
            "In a cordial atmosphere, the two Presidents discussed trade.",
            "both",
        ),
        (
            "taking the opportunity, X",
            "Taking the opportunity, President Tinubu invited President Ramaphosa to Abuja.",
            BT,
        ),
        (
            "noting that, X",
            "Noting that trade had grown, President Tinubu called for more investment.",
            BT,
        ),
        (
            "X, who was accompanied",
            "President Tinubu, who was accompanied by his Foreign Minister, said trade had grown.",
            BT,
        ),
        (
            "X, speaking on behalf of",
            "President Tinubu, speaking on behalf of ECOWAS, said the region was stable.",
            BT,
        ),
        (
            "X and his counterpart",
            "President Tinubu and his South African counterpart agreed to expand trade.",
            "both",
        ),
        ("Presidents X and Y", "Presidents Ramaphosa and Tinubu agreed to expand trade.", "both"),
        ("both parties", "Both parties agreed to expand trade.", "both"),
        (
            "the A and B Presidents",
            "The South African and Nigerian Presidents agreed to expand trade.",
            "both",
        ),
        (
            "responding to Y, X",
            "Responding to President Ramaphosa, President Tinubu said trade had grown.",
            BT,
        ),
        ("numbered paragraph", "1. President Tinubu said trade had grown.", BT),
        ("bullet", "• The leaders agreed to expand trade.", "both"),
        ("in the words of X", "In the words of President Tinubu, trade has grown.", BT),
        ("made the point", "President Tinubu made the point that trade had grown.", BT),
        ("paid tribute", "President Tinubu paid tribute to President Ramaphosa.", BT),
        ("gave an overview", "President Tinubu gave an overview of the reforms.", BT),
        ("made a proposal", "President Tinubu made a proposal to set up a commission.", BT),
        (
            "used the occasion to",
            "President Tinubu used the occasion to invite President Ramaphosa to Abuja.",
            BT,
        ),
        ("X's remarks focused on", "President Tinubu's remarks focused on trade.", BT),
        ("X's message was that", "The Nigerian leader's message was that trade should grow.", BT),
        ("dwelt on", "President Tinubu dwelt on the reforms.", BT),
        ("echoed", "President Tinubu echoed these views.", BT),
        ("drew attention", "President Tinubu drew attention to the Sahel.", BT),
        ("spotlighted", "President Tinubu spotlighted fair trade.", BT),
        ("was of the view", "President Tinubu was of the view that trade should grow.", BT),
        ("went on to say", "President Tinubu went on to say that trade had grown.", BT),
    )
]

# officials named only by office: the holder on the day, of the publisher's state or body
ONY = "Foreign Minister Geoffrey Onyeama of Nigeria"
SPEAK += [
    (
        f"office only ({who}, {pub})",
        f"The {office} met {ONY}.\n\nThe {office} stressed the importance of trade.",
        day,
        pub,
        [who],
    )
    for office, day, pub, who in (
        ("Secretary-General", "2013-12-27", "United Nations Secretary-General", "Ban Ki-moon"),
        (
            "Prime Minister",
            "2019-03-14",
            "Prime Minister's Office, 10 Downing Street",
            "Theresa May",
        ),
        ("President", "2018-03-14", "The White House", "Donald Trump"),
        ("Secretary", "2018-06-14", "U.S. Department of State", "Mike Pompeo"),
        ("Chancellor", "2016-06-14", "Federal Government of Germany", "Angela Merkel"),
        ("Taoiseach", "2016-06-14", "Department of the Taoiseach", "Enda Kenny"),
        ("Minister", "2018-06-14", "Ministry of Foreign Affairs of Japan", "Taro Kono"),
        ("Foreign Minister", "2018-06-14", "Federal Foreign Office", "Heiko Maas"),
        ("Minister", "2018-06-14", "Ministry of External Affairs", "Sushma Swaraj"),
    )
]

# a leader's own first-person statement: the seat or the headline names the author
CALLED = "Today I spoke with Prime Minister Rishi Sunak. I congratulated him on his appointment."
SPEAK += [
    (
        "first person, White House",
        CALLED,
        "2022-10-25",
        "The White House",
        ["Joe Biden"],  # "I spoke with" is the engagement, no statement
    ),
    ("first person, Kremlin", CALLED, "2022-10-25", "Kremlin", ["Vladimir Putin"]),
    (
        "first person, headline by the President",
        f"Statement by the President on the call with Prime Minister Sunak\n\n{CALLED}",
        "2022-10-25",
        "Ministry of Foreign Affairs of the United States",
        ["Joe Biden"],
    ),
    (
        "first person, Prime Minister's Office",
        "I had a good call with President Bola Tinubu "
        "this morning. I thanked him for Nigeria's leadership in ECOWAS.",
        "2023-08-01",
        "Prime Minister's Office, 10 Downing Street",
        ["Rishi Sunak"],
    ),
]

# an official described by a ministry or seat of their state, or by rank
BLK = "Secretary Antony J. Blinken met with Nigerian Foreign Minister Yusuf Tuggar today.\n\n"
DOS = "U.S. Department of State"
SPEAK += [
    (
        "the <ministry> official",
        BLK + "The State Department official expressed support for the reforms.",
        "2024-03-14",
        DOS,
        ["Antony Blinken"],
    ),
    (
        "the ministry itself: no speaker",
        BLK + "The State Department said it supported the reforms.",
        "2024-03-14",
        DOS,
        [],
    ),
    (
        "the top <side> diplomat",
        BLK + "The top Nigerian diplomat expressed support for the reforms.",
        "2024-03-14",
        DOS,
        ["Yusuf Tuggar"],
    ),
    (
        "a senior <side> official: someone else",
        BLK + "A senior Nigerian official expressed support for the reforms.",
        "2024-03-14",
        DOS,
        [],
    ),
]


def _date(text: str, pub: str | None, publisher: str | None = None) -> str | None:
    return extract(Readout("probe", text, published=pub, publisher=publisher)).event.date


def run_dates(every: bool = False) -> int:
    """Each date probe's found and expected day (only the misses unless ``every``)."""
    bad = 0
    for form, text, pub, want, *publisher in DATES:
        got = _date(text, pub, *publisher)
        bad += got != want
        if every or got != want:
            mark = "ok" if got == want else "MISS"
            print(f"DATE {mark:4s} {form:40s} found {got!s:12s} expected {want}")
    print(f"dates: {len(DATES) - bad}/{len(DATES)} as expected")
    return bad


def run_speakers(every: bool = False) -> int:
    """Each speaker probe's found and expected speakers (only the misses unless ``every``)."""
    bad = 0
    for form, text, pub, publisher, want in SPEAK:
        ex = extract(Readout("probe", text, published=pub, publisher=publisher))
        got = [s.speaker for s in ex.statements]
        bad += got != want
        if every or got != want:
            mark = "ok" if got == want else "MISS"
            print(f"SPK  {mark:4s} {form:40s} found {got} expected {want}")
        if got != want:
            for s in ex.statements:
                print(f"        {s.speaker:24s} {s.act:10s} {s.opening}")
    print(f"speakers: {len(SPEAK) - bad}/{len(SPEAK)} as expected")
    return bad


if __name__ == "__main__":
    args = sys.argv[1:]
    every = "--all" in args  # every probe, not only the misses
    parts = [a for a in args if a != "--all"] or ["dates", "speakers"]
    failed = 0
    if "dates" in parts:
        failed += run_dates(every)
    if "speakers" in parts:
        failed += run_speakers(every)
    sys.exit(1 if failed else 0)
