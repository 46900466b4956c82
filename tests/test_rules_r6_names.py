"""Who a mention is (round 6 audit of ANNOTATION.md sections 3, 7 and 8): offices that are
not the title they end with, past offices, bodies named by a short form, armed groups.

Sentences written for these tests; each case has a near one where the rule must not fire.
"""

from __future__ import annotations

from reading import read


def run(text: str, published: str = "2024-03-12", publisher: str | None = None):
    ex = read(text, published, publisher)
    return ex, {(r.subject, r.relation, r.object) for r in ex.relations}


def test_a_lower_office_is_not_the_title_it_ends_with():
    # an Assistant Secretary of State is not the Secretary of State of the day
    ex, got = run(
        "Acting Assistant Secretary of State for African Affairs Jane Doe-Smith met "
        "Kenyan Foreign Minister Raychelle Omamo in Nairobi.",
        published="2020-03-03",
        publisher="U.S. Department of State",
    )
    assert "Mike Pompeo" not in ex.event.participants
    assert not any("Mike Pompeo" in (s, o) for s, _, o in got)
    ex, _ = run(
        "The Deputy Minister of Foreign Affairs met the Ambassador of Japan. The Principal "
        "Secretary said Kenya values the partnership.",
        published="2021-06-01",
        publisher="Ministry of Foreign Affairs of Kenya",
    )
    assert "Raychelle Omamo" not in ex.event.participants
    # near case: the Secretary of State himself
    ex, got = run(
        "Secretary of State Michael R. Pompeo met Kenyan Foreign Minister Raychelle Omamo.",
        published="2020-03-03",
        publisher="U.S. Department of State",
    )
    assert ("Mike Pompeo", "leaderOf", "United States") in got


def test_a_past_office_gives_no_leader():
    _, got = run(
        "The Prime Minister spoke to President Javier Milei of Argentina. They recalled "
        "the visit of former President Mauricio Macri to London.",
        published="2024-02-01",
        publisher="Prime Minister's Office, 10 Downing Street",
    )
    assert ("Javier Milei", "leaderOf", "Argentina") in got
    assert ("Mauricio Macri", "leaderOf", "Argentina") not in got
    # near case: the office held on the day is the one written
    _, got = run(
        "The Prime Minister spoke to President Mauricio Macri of Argentina.",
        published="2018-02-01",
        publisher="Prime Minister's Office, 10 Downing Street",
    )
    assert ("Mauricio Macri", "leaderOf", "Argentina") in got


def test_the_league_is_the_body_whose_name_has_the_word():
    # in the body's own readout, named in full or not at all
    _, got = run(
        "The Secretary-General of the Arab League received the Foreign Minister of Egypt, "
        "Sameh Shoukry. Shoukry praised the League's role in the region.",
        published="2023-09-05",
    )
    assert ("Sameh Shoukry", "praises", "Arab League") in got
    _, got = run(
        "The Secretary-General received Egyptian Foreign Minister Sameh Shoukry. "
        "Shoukry praised the League's role in the region.",
        published="2023-09-05",
        publisher="League of Arab States",
    )
    assert ("Sameh Shoukry", "praises", "Arab League") in got
    # near case: another body named last is not "the League"
    _, got = run(
        "The Foreign Minister of Egypt, Sameh Shoukry, met the Secretary-General of the "
        "United Nations. Shoukry praised the League's role in the region.",
        published="2023-09-05",
        publisher="Ministry of Foreign Affairs of Egypt",
    )
    assert not any(r == "praises" and o == "United Nations" for _, r, o in got)


def test_regional_bodies_and_armed_groups_are_actors():
    _, got = run(
        "Foreign Minister Jeyhun Bayramov met Georgian Foreign Minister Ilia Darchiashvili. "
        "The ministers agreed to strengthen cooperation within GUAM and the BSEC. "
        "Bayramov condemned Hamas's attacks on civilians.",
        published="2023-10-10",
    )
    assert ("Jeyhun Bayramov", "cooperatesVia", "GUAM") in got
    assert (
        "Ilia Darchiashvili",
        "cooperatesVia",
        "Organization of the Black Sea Economic Cooperation",
    ) in got
    assert ("Jeyhun Bayramov", "criticizes", "Hamas") in got
    _, got = run(
        "The Foreign Secretary met Malaysian Foreign Minister Mohamad Hasan. They agreed to "
        "deepen defence cooperation through the Five Power Defence Arrangements.",
        published="2024-03-14",
        publisher="Foreign, Commonwealth & Development Office",
    )
    assert ("Mohamad Hasan", "cooperatesVia", "Five Power Defence Arrangements") in got
    # near case: a leader named with the group leads it; a bare word in lower case is none
    _, got = run(
        "President Biden discussed the killing of Hezbollah leader Hassan Nasrallah with "
        "Prime Minister Netanyahu, and the hamas question.",
        published="2024-09-28",
    )
    assert ("Hassan Nasrallah", "leaderOf", "Hezbollah") in got
    assert not any(o == "Hamas" for _, _, o in got)


def test_a_style_alone_stands_for_its_bearer():
    _, got = run(
        "Crown Prince and Prime Minister Mohammed bin Salman received a phone call from "
        "Indian Prime Minister Narendra Modi. His Royal Highness thanked Mr Modi for India's "
        "cooperation.",
        published="2023-08-12",
        publisher="Saudi Press Agency",
    )
    assert ("Mohammed bin Salman", "thanks", "Narendra Modi") in got
    # near case: a style before an unknown capitalised word is no pronoun
    ex, got = run(
        "Prime Minister Narendra Modi met His Royal Highness Quorum. Modi praised Saudi "
        "Arabia's role.",
        published="2023-08-12",
    )
    assert not any(s == "Narendra Modi" and r == "thanks" for s, r, _ in got)


def test_a_chair_named_by_the_text_leads_the_body_whatever_the_date():
    _, got = run(
        "President Bola Ahmed Tinubu, as Chairman of the ECOWAS Authority of Heads of State "
        "and Government, received President Bassirou Diomaye Faye of Senegal.",
        published="2024-07-10",
    )
    assert ("Bola Tinubu", "leaderOf", "Economic Community of West African States") in got
    assert not any(s == "Authority" for s, _, _ in got)
    _, got = run(
        "President Cyril Ramaphosa, in his capacity as Chairperson of the African Union, "
        "received Charles Michel, President of the European Council.",
        published="2023-11-15",
    )
    assert ("Cyril Ramaphosa", "leaderOf", "African Union") in got
    assert not any(s == "Moussa Faki Mahamat" for s, _, _ in got)
    # near case: the AU Commission's chair is another office, with its holder
    _, got = run(
        "President Cyril Ramaphosa received Moussa Faki Mahamat, Chairperson of the African "
        "Union Commission.",
        published="2023-11-15",
    )
    assert ("Cyril Ramaphosa", "leaderOf", "African Union") not in got


def test_the_leaders_of_states_that_take_no_part_are_the_states():
    text = (
        "President Cyril Ramaphosa received Charles Michel, President of the European "
        "Council. They urged the leaders of Ethiopia, Egypt and Sudan to resume talks."
    )
    _, got = run(text, published="2023-11-15")
    for state in ("Ethiopia", "Egypt", "Sudan"):
        assert ("Cyril Ramaphosa", "urges", state) in got
    assert not any(o == "Abiy Ahmed" for _, _, o in got)
    # near case: the leaders of the participants' own sides are the participants
    _, got = run(
        "President Cyril Ramaphosa received Charles Michel, President of the European "
        "Council. The leaders of South Africa and the European Union agreed to strengthen "
        "cooperation.",
        published="2023-11-15",
    )
    assert ("Cyril Ramaphosa", "cooperatesWith", "Charles Michel") in got


def test_offices_resolve_over_the_filled_gaps():
    _, got = run(
        "The Secretary General of NATO met the Foreign Minister of the Democratic Republic "
        "of the Congo. They agreed to strengthen cooperation.",
        published="2009-03-10",
    )
    assert ("Jaap de Hoop Scheffer", "leaderOf", "NATO") in got
    assert ("Alexis Thambwe Mwamba", "leaderOf", "Democratic Republic of the Congo") in got
    # near case: a day outside the tenures names their successors
    _, got = run(
        "The Secretary General of NATO met the Foreign Minister of the Democratic Republic "
        "of the Congo. They agreed to strengthen cooperation.",
        published="2020-03-10",
    )
    assert ("Jaap de Hoop Scheffer", "leaderOf", "NATO") not in got
    assert ("Marie Tumba Nzeza", "leaderOf", "Democratic Republic of the Congo") in got


def test_a_hyphened_given_name_keeps_its_second_syllable():
    ex, got = run(
        "Foreign Minister Park Jin met Minister of Unification Kim Yung-ho in Seoul. Park "
        "thanked Kim for his work.",
        published="2023-07-20",
        publisher="Ministry of Foreign Affairs of the Republic of Korea",
    )
    assert "Kim Yung-ho" in ex.event.participants
    assert ("Park Jin", "thanks", "Kim Yung-ho") in got
    # near case: a state's adjective before a hyphen and a word is no name
    ex, _ = run(
        "Foreign Minister Park Jin condemned Russian-backed attacks in a call with Minister "
        "Kim Yung-ho.",
        published="2023-07-20",
        publisher="Ministry of Foreign Affairs of the Republic of Korea",
    )
    assert not any(p.startswith("Russian") for p in ex.event.participants)


def test_the_head_of_a_chamber_is_a_speaker_who_leads_the_state():
    ex, got = run(
        "Chairman of the National Assembly Vuong Dinh Hue received Chinese Ambassador Xiong "
        "Bo in Hanoi. Speaker of the Parliament of Georgia Shalva Papuashvili also met the "
        "Ambassador.",
        published="2023-09-08",
        publisher="National Assembly of Viet Nam",
    )
    assert "Vuong Dinh Hue" in ex.event.participants
    assert ("Vuong Dinh Hue", "leaderOf", "Vietnam") in got
    assert ("Shalva Papuashvili", "leaderOf", "Georgia") in got
    # near case: the President of a body the gazetteer knows heads that body, no state
    _, got = run(
        "President of the European Parliament Roberta Metsola met Chinese Ambassador Xiong "
        "Bo in Brussels.",
        published="2023-09-08",
        publisher="National Assembly of Viet Nam",
    )
    assert ("Roberta Metsola", "leaderOf", "Vietnam") not in got


def test_a_minister_who_is_also_spokesperson_is_named_after_both_offices():
    ex, got = run(
        "Malaysian Minister of Communications and Government Spokesperson Fahmi Fadzil met "
        "Indonesian Foreign Minister Retno Marsudi in Kuala Lumpur.",
        published="2023-05-03",
    )
    assert "Fahmi Fadzil" in ex.event.participants
    assert ("Fahmi Fadzil", "leaderOf", "Malaysia") in got
    # near case: a portfolio with no second title keeps its last words as the name
    ex, _ = run(
        "Minister of International Trade and Industry Azmin Ali met Indonesian Foreign "
        "Minister Retno Marsudi in Kuala Lumpur.",
        published="2020-05-03",
    )
    assert "Azmin Ali" in ex.event.participants


def test_heads_of_government_by_their_own_styles():
    _, got = run(
        "The President of the Government received the President of Argentina in Madrid.",
        published="2023-05-10",
        publisher="Government of Spain",
    )
    assert ("Pedro Sánchez", "leaderOf", "Spain") in got
    _, got = run(
        "The President of the Council of Ministers met the Prime Minister of Japan in Rome.",
        published="2023-05-10",
        publisher="Government of Italy",
    )
    assert ("Giorgia Meloni", "leaderOf", "Italy") in got
    assert ("Sergio Mattarella", "leaderOf", "Italy") not in got
    _, got = run(
        "Federal Foreign Minister Annalena Baerbock met the Federal Minister for European "
        "and International Affairs of Austria in Berlin.",
        published="2023-05-10",
    )
    assert ("Alexander Schallenberg", "leaderOf", "Austria") in got
    # near case: the President of the Republic is the head of state
    _, got = run(
        "The President of the Republic met the Prime Minister of Japan in Rome.",
        published="2023-05-10",
        publisher="Government of Italy",
    )
    assert ("Sergio Mattarella", "leaderOf", "Italy") in got


def test_a_short_title_names_the_participant_named_by_the_long_one():
    _, got = run(
        "His Majesty King Abdullah II received the US Secretary of State in Amman. The King "
        "thanked the Secretary for the visit.",
        published="2023-05-10",
        publisher="Royal Hashemite Court",
    )
    assert ("Abdullah II", "thanks", "Antony Blinken") in got
    assert ("Abdullah II", "thanks", "Ayman Safadi") not in got
    # near case: with no such participant, the bare office is the publisher's own holder
    _, got = run(
        "His Majesty King Abdullah II received the Prime Minister of Japan in Amman. The King "
        "praised the Minister for his work.",
        published="2023-05-10",
        publisher="Royal Hashemite Court",
    )
    assert ("Abdullah II", "praises", "Antony Blinken") not in got


def test_an_unknown_participant_with_no_state_is_the_publishers_beside_a_visitor():
    _, got = run(
        "Foreign Minister Park Jin met Minister of Unification Kim Yung-ho and US Ambassador "
        "Philip Goldberg in Seoul.",
        published="2023-07-20",
        publisher="Ministry of Foreign Affairs of the Republic of Korea",
    )
    assert ("Kim Yung-ho", "leaderOf", "South Korea") in got
    # near case: with no other side, an unknown minister may be the visitor: no guess
    _, got = run(
        "Foreign Minister Park Jin met Minister of Trade Quentin Varga in Seoul.",
        published="2023-07-20",
        publisher="Ministry of Foreign Affairs of the Republic of Korea",
    )
    assert ("Quentin Varga", "leaderOf", "South Korea") not in got


def test_the_head_of_a_body_named_only_by_office_is_its_holder_on_the_day():
    _, got = run(
        "President Biden met the President of the European Council. The President of the "
        "European Parliament thanked the United States for its support.",
        published="2023-06-10",
        publisher="The White House",
    )
    assert ("Charles Michel", "leaderOf", "European Union") in got
    assert ("Roberta Metsola", "thanks", "United States") in got
    # near case: another day, another holder
    _, got = run(
        "President Obama met the President of the European Council in Washington.",
        published="2013-06-10",
        publisher="The White House",
    )
    assert ("Herman Van Rompuy", "leaderOf", "European Council") in got
    assert not any(s == "Charles Michel" for s, _, _ in got)


def test_short_forms_of_gulf_rulers_and_leaders():
    ex, got = run(
        "PM Shehbaz met Sultan Haitham in Muscat. Shehbaz thanked the Sultan. Emir Tamim "
        "later called Shehbaz.",
        published="2024-06-10",
    )
    assert ("Shehbaz Sharif", "thanks", "Haitham bin Tariq") in got
    assert "Tamim bin Hamad Al Thani" in ex.event.participants or any(
        s == "Tamim bin Hamad Al Thani" for s, _, _ in got
    )


def test_two_offices_joined_by_and_are_one_persons():
    ex, got = run(
        "Deputy Prime Minister and Minister of Foreign Affairs Quentin Varga of Hungary met "
        "Secretary of State Antony Blinken. The Tánaiste was not there.",
        published="2023-06-10",
        publisher="Department of Foreign Affairs of Ireland",
    )
    assert ex.event.participants[0] == "Quentin Varga"
    assert "Micheál Martin" not in ex.event.participants
    _, got = run(
        "Tánaiste and Minister for Foreign Affairs Micheál Martin met Secretary of State "
        "Antony Blinken. The Tánaiste thanked the Secretary.",
        published="2023-06-10",
        publisher="Department of Foreign Affairs of Ireland",
    )
    assert ("Micheál Martin", "thanks", "Antony Blinken") in got
    # near case: after "the", the first office is another person's
    ex, _ = run(
        "The President and Prime Minister Modi discussed trade in Washington.",
        published="2023-06-10",
        publisher="The White House",
    )
    assert ex.event.participants == ("Joe Biden", "Narendra Modi")


def test_an_incoming_office_named_again_by_its_title_is_its_holder():
    _, got = run(
        "The Prime Minister spoke with the President-elect of the United States. The Prime "
        "Minister congratulated the President-elect on his victory.",
        published="2024-11-08",
        publisher="Prime Minister of Australia",
    )
    assert ("Donald Trump", "leaderOf", "United States") in got
    assert ("Anthony Albanese", "congratulates", "Donald Trump") in got
    # near case: before the election there is no President-elect to name
    _, got = run(
        "The Prime Minister spoke with the President-elect of the United States.",
        published="2024-08-08",
        publisher="Prime Minister of Australia",
    )
    assert not any(s == "Donald Trump" for s, _, _ in got)


def test_heads_of_agencies_by_their_titles():
    _, got = run(
        "The President met the Director-General of the World Trade Organization. The "
        "Director-General thanked the President.",
        published="2023-06-10",
        publisher="The White House",
    )
    assert ("Ngozi Okonjo-Iweala", "thanks", "Joe Biden") in got
    ex, got = run(
        "Foreign Minister Hayashi met WFP Executive Director Cindy McCain in Tokyo.",
        published="2023-06-10",
    )
    assert ("Cindy McCain", "leaderOf", "WFP") in got
    # near case: a body's name before an ordinary word names no one
    ex, _ = run(
        "Foreign Minister Hayashi praised WFP Executive Board decisions in Tokyo.",
        published="2023-06-10",
    )
    assert ex.event.participants == ("Yoshimasa Hayashi",)


def test_an_ambassador_among_the_styles_represents_the_state_after_the_name():
    _, got = run(
        "Foreign Minister Mohamad Hasan received a courtesy call from H.E. Ambassador Lars "
        "Petter Quorum of Norway in Putrajaya.",
        published="2024-09-10",
    )
    assert ("Lars Petter Quorum", "leaderOf", "Norway") in got
    # near case: a state named elsewhere in the sentence is not the one represented
    _, got = run(
        "Foreign Minister Mohamad Hasan received a courtesy call from H.E. Ambassador Lars "
        "Petter Quorum, who once served in Norway.",
        published="2024-09-10",
    )
    assert ("Lars Petter Quorum", "leaderOf", "Norway") not in got


def test_a_monarch_named_by_given_name_alone_is_the_ruler_of_the_day():
    ex, got = run(
        "King Hamad received the Prime Minister of Japan in Manama. King Hamad praised "
        "Japan's role.",
        published="2023-06-10",
    )
    assert "Hamad bin Isa Al Khalifa" in ex.event.participants
    assert ("Hamad bin Isa Al Khalifa", "leaderOf", "Bahrain") in got
    # near case: a given name no ruler of that title has is a new person
    ex, _ = run(
        "King Quorum received the Prime Minister of Japan in Manama.",
        published="2023-06-10",
    )
    assert "Hamad bin Isa Al Khalifa" not in ex.event.participants


def test_more_regional_bodies_are_actors():
    _, got = run(
        "President Andrzej Duda met President Klaus Iohannis in Bucharest. As fellow members "
        "of the Bucharest Nine, the two presidents agreed to strengthen cooperation within "
        "the B9 and the Three Seas Initiative.",
        published="2023-06-10",
    )
    assert ("Poland", "memberOf", "Bucharest Nine") in got or (
        "Andrzej Duda",
        "cooperatesVia",
        "Bucharest Nine",
    ) in got
    # near case: a lower-case word is no acronym
    _, got = run(
        "President Andrzej Duda met President Klaus Iohannis in Bucharest to discuss the eco "
        "transition.",
        published="2023-06-10",
    )
    assert not any(o == "Economic Cooperation Organization" for _, _, o in got)
