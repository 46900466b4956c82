"""Relation wordings of real readouts, each as a general rule on sentences written here.

A case is a small readout; the test checks the triples it must give and, where the
rule is about restraint, the ones it must not (ANNOTATION.md, section 8).
"""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.model import Readout

PUB = "2023-06-14"
LEAD = "Prime Minister Justin Trudeau met Prime Minister Rishi Sunak of the United Kingdom.\n\n"


def run(text: str) -> set[tuple[str, str, str]]:
    ex = extract(Readout("case", text, published=PUB))
    return {(r.subject, r.relation, r.object) for r in ex.relations}


def both(a: str, b: str, relation: str = "cooperatesWith") -> set[tuple[str, str, str]]:
    return {(a, relation, b), (b, relation, a)}


COOPERATION = [
    # "between A and B" far from the cooperation word, and "other ORG partners" as a via
    (
        LEAD + "Both leaders wanted to keep up their close defence cooperation and exchange "
        "of intelligence between Canada and the United Kingdom, and with other NATO partners.",
        both("Canada", "United Kingdom")
        | {("Canada", "cooperatesVia", "NATO"), ("United Kingdom", "cooperatesVia", "NATO")},
        set(),
    ),
    # co-operation spelled with a hyphen
    (
        LEAD + "The two leaders agreed to deepen their co-operation on energy.",
        both("Justin Trudeau", "Rishi Sunak"),
        set(),
    ),
    # a named A-B cooperation, both ways
    (
        LEAD + "The leaders reviewed the progress of Canada-UK cooperation on critical minerals.",
        both("Canada", "United Kingdom"),
        set(),
    ),
    # named relations count only with the framework they run through, which is a via list
    (
        "President Xi Jinping met President Kassym-Jomart Tokayev of Kazakhstan.\n\n"
        "Tokayev spoke of the Kazakh-Chinese relations within international organizations, "
        "including the United Nations and the SCO.",
        both("Kazakhstan", "China")
        | {
            ("Kazakhstan", "cooperatesVia", "United Nations"),
            ("China", "cooperatesVia", "Shanghai Cooperation Organization"),
        },
        set(),
    ),
    (
        LEAD + "The leaders noted that the Canada-UK relationship is strong.",
        set(),
        both("Canada", "United Kingdom"),
    ),
    # a relationship named on its own gives nothing
    (
        LEAD + "Sunak said the United Kingdom values its partnership with Canada.",
        set(),
        {("United Kingdom", "cooperatesWith", "Canada")},
    ),
    # discussing ways to strengthen ties: the people who discussed, not the states
    (
        LEAD + "Trudeau and Sunak discussed ways of strengthening the relationship between "
        "Canada and the United Kingdom.",
        both("Justin Trudeau", "Rishi Sunak"),
        both("Canada", "United Kingdom"),
    ),
    (
        LEAD + "The two leaders exchanged views on possible expansion of trade interaction.",
        both("Justin Trudeau", "Rishi Sunak"),
        set(),
    ),
    # efforts exerted by two states are their cooperation
    (
        LEAD + "The leaders praised the mediation efforts exerted by Egypt and Qatar.",
        both("Egypt", "Qatar"),
        set(),
    ),
    # keeping a dialogue going is cooperation
    (
        LEAD + "The two leaders agreed to keep a regular dialogue on Arctic security.",
        both("Justin Trudeau", "Rishi Sunak"),
        set(),
    ),
]


@pytest.mark.parametrize("text,must,must_not", COOPERATION)
def test_cooperation(text, must, must_not):
    got = run(text)
    assert must <= got, sorted(must - got)
    assert not (must_not & got), sorted(must_not & got)


HOSTING = [
    # a banquet in someone's honour is hosting, and the host implies the visit
    (
        "President Cyril Ramaphosa met President Joao Lourenco of Angola in Pretoria.\n\n"
        "Ramaphosa hosted a state banquet in honour of President Lourenco.",
        {
            ("Cyril Ramaphosa", "hosts", "João Lourenço"),
            ("João Lourenço", "visits", "South Africa"),
        },
        set(),
    ),
    # "a ceremony that X held for Y"
    (
        "President Cyril Ramaphosa met President Joao Lourenco of Angola in Pretoria.\n\n"
        "The day closed with a welcome ceremony that President Ramaphosa held for President "
        "Lourenco.",
        {("Cyril Ramaphosa", "hosts", "João Lourenço")},
        set(),
    ),
    # an audience with a monarch: the monarch hosts
    (
        "Foreign Minister Naledi Pandor of South Africa visited Eswatini.\n\n"
        "Pandor had an audience with King Mswati III of Eswatini.",
        {("Mswati III", "hosts", "Naledi Pandor")},
        set(),
    ),
    # an envoy presenting credentials is hosted but has not visited
    (
        "President Cyril Ramaphosa received the credentials of the Ambassador of Kenya, "
        "Ms Jane Wanjiru.",
        {("Cyril Ramaphosa", "hosts", "Jane Wanjiru")},
        {("Jane Wanjiru", "visits", "South Africa")},
    ),
    # talks with a visitor on a visit to the leader's own country: the leader hosts
    (
        "Prime Minister Abiy Ahmed held talks with President Isaias Afwerki of Eritrea.\n\n"
        "President Isaias arrived in Addis Ababa this morning for an official visit to Ethiopia.",
        {("Abiy Ahmed", "hosts", "Isaias Afwerki")},
        set(),
    ),
    # ... but not in a phone call, nor for a visit recalled
    (
        "Prime Minister Abiy Ahmed held a phone call with President Isaias Afwerki of "
        "Eritrea.\n\nIsaias recalled his visit to Ethiopia last year.",
        set(),
        {("Abiy Ahmed", "hosts", "Isaias Afwerki")},
    ),
]


@pytest.mark.parametrize("text,must,must_not", HOSTING)
def test_hosting(text, must, must_not):
    got = run(text)
    assert must <= got, sorted(must - got)
    assert not (must_not & got), sorted(must_not & got)


RESISTANCE = [
    # an obligation on a named actor is urging it; not one's own state, not "must never"
    (
        LEAD + "They agreed that China must now use its influence to stop the tests.",
        {("Justin Trudeau", "urges", "China"), ("Rishi Sunak", "urges", "China")},
        set(),
    ),
    (
        LEAD + "Sunak said that the United Kingdom must do more.",
        set(),
        {("Rishi Sunak", "urges", "United Kingdom")},
    ),
    (
        LEAD + "The leaders agreed that Iran must never acquire a nuclear weapon.",
        set(),
        {("Justin Trudeau", "urges", "Iran")},
    ),
    (
        LEAD + "Trudeau underscored the need for Japan to lift the measures.",
        {("Justin Trudeau", "urges", "Japan")},
        set(),
    ),
    (
        LEAD + "Sunak enjoined President Emmanuel Macron of France to keep the borders open.",
        {("Rishi Sunak", "urges", "Emmanuel Macron")},
        set(),
    ),
    # holding to account is criticism; the infinitive's subject is the "between" list
    (
        LEAD + "The leaders welcomed the cooperation between the EU, Canada and other partners "
        "to hold Russia to account and to provide support to Ukraine.",
        {
            ("European Union", "criticizes", "Russia"),
            ("Canada", "criticizes", "Russia"),
            ("Canada", "assists", "Ukraine"),
        },
        {("Russia", "assists", "Ukraine"), ("Russia", "supports", "Ukraine")},
    ),
    # a wish placed on a non-actor is no act of the speaker's
    (
        LEAD + "Sunak said it was essential for the world community to support Ukraine.",
        set(),
        {("Rishi Sunak", "supports", "Ukraine")},
    ),
    # the actor inside the object of a condemnation: "by X", a name as modifier
    (
        LEAD + "Sunak condemned the missile launches by North Korea.",
        {("Rishi Sunak", "criticizes", "North Korea")},
        set(),
    ),
    (
        LEAD + "Trudeau condemned PRC practices in the South China Sea.",
        {("Justin Trudeau", "criticizes", "China")},
        set(),
    ),
    (
        LEAD + "Trudeau noted Russia's failure to take steps to de-escalate.",
        {("Justin Trudeau", "criticizes", "Russia")},
        set(),
    ),
    # acting against an actor's conduct is opposing it
    (
        LEAD + "Sunak and Trudeau agreed to push back against Russia's attempts to divide Europe.",
        {("Rishi Sunak", "opposes", "Russia"), ("Justin Trudeau", "opposes", "Russia")},
        set(),
    ),
    # the right to defend itself is support
    (
        LEAD + "They agreed that Israel has the right to defend itself.",
        {("Justin Trudeau", "supports", "Israel")},
        set(),
    ),
    # "supported by X" is X's support, not the speaker's for X
    (
        LEAD + "Trudeau highlighted the projects supported by the NATO Innovation Fund.",
        set(),
        {("Justin Trudeau", "supports", "NATO")},
    ),
]


@pytest.mark.parametrize("text,must,must_not", RESISTANCE)
def test_resistance_and_obligation(text, must, must_not):
    got = run(text)
    assert must <= got, sorted(must - got)
    assert not (must_not & got), sorted(must_not & got)


XI = "President Xi Jinping met President Emmanuel Macron of France.\n\n"

GREETINGS_AND_PRAISE = [
    # an exchange goes both ways
    (
        XI + "Xi and Macron exchanged congratulatory messages on the anniversary of ties.",
        both("Xi Jinping", "Emmanuel Macron", "congratulates"),
        set(),
    ),
    (
        XI + "Macron exchanged New Year greetings with Xi.",
        both("Xi Jinping", "Emmanuel Macron", "congratulates"),
        set(),
    ),
    # greetings count on an occasion, to a people as its state; without one, nothing
    (
        XI + "Xi conveyed best wishes to the French people on France's National Day.",
        {("Xi Jinping", "congratulates", "France")},
        set(),
    ),
    (
        XI + "Macron conveyed his warm greetings to Xi and looked forward to his visit.",
        set(),
        {("Emmanuel Macron", "congratulates", "Xi Jinping")},
    ),
    # a nominalised condemnation
    (
        XI + "Macron expressed his condemnation of Russia's attacks on civilians.",
        {("Emmanuel Macron", "criticizes", "Russia")},
        set(),
    ),
    # praise as an evaluation of an actor's role, strength or measures
    (
        XI + "Xi pointed to France's important role in the region.",
        {("Xi Jinping", "praises", "France")},
        set(),
    ),
    (
        XI + "Macron emphasised the strength and unity of the EU response.",
        {("Emmanuel Macron", "praises", "European Union")},
        set(),
    ),
    (
        XI + "Xi highly values Germany's determination to contain the epidemic.",
        {("Xi Jinping", "praises", "Germany")},
        set(),
    ),
]


@pytest.mark.parametrize("text,must,must_not", GREETINGS_AND_PRAISE)
def test_greetings_and_praise(text, must, must_not):
    got = run(text)
    assert must <= got, sorted(must - got)
    assert not (must_not & got), sorted(must_not & got)


def test_sentences_run_together_without_a_space():
    from kg.extract.text import split_sentences

    para = "Minister Ann Linde met Mr.Smith today.The two agreed to meet again. "
    para += "See www.Example.org."
    got = [para[a:b] for a, b in split_sentences(para, 0)]
    assert got == [
        "Minister Ann Linde met Mr.Smith today.",
        "The two agreed to meet again.",
        "See www.Example.org.",
    ]
    text = (
        "President Xi Jinping met President Emmanuel Macron of France today.Macron thanked "
        "Xi for the warm hospitality.The two leaders agreed to deepen cooperation."
    )
    assert both("Xi Jinping", "Emmanuel Macron") <= run(text)


BLINKEN = "Secretary Antony Blinken met Foreign Minister Mevlut Cavusoglu of Turkey.\n\n"

MEMBERSHIP = [
    # "the U.S., Turkey's NATO ally": both are members of the organisation named
    (
        BLINKEN + "Blinken said the United States, Turkey's NATO ally, was concerned.",
        {("United States", "memberOf", "NATO"), ("Turkey", "memberOf", "NATO")},
        set(),
    ),
    (
        BLINKEN + "Blinken said Turkey is a valued NATO ally.",
        {("Turkey", "memberOf", "NATO")},
        set(),
    ),
    (
        BLINKEN + "Canada and Norway, fellow NATO members, backed the plan.",
        {("Canada", "memberOf", "NATO"), ("Norway", "memberOf", "NATO")},
        set(),
    ),
    # "closest ally" names no organisation: nothing
    (
        BLINKEN + "Blinken said Turkey remains a close ally of the United States.",
        set(),
        {("Turkey", "memberOf", "United States")},
    ),
]


@pytest.mark.parametrize("text,must,must_not", MEMBERSHIP)
def test_membership(text, must, must_not):
    got = run(text)
    assert must <= got, sorted(must - got)
    assert not (must_not & got), sorted(must_not & got)


SUPPORT = [
    # support for what an actor owns is support for the actor, not a topic
    (
        LEAD + "The two leaders restated their firm support for the sovereignty and "
        "territorial integrity of Ukraine.",
        {("Justin Trudeau", "supports", "Ukraine"), ("Rishi Sunak", "supports", "Ukraine")},
        set(),
    ),
    # support for something with no owner is a topic, which ends before the next verb
    (
        LEAD + "Sunak expressed his support for the talks with the IMF and invited Trudeau.",
        {("Rishi Sunak", "supports", "topic:talks with the imf")},
        set(),
    ),
    # the verb with a non-actor object is support of that topic
    (
        LEAD + "The leaders recommitted to supporting international efforts to end the war.",
        {("Rishi Sunak", "supports", "topic:international efforts to end the war")},
        set(),
    ),
    (
        LEAD + "The two leaders agreed on supporting each other in the region.",
        set(),
        {("Rishi Sunak", "supports", "topic:each other in the region")},
    ),
    # thanks for commitment to an actor is support of it; to a policy, nothing
    (
        LEAD + "Sunak thanked Trudeau for his strong commitment to NATO.",
        {("Justin Trudeau", "supports", "NATO")},
        set(),
    ),
    (
        LEAD + "Sunak thanked Trudeau for his commitment to the rules-based order.",
        set(),
        {("Justin Trudeau", "supports", "United Kingdom")},
    ),
]


@pytest.mark.parametrize("text,must,must_not", SUPPORT)
def test_support(text, must, must_not):
    got = run(text)
    assert must <= got, sorted(must - got)
    assert not (must_not & got), sorted(must_not & got)


CRITICISM = [
    # harm caused by a named actor is a judgement on it; caused by no actor, nothing
    (
        LEAD + "Noting that the cycle of violence caused by Iran threatens the region, Sunak "
        "called for restraint.",
        {("Rishi Sunak", "criticizes", "Iran")},
        set(),
    ),
    (
        LEAD + "Sunak said the damage caused by the storm was severe.",
        set(),
        {("Rishi Sunak", "criticizes", "United Kingdom")},
    ),
    # concern for an actor's conduct, or over the conduct of an actor
    (
        LEAD + "Trudeau expressed his concern for North Korea's use of ballistic missiles.",
        {("Justin Trudeau", "criticizes", "North Korea")},
        set(),
    ),
    (
        LEAD + "Trudeau expressed concern over the recent activities of China near Taiwan.",
        {("Justin Trudeau", "criticizes", "China")},
        set(),
    ),
    (
        LEAD + "Trudeau expressed concern over the situation in Haiti.",
        set(),
        {("Justin Trudeau", "criticizes", "Haiti")},
    ),
    # a stance that an actor's measures be withdrawn: the stance's owner criticizes it,
    # and a later 'and underscored ...' is the speaker's again
    (
        LEAD + "Trudeau reiterated the position of the government of Canada that Japan's "
        "export restrictions should be withdrawn and underscored the need for Japan to act.",
        {("Canada", "criticizes", "Japan"), ("Justin Trudeau", "urges", "Japan")},
        {("Canada", "urges", "Japan")},
    ),
]


@pytest.mark.parametrize("text,must,must_not", CRITICISM)
def test_criticism(text, must, must_not):
    got = run(text)
    assert must <= got, sorted(must - got)
    assert not (must_not & got), sorted(must_not & got)


AID = [
    # aid planned, provided or pledged by X to Y, in a noun phrase
    (
        LEAD + "The leaders discussed the assistance planned by the Canadian Government to "
        "Ukraine.",
        {("Canada", "assists", "Ukraine")},
        set(),
    ),
    (
        LEAD + "Sunak welcomed Canada's humanitarian assistance to Ukraine.",
        {("Canada", "assists", "Ukraine")},
        {("Rishi Sunak", "hosts", "Canada")},
    ),
    # support alone is support, not aid; aid to no actor is nothing
    (
        LEAD + "Sunak welcomed Canada's support for Ukraine.",
        {("Canada", "supports", "Ukraine")},
        {("Canada", "assists", "Ukraine")},
    ),
    (
        LEAD + "The leaders discussed the support provided by Canada to the reconstruction fund.",
        set(),
        {("Canada", "assists", "United Kingdom")},
    ),
]


@pytest.mark.parametrize("text,must,must_not", AID)
def test_aid(text, must, must_not):
    got = run(text)
    assert must <= got, sorted(must - got)
    assert not (must_not & got), sorted(must_not & got)


ANGOLA = "President Cyril Ramaphosa met President Joao Lourenco of Angola in Pretoria.\n\n"
CALL = "President Cyril Ramaphosa held a phone call with President Joao Lourenco of Angola.\n\n"

VISITS = [
    # "came to X" is visit wording (ANNOTATION 8), and the visit implies its host
    (
        ANGOLA + "Lourenco said he had come to South Africa to discuss trade.",
        {
            ("João Lourenço", "visits", "South Africa"),
            ("Cyril Ramaphosa", "hosts", "João Lourenço"),
        },
        set(),
    ),
    (
        ANGOLA + "Lourenco said the two sides had come to an agreement.",
        set(),
        {("João Lourenço", "visits", "South Africa")},
    ),
]


@pytest.mark.parametrize("text,must,must_not", VISITS)
def test_visits(text, must, must_not):
    got = run(text)
    assert must <= got, sorted(must - got)
    assert not (must_not & got), sorted(must_not & got)


def test_upcoming_visit_is_future_and_hosts_nobody():
    text = CALL + "Ramaphosa said he looked forward to his upcoming state visit to Angola."
    ex = extract(Readout("case", text, published=PUB))
    got = {(r.subject, r.relation, r.object): r.modality for r in ex.relations}
    assert got.get(("Cyril Ramaphosa", "visits", "Angola")) == "future"
    assert ("João Lourenço", "hosts", "Cyril Ramaphosa") not in got


NATIONAL_DAY = [
    # a state's own day: the state is congratulated with the addressee
    (
        XI + "Xi sent a message of congratulations to Emmanuel Macron, President of France, "
        "for his country's National Day.",
        {("Xi Jinping", "congratulates", "France")},
        {("Xi Jinping", "congratulates", "China")},
    ),
    (
        XI + "Xi congratulated Macron on the national day of France.",
        {("Xi Jinping", "congratulates", "France")},
        set(),
    ),
    # an election is the person's occasion, not the state's
    (
        XI + "Xi congratulated Macron on his re-election.",
        {("Xi Jinping", "congratulates", "Emmanuel Macron")},
        {("Xi Jinping", "congratulates", "France")},
    ),
]


@pytest.mark.parametrize("text,must,must_not", NATIONAL_DAY)
def test_national_day(text, must, must_not):
    got = run(text)
    assert must <= got, sorted(must - got)
    assert not (must_not & got), sorted(must_not & got)


UN = "President Xi Jinping met Secretary-General Ban Ki-moon of the United Nations.\n\n"

GROUPINGS = [
    # an appositive membership belongs to the state it follows, not the speaker
    (
        UN + "Ban highlighted China's important role, as a permanent member of the Security "
        "Council.",
        {("China", "memberOf", "UN Security Council")},
        {("South Korea", "memberOf", "UN Security Council")},
    ),
    # a grouping followed by its members
    (
        UN + "The leaders of the G7 (Canada, France, Germany, Italy, Japan, the United Kingdom "
        "and the United States) met in Hiroshima.",
        {("Canada", "memberOf", "G7"), ("Japan", "memberOf", "G7")},
        set(),
    ),
    # an abbreviation in brackets is no list of members
    (
        UN + "Xi praised Ghana's role as a founding member of the Economic Community of West "
        "African States (ECOWAS).",
        {("Ghana", "memberOf", "Economic Community of West African States")},
        set(),
    ),
]


@pytest.mark.parametrize("text,must,must_not", GROUPINGS)
def test_groupings(text, must, must_not):
    got = run(text)
    assert must <= got, sorted(must - got)
    assert not (must_not & got), sorted(must_not & got)


PORTUGAL = (
    "President Marcelo Rebelo de Sousa of Portugal met President Emmanuel Macron of France.\n\n"
)

ACCESSION = [
    # accession that happened is membership (ANNOTATION 8); a bid for it is not
    (
        PORTUGAL + "Portugal celebrates 30 years of accession to the European Union.",
        {("Portugal", "memberOf", "European Union")},
        set(),
    ),
    (
        PORTUGAL + "Macron recalled that Croatia acceded to the European Union in 2013.",
        {("Croatia", "memberOf", "European Union")},
        set(),
    ),
    (
        PORTUGAL + "Macron said France supports Ukraine's accession to the European Union.",
        set(),
        {("Ukraine", "memberOf", "European Union")},
    ),
]


@pytest.mark.parametrize("text,must,must_not", ACCESSION)
def test_accession(text, must, must_not):
    got = run(text)
    assert must <= got, sorted(must - got)
    assert not (must_not & got), sorted(must_not & got)


URGING = [
    # a request placed on a named actor (ANNOTATION 8: "asked for X's understanding")
    (
        LEAD + "Trudeau called for Iran to release the detained journalists.",
        {("Justin Trudeau", "urges", "Iran")},
        set(),
    ),
    (
        LEAD + "Sunak asked for China's understanding on the matter.",
        {("Rishi Sunak", "urges", "China")},
        set(),
    ),
    (
        LEAD + "Sunak demanded that Russia withdraw its troops.",
        {("Rishi Sunak", "urges", "Russia")},
        set(),
    ),
    (
        LEAD + "Trudeau called for calm.",
        set(),
        {("Justin Trudeau", "urges", "United Kingdom")},
    ),
    # an obligation binds the whole list; with the speaker's own state in it, a joint aim
    (
        LEAD + "Trudeau said Iran and Russia must stop the attacks.",
        {("Justin Trudeau", "urges", "Iran"), ("Justin Trudeau", "urges", "Russia")},
        set(),
    ),
    (
        LEAD + "Trudeau said Canada and the United Kingdom must work together.",
        set(),
        {("Canada", "urges", "United Kingdom"), ("Justin Trudeau", "urges", "United Kingdom")},
    ),
    # nor does a noun's complement: nobody is bound by "the war between A and B must end"
    (
        LEAD + "Trudeau said the war between Russia and Ukraine must end.",
        set(),
        {("Justin Trudeau", "urges", "Russia"), ("Justin Trudeau", "urges", "Ukraine")},
    ),
]


@pytest.mark.parametrize("text,must,must_not", URGING)
def test_urging(text, must, must_not):
    got = run(text)
    assert must <= got, sorted(must - got)
    assert not (must_not & got), sorted(must_not & got)


THANKS = [
    # thanks for someone's cooperation is cooperation both ways (ANNOTATION 8)
    (
        LEAD + "Sunak thanked Trudeau for his cooperation to date.",
        {("Rishi Sunak", "thanks", "Justin Trudeau")} | both("Justin Trudeau", "Rishi Sunak"),
        set(),
    ),
    (
        LEAD + "Sunak thanked Trudeau for his support.",
        {("Rishi Sunak", "thanks", "Justin Trudeau")},
        both("Justin Trudeau", "Rishi Sunak"),
    ),
    # appreciation for someone's visit or message is thanks
    (
        LEAD + "Sunak expressed appreciation for Trudeau's kind words on the anniversary.",
        {("Rishi Sunak", "thanks", "Justin Trudeau")},
        set(),
    ),
]


@pytest.mark.parametrize("text,must,must_not", THANKS)
def test_thanks(text, must, must_not):
    got = run(text)
    assert must <= got, sorted(must - got)
    assert not (must_not & got), sorted(must_not & got)


ACTION_AGAINST = [
    # endorsing action against an actor opposes it, whoever acts (ANNOTATION 8)
    (
        LEAD + "They stressed the useful part the coalition plays in the fight against Daesh.",
        {
            ("Justin Trudeau", "opposes", "Islamic State"),
            ("Rishi Sunak", "opposes", "Islamic State"),
        },
        set(),
    ),
    (
        LEAD + "They reaffirmed their commitment to help monitor United Nations sanctions against "
        "North Korea.",
        {("Justin Trudeau", "opposes", "North Korea")},
        {("United Nations", "opposes", "North Korea")},
    ),
    # another state's act against an actor is that state's; discussing sanctions is a topic
    (
        LEAD + "Trudeau raised concerns about China's trade measures against Lithuania.",
        set(),
        {("Justin Trudeau", "opposes", "Lithuania"), ("China", "opposes", "Lithuania")},
    ),
    (
        LEAD + "The leaders discussed sanctions against Iran.",
        set(),
        {("Justin Trudeau", "opposes", "Iran")},
    ),
]


@pytest.mark.parametrize("text,must,must_not", ACTION_AGAINST)
def test_action_against(text, must, must_not):
    got = run(text)
    assert must <= got, sorted(must - got)
    assert not (must_not & got), sorted(must_not & got)


CALL = (
    "Prime Minister Justin Trudeau spoke with Prime Minister Rishi Sunak of the United Kingdom.\n\n"
)

CONDOLENCES = [
    # joint condolences with no addressee: each to the other and the other's state
    (
        CALL + "Trudeau and Sunak expressed sincere condolences for the loss of lives in the "
        "crash.",
        both("Justin Trudeau", "Rishi Sunak", "condoles")
        | {("Justin Trudeau", "condoles", "United Kingdom"), ("Rishi Sunak", "condoles", "Canada")},
        {("Rishi Sunak", "condoles", "United Kingdom")},
    ),
    # one speaker's condolences with no addressee go to the interlocutor
    (
        CALL + "Sunak offered his condolences over the loss of lives in the storm.",
        {("Rishi Sunak", "condoles", "Justin Trudeau")},
        {("Justin Trudeau", "condoles", "Rishi Sunak")},
    ),
]


@pytest.mark.parametrize("text,must,must_not", CONDOLENCES)
def test_condolences(text, must, must_not):
    got = run(text)
    assert must <= got, sorted(must - got)
    assert not (must_not & got), sorted(must_not & got)


def test_appreciation_of_an_actors_positions_is_praise():
    text = UN + "Xi expressed China's appreciation for the fair positions of the Secretary-General."
    assert ("China", "praises", "Ban Ki-moon") in run(text)
    text = UN + "Xi expressed China's appreciation for the fair positions on trade."
    assert not {t for t in run(text) if t[1] == "praises"}
