"""Speakers and the event as ANNOTATION.md sections 1, 5, 7 and 8 settle them, in the
phrasings other offices use: bare titles, counterparts, 'on his part', a message that reads.

Sentences written for these tests; each case has a near one where the rule must not fire.
"""

from __future__ import annotations

from reading import read


def run(text: str, published: str | None = "2023-07-04", publisher: str | None = None):
    return read(text, published, publisher)


def said(ex) -> dict[str, str]:
    """Statement openings (their first four words) -> speaker."""
    return {" ".join(s.opening.split()[:4]): s.speaker for s in ex.statements}


def by(ex, opening: str) -> str | None:
    """The speaker of the statement whose opening starts so, if any."""
    return next((s.speaker for s in ex.statements if s.opening.startswith(opening)), None)


CALL = (
    "Prime Minister Anthony Albanese spoke with Indonesian President Joko Widodo by "
    "telephone today.\n\n"
)


def test_his_counterpart_opening_a_sentence_is_the_other_of_the_last_speaker():
    ex = run(
        CALL + "The Prime Minister stressed the importance of the clean energy transition.\n\n"
        "His counterpart noted that trade had grown strongly over the past year.",
        publisher="Prime Minister of Australia",
    )
    assert said(ex)["His counterpart noted that"] == "Joko Widodo"
    # near case: the other way round, the counterpart is the Prime Minister
    ex = run(
        CALL + "The Indonesian President stressed the importance of the energy transition.\n\n"
        "His counterpart noted that trade had grown strongly over the past year.",
        publisher="Prime Minister of Australia",
    )
    assert said(ex)["His counterpart noted that"] == "Anthony Albanese"


def test_on_his_part_between_subject_and_verb():
    text = (
        "President Cyril Ramaphosa today received the President of the Federal Republic of "
        "Nigeria, Bola Ahmed Tinubu, at the Union Buildings in Pretoria.\n\n"
        "The Nigerian President {} stated that the two economies should lead integration."
    )
    for aside in ("on his part", "for his part", "in turn"):
        ex = run(text.format(aside), published="2023-12-04")
        assert said(ex)["The Nigerian President " + aside.split()[0]] == "Bola Tinubu", aside
    # near case: a part that is no aside ('on the part of') leaves no statement by him
    ex = run(text.format("on the part of the region"), published="2023-12-04")
    assert "The Nigerian President on" not in said(ex)


def test_a_quotation_the_message_reads_is_the_senders():
    text = (
        "President of the Republic of Kazakhstan Kassym-Jomart Tokayev sent a message of "
        "condolence to President of Türkiye Recep Tayyip Erdoğan after the earthquake.\n\n"
        '"Kazakhstan stands ready to provide the necessary help. We share the grief of the '
        'brotherly Turkish people," {}.'
    )
    for tail in ("the message reads", "the letter says", "reads the message"):
        ex = run(text.format(tail), published="2023-02-06")
        assert said(ex)["Kazakhstan stands ready to"] == "Kassym-Jomart Tokayev", tail
    # near case: a message that only arrived speaks for no one
    ex = run(text.format("the message arrived"), published="2023-02-06")
    assert "Kazakhstan stands ready to" not in said(ex)


def test_an_exchange_of_views_taking_place_is_a_statement_of_both():
    text = "Prime Minister Narendra Modi spoke with Chancellor Olaf Scholz of Germany today.\n\n{}"
    for line in (
        "An exchange of views took place on the situation in West Asia.",
        "During the conversation, a useful exchange of views took place on trade.",
        "There was a detailed exchange of opinions on energy.",
    ):
        ex = run(text.format(line))
        assert [s.speaker for s in ex.statements] == ["both"], line
    # near case: an exchange of students or an exchange programme is no one's statement
    for line in (
        "The exchange of students between the two countries has grown.",
        "An exchange programme for young diplomats was launched last year.",
    ):
        assert not run(text.format(line)).statements, line


KREMLIN = (
    "Vladimir Putin had a telephone conversation with President of Kazakhstan "
    "Kassym-Jomart Tokayev.\n\n"
)


def test_the_head_of_the_kazakh_state_is_its_participant():
    ex = run(KREMLIN + "The head of the Kazakh state thanked the Russian leader for the support.")
    assert by(ex, "The head of the Kazakh") == "Kassym-Jomart Tokayev"
    ex = run(KREMLIN + "The head of the Russian state thanked his colleague for the support.")
    assert by(ex, "The head of the Russian") == "Vladimir Putin"
    # near case: the head of a state no participant leads speaks for no one here
    ex = run(KREMLIN + "The head of the Polish state thanked the Russian leader for nothing.")
    assert by(ex, "The head of the Polish") is None


def test_a_participants_interlocutor_is_the_other_participant():
    for noun in ("interlocutor", "counterpart", "colleague"):
        ex = run(KREMLIN + f"Vladimir Putin's {noun} expressed hope for the forum's success.")
        assert said(ex)[f"Vladimir Putin's {noun} expressed"] == "Kassym-Jomart Tokayev", noun
    # near case: the interlocutor of one who takes no part is no one known
    ex = run(KREMLIN + "Emmanuel Macron's interlocutor expressed hope for the forum's success.")
    assert "Emmanuel Macron's interlocutor expressed" not in said(ex)


UN = "United Nations Secretary-General"
UN_CALL = (
    "The Secretary-General spoke by phone today with Dr Tedros Adhanom Ghebreyesus, "
    "Director-General of the World Health Organization.\n\n"
)


def test_regretted_flagged_and_decried_report_a_participant():
    for verb in ("regretted", "flagged", "decried", "deplores"):
        ex = run(
            UN_CALL + f"The Secretary-General {verb} the cuts to health funding.", publisher=UN
        )
        assert by(ex, "The Secretary-General " + verb) == "António Guterres", verb
    # near case: a participle opening the sentence is no main verb of a participant
    ex = run(UN_CALL + "Flagged by the press, the cuts to health funding grew.", publisher=UN)
    assert by(ex, "Flagged by the press") is None


def test_an_organisations_chief_is_its_head_taking_part():
    ex = run(UN_CALL + "The WHO chief flagged the risk of further spread.", publisher=UN)
    assert by(ex, "The WHO chief") == "Tedros Adhanom Ghebreyesus"
    ex = run(
        "The Secretary-General spoke by phone today with President William Ruto of Kenya.\n\n"
        "The UN chief commended Kenya's leadership of the mission in Haiti.",
        publisher=UN,
    )
    assert by(ex, "The UN chief") == "António Guterres"
    # near case: the chief of a body no participant heads is no one here
    ex = run(UN_CALL + "The NATO chief flagged the risk of further spread.", publisher=UN)
    assert by(ex, "The NATO chief") is None


VISIT = "{} President Xi Jinping paid a state visit to Brazil from 19 to 21 November.\n\n"


def test_an_invitation_from_a_participant_makes_them_the_initiator():
    for opener in (
        "Following an invitation from President Lula da Silva,",
        "At the kind invitation of President Lula da Silva,",
        "Accepting the invitation extended by President Lula da Silva,",
    ):
        ex = run(VISIT.format(opener) + "The leaders discussed trade.", published="2024-11-25")
        assert ex.event.initiator == "Luiz Inácio Lula da Silva", opener
        assert ex.event.location == "Brazil", opener  # the visit's place, after the comma
    # near case: an invitation to a later event names no initiator of this one
    ex = run(
        VISIT.format("")
        + "He passed on an invitation from President Vladimir Putin to a later summit.",
        published="2024-11-25",
    )
    assert ex.event.initiator is None


def test_a_place_one_is_invited_to_is_not_the_venue():
    ex = run(
        "President Xi Jinping held talks with President Lula da Silva on 14 April.\n\n"
        "Xi invited Lula to visit Shanghai.",
        published="2024-11-25",
    )
    assert ex.event.location != "Shanghai"


AKORDA = "Akorda, President of Kazakhstan"
TALK = "President Kassym-Jomart Tokayev spoke with President Recep Tayyip Erdoğan today.\n\n{}"


def test_the_agent_of_a_passive_reporting_verb_speaks():
    ex = run(
        TALK.format(
            "A message of congratulations was sent by President Kassym-Jomart Tokayev "
            "to the Turkish leader."
        ),
        publisher=AKORDA,
    )
    assert by(ex, "A message of congratulations") == "Kassym-Jomart Tokayev"
    ex = run(
        TALK.format("The importance of the Middle Corridor was also stressed by Erdoğan."),
        publisher=AKORDA,
    )
    assert by(ex, "The importance of the") == "Recep Tayyip Erdoğan"
    # near case: an agent of a verb that reports nothing ('received by') is no speaker
    ex = run(TALK.format("The delegation was received by President Erdoğan."), publisher=AKORDA)
    assert by(ex, "The delegation was") is None
    ex = run(
        TALK.format("In Ankara, the guest was welcomed by President Erdoğan."), publisher=AKORDA
    )
    assert by(ex, "In Ankara, the guest") is None


MET = "Prime Minister Anthony Albanese met President Joko Widodo in Jakarta on 4 June.\n\n"


def test_the_items_of_a_list_take_the_subject_of_its_lead_in():
    ex = run(
        MET + "The leaders:\n\n- reaffirmed the importance of the partnership;\n"
        "- agreed to meet again next year.\n\nThe Prime Minister also:\n\n"
        "• Thanked the President for his hospitality.\n• Underlined Australia's support.",
        published="2024-06-05",
        publisher="Prime Minister of Australia",
    )
    assert by(ex, "reaffirmed the importance") == "both"
    assert by(ex, "agreed to meet again") == "both"
    assert by(ex, "Thanked the President") == "Anthony Albanese"
    assert by(ex, "Underlined Australia's support") == "Anthony Albanese"


def test_a_sentence_opening_on_its_verb_goes_on_from_the_last_speaker():
    ex = run(
        MET + "President Widodo welcomed the investment.\n\nAlso stressed the need for calm.",
        published="2024-06-05",
    )
    assert by(ex, "Also stressed the need") == "Joko Widodo"
    # near cases: a participle with its agent, and a verb after a sentence no one spoke
    ex = run(
        MET + "President Widodo welcomed the investment.\n\n"
        "Welcomed by the host, the delegation toured the port.",
        published="2024-06-05",
    )
    assert by(ex, "Welcomed by the host") is None
    ex = run(MET + "The port was busy.\n\nAlso stressed was the need for calm.")
    assert by(ex, "Also stressed was") in (None, "both")


NAIROBI = "President Joko Widodo met President William Ruto in Nairobi on 4 June.\n\n"


def test_the_duo_and_the_heads_of_the_two_states_are_both():
    for subject in ("The duo", "The heads of the two states", "The heads of the two delegations"):
        ex = run(NAIROBI + f"{subject} discussed energy.", published="2024-06-05")
        assert by(ex, subject) == "both", subject
    # near case: the heads of a company are no side
    ex = run(NAIROBI + "The heads of Kenya Airways discussed energy.", published="2024-06-05")
    assert by(ex, "The heads of Kenya") is None


def test_an_aside_in_brackets_or_dashes_between_subject_and_verb():
    for subject in ("President Ruto (Kenya)", "President Ruto — who chairs the EAC —"):
        ex = run(NAIROBI + f"{subject} stressed the need for calm.", published="2024-06-05")
        assert by(ex, subject.split()[0] + " Ruto") == "William Ruto", subject
    # near case: past an aside, a verb that reports nothing makes no statement
    ex = run(NAIROBI + "President Ruto (Kenya) toured the port of Mombasa.", published="2024-06-05")
    assert by(ex, "President Ruto (Kenya)") is None
