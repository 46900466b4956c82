"""Statements and their speakers (ANNOTATION.md section 5), round 5: kinds found with
probe readouts in styles not covered before (Vietnam, Nigeria, Egypt, the Vatican, Canada
and France), on sentences written for these tests, each with a near case."""

from __future__ import annotations

from kg.extract import extract
from kg.model import Readout

TALKS_VN_AU = (
    "Hanoi, March 4 (VNA) – Prime Minister Pham Minh Chinh held talks with Prime Minister "
    "Anthony Albanese of Australia in Hanoi on March 4.\n\n"
)
VISIT_NG_KE = (
    "Abuja, 3 July 2024 - President Bola Ahmed Tinubu on Wednesday received President "
    "William Ruto of Kenya at the State House, Abuja.\n\n"
)
AUDIENCE = (
    "Vatican City, 22 November 2023\n\nHis Holiness Pope Francis received in audience "
    "President Isaac Herzog of Israel.\n\n"
)
CAIRO = (
    "Cairo, 14 January 2024\n\nPresident Abdel Fattah El-Sisi received today Foreign "
    "Minister Wang Yi of China.\n\n"
)


def said(text: str) -> dict[str, tuple[str, str]]:
    """Each statement's opening (its first four words) -> (speaker, act)."""
    out = extract(Readout("case", text, published="2024-05-01"))
    return {" ".join(s.opening.split()[:4]): (s.speaker, s.act) for s in out.statements}


def test_the_act_is_the_main_verb_not_the_participle_in_commas() -> None:
    found = said(
        TALKS_VN_AU + "Both of them, noting the growth of two-way trade, praised the "
        "partnership.\n\nThe two leaders, noting that tourism had recovered."
    )
    assert found["Both of them, noting"] == ("both", "praise")
    # near case: with no main verb after the aside, the participle stays the act
    assert found.get("The two leaders, noting", ("both", "note"))[1] == "note"


def test_according_to_a_participant_is_that_participant() -> None:
    found = said(VISIT_NG_KE + "According to the President, both countries share a vision.")
    assert found["According to the President,"][0] == "Bola Tinubu"


def test_according_to_one_who_is_no_participant_relays_the_main_clause() -> None:
    found = said(
        VISIT_NG_KE + "According to Minister of Information Mohammed Idris, the two "
        "presidents agreed to set up a joint commission."
    )
    assert found["According to Minister of"][0] == "both"


def test_a_spokesman_relays_the_act_of_the_participant_after_that() -> None:
    found = said(
        CAIRO + "Presidential Spokesman Ahmed Fahmy stated that the President welcomed the "
        "Chinese Minister.\n\nThe spokesman stated that the talks were frank."
    )
    assert found["Presidential Spokesman Ahmed Fahmy"] == ("Abdel Fattah el-Sisi", "welcome")
    # near case: a clause with no participant in it leaves the statement to whoever spoke
    assert found.get("The spokesman stated that", ("x", "state"))[0] != "Abdel Fattah el-Sisi"


def test_the_holy_father_is_the_pope() -> None:
    found = said(AUDIENCE + "The Holy Father expressed his closeness to the suffering.")
    assert found["The Holy Father expressed"] == ("Pope Francis", "express")


def test_reaching_out_to_congratulate_is_the_subjects_act() -> None:
    found = said(
        "Prime Minister Justin Trudeau today spoke with the President of Mexico, Claudia "
        "Sheinbaum Pardo, to congratulate her on her inauguration.\n\n"
        "The Prime Minister spoke with President Sheinbaum to discuss trade.\n\n"
        "The President of the Republic, Emmanuel Macron, today sent a message to Prime "
        "Minister Justin Trudeau to thank him for his support."
    )
    assert found["Prime Minister Justin Trudeau"] == ("Justin Trudeau", "congratulate")
    assert found["The President of the"] == ("Emmanuel Macron", "thank")
    # near case: a joint act after the call is not the caller's alone
    assert found.get("The Prime Minister spoke", ("both", "discuss"))[0] != "Justin Trudeau"


CALL_PL_DE = (
    "Warsaw, 15 March 2024\n\nPrime Minister Donald Tusk spoke by telephone with Chancellor "
    "Olaf Scholz of Germany.\n\n"
)


def test_the_head_of_a_states_government_is_its_head_of_government() -> None:
    found = said(
        CALL_PL_DE + "In the conversation, the head of the Polish government emphasised that "
        "Europe must invest in defence.\n\nThe head of the German delegation noted the risks."
    )
    assert found["In the conversation, the"][0] == "Donald Tusk"
    # near case: the head of a delegation holds no office of state
    assert found.get("The head of the", ("x", "note"))[0] not in ("Donald Tusk", "Olaf Scholz")


def test_the_chief_executive_is_the_participant_who_leads() -> None:
    found = said(
        "Manila, 8 July 2024\n\nPresident Ferdinand R. Marcos Jr. received Prime Minister "
        "Fumio Kishida of Japan at Malacañan Palace.\n\nThe Chief Executive thanked Japan for "
        "its support for the Coast Guard."
    )
    assert found["The Chief Executive thanked"][0] == "Ferdinand Marcos Jr."


VISIT_BR_CO = (
    "Brasília, 18 April 2024\n\nPresident Luiz Inácio Lula da Silva received President "
    "Gustavo Petro of Colombia at the Planalto Palace.\n\n"
)


def test_a_quotation_said_by_a_bare_title_is_that_office_holders() -> None:
    found = said(
        VISIT_BR_CO + '"We will not let the forest die," said the Brazilian president.\n\n'
        '"The region must act together," the Colombian president added.\n\n'
        '"Trade is growing," said the two delegations.'
    )
    assert found["We will not let"][0] == "Luiz Inácio Lula da Silva"
    assert found["The region must act"][0] == "Gustavo Petro"
    # near case: a title no participant holds names no one
    assert found.get('Trade is growing," said', ("x",))[0] not in (
        "Luiz Inácio Lula da Silva",
        "Gustavo Petro",
    )


def test_a_press_secretary_relays_without_that() -> None:
    found = said(
        "Dhaka, 22 May 2024\n\nPrime Minister Sheikh Hasina received Foreign Minister Sergey "
        "Lavrov of Russia at Ganabhaban.\n\nBriefing reporters after the meeting, Press "
        "Secretary Nayeemul Islam Khan said the Prime Minister thanked Russia for its "
        "support.\n\nPress Secretary Nayeemul Islam Khan said the meeting was cordial."
    )
    assert found["Briefing reporters after the"] == ("Sheikh Hasina", "thank")
    # near case: with no participant in the clause, the relayer stays the speaker
    assert found.get("Press Secretary Nayeemul Islam", ("x",))[0] != "Sheikh Hasina"


def test_the_president_of_the_government_is_the_head_of_government() -> None:
    found = said(
        "Madrid, 7 March 2024\n\nThe President of the Government, Pedro Sánchez, received "
        "the President of the Palestinian Authority, Mahmoud Abbas, at La Moncloa.\n\n"
        "The President of the Government reiterated Spain's support for a two-state "
        "solution.\n\nThe President thanked Spain for its humanitarian aid."
    )
    assert found["The President of the"] == ("Pedro Sánchez", "reiterate")
    # near case: the bare title is left to the mentions
    assert found.get("The President thanked Spain", ("x",))[0] != "Pedro Sánchez"


def test_a_writers_cable_read_is_the_writers() -> None:
    found = said(
        "Amman, 3 June 2024\n\nHis Majesty King Abdullah II sent a cable of congratulations "
        "to President Claudia Sheinbaum of Mexico on her election.\n\n"
        'The King\'s cable read: "I am confident that our relations will grow."\n\n'
        "The King's cable arrived on Monday."
    )
    assert found["The King's cable read:"][0] == "Abdullah II"
    # near case: a cable that arrives says nothing
    assert "The King's cable arrived" not in found
