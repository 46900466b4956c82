"""Round 8, "europe": forms of European offices' English readouts (the Chancellery, the
Élysée, Palazzo Chigi, La Moncloa, the Polish, Baltic and Nordic ministries, the Office of
the President of Ukraine) that the rules missed on fresh text.

Every sentence here was written for this test.
"""

from __future__ import annotations

from reading import both_ways, read, relations, speakers

CALL = "Readout of the call\n\n"
TWO = (
    "Foreign Minister Irena Kovač of Croatia held talks with Foreign Minister "
    "Tomas Berzins of Latvia in Zagreb today. "
)


def rels(text: str) -> set:
    return relations(CALL + text)


# -- "held a conversation with Y, ..., to congratulate him": the one who held it acts -------


def test_held_conversation_with_then_purpose_is_the_holders_act():
    got = rels(
        "The Prime Minister, Petra Lindqvist, this morning held a telephone conversation "
        "with the new President of Estonia, Alar Karis, to congratulate him on his election."
    )
    assert ("Petra Lindqvist", "congratulates", "Alar Karis") in got
    assert ("Alar Karis", "congratulates", "Petra Lindqvist") not in got


def test_had_a_call_with_then_purpose_to_thank():
    got = rels(
        "Chancellor Karl Nehammer had a phone call with President Maia Sandu of Moldova "
        "to thank her for the invitation."
    )
    assert ("Karl Nehammer", "thanks", "Maia Sandu") in got


def test_relative_clause_after_the_one_contacted_is_their_act():
    # near negative: "..., who came to congratulate him" is the contacted one's act
    got = rels(
        "Chancellor Karl Nehammer held talks with Prime Minister Robert Golob of Slovenia, "
        "who came to congratulate him on the result of the vote."
    )
    assert ("Robert Golob", "congratulates", "Karl Nehammer") in got
    assert ("Karl Nehammer", "congratulates", "Robert Golob") not in got


# -- "the interlocutors", "the heads of diplomacy": the participants ------------------------


def test_interlocutors_are_the_participants():
    got = rels(
        "President Volodymyr Zelenskyy spoke with Prime Minister Jonas Gahr Støre of Norway. "
        "The interlocutors agreed to keep coordinating within NATO."
    )
    assert both_ways("Volodymyr Zelenskyy", "Jonas Gahr Støre") <= got
    assert ("Jonas Gahr Støre", "cooperatesVia", "NATO") in got


def test_heads_of_diplomacy_speak_and_act_jointly():
    text = TWO + "The heads of diplomacy also talked about energy security in the Baltic."
    assert speakers(CALL + text)[-1:] == ["both"]
    got = rels(TWO + "The heads of diplomacy agreed to remain in close contact.")
    assert both_ways("Irena Kovač", "Tomas Berzins") <= got


def test_heads_of_a_body_are_no_joint_subject():
    # near negative: "the heads of the agencies" are not the participants
    got = rels(TWO + "The heads of the agencies agreed to remain in close contact.")
    assert both_ways("Irena Kovač", "Tomas Berzins").isdisjoint(got)


# -- "the importance of X for Y": praise of X ------------------------------------------------


def test_importance_of_an_actor_for_something_praises_it():
    got = rels(TWO + "Ms Kovač stressed the importance of the OSCE for security in Europe.")
    assert ("Irena Kovač", "praises", "OSCE") in got


def test_importance_of_a_topic_for_an_actor_praises_nobody():
    # near negative: the actor is what the topic matters for, not what is important
    got = rels(TWO + "Ms Kovač stressed the importance of energy security for Latvia.")
    assert not {t for t in got if t[1] == "praises"}


# -- military deliveries and sums of aid ------------------------------------------------------


def test_materiel_delivered_to_a_state_is_aid():
    got = rels(TWO + "Ms Kovač said that Croatia would keep sending artillery shells to Ukraine.")
    assert ("Croatia", "assists", "Ukraine") in got


def test_materiel_delivery_named_as_a_noun_is_no_aid():
    # near negatives: a delivery discussed, or someone else's transfer, is a topic
    got = rels(TWO + "The ministers discussed the supply of weapons to Ukraine.")
    got |= rels(TWO + "Russia's transfer of missiles to Iran was also discussed.")
    assert not {t for t in got if t[1] == "assists"}


def test_materiel_not_delivered_is_no_aid():
    got = rels(TWO + "Mr Berzins said Latvia had never sent tanks to Ukraine.")
    assert ("Latvia", "assists", "Ukraine") not in got


def test_provided_a_state_with_a_sum_is_aid():
    got = rels(
        TWO + "Ms Kovač recalled that Croatia has provided Moldova with development "
        "projects worth 3 million euros since 2022."
    )
    assert ("Croatia", "assists", "Moldova") in got


def test_provided_a_state_with_advice_is_no_aid():
    # near negative: no materiel and no sum
    got = rels(TWO + "Ms Kovač said that Croatia had provided Moldova with advice on reforms.")
    assert ("Croatia", "assists", "Moldova") not in got


def test_aid_with_its_sum_after_the_noun():
    got = rels(TWO + "Croatia will provide budget support of 15 million euros to Moldova.")
    assert ("Croatia", "assists", "Moldova") in got


# -- thanks for support and for materiel: both ------------------------------------------------


def test_thanks_for_support_and_materiel_gives_support_and_aid():
    got = rels(
        "President Volodymyr Zelenskyy spoke with Prime Minister Jonas Gahr Støre of Norway. "
        "The President thanked Norway for its steady support and for the new defence package."
    )
    assert ("Norway", "supports", "Ukraine") in got
    assert ("Norway", "assists", "Ukraine") in got


def test_thanks_for_aid_alone_gives_no_support():
    # near negative: aid thanked for, with no word of support
    got = rels(
        "President Volodymyr Zelenskyy spoke with Prime Minister Jonas Gahr Støre of Norway. "
        "The President thanked Norway for the fighter jets delivered this month."
    )
    assert ("Norway", "assists", "Ukraine") in got
    assert ("Norway", "supports", "Ukraine") not in got


# -- a condemned act with its perpetrator after a participle ----------------------------------


def test_condemned_act_carried_out_by_a_state_criticizes_it():
    got = rels(TWO + "Ms Kovač condemned the cyberattacks conducted by Russian intelligence.")
    assert ("Irena Kovač", "criticizes", "Russia") in got


def test_condemned_act_by_no_named_perpetrator_criticizes_nobody():
    # near negative: the perpetrator is no actor (ANNOTATION.md 8)
    got = rels(TWO + "Ms Kovač condemned the arson carried out by unknown persons in Riga.")
    assert not {t for t in got if t[1] == "criticizes"}


# -- "would back the Polish Presidency": support of what a state owns ------------------------


def test_backing_a_states_presidency_supports_the_state():
    got = rels(TWO + "Mr Berzins said that Latvia would back the Croatian proposal on grain.")
    assert ("Latvia", "supports", "Croatia") in got


def test_coming_back_to_a_proposal_supports_nobody():
    # near negatives: "back" that is no backing, and backing denied
    got = rels(TWO + "Mr Berzins came back to the Croatian proposal on grain later.")
    got |= rels(TWO + "Mr Berzins said that Latvia would not back the Croatian proposal.")
    assert not {t for t in got if t[1] == "supports"}


# -- "agreed that Europe must step up its support": a need on no actor ------------------------


def test_support_owed_by_no_actor_is_nobodys():
    got = rels(TWO + "The ministers agreed that Europe must step up its support for Moldova.")
    assert not {t for t in got if t[1] == "supports"}


def test_support_owed_by_a_named_state_stays_its_own():
    # near negative: the clause's subject is an actor
    got = rels(TWO + "The ministers agreed that Latvia must step up its support for Moldova.")
    assert ("Latvia", "supports", "Moldova") in got


# -- letters of the Nordic offices: "the new X Government", "our cooperation", "stand shoulder
# to shoulder" ---------------------------------------------------------------------------------

LETTER = (
    "Prime Minister Ulf Kristersson has sent a letter to Prime Minister Kristrún "
    "Frostadóttir of Iceland. "
)


def test_the_new_government_of_a_state_is_the_state():
    got = rels(
        LETTER + "The Swedish Government looks forward to close cooperation with the new "
        "Icelandic Government."
    )
    assert ("Sweden", "cooperatesWith", "Iceland") in got


def test_the_new_government_alone_is_no_state():
    # near negative: no adjective of a state, no actor
    got = rels(LETTER + "Sweden looks forward to close cooperation with the new government.")
    assert not {t for t in got if t[1] == "cooperatesWith" and t[2] == "Iceland"}


def test_our_cooperation_in_a_writers_first_person_is_both_states():
    got = rels(LETTER + "I count on our continued close cooperation within the Nordic Council.")
    assert both_ways("Sweden", "Iceland") <= got
    assert ("Iceland", "cooperatesVia", "Nordic Council") in got


def test_our_cooperation_of_a_named_speaker_is_not_widened():
    # near negative: with a named third-person subject the writer's "our" stays as it was
    got = rels(LETTER + "Kristersson counts on our continued close cooperation.")
    assert ("Iceland", "cooperatesWith", "Sweden") not in got


def test_two_states_standing_shoulder_to_shoulder_support_each_other():
    got = rels(LETTER + "Sweden and Iceland stand shoulder to shoulder in a dangerous time.")
    assert both_ways("Sweden", "Iceland", "supports") <= got


def test_a_group_standing_together_against_a_state_is_no_mutual_support():
    # near negatives: a group no mention names, and a stand against a third state
    got = rels(LETTER + "The two leaders said the Nordic countries stand united.")
    got |= rels(LETTER + "They said Sweden and Iceland stand together against Russia.")
    assert not {t for t in got if t[1] == "supports"}


# -- a surname that is a state's name ----------------------------------------------------------

IBERIAN = "Prime Minister Pedro Sánchez spoke with Prime Minister Luís Montenegro of Portugal. "


def test_a_named_persons_surname_that_is_a_state_is_the_person():
    got = rels(IBERIAN + "Sánchez and Montenegro reaffirmed their firm support for Moldova.")
    assert ("Luís Montenegro", "supports", "Moldova") in got
    assert not {t for t in got if "Montenegro" in (t[0], t[2])}


def test_the_state_after_a_word_of_place_stays_the_state():
    # near negatives: "in/for Montenegro" is the state; no person of that name, the state
    got = rels(IBERIAN + "Sánchez said that Spain would keep sending ammunition to Montenegro.")
    assert ("Spain", "assists", "Montenegro") in got
    other = rels(
        "Prime Minister Pedro Sánchez spoke with Prime Minister Milojko Spajić of Montenegro. "
        "Montenegro thanked Spain for its support."
    )
    assert ("Montenegro", "thanks", "Spain") in other


# -- officials who come with a leader, and the Holy See's styles and offices -------------------


def test_an_unknown_minister_accompanying_a_leader_is_of_the_leaders_state():
    got = rels(
        "Prime Minister Petr Fiala arrived in Kyiv on Monday for a working visit, accompanied "
        "by Minister of Industry Marek Dvořák. He met President Volodymyr Zelenskyy."
    )
    assert ("Marek Dvořák", "leaderOf", "Czech Republic") in got
    ex = read(
        CALL + "Prime Minister Petr Fiala arrived in Kyiv on Monday for a working visit, "
        "accompanied by Minister of Industry Marek Dvořák. He met President Volodymyr Zelenskyy."
    )
    assert "Marek Dvořák" not in ex.event.participants


def test_an_unknown_minister_joining_the_guest_is_of_the_guests_state():
    got = rels(
        "President Volodymyr Zelenskyy received Prime Minister Petr Fiala, who was joined by "
        "Minister of Industry Marek Dvořák."
    )
    assert ("Marek Dvořák", "leaderOf", "Czech Republic") in got


def test_an_unknown_minister_merely_attending_gets_no_borrowed_state():
    # near negative: "attended by" ties the minister to no one named before (whatever state
    # other rules give, not the guest's borrowed one)
    got = rels(
        "President Volodymyr Zelenskyy received Prime Minister Petr Fiala for talks that were "
        "attended by Minister of Industry Marek Dvořák."
    )
    assert ("Marek Dvořák", "leaderOf", "Czech Republic") not in got


HOLY_SEE = "Audience with the President of Portugal\n\n"


def test_the_holy_sees_styles_and_foreign_minister():
    ex = read(
        HOLY_SEE + "This morning the Holy Father received in audience the President of the "
        "Portuguese Republic, Marcelo Rebelo de Sousa, who then met His Eminence Cardinal "
        "Pietro Parolin, Secretary of State, accompanied by His Excellency Archbishop Paul "
        "Richard Gallagher, Secretary for Relations with States and International Organizations.",
        published="2024-03-16",
        publisher="Holy See Press Office",
    )
    got = {(r.subject, r.relation, r.object) for r in ex.relations}
    assert ("Paul Richard Gallagher", "leaderOf", "Vatican City") in got
    assert ("Pietro Parolin", "leaderOf", "Vatican City") in got
    assert "Paul Richard Gallagher" not in ex.event.participants
    assert ex.event.participants[:2] == ("Pope Francis", "Marcelo Rebelo de Sousa")


def test_his_eminence_is_a_style_not_a_pronoun_for_the_pope():
    ex = read(
        HOLY_SEE + "The Holy Father received the President of the Portuguese Republic, Marcelo "
        "Rebelo de Sousa. The President congratulated His Eminence Cardinal Pietro Parolin on "
        "his anniversary.",
        published="2024-03-16",
        publisher="Holy See Press Office",
    )
    got = {(r.subject, r.relation, r.object) for r in ex.relations}
    assert ("Marcelo Rebelo de Sousa", "congratulates", "Pietro Parolin") in got
    assert ("Marcelo Rebelo de Sousa", "congratulates", "Pope Francis") not in got


# -- lists that repeat their preposition -------------------------------------------------------


def test_a_list_that_repeats_of_names_each_owner():
    got = rels(TWO + "Ms Kovač praised the resilience of Mr Berzins and of the Latvian people.")
    assert ("Irena Kovač", "praises", "Tomas Berzins") in got
    assert ("Irena Kovač", "praises", "Latvia") in got


def test_a_repeated_of_after_a_pronoun_adds_no_owner():
    # near negative: "and of its future" names no second actor
    got = rels(TWO + "Ms Kovač praised the resilience of Latvia and of its economy.")
    assert {t for t in got if t[1] == "praises"} == {("Irena Kovač", "praises", "Latvia")}


def test_a_cooperation_agreement_between_two_states_is_their_cooperation():
    got = rels(
        TWO + "The ministers signed a cultural cooperation agreement between Croatia and Latvia."
    )
    assert both_ways("Croatia", "Latvia") <= got


def test_an_agreement_between_two_states_alone_is_no_cooperation():
    # near negative: an agreement that names no cooperation
    got = rels(TWO + "The ministers discussed the border agreement between Croatia and Serbia.")
    assert not {t for t in got if t[1] == "cooperatesWith" and "Serbia" in t}


# -- "Tirana's aspirations": a capital owning a stance is its state -----------------------------


def test_a_capitals_possessive_is_its_state():
    got = rels(TWO + "Ms Kovač reaffirmed Croatia's support for Chisinau's European path.")
    assert ("Croatia", "supports", "Moldova") in got


def test_a_capitals_possessive_after_in_is_the_city():
    # near negative: a place in the capital ("in Zagreb's old town") is where, not who
    ex = read(
        "Meeting\n\nForeign Minister Irena Kovač of Croatia received Foreign Minister Tomas "
        "Berzins of Latvia in Zagreb's old town today."
    )
    assert (ex.event.location or "").startswith("Zagreb")


def test_a_capitals_possessive_after_to_is_its_state():
    got = rels(TWO + "Mr Berzins said Latvia would keep sending ammunition to Kyiv's defenders.")
    assert ("Latvia", "assists", "Ukraine") in got


# -- "proposed that the EU impose": a proposal put on an actor ------------------------------


def test_proposed_that_an_actor_act_urges_it():
    got = rels(TWO + "Ms Kovač said Croatia had proposed that the European Union open talks.")
    assert ("Croatia", "urges", "European Union") in got


def test_suggested_that_an_actor_did_something_urges_nobody():
    # near negatives: a claim in the indicative, and a noun after the actor
    got = rels(TWO + "Ms Kovač suggested that Russia was behind the cyberattacks.")
    got |= rels(TWO + "Ms Kovač proposed that NATO cooperation be extended to the Black Sea.")
    assert not {t for t in got if t[1] == "urges"}


# -- "working together" with no partner named; a body named as the means of cooperation -------


def test_working_together_alone_is_with_the_other_participant():
    got = rels(IBERIAN + "Sánchez stressed his commitment to keep working together in the EU.")
    assert ("Pedro Sánchez", "cooperatesWith", "Luís Montenegro") in got


def test_working_together_with_others_names_no_participant():
    # near negatives: a partner named ("with its partners"), and three participants
    got = rels(IBERIAN + "Sánchez said Spain would keep working together with its partners.")
    got |= rels(
        "Prime Minister Pedro Sánchez met Prime Minister Luís Montenegro of Portugal and "
        "President Emmanuel Macron of France. Sánchez stressed his commitment to working together."
    )
    assert ("Pedro Sánchez", "cooperatesWith", "Luís Montenegro") not in got


def test_a_body_for_coordination_between_states_is_their_means():
    got = rels(
        TWO + "They stressed the importance of the Three Seas Initiative for closer coordination "
        "between Croatia, Latvia and Poland."
    )
    assert ("Poland", "cooperatesVia", "Three Seas Initiative") in got
    got = rels(TWO + "They praised the OSCE as a forum for dialogue and cooperation between them.")
    got |= rels(TWO + "They saw the OSCE as a forum for cooperation between Croatia and Latvia.")
    assert ("Latvia", "cooperatesVia", "OSCE") in got


def test_a_body_thanked_for_cooperation_between_states_is_no_means():
    # near negative: "thanked NATO for ...": the reason for thanks, not a frame
    got = rels(TWO + "They thanked NATO for the cooperation between Croatia and Latvia.")
    assert not {t for t in got if t[1] == "cooperatesVia"}


# -- frameworks of the war years in the gazetteer -----------------------------------------------


def test_the_ramstein_format_is_the_ukraine_defense_contact_group():
    got = rels(
        "President Volodymyr Zelenskyy spoke with Prime Minister Jonas Gahr Støre of Norway. "
        "The interlocutors agreed to keep coordinating in the Ramstein format and within "
        "the Crimea Platform."
    )
    assert ("Jonas Gahr Støre", "cooperatesVia", "Ukraine Defense Contact Group") in got
    assert ("Jonas Gahr Støre", "cooperatesVia", "Crimea Platform") in got


def test_working_together_asked_of_others_is_no_participants_cooperation():
    # near negative: the joint act is put on the international community
    got = rels(
        IBERIAN + "Sánchez stressed the need for the international community to uphold the "
        "Charter, defend the rule of law and work together against the climate crisis."
    )
    assert ("Pedro Sánchez", "cooperatesWith", "Luís Montenegro") not in got
