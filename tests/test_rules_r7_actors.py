"""Round 7, "actors": officials the gazetteer does not hold, named in the house styles of
many publishers (scripts/stress_actors.py probes the forms), each tied to their state.

Every name here is invented, so only the wording can tell who they are and of which state.
"""

from __future__ import annotations

from reading import read, relations

HEAD = "Vice President Torres receives visiting official\n\nAsunción, 12 May 2024\n\n"
HOST = "Vice President Ana Torres of Paraguay"


def people(text: str) -> set[str]:
    return {n for n, k in read(HEAD + text).actors.items() if k == "person"}


def rels(text: str) -> set:
    return relations(HEAD + text)


# -- a counterpart named right after the description ---------------------------------------


def test_new_counterpart_after_the_description_is_a_person_of_that_state():
    got = rels(
        "Foreign Minister Ana Torres of Paraguay held talks with her Ghanaian counterpart, "
        "Kwesi Adomako, in Asunción today. Mr. Adomako thanked Ms. Torres for the hospitality."
    )
    assert ("Kwesi Adomako", "leaderOf", "Ghana") in got
    assert ("Kwesi Adomako", "thanks", "Ana Torres") in got


def test_counterpart_without_a_name_after_it_is_no_new_person():
    # near negative: "counterpart" followed by a clause, not a name
    got = people(
        "Foreign Minister Ana Torres of Paraguay held talks with her Ghanaian counterpart "
        "in Asunción today. Both Sides discussed trade."
    )
    assert "Both Sides" not in got and got <= {"Ana Torres", "Shirley Ayorkor Botchwey"}


# -- an office in apposition, owned by a demonym or a possessive ----------------------------


def test_apposition_with_demonym_title_names_the_state():
    got = rels(
        f"{HOST} held talks with Lena Varga, the Hungarian Minister of Trade, in Asunción "
        "today. Ms. Varga thanked Ms. Torres for the warm hospitality."
    )
    assert ("Lena Varga", "leaderOf", "Hungary") in got
    assert ("Lena Varga", "thanks", "Ana Torres") in got


def test_apposition_with_possessive_title_names_the_state():
    got = rels(f"{HOST} thanked Lena Varga, Hungary's Trade Minister, for her support.")
    assert ("Lena Varga", "leaderOf", "Hungary") in got


def test_apposition_of_a_demonym_without_a_title_is_no_office():
    # near negative: "the Hungarian delegation" after a name is no office of hers
    got = rels(
        f"{HOST} thanked Lena Varga, the Hungarian delegation and the organisers for the visit."
    )
    assert not any(s == "Lena Varga" and r == "leaderOf" for s, r, _ in got)


def test_possessive_of_a_long_state_name_before_a_title():
    got = rels(
        "The Republic of Colombia's Foreign Minister Nadia El-Khoury held talks with "
        f"{HOST} in Asunción today. Ms. Torres thanked Ms. El-Khoury for the visit."
    )
    assert ("Nadia El-Khoury", "leaderOf", "Colombia") in got
    assert ("Ana Torres", "thanks", "Nadia El-Khoury") in got


def test_long_state_name_without_a_title_stays_the_state():
    got = rels(f"{HOST} thanked the Republic of Colombia's government for its support.")
    assert ("Ana Torres", "thanks", "Colombia") in got


# -- portfolios, modifiers and lower offices -------------------------------------------------


def test_portfolio_written_before_minister():
    got = rels(
        f"{HOST} held talks with Ghanaian Trade and Industry Minister Kwesi Adomako in "
        "Asunción today. The Minister thanked Ms. Torres for the warm hospitality."
    )
    assert ("Kwesi Adomako", "leaderOf", "Ghana") in got
    assert ("Kwesi Adomako", "thanks", "Ana Torres") in got


def test_portfolio_word_without_a_title_is_no_office():
    # near negative: "Trade Ministry" is an institution, not a minister
    got = people(f"{HOST} met officials of the Ghanaian Trade Ministry Kwesi Adomako visited.")
    assert "Kwesi Adomako" not in got


def test_deputy_minister_with_portfolio():
    got = rels(
        f"{HOST} held talks with Deputy Minister of Foreign Affairs of Ghana Kwesi Adomako in "
        "Asunción today. Mr. Adomako thanked Ms. Torres for the warm hospitality."
    )
    assert ("Kwesi Adomako", "leaderOf", "Ghana") in got


def test_deputy_minister_after_a_demonym_in_apposition():
    got = rels(
        f"{HOST} welcomed the delegation. Kwesi Adomako, the Ghanaian Deputy Minister of "
        "Foreign Affairs, thanked Ms. Torres for the warm hospitality."
    )
    assert ("Kwesi Adomako", "leaderOf", "Ghana") in got
    assert ("Kwesi Adomako", "thanks", "Ana Torres") in got


def test_acting_minister_holds_the_office():
    # an acting minister merely present still leads (a minister), unlike staff
    got = rels(
        f"{HOST} held talks with Foreign Minister Lena Varga of Hungary in Asunción today. "
        "Also present was Acting Minister of Trade of Ghana Kwesi Adomako."
    )
    assert ("Kwesi Adomako", "leaderOf", "Ghana") in got


def test_assistant_minister_merely_present_gets_no_leader_of():
    # near negative: a lower office (assistant) merely present leads nothing
    got = rels(
        f"{HOST} held talks with Foreign Minister Lena Varga of Hungary in Asunción today. "
        "Also present was Assistant Minister of Trade of Ghana Kwesi Adomako."
    )
    assert ("Kwesi Adomako", "leaderOf", "Ghana") not in got


def test_minister_of_state_with_portfolio_is_no_foreign_minister():
    ex = read(
        HEAD + f"{HOST} met the Minister of State for Foreign Affairs of Ghana in Asunción today."
    )
    # the office named alone resolves to nobody: not Ghana's foreign minister
    assert not any(r.relation == "leaderOf" and r.object == "Ghana" for r in ex.relations)


def test_state_minister_and_envoys():
    got = rels(
        f"{HOST} held talks with State Minister for Foreign Affairs of Ghana Kwesi Adomako, "
        "Special Envoy of Hungary Lena Varga and Permanent Representative of Chile Teodor "
        "Ilic in Asunción today."
    )
    assert ("Kwesi Adomako", "leaderOf", "Ghana") in got
    assert ("Lena Varga", "leaderOf", "Hungary") in got
    assert ("Teodor Ilic", "leaderOf", "Chile") in got


def test_special_envoy_merely_present_leads_as_an_ambassador():
    got = rels(
        f"{HOST} held talks with Foreign Minister Kwesi Adomako of Ghana in Asunción today. "
        "Also present was Special Envoy of Hungary Lena Varga."
    )
    assert ("Lena Varga", "leaderOf", "Hungary") in got


def test_head_of_a_state_agency():
    got = rels(
        f"{HOST} held talks with Governor of the Central Bank of Ghana Kwesi Adomako and the "
        "Chairperson of the National Planning Commission of Hungary, Lena Varga, in Asunción."
    )
    assert ("Kwesi Adomako", "leaderOf", "Ghana") in got
    assert ("Lena Varga", "leaderOf", "Hungary") in got


def test_secretary_of_a_portfolio_merely_present_gets_no_leader_of():
    # near negative: staff merely present lead nothing (section 8)
    got = rels(
        f"{HOST} held talks with Foreign Minister Kwesi Adomako of Ghana in Asunción today. "
        "Also present was the Ghanaian Secretary for Strategic Affairs, Lena Varga."
    )
    assert ("Kwesi Adomako", "leaderOf", "Ghana") in got
    assert ("Lena Varga", "leaderOf", "Ghana") not in got


# -- names and states as many publishers spell them ------------------------------------------


def test_hyphenated_demonym_before_a_title():
    got = rels(f"{HOST} held talks with Bissau-Guinean Foreign Minister Teodor Ilic today.")
    assert ("Teodor Ilic", "leaderOf", "Guinea-Bissau") in got


def test_hyphenated_demonym_starting_with_i_is_no_first_person():
    got = rels(f"{HOST} thanked I-Kiribati Foreign Minister Anjali Raghavan for her support.")
    assert ("Anjali Raghavan", "leaderOf", "Kiribati") in got
    assert ("Ana Torres", "thanks", "Anjali Raghavan") in got


def test_two_family_names_named_again_with_a_style():
    got = rels(
        f"Foreign Minister Rafael Quintana Osorio of Chile held talks with {HOST} in Asunción "
        "today. Ms. Torres thanked Mr. Quintana Osorio for the visit."
    )
    assert ("Ana Torres", "thanks", "Rafael Quintana Osorio") in got
    assert not any("Quintana Osorio" == s or "Quintana Osorio" == o for s, _, o in got)


def test_two_capitalised_words_never_named_stay_unresolved():
    # near negative: "Mr. Quintana Osorio" with nobody of that name before is no one known
    got = rels(f"{HOST} held talks in Asunción today. She thanked Mr. Quintana Osorio.")
    assert not any(o == "Rafael Quintana Osorio" for _, _, o in got)


def test_the_deputy_minister_is_the_deputy_already_named():
    got = rels(
        f"{HOST} held talks with Montenegrin Deputy Foreign Minister Bakhyt Zhumabekov in "
        "Asunción today. The Deputy Minister thanked Ms. Torres for the warm hospitality."
    )
    assert ("Bakhyt Zhumabekov", "thanks", "Ana Torres") in got


def test_the_minister_is_not_a_deputy_minister():
    # near negative: "the Foreign Minister" is not the deputy named before
    got = rels(
        f"{HOST} held talks with Montenegrin Deputy Foreign Minister Bakhyt Zhumabekov in "
        "Asunción today. The Foreign Minister thanked Ms. Torres for the warm hospitality."
    )
    assert ("Bakhyt Zhumabekov", "thanks", "Ana Torres") not in got


def test_portfolio_before_a_hyphenated_name():
    got = rels(
        f"{HOST} held talks with Rwandan Minister of Finance Nadia El-Khoury and Greek "
        "Minister for Energy Pierre-Yves Lambert in Asunción today."
    )
    assert ("Nadia El-Khoury", "leaderOf", "Rwanda") in got
    assert ("Pierre-Yves Lambert", "leaderOf", "Greece") in got


def test_portfolio_before_a_name_of_three_words():
    got = rels(f"{HOST} held talks with Minister for Energy Rafael Quintana Osorio of Chile.")
    assert ("Rafael Quintana Osorio", "leaderOf", "Chile") in got


def test_portfolio_the_lexicon_lacks_keeps_the_old_reading():
    # near negative: an unknown portfolio word is read as before (two words of a name)
    got = rels(f"{HOST} held talks with Minister of Lands and Forestry Kwesi Adomako of Ghana.")
    assert ("Kwesi Adomako", "leaderOf", "Ghana") in got


def test_state_alias_after_of_the():
    got = rels(f"{HOST} thanked Defense Minister of the State of Japan Nadia El-Khoury today.")
    assert ("Nadia El-Khoury", "leaderOf", "Japan") in got


def test_permanent_representative_in_apposition_with_accreditation():
    got = rels(
        f"{HOST} thanked Grace Mwangaza, the Togolese Permanent Representative to the "
        "United Nations, for her support."
    )
    assert ("Grace Mwangaza", "leaderOf", "Togo") in got
    assert ("Ana Torres", "thanks", "Grace Mwangaza") in got


# -- offices in lower case, delegations, family names in capitals ----------------------------


def test_lower_case_title_after_a_demonym_before_a_name():
    got = rels(
        f"{HOST} held talks with Ghanaian trade minister Kwesi Adomako and Hungarian deputy "
        "foreign minister Lena Varga in Asunción today."
    )
    assert ("Kwesi Adomako", "leaderOf", "Ghana") in got
    assert ("Lena Varga", "leaderOf", "Hungary") in got


def test_lower_case_portfolio_holds_only_portfolio_words():
    from kg.extract.gazetteer import load as gazetteer
    from kg.extract.lexicon import load as lexicon
    from kg.extract.mentions import MentionFinder

    finder = MentionFinder(gazetteer(), lexicon())
    tokens, _ = finder.find("the Hungarian minister for his support and", 0, {})
    assert finder._title_lower_owned(tokens, 2)[1] == "Minister"
    tokens, _ = finder.find("the Hungarian minister for sports and youth Lena", 0, {})
    assert finder._title_lower_owned(tokens, 2)[1] == "Minister for Sports and Youth"
    # an agency or chamber only "of the ...": "president for the support" is the president
    tokens, _ = finder.find("the Hungarian president for the support and", 0, {})
    assert finder._title_lower_owned(tokens, 2)[1] == "President"
    tokens, _ = finder.find("the Hungarian governor of the central bank Lena", 0, {})
    assert finder._title_lower_owned(tokens, 2)[1] == "Governor of the Central Bank"


def test_lower_case_head_office_never_named_is_a_description():
    # near negative: a lower-case office with no name after it is a description, not an
    # office resolved by date (an office in capitals is: "the Angolan President")
    got = rels(f"{HOST} thanked the Angolan president for his support at their meeting today.")
    assert ("Ana Torres", "thanks", "João Lourenço") not in got


def test_lower_case_lower_office_without_a_name_stays_a_description():
    # near negative: "the Ghanaian trade minister" with no name after it names no one, and
    # "minister for his support" is no portfolio
    got = people(
        f"{HOST} said that the Ghanaian trade minister had cancelled the visit, and thanked "
        "the Hungarian minister for his support."
    )
    assert got <= {"Ana Torres"}


def test_counterpart_of_someone_the_gazetteer_lacks():
    got = rels(
        "Prime Minister Ana Torres of Paraguay thanked her Albanian counterpart for his "
        "support at their meeting in Asunción today."
    )
    assert ("Ana Torres", "thanks", "Edi Rama") in got


def test_lower_case_portfolio_after_a_possessive_and_an_envoy_accredited():
    got = rels(
        f"{HOST} held talks with Ghana's minister of trade and industry Kwesi Adomako and "
        "Chilean permanent representative to the United Nations Teodor Ilic today."
    )
    assert ("Kwesi Adomako", "leaderOf", "Ghana") in got
    assert ("Teodor Ilic", "leaderOf", "Chile") in got


def test_lower_case_agency_head_in_apposition():
    got = rels(
        f"{HOST} thanked Kwesi Adomako, Ghana's governor of the central bank, for his support."
    )
    assert ("Kwesi Adomako", "leaderOf", "Ghana") in got
    assert ("Ana Torres", "thanks", "Kwesi Adomako") in got


def test_possessive_of_a_name_that_is_also_an_adjective():
    got = rels(
        f"{HOST} held talks with Mikko Halvorsen, Trinidad and Tobago's Prime Minister, and "
        "Malia Tuilagi, the Gabonese Republic's Vice President, in Asunción today."
    )
    assert ("Mikko Halvorsen", "leaderOf", "Trinidad and Tobago") in got
    assert ("Malia Tuilagi", "leaderOf", "Gabon") in got
    assert not any(s == "Keith Rowley" for s, _, _ in got)


def test_head_of_a_state_delegation():
    got = rels(
        f"{HOST} received a Ghanaian delegation led by Minister of Trade Kwesi Adomako and "
        "the delegation of Hungary, headed by Ambassador Lena Varga, in Asunción today."
    )
    assert ("Kwesi Adomako", "leaderOf", "Ghana") in got
    assert ("Lena Varga", "leaderOf", "Hungary") in got


def test_delegation_of_one_state_does_not_name_another_head():
    # near negative: the head named after "met" is not of the delegation's state
    got = rels(
        f"{HOST} met a Ghanaian delegation. Later she met Minister of Trade Lena Varga of Hungary."
    )
    assert ("Lena Varga", "leaderOf", "Hungary") in got
    assert ("Lena Varga", "leaderOf", "Ghana") not in got


def test_family_name_in_capitals_first():
    got = rels(
        f"{HOST} held talks with Ghanaian Foreign Minister ADOMAKO Kwesi in Asunción today. "
        "Mr. ADOMAKO thanked Ms. Torres for the warm hospitality."
    )
    assert ("Kwesi Adomako", "leaderOf", "Ghana") in got
    assert ("Kwesi Adomako", "thanks", "Ana Torres") in got


def test_family_name_in_capitals_before_a_hyphened_given_name_keeps_its_place():
    # near negative: "CHO Min-seok" is written family name first in English too
    got = rels(f"{HOST} held talks with Korean Vice Foreign Minister CHO Min-seok today.")
    assert ("Cho Min-seok", "leaderOf", "South Korea") in got


# -- short family names, particles, envoys' full titles -------------------------------------


def test_short_family_name_first_named_again():
    got = rels(
        f"{HOST} held talks with Singaporean Minister of State Li Wenhao in Asunción today. "
        "Ms. Torres thanked Mr. Li for the visit."
    )
    assert ("Ana Torres", "thanks", "Li Wenhao") in got
    assert not any("Li Qiang" in (s, o) for s, _, o in got)


def test_short_surname_never_named_keeps_the_gazetteer_reading():
    # near negative: "Premier Li" with no Li named before is still China's premier
    got = rels(f"{HOST} held talks with Premier Li of China in Asunción today.")
    assert ("Li Qiang", "leaderOf", "China") in got


def test_portfolio_before_a_name_with_a_particle():
    got = rels(
        f"{HOST} held talks with Emirati Minister of Finance Omar bin Rashid Al Suwaidi, "
        "Omani Minister of State for Foreign Affairs Yusuf al-Harthy and Brazilian Minister "
        "of Finance Ana Paula de Souza in Asunción today."
    )
    assert ("Omar bin Rashid Al Suwaidi", "leaderOf", "United Arab Emirates") in got
    assert ("Yusuf al-Harthy", "leaderOf", "Oman") in got
    assert ("Ana Paula de Souza", "leaderOf", "Brazil") in got


def test_particle_after_an_unknown_portfolio_keeps_the_portfolio():
    # near negative: only the given name before the particle leaves the portfolio
    got = rels(f"{HOST} held talks with Minister of Lands and Forestry Ana de Souza of Brazil.")
    assert ("Ana de Souza", "leaderOf", "Brazil") in got


def test_ambassador_extraordinary_and_charge_d_affaires():
    got = rels(
        f"{HOST} received Ambassador Extraordinary and Plenipotentiary of Ghana to Paraguay "
        "Kwesi Adomako and Hungarian chargé d'affaires Lena Varga in Asunción today."
    )
    assert ("Kwesi Adomako", "leaderOf", "Ghana") in got
    assert ("Lena Varga", "leaderOf", "Hungary") in got


def test_adjective_longer_than_the_capital_it_begins_with():
    got = rels(
        f"{HOST} received a Bissau-Guinean delegation led by Deputy Prime Minister Amara "
        "Okonkwo-Bello in Asunción today."
    )
    assert ("Amara Okonkwo-Bello", "leaderOf", "Guinea-Bissau") in got


def test_capital_city_alone_is_still_a_place():
    # near negative: "in Bissau" is where, not an adjective
    ex = read(HEAD + "Foreign Minister Ana Torres of Paraguay visited Bissau today.")
    assert ("Ana Torres", "visits", "Guinea-Bissau") in {
        (r.subject, r.relation, r.object) for r in ex.relations
    }


# -- officials of ministries and presidencies ------------------------------------------------


def test_officials_of_a_ministry_and_a_department():
    got = rels(
        f"{HOST} held talks with Secretary-General of the Ministry of Foreign Affairs of Ghana "
        "Kwesi Adomako and Director-General for Asian Affairs of Hungary Lena Varga today."
    )
    assert ("Kwesi Adomako", "leaderOf", "Ghana") in got
    assert ("Lena Varga", "leaderOf", "Hungary") in got
    assert not any(o == "United Nations" for _, _, o in got)


def test_agency_name_stops_before_the_holder():
    # near negative: the capitalised words after an agency's head noun are the holder's name
    got = rels(
        f"{HOST} held talks with Hungarian Chairperson of the National Planning Commission "
        "Lena Varga today."
    )
    assert ("Lena Varga", "leaderOf", "Hungary") in got


def test_second_portfolio_after_a_whole_title():
    got = rels(
        f"{HOST} held talks with Ghanaian Minister of Foreign Affairs and Regional Integration "
        "Kwesi Adomako today. Mr. Adomako thanked Ms. Torres for the warm hospitality."
    )
    assert ("Kwesi Adomako", "leaderOf", "Ghana") in got
    assert ("Kwesi Adomako", "thanks", "Ana Torres") in got
    assert not any(s == "Shirley Ayorkor Botchwey" for s, _, _ in got)


def test_a_second_office_after_and_is_another_person():
    # near negative: "the Minister of Foreign Affairs and President X" are two people
    got = rels(
        "The Minister of Foreign Affairs and President William Ruto of Kenya received "
        f"{HOST} in Nairobi today."
    )
    assert ("William Ruto", "leaderOf", "Kenya") in got
    from kg.extract.gazetteer import load as gazetteer
    from kg.extract.lexicon import load as lexicon
    from kg.extract.mentions import MentionFinder

    _, found = MentionFinder(gazetteer(), lexicon()).find(
        "The Minister and President William Ruto met.", 0, {}
    )
    assert [m.title for m in found] == ["Minister", "President"]


def test_advisers_and_ministers_without_portfolio():
    got = rels(
        f"{HOST} held talks with National Security Adviser Kwesi Adomako of Ghana and "
        "Hungary's Minister without Portfolio Lena Varga today."
    )
    assert ("Kwesi Adomako", "leaderOf", "Ghana") in got
    assert ("Lena Varga", "leaderOf", "Hungary") in got


# -- appositions in more house styles --------------------------------------------------------


def test_office_in_parentheses_or_after_who_is():
    got = rels(
        f"{HOST} held talks with Kwesi Adomako (Ghana's Minister of Trade) and Lena Varga, "
        "who is Hungary's Minister of Energy, in Asunción today."
    )
    assert ("Kwesi Adomako", "leaderOf", "Ghana") in got
    assert ("Lena Varga", "leaderOf", "Hungary") in got


def test_office_after_who_was_is_past():
    # near negative: "who was" names a past office, which gives no leaderOf (section 8)
    got = rels(f"{HOST} thanked Lena Varga, who was Hungary's Minister of Energy, for her work.")
    assert ("Lena Varga", "leaderOf", "Hungary") not in got


def test_newly_appointed_office_after_a_possessive():
    got = rels(
        f"{HOST} held talks with Ghana's newly appointed Foreign Minister Kwesi Adomako today. "
        "Mr. Adomako thanked Ms. Torres for the warm hospitality."
    )
    assert ("Kwesi Adomako", "leaderOf", "Ghana") in got
    assert ("Kwesi Adomako", "thanks", "Ana Torres") in got


def test_state_after_the_office_or_as_its_adjective_in_apposition():
    got = rels(
        f"{HOST} held talks with Kwesi Adomako, Minister of Trade, Ghana, and Lena Varga, "
        "Hungary Energy Minister, in Asunción today."
    )
    assert ("Kwesi Adomako", "leaderOf", "Ghana") in got
    assert ("Lena Varga", "leaderOf", "Hungary") in got


def test_lower_case_description_names_the_official_already_named():
    got = rels(
        f"{HOST} held talks with Ghanaian Minister of Trade Kwesi Adomako in Asunción today. "
        "The Ghanaian minister thanked Ms. Torres for the warm hospitality."
    )
    assert ("Kwesi Adomako", "thanks", "Ana Torres") in got


def test_lower_case_description_of_another_office_names_no_one():
    # near negative: "the Ghanaian president" is not the Ghanaian minister named before,
    # nor a speaker, nor Ghana's president on the day
    text = (
        f"{HOST} held talks with Ghanaian Minister of Trade Kwesi Adomako in Asunción today. "
        "The Ghanaian president thanked Ms. Torres for the warm hospitality."
    )
    got = rels(text)
    assert not any(r == "thanks" for _, r, _ in got)
    assert all(s.speaker != "Kwesi Adomako" for s in read(HEAD + text).statements)


def test_ambassador_designate_leads_as_an_incoming_envoy():
    got = rels(
        f"{HOST} received the credentials of the Ambassador-designate of Ghana, Kwesi Adomako, "
        "and of Hungarian Ambassador-Designate Lena Varga in Asunción today."
    )
    assert ("Kwesi Adomako", "leaderOf", "Ghana") in got
    assert ("Lena Varga", "leaderOf", "Hungary") in got
