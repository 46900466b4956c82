"""Honorifics, styles, pronouns and the other closed word lists that start, end or
shape a mention (read by mentions.py, titles.py and person_names.py)."""

from __future__ import annotations

HONORIFICS = {
    "Prince",
    "Princess",
    "Sheikha",
    "Datuk",
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "Shri",
    "Smt",
    "Sir",
    "Dame",
    "Madam",
    "Mme",
    "Hon",
    "Rt",
    "H",
    "E",
    "His",
    "Her",
    "Majesty",
    "Excellency",
    "Highness",
    "Royal",
    "The",
    "Sheikh",
    # the Omani style of the ruling family's members ("Sayyid Badr bin Hamad Albusaidi")
    "Sayyid",
    "Sayyida",
    "Prof",
    "Honourable",
    "Honorable",
    "Lord",
    "Lady",
    "Baroness",
    "Sen",
    "Senator",
    "Ambassador",
    "Dato",
    # styles written as initials, and religious ones that precede a cleric's name
    "HRH",
    "HH",
    "HM",
    "HE",
    "Ayatollah",
    # Khmer styles before a leader's name ("Samdech Moha Borvor Thipadei Hun Manet")
    "Samdech",
    # military ranks, which the leaders of juntas keep ("Captain Ibrahim Traore")
    "General",
    "Colonel",
    "Lieutenant",
    "Captain",
    "Admiral",
    "Brigadier",
    "Marshal",
}
# the second word of a Malay style, an honorific only after its first word ("Tun" and
# "Pehin" are left out: they stand inside names, "Hishammuddin Tun Hussein")
# ("Datuk Seri Anwar Ibrahim", "Tan Sri X"): "Sri" alone starts names ("Sri Mulyani")
STYLE_SECONDS = {
    "Seri": ("Datuk", "Dato", "Tan"),
    "Sri": ("Datuk", "Dato", "Tan"),
    # the words of a Khmer style, each only after the one before it in the style
    # ("Samdech Akka Moha Sena Padei Techo", "Samdech Moha Borvor Thipadei")
    "Akka": ("Samdech",),
    "Moha": ("Samdech", "Akka"),
    "Sena": ("Moha",),
    "Padei": ("Sena",),
    "Techo": ("Samdech", "Padei"),
    "Borvor": ("Moha",),
    "Bovor": ("Moha",),
    "Thipadei": ("Samdech", "Borvor", "Bovor"),
    "Thipadi": ("Samdech", "Borvor", "Bovor"),
}
NAME_HONORIFICS = HONORIFICS - {"The", "His", "Her", "Royal", "Lord", "Lady"}
PERSON_PRONOUNS = {
    "he": "m",
    "He": "m",
    "him": "m",
    "his": "m",
    "His": "m",
    "she": "f",
    "She": "f",
    "her": "f",
    "Her": "f",
}
OBJECT_PRONOUNS = {"him", "her"}
# words after "her" that show it is an object ("thanked her for"), not a possessive
OBJECT_FOLLOWERS = {
    "for",
    "on",
    "to",
    "that",
    "of",
    "with",
    "in",
    "at",
    "about",
    "as",
    "and",
    "from",
    "by",
    "during",
    "into",
    "upon",
    "over",
    "after",
    "before",
    "again",
    "warmly",
    "personally",
}
NOT_NAMES = {
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "The",
    "This",
    "That",
    "These",
    "It",
    "In",
    "On",
    "At",
    "As",
}
SECOND_PERSON = {"you", "You", "your", "Your"}
# words between a name's comma and a second office: "X, and current Chair of", "X, who is the"
CHAIR_LEAD_INS = {
    "and",
    "who",
    "is",
    "was",
    "also",
    "the",
    "current",
    "currently",
    "incumbent",
    # "X, in his capacity as Chair of", "X, as Chairman of"
    "in",
    "his",
    "her",
    "capacity",
    "as",
}
# an organisation's own organ after its name ("Chairman of the ECOWAS Authority of Heads of
# State and Government"): the office is the organisation's, and the organ no person's name
ORGAN_WORDS = frozenset(
    {"Authority", "Assembly", "Summit", "Conference", "Secretariat", "Committee", "Bureau"}
)
# head nouns of a ministry's own name ("Foreign, Commonwealth and Development Office")
INSTITUTION_HEADS = {"Office", "Ministry", "Department", "Agency", "Directorate"}
# styles that also stand inside names ("Hassan Sheikh Mohamud", "Mohamed Sheikh Ali")
INNER_STYLES = {"Sheikh", "Sheikha", "Shri", "Smt", "Datuk", "Dato", "Prince", "Princess"}
# "son of" / "daughter of" inside Arabic and Malay names ("Abdullah bin Zayed")
PATRONYMICS = {"bin", "ibn", "bint", "binti"}
NAME_PARTICLES = {"al", "el", "ad", "as", "ash"}  # lower-case, hyphened to a surname
CHAIR_ROLES = {"head_of_organization", "secretary_general"}
# capitalised words that make the title after them another, lower office ("Assistant
# Secretary of State", "Deputy Minister", "Principal Secretary", "Press Secretary"): it
# names no holder of the bare title (role OTHER_OFFICE resolves to nobody)
OFFICE_MODIFIERS = frozenset(
    {
        "Assistant",
        "Under",
        "Principal",
        "Special",
        "Parliamentary",
        "Junior",
        "Permanent",
        "Associate",
        "Deputy",
        "Vice",
        "Press",
        "Cabinet",
        "Private",
    }
)
OTHER_OFFICE = "official"
# a chamber's head noun after "Speaker of the" / "Chairman of the" / "President of the":
# the office is the speaker's, of the state named after it or of the readout's own
CHAMBER_HEADS = frozenset(
    {
        "Assembly",
        "Parliament",
        "Senate",
        "Duma",
        "Congress",
        "Knesset",
        "Sabha",
        "Bundestag",
        "Sejm",
        "Majlis",
        "Rada",
        "Yuan",
        "Representatives",
        "Commons",
        "Diet",
        "Saeima",
        "Seimas",
        "Riigikogu",
        "Storting",
        "Riksdag",
        "Khural",
        "Mazhilis",
        "Kenesh",
        "Hluttaw",
        "Jirga",
        "Deputies",
        "Councillors",
    }
)
CHAMBER_TITLES = frozenset({"Speaker", "Chairman", "Chairperson", "Chair", "President"})
# words before a title that make it a past office ("former President X", "the late King"):
# section 8, a past office gives no leaderOf
PAST_MARKERS = frozenset({"former", "Former", "late", "Late"})
ENVOYS = {
    "Ambassador",
    "Envoy",
    "Representative",
    "Commissioner",
    "Consul",
    "Plenipotentiary",
    "Affaires",
}
ROYAL_STYLES = ("Majesty", "Excellency", "Highness", "Royal")
# styles that stand alone for their bearer, with no name after them ("Samdech Thipadei
# welcomed ...", "His Majesty thanked ..."): a "style" mention, resolved by coref
# and the initials Gulf agencies write for them ("HRH stressed", "HE affirmed")
BEARER_STYLES = frozenset({"Samdech", "HRH", "HE", "HM", "HH"})
# monarchs' titles, after which a given name alone may name the ruler ("King Hamad")
MONARCH_TITLES = frozenset({"King", "Queen", "Emperor", "Emir", "Amir", "Sultan"})
# offices whose lower-case title after "the" names their holder ("the prime minister")
LOWER_TITLE_ROLES = frozenset(
    {
        "head_of_state",
        "head_of_government",
        "president_elect",
        "vice_president",
        "foreign_minister",
        "deputy_head_of_government",
        # "congratulated the ambassador on his mission": the envoy already named
        "ambassador",
    }
)
# a state named by its style ("the Kingdom", "the Sultanate"), as Gulf and Maghreb

PRONOUN_WORDS = frozenset({"I", "my", "My"} | SECOND_PERSON | set(PERSON_PRONOUNS))
# words that open a sentence with a phrase the first comma closes ("Receiving the Ghanaian
# leader, Tinubu commended him", "During the call with the President, Ruto said")
OPENING_PREPOSITIONS = frozenset({"During", "After", "At", "In", "On", "Following", "Upon"})


def style_part(tokens, k: int) -> bool:
    """Token k is a word of a two-word style: 'Seri' after 'Datuk', 'Tan' before 'Sri'."""
    t = tokens[k].text
    if t in STYLE_SECONDS:
        return k > 0 and tokens[k - 1].text in STYLE_SECONDS[t]
    return t == "Tan" and k + 1 < len(tokens) and tokens[k + 1].text in ("Sri", "Seri")


def opening_ends(tokens, k: int) -> bool:
    """The comma at k closes a sentence's opening participle or prepositional phrase: the
    name after it is the main clause's subject, not an apposition of the office before."""
    first = tokens[0].text if tokens else ""
    opening = (first.endswith("ing") and first[:1].isupper()) or first in OPENING_PREPOSITIONS
    return opening and all(t.text != "," for t in tokens[1:k])
