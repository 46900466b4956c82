"""Event fields in the formats and wordings of readouts from many publishers.

Every readout here is written for this file, in the style of a foreign ministry, a
presidency, a prime minister's office or a news agency (ANNOTATION.md sections 1 and 8).
Each rule has a near sentence where it must not fire.
"""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.model import Readout

MACRON = "President Emmanuel Macron of France"


def event(text: str, published: str | None = "2024-03-07", publisher: str | None = None):
    return extract(Readout("case", text, published=published, publisher=publisher)).event


@pytest.mark.parametrize(
    "text,expected",
    [
        # the medium, as South Asian, Russian and Chinese readouts name it
        (f"Prime Minister Narendra Modi had telephonic talks with {MACRON}.", "PhoneCall"),
        (f"Prime Minister Narendra Modi held a teleconference with {MACRON}.", "PhoneCall"),
        (f"Prime Minister Narendra Modi dialled {MACRON} on Tuesday.", "PhoneCall"),
        (f"Prime Minister Narendra Modi held online talks with {MACRON}.", "VideoCall"),
        (
            f"Prime Minister Narendra Modi held talks by videoconferencing with {MACRON}.",
            "VideoCall",
        ),
        (f"Prime Minister Narendra Modi held talks with {MACRON} in video format.", "VideoCall"),
        (f"Prime Minister Narendra Modi held talks with {MACRON} via video-link.", "VideoCall"),
        # messages: telegrams, greetings sent on an occasion
        (f"Prime Minister Narendra Modi sent a congratulatory telegram to {MACRON}.", "Message"),
        (
            f"Prime Minister Narendra Modi extended greetings to {MACRON} on the National Day.",
            "Message",
        ),
        (f"Prime Minister Narendra Modi received a written message from {MACRON}.", "Message"),
        # a message handed over in person, or greetings given at a meeting: the meeting
        (
            "President Kassym-Jomart Tokayev received Foreign Minister Wang Yi of China, who "
            "conveyed a message from President Xi Jinping.",
            "Meeting",
        ),
        (
            f"Prime Minister Narendra Modi met {MACRON} in Paris and extended congratulations "
            "on the success of the Games.",
            "Meeting",
        ),
        (
            "President Abdel Fattah el-Sisi received Foreign Minister Wang Yi of China in Cairo. "
            "Wang handed over a letter from President Xi Jinping.",
            "Meeting",
        ),
        # a later sentence's "call for" or an earlier call mentioned does not make a call
        (
            f"Prime Minister Narendra Modi met {MACRON}. The two leaders discussed the call "
            "for a ceasefire.",
            "Meeting",
        ),
        (
            f"Prime Minister Narendra Modi met {MACRON} in Paris. They followed up on the "
            "telephone conversation of their foreign ministers.",
            "Meeting",
        ),
        # ... but a phone call that the opening reports stays one
        (
            f"Prime Minister Narendra Modi received a phone call from {MACRON}. They discussed "
            "the summit.",
            "PhoneCall",
        ),
        # "spoke ... with" with the day or a word between is a call; not "spoke to reporters"
        (f"The President spoke yesterday with {MACRON}.", "PhoneCall"),
        (f"The President spoke late Monday with {MACRON}.", "PhoneCall"),
        (f"The President spoke separately with {MACRON}.", "PhoneCall"),
        (f"The President met {MACRON} and then spoke to reporters.", "Meeting"),
        # congratulations with no medium named are a message; at a meeting, the meeting
        (f"Xi Jinping congratulated {MACRON} on his re-election.", "Message"),
        (f"Xi Jinping met {MACRON} and congratulated him on his re-election.", "Meeting"),
        # a working visit named after a first meeting is the visit
        (
            f"Prime Minister Narendra Modi held a bilateral meeting with {MACRON} in Paris.\n\n"
            "Modi began his official working visit to France by meeting business leaders.",
            "Visit",
        ),
    ],
)
def test_event_type_wordings(text, expected):
    assert event(text).type == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (f"{MACRON} made a phone call to Prime Minister Narendra Modi.", "Emmanuel Macron"),
        (f"{MACRON} placed a telephone call to Prime Minister Narendra Modi.", "Emmanuel Macron"),
        (f"{MACRON} initiated a call with Prime Minister Narendra Modi.", "Emmanuel Macron"),
        (f"{MACRON} dialled Prime Minister Narendra Modi.", "Emmanuel Macron"),
        (f"Prime Minister Narendra Modi took a call from {MACRON}.", "Emmanuel Macron"),
        (f"Prime Minister Narendra Modi answered a phone call from {MACRON}.", "Emmanuel Macron"),
        (
            f"Prime Minister Narendra Modi had a phone call with {MACRON}, who called to "
            "congratulate him.",
            "Emmanuel Macron",
        ),
        (
            f"Upon the initiative of {MACRON}, Prime Minister Narendra Modi spoke with him.",
            "Emmanuel Macron",
        ),
        (
            f"At the behest of {MACRON}, Prime Minister Narendra Modi spoke with him by phone.",
            "Emmanuel Macron",
        ),
        (
            f"Prime Minister Narendra Modi spoke with {MACRON} at the request of the latter.",
            "Emmanuel Macron",
        ),
        (
            f"Prime Minister Narendra Modi took part in a meeting of leaders convened by {MACRON}.",
            "Emmanuel Macron",
        ),
        # negative: who called for something, a request by a body, an invitation for later
        (
            f"Prime Minister Narendra Modi spoke with {MACRON}, who called for restraint.",
            None,
        ),
        (
            f"Prime Minister Narendra Modi spoke with {MACRON}. As requested by the G20, "
            "France will host the next meeting.",
            None,
        ),
        (
            f"{MACRON} invited Prime Minister Narendra Modi to Paris. The two leaders spoke "
            "by phone.",
            None,
        ),
        (
            f"At the invitation of {MACRON}, Prime Minister Narendra Modi will visit France "
            "next year. The two leaders spoke by phone.",
            None,
        ),
    ],
)
def test_initiator_wordings(text, expected):
    assert event(text).initiator == expected


XI = "President Xi Jinping held talks with President Emmanuel Macron of France"


@pytest.mark.parametrize(
    "text,published,expected",
    [
        # news-agency datelines: the release day, and what relative days count back from
        (
            f"MOSCOW, March 5. /TASS/. {MACRON} held a telephone conversation with President "
            "Vladimir Putin.",
            None,
            "--03-05",
        ),
        (
            "MOSCOW, March 5. /TASS/. President Vladimir Putin on Monday held a telephone "
            f"conversation with {MACRON}.",
            "2024-03-06",
            "2024-03-04",
        ),
        (f"NEW DELHI, March 5 (ANI): {XI}.", "2024-03-05", "2024-03-05"),
        (f"SEOUL, March 5 (Yonhap) -- {XI} on Tuesday.", None, "--03-05"),
        (f"ABU DHABI, 5th March, 2024 (WAM) -- {XI}.", None, "2024-03-05"),
        (f"RIYADH, March 05, 2024, SPA -- {XI}.", None, "2024-03-05"),
        (f"BEIJING, March 5, 2024 /Xinhua/ -- {XI} on Tuesday.", None, "2024-03-05"),
        # written days in the forms of many ministries
        (f"{XI} in Beijing on Tuesday 5 March 2024.", None, "2024-03-05"),
        (f"{XI} in Beijing on 5th March, 2024.", None, "2024-03-05"),
        (f"{XI} in Beijing on Mar. 5, 2024.", None, "2024-03-05"),
        (f"On Sept. 5, {XI} in Beijing.", "2024-09-07", "2024-09-05"),
        (f"{XI} in Beijing on 5-6 March 2024.", None, "2024-03-05"),
        (f"{XI} in Beijing on March 5-6, 2024.", None, "2024-03-05"),
        (f"{XI} in Beijing on 5.3.2024.", None, "2024-03-05"),
        (f"{XI} in Beijing on the evening of 5 March 2024.", None, "2024-03-05"),
        (f"{XI} in Beijing on Tuesday (5 March).", "2024-03-07", "2024-03-05"),
        # relative days: a bare weekday in agency style, "earlier in the day", local time
        (f"{XI} in Beijing on Tuesday evening (local time).", "2024-03-07", "2024-03-05"),
        (
            "President Joe Biden spoke Monday with President Emmanuel Macron.",
            "2024-03-06",
            "2024-03-04",
        ),
        (f"{XI} late Monday.", "2024-03-06", "2024-03-04"),
        (f"{XI} in Beijing earlier in the day.", "2024-03-07", "2024-03-07"),
        # "on the 20th": a day of the release's month, or of the month before
        (f"{XI} for 40 minutes from 4 p.m. on the 20th.", "2024-08-21", "2024-08-20"),
        (f"{XI} on the 30th.", "2024-09-02", "2024-08-30"),
        (f"{XI} on the 20th anniversary of the treaty.", "2024-08-21", None),
        # a range with a slash is its first day
        (f"{XI} in Beijing on 5/6 March 2024.", "2024-03-07", "2024-03-05"),
        # a week, a weekend or a feast names no day
        (f"{XI} in Beijing this week.", "2024-03-07", None),
        (f"{XI} in Beijing over the weekend.", "2024-03-07", None),
        (f"{XI} on the Good Friday Agreement.", "2024-03-07", None),
        # a date line under the title in other forms
        (f"Date: 05/03/2024\n\n{XI} in Beijing.", None, "2024-03-05"),
        (f"Tuesday, March 5, 2024\n\n{XI} in Beijing yesterday.", None, "2024-03-04"),
        (f"5 March 2024 | 14:30\n\n{XI} in Beijing today.", None, "2024-03-05"),
        # a date line closing the readout, as South Asian ministries sign off
        (f"{XI} today.\n\nThey discussed trade.\n\nNew Delhi\nMarch 05, 2024", None, "2024-03-05"),
        (f"{XI}.\n\nThey discussed trade.\n\nIslamabad\n24 August 2021", None, "2021-08-24"),
        (
            f"{XI} yesterday.\n\nThey discussed trade.\n\nNew Delhi, 05 March 2024",
            None,
            "2024-03-04",
        ),
        # ... but a closing sentence's day is no date line
        (
            f"{XI}.\n\nThey discussed trade and investment. They discussed energy security "
            "too.\n\nA new round is set for 5 June 2024.",
            None,
            None,
        ),
        # a title's day without a year may be an occasion's: no date from it
        (f"Greetings on 9 May Victory Day\n\n{XI} in Beijing.", "2024-05-12", None),
    ],
)
def test_event_date_formats(text, published, expected):
    assert event(text, published).date == expected


@pytest.mark.parametrize(
    "text,published,publisher,expected",
    [
        # an accompanying official in an apposition is not a participant, the one met is
        (
            "Prime Minister Narendra Modi, accompanied by External Affairs Minister S. "
            f"Jaishankar, met {MACRON} in Paris.",
            "2023-07-13",
            None,
            ("Narendra Modi", "Emmanuel Macron"),
        ),
        (
            "Accompanied by External Affairs Minister S. Jaishankar, Prime Minister Narendra "
            f"Modi met {MACRON} in Paris.",
            "2023-07-13",
            None,
            ("Narendra Modi", "Emmanuel Macron"),
        ),
        # ... nor one merely present
        (
            f"Prime Minister Narendra Modi met {MACRON} in Paris. Foreign Minister Catherine "
            "Colonna was also present.",
            "2023-07-13",
            None,
            ("Narendra Modi", "Emmanuel Macron"),
        ),
        # a leader who joins the meeting takes part
        (
            f"Prime Minister Narendra Modi met {MACRON} in Paris. Also joining the meeting "
            "was Chancellor Olaf Scholz of Germany.",
            "2023-07-13",
            None,
            ("Narendra Modi", "Emmanuel Macron", "Olaf Scholz"),
        ),
        # a counterpart named only by state: the holder of the same office on the day
        (
            f"{MACRON} spoke by phone with his Turkish counterpart.",
            "2023-06-14",
            "Élysée",
            ("Emmanuel Macron", "Recep Tayyip Erdoğan"),
        ),
        (
            "Minister of Foreign Affairs Mélanie Joly met with her German counterpart in Ottawa.",
            "2023-06-14",
            "Global Affairs Canada",
            ("Mélanie Joly", "Annalena Baerbock"),
        ),
        # ... never with no day (outside knowledge supplies no date)
        (
            f"{MACRON} spoke by phone with his Turkish counterpart.",
            None,
            "Élysée",
            ("Emmanuel Macron",),
        ),
        # plural offices: each state's holder on the day, in the order of the list
        (
            "Prime Minister Anthony Albanese met with the Prime Ministers of New Zealand and "
            "Fiji in Suva.",
            "2023-06-14",
            "Prime Minister of Australia",
            ("Anthony Albanese", "Chris Hipkins", "Sitiveni Rabuka"),
        ),
        (
            "The Foreign Ministers of Australia and Japan met in Tokyo today.",
            "2023-06-14",
            None,
            ("Penny Wong", "Yoshimasa Hayashi"),
        ),
        # a later meeting on the programme, in other verbs; a leader merely discussed is not
        (
            f"Prime Minister Narendra Modi held talks with {MACRON} in Paris.\n\nThey "
            "discussed trade and investment.\n\nPrime Minister Modi also interacted with "
            "Chancellor Olaf Scholz.",
            "2023-07-13",
            None,
            ("Narendra Modi", "Emmanuel Macron", "Olaf Scholz"),
        ),
        (
            f"Prime Minister Narendra Modi held talks with {MACRON} in Paris.\n\nThey "
            "discussed trade and investment.\n\nThey also discussed the visit of Chancellor "
            "Olaf Scholz to India.",
            "2023-07-13",
            None,
            ("Narendra Modi", "Emmanuel Macron"),
        ),
        # negative: the plural office in a headline left in the body is not read
        (
            "PM meeting with Prime Ministers of New Zealand and Fiji\n\nThe Prime Minister "
            "met Prime Minister Chris Hipkins of New Zealand in Suva.",
            "2023-06-14",
            "Prime Minister of Australia",
            ("Anthony Albanese", "Chris Hipkins"),
        ),
    ],
)
def test_participant_wordings(text, published, publisher, expected):
    assert event(text, published, publisher).participants == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # an agency's dateline names the city, in capitals as agencies write it
        (f"NEW DELHI, March 5 (ANI): Prime Minister Narendra Modi met {MACRON}.", "New Delhi"),
        (f"ANKARA, March 5 (AA) - President Recep Tayyip Erdoğan received {MACRON}.", "Ankara"),
        # seats of government and palaces named instead of their city
        (f"President Prabowo Subianto received {MACRON} at the Merdeka Palace.", "Jakarta"),
        (f"King Abdullah II received {MACRON} at Al Husseiniya Palace.", "Amman"),
        (f"President Recep Tayyip Erdoğan received {MACRON} at Dolmabahçe.", "Istanbul"),
        # a seat named as the source of the readout is not the venue
        (
            "President Kassym-Jomart Tokayev received Foreign Minister Wang Yi of China, the "
            "Akorda press service reports.",
            "Kazakhstan",
        ),
        (f"President Vladimir Putin met {MACRON}, the Kremlin press service reported.", None),
        (f"According to the Kremlin, President Vladimir Putin met {MACRON}.", None),
        (f"President Vladimir Putin met {MACRON} in the Kremlin.", "Moscow"),
        # a call has no location, whatever its dateline
        (
            f"NEW DELHI, March 5 (ANI): Prime Minister Narendra Modi spoke by phone with {MACRON}.",
            None,
        ),
    ],
)
def test_location_wordings(text, expected):
    assert event(text).location == expected


@pytest.mark.parametrize(
    "text,published,publisher,first",
    [
        # a ruler named by office alone is the publisher's ruler on the day
        (
            "His Highness the Amir received a phone call from {m}.",
            "2024-03-05",
            "KUNA Kuwait",
            "Mishal Al-Ahmad Al-Jaber Al-Sabah",
        ),
        (
            "His Highness the Amir received a phone call from {m}.",
            "2021-03-05",
            "KUNA Kuwait",
            "Nawaf Al-Ahmad Al-Jaber Al-Sabah",
        ),
        (
            "His Majesty the Sultan received {m}.",
            "2024-03-05",
            "Sultanate of Oman",
            "Haitham bin Tariq",
        ),
        (
            "His Majesty the King received {m}.",
            "2024-03-05",
            "Kingdom of Bahrain",
            "Hamad bin Isa Al Khalifa",
        ),
        (
            "The Crown Prince received a phone call from {m}.",
            "2024-03-05",
            "Saudi Arabia",
            "Mohammed bin Salman",
        ),
        # by name, with the spellings agencies use
        ("Sultan Haitham bin Tarik received {m}.", "2024-03-05", None, "Haitham bin Tariq"),
        ("His Majesty King Felipe VI received {m} in Madrid.", "2024-03-05", None, "Felipe VI"),
    ],
)
def test_rulers_named_by_office(text, published, publisher, first):
    got = event(text.format(m=MACRON), published, publisher).participants
    assert got == (first, "Emmanuel Macron")
