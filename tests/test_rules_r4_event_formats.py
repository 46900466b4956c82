"""Event fields in wordings and datelines of publishers the tune split does not have
(round 4): each readout is written for this file, in the style of a news agency, a
presidency or a foreign ministry (ANNOTATION.md sections 1, 7 and 8), with a near case
where the rule must not fire.
"""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.model import Readout


def event(text: str, published: str | None = "2024-03-07"):
    return extract(Readout("case", text, published=published)).event


@pytest.mark.parametrize(
    "text,published,expected",
    [
        # a comma typed with no space before the year
        (
            "Prime Minister Narendra Modi spoke with President Joe Biden on March 3,2024.",
            None,
            "2024-03-03",
        ),
        # year first with slashes or full stops, as East Asian readouts write it
        (
            "Prime Minister Narendra Modi spoke with President Joe Biden on 2024/03/03.",
            None,
            "2024-03-03",
        ),
        (
            "Prime Minister Narendra Modi spoke with President Joe Biden on 2024.3.5.",
            None,
            "2024-03-05",
        ),
        # not a date: a version or a range of years
        (
            "Prime Minister Narendra Modi spoke with President Joe Biden about the 2024/25 budget.",
            None,
            None,
        ),
        # a day of an earlier engagement recalled is not the engagement's
        (
            "Following their meeting in Bali on 14 November 2022, President Joe Biden spoke by "
            "phone today with President Xi Jinping.",
            "2023-04-02",
            "2023-04-02",
        ),
        (
            "President Vladimir Putin met President Xi Jinping in Beijing. The two leaders last "
            "met in Samarkand on 15 September 2022.",
            "2023-10-19",
            None,
        ),
        (
            "Prime Minister Narendra Modi had a telephone conversation with President Vladimir "
            "Putin. The leaders recalled their talks in Samarkand on 16 September 2022.",
            "2022-12-16",
            None,
        ),
        # near case: the engagement's own day in the second sentence still counts
        (
            "Prime Minister Narendra Modi had a telephone conversation with President Vladimir "
            "Putin. The conversation took place on 16 December.",
            "2022-12-17",
            "2022-12-16",
        ),
    ],
)
def test_dates_written_in_other_forms(text, published, expected):
    assert event(text, published).date == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # the day between "call" and "from"
        (
            "CAIRO, March 3 (MENA) - President Abdel Fattah el-Sisi received a phone call on "
            "Sunday from King Abdullah II of Jordan.",
            "Abdullah II",
        ),
        (
            "President Xi Jinping on Tuesday received a phone call late in the evening from "
            "President Emmanuel Macron.",
            "Emmanuel Macron",
        ),
        # asked for, in the passive
        (
            "The call was requested by President Vladimir Putin. Prime Minister Narendra Modi "
            "spoke to President Vladimir Putin today.",
            "Vladimir Putin",
        ),
        # near case: a request made during the call names no asker of it
        (
            "Prime Minister Narendra Modi spoke to President Vladimir Putin today. Modi requested "
            "an update on the grain deal.",
            None,
        ),
    ],
)
def test_initiator_wordings(text, expected):
    assert event(text).initiator == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # one leader calling another is a phone call, whatever the call was about
        (
            "President Joe Biden called the Emir of Qatar, Sheikh Tamim bin Hamad Al Thani, "
            "today to discuss the hostages.",
            "PhoneCall",
        ),
        (
            "President Joe Biden phoned Prime Minister Benjamin Netanyahu of Israel to discuss "
            "the upcoming visit.",
            "PhoneCall",
        ),
        # near case: calling on someone, or for something, is no call
        (
            "President Vladimir Putin called on all parties to exercise restraint during his "
            "meeting with President Xi Jinping in Beijing.",
            "Meeting",
        ),
        # a later or a recalled visit is not the engagement
        (
            "At the invitation of President Joe Biden, President Volodymyr Zelenskyy will visit "
            "Washington next week. The two leaders spoke by phone today.",
            "PhoneCall",
        ),
        (
            "Since the visit of President Xi Jinping to Moscow in March 2023, relations have "
            "grown. On 5 April 2023, President Vladimir Putin spoke with President Xi Jinping.",
            "PhoneCall",
        ),
        (
            "President Vladimir Putin met President Xi Jinping in Beijing. Xi recalled the visit "
            "of 20 March 2023 to Moscow.",
            "Meeting",
        ),
        # near case: the visit reported
        (
            "President Vladimir Putin met President Xi Jinping in Beijing. Putin is on a state "
            "visit to China.",
            "Visit",
        ),
    ],
)
def test_type_wordings(text, expected):
    assert event(text).type == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # datelines with no date: a capital before a colon or an agency's name
        (
            "New Delhi: Prime Minister Narendra Modi held talks with President Emmanuel Macron "
            "of France.",
            "New Delhi",
        ),
        (
            "ANKARA (AA) - President Recep Tayyip Erdogan received Prime Minister Giorgia "
            "Meloni of Italy on Monday.",
            "Ankara",
        ),
        # near case: not a capital before the colon
        (
            "Update: Prime Minister Narendra Modi held talks with President Emmanuel Macron of "
            "France.",
            None,
        ),
        # an agency's bureau is where the story was filed, not where the visit was
        (
            "Singapore (VNA) – Foreign Minister Vivian Balakrishnan paid a visit to Brunei and "
            "met Sultan Hassanal Bolkiah.",
            "Brunei",
        ),
        (
            "BEIJING, March 5 (Xinhua) -- President Vladimir Putin, on a state visit to China, "
            "held talks with President Xi Jinping.",
            "Beijing",
        ),
    ],
)
def test_location_from_datelines(text, expected):
    assert event(text).location == expected


def test_attendance_is_not_participation():
    ev = event(
        "President Xi Jinping met with President Vladimir Putin in Beijing, with Foreign "
        "Minister Sergey Lavrov in attendance."
    )
    assert ev.participants == ("Xi Jinping", "Vladimir Putin")
    # near case: a third leader who took part
    ev = event(
        "President Xi Jinping met with President Vladimir Putin and President Shavkat "
        "Mirziyoyev in Samarkand."
    )
    assert ev.participants == ("Xi Jinping", "Vladimir Putin", "Shavkat Mirziyoyev")


@pytest.mark.parametrize(
    "text,published,expected",
    [
        # offices named only by their title and state (titles.tsv rows)
        (
            "President Vladimir Putin met the Supreme Leader of Iran in Tehran.",
            "2022-07-19",
            ("Vladimir Putin", "Ali Khamenei"),
        ),
        (
            "Secretary of State Antony Blinken met the Secretary of Foreign Affairs of Mexico in "
            "Washington.",
            "2023-10-05",
            ("Antony Blinken", "Alicia Bárcena"),
        ),
        (
            "President Joe Biden met the Chief Adviser of Bangladesh in New York.",
            "2024-09-24",
            ("Joe Biden", "Muhammad Yunus"),
        ),
        # a deputy is not the head: "Deputy President of Kenya" is not Kenya's President
        (
            "President Cyril Ramaphosa and the Deputy President of Kenya met in Pretoria.",
            "2023-09-24",
            ("Cyril Ramaphosa", "Rigathi Gachagua"),
        ),
        # near case: the head himself
        (
            "President Cyril Ramaphosa and the President of Kenya met in Pretoria.",
            "2023-09-24",
            ("Cyril Ramaphosa", "William Ruto"),
        ),
    ],
)
def test_participants_named_by_office(text, published, expected):
    assert event(text, published).participants == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # seats of government named instead of their city (landmarks.tsv rows)
        (
            "Prime Minister Anwar Ibrahim received President Joko Widodo at Seri Perdana.",
            "Putrajaya",
        ),
        (
            "President Vladimir Putin received President Alexander Lukashenko at Novo-Ogaryovo.",
            "Moscow",
        ),
        (
            "President Kais Saied received Prime Minister Giorgia Meloni at Carthage Palace.",
            "Tunis",
        ),
        # one palace's name inside another's: Malaysia's and Indonesia's, not Singapore's
        (
            "Prime Minister Anwar Ibrahim met President Joko Widodo at the Istana Negara.",
            "Kuala Lumpur",
        ),
        (
            "President Joko Widodo received Prime Minister Anwar Ibrahim at the Istana Merdeka.",
            "Jakarta",
        ),
        (
            "Prime Minister Lee Hsien Loong received President Joko Widodo at the Istana.",
            "Singapore",
        ),
        # near case: a palace cited as a source is no venue
        (
            "According to Carthage Palace, President Kais Saied received Prime Minister Giorgia "
            "Meloni.",
            "Tunisia",
        ),
    ],
)
def test_landmarks(text, expected):
    assert event(text, "2023-06-01").location == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "President Xi Jinping held a phone call with President Joe Biden, who requested the "
            "call.",
            "Joe Biden",
        ),
        (
            "President Joe Biden spoke with President Xi Jinping today in a call requested by the "
            "Chinese side.",
            "Xi Jinping",
        ),
        (
            "In response to a call from President Xi Jinping, President Joe Biden spoke with him "
            "today.",
            "Xi Jinping",
        ),
        # near cases: something else requested, or someone calling for something
        (
            "President Joe Biden spoke with President Xi Jinping today. They discussed the aid "
            "requested by China.",
            None,
        ),
        ("President Joe Biden spoke with President Xi Jinping today, who called for calm.", None),
    ],
)
def test_who_asked_for_the_call(text, expected):
    assert event(text, "2023-06-01").initiator == expected


@pytest.mark.parametrize(
    "text,published,expected",
    [
        # a later sentence that turns to another time tells of another event
        (
            "Prime Minister Narendra Modi held a bilateral meeting with President Emmanuel "
            "Macron. Earlier, on 21 June, the Prime Minister addressed the UN.",
            "2024-06-23",
            None,
        ),
        (
            "President Emmanuel Macron met Prime Minister Narendra Modi. The previous day, on "
            "21 June, Modi addressed the OECD.",
            "2024-06-23",
            None,
        ),
        # near case: the opening sentence's "earlier" is the engagement's
        (
            "Earlier, on 21 June, Prime Minister Narendra Modi held a bilateral meeting with "
            "President Emmanuel Macron.",
            "2024-06-23",
            "2024-06-21",
        ),
        # a visit's date is its first day: the arrival the opening tells
        (
            "President Emmanuel Macron met Prime Minister Narendra Modi. The previous day, on "
            "21 June, Modi arrived in Paris.",
            "2024-06-23",
            "2024-06-21",
        ),
        (
            "President Xi Jinping held talks with President Aleksandar Vucic on 8 May. Xi arrived "
            "in Belgrade on 7 May for a state visit.",
            "2024-05-09",
            "2024-05-07",
        ),
        (
            "President Xi Jinping held talks with President Aleksandar Vucic in Belgrade on 8 May. "
            "Xi began his state visit to Serbia on 7 May.",
            "2024-05-09",
            "2024-05-07",
        ),
        # near case: an arrival weeks before is the start of a tour, not of this visit
        (
            "President Xi Jinping held talks with President Aleksandar Vucic in Belgrade on 20 "
            "May. Xi arrived in Europe on 5 May.",
            "2024-05-21",
            "2024-05-20",
        ),
    ],
)
def test_another_time_and_a_visits_first_day(text, published, expected):
    assert event(text, published).date == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # travelling to meet is the visit reported
        (
            "Chancellor Olaf Scholz travelled to Paris for talks with President Emmanuel Macron.",
            "Visit",
        ),
        # near case: a journey planned
        (
            "Chancellor Olaf Scholz will travel to Paris next week. He spoke by phone with "
            "President Emmanuel Macron today.",
            "PhoneCall",
        ),
        # near case: travel as a subject of the talks
        (
            "Chancellor Olaf Scholz met President Emmanuel Macron and discussed visa-free travel "
            "to Europe.",
            "Meeting",
        ),
        # a video platform named
        ("President Emmanuel Macron and Chancellor Olaf Scholz spoke via Zoom.", "VideoCall"),
        # near case: a platform's name as another word
        (
            "President Emmanuel Macron and Chancellor Olaf Scholz spoke by phone on the zoom in "
            "food prices.",
            "PhoneCall",
        ),
    ],
)
def test_travel_and_platforms(text, expected):
    assert event(text).type == expected


def test_buckingham_palace():
    text = "King Charles III received President Emmanuel Macron in audience at Buckingham Palace."
    assert event(text).location == "London"


@pytest.mark.parametrize(
    "text,expected",
    [
        # a later sentence's meeting told in reported speech, recalled, or planned
        (
            "President Vladimir Putin held talks with President Xi Jinping in Moscow.\n\n"
            "Putin said that he had met Prime Minister Narendra Modi in Kazan last year.",
            ("Vladimir Putin", "Xi Jinping"),
        ),
        (
            "Prime Minister Narendra Modi spoke with Prime Minister Anthony Albanese today.\n\n"
            "The two leaders recalled that President Joe Biden had hosted them at the summit.",
            ("Narendra Modi", "Anthony Albanese"),
        ),
        (
            "President Joe Biden met with Prime Minister Benjamin Netanyahu at the White House.\n\n"
            "Biden said Secretary of State Antony Blinken will travel to the region and meet "
            "President Mahmoud Abbas.",
            ("Joe Biden", "Benjamin Netanyahu"),
        ),
        # near cases: a later meeting of the same engagement
        (
            "Secretary-General António Guterres met with President Volodymyr Zelenskyy in Kyiv."
            "\n\nThe Secretary-General also held a meeting with Prime Minister Denys Shmyhal.",
            ("António Guterres", "Volodymyr Zelenskyy", "Denys Shmyhal"),
        ),
        (
            "President Vladimir Putin held talks with President Xi Jinping in Moscow.\n\n"
            "After the talks, Putin and Xi met Prime Minister Mikhail Mishustin.",
            ("Vladimir Putin", "Xi Jinping", "Mikhail Mishustin"),
        ),
    ],
)
def test_other_engagements_named_later(text, expected):
    assert event(text, "2024-03-07").participants == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a capital named by its state
        (
            "President Shavkat Mirziyoyev received President Emmanuel Macron in the Uzbek "
            "capital on Monday.",
            "Tashkent",
        ),
        (
            "Prime Minister Narendra Modi met President Emmanuel Macron in the French capital.",
            "Paris",
        ),
        # "in the capital": the host's
        (
            "President Kassym-Jomart Tokayev received President Xi Jinping in the capital.",
            "Astana",
        ),
        # near case: no capital said, the host's state
        ("President Kassym-Jomart Tokayev received President Xi Jinping.", "Kazakhstan"),
        # a city introduced by what it is
        (
            "Crown Prince Mohammed bin Salman received President Emmanuel Macron in the Red Sea "
            "city of Jeddah.",
            "Jeddah",
        ),
        (
            "President Vladimir Putin met President Recep Tayyip Erdogan in the Black Sea resort "
            "of Sochi.",
            "Sochi",
        ),
        ("President Joko Widodo met President Xi Jinping on the island of Bali.", "Bali"),
        # near case: "of" after a word that is no place
        (
            "President Joko Widodo met President Xi Jinping on the spirit of Geneva.",
            None,
        ),
    ],
)
def test_places_named_by_what_they_are(text, expected):
    assert event(text).location == expected
