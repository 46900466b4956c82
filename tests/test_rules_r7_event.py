"""The event date in the forms other offices write it (ANNOTATION.md sections 1, 7 and 8).

Sentences written for these tests (scripts/stress_event.py probes the same kinds and more);
each case has a near one where the rule must not fire. 14 March 2023 is a Tuesday.
"""

from __future__ import annotations

from reading import read

TIN = "President Bola Tinubu"
RAM = "President Cyril Ramaphosa"
CALL = "held a telephone conversation with"
SA = "The Presidency of South Africa"


def day(text: str, published: str | None = "2023-03-16", publisher: str | None = None):
    return read(text, published, publisher).event.date


def test_a_day_in_a_who_clause_of_an_earlier_act_is_not_the_engagements():
    text = f"{TIN}, who met {RAM} in Pretoria on 2 February, spoke with him by telephone today."
    assert day(text, "2023-03-14") == "2023-03-14"
    # near case: a clause that states this engagement's own day still counts
    text = f"The call between {TIN} and {RAM}, which took place on 13 March, focused on trade."
    assert day(text, "2023-03-14") == "2023-03-13"


def test_a_day_month_year_joined_by_hyphens():
    assert day(f"On 14-Mar-2023, {TIN} {CALL} {RAM}.", None) == "2023-03-14"
    # near case: a range of days before the month still reads as its first day
    text = f"{TIN} paid a state visit to South Africa on 12-14 March at the invitation of {RAM}."
    assert day(text) == "2023-03-12"


def test_two_named_weekdays_of_a_visit_start_on_the_first():
    text = "On {} {TIN} paid a state visit to South Africa at the invitation of {RAM}."
    first = text.format("Sunday 12 and Monday 13 March,", TIN=TIN, RAM=RAM)
    assert day(first) == "2023-03-12"
    # near case: one weekday and its day
    one = text.format("Monday 13 March,", TIN=TIN, RAM=RAM)
    assert day(one) == "2023-03-13"


def test_the_day_an_occasion_falls_on_or_an_election_was_held_is_not_the_engagements():
    falls = f"{TIN} sent greetings to {RAM} on Freedom Day, which falls on 27 April."
    assert day(falls, "2023-04-29", SA) is None
    held = f"{TIN} congratulated {RAM} on his victory in the elections held on 29 May."
    assert day(held, "2024-06-03", SA) is None
    # near case: the engagement's own day stated before the occasion
    dated = f"On 31 May, {TIN} congratulated {RAM} on his victory in the elections."
    assert day(dated, "2024-06-03", SA) == "2024-05-31"


def test_a_dateline_in_capitals():
    assert day(f"KUALA LUMPUR, 14 MARCH 2023 – {TIN} {CALL} {RAM}.") == "2023-03-14"
    assert day(f"ABUJA, MARCH 14 – {TIN} {CALL} {RAM}.") == "2023-03-14"
    # near case: a dateline in capitals without a day leaves the body's relative day
    assert day(f"ABUJA, NIGERIA – {TIN} {CALL} {RAM} on Tuesday.") == "2023-03-14"


def test_days_ago_and_the_previous_evening_count_back_from_the_release():
    assert day(f"Two days ago, {TIN} {CALL} {RAM}.") == "2023-03-14"
    assert day(f"{TIN} {CALL} {RAM} the previous evening.", "2023-03-15") == "2023-03-14"
    # near case: days ago without a number give no day
    assert day(f"A few days ago, {TIN} {CALL} {RAM}.") is None


TALKS = f"{TIN} held talks with {RAM} in Pretoria. The leaders discussed trade. They agreed to "


def test_a_later_sentence_that_dates_the_engagement_itself():
    text = TALKS + "meet again. The talks took place on 14 March."
    assert day(text) == "2023-03-14"
    text = TALKS + "meet again. They discussed the Sahel. The meeting was held on 14 March 2023."
    assert day(text, None) == "2023-03-14"
    # near cases: a later sentence that dates another meeting, or one to come
    assert day(TALKS + "meet again. Their previous meeting was held on 2 February.") is None
    assert day(TALKS + "meet again. The next summit will be held on 20 May.") is None


def test_a_weekday_then_the_nth_is_that_day_of_the_release_month():
    assert day(f"{TIN} {CALL} {RAM} on Tuesday, the 14th.") == "2023-03-14"
    # a release early in a month: the day of the month before
    assert day(f"{TIN} {CALL} {RAM} on Tuesday, the 28th.", "2023-03-02") == "2023-02-28"
    # near case: a month after the ordinal is a stated day, read as such
    assert day(f"{TIN} {CALL} {RAM} on Monday, the 13th of February.") == "2023-02-13"


def test_a_dateline_with_the_day_in_brackets_after_the_place():
    assert day(f"ABUJA (14 March 2023) – {TIN} {CALL} {RAM}.", None) == "2023-03-14"
    # near case: an agency in the brackets gives no day; the body's weekday does
    assert day(f"ABUJA (Reuters) – {TIN} {CALL} {RAM} on Tuesday.") == "2023-03-14"
    assert day(f"ABUJA (Reuters) – {TIN} {CALL} {RAM}.") is None


XI = "President Xi Jinping held a phone call with President Joe Biden"


def test_a_day_one_after_the_release_is_the_other_side_of_the_date_line():
    assert day(f"On the morning of March 14, Beijing time, {XI}.", "2023-03-13") == "2023-03-14"
    # near cases: two days after the release is a future day; so is a meeting agreed on
    assert day(f"On March 15, {XI}.", "2023-03-13") is None
    assert day(f"{XI}. The leaders agreed to meet on 14 March.", "2023-03-13") is None


def test_a_visit_named_before_the_day_it_began():
    text = (
        f"{TIN} concluded his state visit to South Africa today. During the visit, which began "
        f"on 12 March, he held talks with {RAM}."
    )
    assert day(text, "2023-03-14") == "2023-03-12"
    # near case: another day of the visit is not its beginning
    other = text.replace("which began on 12 March", "which took him to Durban on 13 March")
    assert day(other, "2023-03-14") == "2023-03-14"


def test_a_visit_of_n_days_that_ended_on_a_day_began_n_minus_one_before():
    text = f"{TIN} wrapped up a two-day visit to South Africa on Tuesday, where he met {RAM}."
    assert day(text) == "2023-03-13"
    text = f"{TIN} concluded a three-day state visit to South Africa on 14 March, meeting {RAM}."
    assert day(text) == "2023-03-12"
    # near case: a visit of n days that began on a day began on it
    text = f"{TIN} began a two-day visit to South Africa on Tuesday, where he met {RAM}."
    assert day(text) == "2023-03-14"
