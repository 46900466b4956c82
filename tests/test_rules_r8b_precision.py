"""Rules that fired too eagerly (round 8b precision audit of the extra triples).

Each test holds the case that must stop firing and a near case that must keep firing.
Sentences written for these tests.
"""

from __future__ import annotations

from reading import read, relations


def test_visit_at_an_invitation_is_hosted_by_the_inviter_alone():
    text = (
        "Prime Minister Narendra Modi paid a state visit to Mongolia on 9-10 March 2024 at "
        "the invitation of President Ukhnaa Khurelsukh. Prime Minister Modi also held talks "
        "with Prime Minister Luvsannamsrain Oyun-Erdene in Ulaanbaatar."
    )
    got = relations(text, published="2024-03-10")
    assert ("Ukhnaagiin Khürelsükh", "hosts", "Narendra Modi") in got
    assert ("Luvsannamsrain Oyun-Erdene", "hosts", "Narendra Modi") not in got
    # near case: no inviter named, each leader of the visited state who met him hosts
    text = (
        "Prime Minister Narendra Modi paid a state visit to Mongolia on 9-10 March 2024. "
        "He held talks with President Ukhnaa Khurelsukh and with Prime Minister "
        "Luvsannamsrain Oyun-Erdene in Ulaanbaatar."
    )
    got = relations(text, published="2024-03-10")
    assert ("Ukhnaagiin Khürelsükh", "hosts", "Narendra Modi") in got
    assert ("Luvsannamsrain Oyun-Erdene", "hosts", "Narendra Modi") in got


def test_a_meeting_of_several_states_is_no_reception_of_the_visitor():
    text = (
        "Secretary of State Antony Blinken met today in Astana with Foreign Minister Mukhtar "
        "Tileuberdi of Kazakhstan, Foreign Minister Jeenbek Kulubaev of Kyrgyzstan and "
        "Foreign Minister Bakhtiyor Saidov of Uzbekistan. The Secretary, who is traveling to "
        "Kazakhstan and Uzbekistan on his first trip to the region, discussed regional "
        "connectivity with them."
    )
    got = relations(text, published="2023-02-28")
    assert ("Antony Blinken", "visits", "Kazakhstan") in got
    assert not {t for t in got if t[1] == "hosts" and t[2] == "Antony Blinken"}
    # near case: the same visit met by one host alone is a reception
    text = (
        "Secretary of State Antony Blinken met today in Astana with Foreign Minister Mukhtar "
        "Tileuberdi of Kazakhstan. The Secretary, who is traveling to Kazakhstan on his first "
        "trip to the region, discussed regional connectivity with him."
    )
    got = relations(text, published="2023-02-28")
    assert ("Mukhtar Tileuberdi", "hosts", "Antony Blinken") in got


def test_thanks_for_hosting_the_meeting_is_a_reception_but_not_for_hosting_a_summit():
    lead = "President Cyril Ramaphosa met President William Ruto of Kenya in Nairobi. "
    got = relations(lead + "President Ramaphosa thanked Kenya for hosting the meeting.")
    assert ("Kenya", "hosts", "Cyril Ramaphosa") in got
    # near case: hosting a summit or a body is no welcome of the one who thanks
    got = relations(lead + "President Ramaphosa thanked Kenya for hosting the climate summit.")
    assert ("Kenya", "hosts", "Cyril Ramaphosa") not in got


def test_the_official_who_briefs_on_the_talks_takes_no_part_in_them():
    text = (
        "President Yoon Suk Yeol held a video call with Prime Minister Petr Fiala of the "
        "Czech Republic on the 20th, Chief Presidential Secretary for Public Affairs Kim "
        "Min-ho said in a written briefing. The two leaders agreed to work closely together "
        "on nuclear energy."
    )
    ex = read(text, published="2024-08-20")
    assert ex.event.participants == ("Yoon Suk Yeol", "Petr Fiala")
    got = {(r.subject, r.relation, r.object) for r in ex.relations}
    assert ("Yoon Suk Yeol", "cooperatesWith", "Petr Fiala") in got
    assert not {t for t in got if "Kim Min-ho" in t}
    # near case: a participant who says it himself, at the head of the sentence, takes part
    text = (
        "President Yoon Suk Yeol said he held a video call with Prime Minister Petr Fiala of "
        "the Czech Republic on the 20th."
    )
    assert read(text, published="2024-08-20").event.participants == (
        "Yoon Suk Yeol",
        "Petr Fiala",
    )


def test_membership_denied_is_no_membership():
    lead = "Prime Minister Rishi Sunak met Prime Minister Giorgia Meloni in Rome. "
    got = relations(
        lead + "Sunak said that the UK is no longer a member of the European Union but "
        "remains a close partner of Italy."
    )
    assert ("United Kingdom", "memberOf", "European Union") not in got
    got = relations(lead + "Sunak noted that Norway is not a member of the European Union.")
    assert ("Norway", "memberOf", "European Union") not in got
    # near case: membership asserted
    got = relations(lead + "Sunak said that the UK and Italy, as members of NATO, stand firm.")
    assert ("United Kingdom", "memberOf", "NATO") in got


def test_cooperation_owned_by_a_state_is_that_states_not_the_speakers():
    lead = "Secretary of State Antony Blinken met President Kassym-Jomart Tokayev in Astana. "
    got = relations(
        lead + "The Secretary committed to deepening U.S. cooperation with Kazakhstan and "
        "Uzbekistan."
    )
    assert ("United States", "cooperatesWith", "Kazakhstan") in got
    assert ("Antony Blinken", "cooperatesWith", "Kazakhstan") not in got
    assert ("Antony Blinken", "cooperatesWith", "Uzbekistan") not in got
    # near case: no owner inside the cue, the speaker cooperates
    got = relations(lead + "The Secretary committed to deepening cooperation with Uzbekistan.")
    assert ("Antony Blinken", "cooperatesWith", "Uzbekistan") in got


LEAD = "President Emmanuel Macron of France spoke by phone with Chancellor Olaf Scholz. "


def test_praise_of_the_speakers_own_ties_is_no_praise_of_his_state():
    got = relations(LEAD + "Macron praised his country's strong ties with Germany.")
    assert ("Emmanuel Macron", "praises", "France") not in got
    # near cases: another state's ties are its conduct, and a state praised stays praised
    got = relations(LEAD + "Macron commended Portugal's close partnership with the IMF.")
    assert ("Emmanuel Macron", "praises", "Portugal") in got
    got = relations(LEAD + "Macron praised Germany's strong leadership in Europe.")
    assert ("Emmanuel Macron", "praises", "Germany") in got


def test_support_only_discussed_is_a_topic_of_the_talks():
    got = relations(LEAD + "The two leaders discussed continued support for Ukraine.")
    assert not {t for t in got if t[1] == "supports"}
    # near cases: support the talks say someone gives
    got = relations(LEAD + "The two leaders discussed their support for Ukraine.")
    assert ("Emmanuel Macron", "supports", "Ukraine") in got
    got = relations(LEAD + "The two leaders reaffirmed support for Ukraine.")
    assert ("Olaf Scholz", "supports", "Ukraine") in got


def test_an_act_only_attempted_is_not_done():
    got = relations(
        LEAD + "Macron stressed that any attempt to provide military aid to Russia would "
        "prolong the war."
    )
    assert not {t for t in got if t[1] == "assists"}
    # near case: the same aid said to be given
    got = relations(LEAD + "Macron stressed that France would provide military aid to Ukraine.")
    assert ("France", "assists", "Ukraine") in got


def test_a_clause_told_as_reports_or_allegations_is_not_asserted():
    got = relations(LEAD + "Macron expressed concern over reports that Serbia supports Russia.")
    assert ("Serbia", "supports", "Russia") not in got
    got = relations(LEAD + "Scholz rejected allegations that Germany had armed Hungary.")
    assert ("Germany", "assists", "Hungary") not in got
    # near case: the narrator's own clause
    got = relations(LEAD + "Macron expressed concern that Serbia supports Russia.")
    assert ("Serbia", "supports", "Russia") in got


def test_thanks_for_support_extended_to_others_is_not_support_of_the_thanker():
    lead = "Prime Minister Anthony Albanese spoke with Prime Minister Shehbaz Sharif of Pakistan. "
    got = relations(
        lead + "Albanese thanked Pakistan for its support extended to the international "
        "aid convoys."
    )
    assert ("Pakistan", "supports", "Australia") not in got
    assert ("Anthony Albanese", "thanks", "Pakistan") in got
    # near cases: support extended to the thanker's people, or no recipient named
    got = relations(lead + "Albanese thanked Pakistan for its support extended to us.")
    assert ("Pakistan", "supports", "Australia") in got
    got = relations(lead + "Albanese thanked Pakistan for its support during the crisis.")
    assert ("Pakistan", "supports", "Australia") in got


def test_a_reception_ends_at_the_relative_clause_of_its_guest():
    got = relations(
        "This morning King Abdullah II received at the Al Husseiniya Palace President "
        "Emmanuel Macron of France, who later met with Prime Minister Bisher Al-Khasawneh, "
        "Prime Minister of Jordan.",
        published="2023-05-10",
    )
    assert ("Abdullah II", "hosts", "Emmanuel Macron") in got
    assert ("Abdullah II", "hosts", "Bisher Al-Khasawneh") not in got
    # near case: a guest named after the place and a comma is still received
    got = relations(
        "This morning King Abdullah II received at the Al Husseiniya Palace, President "
        "Emmanuel Macron of France.",
        published="2023-05-10",
    )
    assert ("Abdullah II", "hosts", "Emmanuel Macron") in got


def test_the_one_told_of_an_act_against_an_actor_does_not_stand_behind_it():
    got = relations(LEAD + "Macron informed Scholz about work on new sanctions against Iran.")
    assert ("Emmanuel Macron", "opposes", "Iran") in got
    assert ("Olaf Scholz", "opposes", "Iran") not in got
    # near case: the one who tells is the subject of the act's sentence too
    got = relations(LEAD + "Scholz stressed the work on new sanctions against Iran.")
    assert ("Olaf Scholz", "opposes", "Iran") in got


def test_a_body_that_names_an_event_does_not_act():
    lead = "President Xi Jinping spoke with President Cyril Ramaphosa. "
    got = relations(
        lead + "Xi said that China backs South Africa in hosting the BRICS Summit and is "
        "ready to work with South Africa for its success."
    )
    assert ("BRICS", "cooperatesWith", "South Africa") not in got
    # near case: the body itself acts
    got = relations(lead + "Xi said that BRICS is ready to work with South Africa.")
    assert ("BRICS", "cooperatesWith", "South Africa") in got


def test_an_act_blocked_is_not_done():
    got = relations(LEAD + "Macron said that Hungary was blocking support for Ukraine.")
    assert ("Hungary", "supports", "Ukraine") not in got
    # near case: the support itself
    got = relations(LEAD + "Macron said that Hungary was giving support to Ukraine.")
    assert ("Hungary", "supports", "Ukraine") in got


def test_an_expectation_gives_nothing_like_a_hope():
    got = relations(LEAD + "Scholz was confident that Turkey would support Sweden's bid.")
    assert ("Turkey", "supports", "Sweden") not in got
    # near cases: confidence in an actor is support; the support said as a fact counts
    got = relations(LEAD + "Scholz expressed confidence in Sweden.")
    assert ("Olaf Scholz", "supports", "Sweden") in got
    got = relations(LEAD + "Scholz said that Turkey would support Sweden's bid.")
    assert ("Turkey", "supports", "Sweden") in got


def test_the_visiting_office_of_a_named_state_is_that_states_holder():
    got = relations(
        LEAD + "Macron hosted a dinner for the visiting Prime Minister of Italy, Giorgia Meloni.",
        published="2023-05-10",
    )
    assert ("Emmanuel Macron", "hosts", "Giorgia Meloni") in got
    assert ("Emmanuel Macron", "hosts", "Olaf Scholz") not in got
    # near cases: the bare visiting office, or the guest's own state, is the guest
    lead = "Prime Minister Narendra Modi held talks with Prime Minister Sitiveni Rabuka of Fiji. "
    for text in (
        "Modi hosted a lunch for the visiting Prime Minister.",
        "Modi hosted a lunch for the visiting Prime Minister of Fiji.",
    ):
        assert ("Narendra Modi", "hosts", "Sitiveni Rabuka") in relations(lead + text)


def test_a_single_name_after_a_royal_style_is_no_other_persons_surname():
    got = relations(
        "King Abdullah II received President Emmanuel Macron of France in Amman. Crown "
        "Prince Hussein attended the meeting.",
        published="2024-10-12",
    )
    assert ("Fuad Hussein", "leaderOf", "Iraq") not in got
    # near cases: a name that holds the style, and a surname after an office
    got = relations("Prime Minister Sheikh Hasina met President Emmanuel Macron in Dhaka.")
    assert ("Sheikh Hasina", "leaderOf", "Bangladesh") in got
    got = relations(
        "Foreign Minister Hussein of Iraq met President Emmanuel Macron in Paris.",
        published="2024-10-12",
    )
    assert ("Fuad Hussein", "leaderOf", "Iraq") in got


def test_pressure_on_what_an_actor_owns_opposes_it_and_on_the_actor_urges_it():
    got = relations(LEAD + "Macron stressed the need to keep up pressure on Iran's oil revenues.")
    assert ("Emmanuel Macron", "opposes", "Iran") in got
    assert ("Emmanuel Macron", "urges", "Iran") not in got
    # near case: pressure on the actor to act
    got = relations(LEAD + "Macron called for more pressure on Iran to return to the talks.")
    assert ("Emmanuel Macron", "urges", "Iran") in got


def test_a_verb_in_a_relative_clause_takes_what_the_clause_hangs_on():
    got = relations(
        LEAD + "The two leaders discussed Russia's strikes on power plants, which the "
        "President condemned firmly, as well as the role of Iran in the war."
    )
    assert ("Emmanuel Macron", "criticizes", "Iran") not in got
    # near cases: the verb's own object, and a gap that is a place ("to which")
    got = relations(LEAD + "The President condemned firmly the role of Iran in the war.")
    assert ("Emmanuel Macron", "criticizes", "Iran") in got
    got = relations(
        LEAD + "Scholz spoke of the video conference tomorrow, to which he has invited "
        "President Macron."
    )
    assert ("Olaf Scholz", "invites", "Emmanuel Macron") in got
