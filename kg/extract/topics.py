"""Topics: what the engagement covered, as short lower-case noun phrases.

A topic is the object of a phrase that says what was covered ("discussed X, Y and
Z", "exchanged views on X", "the situation in X", "support for X", "condolences
over X"), cut where the noun phrase ends, or a named event ("the Munich Security
Conference", "COP26") that no actor is.
"""

from __future__ import annotations

import re

from kg.extract.document import Doc, View
from kg.extract.mentions import Mention
from kg.extract.needs import needs
from kg.extract.topic_agents import agent_only_states
from kg.extract.topic_names import HEAD_WORDS, headed_names
from kg.extract.topic_places import place_only_states
from kg.extract.topic_subjects import subject_topics
from kg.text.casefold import CASE_FIXES, Folded

# Phrases after which a readout names what was covered.
LEADS = Folded.compile(
    # the lookahead lets the engine skip non-letters fast (0.18 -> 0.14 ms a readout)
    r"(?=[a-z])\b(?:discuss(?:ed|es|ing)?|(?:exchanged?|exchanging) (?:of )?"
    r"(?:views|opinions|ideas|information)(?: \w+){0,3}? (?:on|about|regarding|concerning)|"
    r"touched (?:base )?(?:up)?on|"
    r"(?:talked|spoke|speak|conferred|conversed) about|reviewed|focused on|focusing on|"
    # "informed his interlocutor about the situation at the front" (the Ukrainian style)
    r"inform(?:ed|s)? (?:\w+ ){0,3}?(?:about|on)|"
    r"(?:call|meeting|talks|conversation) (?:also )?(?:addressed|covered|focused on)|"
    r"addressed|(?:a )?special focus on|briefed (?:\w+ ){0,3}on|"
    r"(?:cooperation|coordination|collaboration|partnership|ties|exchanges) (?:in|on|against|"
    r"across)|"
    r"in the (?:fields?|areas?|sectors?|spheres?) of|issues (?:such as|related to|of)|"
    r"(?:matters|issues) (?:regarding|concerning|pertaining to|relating to)|"
    # other words for talking over: "centred on X", "shared views on X"
    r"cent(?:red|ered) (?:on|around)|shared (?:their )?(?:views|perspectives|assessments|"
    r"insights)(?: \w+){0,3}? (?:on|about|regarding)|"
    # what the sides will work on together ("agreed to work together on X")
    r"(?:work|working) (?:together|closely) (?:on|in)|"
    r"(?:co-?operat|collaborat)(?:e|es|ed|ing) (?:together |closely |further )?(?:on|in)|"
    r"such (?:areas|issues|fields) as|areas such as|the (?:situation|developments?) (?:in|on|"
    r"around|regarding)|the conflict (?:in|between)|latest developments in|"
    r"congratulations? (?:\w+ ){0,3}on|congratulat(?:ed|e|es|ing) (?:\w+ ){0,6}?(?:on|for)|"
    r"felicitations on|"
    r"condolences? (?:\w+ ){0,8}?(?:over|for|on)|on the basis of|sympath(?:y|ies) (?:over|for)|"
    r"support for|commitment to|the importance of|the need (?:for|to)|concerns? (?:about|over)|"
    r"condemn(?:ed|s|ation of)|the occasion of|agreed on|progress (?:in|on)|"
    r"opposes?|opposed|including|such as|spoke about|talked about|welcomed|"
    r"reflected on|exchanged views on|updated (?:\w+ ){0,3}on|thanked (?:\w+ ){0,4}for|"
    r"(?:appreciation|gratitude) (?:for|of)|concerns? (?:regarding|at)|briefed (?:\w+ ){0,4}about|"
    r"invitation to|"
    # what is upheld or adhered to is a topic (ANNOTATION.md section 8: not `supports`)
    r"uph(?:old|olds|eld|olding)|adher(?:e|es|ed|ing) to|"
    # what a sentence turns to: "With regard to X,", "regarding X", "on the principle of X";
    # what is fought: "combating terrorism", "the fight against X"
    r"(?:with regard|in regards?|with respect|as regards|in relation) to|regarding|"
    r"on the (?:principles? of|issue of|question of|matter of)|violations? of|"
    r"(?:combat(?:t)?ing|fighting|fight against|to (?:combat|fight))(?: against)?|"
    # what an aim acts on: "efforts to restore fiscal sustainability", "to address food
    # insecurity", "agreed to expand direct flights"
    r"to (?:address|expand|improve|restore|mobili[sz]e|counter|foster|champion|reform|tackle|"
    r"safeguard|protect|preserve)|"
    # a list's focus: "particularly in agriculture and education", "matters of trade"
    r"(?:particularly|especially|notably|primarily|mainly|chiefly) (?:in|on)|"
    r"matters (?:of|related to|such as)|"
    # what a joint undertaking is about: "dialogue on X", "action against X", "exchange of X"
    r"(?:dialogue|consultations?|negotiations?|leadership|ambition|action|measures|steps|work) "
    r"(?:on|against|regarding)|(?:regular )?exchanges? of|"
    # what an agenda held: "the agenda included X", "the agenda also covered X"
    r"agenda (?:\w+ ){0,4}?(?:included|includes|covered|comprised)|"
    # a need placed on a non-actor (ANNOTATION.md 8): "called on the international
    # community to scale up X" -> X; an agreed aim: "X must never acquire Y" -> Y
    r"(?:call(?:ed|s|ing)? (?:on|upon)|urg(?:ed|es|ing)|appeal(?:ed|s)? to|invit(?:ed|es)) "
    r"the international community to|"
    r"(?:must|should|shall) (?:never|not)(?: be allowed to)? (?:acquire|obtain|possess|develop)|"
    r"remain free of)"
    # a list may follow a colon ("priorities including: trade, health and water")
    r"(?:\s*:)?\s+",
)
# The first word of every LEADS match: LEADS is tried only where one of these starts
# (a set lookup per word; scanning with ~70 alternatives at every word cost 0.14 ms a
# readout). A new lead phrase needs its first words here (tests/test_rules_r6_topics.py).
LEAD_FIRST = frozenset(
    b"discuss discussed discusses discussing exchange exchanged exchanging exchanges touched "
    b"talked spoke speak conferred conversed reviewed focused focusing informed inform informs "
    b"call meeting talks conversation congratulate congratulates congratulating "
    b"addressed a special briefed cooperation coordination collaboration partnership ties in "
    b"issues matters such areas the latest congratulation congratulations congratulated "
    b"felicitations condolence condolences on sympathy sympathies support commitment concern "
    b"concerns condemned condemns condemnation agreed progress oppose opposes opposed including "
    b"welcomed reflected updated thanked appreciation gratitude invitation with as regarding "
    b"violation violations combating combatting fighting fight to particularly especially "
    b"notably primarily mainly chiefly dialogue consultation consultations leadership ambition "
    b"action measures steps work negotiation negotiations regular uphold upholds upheld "
    b"upholding adhere adheres adhered "
    b"adhering centred centered shared working cooperate cooperates cooperated cooperating co "
    b"collaborate collaborates collaborated collaborating agenda call called calls calling "
    b"urged urges urging appeal appealed appeals invited invites must should shall remain".split()
)
# Common first words open a lead phrase only with one of these words later in it ("the
# situation in", "on the basis of", "to combat"): without one, no match is tried there.
LEAD_NEEDS = {
    b"a": frozenset([b"special"]),
    b"in": frozenset(
        b"field fields area areas sector sectors sphere spheres regard regards relation".split()
    ),
    b"the": frozenset(
        b"situation development developments conflict importance need occasion".split()
    ),
    b"on": frozenset(b"basis principle principles issue question matter".split()),
    b"to": frozenset(
        b"combat fight address expand improve restore mobilise mobilize counter foster champion "
        b"reform tackle safeguard protect preserve".split()
    ),
    b"with": frozenset([b"regard", b"respect"]),
    b"as": frozenset([b"regards"]),
}
# the aims and needs above are rare: their first words are common ones
_AIM = frozenset(b"acquire obtain possess develop".split())
_CALLS = b"called calls calling urged urges urging appeal appealed appeals invited invites".split()
LEAD_NEEDS.update({w: frozenset([b"community"]) for w in _CALLS})
LEAD_NEEDS.update({b"must": _AIM, b"should": _AIM, b"shall": _AIM, b"remain": frozenset([b"free"])})
STOP = re.compile(
    # a full stop, but not a dotted abbreviation's ("U.S. investment")
    r"\.(?<!\b[A-Z]\.)|"
    r"[;:()\"“”]|\s[–—-]\s|,\s*(?:and\s+)?(?:which|who|that|as well as|while|including|"
    # a relative clause led by its preposition ("the initiative, thanks to which ...")
    r"(?:thanks to|under|through|by|in|for|with|from|according to) (?:which|whom)|"
    r"noting|stressing|saying|adding|agreeing|expressing|and (?:agreed|expressed|stressed|"
    r"noted|reaffirmed))\b|\b(?:which|that|who|where|while|with a view|in order|so that|to "
    r"(?:ensure|promote|strengthen|address|support|discuss|enhance|further|deepen|expand|"
    r"improve|advance)|has|have|had|is|are|was|were|will|would|should|could|can|must|"
    r"said|says|noted|added|agreed|expressed|stressed|he|she|they|it|we|scheduled|"
    # a writer's own clause ("..., and I hope that"); "World War I and" goes on
    r"I (?:hope|trust|look|count|am|believe|wish|would|will|have|also|want)|"
    r"work for|as part of|in the coming|in detail|at length|at the meeting|during the|"
    r"this (?:morning|afternoon|evening|year|week)|today|yesterday|tomorrow|from \w+ \d|"
    r"between the two|with (?:his|her|their) (?:\w+ )?counterpart|"
    r"as (?:soon|early) as possible|in this (?:regard|context|respect)|"
    # a participle after its noun closes the phrase ("the agreements reached during the visit")
    r"(?:held|reached|signed|issued|taken|achieved|concluded|adopted) (?:there|here|"
    r"during|at|in|on|by|between|last|so far|earlier|today)|"
    # so does the act's agent ("the sabotage carried out by Russian services")
    r"(?:carried out|committed|perpetrated|conducted|orchestrated|staged) by)\b"
)
SPLIT = re.compile(
    r",\s*(?:and\s+)?|\s+and\s+(?!(?:economic|security|development|stability)\b)|"
    r"\s+as well as\s+"
)
# Words in -ing and in adjective endings that are nouns naming a subject ("mining",
# "peacekeeping", "the bombing of X", "the pandemic"): no gerund, no lone adjective
NOUN_ING = (
    r"(?!(?:mining|shipping|banking|housing|financing|peacekeeping|peacebuilding|farming|"
    r"fishing|trafficking|smuggling|manufacturing|training|funding|policing|bombings?|"
    r"killings?|shootings?|shelling|kidnappings?|hostage-taking|warming|spending|processing|"
    r"engineering|nursing|monitoring|vetting|licensing|recycling|dumping|hacking|"
    r"(?:capacity|nation|state|confidence)-building|fact-finding|money-laundering|"
    r"(?:money )?laundering|cybercrime|logging|whaling|(?:taking|assuming) office)\b)"
)
NOUN_ADJ = (
    r"(?!(?:pandemic|epidemic|traffic|music|arctic|antarctic|capital|festival|proposals?|"
    r"approval|renewal|withdrawal|arrival|initiative|offensive|objectives?|narrative|"
    r"anniversary|boundary|judiciary|sanctuary|referendum)$)"
)
DROP_LEAD = re.compile(
    r"^(?:the|a|an|their|its|his|her|our|your|both|further|for|on|in|of|about|"
    # the means of a list item is no part of it ("through the G7", "by boosting trade")
    r"through|by|within|via|"
    # a place's situation is the place ("the situation in the Sahel")
    r"situation (?:in|on|around|regarding)|developments (?:in|on|around|regarding)|"
    # an occasion named by its coming ("the advent of the blessed Eid Al-Fitr") is itself
    r"(?:occasion|advent|eve|arrival) of|blessed|"
    r"(?:areas?|fields?|sectors?|spheres?|domains?) (?:of|such as|like|including)|"
    r"such (?:areas|fields|sectors|spheres|issues) as|"
    r"current|latest|recent|ongoing|upcoming|possible|various|other|key|ways to|how to|"
    r"issues of mutual interest|matters regarding|issues on|a number of|"
    r"(?:a )?(?:wide |broad |whole )?range of|"
    # "matters of cyber security" is cyber security
    r"(?:matters|issues|questions) (?:of|related to|relating to|concerning)|"
    # "issues such as migration" is migration
    r"(?:issues|matters|topics|questions|subjects) (?:such as|like|including)|"
    # a verb phrase's verb ("the need to ensure X"), gerunds and adverbs
    r"undertake|support|ensure|continue|eliminate|strengthen|enhance|promote|achieve|increase|"
    r"contain|make|end|take|keep|elevate|deepen|expand|develop|boost|advance|improve|"
    r"uphold|adhere to|defend|counter|tackle|"
    # an aim's verb ("expand economic opportunity, improve governance and address X")
    r"address|safeguard|restore|expand|protect|preserve|foster|mobili[sz]e|"
    # what a need placed on others asks ("to scale up humanitarian aid")
    r"(?:scale|step|ramp) up|redouble|intensify|mobili[sz]e|provide|"
    r"proves?|that|to|regarding|these|this|those|particular|"
    # the partner of a joint aim is no part of it ("working with Kenya on connectivity")
    r"(?:working|cooperating|partnering) with (?:[\w\-]+ ){1,3}?(?:on|in)|"
    + NOUN_ING
    + r"\w+ing|\w+ly)\s+",
    re.IGNORECASE,
)
# the part is lowered already: beyond ASCII only ('ſ', 'K') does IGNORECASE match more
DROP_LEAD_ASCII = re.compile(DROP_LEAD.pattern)
NOISE = re.compile(
    r"^(?:issues|matters|areas|fields|others?|each other|mutual interest|common concern|"
    r"how|if|whether|what|this|these|those|them|it|detail|details|agenda|"
    r"(?:matters|issues|topics|questions) of (?:mutual|common) (?:interest|concern)|"
    r"current issues of mutual concerns?|(?:issues|matters) of mutual concerns?|mutual concerns?|"
    r"(?:topical|pressing|current|key|important|relevant|other) (?:issues|matters|questions)|"
    + NOUN_ING
    + r"\w+ing|\w+ly|broad|open|regional|international|"
    # words of courtesy and nouns that name no subject ("warm wishes", "views", "two leaders")
    r"(?:warm|kind|best|sincere|cordial|noble|heartfelt|valuable|deep|huge|profound) .*|"
    r"views|values|links|work|desire|priorities|consolidation|bodies|abroad|beyond|secure|"
    r"close|such|"
    r"decisions?|documents|opportunities|(?:two )?leaders|weeks ahead|implementation|to|free|"
    r"but .*|"
    # the footing of relations ("on the basis of mutual respect") is no subject
    r"(?:equality and )?mutual (?:respect|benefit|trust|understanding)|"
    r"(?:progress|steps|information|mechanism|organi[sz]ation|regions?|forums|fora)|"
    r"(?:common|shared) values|"
    r"ways|need|efforts?|expectations?|situation|summit|convention|world|bond|number of areas|"
    # "in a way that serves", "in the coming period", "across various sectors", and a state
    # named by its style ("the Sultanate"): no subject of their own
    r"way|period|sectors|sultanate|kingdom|emirate|"
    # a lone adjective left by a split ("political, economic and cultural ties")
     + NOUN_ADJ + r"[a-z]+(?:ic|al|ous|ive|ary)|"
    # the people of the engagement and their party ("the Lao Prime Minister", "his
    # delegation in Mbabane"), and a phrase about a person ("hospitality accorded him")
    r"(?:[\w\-]+ )?(?:prime minister|president|foreign minister|minister|counterpart|"
    r"king|queen|colleague|guest|chancellor|taoiseach|premier|high representative|"
    r"federal councillor|holy father|pope|secretary of state)|"
    r"(?:[\w\-]+ )?delegations?(?: in .*)?|.*\b(?:him|them)\b.*|"
    r"(?:issues|challenges) facing (?:the )?(?:international community|world|region)|"
    r"the|.*\b(?:january|february|march|april|may|june|july|august|september|october|"
    r"november|december) \d.*)$"
)


def _by_first_letter(words: str) -> str:
    """An alternation of words that each open with a letter, grouped by that letter
    ("A(?:greement|ccord)|..."): the same matches, the words of one letter in their order,
    but the engine tries one branch where a word may start, not one per word."""
    groups: dict[str, list[str]] = {}
    for word in words.split("|"):
        assert word[:1].isalpha(), word
        groups.setdefault(word[0], []).append(word[1:])
    return "|".join(f"{first}(?:{'|'.join(rest)})" for first, rest in groups.items())


# Named events and agreements that no actor is: capitalised runs ending in these.
EVENT_HEADS = (
    r"Summit|Conference|Agreement|Treaty|Convention|Forum|Games|Protocol|Initiative|Day|"
    r"Festival|Olympics|World Cup|Plan|Strategy|"
    # other named undertakings: "the Paris Accord", "the Lobito Corridor", "the Global
    # Coalition", "the Luanda Process", "the X-Y Strategic Partnership"
    r"Pact|Accord|Charter|Declaration|Corridor|Vision|Process|Coalition|Compact|Roadmap|"
    r"Partnership|Mission|Programme|Program|Framework|"
    # a named meeting other than the engagement ("the ASEAN Foreign Ministers' Meeting")
    r"Meetings?"
)
EVENT = re.compile(
    r"\b((?:[A-Z][\w'’\-]*|of|the|and|for|on|\d+(?:st|nd|rd|th)?)(?: (?:[A-Z][\w'’\-]*|of|the|and|"
    r"for|on|\d+(?:st|nd|rd|th)?)){0,6} (?:" + _by_first_letter(EVENT_HEADS) + r"))\b"
    r"|\b(COP\d+|COVID-19|Naadam|Brexit|(?:the )?(?:First|Second) World War|World War (?:II|I))\b"
)
# seas and straits named as subjects ("the South China Sea", "the Taiwan Strait"): taken
# after a sentence's lists, so that a list's wording ("the Red Sea crisis") stays
SEA = re.compile(
    r"\b(?:[A-Z][\w'’\-]*|and)(?: (?:[A-Z][\w'’\-]*|and)){0,3} (?:Seas?|Straits?|Peninsula)\b"
)
EVENT_HEAD = re.compile(r"\b(?:" + EVENT_HEADS + r")$")
# Occasions that are a subject as they stand: the visit's kind, a ceremony, an election,
# condolences (on tune, pairs and dev the gold lists "state visit" in 6 of the 8 readouts
# that say it, "inauguration" in 5 of 6, an election in 11 of 13, "condolences" in 6 of 12)
OCCASION = Folded.compile(
    r"\b(?:(?:state|official|working|official working) visit|inauguration|birthday|"
    r"condolences|(?:(?:presidential|parliamentary|general|legislative) )?elections?|"
    r"re-election)\b"
)
OCCASION_WORDS = ("visit", "inaugur", "birthday", "condolence", "election")
# "bilateral cooperation", "security and defence cooperation", "the UK-Japan relationship":
# a named field of cooperation is a subject the engagement covered
# "\b(?:co-?operation|partnership|...)\b" written with each word's first letter first
# ("c(?<!\wc)o-?operation"), so the engine skips to the letters a match can start with
FIELD_WORD = re.compile(
    r"(?:c(?<!\wc)o-?operation|p(?<!\wp)artnership|r(?<!\wr)elationship|r(?<!\wr)elations|"
    r"t(?<!\wt)ies|t(?<!\wt)rade|i(?<!\wi)nvestment)\b"
)
FIELD_WORDS = ("operation", "partnership", "relations", "ties", "trade", "investment")
FIELD_STOPS = frozenset(
    "would could should will shall must may might can which that who whose with keep keeps "
    "guide guides".split()
)
LONE_FIELD = re.compile(r"co-?operation")
WORLD_AFTER = re.compile(r" with (?:the )?(?:wider |broader )?international community\b")
FIELD_PART = re.compile(r"[a-z]{4,}|[A-Za-z][\w.]*-[A-Za-z][\w.\-]*")
# a long readout covers many subjects: at 20 the dev corpus's longest lost some the gold
# lists (dev topics tp +9, fp +6 at 25; tune and pairs the same or better)
MAX_TOPICS = 25


def _verbs() -> frozenset[str]:
    """Words that end a topic's noun phrase: past-tense reporting verbs ('conveyed his
    desire') and the verbs of words.tsv's `verb` class after 'to' ('japan to take')."""
    if _VERBS[0] is None:
        lex = _lexicon()
        past = {f for f in lex.reporting if f.endswith("ed") or f in ("said", "told")}
        _VERBS[0] = frozenset(past)
        _VERBS[1] = frozenset(w for w in lex.words.get("verb", ()))
    return _VERBS[0]


_VERBS: list = [None, frozenset()]


def _lexicon():
    from kg.extract.lexicon import load

    return load()


def _cut_verbs(part: str) -> str:
    """A noun phrase has no verb: a reporting verb leading it is dropped ('highlighted
    rising defence investment'); one inside it, or an infinitive ('japan to take more
    steps'), makes it a clause, no topic."""
    words = part.split()
    past, infinitives = _verbs(), _VERBS[1]
    if past.isdisjoint(words) and "to" not in words:  # most parts: no verb to cut or test
        while words and words[0] in ("or", "and", "nor"):
            words = words[1:]
        return " ".join(words)
    while words and (words[0] in past or words[0] in ("or", "and", "nor")):
        words = words[1:]
    for i, w in enumerate(words):
        if w in past or (0 < i < len(words) - 1 and w == "to" and words[i + 1] in infinitives):
            return ""
    return " ".join(words)


LONG_CUT = re.compile(r"(?<=\w) as\b")
# what opens a list inside a part ends the part's head ("cooperation in areas such as
# defence": the items come from the lead "areas such as"), and "of mutual interest" is
# no part of what is of interest ("global issues of mutual interest")
HEAD_END = re.compile(
    r" (?:in (?:the )?)?(?:(?:areas|fields|sectors|spheres|domains) )?(?:such as|like) .*"
    r"| in such (?:areas|fields|sectors|spheres|issues) as\b.*"
    r"| of (?:mutual|common) (?:interest|concern)s?$"
)


# a day inside a phrase dates it and is no part of the subject ("the July 17 attack in
# Erbil" is the attack in Erbil, "the earthquake of 6 February" the earthquake)
MONTH = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?"
)
ORDINAL = r"\d{1,2}(?:st|nd|rd|th)?"
DAY = r"(?:the )?(?:" + ORDINAL + r" (?:of )?" + MONTH + "|" + MONTH + " " + ORDINAL + ")"
DAY_IN = re.compile(
    r"(?:\b(?:on|of|from|between) )?\b(?:\d{1,2}(?:st|nd|rd|th)? (?:to|and|-|–) )?"
    + DAY
    + r"(?: (?:to|and|until|through|-|–) (?:"
    + DAY
    + r"|\d{1,2}(?:st|nd|rd|th)?))?(?:,? \d{4})?(?:['’]s)?\b"
)


_DIGIT = re.compile(r"\d")
# what every part that "etc." or HEAD_END changes holds; one _undated changes holds a digit
RARE = re.compile(r" (?:etc|such |like |of (?:mutual|common) )")


def _undated(part: str) -> str:
    """``part`` without the day it names (only parts holding a digit are searched)."""
    if not _DIGIT.search(part):
        return part
    return " ".join(DAY_IN.sub(" ", part).split())


def _clean(part: str) -> str | None:
    part = " ".join(part.strip(" ,'’\"“”").lower().split())
    part = _cut_verbs(part)
    # rules out the day, "etc." and list openers (a digit is no letter, nor a space, hyphen
    # or apostrophe: a few C calls cost less than a search for any digit)
    rare = RARE.search(part) or not (
        part.replace(" ", "").replace("-", "").replace("'", "").isalpha()
    )
    if rare:
        part = _undated(part)
        if part.endswith((" etc", " etc.")):  # "trade, tourism, investment etc."
            part = part[: part.rindex(" etc")]
    drop = DROP_LEAD_ASCII if part.isascii() else DROP_LEAD
    while cut := drop.match(part):  # anchored: a match, not a substitution, per word
        part = part[cut.end() :]
    if rare:
        part = HEAD_END.sub("", part)
    words = part.split()
    if len(words) > 6:
        # a long phrase keeps its head: "inauguration as the eighth president of the
        # republic" is the inauguration
        cut = LONG_CUT.search(part)
        part = part[: cut.start()] if cut else part
        words = part.split()
    if not 1 <= len(words) <= 6 or NOISE.match(part) or part[:1].isdigit():
        return None
    if words[0] in WH_WORDS:
        return None  # "discussed how Canada and Peru can work together": a clause
    return part


# words that open a clause, not a noun phrase ("how", "whether")
WH_WORDS = frozenset({"how", "whether", "what", "why", "where", "when", "which", "who"})


# a capitalised name with 'and' inside ("the Belt and Road Initiative", "the Peace and
# Security Council"): not two topics
NAMED_AND = re.compile(r"\b([A-Z][\w\-]+) and ([A-Z][\w\-]+ [A-Z][\w\-]+)")


# states whose one-word names are joined by 'and' ("the European path of Bosnia and
# Herzegovina"): one state, not two topics
STATES_AND = re.compile(
    r"\b(Bosnia|Trinidad|Antigua|Saint Kitts|St\.? Kitts|São Tomé|Sao Tome|Saint Vincent|"
    r"St\.? Vincent) and (Herzegovina|Tobago|Barbuda|Nevis|Príncipe|Principe|the Grenadines)\b"
)


STATES_AND_NEEDS = needs(STATES_AND)


# a part of a list that ends in a participle or an -ous adjective modifies the next part
MODIFIER_END = re.compile(r"[a-z]{3}(?:ed|ous)\s*$")
# an owner and an adjective alone before "and" ("Russia's illegal and immoral invasion"):
# the adjective's noun comes after the next one, when that part opens with no determiner
OWNED_ADJECTIVE = re.compile(
    r"'s (?!(?:proposal|approval|withdrawal|arrival|renewal|initiative|objective|"
    r"offensive|narrative|potential|capital|festival|referral)\s*$)"
    r"[a-z]+(?:al|ic|ive|ful|less|ible|able)\s*$"
)
OPENS_WITH_DETERMINER = re.compile(r"\s*(?:the|a|an|its|their|his|her|our|this|these)\b")


# an actor's role, contribution or position that is thanked or appreciated ("thanked Egypt
# for its key role", "the balanced positions of the Secretary-General") praises the actor
# (a relation, ANNOTATION.md 7) and names no subject; its aid, support or leadership,
# which annotators take as subjects ("military support"), stays
PRAISED_HEADS = (
    r"(?:roles?|contributions?|efforts?|positions?|stance|hospitality|generosity|"
    r"solidarity|kind words|warm words)"
)
PRAISED = re.compile(
    r"(?:the |its |his |her |their |your |our |[\w\-.]+['’]s )(?:[\w\-]+ ){0,2}?"
    + PRAISED_HEADS
    + r"\b"
    + r"|(?:the )?(?:[\w\-]+ ){0,2}?"
    + PRAISED_HEADS
    + r" of (?:the |his |her )?[A-Z]"
)
PRAISE_LEADS = ("thank", "appreciation", "gratitude")


# a list part that is an infinitive clause ("..., to include other countries")
INFINITIVE = re.compile(r"\s*to (?!(?:the|a|an|its|their|our|his|her|this|these)\b)[a-z]+ ")


def _items(
    text: str, start: int, cleaned: dict[str, str | None], praise: bool = False
) -> list[str]:
    """The list that ``text`` holds from ``start`` (after a lead phrase) on; after thanks
    (``praise``) not an actor's role, support or leadership."""
    end = STOP.search(text, start)  # not a slice: the lead ends in a space, so \b is the same
    chunk = text[start : end.start()] if end else text[start:]
    if " and " in chunk:
        chunk = NAMED_AND.sub(lambda m: f"{m[1]} \x00 {m[2]}", chunk)
        if any(map(chunk.__contains__, STATES_AND_NEEDS)):  # one of which every match holds
            chunk = STATES_AND.sub(lambda m: f"{m[1]} \x00 {m[2]}", chunk)
    out = []
    parts = SPLIT.split(chunk)
    for i, part in enumerate(parts):
        if i + 1 < len(parts) and (
            MODIFIER_END.search(part)
            or (OWNED_ADJECTIVE.search(part) and not OPENS_WITH_DETERMINER.match(parts[i + 1]))
        ):
            continue  # "X's unprovoked and unjustified war": the first part has no noun
        part = part.replace("\x00", "and")
        if i and INFINITIVE.match(part):
            continue  # "X, to include Y": a clause (a lead inside it gives its own items)
        if praise and PRAISED.match(part.strip()):
            continue
        if part not in cleaned:  # leads inside one list ("discussed cooperation in X") share parts
            cleaned[part] = _clean(part)
        item = cleaned[part]
        if item:
            out.append(item)
    return out[:8]


# bytes that are no lower-case ASCII letter -> spaces: the words of a sentence, split cheaply
_LETTERS_ONLY = bytes(c if 97 <= c <= 122 else 32 for c in range(256))


# a sentence whose subject is a topic says so with one of these ("was discussed", "on the
# agenda", "featured"): topic_subjects reads only sentences that hold one
SUBJECT_GATE = frozenset(
    b"discussed agenda featured figured dominated raised topic topics addressed covered "
    b"theme themes focus subject subjects".split()
)


def _words(low: str) -> tuple[bytes, set[bytes]]:
    """``low`` with each char made one byte and every non-letter a space (between two
    spaces), and its words."""
    spaced = b" " + low.encode("ascii", "replace").translate(_LETTERS_ONLY) + b" "
    return spaced, set(spaced.split())


def _lead_starts(low: str) -> tuple[list[int], bool, set[bytes]]:
    """Where a word of LEAD_FIRST starts in ``low``: each char made one byte, every
    non-letter a space, a word's places are where ' word ' occurs (str.find, no regex);
    whether a subject may be said to be discussed, and the words."""
    spaced, words = _words(low)
    starts: list[int] = []
    for word in LEAD_FIRST.intersection(words):
        if word in LEAD_NEEDS and LEAD_NEEDS[word].isdisjoint(words):
            continue
        key = b" " + word + b" "
        at = spaced.find(key)
        while at >= 0:
            starts.append(at)  # the word's start in ``low`` (the leading space is one byte)
            at = spaced.find(key, at + 1)
    return sorted(starts), not SUBJECT_GATE.isdisjoint(words), words


def _leads(text: str, low: str) -> list[re.Match]:
    """LEADS.finditer(text, low), tried only where a lead word starts."""
    return _leads_gated(text, low)[0]


def _leads_gated(text: str, low: str) -> tuple[list[re.Match], bool, set[bytes] | None]:
    """LEADS.finditer(text, low), tried only where a word that can open a lead phrase
    starts (a scan with ~70 alternatives at every word cost 0.14 ms a readout); whether a
    subject may be said to be discussed, and the sentence's words when they were split."""
    if LEADS.lower is None or len(low) != len(text) or any(map(text.__contains__, CASE_FIXES)):
        return list(LEADS.finditer(text, low)), True, None  # Folded matches the text as written
    out: list[re.Match] = []
    end = 0
    starts, subject, words = _lead_starts(low)
    for start in starts:
        if start >= end:
            m = LEADS.lower.match(low, start)
            if m:
                out.append(m)
                end = m.end()  # as finditer: the next match starts after this one
    return out, subject, words


def _subject_items(subject: str) -> list[str]:
    """The items of a list that is a sentence's subject ('Trade and energy were discussed')."""
    if " and " in subject:
        subject = NAMED_AND.sub(lambda m: f"{m[1]} \x00 {m[2]}", subject)
    parts = (_clean(p.replace("\x00", "and")) for p in SPLIT.split(subject))
    return [p for p in parts if p]


# a joint act's field opening an aim's item ("cooperation in tourism"): a lead of its own
JOINT_FIELD = re.compile(
    r"(?:co-?operation|coordination|collaboration|partnership|ties|exchanges) (?:in|on|across) "
)


def _lead_items(text: str, low: str) -> tuple[list[str], set[bytes]]:
    """The items of the lists that lead phrases open ('discussed X, Y and Z'), and of a
    subject said to be discussed ('Trade and energy were discussed'); and the sentence's
    lower-case words."""
    out: list[str] = []
    cleaned: dict[str, str | None] = {}
    leads, subject, words = _leads_gated(text, low)
    if words is None:
        words = _words(low)[1]
    if subject and (said := subject_topics(text)):
        out.extend(_subject_items(said))
    for m in leads:
        items = _items(text, m.end(), cleaned, m[0].lower().startswith(PRAISE_LEADS))
        if m[0].lower().startswith("the occasion"):
            items = items[:1]  # "On the occasion of X, Minister Y ..."
        elif m[0][:3].lower() == "to ":
            # "to expand cooperation in tourism": the lead "cooperation in" gives the field
            items = [i for i in items if not JOINT_FIELD.match(i)]
        out.extend(items)
    return out, words


EVENT_WORD = re.compile(
    _by_first_letter(
        r"Summit|Conference|Agreement|Treaty|Convention|Forum|Games|Protocol|Initiative|Day\b|"
        r"Festival|Olympics|World Cup|Plan\b|Strategy|COP\d|COVID|Naadam|Brexit|World War|"
        r"Pact|Accord|Charter|Declaration|Corridor|Vision|Process|Coalition|Compact|Roadmap|"
        r"Partnership|Mission|Program|Framework|Meeting"
    )
)


# small words before a name, and a sentence's opening word ("Regarding the Korean
# Peninsula, ..."), are no part of it
LEADING_SMALL_WORDS = re.compile(
    r"^(?:(?:the|of|and|for|on|regarding|concerning|with|in|during|at|as|after|under|"
    r"following|including|also|both)\s+)+",
    re.IGNORECASE,
)


# what an EVENT match is made of: words, apostrophes, hyphens and spaces
EVENT_STRETCH = re.compile(r"[\w'’\- ]+")


def _events(text: str) -> list[re.Match]:
    """EVENT.finditer(text), searched only in the stretches between other characters
    (commas, full stops, brackets) that hold an EVENT_WORD: no match crosses one, and a
    stretch ends at no word character, so "\\b" reads the same at its ends."""
    out: list[re.Match] = []
    for stretch in EVENT_STRETCH.finditer(text):
        a, b = stretch.span()
        if word := EVENT_WORD.search(text, a, b):
            # a match ends at an EVENT_WORD and runs at most seven spaces before it: none
            # starts before the eighth space before the first one
            start = word.start()
            for _ in range(8):
                start = text.rfind(" ", a, start)
                if start < 0:
                    start = a
                    break
            out.extend(EVENT.finditer(text, start, b))
    return out


def _event_name(doc: Doc, text: str) -> list[str]:
    out: list[str] = []
    if not EVENT_WORD.search(text):
        return out  # the full pattern is slow; most sentences name no event
    for m in _events(text):
        # "and the" inside a run joins two names ("the X Partnership and the Y Corridor")
        for part in m[0].split(" and the ") if m[1] else [m[0]]:
            name = LEADING_SMALL_WORDS.sub("", part)
            if m[1] and (len(name.split()) < 2 or not EVENT_HEAD.search(name)):
                continue  # a bare head ("the Partnership") or no name at all
            if not doc.gaz.lookup(tuple(name.split())):
                out.append(name.lower())
    return out


def _fields(text: str) -> list[str]:
    """Named fields of cooperation ('security and defence cooperation'): the head noun
    and up to three words before it that qualify it."""
    out: list[str] = []
    if not any(map(text.__contains__, FIELD_WORDS)):
        return out  # every FIELD_WORD match holds one of these: most sentences have none
    past, bare = _verbs(), _VERBS[1]
    for m in FIELD_WORD.finditer(text):
        take: list[str] = []
        stopped = False
        for word in reversed(text[max(0, m.start() - 60) : m.start()].split()):
            if word.lower() in FIELD_STOPS or word.lower() in past or word.lower() in bare:
                stopped = True  # a verb or a clause word is no qualifier: "would elevate ties"
                break
            if len(take) < 3 and (FIELD_PART.fullmatch(word) or (word == "and" and take)):
                take.insert(0, word)
            else:
                break
        if LONE_FIELD.fullmatch(m[0]) and not take:
            # a lone word of relations names no field ("continue cooperation on X": X is
            # the topic), but cooperation with the international community is one
            after = text[m.end() : m.end() + 40]
            phrase = "international cooperation" if WORLD_AFTER.match(after) else None
        else:
            phrase = _clean(" ".join(take + [m[0]])) if take or stopped else None
        if phrase:
            out.append(phrase)
    return out


def _by_kind(doc: Doc) -> tuple[list[str], list[tuple[View, set[str]]], list[tuple[View, Mention]]]:
    """One walk over the mentions (each walk costs ~0.03 M instructions a readout): the
    topics' actors, each sentence naming states with the states, and the bodies with their
    sentences, each in the order of the text."""
    named_topics: list[str] = []
    state_views: list[tuple[View, set[str]]] = []
    bodies: list[tuple[View, Mention]] = []
    for view in doc.views:
        these: set[str] | None = None
        for m in view.mentions:
            kind = m.kind
            if kind == "state":
                if len(m.actors) == 1:
                    if these is None:
                        these = set()
                    these.add(m.actors[0])
            elif kind == "organization":
                if len(m.actors) == 1:
                    bodies.append((view, m))
            elif kind == "topic" and m.actors:
                named_topics.append(m.actors[0])
        if these:
            state_views.append((view, these))
    return named_topics, state_views, bodies


def _third_parties(
    doc: Doc, states: set[str | None], state_views: list[tuple[View, set[str]]]
) -> tuple[list[str], set[str]]:
    """States the readout names that no participant represents: what they talked about
    (for one named only as the author of a hostile act, the act: topic_agents); and,
    apart, the spellings of those named only as places (topic_places), no topic.
    ``state_views``: the sentences that name a state with those states (``_by_kind``)."""
    if not state_views:
        return [], set()
    named: set[str] = set().union(*(these for _, these in state_views))
    views = state_views  # the sentences that name a state: the only ones read again below
    third = named - states - {doc.home}
    if not third:
        return [], set()
    views = [view for view, these in views if not these.isdisjoint(third)]
    placed = place_only_states(doc, views, third)
    names = _names(doc)
    places = {form for state in placed for form in (state.lower(), *names.get(state, ()))}
    third -= placed
    acts = agent_only_states(doc, views, third) if third else {}
    out = [acts[a] if a in acts else a.lower() for a in sorted(third)]
    return out, places


BODY_AFTER = re.compile(
    r"(?:(?:['’]s?)? (?:[\w\-]+ ){0,2}?(?:role|centrality|enlargement|expansion|reform|accession|"
    r"membership|agenda|response|mission|chairmanship)| (?:pact|partners|reform|resolution|"
    r"enlargement|expansion|accession|membership|mission|chairmanship|centrality))\b"
)
BODY_BEFORE = re.compile(
    r"(?:support (?:for|to)|discussed|reform of|expansion of|enlargement of|accession to|"
    r"join(?:ing)?|about|regarding|concerning) (?:the )?$"
)


# how the text before every BODY_BEFORE match ends (the regex runs only after one;
# "\n" as "$" also matches before a closing newline)
BODY_BEFORE_ENDS = (
    "for ",
    "to ",
    "discussed ",
    "of ",
    "join ",
    "joining ",
    "about ",
    "regarding ",
    "concerning ",
    "the ",
    "\n",
)


def _bodies(doc: Doc, bodies: list[tuple[View, Mention]]) -> list[str]:
    """Bodies no participant is that the sides talked about: named as what is discussed
    or supported ("discussed ASEAN", "support for MISCA"), or with what concerns them
    ("ASEAN's role", "the AUKUS pact", "UN reform"); not a body that only frames
    cooperation ("within BRICS", "at the UN"). ``bodies``: each body's mention of one
    actor with its sentence (``_by_kind``)."""
    out = []
    sides = set(doc.participants)
    for view, m in bodies:
        if m.actors[0] in sides:
            continue
        text, offset = view.sentence.text, view.sentence.start
        before = text[max(0, m.start - offset - 40) : m.start - offset]
        if before.lower().endswith(("as ", "as fellow ")):
            continue  # membership ("as G7 partners"), not a subject
        if BODY_AFTER.match(text, m.end - offset) or (
            before.endswith(BODY_BEFORE_ENDS) and BODY_BEFORE.search(before)
        ):
            out.append(m.actors[0])
    return out


_NAMES: list = [None, {}]


def _names(doc: Doc) -> dict[str, list[str]]:
    """Each actor -> its gazetteer forms in lower case (made once)."""
    if _NAMES[0] is not doc.gaz:
        table: dict[str, list[str]] = {}
        for key, (name, _) in doc.gaz.forms.items():
            table.setdefault(name, []).append(" ".join(key).lower())
        _NAMES[:] = [doc.gaz, table]
    return _NAMES[1]


_ACRONYMS: list = [None, {}]


def _acronyms(doc: Doc) -> dict[str, str]:
    """An actor's acronym in lower case ('un', 'sco') -> its name in lower case: a topic
    names a body the way a reader would look it up ('united nations')."""
    if _ACRONYMS[0] is not doc.gaz:
        table = {
            key[0].lower(): name.lower()
            for key, (name, _) in doc.gaz.forms.items()
            if len(key) == 1 and key[0].isupper() and len(key[0]) >= 2 and len(name) > len(key[0])
        }
        _ACRONYMS[:] = [doc.gaz, table]
    return _ACRONYMS[1]


def _own(doc: Doc, states: set[str | None]) -> set[str]:
    """The participants and the states they speak for (``states``), in every spelling the
    gazetteer knows ('uk', 'the united kingdom'): the engagement's sides, not a subject."""
    sides = set(doc.participants) | states | {doc.home}
    out = {p.lower() for p in doc.participants}
    names = _names(doc)
    for side in sides:
        out.update(names.get(side, ()))
    return out


# words that name the engagement itself ("the virtual summit", "the Japan-Fiji Summit Video
# Conference"): with the sides' names only, an event name is this engagement, no subject
ENGAGEMENT_WORDS = frozenset(
    "virtual video telephone phone online summit conference meeting talks forum the and".split()
)


# a headline's name of the engagement ("Readout of Vice President X's Meeting with ..."):
# its own words and the offices of its sides, besides ENGAGEMENT_WORDS
HEADLINE_WORDS = frozenset(
    "readout of with call visit vice deputy secretary minister president prime foreign".split()
)


def _this_engagement(name: str, sides: set[str]) -> bool:
    """Whether an event name says only what this engagement is and who its sides are
    ("the Japan-Fiji Summit", "Readout of Vice President Kamala Harris's Meeting")."""
    rest = [w for w in name.split() if w not in ENGAGEMENT_WORDS]
    if all(part in sides for w in rest for part in w.split("-")):
        return True
    if not any(w.endswith(("'s", "’s")) for w in rest):
        return False  # only a side's possessive names the engagement by its people
    named = {w for side in sides for w in side.split()}
    return all(
        part in sides or part in named or part in HEADLINE_WORDS
        for w in rest
        for part in w.removesuffix("'s").removesuffix("’s").split("-")
    )


_TITLE_HEADS: list = [None, frozenset()]


def _title_heads(doc: Doc) -> frozenset[str]:
    """One-word titles ('president', 'minister') and 'prime': a phrase led by one names a
    person ('president marcos', 'prime minister'), no subject."""
    if _TITLE_HEADS[0] is not doc.lex:
        heads = {k[0].lower() for k in doc.lex.titles if len(k) == 1} | {"prime"}
        _TITLE_HEADS[:] = [doc.lex, frozenset(heads)]
    return _TITLE_HEADS[1]


# who a news agency cites, at the end or the start of a sentence: ", the Presidential
# Communications Office said in a statement.", ", according to the Foreign Ministry.",
# "According to the statement, ..." (the source, not a subject the sides covered)
ATTRIBUTION_END = re.compile(
    r",\s*(?:according to [^,;]{3,80}?|[^,;]{3,80}? (?:said|says|stated|reported|announced|"
    r"told [^,;]{2,40}?)(?: (?:in|on) (?:a|its|his|her|their) [\w\- ]{2,30}?)?"
    r"(?: on \w+)?)\s*[.;]?\s*$"
)
ATTRIBUTION_START = re.compile(r"^According to [^,;]{3,80}?,\s*")


def unattributed(text: str) -> str:
    """The sentence without the source an agency cites for it."""
    if (
        "ccording to" not in text
        and " said" not in text
        and " stated" not in text
        and (" says" not in text and " reported" not in text and " announced" not in text)
        and " told " not in text
    ):
        return text
    text = ATTRIBUTION_START.sub("", text)
    return ATTRIBUTION_END.sub(".", text)


def topics(doc: Doc) -> list[str]:
    found: list[str] = []
    states = {doc.state_of(p) for p in doc.participants}  # asked once: it reads the gazetteer
    actors = _own(doc, states)
    acronyms = _acronyms(doc)
    titles = _title_heads(doc)

    seen: list[frozenset[str]] = []
    named_topics, state_views, bodies = _by_kind(doc)
    third, places = _third_parties(doc, states, state_views)

    def add(t: str, named: bool = False):
        t = " ".join(t.strip().lower().split())
        t = acronyms.get(t, t)
        if not t or t in actors or len(t.split()) > 8 or t in found or t.split()[0] in titles:
            return
        if t in places:
            return
        # one subject said twice ("the special relationship", "the special relationship
        # between our countries") is one topic: the first wording stays (tune topics
        # P 0.54 -> 0.62, F1 0.506 -> 0.527), unless it is a third state's name
        # ('effects on moldova' -> 'moldova')
        key = frozenset(t.replace("’", "'").split())
        same = None  # a loop, not next() over a generator made at every topic
        for i, k in enumerate(seen):
            if key <= k or k <= key:
                same = i
                break
        if same is None:
            seen.append(key)
            found.append(t)
        elif named and key < seen[same]:
            seen[same], found[same] = key, t

    texts = ([doc.title] if doc.title else []) + [v.sentence.text for v in doc.views]
    for name in named_topics:
        add(name)
    for text in texts:
        text = unattributed(text)
        for name in _event_name(doc, text):
            if not _this_engagement(name, actors):
                add(name)
        low = text.lower()  # both patterns match the lowered text: lower it once
        if any(map(low.__contains__, OCCASION_WORDS)):  # most sentences name no occasion
            for m in OCCASION.finditer(text, low):
                add(m[0])
        items, words = _lead_items(text, low)
        # a name as written before a list's wording of it ("reviewed progress on the X
        # project": the X project)
        if not HEAD_WORDS.isdisjoint(words):  # most sentences name no body or gathering
            for name in headed_names(doc.gaz, text, words, titles):
                if not _this_engagement(name, actors):
                    add(name)
        for item in items:
            add(item)
        for item in _fields(text):
            add(item)
        if " Sea" in text or " Strait" in text or " Peninsula" in text:
            for m in SEA.finditer(text):
                add(LEADING_SMALL_WORDS.sub("", m[0]))
    for item in third:
        add(item, named=True)
    for b in _bodies(doc, bodies):
        add(acronyms.get(b.lower(), b.lower()))
    return found[:MAX_TOPICS]
