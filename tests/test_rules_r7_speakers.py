"""Statement speakers in letters and descriptions other publishers write (ANNOTATION.md
sections 5 and 8): who "I" is in a letter announced, signed or published by a Presidency,
and a side's official described by rank.

Sentences written for these tests (scripts/stress_event.py probes the same kinds and more);
each case has a near one where the rule must not fire.
"""

from __future__ import annotations

from kg.extract.text import layout
from reading import read, speakers

CR, BT = "Cyril Ramaphosa", "Bola Tinubu"
NG, SA = "Presidency of Nigeria", "The Presidency of South Africa"
BODY = "I congratulate you on your inauguration. It is my pleasure to note that our ties grew."


def by_opening(text: str, publisher: str, published: str = "2023-05-29") -> dict[str, str]:
    """Statement openings (their first two words) -> speaker."""
    ex = read(text, published, publisher)
    return {" ".join(s.opening.split()[:2]): s.speaker for s in ex.statements}


def test_a_letter_announced_in_the_body_is_its_senders():
    text = (
        f"President {CR} sent the following message to President {BT}.\n\n"
        f"Dear President Tinubu,\n\n{BODY}"
    )
    # published by the addressee's office: the announcement, not the office, says who wrote
    said = by_opening(text, NG)
    assert said["I congratulate"] == CR and said["It is"] == CR
    # near case: the person after "to" is the addressee, never the author, even when the
    # salutation that names him is the last short line before the body
    assert BT not in speakers(text, "2023-05-29", SA)


def test_a_line_announcing_a_letter_with_a_colon_is_a_sentence_not_a_title():
    text = f"President {CR} sent the following message to President {BT}:\n\n{BODY}"
    lay = layout(text)
    assert lay.title is None and lay.sentences[0].text.endswith(f"{BT}:")
    assert by_opening(text, NG)["President Cyril"] == CR
    # near case: a headline that ends with a colon but announces nothing stays the title
    assert layout("Statement by the President on Freedom Day 2023:\n\nWe mark it.").title


def test_a_signed_letter_is_its_signatorys():
    text = f"Dear President Tinubu,\n\n{BODY}\n\nCyril Ramaphosa\nPresident of South Africa"
    assert by_opening(text, NG)["I congratulate"] == CR
    # near case: a sentence closing the body is no signature, whoever it names
    unsigned = f"Dear President Tinubu,\n\n{BODY}\n\nWe met President {CR} in Pretoria."
    assert by_opening(unsigned, NG).get("I congratulate") != CR


def test_a_presidency_publishes_for_its_president():
    text = f"Your Excellency,\n\n{BODY}"
    assert by_opening(text, SA)["I congratulate"] == CR
    # near case: a ministry is no President's office: "I" stays unresolved
    assert "I congratulate" not in by_opening(text, "Ministry of Defence of South Africa")


def test_a_headline_naming_who_sends_the_message():
    text = f"President Ramaphosa sends message to President Tinubu\n\n{BODY}"
    assert by_opening(text, NG)["I congratulate"] == CR
    # near case: the headline's addressee, after "to", does not write it
    text = f"Message to President Tinubu from President Ramaphosa\n\n{BODY}"
    assert by_opening(text, NG)["I congratulate"] == CR


def test_a_rank_before_a_sides_adjective():
    head = "Secretary Antony J. Blinken met Nigerian Foreign Minister Yusuf Tuggar today.\n\n"
    pub = "U.S. Department of State"
    for who, side in (("Antony Blinken", "U.S."), ("Yusuf Tuggar", "Nigerian")):
        text = head + f"The top {side} diplomat expressed support for the reforms."
        assert by_opening(text, pub, "2024-03-14")["The top"] == who
    # near case: an indefinite official of the side is someone else
    text = head + "A senior Nigerian official expressed support for the reforms."
    assert "A senior" not in by_opening(text, pub, "2024-03-14")


def test_a_named_persons_surname_in_capitals():
    head = "Prime Minister KISHIDA Fumio held a telephone call with President Bola Tinubu.\n\n"
    pub = "Ministry of Foreign Affairs of Japan"
    for subject in ("Mr. KISHIDA", "KISHIDA"):
        said = f"{subject} stated that Japan valued the partnership."
        opening = " ".join(said.split()[:2])
        assert by_opening(head + said, pub, "2023-03-14")[opening] == "Fumio Kishida"
    # near case: a surname in capitals that no one named bears is nobody here
    text = head + "Mr. TANAKA stated that Japan valued the partnership."
    assert "Fumio Kishida" not in by_opening(text, pub, "2023-03-14").values()


TALKS = f"President {CR} held talks with President {BT} of Nigeria in Pretoria today.\n\n"


def said_by(sentence: str) -> str | None:
    """The speaker of ``sentence`` after a South African readout's opening, if a statement."""
    ex = read(TALKS + sentence, "2023-03-14", SA)
    opening = " ".join(sentence.split()[:3])
    return next((s.speaker for s in ex.statements if s.opening.startswith(opening)), None)


def test_both_parties_are_the_two_sides():
    assert said_by("Both parties agreed to expand trade.") == "both"
    assert said_by("The two parties agreed to expand trade.") == "both"
    # near case: parties to a conflict are no joint subject; the speaker urges them
    assert said_by("President Tinubu urged the parties to the conflict to talk.") == BT


def test_a_light_verb_with_a_noun_of_speech_reports():
    for said in (
        "President Tinubu made the point that trade had grown.",
        "President Tinubu paid tribute to President Ramaphosa.",
        "President Tinubu gave an overview of the reforms.",
        "President Tinubu made a proposal to set up a commission.",
    ):
        assert said_by(said) == BT, said
    # near case: a light verb with no noun of speech reports nothing
    assert said_by("President Tinubu made a stop at the market.") is None


def test_used_the_occasion_to_before_a_reporting_verb():
    assert said_by("President Tinubu used the occasion to invite President Ramaphosa.") == BT
    # near case: using something else is no occasion to speak
    assert said_by("President Tinubu used the funds to invite investors.") is None


def test_a_participants_remarks_or_message_focused_on():
    assert said_by("President Tinubu's remarks focused on trade.") == BT
    assert said_by("The Nigerian leader's message was that trade should grow.") == BT
    # near case: a participant's visit is no speech
    assert said_by("President Tinubu's visit was a success.") is None


def test_more_verbs_of_speech():
    for said in (
        "President Tinubu dwelt on the reforms.",
        "President Tinubu echoed these views.",
        "President Tinubu drew attention to the Sahel.",
        "President Tinubu spotlighted fair trade.",
    ):
        assert said_by(said) == BT, said
    # near case: a subject that is no participant
    assert said_by("The report drew attention to the Sahel.") is None


def sentences(text: str) -> list[str]:
    return [s.text for s in layout(text).sentences]


def test_styles_amb_and_smt_end_no_sentence():
    # a statement's opening is its sentence's: a style cut off from its name loses it
    for style in ("Amb.", "Smt."):
        text = f"{style} Linda Okafor met the Minister. She said trade had grown."
        assert sentences(text)[0] == f"{style} Linda Okafor met the Minister.", style
    # near case: the same words as the last of a sentence still end it
    assert len(sentences("The talks went on till 5 p.m. They then agreed.")) == 2


def test_a_clock_time_or_dc_ends_a_sentence_before_a_word_that_opens_one():
    assert sentences("The call began at 10 a.m. The leaders discussed trade.") == [
        "The call began at 10 a.m.",
        "The leaders discussed trade.",
    ]
    assert len(sentences("The two met in Washington, D.C. They discussed trade.")) == 2
    # near case: a name after the time goes on with the sentence
    assert len(sentences("The call began at 10 a.m. President Tinubu then spoke.")) == 1


def test_the_minister_of_a_foreign_ministrys_readout_is_its_foreign_minister():
    text = (
        "The Minister met Foreign Minister Geoffrey Onyeama of Nigeria.\n\n"
        "The Minister stressed the importance of trade."
    )
    said = by_opening(text, "Ministry of Foreign Affairs of Japan", "2018-06-14")
    assert said["The Minister"] == "Taro Kono"
    # near case: another ministry's bare "Minister" is not its state's foreign minister
    said = by_opening(text, "Ministry of Energy of Japan", "2018-06-14")
    assert said.get("The Minister") != "Taro Kono"


def test_a_publisher_named_without_its_country():
    text = (
        "The Foreign Minister met Foreign Minister Geoffrey Onyeama of Nigeria.\n\n"
        "The Foreign Minister stressed the importance of trade."
    )
    said = by_opening(text, "Federal Foreign Office", "2018-06-14")
    assert said["The Foreign"] == "Heiko Maas"
    # near case: a publisher that names no state and no known office leaves it unresolved
    said = by_opening(text, "Office of the Spokesperson", "2018-06-14")
    assert said.get("The Foreign") != "Heiko Maas"


CALLED = "Today I spoke with Prime Minister Rishi Sunak. I congratulated him on his appointment."


def test_a_seat_publishes_for_its_holder():
    said = by_opening(CALLED, "The White House", "2022-10-25")
    assert said["I congratulated"] == "Joe Biden"
    # near case: a seat the list does not name tells no author
    assert by_opening(CALLED, "Government House", "2022-10-25").get("I congratulated") is None


def test_a_headline_naming_its_authors_office():
    text = f"Statement by the President on the call with Prime Minister Sunak\n\n{CALLED}"
    said = by_opening(text, "Ministry of Foreign Affairs of the United States", "2022-10-25")
    assert said["I congratulated"] == "Joe Biden"
    # near case: an office "of" someone in the headline is its subject, not its author
    text = f"Statement on the visit of the Prime Minister of the United Kingdom\n\n{CALLED}"
    said = by_opening(text, "The White House", "2022-10-25")
    assert said["I congratulated"] == "Joe Biden"
    # and a headline's author that is no office leaves the publisher's
    text = f"Statement by the Government on the call with Prime Minister Sunak\n\n{CALLED}"
    assert by_opening(text, "The White House", "2022-10-25")["I congratulated"] == "Joe Biden"


def test_an_official_described_by_a_ministry_or_seat_of_their_state():
    head = "Secretary Antony J. Blinken met Nigerian Foreign Minister Yusuf Tuggar today.\n\n"
    pub = "U.S. Department of State"
    for seat in ("State Department", "Department of State"):
        text = head + f"The {seat} official expressed support for the reforms."
        assert by_opening(text, pub, "2024-03-14")["The " + seat.split()[0]] == "Antony Blinken"
    # near cases: the ministry itself is no participant; a seat of a state no one represents
    text = head + "The State Department said it supported the reforms."
    assert "Antony Blinken" not in by_opening(text, pub, "2024-03-14").values()
    text = head + "The Kremlin official expressed support for the reforms."
    assert "The Kremlin" not in by_opening(text, pub, "2024-03-14")
