"""Event fields, statements and topics on readouts written for these tests.

Dates follow ANNOTATION.md section 8: the publication date resolves relative days
and supplies the year, never a day the text does not give.
"""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.model import Readout


def run(text: str, published: str | None = "2023-06-14", publisher: str | None = None):
    return extract(Readout("case", text, published=published, publisher=publisher))


@pytest.mark.parametrize(
    "text,published,expected",
    [
        # no day in the text: no date, whatever the publication date
        (
            "President Joe Biden spoke by phone with President Emmanuel Macron of France.",
            "2023-06-14",
            None,
        ),
        # a relative weekday counts back from the release (2023-06-14 is a Wednesday)
        (
            "President Joe Biden met President Emmanuel Macron of France this Monday in Paris.",
            "2023-06-14",
            "2023-06-12",
        ),
        (
            "President Joe Biden on Tuesday spoke with President Emmanuel Macron of France.",
            "2023-06-14",
            "2023-06-13",
        ),
        (
            "President Joe Biden spoke yesterday with President Emmanuel Macron of France.",
            "2023-06-14",
            "2023-06-13",
        ),
        # the day may come in the second sentence
        (
            "President Joe Biden held talks with President Emmanuel Macron of France.\n\n"
            "The two leaders met in Paris on 12 June and discussed trade.",
            "2023-06-14",
            "2023-06-12",
        ),
        # a later event's day is not the engagement's
        (
            "President Joe Biden met President Emmanuel Macron of France.\n\n"
            "Macron invited Biden to a forum to be held on 20 July in Paris.",
            "2023-06-14",
            None,
        ),
        # a bracketed day glosses "today"
        (
            "President Joe Biden met President Emmanuel Macron of France today (13 June 2023).",
            "2023-06-14",
            "2023-06-13",
        ),
        # "has today" before an earlier day the sentence mentions for another reason
        (
            "President Joe Biden has today spoken with President Emmanuel Macron of France "
            "after the storm that struck on the night of Sunday, 11 June 2023.",
            "2023-06-14",
            "2023-06-14",
        ),
    ],
)
def test_event_date(text, published, expected):
    assert run(text, published).event.date == expected


@pytest.mark.parametrize(
    "text,published,expected",
    [
        # written-out days in the forms governments use, the year from the release
        (
            "Chancellor Olaf Scholz met President Emmanuel Macron in Berlin on 5 May.",
            "2023-05-08",
            "2023-05-05",
        ),
        (
            "On May 5th, Chancellor Olaf Scholz met President Emmanuel Macron in Berlin.",
            "2023-05-08",
            "2023-05-05",
        ),
        (
            "On the 5th of May Chancellor Olaf Scholz met President Emmanuel Macron.",
            "2023-05-08",
            "2023-05-05",
        ),
        # numeric days: dotted day-first; slashes read as the day nearer before the release
        (
            "On 05.06.2023 Chancellor Olaf Scholz met President Emmanuel Macron.",
            "2023-06-07",
            "2023-06-05",
        ),
        (
            "On 6/5/2023 Chancellor Olaf Scholz met President Emmanuel Macron.",
            "2023-06-07",
            "2023-06-05",
        ),
        ("On 2023-06-05 Chancellor Olaf Scholz met President Emmanuel Macron.", None, "2023-06-05"),
        # relative days count back from the release
        (
            "Chancellor Olaf Scholz spoke earlier today with President Emmanuel Macron.",
            "2023-06-14",
            "2023-06-14",
        ),
        (
            "Chancellor Olaf Scholz spoke last night with President Emmanuel Macron.",
            "2023-06-14",
            "2023-06-13",
        ),
        (
            "Chancellor Olaf Scholz spoke last Wednesday with President Emmanuel Macron.",
            "2023-06-14",
            "2023-06-07",
        ),
        # a week or a season names no day
        (
            "Chancellor Olaf Scholz spoke last week with President Emmanuel Macron.",
            "2023-06-14",
            None,
        ),
        # a weekday a date follows is that date, whenever the text was released
        (
            "On Monday, June 5, Chancellor Olaf Scholz met President Emmanuel Macron.",
            "2023-06-14",
            "2023-06-05",
        ),
        # agency datelines are the release: the body's weekday counts back from them
        (
            "BEIJING, May 8 (Xinhua) -- Chinese President Xi Jinping on Sunday spoke with "
            "President Emmanuel Macron of France.",
            "2023-05-09",
            "2023-05-07",
        ),
        (
            "BEIJING, May 8 (Xinhua) -- Chinese President Xi Jinping spoke with "
            "President Emmanuel Macron of France.",
            None,
            "--05-08",
        ),
        (
            "Moscow, 12 March 2023 - President Vladimir Putin spoke by telephone with "
            "President Emmanuel Macron of France.",
            None,
            "2023-03-12",
        ),
        # a date line under the title, and a relative day in the body
        (
            "Readout of a call\n\nGeneva\n\n9 January 2013\n\nThe Secretary-General spoke "
            "by telephone last night with President Emmanuel Macron of France.",
            None,
            "2013-01-08",
        ),
        # a date in the title
        (
            "Call with President Macron: 2 September 2020\n\nThe Prime Minister spoke to "
            "President Emmanuel Macron of France this morning.",
            None,
            "2020-09-02",
        ),
        # a time zone after the day changes nothing
        (
            "On 5 May (Moscow time), President Vladimir Putin spoke with President Emmanuel "
            "Macron of France.",
            "2023-05-06",
            "2023-05-05",
        ),
        # late December in an early January release
        (
            "On 30 December, Chancellor Olaf Scholz spoke with President Emmanuel Macron.",
            "2023-01-03",
            "2022-12-30",
        ),
        # the day someone took office is not the engagement's
        (
            "President Emmanuel Macron, who took office on 14 May, spoke on Tuesday with "
            "Chancellor Olaf Scholz.",
            "2023-06-14",
            "2023-06-13",
        ),
    ],
)
def test_event_date_wordings(text, published, expected):
    assert run(text, published).event.date == expected


def test_message_released_by_its_sender_takes_the_release_date():
    text = (
        "President Joe Biden has sent a message of congratulations to President Emmanuel "
        "Macron of France on the occasion of the National Day (14 July)."
    )
    ex = run(text, "2023-07-13", publisher="The White House")
    assert ex.event.type == "Message"
    assert ex.event.date == "2023-07-13"


def test_message_reported_by_a_third_party_has_no_date():
    text = (
        "President Joe Biden has sent a message of congratulations to President Emmanuel "
        "Macron of France on the occasion of the National Day."
    )
    ex = run(text, "2023-07-13", publisher="Ministry of Foreign Affairs of Japan")
    assert ex.event.date is None


def test_anniversary_year_from_a_founding_date_elsewhere():
    text = (
        "On 3 May, marking the 40th anniversary of the establishment of diplomatic relations, "
        "President Joe Biden and President Emmanuel Macron of France exchanged messages.\n\n"
        "The two countries established diplomatic relations on 3 May 1983."
    )
    assert run(text, None).event.date == "2023-05-03"


def _speakers(text: str) -> list[tuple[str, str]]:
    return [(s.opening.split()[0], s.speaker) for s in run(text).statements]


@pytest.mark.parametrize(
    "sentence",
    [
        "The two discussed the war in Sudan.",
        "Both of them agreed to meet again soon.",
        "In the meeting, both delegations reviewed the trade agenda.",
        "The two foreign ministers discussed the situation in Haiti.",
        "The sides discussed the prospects for energy cooperation.",
        "Views were also exchanged on regional security.",
        "Also discussed were plans for a new rail link.",
        "The call addressed the crisis in the Sahel.",
    ],
)
def test_joint_subjects_speak_as_both(sentence):
    text = (
        "President Joe Biden spoke by phone with President Emmanuel Macron of France.\n\n"
        + sentence
    )
    assert _speakers(text)[-1][1] == "both"


def test_spoke_with_then_they_discussed():
    text = (
        "President Joe Biden spoke with President Emmanuel Macron of France and they "
        "discussed the summit."
    )
    assert _speakers(text) == [("President", "both")]


def test_met_and_exchanged_views_is_joint():
    text = (
        "President Joe Biden met President Emmanuel Macron of France in Paris and exchanged "
        "views on trade."
    )
    assert _speakers(text) == [("President", "both")]


def test_adverbial_between_subject_and_verb():
    text = (
        "President Joe Biden on Tuesday spoke with President Emmanuel Macron of France.\n\n"
        "President Biden this afternoon stressed the value of the alliance."
    )
    assert _speakers(text)[-1] == ("President", "Joe Biden")


def test_according_to_him_follows_the_last_speaker():
    text = (
        "President Joe Biden met President Emmanuel Macron of France in Paris.\n\n"
        "President Macron stressed the value of the alliance. According to him, the alliance "
        "keeps Europe safe."
    )
    assert _speakers(text)[-1] == ("According", "Emmanuel Macron")


MEETING = "President Joe Biden met President Emmanuel Macron of France in Paris.\n\n"


def _by_opening(text: str, **kw) -> dict[str, str]:
    return {s.opening: s.speaker for s in run(text, **kw).statements}


@pytest.mark.parametrize(
    "body,opening,speaker",
    [
        # more reporting verbs, an adverb, a lead-in before the verb
        (
            "President Macron highly appraised the partnership.",
            "President Macron",
            "Emmanuel Macron",
        ),
        ("President Biden promised further help.", "President Biden", "Joe Biden"),
        ("President Biden and President Macron conferred about trade.", "President Biden", "both"),
        ("President Biden began by offering condolences.", "President Biden", "Joe Biden"),
        ("President Macron first thanked his host.", "President Macron", "Emmanuel Macron"),
        # an apposition before the verb
        (
            "The President of France, Emmanuel Macron, described the talks as useful.",
            "The President",
            "Emmanuel Macron",
        ),
        # passive agreement of the two sides
        ("It was agreed that the ministers would meet in May.", "It was", "both"),
        ("They had a detailed discussion on trade.", "They had", "both"),
        # a quotation of several sentences, attributed before or after
        (
            'President Biden said, "We stand together. Our alliance is strong."',
            "Our alliance",
            "Joe Biden",
        ),
        (
            '"We stand together. Our alliance is strong," said President Macron.',
            "We stand",
            "Emmanuel Macron",
        ),
        # "he added" after a quotation is the one just quoted
        (
            '"Trade matters," said President Macron. "It creates jobs," he added.',
            "It creates",
            "Emmanuel Macron",
        ),
    ],
)
def test_statement_wordings(body, opening, speaker):
    got = _by_opening(MEETING + body)
    key = next(k for k in got if k.startswith(opening))
    assert got[key] == speaker


def test_a_verb_before_any_participant_has_no_participant_subject():
    text = MEETING + "The joint statement noted that President Macron looks forward to a visit."
    assert not any(k.startswith("The joint") for k in _by_opening(text))


def test_sentence_after_a_closed_quotation_is_not_the_speakers():
    text = MEETING + 'President Biden said, "We stand together." The two countries trade a lot.'
    assert not any(k.startswith("The two countries") for k in _by_opening(text))


def test_honorific_subject_is_the_monarch():
    text = (
        "King Abdullah II of Jordan received President Emmanuel Macron of France in Amman.\n\n"
        "His Majesty stressed the importance of regional stability."
    )
    assert _by_opening(text)["His Majesty stressed the importance of regional stability."] == (
        "Abdullah II"
    )


def test_first_person_letter_speaks_for_its_author():
    text = (
        "Letter by President Emmanuel Macron to Chancellor Olaf Scholz\n\n"
        "It is my pleasure to extend my congratulations on your election. I trust that our "
        "countries will work together. I have the firm conviction that Europe will prosper."
    )
    got = _by_opening(text, publisher="Élysée")
    assert [got[k] for k in got] == ["Emmanuel Macron"] * 3


def test_according_to_a_minister_reports_the_participant_in_the_clause():
    text = (
        "President Joe Biden met President Emmanuel Macron of France in Paris.\n\n"
        "According to an aide, President Macron invited President Biden to Lyon."
    )
    assert _speakers(text)[-1] == ("According", "Emmanuel Macron")


def test_topics_from_what_was_covered():
    text = (
        "President Joe Biden spoke by phone with President Emmanuel Macron of France.\n\n"
        "The two leaders exchanged views on energy security and discussed the situation in "
        "the Sahel, climate finance and the upcoming Paris Peace Forum. President Macron "
        "expressed his condolences over the floods in Texas."
    )
    found = set(run(text).topics)
    assert {"energy security", "sahel", "climate finance", "paris peace forum"} <= found
    assert "floods in texas" in found
    assert not any(t in found for t in ("the", "how", "agreeing"))


def test_topics_skip_placeholders_and_verbs():
    text = (
        "President Joe Biden met President Emmanuel Macron of France in Paris.\n\n"
        "They discussed matters of mutual interest and stressed the need to strengthen "
        "maritime security."
    )
    found = run(text).topics
    assert "matters of mutual interest" not in found
    assert "maritime security" in found


def test_topics_from_fields_lists_and_third_parties():
    text = (
        "President Joe Biden spoke by phone with President Emmanuel Macron of France.\n\n"
        "They agreed to deepen security and defence cooperation. The leaders spoke about "
        "global challenges, including pandemic preparedness and clean energy. They also "
        "discussed the war and its effects on Moldova."
    )
    found = set(run(text).topics)
    assert "security and defence cooperation" in found
    assert {"pandemic preparedness", "clean energy"} <= found
    assert "moldova" in found
    # the participants' own states are who took part, not what they talked about
    assert not {"france", "united states"} & found


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "President Joe Biden called President Emmanuel Macron of France this morning to "
            "discuss the summit.",
            "Joe Biden",
        ),
        (
            "President Emmanuel Macron of France received a phone call today from his friend, "
            "President Joe Biden.",
            "Joe Biden",
        ),
        (
            "On 12 June, President Emmanuel Macron of France received President Joe Biden at "
            "the latter's request.",
            "Joe Biden",
        ),
        (
            "President Emmanuel Macron of France called on President Joe Biden in Washington.",
            None,
        ),
    ],
)
def test_initiator(text, expected):
    assert run(text).event.initiator == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "President Joe Biden met President Andrés Manuel López Obrador in Mexico City.",
            "Mexico City",
        ),
        (
            "On the margins of the 60th Munich Security Conference, President Joe Biden met "
            "President Emmanuel Macron of France.",
            "Munich",
        ),
        (
            "President Joe Biden met President Emmanuel Macron of France.\n\n"
            "Macron invited Biden to a forum to be held on 20 July in Lyon.",
            None,
        ),
        (
            "President Emmanuel Macron of France is visiting Canada this week. He met Prime "
            "Minister Justin Trudeau.",
            "Canada",
        ),
        (
            "President Emmanuel Macron of France received President Joe Biden.",
            "France",
        ),
    ],
)
def test_location(text, expected):
    assert run(text).event.location == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "President Joe Biden met Chancellor Olaf Scholz of Germany at the White House.",
            "Washington",
        ),
        (
            "President Xi Jinping held talks with President Emmanuel Macron of France at the "
            "Great Hall of the People.",
            "Beijing",
        ),
        # a seat of government named for a later event is not where this one took place
        (
            "President Joe Biden met Chancellor Olaf Scholz of Germany and invited him to the "
            "White House next year.",
            None,
        ),
    ],
)
def test_location_from_a_seat_of_government(text, expected):
    got = run(text).event.location
    assert got == expected if expected else got != "Washington"


def test_a_reported_arrival_makes_a_meeting_readout_a_visit():
    text = (
        "President Joe Biden held talks with President Emmanuel Macron of France today.\n\n"
        "They discussed trade.\n\nPresident Macron arrived in Washington this morning."
    )
    assert run(text).event.type == "Visit"
    # a meeting with no arrival reported stays a Meeting
    text = (
        "President Joe Biden held talks with President Emmanuel Macron of France today.\n\n"
        "They discussed trade.\n\nPresident Macron arrived at an agreement with him."
    )
    assert run(text).event.type == "Meeting"


def test_letters_of_credence_are_a_meeting():
    text = (
        "President Emmanuel Macron of France received the letters of credence of the new "
        "Ambassador of Canada, Ms Jane Doe."
    )
    assert run(text).event.type == "Meeting"


def test_participants_joined_by_and_guest_lists():
    text = (
        "President Emmanuel Macron of France met President Joe Biden in Paris.\n\n"
        "They were joined by Prime Minister Justin Trudeau of Canada and Chancellor Olaf "
        "Scholz of Germany. The meeting was also attended by Foreign Minister Mélanie Joly "
        "of Canada."
    )
    assert run(text).event.participants == (
        "Emmanuel Macron",
        "Joe Biden",
        "Justin Trudeau",
        "Olaf Scholz",
    )


def test_later_leg_of_a_tour_is_not_this_engagement():
    text = (
        "President Emmanuel Macron of France met President Joe Biden in Washington.\n\n"
        "President Macron will travel to Canada on 20 June. He is scheduled to meet Prime "
        "Minister Justin Trudeau of Canada."
    )
    assert run(text).event.participants == ("Emmanuel Macron", "Joe Biden")
