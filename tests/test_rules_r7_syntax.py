"""Round 7 (helper syntax): relation rules that hold when a sentence wraps the relation in
structure. Each kind was found by scripts/stress_relations.py; the sentences here are
written for this test, each with a near negative where the rule must not fire."""

from __future__ import annotations

from reading import relations

HEAD = (
    "President Hakainde Hichilema of Zambia held a phone call with Prime Minister "
    "Ulf Kristersson of Sweden on Tuesday.\n"
)


def body(text: str) -> set:
    """The triples the body sentence adds to the head's."""
    return relations(HEAD + text + "\n") - relations(HEAD)


# -- conditional mood with a condition after the cue: a hypothetical (rule 6) ------------


def test_a_cue_in_the_conditional_with_an_if_clause_after_it_gives_nothing():
    got = body("President Hichilema said he would condemn Malawi if the ceasefire collapsed.")
    assert ("Hakainde Hichilema", "criticizes", "Malawi") not in got


def test_a_cue_in_the_conditional_with_unless_after_it_gives_nothing():
    got = body("Zambia would invite Sweden to the trade fair unless the dates clashed.")
    assert ("Zambia", "invites", "Sweden") not in got


def test_would_in_reported_speech_without_a_condition_still_counts():
    got = body("President Hichilema said that Zambia would work with Sweden on renewable energy.")
    assert ("Zambia", "cooperatesWith", "Sweden") in got


def test_readiness_with_a_condition_after_it_still_counts():
    got = body("Sweden would be ready to assist Zambia if the drought worsened.")
    assert ("Sweden", "supports", "Zambia") in got


# -- the maker of what is opposed or backed, written after its head noun ------------------


def test_measures_taken_by_a_state_are_opposed_as_that_states():
    got = body("President Hichilema rejected the export tariffs imposed by Malawi.")
    assert ("Hakainde Hichilema", "opposes", "Malawi") in got


def test_the_head_nouns_of_a_state_are_that_states():
    got = body("Zambia opposed the unilateral tariffs of Malawi.")
    assert ("Zambia", "opposes", "Malawi") in got


def test_a_demonym_before_the_opposed_head_names_its_owner():
    got = body("Prime Minister Kristersson rejected the Belarusian restrictions on transit.")
    assert ("Ulf Kristersson", "opposes", "Belarus") in got


def test_a_candidacy_put_forward_by_a_government_after_its_own_tail_is_that_states():
    got = body(
        "Sweden reaffirmed support for the candidacy for a seat on the Human Rights Council "
        "put forward by the Government of Zambia."
    )
    assert ("Sweden", "supports", "Zambia") in got


def test_an_actor_owning_only_a_later_noun_does_not_own_what_is_opposed():
    got = body("Zambia opposed any interference in the internal affairs of Malawi.")
    assert ("Zambia", "opposes", "Malawi") not in got


def test_an_actor_that_merely_backs_the_opposed_thing_is_not_opposed():
    got = body("Zambia rejected the proposal endorsed by Malawi.")
    assert ("Zambia", "opposes", "Malawi") not in got


# -- a pronoun as a passive's agent ('was condemned by him') ------------------------------


def test_a_pronoun_after_a_passives_by_is_the_one_the_text_is_about():
    got = body("Malawi was commended by him for its mediation in the region.")
    assert ("Hakainde Hichilema", "praises", "Malawi") in got
    assert ("Ulf Kristersson", "praises", "Malawi") not in got


def test_a_passive_agent_pronoun_is_never_the_clauses_own_subject():
    got = body("Prime Minister Kristersson was urged by him to reopen the embassy in Lusaka.")
    assert ("Hakainde Hichilema", "urges", "Ulf Kristersson") in got


# -- scare quotes around a few lower-case words do not hide a cue -------------------------


def test_a_quoted_word_inside_a_framework_phrase_still_names_the_framework():
    got = body(
        'Zambia agreed to work with Sweden within the "framework" of the Southern African '
        "Development Community."
    )
    assert ("Zambia", "cooperatesVia", "Southern African Development Community") in got


def test_quoted_words_inside_a_light_verb_phrase_still_give_the_relation():
    got = body("Sweden expressed \u201cdeep concern\u201d over Belarus's crackdown on the press.")
    assert ("Sweden", "criticizes", "Belarus") in got


def test_a_quotation_of_speech_keeps_its_quotation_marks():
    from kg.extract.document import _scare_quotes
    from kg.extract.text import tokenize

    speech = tokenize('He said: "Zambia will stand with Sweden." He added "we agree on trade".')
    assert _scare_quotes(speech, {}) == set()
    scare = tokenize('within the "framework" of the bloc')
    assert {scare[i].text for i in _scare_quotes(scare, {})} == {'"'}


# -- an addressee fronted before the clause ('To X, ...') ---------------------------------


def test_a_fronted_addressee_receives_the_congratulations():
    got = body("To Prime Minister Kristersson, Zambia extended congratulations on the jubilee.")
    assert ("Zambia", "congratulates", "Ulf Kristersson") in got


def test_a_fronted_addressee_receives_joint_condolences_and_no_one_else_does():
    got = body("To Malawi, the two leaders expressed condolences over the victims of the floods.")
    assert ("Hakainde Hichilema", "condoles", "Malawi") in got
    assert ("Ulf Kristersson", "condoles", "Malawi") in got
    assert ("Hakainde Hichilema", "condoles", "Ulf Kristersson") not in got


def test_a_sentence_opening_with_to_and_an_infinitive_names_no_addressee():
    got = body("To mark the jubilee, Zambia extended congratulations to Sweden.")
    assert ("Zambia", "congratulates", "Sweden") in got


# -- a person after a preposition is not what the sentence's pronoun means ---------------


def test_a_person_in_an_opening_phrase_is_not_the_he_after_it():
    got = body("During the talks with Prime Minister Kristersson, he congratulated Malawi.")
    assert ("Hakainde Hichilema", "congratulates", "Malawi") in got
    assert ("Ulf Kristersson", "congratulates", "Malawi") not in got


def test_a_fronted_addressee_is_not_the_he_who_sends():
    got = body("To Prime Minister Kristersson, he extended congratulations on the jubilee.")
    assert ("Hakainde Hichilema", "congratulates", "Ulf Kristersson") in got


def test_according_to_a_person_still_makes_him_the_he_after_it():
    got = body(
        "Prime Minister Kristersson spoke first.\n"
        "According to President Hichilema, he had congratulated Malawi on the jubilee."
    )
    assert ("Hakainde Hichilema", "congratulates", "Malawi") in got


# -- a relative clause naming another actor between the subject and its verb -------------


def test_the_verb_after_a_closed_relative_clause_takes_the_noun_it_hangs_on():
    got = body(
        "President Hichilema, who met President William Ruto of Kenya last week, "
        "reaffirmed support for Malawi in its recovery."
    )
    assert ("Hakainde Hichilema", "supports", "Malawi") in got
    assert ("William Ruto", "supports", "Malawi") not in got


def test_a_longer_verb_run_after_the_relative_clause_still_takes_its_noun():
    got = body(
        "Sweden, which welcomed President William Ruto of Kenya in March, agreed to expand "
        "cooperation with Zambia in forestry."
    )
    assert ("Sweden", "cooperatesWith", "Zambia") in got
    assert ("William Ruto", "cooperatesWith", "Zambia") not in got


def test_a_verb_inside_the_relative_clause_is_the_clauses_own():
    got = body(
        "President Hichilema thanked Prime Minister Kristersson, who had condemned Belarus "
        "for the crackdown."
    )
    assert ("Ulf Kristersson", "criticizes", "Belarus") in got
    assert ("Hakainde Hichilema", "criticizes", "Belarus") not in got


# -- "they" after the sides are the sides (states), after the leaders the leaders ---------


def test_they_in_a_sentence_after_both_sides_are_the_states():
    got = body("Both sides welcomed the growth in trade. They also condemned Belarus for it.")
    assert {("Zambia", "criticizes", "Belarus"), ("Sweden", "criticizes", "Belarus")} <= got
    assert ("Hakainde Hichilema", "criticizes", "Belarus") not in got


def test_they_in_a_that_clause_of_the_two_sides_are_the_states():
    got = body("The two sides said that they would work with Malawi on energy.")
    assert ("Zambia", "cooperatesWith", "Malawi") in got
    assert ("Hakainde Hichilema", "cooperatesWith", "Malawi") not in got


def test_they_after_two_named_leaders_are_the_leaders_again():
    got = body(
        "Both sides welcomed the growth in trade.\n"
        "President Hichilema and Prime Minister Kristersson reviewed the talks. "
        "They also condemned Belarus for the raids."
    )
    assert ("Hakainde Hichilema", "criticizes", "Belarus") in got
    assert ("Zambia", "criticizes", "Belarus") not in got


# -- an aside between the one urged and the infinitive ------------------------------------


def test_urging_a_person_with_a_relative_clause_before_to_is_urging():
    got = body("Zambia urged Prime Minister Kristersson, who chairs the donor group, to act.")
    assert ("Zambia", "urges", "Ulf Kristersson") in got


def test_urging_a_state_with_a_dash_or_a_bracket_aside_before_to_is_urging():
    dash = body("Sweden called on Malawi – a partner of many years – to release the detainees.")
    bracket = body("Sweden called on Malawi (the current host) to release the detainees.")
    assert ("Sweden", "urges", "Malawi") in dash
    assert ("Sweden", "urges", "Malawi") in bracket


def test_an_infinitive_inside_an_unclosed_aside_is_no_urging():
    got = body("President Hichilema pressed Malawi, which has agreed to hold talks.")
    assert ("Hakainde Hichilema", "urges", "Malawi") not in got


# -- acts a sentence does not assert: denied, not yet done, an inverted condition ---------


def test_a_denied_clause_gives_nothing():
    got = body("President Hichilema denied that Zambia would invite Belarus to the forum.")
    assert ("Zambia", "invites", "Belarus") not in got


def test_an_act_not_yet_done_gives_nothing():
    got = body("Sweden has yet to congratulate Malawi on the vote.")
    assert ("Sweden", "congratulates", "Malawi") not in got


def test_an_inverted_condition_gives_nothing():
    got = body("Were Malawi to condemn Sweden, Zambia would urge Malawi to reconsider.")
    assert ("Malawi", "criticizes", "Sweden") not in got


def test_readiness_after_an_inverted_condition_still_counts():
    got = body("Should the need arise, Sweden is ready to assist Zambia with grain.")
    assert ("Sweden", "supports", "Zambia") in got


# -- "It" opening a sentence after one a state opened --------------------------------------


def test_it_with_a_past_verb_after_a_sentence_a_state_opened_is_that_state():
    got = body("Sweden welcomed the reforms. It also invited Zambia to the energy forum.")
    assert ("Sweden", "invites", "Zambia") in got


def test_it_after_a_sentence_a_person_opened_is_no_one():
    got = body("President Hichilema welcomed the reforms. It also invited Zambia to the forum.")
    assert not any(t[1] == "invites" for t in got)


def test_it_before_a_passive_or_a_copula_is_no_state():
    got = body("Sweden welcomed the reforms. It was agreed to invite Malawi to the forum.")
    assert ("Sweden", "invites", "Malawi") not in got


def test_it_with_an_irregular_past_verb_is_the_state_too():
    got = body("Sweden welcomed the reforms. It also spoke highly of Zambia's leadership.")
    assert ("Sweden", "praises", "Zambia") in got
