"""Speakers in multi-party readouts, by a bare office, by possessive and by a group of
states (ANNOTATION.md sections 5, 7, 8): 'the Foreign Secretary' among three foreign
ministers, 'the two countries' presidents', 'the visiting Prime Minister', 'took part'.

Sentences written for these tests; each case has a near one where the rule must not fire.
"""

from __future__ import annotations

from reading import read


def run(text: str, published: str = "2023-02-24", publisher: str | None = None):
    return read(text, published, publisher)


def by(ex, opening: str) -> str | None:
    """The speaker of the statement whose opening starts so, if any."""
    return next((s.speaker for s in ex.statements if s.opening.startswith(opening)), None)


GROUP_CALL = (
    "Foreign ministers hold a call on Ukraine\n\n"
    "Secretary of State Antony Blinken, Foreign Secretary James Cleverly and Foreign "
    "Minister Annalena Baerbock {} the call.\n\n"
    "The ministers reaffirmed their support for Ukraine.\n\n"
    "The {} noted that more aid would follow in the spring."
)


def test_bare_office_among_several_holders_is_the_one_so_titled():
    text = GROUP_CALL.format("took part in", "Foreign Secretary")
    ex = run(text, publisher="U.S. Department of State")
    assert by(ex, "The Foreign Secretary noted") == "James Cleverly"
    # near case: the publisher's own title still names the publisher's minister
    text = GROUP_CALL.format("took part in", "Secretary of State")
    ex = run(text, publisher="U.S. Department of State")
    assert by(ex, "The Secretary of State noted") == "Antony Blinken"


def test_taking_part_is_no_statement():
    ex = run(GROUP_CALL.format("took part in", "Foreign Secretary"))
    assert by(ex, "Secretary of State Antony") is None
    # near case: the same subject with a reporting verb is a joint statement
    ex = run(GROUP_CALL.format("discussed sanctions during", "Foreign Secretary"))
    assert by(ex, "Secretary of State Antony") == "both"


TALKS = (
    "Vietnam and Indonesia hold talks\n\n"
    "President Vo Van Thuong held talks with President Joko Widodo in Hanoi.\n\n"
    "{} discussed maritime cooperation and fisheries.\n\n"
    "The Vietnamese side expressed its wish to raise two-way trade."
)


def test_office_holders_of_a_group_of_states_speak_as_both():
    for subject in ("The two countries' presidents", "Both nations' leaders"):
        ex = run(TALKS.format(subject), published="2024-01-05")
        assert by(ex, subject.split()[0] + " " + subject.split()[1]) == "both", subject
    # near case: one state's president is that state's participant, not both
    ex = run(TALKS.format("Indonesia's president"), published="2024-01-05")
    assert by(ex, "Indonesia's president discussed") == "Joko Widodo"


def test_a_side_speaks_as_its_state():
    # decided by ANNOTATION.md 7 ("the X side" is the state) and dev gold ('The EU side
    # condemned' is the European Union's): the state, not its leader
    ex = run(TALKS.format("The two presidents"), published="2024-01-05")
    assert by(ex, "The Vietnamese side expressed") == "Vietnam"


VISIT = (
    "Prime Minister of Australia visits India\n\n"
    "Prime Minister Narendra Modi received Prime Minister Anthony Albanese in New Delhi.\n\n"
    "The {} Prime Minister stressed the importance of the Quad for the region."
)


def test_the_visiting_prime_minister_is_the_guest_when_both_are_prime_ministers():
    ex = run(VISIT.format("visiting"), "2023-03-10", "Ministry of External Affairs of India")
    assert by(ex, "The visiting Prime Minister") == "Anthony Albanese"
    # near case: the Australian Prime Minister by nationality is the same guest, and the
    # Indian one the host
    ex = run(VISIT.format("Indian"), "2023-03-10", "Ministry of External Affairs of India")
    assert by(ex, "The Indian Prime Minister") == "Narendra Modi"


SUMMIT = (
    "Central Asia - Germany summit\n\n"
    "Chancellor Olaf Scholz met President Kassym-Jomart Tokayev, President Shavkat Mirziyoyev "
    "and President Sadyr Japarov in Berlin.\n\n"
    "{} and the German Chancellor discussed energy and transport links."
)


def test_a_group_and_a_person_joined_by_and_speak_as_both():
    ex = run(SUMMIT.format("The heads of state of Central Asia"), "2023-09-29")
    assert by(ex, "The heads of state of") == "both"
    # near case: a possessive opening names no one who speaks; the Chancellor alone
    ex = run(SUMMIT.format("President Tokayev's adviser on Central Asia"), "2023-09-29")
    assert by(ex, "President Tokayev's adviser on") == "Olaf Scholz"


TRANSCRIPT = (
    "Beginning of talks with the President of Kazakhstan\n\n"
    "Vladimir Putin held talks with President of Kazakhstan Kassym-Jomart Tokayev.\n\n"
    "{}: We have a great deal to talk over today."
)


def test_a_transcript_speaker_line_in_capitals():
    for line in ("VLADIMIR PUTIN", "PRESIDENT TOKAYEV"):
        ex = run(TRANSCRIPT.format(line), "2023-11-28", "President of Russia")
        want = "Vladimir Putin" if "PUTIN" in line else "Kassym-Jomart Tokayev"
        assert by(ex, line.split()[0]) == want, line
    # near case: a heading in capitals names no participant
    ex = run(TRANSCRIPT.format("OPENING REMARKS"), "2023-11-28", "President of Russia")
    assert by(ex, "OPENING") is None


MINISTERS = (
    "G7 Foreign Ministers' Meeting\n\n"
    "Foreign Minister Yoshimasa Hayashi chaired the meeting, attended by Secretary of State "
    "Antony Blinken, Foreign Minister Catherine Colonna and Foreign Minister Melanie Joly.\n\n"
    "{} the shelling of civilian infrastructure.\n\n"
)


def test_a_body_or_a_group_of_delegations_named_with_its_office_holders_is_both():
    for subject in (
        "G7 foreign ministers condemned",
        "Leaders of the three delegations condemned",
        "The heads of all delegations condemned",
    ):
        ex = run(MINISTERS.format(subject), "2023-04-18", "Ministry of Foreign Affairs of Japan")
        assert by(ex, subject.split()[0]) == "both", subject
    # near cases: one state's minister, a delegation with no number
    ex = run(MINISTERS.format("France's minister condemned"), "2023-04-18")
    assert by(ex, "France's minister condemned") == "Catherine Colonna"
    ex = run(MINISTERS.format("Leaders of the business delegation condemned"), "2023-04-18")
    assert by(ex, "Leaders of the business") != "both"


def test_an_aside_opened_by_in_between_subject_and_verb():
    for aside in ("in her intervention", "in turn", "in the closing session"):
        text = MINISTERS.format("The ministers condemned") + (
            f"Minister Colonna, {aside}, underlined the importance of Africa."
        )
        ex = run(text, "2023-04-18", "Ministry of Foreign Affairs of Japan")
        assert by(ex, "Minister Colonna, in") == "Catherine Colonna", aside


MESSAGE = (
    "Message of congratulations to the President of Indonesia\n\n"
    "President Mohamed bin Zayed Al Nahyan sent a message of congratulations to President "
    "Prabowo Subianto on his inauguration.\n\n"
    "{}"
)


def test_a_writing_speaks_for_its_sender_with_its_own_verb():
    for line, opening, act in (
        ("The text of the message reads as follows:", "The text of", "read"),
        ("The full text of the letter reads:", "The full text", "read"),
        (
            "The letter, signed in Abu Dhabi, states that the ties are strong.",
            "The letter,",
            "state",
        ),
        ("The message reads, in part:", "The message reads", "read"),
    ):
        ex = run(MESSAGE.format(line), "2024-10-20", "Emirates News Agency")
        st = next((s for s in ex.statements if s.opening.startswith(opening)), None)
        assert st and (st.speaker, st.act) == ("Mohamed bin Zayed Al Nahyan", act), line
    # near case: a letter handed over says nothing
    ex = run(MESSAGE.format("The letter was handed over in Jakarta."), "2024-10-20")
    assert by(ex, "The letter was handed") is None


def test_more_reporting_verbs_of_the_narrator():
    text = (
        "Foreign Minister Penny Wong met Indonesian Foreign Minister Retno Marsudi in Jakarta "
        "today.\n\n"
        "Ms Wong {} that the two countries would sign a maritime agreement.\n\n"
    )
    for verb, act in (
        ("revealed", "reveal"),
        ("opined", "opine"),
        ("extolled", "extol"),
        ("advocated", "advocate"),
        ("summarised", "summarise"),
    ):
        ex = run(text.format(verb), "2024-02-08", "Minister for Foreign Affairs of Australia")
        st = next((s for s in ex.statements if s.opening.startswith("Ms Wong")), None)
        assert st and (st.speaker, st.act) == ("Penny Wong", act), verb
    # near case: a verb that reports nothing ('arrived') makes no statement
    ex = run(text.format("arrived so"), "2024-02-08")
    assert by(ex, "Ms Wong arrived") is None


def test_comparing_notes_is_a_joint_statement():
    text = (
        "Foreign Minister Sergey Lavrov held talks with Foreign Minister of India Subrahmanyam "
        "Jaishankar.\n\n{} notes on the situation in Afghanistan.\n\n"
    )
    ex = run(text.format("The ministers compared"), "2022-11-08")
    st = next((s for s in ex.statements if s.opening.startswith("The ministers compared")), None)
    assert st and (st.speaker, st.act) == ("both", "compare")
    # near case: trade that compared well is no one's statement
    ex = run(text.format("Trade compared well with last year, according to the"), "2022-11-08")
    assert by(ex, "Trade compared well") is None


def test_held_that_and_put_forward_report():
    text = (
        "Wang Yi held talks with Kazakh Deputy Prime Minister and Foreign Minister Murat "
        "Nurtleu in Beijing.\n\n{}\n\n"
    )
    for line, who, act in (
        ("Both sides held that relations are at their best in history.", "both", "hold"),
        ("Wang Yi put forward a three-point proposal on transport.", "Wang Yi", "put"),
        ("Murat Nurtleu holds that trade should double by 2030.", "Murat Nurtleu", "hold"),
    ):
        ex = run(text.format(line), "2024-04-12")
        st = next((s for s in ex.statements if s.opening.startswith(line[:12])), None)
        assert st and (st.speaker, st.act) == (who, act), line
    # near cases: holding talks or a banquet says nothing
    for line in ("Both sides held talks on trade.", "Wang Yi held a banquet for the guests."):
        ex = run(text.format(line), "2024-04-12")
        assert by(ex, line[:12]) is None, line
