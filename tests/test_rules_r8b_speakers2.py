"""Round 8b, "speakers2": who speaks when someone else relays the act (a spokesperson named
by office alone, a quotation attributed to a minister who took no part) and two offices of
one participant sharing one article. Every sentence here was written for this test.
"""

from __future__ import annotations

from reading import read

CALL = (
    "Prime Minister's call with the Prime Minister of Australia\n\n"
    "Prime Minister Jacinda Ardern spoke with Prime Minister Scott Morrison of Australia "
    "on Monday.\n\n"
)
BANGKOK = (
    "Foreign Minister meets Chinese counterpart\n\n"
    "On 28 January 2024, Mr. Parnpree Bahiddha-Nukara, Deputy Prime Minister and Minister of "
    "Foreign Affairs of Thailand, met with Mr. Wang Yi, Minister of Foreign Affairs of China, "
    "at the Ministry of Foreign Affairs.\n\n"
)
THAI_MFA = "Ministry of Foreign Affairs of the Kingdom of Thailand"


def said(text: str, published: str = "2024-05-14", publisher: str | None = None) -> dict:
    """Each statement's (speaker, act) by the first five words of its opening."""
    ex = read(text, published, publisher)
    return {" ".join(s.opening.split()[:5]): (s.speaker, s.act) for s in ex.statements}


# -- a spokesperson named by office alone relays the participant of the that-clause ----------


def test_an_unnamed_spokesperson_relays_the_participant_after_that():
    found = said(
        CALL + "The Government Spokesperson revealed that the Prime Minister of New Zealand "
        "invited Prime Minister Morrison to visit Wellington.\n\n"
        "The Spokesman stated that the Prime Minister thanked Australia for its support."
    )
    assert found["The Government Spokesperson revealed that"] == ("Jacinda Ardern", "invite")
    assert found["The Spokesman stated that the"] == ("Jacinda Ardern", "thank")


def test_an_unnamed_spokesperson_with_no_participant_after_that_gives_nobody():
    # near negative: the clause names no participant, so no participant speaks
    found = said(CALL + "The Government Spokesperson revealed that the talks were warm.")
    assert "The Government Spokesperson revealed that" not in found


# -- a quotation relayed by a minister who took no part ---------------------------------------


def test_a_quotation_relayed_by_a_non_participant_is_the_quoted_participants():
    found = said(
        CALL + '"Prime Minister Ardern congratulated Prime Minister Morrison on his '
        'election win and said New Zealand values Australia," Foreign Minister Nanaia '
        "Mahuta said."
    )
    assert found["Prime Minister Ardern congratulated Prime"] == ("Jacinda Ardern", "congratulate")


def test_a_quotation_of_the_relayers_own_words_stays_the_relayers():
    # near negative: no participant acts inside the quotation
    found = said(
        CALL + '"The call was warm and New Zealand values Australia," Foreign Minister '
        "Nanaia Mahuta said."
    )
    assert found["The call was warm and"] == ("Nanaia Mahuta", "say")


# -- "the Deputy Prime Minister and Minister of Foreign Affairs": one person -------------------


def test_an_unheld_office_sharing_an_article_with_the_participants_office_is_one_person():
    found = said(
        BANGKOK + "The Deputy Prime Minister and Minister of Foreign Affairs thanked China "
        "for its help.",
        "2024-01-28",
        THAI_MFA,
    )
    assert found["The Deputy Prime Minister and"] == ("Parnpree Bahiddha-Nukara", "thank")


def test_two_offices_held_by_two_people_are_both():
    # near negative: the first office names another person on the day
    found = said(
        BANGKOK + "The Prime Minister and Minister of Foreign Affairs thanked China for its help.",
        "2024-01-28",
        THAI_MFA,
    )
    assert found["The Prime Minister and Minister"][0] == "both"


# -- a date line run into the body's first paragraph dates the release ------------------------

RUN_IN = (
    "President holds call with Paraguayan counterpart\n\n"
    "Montevideo, 2 November 2023. The President of the Republic, Luis Lacalle Pou, held a "
    "telephone conversation {when}with the President of Paraguay, Santiago Peña."
)


def test_yesterday_counts_back_from_a_date_line_run_into_the_body():
    ex = read(RUN_IN.format(when="yesterday "), "2023-11-03", "Presidency of Uruguay")
    assert ex.event.date == "2023-11-01"


def test_a_date_line_run_into_the_body_with_no_relative_day_is_the_day():
    # near negative: with no relative day the date line's own day stands
    ex = read(RUN_IN.format(when=""), "2023-11-03", "Presidency of Uruguay")
    assert ex.event.date == "2023-11-02"


# -- "Federal Councillor X": the Swiss title before a surname -----------------------------------

BERN = (
    "Foreign Minister receives Slovak counterpart\n\n"
    "Bern, 4 June 2024 – Federal Councillor Ignazio Cassis received the Minister of Foreign "
    "Affairs of Slovakia, Juraj Blanár, in Bern on Tuesday.\n\n"
)
FDFA = "Federal Department of Foreign Affairs"


def test_a_federal_councillor_before_a_surname_is_the_participant():
    found = said(
        BERN + "Federal Councillor Cassis condemned the attack on the bridge.", "2024-06-04", FDFA
    )
    assert found["Federal Councillor Cassis condemned the"] == ("Ignazio Cassis", "condemn")


def test_a_federal_councillor_of_another_surname_is_not_the_participant():
    # near negative: the title does not make any surname the participant's
    found = said(
        BERN + "Federal Councillor Baume condemned the attack on the bridge.", "2024-06-04", FDFA
    )
    assert found.get("Federal Councillor Baume condemned the", ("x",))[0] != "Ignazio Cassis"


# -- the event type: a call paid on the host, and an arrival to attend a gathering ------------

COLOMBO = "President meets Japanese Foreign Minister\n\nMay 4, 2024\n\n"
SRI_LANKA = "President's Media Division, Sri Lanka"
ASTANA = "Foreign Minister holds talks with Indian counterpart\n\n"
KZ_MFA = "Ministry of Foreign Affairs of the Republic of Kazakhstan"


def test_a_call_paid_on_the_host_by_an_arrived_visitor_is_a_meeting():
    ex = read(
        COLOMBO + "Japanese Foreign Minister Yoko Kamikawa, who arrived in Colombo on an "
        "official visit, called on President Ranil Wickremesinghe at the Presidential "
        "Secretariat this morning.",
        "2024-05-04",
        SRI_LANKA,
    )
    assert ex.event.type == "Meeting"


def test_an_arrived_visitor_meeting_the_host_is_a_visit():
    # near negative: the same arrival with talks, and no call paid on the host
    ex = read(
        COLOMBO + "Japanese Foreign Minister Yoko Kamikawa, who arrived in Colombo on an "
        "official visit, held talks with President Ranil Wickremesinghe at the Presidential "
        "Secretariat this morning.",
        "2024-05-04",
        SRI_LANKA,
    )
    assert ex.event.type == "Visit"


def test_an_arrival_to_attend_a_summit_is_no_visit():
    ex = read(
        ASTANA + "Foreign Minister Murat Nurtleu met with External Affairs Minister "
        "Subrahmanyam Jaishankar of India, who arrived in Astana to take part in the summit "
        "of the Shanghai Cooperation Organization.",
        "2024-07-03",
        KZ_MFA,
    )
    assert ex.event.type == "Meeting"


def test_an_arrival_for_talks_is_a_visit():
    # near negative: an arrival with no gathering to attend
    ex = read(
        ASTANA + "Foreign Minister Murat Nurtleu met with External Affairs Minister "
        "Subrahmanyam Jaishankar of India, who arrived in Astana on Tuesday for talks.",
        "2024-07-03",
        KZ_MFA,
    )
    assert ex.event.type == "Visit"


# -- a visit's arrival on a weekday alone counts back from the visit's stated day --------------

GEORGETOWN = (
    "PRIME MINISTER MEETS PRESIDENT IN GEORGETOWN\n\n"
    "Prime Minister Keith Rowley of Trinidad and Tobago met President Irfaan Ali of Guyana "
    "at State House, Georgetown, on Friday 9 February 2024.\n\n"
    "Prime Minister Rowley arrived in Guyana{when} for a two-day working visit."
)
TT_OPM = "Office of the Prime Minister, Trinidad and Tobago"


def test_an_arrival_on_a_weekday_counts_back_from_the_visits_day():
    ex = read(GEORGETOWN.format(when=" on Thursday"), "2024-02-16", TT_OPM)
    assert (ex.event.type, ex.event.date) == ("Visit", "2024-02-08")


def test_an_arrival_with_no_day_leaves_the_stated_day():
    # near negative: nothing to count back
    ex = read(GEORGETOWN.format(when=""), "2024-02-16", TT_OPM)
    assert ex.event.date == "2024-02-09"


# -- a visit named with capitals gives its state as the location -------------------------------

WISMA = "Ministry of Foreign Affairs, Malaysia (Wisma Putra)"


def test_an_official_visit_in_capitals_gives_the_visited_state():
    ex = read(
        "PRESS RELEASE\n\nForeign Minister Mohamad Hasan of Malaysia will undertake an Official "
        "Visit to the Republic of Korea from 3 to 5 June 2024.\n\nThe Minister will hold "
        "talks with Foreign Minister Cho Tae-yul of the Republic of Korea.",
        "2024-06-02",
        WISMA,
    )
    assert ex.event.location == "South Korea"


def test_an_official_visit_offered_for_later_is_no_location():
    # near negative: a visit invited for another time says nothing of where this call was
    ex = read(
        "PRESS RELEASE\n\nForeign Minister Mohamad Hasan of Malaysia spoke by telephone with "
        "Foreign Minister Cho Tae-yul of the Republic of Korea and invited him to pay an "
        "Official Visit to Thailand next year.",
        "2024-06-02",
        WISMA,
    )
    assert ex.event.location != "Thailand"


# -- the Greek Prime Minister's seat (landmarks.tsv) --------------------------------------------

GR_PM = "Office of the Prime Minister of Greece"


def test_the_maximos_mansion_is_in_athens():
    ex = read(
        "Meeting with the President of Cyprus\n\nPrime Minister Kyriakos Mitsotakis welcomed "
        "President Nikos Christodoulides of Cyprus to the Maximos Mansion for a working lunch.",
        "2024-05-09",
        GR_PM,
    )
    assert ex.event.location == "Athens"


def test_the_maximos_mansion_cited_as_a_source_is_no_venue():
    # near negative: a seat named as the source of the news
    ex = read(
        "Call with the President of Cyprus\n\nAccording to the Maximos Mansion, Prime Minister "
        "Kyriakos Mitsotakis spoke by telephone with President Nikos Christodoulides of Cyprus.",
        "2024-05-09",
        GR_PM,
    )
    assert ex.event.location != "Athens"


# -- "the National Palace": the seat of the president of the state visited ---------------------

CHILE = "Government of Chile"
PALACE = (
    "President's visit\n\n"
    "President {a} held a bilateral meeting with President {b} at the National Palace, on "
    "the first day of his official visit to {state}."
)
BORIC = "Gabriel Boric of Chile"
AMLO = "Andrés Manuel López Obrador of Mexico"


def test_the_national_palace_is_the_visited_presidents_capital():
    ex = read(PALACE.format(a=BORIC, b=AMLO, state="Mexico"), "2022-11-24", CHILE)
    assert ex.event.location == "Mexico City"


def test_the_national_palace_of_the_other_visit_is_the_other_capital():
    # near negative: the visit went the other way, and so does the seat
    ex = read(PALACE.format(a=AMLO, b=BORIC, state="Chile"), "2022-11-24", CHILE)
    assert ex.event.location == "Santiago"


# -- "His Highness" alone: the one participant written with that style -------------------------

DOHA = (
    "HH the Amir receives phone call from French President\n\n"
    "Doha, March 05 (QNA) - His Highness the Amir Sheikh Tamim bin Hamad Al-Thani received a "
    "phone call today from {other}.\n\n"
    "{again} expressed his thanks for the call.\n\n"
    "His Highness stressed the need to protect civilians."
)
QNA = "Qatar News Agency"


def test_his_highness_alone_is_the_participant_styled_so_not_the_last_speaker():
    ex = read(
        DOHA.format(other="HE President Emmanuel Macron of France", again="President Macron"),
        "2024-03-05",
        QNA,
    )
    assert [s.speaker for s in ex.statements][-2:] == [
        "Emmanuel Macron",
        "Tamim bin Hamad Al Thani",
    ]


def test_his_highness_alone_with_two_highnesses_is_the_last_speaker():
    # near negative: both participants are written with the style, so it names neither alone
    ex = read(
        DOHA.format(
            other="His Highness Sheikh Mohamed bin Zayed Al Nahyan, President of the UAE",
            again="Sheikh Mohamed",
        ),
        "2024-03-05",
        QNA,
    )
    assert [s.speaker for s in ex.statements][-1:] == ["Mohamed bin Zayed Al Nahyan"]


# -- "X, Managing Director of Y, issued the following statement": the announcing sentence ------

FUND = (
    "Managing Director meets President of Ecuador\n\n"
    "Ms. Kristalina Georgieva, Managing Director of the International Monetary Fund (IMF), "
    "issued {what} today after meeting President Daniel Noboa of Ecuador.\n\n"
    "President Noboa thanked the Managing Director for the Fund's support."
)
IMF = "International Monetary Fund"


def test_issuing_a_statement_after_an_apposition_is_a_statement():
    ex = read(FUND.format(what="the following statement"), "2024-04-19", IMF)
    assert [(s.speaker, s.act) for s in ex.statements][:1] == [("Kristalina Georgieva", "issue")]


def test_issuing_a_decree_is_no_statement():
    # near negative: a light verb with a noun that is no speech
    ex = read(FUND.format(what="a decree"), "2024-04-19", IMF)
    assert [s.speaker for s in ex.statements] == ["Daniel Noboa"]


# -- "the President of the seventy-eighth session of the General Assembly" ---------------------

PGA = "President of the United Nations General Assembly"


def test_the_president_of_a_session_of_the_assembly_presides_over_the_assembly():
    ex = read(
        "President of the General Assembly meets Foreign Minister of Costa Rica\n\n"
        "The President of the seventy-eighth session of the United Nations General Assembly, "
        "H.E. Mr. Dennis Francis, met today with Foreign Minister Arnoldo André Tinoco of "
        "Costa Rica.\n\nThe President of the General Assembly commended Costa Rica's work "
        "on disarmament.",
        "2023-09-20",
        PGA,
    )
    assert ("Dennis Francis", "leaderOf", "UN General Assembly") in {
        (r.subject, r.relation, r.object) for r in ex.relations
    }
    assert [(s.speaker, s.act) for s in ex.statements][-1:] == [("Dennis Francis", "commend")]


def test_an_office_of_the_body_with_no_session_is_read_as_before():
    # near negative: "of the Republic of Ghana" holds no session and names the state
    ex = read(
        "Meeting\n\nThe President of the Republic of Ghana, Nana Akufo-Addo, met today with "
        "Foreign Minister Arnoldo André Tinoco of Costa Rica.",
        "2023-09-20",
        PGA,
    )
    assert ("Nana Akufo-Addo", "leaderOf", "Ghana") in {
        (r.subject, r.relation, r.object) for r in ex.relations
    }


# -- a letter's own first person in the present: "I write to convey" ---------------------------

LETTER = (
    "Message from the Secretary-General to the President of Kenya\n\n"
    "Excellency,\n\n{body}\n\nAntónio Guterres"
)


def test_i_write_to_convey_is_the_writers_statement():
    body = "I write to convey my warmest congratulations on your inauguration as President."
    ex = read(LETTER.format(body=body), "2022-09-13", "United Nations")
    assert [s.speaker for s in ex.statements] == ["António Guterres"]


def test_i_write_from_a_place_is_no_statement():
    # near negative: writing with no act of speech after it
    ex = read(LETTER.format(body="I write to you from New York."), "2022-09-13", "United Nations")
    assert [s.speaker for s in ex.statements] == []


# -- "X was quoted as saying": X's statement --------------------------------------------------

TEHRAN = (
    "Presidents discuss Gaza in phone call\n\n"
    "TEHRAN, Nov. 5 (IRNA) - Iranian President Ebrahim Raisi and his Turkish counterpart "
    "Recep Tayyip Erdogan held a phone conversation on Saturday evening.\n\n{body}"
)
IRNA = "Islamic Republic News Agency"


def test_quoted_as_saying_is_the_subjects_statement():
    body = "Raisi was quoted by the presidential website as saying that Iran backs Gaza."
    ex = read(TEHRAN.format(body=body), "2023-11-06", IRNA)
    assert [(s.speaker, s.act) for s in ex.statements] == [("Ebrahim Raisi", "say")]


def test_quoted_as_an_example_is_no_statement():
    # near negative: quoted, but saying nothing
    body = "Raisi was quoted in the press as an example of resolve."
    ex = read(TEHRAN.format(body=body), "2023-11-06", IRNA)
    assert [s.speaker for s in ex.statements] == []


def test_the_national_palace_is_the_receivers_whatever_their_title():
    # near case to the two above: a prime minister receiving a president there
    ex = read(
        "Meeting\n\nPrime Minister Abiy Ahmed received President Isaias Afwerki of Eritrea at "
        "the National Palace.",
        "2024-03-05",
        "Office of the Prime Minister of Ethiopia",
    )
    assert ex.event.location == "Addis Ababa"


# -- "the Presidential Villa": the receiver's capital when both are presidents -----------------

VILLA = "Meeting\n\nPresident Bola Tinubu {act} President Nana Akufo-Addo of Ghana{where}."
ASO = "Presidency of Nigeria (State House)"


def test_the_presidential_villa_of_the_receiving_president_is_his_capital():
    ex = read(VILLA.format(act="received", where=" at the Presidential Villa"), "2024-03-05", ASO)
    assert ex.event.location == "Abuja"


def test_a_reception_with_no_seat_named_is_the_receivers_state():
    # near negative: no seat, so no capital is guessed
    ex = read(VILLA.format(act="received", where=""), "2024-03-05", ASO)
    assert ex.event.location == "Nigeria"


# -- a place named after a king or a sheikh is no person ---------------------------------------

RIYADH = (
    "President arrives in Riyadh\n\n"
    "President Emmanuel Macron of France arrived in Riyadh today on an official visit. He was "
    "received at {place} by Prince Faisal bin Bandar, Governor of Riyadh Region."
)
SPA = "Saudi Press Agency"


def test_an_airport_named_for_a_king_is_no_participant():
    ex = read(RIYADH.format(place="King Khalid International Airport"), "2024-03-05", SPA)
    assert ex.event.participants == ("Emmanuel Macron", "Faisal bin Bandar")


def test_a_mosque_named_for_a_sheikh_is_no_participant():
    ex = read(
        "Visit\n\nPresident Mohamed bin Zayed Al Nahyan received President Emmanuel Macron of "
        "France at the Sheikh Rashid Grand Mosque.",
        "2024-03-05",
        "Emirates News Agency (WAM)",
    )
    assert ex.event.participants == ("Mohamed bin Zayed Al Nahyan", "Emmanuel Macron")


def test_a_king_named_before_a_verb_is_still_the_king():
    # near negative: the title and name with no place noun after them
    ex = read(
        "Audience\n\nKing Abdullah II received President Emmanuel Macron of France in Amman.",
        "2024-03-05",
        "Royal Hashemite Court",
    )
    assert ex.event.participants == ("Abdullah II", "Emmanuel Macron")


# -- "the foreign ministers of A, B and C" in lower case: each state's minister ----------------

QUAD = (
    "Meeting\n\nForeign Minister Sameh Shoukry met with the {office} of Jordan and Saudi "
    "Arabia in Amman."
)
EG_MFA = "Ministry of Foreign Affairs of Egypt"


def test_lower_case_foreign_ministers_of_listed_states_are_each_minister():
    ex = read(QUAD.format(office="foreign ministers"), "2024-03-05", EG_MFA)
    assert ex.event.participants == ("Sameh Shoukry", "Ayman Safadi", "Faisal bin Farhan Al Saud")


def test_lower_case_deputy_foreign_ministers_are_not_the_ministers():
    # near negative: a lower office names neither foreign minister
    ex = read(QUAD.format(office="deputy foreign ministers"), "2024-03-05", EG_MFA)
    assert "Ayman Safadi" not in ex.event.participants


# -- a leader's own account: "Today I had a good call with X" -----------------------------------

OWN = "Statement by President von der Leyen after her call with Prime Minister Edi Rama\n\n{body}"
EC = "European Commission"


def test_the_first_person_having_the_call_is_the_authors_statement():
    body = "This morning I had a warm phone call with Prime Minister Edi Rama of Albania."
    ex = read(OWN.format(body=body), "2024-03-12", EC)
    assert [(s.speaker, s.act) for s in ex.statements] == [("Ursula von der Leyen", "have")]


def test_the_narrator_reporting_the_call_is_no_statement():
    # near negative: the same engagement told in the third person
    body = "President von der Leyen had a warm phone call with Prime Minister Edi Rama of Albania."
    ex = read(OWN.format(body=body), "2024-03-12", EC)
    assert [s.speaker for s in ex.statements] == []


# -- "the Spanish minister": the one Spanish participant who is a minister ----------------------

RABAT = (
    "Talks in Rabat\n\nRabat - Minister of Foreign Affairs Nasser Bourita held talks on "
    "Tuesday in Rabat with {guest}.\n\nThe Spanish minister, for his part, hailed the "
    "strategic partnership."
)
MA_MFA = "Moroccan Ministry of Foreign Affairs"


def test_the_spanish_minister_is_the_spanish_counterpart():
    ex = read(
        RABAT.format(guest="his Spanish counterpart José Manuel Albares"), "2024-03-05", MA_MFA
    )
    assert [(s.speaker, s.act) for s in ex.statements] == [("José Manuel Albares", "hail")]


def test_the_spanish_minister_is_not_the_spanish_head_of_government():
    # near negative: the one Spanish participant holds no minister's office
    ex = read(RABAT.format(guest="Prime Minister Pedro Sánchez of Spain"), "2024-03-05", MA_MFA)
    assert "Pedro Sánchez" not in [s.speaker for s in ex.statements]
