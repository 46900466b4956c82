"""Round 7 "lexicon": the words offices of many traditions use for each relation (issue 13).

Each case is one wording family the cue tables did not know (a verb and its synonyms, a
light verb with a noun, an idiom, an actor inside the object), in a short readout of our
own; the near negatives beside them are where the same words must give nothing.
Sentences written for this test.
"""

from __future__ import annotations

import pytest
from reading import relations

PRETORIA = (
    "President Ramaphosa hosts President Tinubu\n\n"
    "President Cyril Ramaphosa today met President Bola Tinubu of the Federal Republic of "
    "Nigeria at the Union Buildings in Pretoria.\n"
)
RAMAPHOSA, TINUBU = "Cyril Ramaphosa", "Bola Tinubu"
ZA, NG = "South Africa", "Nigeria"


def run(sentence: str) -> set:
    return relations(PRETORIA + sentence + "\n", "2023-12-04", "The Presidency of South Africa")


FAMILIES = [
    # congratulates: the verb of South Asian and Gulf offices, and congratulations on what
    # the addressee owns; greetings on an occasion
    (
        "felicitated",
        "Ramaphosa felicitated Tinubu on his inauguration.",
        (RAMAPHOSA, "congratulates", TINUBU),
    ),
    (
        "congratulations on X's",
        "Ramaphosa offered his warm congratulations on Tinubu's election victory.",
        (RAMAPHOSA, "congratulates", TINUBU),
    ),
    (
        "greeted on an occasion",
        "Ramaphosa greeted Tinubu on the occasion of Nigeria's Independence Day.",
        (RAMAPHOSA, "congratulates", TINUBU),
    ),
    # thanks: adjective, "with gratitude", "appreciated X for" what X gave
    (
        "thankful to",
        "Ramaphosa said South Africa was thankful to Nigeria for its generosity.",
        (ZA, "thanks", NG),
    ),
    (
        "acknowledged with gratitude",
        "Ramaphosa acknowledged with gratitude Nigeria's assistance after the floods.",
        (RAMAPHOSA, "thanks", NG),
    ),
    (
        "thanks imply the aid",
        "Ramaphosa acknowledged with gratitude Nigeria's assistance after the floods.",
        (NG, "assists", ZA),
    ),
    (
        "appreciated X for his hospitality",
        "Tinubu appreciated Ramaphosa for his gracious hospitality.",
        (TINUBU, "thanks", RAMAPHOSA),
    ),
    (
        "thanks for an invitation",
        "Tinubu thanked Ramaphosa for the invitation to visit South Africa.",
        (RAMAPHOSA, "invites", TINUBU),
    ),
    # praises
    (
        "saluted",
        "Ramaphosa saluted Nigeria's role in regional peacekeeping.",
        (RAMAPHOSA, "praises", NG),
    ),
    (
        "extolled",
        "Ramaphosa extolled Nigeria's progress in digital payments.",
        (RAMAPHOSA, "praises", NG),
    ),
    (
        "complimented",
        "Ramaphosa complimented Tinubu for his bold reforms.",
        (RAMAPHOSA, "praises", TINUBU),
    ),
    (
        "admiration for",
        "Ramaphosa expressed admiration for Nigeria's creative industries.",
        (RAMAPHOSA, "praises", NG),
    ),
    (
        "high regard for",
        "Ramaphosa expressed high regard for Nigeria's leadership in ECOWAS.",
        (RAMAPHOSA, "praises", NG),
    ),
    (
        "credited with",
        "Ramaphosa credited Tinubu with restoring calm in the region.",
        (RAMAPHOSA, "praises", TINUBU),
    ),
    # supports
    (
        "championed",
        "Ramaphosa said South Africa had championed Nigeria's candidacy.",
        (ZA, "supports", NG),
    ),
    (
        "threw weight behind",
        "Ramaphosa threw his weight behind Nigeria's bid to host the games.",
        (RAMAPHOSA, "supports", NG),
    ),
    (
        "firmly behind",
        "Ramaphosa said South Africa was firmly behind Nigeria.",
        (ZA, "supports", NG),
    ),
    (
        "rallied behind",
        "Ramaphosa said South Africa rallied behind Nigeria after the floods.",
        (ZA, "supports", NG),
    ),
    (
        "on the side of",
        "Ramaphosa said South Africa would always be on the side of Nigeria.",
        (ZA, "supports", NG),
    ),
    (
        "sided with",
        "Ramaphosa said South Africa sided with Nigeria on the fishing dispute.",
        (ZA, "supports", NG),
    ),
    (
        "supportive of",
        "Ramaphosa said South Africa was supportive of Nigeria's application.",
        (ZA, "supports", NG),
    ),
    (
        "support of X for Y",
        "Ramaphosa affirmed the steadfast support of South Africa for Nigeria.",
        (ZA, "supports", NG),
    ),
    # opposes
    (
        "stands against",
        "Ramaphosa said South Africa stands firmly against Iran's nuclear ambitions.",
        (ZA, "opposes", "Iran"),
    ),
    (
        "opposition of X to",
        "Ramaphosa reiterated the opposition of South Africa to the DPRK's missile launches.",
        (ZA, "opposes", "North Korea"),
    ),
    # criticizes: verbs, a protest lodged, disappointment and its kin at what an actor did
    (
        "decried",
        "Ramaphosa decried Iran's repression of peaceful protesters.",
        (RAMAPHOSA, "criticizes", "Iran"),
    ),
    (
        "took issue with",
        "Ramaphosa took issue with Iran's detention of foreign nationals.",
        (RAMAPHOSA, "criticizes", "Iran"),
    ),
    (
        "lodged a protest with",
        "Ramaphosa lodged a strong protest with the DPRK over the launch.",
        (RAMAPHOSA, "criticizes", "North Korea"),
    ),
    (
        "protested X's",
        "Ramaphosa protested Iran's seizure of the tanker.",
        (RAMAPHOSA, "criticizes", "Iran"),
    ),
    (
        "disappointment at X's",
        "Ramaphosa voiced disappointment at Iran's decision to expel the inspectors.",
        (RAMAPHOSA, "criticizes", "Iran"),
    ),
    (
        "dismay at X's",
        "Ramaphosa expressed dismay at the DPRK's continued provocations.",
        (RAMAPHOSA, "criticizes", "North Korea"),
    ),
    (
        "outrage at X's",
        "Ramaphosa expressed outrage at Hamas's attack on Israel.",
        (RAMAPHOSA, "criticizes", "Hamas"),
    ),
    (
        "regretted X's",
        "Ramaphosa regretted Iran's decision to suspend the talks.",
        (RAMAPHOSA, "criticizes", "Iran"),
    ),
    (
        "held X responsible",
        "Ramaphosa held the DPRK responsible for the escalation.",
        (RAMAPHOSA, "criticizes", "North Korea"),
    ),
    # urges
    (
        "implored",
        "Ramaphosa implored Israel to exercise restraint.",
        (RAMAPHOSA, "urges", "Israel"),
    ),
    (
        "impressed upon",
        "Ramaphosa impressed upon Tinubu the need to hold free elections.",
        (RAMAPHOSA, "urges", TINUBU),
    ),
    (
        "prevailed upon",
        "Ramaphosa prevailed upon Tinubu to reopen the border crossing.",
        (RAMAPHOSA, "urges", TINUBU),
    ),
    (
        "pressed X on",
        "Ramaphosa pressed Tinubu on the need to lower tariffs.",
        (RAMAPHOSA, "urges", TINUBU),
    ),
    # invites
    (
        "proposed that X visit",
        "Ramaphosa proposed that Tinubu visit South Africa next year.",
        (RAMAPHOSA, "invites", TINUBU),
    ),
    (
        "welcome X to visit",
        "Ramaphosa said he would welcome Tinubu to visit South Africa at an early date.",
        (RAMAPHOSA, "invites", TINUBU),
    ),
    # condoles
    (
        "shared the grief",
        "Ramaphosa said South Africa shared the grief of the people of Nigeria.",
        (ZA, "condoles", NG),
    ),
    (
        "mourned with",
        "Ramaphosa said South Africa mourned with Nigeria for the victims.",
        (ZA, "condoles", NG),
    ),
    (
        "commiserated with",
        "Ramaphosa commiserated with Tinubu over the devastation caused by the floods.",
        (RAMAPHOSA, "condoles", TINUBU),
    ),
    (
        "sorrow to",
        "Ramaphosa expressed his deep sorrow to Tinubu at the loss of life.",
        (RAMAPHOSA, "condoles", TINUBU),
    ),
    (
        "thoughts with",
        "Ramaphosa said his thoughts were with the people of Nigeria at this difficult time.",
        (RAMAPHOSA, "condoles", NG),
    ),
    (
        "sympathies of X to",
        "Ramaphosa conveyed the sympathies of South Africa to Nigeria over the tragedy.",
        (ZA, "condoles", NG),
    ),
    # assists
    (
        "supply X with",
        "Ramaphosa said South Africa will supply Nigeria with emergency medical equipment.",
        (ZA, "assists", NG),
    ),
    (
        "donated to",
        "Ramaphosa said South Africa donated ambulances to Nigeria.",
        (ZA, "assists", NG),
    ),
    (
        "disbursed to",
        "Ramaphosa said South Africa disbursed a loan of $200 million to Nigeria.",
        (ZA, "assists", NG),
    ),
    (
        "contributed a sum to",
        "Ramaphosa said South Africa contributed $10 million to Nigeria's reconstruction.",
        (ZA, "assists", NG),
    ),
    (
        "granted X a credit",
        "Ramaphosa said South Africa granted Nigeria a line of credit.",
        (ZA, "assists", NG),
    ),
    # cooperatesWith
    (
        "bolster relations",
        "Ramaphosa and Tinubu pledged to bolster bilateral relations.",
        (RAMAPHOSA, "cooperatesWith", TINUBU),
    ),
    (
        "reinforce partnership",
        "Ramaphosa said South Africa was determined to reinforce its partnership with Nigeria.",
        (ZA, "cooperatesWith", NG),
    ),
    (
        "cement ties",
        "Ramaphosa and Tinubu agreed to further cement ties between their countries.",
        (TINUBU, "cooperatesWith", RAMAPHOSA),
    ),
    (
        "bonds of friendship",
        "Ramaphosa and Tinubu agreed to strengthen the bonds of friendship between them.",
        (RAMAPHOSA, "cooperatesWith", TINUBU),
    ),
    (
        "to new heights",
        "Ramaphosa and Tinubu agreed to take bilateral relations to new heights.",
        (RAMAPHOSA, "cooperatesWith", TINUBU),
    ),
    (
        "reinforce joint efforts",
        "Ramaphosa and Tinubu agreed to reinforce joint efforts on migration.",
        (RAMAPHOSA, "cooperatesWith", TINUBU),
    ),
    (
        "joint efforts",
        "Ramaphosa and Tinubu agreed to step up joint efforts against terrorism.",
        (RAMAPHOSA, "cooperatesWith", TINUBU),
    ),
    (
        "team up with",
        "Ramaphosa said South Africa will team up with Nigeria to build refineries.",
        (ZA, "cooperatesWith", NG),
    ),
    # cooperatesVia
    (
        "under the aegis of",
        "Ramaphosa said South Africa will work with Nigeria under the aegis of the African Union.",
        (ZA, "cooperatesVia", "African Union"),
    ),
    # visits and hosts
    ("toured", "Ramaphosa recalled that he toured Nigeria in 2019.", (RAMAPHOSA, "visits", NG)),
    (
        "trip abroad to",
        "Ramaphosa recalled his first trip abroad to Nigeria.",
        (RAMAPHOSA, "visits", NG),
    ),
    (
        "journey to",
        "Ramaphosa recalled his journey to Nigeria last year.",
        (RAMAPHOSA, "visits", NG),
    ),
    (
        "stopover in",
        "Tinubu made a stopover in South Africa on his way to the summit.",
        (TINUBU, "visits", ZA),
    ),
    ("red carpet", "Ramaphosa rolled out the red carpet for Tinubu.", (RAMAPHOSA, "hosts", TINUBU)),
    # round two of the probes: more of the weakest relations
    (
        "on X's side",
        "Ramaphosa said South Africa was firmly on Nigeria's side.",
        (ZA, "supports", NG),
    ),
    (
        "endorsement of",
        "Ramaphosa reiterated South Africa's endorsement of Nigeria's candidacy.",
        (ZA, "supports", NG),
    ),
    (
        "vote for",
        "Ramaphosa said South Africa would vote for Nigeria's candidate.",
        (ZA, "supports", NG),
    ),
    (
        "lambasted",
        "Ramaphosa lambasted Iran's destabilising behaviour.",
        (RAMAPHOSA, "criticizes", "Iran"),
    ),
    (
        "reprimanded",
        "Ramaphosa reprimanded the DPRK over its provocations.",
        (RAMAPHOSA, "criticizes", "North Korea"),
    ),
    (
        "called out X's",
        "Ramaphosa called out Iran's malign activities in the region.",
        (RAMAPHOSA, "criticizes", "Iran"),
    ),
    (
        "objected to X's",
        "Ramaphosa objected to Iran's interference in the region.",
        (RAMAPHOSA, "criticizes", "Iran"),
    ),
    (
        "disapproval of X's",
        "Ramaphosa expressed disapproval of Iran's decision.",
        (RAMAPHOSA, "criticizes", "Iran"),
    ),
    (
        "spoke warmly of",
        "Ramaphosa spoke warmly of Nigeria's contribution to peacekeeping.",
        (RAMAPHOSA, "praises", NG),
    ),
    (
        "X's leadership was invaluable",
        "Ramaphosa said Nigeria's leadership had been invaluable.",
        (RAMAPHOSA, "praises", NG),
    ),
    (
        "acclaimed",
        "Ramaphosa acclaimed Nigeria's achievements in film.",
        (RAMAPHOSA, "praises", NG),
    ),
    (
        "accepted the invitation extended by",
        "Tinubu accepted with pleasure the invitation extended by Ramaphosa.",
        (RAMAPHOSA, "invites", TINUBU),
    ),
    (
        "invitation for X to",
        "Ramaphosa reiterated the invitation for Tinubu to visit South Africa.",
        (RAMAPHOSA, "invites", TINUBU),
    ),
    (
        "stood firm against",
        "Ramaphosa said South Africa stood firm against Iran's pressure.",
        (ZA, "opposes", "Iran"),
    ),
    (
        "against an act by X",
        "Ramaphosa said South Africa is against any change of the status quo by the DPRK.",
        (ZA, "opposes", "North Korea"),
    ),
    (
        "helping hand",
        "Ramaphosa said South Africa extended a helping hand to Nigeria during the floods.",
        (ZA, "assists", NG),
    ),
    (
        "send X supplies",
        "Ramaphosa said South Africa will send Nigeria additional humanitarian supplies.",
        (ZA, "assists", NG),
    ),
    (
        "rushed relief to",
        "Ramaphosa said South Africa rushed relief supplies to Nigeria.",
        (ZA, "assists", NG),
    ),
    (
        "deployed a team to",
        "Ramaphosa said South Africa deployed a medical team to Nigeria.",
        (ZA, "assists", NG),
    ),
    (
        "funded X's",
        "Ramaphosa said South Africa funded Nigeria's new hospital.",
        (ZA, "assists", NG),
    ),
    (
        "sadness to",
        "Ramaphosa conveyed his sadness to Tinubu over the loss of life.",
        (RAMAPHOSA, "condoles", TINUBU),
    ),
    (
        "sadness at deaths",
        "Ramaphosa expressed his sadness at the deaths caused by the floods.",
        (RAMAPHOSA, "condoles", TINUBU),
    ),
    (
        "pushed X to",
        "Ramaphosa pushed Tinubu to release the detained activists.",
        (RAMAPHOSA, "urges", TINUBU),
    ),
    (
        "counselled X to",
        "Ramaphosa counselled Iran to show restraint.",
        (RAMAPHOSA, "urges", "Iran"),
    ),
    # the giver named after the receiver: a passive, "received ... from"
    (
        "backed by, in the passive",
        "Nigeria's bid was strongly backed by Ramaphosa.",
        (RAMAPHOSA, "supports", NG),
    ),
    (
        "received assistance from",
        "Ramaphosa said South Africa had received humanitarian assistance from Nigeria.",
        (NG, "assists", ZA),
    ),
    (
        "received support from",
        "Ramaphosa said South Africa had received strong support from Nigeria.",
        (NG, "supports", ZA),
    ),
    # praise of what a people showed, and of "his" leadership when he is the other
    (
        "tribute to the courage of",
        "Ramaphosa paid tribute to the courage of the Nigerian people.",
        (RAMAPHOSA, "praises", NG),
    ),
    (
        "commended his leadership",
        "Ramaphosa congratulated Tinubu and commended his leadership.",
        (RAMAPHOSA, "praises", TINUBU),
    ),
    (
        "commended his leadership, alone",
        "Ramaphosa commended his leadership on climate finance.",
        (RAMAPHOSA, "praises", TINUBU),
    ),
    # a reception named as the visit received, work made one, thanks for a gesture, and a
    # style ("His Highness") aimed at the other person, not at the one who acts
    (
        "received the visit of",
        "Ramaphosa received the official visit of President Tinubu.",
        (RAMAPHOSA, "hosts", TINUBU),
    ),
    (
        "synergize",
        "Ramaphosa and Tinubu agreed to synergize efforts on energy.",
        (RAMAPHOSA, "cooperatesWith", TINUBU),
    ),
    (
        "appreciation for the gesture",
        "Tinubu voiced appreciation for the gesture.",
        (TINUBU, "thanks", RAMAPHOSA),
    ),
    # travel, a stay for talks, hosting at table, and invitations handed over
    ("flew to", "Ramaphosa flew to Nigeria for talks.", (RAMAPHOSA, "visits", NG)),
    ("headed to", "Ramaphosa headed to Nigeria after the summit.", (RAMAPHOSA, "visits", NG)),
    (
        "was in X for talks",
        "Tinubu was in South Africa for talks with Ramaphosa.",
        (TINUBU, "visits", ZA),
    ),
    (
        "entertained",
        "Ramaphosa entertained Tinubu at a state dinner.",
        (RAMAPHOSA, "hosts", TINUBU),
    ),
    (
        "letter of invitation",
        "Ramaphosa handed Tinubu a letter of invitation to visit South Africa.",
        (RAMAPHOSA, "invites", TINUBU),
    ),
    ("an invite", "Ramaphosa extended an invite to Tinubu.", (RAMAPHOSA, "invites", TINUBU)),
    # the idioms of foreign ministries' protests, and trust built between states
    (
        "stern representations",
        "Ramaphosa said South Africa had lodged stern representations with Japan.",
        (ZA, "criticizes", "Japan"),
    ),
    (
        "a protest against X's",
        "Ramaphosa lodged a strong protest against Iran's seizure of the vessel.",
        (RAMAPHOSA, "criticizes", "Iran"),
    ),
    (
        "dissatisfaction with X's",
        "Ramaphosa expressed strong dissatisfaction with Japan's decision.",
        (RAMAPHOSA, "criticizes", "Japan"),
    ),
    (
        "destructive actions of X",
        "Ramaphosa drew attention to the destructive actions of Japan in the region.",
        (RAMAPHOSA, "criticizes", "Japan"),
    ),
    (
        "mutual trust",
        "Ramaphosa said South Africa wishes to enhance political mutual trust with Nigeria.",
        (ZA, "cooperatesWith", NG),
    ),
    (
        "sympathy to the families and the people of X",
        "Ramaphosa extended condolences to the families of the victims and the people of Nigeria.",
        (RAMAPHOSA, "condoles", NG),
    ),
    (
        "congratulations on a people's day",
        "Ramaphosa offered congratulations on Nigeria Independence Day.",
        (RAMAPHOSA, "congratulates", NG),
    ),
    (
        "saddened by deaths",
        "Ramaphosa said he was deeply saddened by the deaths of miners in the floods.",
        (RAMAPHOSA, "condoles", TINUBU),
    ),
]


@pytest.mark.parametrize(
    ("sentence", "triple"), [f[1:] for f in FAMILIES], ids=[f[0] for f in FAMILIES]
)
def test_a_wording_family_gives_its_relation(sentence, triple):
    got = run(sentence)
    assert triple in got, f"{sentence!r} gives {sorted(t for t in got if t[1] != 'leaderOf')}"


NEAR_NEGATIVES = [
    # the same words where the relation is not there
    (
        "greeted on arrival is no congratulation",
        "Ramaphosa greeted Tinubu on his arrival at the airport.",
        (RAMAPHOSA, "congratulates", TINUBU),
    ),
    (
        "greeted on an occasion is no hosting",
        "Ramaphosa greeted Tinubu on the occasion of Nigeria's Independence Day.",
        (RAMAPHOSA, "hosts", TINUBU),
    ),
    (
        "appreciated X for efforts is praise, not thanks",
        "Ramaphosa appreciated Nigeria for its efforts in mediation.",
        (RAMAPHOSA, "thanks", NG),
    ),
    (
        "credited a body",
        "Ramaphosa credited the joint commission with the progress.",
        (RAMAPHOSA, "praises", TINUBU),
    ),
    ("a gun salute", "Tinubu was accorded a 21-gun salute.", (TINUBU, "praises", ZA)),
    (
        "behind an attack is no support",
        "Ramaphosa said Iran was behind Hamas's attack on Israel.",
        ("Iran", "supports", "Hamas"),
    ),
    (
        "on the side of a cause",
        "Ramaphosa said South Africa was on the side of peace.",
        (ZA, "supports", NG),
    ),
    (
        "not supportive",
        "Ramaphosa said South Africa was not supportive of Nigeria's proposal.",
        (ZA, "supports", NG),
    ),
    (
        "protests as a noun",
        "The two leaders discussed the protests against Iran's government.",
        (RAMAPHOSA, "criticizes", "Iran"),
    ),
    (
        "regret at a death",
        "Ramaphosa conveyed deep regret at Tinubu's mother's death.",
        (RAMAPHOSA, "criticizes", TINUBU),
    ),
    (
        "a press conference",
        "Ramaphosa told a press conference that Iran was isolated.",
        (RAMAPHOSA, "urges", "Iran"),
    ),
    (
        "welcomed to the country is hosting, not inviting",
        "Ramaphosa welcomed Tinubu to South Africa.",
        (RAMAPHOSA, "invites", TINUBU),
    ),
    (
        "welcome to visit is no hosting",
        "Ramaphosa said he would welcome Tinubu to visit South Africa at an early date.",
        (RAMAPHOSA, "hosts", TINUBU),
    ),
    (
        "war brought grief",
        "Ramaphosa said the war had brought grief to Ukraine.",
        (RAMAPHOSA, "condoles", "Ukraine"),
    ),
    (
        "thoughts on a subject",
        "Ramaphosa shared his thoughts with Tinubu on the economy.",
        (RAMAPHOSA, "condoles", TINUBU),
    ),
    (
        "give a chance",
        "Ramaphosa said South Africa would give Nigeria a chance to respond.",
        (ZA, "assists", NG),
    ),
    (
        "bolster a capacity",
        "Ramaphosa noted that Iran was trying to bolster its nuclear capacity.",
        (RAMAPHOSA, "cooperatesWith", TINUBU),
    ),
    (
        "forge a consensus",
        "Ramaphosa called for forging a global consensus on artificial intelligence.",
        (RAMAPHOSA, "cooperatesWith", TINUBU),
    ),
    (
        "tour d'horizon",
        "Ramaphosa and Tinubu held a tour d'horizon of regional issues.",
        (RAMAPHOSA, "visits", NG),
    ),
    (
        "journey to a goal",
        "Ramaphosa discussed Nigeria's journey to net zero.",
        (RAMAPHOSA, "visits", NG),
    ),
    (
        "called out to a person",
        "Ramaphosa called out to Tinubu as he arrived.",
        (RAMAPHOSA, "criticizes", TINUBU),
    ),
    (
        "a role under review",
        "Ramaphosa said Nigeria's role was under review.",
        (RAMAPHOSA, "praises", NG),
    ),
    (
        "force by any party",
        "Ramaphosa said South Africa opposes the use of force by any party.",
        (ZA, "opposes", NG),
    ),
    (
        "the one done to is not the doer",
        "Ramaphosa said South Africa is against the exclusion of Nigeria by the bank.",
        (ZA, "opposes", NG),
    ),
    (
        "sadness over relations",
        "Ramaphosa expressed sadness over the state of relations with Iran.",
        (RAMAPHOSA, "condoles", TINUBU),
    ),
    (
        "troops deployed",
        "Ramaphosa said South Africa deployed troops to Nigeria's border.",
        (ZA, "assists", NG),
    ),
    (
        "push back",
        "Ramaphosa said South Africa would push back against Iran's attempts to expand.",
        (RAMAPHOSA, "urges", "Iran"),
    ),
    (
        "aid not received",
        "Ramaphosa said South Africa had not received any assistance from Nigeria.",
        (NG, "assists", ZA),
    ),
    (
        "a group backed by a state",
        "Ramaphosa said the rebels backed by Iran must disarm.",
        (RAMAPHOSA, "supports", "Iran"),
    ),
    (
        "a letter received from",
        "Ramaphosa said he had received a letter from Tinubu.",
        (TINUBU, "supports", RAMAPHOSA),
    ),
    (
        "praise of one's own",
        "Ramaphosa praised his own government's efforts.",
        (RAMAPHOSA, "praises", TINUBU),
    ),
    ("thanks to one's team", "Ramaphosa thanked his team.", (RAMAPHOSA, "thanks", TINUBU)),
    (
        "wisdom of no actor",
        "Ramaphosa admired the wisdom of the elders.",
        (RAMAPHOSA, "praises", NG),
    ),
    (
        "an offer someone else made",
        "Ramaphosa expressed appreciation for the offer of the World Bank.",
        (RAMAPHOSA, "thanks", TINUBU),
    ),
    (
        "a visit recalled",
        "Ramaphosa recalled the visit of the Nigerian President in 2019.",
        (RAMAPHOSA, "hosts", TINUBU),
    ),
    (
        "in talks with a body",
        "Ramaphosa said Nigeria was in talks with the IMF.",
        (NG, "visits", "International Monetary Fund"),
    ),
    (
        "entertain no proposal",
        "Ramaphosa said South Africa would entertain no proposals.",
        (ZA, "hosts", NG),
    ),
    (
        "headed to a place",
        "Ramaphosa said the delegation headed to the airport.",
        (RAMAPHOSA, "visits", NG),
    ),
    (
        "no aid received",
        "Ramaphosa said South Africa has received no assistance from Nigeria.",
        (NG, "assists", ZA),
    ),
    (
        "actions discussed",
        "The two leaders discussed the provocative actions of the DPRK.",
        (RAMAPHOSA, "criticizes", "North Korea"),
    ),
    (
        "representations to a committee",
        "Ramaphosa said South Africa made representations to the committee.",
        (ZA, "criticizes", NG),
    ),
    (
        "protests by citizens",
        "Ramaphosa said protests against the government of Nigeria were peaceful.",
        (RAMAPHOSA, "criticizes", NG),
    ),
    (
        "nobody as the subject",
        "Ramaphosa said nobody should be thankful to Iran for the ceasefire.",
        (RAMAPHOSA, "thanks", "Iran"),
    ),
    (
        "two parties after sympathy",
        "Ramaphosa sent condolences to families of those killed in clashes between Sudan and Chad.",
        (RAMAPHOSA, "condoles", "Chad"),
    ),
    (
        "two parties after congratulations",
        "In his letter of congratulations, Ramaphosa recalled the ties between Kenya and Nigeria.",
        (RAMAPHOSA, "congratulates", NG),
    ),
    (
        "a party after congratulations",
        "In his message of congratulations, Ramaphosa noted the summit and Nigeria.",
        (RAMAPHOSA, "congratulates", NG),
    ),
    (
        "saddened by a policy",
        "Ramaphosa said he was saddened by the slow pace of reform.",
        (RAMAPHOSA, "condoles", TINUBU),
    ),
]


CALL = (
    "PM speaks to the President of the UAE\n\n"
    "Prime Minister Shehbaz Sharif held a telephone conversation with the President of the "
    "United Arab Emirates, Sheikh Mohamed bin Zayed Al Nahyan.\n"
)


def test_a_style_aimed_by_one_person_is_the_other_person():
    got = relations(
        CALL + "The Prime Minister expressed deep gratitude to His Highness for the support.\n",
        "2023-06-12",
        "Prime Minister's Office of Pakistan",
    )
    assert ("Shehbaz Sharif", "thanks", "Mohamed bin Zayed Al Nahyan") in got


LETTER = (
    "Message from President Ramaphosa to President Tinubu\n\n"
    "Your Excellency,\n"
    "Please accept my sincere congratulations on your inauguration as President.\n"
)


def test_congratulations_on_your_day_in_a_letter_go_to_its_addressee():
    got = relations(LETTER, "2023-05-29", "The Presidency of South Africa")
    assert (RAMAPHOSA, "congratulates", TINUBU) in got


def test_opposing_an_act_done_to_one_actor_by_another_opposes_the_doer():
    got = run("Ramaphosa said South Africa is against the sanctions imposed by Iran on Nigeria.")
    assert (ZA, "opposes", "Iran") in got
    assert (ZA, "opposes", NG) not in got


@pytest.mark.parametrize(
    ("sentence", "triple"), [f[1:] for f in NEAR_NEGATIVES], ids=[f[0] for f in NEAR_NEGATIVES]
)
def test_a_near_negative_gives_no_relation(sentence, triple):
    assert triple not in run(sentence)
