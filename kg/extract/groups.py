"""Group wordings ("the two leaders", "both sides", "these mechanisms"), counterparts
("his counterpart", "the latter") and realms ("the Kingdom"), with the kind each names."""

from __future__ import annotations

PEOPLE_GROUPS: tuple[tuple[str, ...], ...] = (
    ("the", "two", "leaders"),
    ("The", "two", "leaders"),
    ("the", "leaders"),
    ("The", "leaders"),
    ("Leaders",),
    ("leaders",),
    ("both", "leaders"),
    ("Both", "leaders"),
    ("the", "pair"),
    ("The", "pair"),
    ("the", "two", "heads", "of", "state"),
    ("The", "two", "heads", "of", "state"),
    ("the", "two", "presidents"),
    ("The", "two", "presidents"),
    ("the", "two", "Presidents"),
    ("The", "two", "Presidents"),
    ("the", "two", "Prime", "Ministers"),
    ("The", "two", "Prime", "Ministers"),
    ("the", "two", "ministers"),
    ("The", "two", "ministers"),
    ("the", "two", "Ministers"),
    ("The", "two", "Ministers"),
    ("they",),
    ("They",),
    ("them",),
    ("their",),
    ("Their",),
    ("the", "two", "heads", "of", "government"),
    ("The", "two", "heads", "of", "government"),
    ("both", "heads", "of", "state"),
    ("the", "heads", "of", "state"),
    ("The", "heads", "of", "state"),
)
STATE_GROUPS: tuple[tuple[str, ...], ...] = (
    ("both", "sides"),
    ("Both", "sides"),
    ("the", "two", "sides"),
    ("The", "two", "sides"),
    ("both", "countries"),
    ("Both", "countries"),
    ("the", "two", "countries"),
    ("The", "two", "countries"),
    ("both", "nations"),
    ("Both", "nations"),
    ("the", "two", "nations"),
    ("The", "two", "nations"),
    ("the", "two", "governments"),
    ("The", "two", "governments"),
    ("both", "governments"),
    ("Both", "governments"),
    ("both", "Governments"),
    ("Both", "Governments"),
    ("the", "two", "peoples"),
    ("The", "two", "peoples"),
    # "both parties agreed", as translated readouts write the sides
    ("both", "parties"),
    ("Both", "parties"),
    ("the", "two", "parties"),
    ("The", "two", "parties"),
    # "The sides reaffirmed ...", the usual wording of Russian and Chinese readouts
    ("the", "sides"),
    ("The", "sides"),
)
# what agency copy calls the participants' states ("the two allies", "both neighbours")
STATE_NOUNS = ("allies", "neighbours", "neighbors", "democracies", "economies")
DESCRIBED_STATES = frozenset(STATE_NOUNS + ("countries", "nations"))
NUMBERS = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
# office-holders in the plural ("the two prime ministers", "both Foreign Ministers"): the
# participants, written in lower case, in title case, or with the first word capitalised
OFFICE_PLURALS = (
    "leaders",
    "heads of state",
    "heads of government",
    "presidents",
    "prime ministers",
    "ministers",
    "foreign ministers",
    "chancellors",
    "premiers",
    "counterparts",
    "foreign secretaries",
    "secretaries of state",
    "defence ministers",
    "defense ministers",
    "top diplomats",
    "deputy ministers",
    "deputy foreign ministers",
    "vice ministers",
    "vice foreign ministers",
    "deputy prime ministers",
    "vice presidents",
    # Ukrainian and Russian readouts in English: "The interlocutors agreed to ..."
    "interlocutors",
    # Polish, Romanian and French readouts in English: "the heads of diplomacy"
    "heads of diplomacy",
)


def _office_variants(phrase: str) -> set[tuple[str, ...]]:
    low = phrase.split()
    title = [w if w == "of" else w.capitalize() for w in low]
    return {tuple(low), tuple(title), tuple([title[0]] + low[1:])}


_OFFICE_GROUPS = sorted({v for p in OFFICE_PLURALS for v in _office_variants(p)})
for _n in NUMBERS:
    for _the in ("the", "The", "all"):
        PEOPLE_GROUPS += tuple((_the, _n) + w for w in _OFFICE_GROUPS)
        STATE_GROUPS += tuple(
            (_the, _n) + (w,)
            for w in ("countries", "nations", "sides", "governments", "Governments", "states")
            + STATE_NOUNS
        )
for _the in ("both", "Both"):
    STATE_GROUPS += tuple((_the, w) for w in STATE_NOUNS)
PEOPLE_GROUPS += (("Both",), ("themselves",), ("each", "other"))
for _the in ("the", "The", "both", "Both"):
    PEOPLE_GROUPS += tuple((_the,) + w for w in _OFFICE_GROUPS)
# words for the participants only when counted ("both officials", "the two dignitaries"):
# "the officials" alone are as often their staff
COUNTED_PLURALS = ("officials", "dignitaries", "statesmen", "heads of delegation")
_COUNTED = sorted({v for p in COUNTED_PLURALS for v in _office_variants(p)})
for _the in ("both", "Both", *(f"{a} {n}" for a in ("the", "The") for n in NUMBERS)):
    PEOPLE_GROUPS += tuple(tuple(_the.split()) + w for w in _COUNTED)
PEOPLE_GROUP_SET = frozenset(PEOPLE_GROUPS)
STATE_GROUP_SET = frozenset(STATE_GROUPS)
ORG_PLURALS = {
    ("these", "frameworks"),
    ("these", "mechanisms"),
    ("these", "organizations"),
    ("these", "organisations"),
    ("these", "platforms"),
    ("these", "groupings"),
    ("these", "fora"),
    ("these", "forums"),
    ("both", "forums"),
    ("both", "fora"),
    ("both", "organizations"),
    ("both", "frameworks"),
    ("these", "bodies"),
    ("both", "groupings"),
}
# readouts write it: the state of that style named last, else the publisher's
REALMS = frozenset({"Kingdom", "Sultanate", "Emirate"})
ORG_ANAPHORS = {
    "association",
    "organization",
    "organisation",
    "grouping",
    "bloc",
    "group",
    "forum",
    "Forum",
    "alliance",
    "Alliance",
    "union",
    "Union",
    "mechanism",
    "League",
    "Organization",
    "Organisation",
    "Association",
    "Community",
    # "the Agency" (IAEA), "the Fund" (IMF), "the Bank" (World Bank): only a body named so
    "Agency",
    "Fund",
    "Bank",
    # "The Authority condemns ...": a regional community's Authority of Heads of State
    # and Government (ECOWAS, ECCAS, IGAD communiqués) acts for the body named last
    "Authority",
}
# capitalised anaphors that only ever mean a body whose own name has the word ("the League"
# for the Arab League), never whatever organisation came last
NAMED_ORG_ANAPHORS = frozenset(
    {"League", "Organization", "Organisation", "Association", "Community", "Agency", "Fund", "Bank"}
)
OTHERS = {
    ("the", "latter"): "latter",
    ("The", "latter"): "latter",
    ("the", "former"): "former",
    ("The", "former"): "former",
    ("each", "other"): "each-other",
}
for _pos in ("his", "her", "His", "Her"):
    for _noun in ("counterpart", "interlocutor", "colleague", "host", "guest"):
        OTHERS[(_pos, _noun)] = "counterpart"
    OTHERS[(_pos, "hosts")] = "counterpart"
# the participant from abroad, named by the visit ("the visiting minister", "the guest")
VISITING_TITLES = (
    "minister",
    "foreign minister",
    "prime minister",
    "president",
    "leader",
    "premier",
    "chancellor",
    "dignitary",
    "official",
    "secretary",
    "head of state",
    "head of government",
    "king",
    "emir",
    "amir",
)
for _the in ("the", "The"):
    OTHERS[(_the, "guest")] = "visitor"
    OTHERS[(_the, "distinguished", "guest")] = "visitor"
    for _title in VISITING_TITLES:
        for _v in _office_variants(_title):
            OTHERS[(_the, "visiting", *_v)] = "visitor"


def leaders_of_others(tokens, key: tuple[str, ...], j: int) -> bool:
    """'greetings to the leaders of Brazil, India and South Africa': addressees named by
    their states, not the engagement's participants ('to the leaders of the two countries'
    are; so are 'the leaders of A and B' who agree on something)."""
    if key[-1].lower() != "leaders" or j + 1 >= len(tokens) or tokens[j].text != "of":
        return False
    nxt = tokens[j + 1].text
    return nxt[:1].isupper() or (
        nxt == "the" and j + 2 < len(tokens) and tokens[j + 2].text[:1].isupper()
    )


# "We" of a joint statement ("We, the Prime Ministers of A and B, ..."): the participants;
# first_person keeps it only there
WE = {("We",): "we", ("we",): "we"}
# every group wording with its kind; a wording in two lists takes the later one's kind
GROUPS: dict[tuple[str, ...], tuple[str, str]] = {
    **{k: ("people", how) for k, how in WE.items()},
    **{k: ("states", "group") for k in STATE_GROUPS},
    **{k: ("people", "group") for k in PEOPLE_GROUPS},
    **{k: ("org-anaphor", "plural") for k in ORG_PLURALS},
    **{k: ("anaphor", how) for k, how in OTHERS.items()},
}
GROUP_LONGEST: dict[str, int] = {}
for _key in GROUPS:
    GROUP_LONGEST[_key[0]] = max(GROUP_LONGEST.get(_key[0], 0), len(_key))
GROUP_FIRST = frozenset(GROUP_LONGEST)
# every wording's beginnings, to stop reading a run as soon as no wording can match
GROUP_PREFIXES = frozenset(k[:n] for k in GROUPS for n in range(1, len(k) + 1))
