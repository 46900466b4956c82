"""Who does the act: agents real readouts write without a plain subject.

Sentences written for this test. Each rule has a near sentence where it must not fire.
The rules live in kg/extract/relations.py (agent, our_agents, gerund_subject).
"""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.model import Readout

LEAD = "Prime Minister Justin Trudeau met Prime Minister Rishi Sunak of the United Kingdom.\n\n"
PEOPLE = ("Justin Trudeau", "Rishi Sunak")
STATES = ("Canada", "United Kingdom")


def run(text: str) -> set[tuple[str, str, str]]:
    ex = extract(Readout("case", LEAD + text, published="2023-06-14"))
    return {(r.subject, r.relation, r.object) for r in ex.relations}


def both(pair: tuple[str, str], relation: str = "cooperatesWith") -> set[tuple[str, str, str]]:
    a, b = pair
    return {(a, relation, b), (b, relation, a)}


CASES = [
    # a gerund's own subject after "of"/"for" is the agent, not the sentence's subject
    (
        "Both sides spoke of the value of Canada and the United Kingdom working together on trade.",
        both(STATES),
        both(PEOPLE),
    ),
    (
        "The leaders stressed the need for Canada and the United Kingdom cooperating on "
        "Arctic research.",
        both(STATES),
        both(PEOPLE),
    ),
    # near: a gerund with no subject of its own is the sentence subject's
    ("The leaders agreed to keep working together on trade.", both(PEOPLE), both(STATES)),
    # a participle hanging on a plural noun is that group's act: nobody we can name
    (
        "Sunak stressed the protection of aid partners working with Canada.",
        set(),
        {("Rishi Sunak", "cooperatesWith", "Canada")},
    ),
    (
        "Trudeau praised the troops cooperating with the United Kingdom in Latvia.",
        set(),
        {("Justin Trudeau", "cooperatesWith", "United Kingdom")},
    ),
    # near: the same verb with a real subject
    (
        "Sunak said the United Kingdom is working with Canada.",
        {("United Kingdom", "cooperatesWith", "Canada")},
        set(),
    ),
    (
        "Canada partners with the United Kingdom on Arctic research.",
        {("Canada", "cooperatesWith", "United Kingdom")},
        set(),
    ),
    # "work" as a noun is nobody's cooperation
    ("The two leaders reviewed the follow-up work on the agreements.", set(), both(PEOPLE)),
    ("The leaders praised their work on the agreements.", set(), both(PEOPLE)),
    ("The two leaders agreed to work together on the agreements.", both(PEOPLE), set()),
    # "our" efforts, countries, coordination: the speakers' states
    (
        "The leaders talked about our joint work to hold Russia accountable.",
        {("Canada", "criticizes", "Russia"), ("United Kingdom", "criticizes", "Russia")},
        {("Justin Trudeau", "criticizes", "Russia"), ("Rishi Sunak", "criticizes", "Russia")},
    ),
    (
        "The leaders discussed efforts to hold Russia accountable.",
        {("Justin Trudeau", "criticizes", "Russia"), ("Rishi Sunak", "criticizes", "Russia")},
        {("Canada", "criticizes", "Russia")},
    ),
    (
        "They reflected on the role our countries are playing in supporting Ukraine.",
        {("Canada", "supports", "Ukraine"), ("United Kingdom", "supports", "Ukraine")},
        {("Justin Trudeau", "supports", "Ukraine")},
    ),
    (
        "Trudeau spoke with Sunak about our ongoing coordination on Arctic security.",
        both(STATES),
        both(PEOPLE),
    ),
    (
        "Trudeau spoke with Sunak about the ongoing coordination on Arctic security.",
        set(),
        both(STATES),
    ),
    (
        "The leaders noted that our efforts to counter Russia's disinformation must go on.",
        {("Canada", "opposes", "Russia"), ("United Kingdom", "opposes", "Russia")},
        set(),
    ),
]


@pytest.mark.parametrize("text,must,must_not", CASES)
def test_agents(text, must, must_not):
    got = run(text)
    assert must <= got, sorted(must - got)
    assert not (must_not & got), sorted(must_not & got)


ADDRESSEES = [
    # a light verb voicing a state's stance: the state is the agent, however long the noun list
    (
        "Sunak expressed the United Kingdom's recognition and full support for Ukraine.",
        {("United Kingdom", "supports", "Ukraine")},
        {("Rishi Sunak", "supports", "Ukraine")},
    ),
    # near: a possessive object of another verb is not the agent of what follows
    (
        "Sunak condemned Russia's attacks on civilians and strongly supported Ukraine.",
        {("Rishi Sunak", "supports", "Ukraine"), ("Rishi Sunak", "criticizes", "Russia")},
        {("Russia", "supports", "Ukraine")},
    ),
    # an actor after "the new", "the brotherly": still the object
    (
        "Sunak expressed full support for the new Prime Minister of Canada.",
        {("Rishi Sunak", "supports", "Justin Trudeau")},
        set(),
    ),
    # thanks with no addressee, for someone's help: the thanks are that one's
    (
        "Sunak conveyed thanks for Canada's support to Ukraine.",
        {("Rishi Sunak", "thanks", "Canada"), ("Canada", "supports", "Ukraine")},
        {("Rishi Sunak", "thanks", "Justin Trudeau")},
    ),
    # near: thanks for something nobody is named as giving go to the interlocutor
    (
        "Sunak conveyed thanks for the warm hospitality.",
        {("Rishi Sunak", "thanks", "Justin Trudeau")},
        set(),
    ),
    # "called/wrote to/met X to extend ...": X is the addressee, the caller the agent
    (
        "Sunak called Trudeau to extend his warm congratulations on the election result.",
        {("Rishi Sunak", "congratulates", "Justin Trudeau")},
        set(),
    ),
    (
        "Sunak wrote to Trudeau to convey his deepest condolences for the loss of life.",
        {("Rishi Sunak", "condoles", "Justin Trudeau")},
        set(),
    ),
    (
        "Sunak met Trudeau to express thanks for the hospitality.",
        {("Rishi Sunak", "thanks", "Justin Trudeau")},
        {("Justin Trudeau", "thanks", "Rishi Sunak")},
    ),
    # near: congratulations on an occasion with no one contacted give no addressee
    (
        "Sunak called for calm and extended congratulations on the successful launch.",
        set(),
        {("Rishi Sunak", "congratulates", "Justin Trudeau")},
    ),
]


@pytest.mark.parametrize("text,must,must_not", ADDRESSEES)
def test_addressees(text, must, must_not):
    got = run(text)
    assert must <= got, sorted(must - got)
    assert not (must_not & got), sorted(must_not & got)


WISHES = [
    # one speaker's desire to strengthen a bond with their own state in it: one way, to the
    # other party (ANNOTATION.md 8), whether the bond is "between A and B" or "the A-B ..."
    (
        "Sunak expressed his desire to strengthen and expand the UK-Canada strategic partnership.",
        {("Rishi Sunak", "cooperatesWith", "Canada")},
        both(STATES),
    ),
    (
        "Sunak expressed his determination to strengthen the relationship between the United "
        "Kingdom and Canada.",
        {("Rishi Sunak", "cooperatesWith", "Canada")},
        both(STATES) | {("Rishi Sunak", "cooperatesWith", "United Kingdom")},
    ),
    # near: a joint agreement keeps the states named as partners both ways
    (
        "The two leaders agreed to strengthen the relationship between the United Kingdom and "
        "Canada.",
        both(STATES),
        set(),
    ),
]


@pytest.mark.parametrize("text,must,must_not", WISHES)
def test_wishes(text, must, must_not):
    got = run(text)
    assert must <= got, sorted(must - got)
    assert not (must_not & got), sorted(must_not & got)


def test_ways_to_enhance_them_is_the_discussers_cooperation():
    """'discussed the ties between A and B and ways to enhance them': the people who
    discussed cooperate (ANNOTATION.md 8), and 'them' is the ties, not a partner."""
    got = run(
        "Trudeau and Sunak discussed the long friendship and close cooperation between Canada "
        "and the United Kingdom and ways to deepen them."
    )
    assert both(PEOPLE) <= got
    near = run(
        "Trudeau and Sunak discussed trade between Canada and the United Kingdom and the "
        "situation in Ukraine."
    )
    assert not (both(PEOPLE) & near)


def test_a_body_named_before_a_title_modifies_it():
    """'UN Secretary-General X's efforts': X's, with the UN left to resolve 'the Alliance'."""
    got = run("Sunak appreciated UN Secretary-General Antonio Guterres's efforts.")
    assert ("Rishi Sunak", "praises", "António Guterres") in got
    got = run("Trudeau praised NATO Secretary General Jens Stoltenberg's leadership.")
    assert ("Justin Trudeau", "praises", "Jens Stoltenberg") in got
    got = run("Sunak met NATO Secretary General Jens Stoltenberg and praised the Alliance's role.")
    assert ("Rishi Sunak", "praises", "NATO") in got
    # near: a body that is the object, then a person, is still the object
    got = run("Trudeau praised NATO, Secretary General Jens Stoltenberg said.")
    assert ("Justin Trudeau", "praises", "NATO") in got


def test_a_coordinated_verb_after_an_auxiliary_shares_the_main_subject():
    got = run(
        "Canada very much appreciates the mediation efforts of the UN, and will support the UN "
        "in its work."
    )
    assert ("Canada", "supports", "United Nations") in got
    assert ("United Nations", "supports", "United Nations") not in got


def test_a_pronoun_bound_to_the_person_it_acts_on_is_the_other_participant():
    got = run(
        "Trudeau welcomed Sunak to Ottawa. He praised Canada's role in the Arctic and urged "
        "Prime Minister Trudeau to keep investing in defence."
    )
    assert {("Rishi Sunak", "praises", "Canada"), ("Rishi Sunak", "urges", "Justin Trudeau")} <= got
    assert ("Justin Trudeau", "praises", "Canada") not in got
    # near: a pronoun acting on someone else keeps its binding
    got = run(
        "Trudeau welcomed Sunak to Ottawa. He praised the United Kingdom's role in NATO and "
        "urged Sunak to visit again."
    )
    assert ("Justin Trudeau", "urges", "Rishi Sunak") in got


def test_a_speaker_named_after_a_quote_is_not_acted_on():
    """'"I am grateful for Britain's help," President X said': the speaker named after the
    first person is who says it, so 'I' keeps its binding."""
    got = run(
        "Sunak expressed his condolences to the people of Canada. "
        '"I am grateful for the help of the United Kingdom," Prime Minister Trudeau said.'
    )
    assert ("Rishi Sunak", "thanks", "United Kingdom") not in got


COMMITMENT_AND_SYMPATHY = [
    # commitment to an actor or its defence supports it (ANNOTATION.md 8)
    (
        "Sunak reaffirmed the United Kingdom's unwavering commitment to Ukraine.",
        {("United Kingdom", "supports", "Ukraine")},
        set(),
    ),
    (
        "Sunak reiterated his commitment to the defence of Estonia.",
        {("Rishi Sunak", "supports", "Estonia")},
        set(),
    ),
    # near: committed to working with X is cooperation, not support
    (
        "Sunak said the United Kingdom is committed to working with Canada.",
        {("United Kingdom", "cooperatesWith", "Canada")},
        {("United Kingdom", "supports", "Canada")},
    ),
    # sympathy to an addressee that is no actor does not fall to the interlocutor
    (
        "Trudeau expressed his sympathy to the families of the victims.",
        set(),
        {("Justin Trudeau", "condoles", "Rishi Sunak")},
    ),
    # near: an addressee named after an unresolved office still gets them
    (
        "Trudeau sent a condolence message to his British counterpart Rishi Sunak over the floods.",
        {("Justin Trudeau", "condoles", "Rishi Sunak")},
        set(),
    ),
]


@pytest.mark.parametrize("text,must,must_not", COMMITMENT_AND_SYMPATHY)
def test_commitment_and_sympathy(text, must, must_not):
    got = run(text)
    assert must <= got, sorted(must - got)
    assert not (must_not & got), sorted(must_not & got)


PASSIVES = [
    # a cue verb in the passive: the by-phrase is the agent, the subject the object
    (
        "Trudeau was congratulated by Sunak on his re-election.",
        {("Rishi Sunak", "congratulates", "Justin Trudeau")},
        {("Justin Trudeau", "congratulates", "Rishi Sunak")},
    ),
    (
        "Sunak was thanked by Trudeau for the hospitality.",
        {("Justin Trudeau", "thanks", "Rishi Sunak")},
        {("Rishi Sunak", "thanks", "Justin Trudeau")},
    ),
    (
        "Trudeau was invited by Sunak to visit London.",
        {("Rishi Sunak", "invites", "Justin Trudeau")},
        set(),
    ),
    (
        "Russia's aggression was strongly condemned by both leaders.",
        {("Justin Trudeau", "criticizes", "Russia"), ("Rishi Sunak", "criticizes", "Russia")},
        set(),
    ),
    # a passive with no agent named gives nothing, and never the subject as agent
    (
        "Sunak was thanked for the hospitality.",
        set(),
        {("Rishi Sunak", "thanks", "Justin Trudeau")},
    ),
    # near: "was pleased to congratulate" is active
    (
        "Trudeau was pleased to congratulate Sunak.",
        {("Justin Trudeau", "congratulates", "Rishi Sunak")},
        set(),
    ),
]


@pytest.mark.parametrize("text,must,must_not", PASSIVES)
def test_passives(text, must, must_not):
    got = run(text)
    assert must <= got, sorted(must - got)
    assert not (must_not & got), sorted(must_not & got)


def test_an_actor_addressed_after_and_to_gets_the_wishes():
    got = run(
        "Sunak conveyed his sympathy to the families of the victims and to the entire Canadian "
        "people."
    )
    assert ("Rishi Sunak", "condoles", "Canada") in got
    # near: no actor addressed at all gives nothing, not the interlocutor
    got = run("Sunak conveyed his sympathy to the families of the victims and to their friends.")
    assert not {t for t in got if t[1] == "condoles"}


OWNERS = [
    # support for what an actor leads is support for the actor (ANNOTATION.md 7)
    (
        "Sunak said the United Kingdom supports the reform agenda that Prime Minister Trudeau "
        "is leading.",
        {("United Kingdom", "supports", "Justin Trudeau")},
        set(),
    ),
    # near: a relative clause that names no owner leaves a topic
    (
        "Sunak supports the plan that was discussed with Canada.",
        set(),
        {("Rishi Sunak", "supports", "Canada")},
    ),
    # support given financially or militarily is help too
    (
        "Sunak said the United Kingdom would continue to support Ukraine politically, "
        "financially and militarily.",
        {("United Kingdom", "supports", "Ukraine"), ("United Kingdom", "assists", "Ukraine")},
        set(),
    ),
    (
        "Sunak said the United Kingdom supports Ukraine politically.",
        {("United Kingdom", "supports", "Ukraine")},
        {("United Kingdom", "assists", "Ukraine")},
    ),
    # a coordinated present-tense verb inside a reported clause keeps that clause's subject
    (
        "Sunak stressed that the United Kingdom firmly supports Ukraine, and supports the "
        "reform agenda that Prime Minister Trudeau is leading.",
        {("United Kingdom", "supports", "Justin Trudeau")},
        {("Rishi Sunak", "supports", "Justin Trudeau")},
    ),
    # near: a past-tense one goes back to the main subject
    (
        "Sunak said that Canada's role was vital, and praised the United Kingdom's leadership.",
        {("Rishi Sunak", "praises", "United Kingdom")},
        set(),
    ),
]


@pytest.mark.parametrize("text,must,must_not", OWNERS)
def test_owners_and_coordinated_verbs(text, must, must_not):
    got = run(text)
    assert must <= got, sorted(must - got)
    assert not (must_not & got), sorted(must_not & got)


def test_the_readiness_of_x_to_act_makes_x_the_agent():
    got = run("Sunak expressed the readiness of the United Kingdom to support Ukraine.")
    assert ("United Kingdom", "supports", "Ukraine") in got
    assert ("Rishi Sunak", "supports", "Ukraine") not in got
    # near: "the support of X" names no readiness: the speaker acts
    got = run("Sunak sought the support of Canada to help Ukraine rebuild.")
    assert ("Canada", "assists", "Ukraine") not in got


def test_the_caller_does_what_the_call_was_for():
    """'X phoned Y to congratulate him': X congratulates Y, not Y (the nearest name)."""
    got = run("Sunak phoned Trudeau to congratulate him on his re-election.")
    assert ("Rishi Sunak", "congratulates", "Justin Trudeau") in got
    assert ("Justin Trudeau", "congratulates", "Rishi Sunak") not in got
    got = run("Sunak met Trudeau to thank him for the support.")
    assert ("Rishi Sunak", "thanks", "Justin Trudeau") in got
