"""English rules the mutation runs of 831cd4e and 05e98f0 let through (issue 19, round 5;
scripts/RESULTS-mutants.md): who acts when the subject is an office located somewhere, or
a person nothing resolves.

The readout is written for these tests (a summit of Fumio Kishida and Narendra Modi).
"""

from __future__ import annotations

from kg.extract import extract
from kg.model import Readout

SUMMIT = (
    "Japan-India Summit Meeting\n\n"
    "Prime Minister Fumio Kishida held a summit meeting with Prime Minister Narendra Modi "
    "of India in Tokyo.\n"
)


def run(text: str, published: str = "2023-03-20") -> set[tuple[str, str, str]]:
    ex = extract(Readout("case", text, published=published))
    return {(r.subject, r.relation, r.object) for r in ex.relations}


def test_a_ministry_located_in_a_state_does_not_act_for_it():
    # "the Ministry of India" would; "the Ministry in India" is only where it sits
    got = run(SUMMIT + "The Ministry in India thanked Japan for its assistance.\n")
    assert ("India", "thanks", "Japan") not in got
    assert ("Japan", "assists", "India") not in got


def test_a_visit_of_someone_unnamed_is_nobodys_visit():
    # an ambassador nothing resolves: the visit is not the leaders' who discussed it
    got = run(SUMMIT + "They discussed the Ambassador's recent visit to Kenya.\n")
    assert not {t for t in got if t[1] == "visits"}


def test_the_two_leaders_after_to_are_the_participants():
    # "greetings to the leaders of Brazil and India" names others; "to the two leaders" not
    got = run(
        SUMMIT + "The Secretary-General of the United Nations sent his congratulations to "
        "the two leaders.\n"
    )
    assert {(s, o) for s, r, o in got if r == "congratulates"} == {
        ("António Guterres", "Fumio Kishida"),
        ("António Guterres", "Narendra Modi"),
    }


def test_a_joint_verb_ending_a_text_without_a_full_stop_is_read():
    # pages are often cut with no stop at the end: "met Y ... and agreed" is still joint
    ex = extract(
        Readout(
            "case",
            SUMMIT
            + "Prime Minister Kishida met Prime Minister Modi again in the evening and agreed",
            published="2023-03-20",
        )
    )
    said = [(s.speaker, s.act, set(s.speakers)) for s in ex.statements]
    assert said == [("both", "agree", {"Fumio Kishida", "Narendra Modi"})]


def test_a_day_after_since_opening_the_text_is_not_the_engagements():
    ex = extract(
        Readout(
            "case",
            "Japan-India Summit Meeting\n\nSince March 2, Prime Minister Fumio Kishida has met "
            "Prime Minister Narendra Modi of India twice.\n",
            published="2023-03-22",
        )
    )
    assert ex.event.date != "2023-03-02"


def test_opec_and_opec_plus_stay_apart():
    # the form "OPEC+" is left to the mention finder, so plain "OPEC" keeps its own actor
    head = (
        "Saudi-Russian talks\n\nCrown Prince Mohammed bin Salman held talks with President "
        "Vladimir Putin of Russia in Riyadh.\n"
    )
    got = run(
        head + "The Crown Prince thanked OPEC for its work. Russia and Saudi Arabia are "
        "members of OPEC+.\n",
        published="2023-12-06",
    )
    assert ("Mohammed bin Salman", "thanks", "OPEC") in got
    assert ("Mohammed bin Salman", "thanks", "OPEC+") not in got
    assert ("Russia", "memberOf", "OPEC+") in got


def test_a_five_word_heading_in_the_body_is_read_as_a_sentence():
    # headings of four words or fewer are skipped; a longer one can state a relation
    got = run(SUMMIT + "\nJapan Thanks India for Support\n\nThe two leaders discussed trade.\n")
    assert ("Japan", "thanks", "India") in got


def test_a_cue_word_inside_a_longer_word_is_no_cue():
    # "ask" is a later alternative of the 'urges' cue: "tasked" does not ask anyone
    got = run(SUMMIT + "Prime Minister Kishida tasked Prime Minister Modi to lead the group.\n")
    assert not {t for t in got if t[1] == "urges"}


def test_a_relative_day_past_the_second_sentence_is_not_the_engagements():
    # "yesterday" in the third sentence dates an arrival, not the summit
    ex = extract(
        Readout(
            "case",
            SUMMIT + "The two leaders discussed trade and energy. Prime Minister Modi had "
            "arrived in Tokyo yesterday.\n",
            published="2023-03-21",
        )
    )
    assert ex.event.date != "2023-03-20"


FRANCE = (
    "Japan-France Summit Meeting\n\n"
    "Prime Minister Fumio Kishida held a summit meeting with President Emmanuel Macron of "
    "France in Paris.\n"
)


def test_an_apposed_membership_belongs_to_the_nearest_state_before_it():
    # ", as a member of the BRICS," after "Brazil today": Brazil's, not the subject's
    got = run(
        FRANCE + "France welcomed the role of Brazil today, as a member of the BRICS, in the "
        "talks.\n",
        published="2023-01-09",
    )
    assert ("Brazil", "memberOf", "BRICS") in got
    assert ("France", "memberOf", "BRICS") not in got


def test_a_joint_subject_of_two_people_speaks_for_them_not_the_participants():
    ex = extract(
        Readout(
            "case",
            SUMMIT + "Foreign Minister Yoshimasa Hayashi and External Affairs Minister "
            "Subrahmanyam Jaishankar jointly announced a new plan.\n",
            published="2023-03-20",
        )
    )
    said = [(s.speaker, s.act, set(s.speakers)) for s in ex.statements]
    assert said == [("both", "announce", {"Yoshimasa Hayashi", "S. Jaishankar"})]
