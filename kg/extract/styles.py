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
    # Malaysian forms of address before a minister's name ("YB Dato' Seri X", "YAB Tan Sri X")
    "YB",
    "YAB",
    "YBhg",
    # styles written as initials, and religious ones that precede a cleric's name
    "HRH",
    "HH",
    "HM",
    "HE",
    "Ayatollah",
    # the Holy See's styles and ranks ("His Eminence Cardinal X", "Archbishop Y")
    "Eminence",
    "Beatitude",
    "Cardinal",
    "Archbishop",
    "Bishop",
    "Monsignor",
    "Msgr",
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
# ranks as US and Commonwealth defence readouts abbreviate them ("Maj. Gen."): styles only
# with their full stop, since "Gen" is a given name too ("Gen Nakatani")
ABBREVIATED_RANKS = frozenset({"Maj", "Gen", "Lt", "Col", "Brig", "Adm", "Capt", "Cmdr"})
# words that open a style only as style_part reads them ("Most Honourable", "Maj. Gen.")
STYLE_STARTS = ABBREVIATED_RANKS | {"Most"}
# the armed service written before a rank ("Air Force Maj. Gen. Pat Ryder"): part of the
# style when a rank follows, else words of their own ("the Air Force of Ghana")
SERVICE_WORDS = frozenset({"Air", "Force", "Army", "Navy", "Marine", "Corps", "Space"})
RANKS = (
    frozenset({"General", "Colonel", "Lieutenant", "Captain", "Admiral", "Brigadier", "Marshal"})
    | ABBREVIATED_RANKS
)
# the second word of a Malay style, an honorific only after its first word ("Tun" and
# "Pehin" are left out: they stand inside names, "Hishammuddin Tun Hussein")
# ("Datuk Seri Anwar Ibrahim", "Tan Sri X"): "Sri" alone starts names ("Sri Mulyani")
STYLE_SECONDS = {
    "Seri": ("Datuk", "Dato", "Tan"),
    "Sri": ("Datuk", "Dato", "Tan"),
    # a third word of a Malay style ("Dato' Seri Utama"), and the pilgrim's style after a
    # style ("Dato' Seri Utama Haji Mohamad"): inside a name it is the father's ("bin Haji")
    "Utama": ("Seri", "Sri"),
    "Haji": ("Seri", "Sri", "Utama", "Datuk", "Dato", "YB", "YAB", "Tan"),
    "Hajah": ("Seri", "Sri", "Utama", "Datuk", "Dato", "YB", "YAB", "Tan"),
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
# "Dato'" is written with an apostrophe, a token of its own
STYLE_APOSTROPHES = frozenset({"'", "\u2019"})
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
# a father's pilgrim style inside a Malay name ("Mohamad bin Haji Hasan")
MALAY_FATHER_STYLES = frozenset({"Haji", "Hajah"})
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
# the Holy See's "His Eminence", "His Beatitude" and "His Holiness" are styles too
ROYAL_STYLES = ("Majesty", "Excellency", "Highness", "Royal", "Eminence", "Beatitude", "Holiness")
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

PRONOUN_WORDS = frozenset({"I", "my", "My", "We"} | SECOND_PERSON | set(PERSON_PRONOUNS))
# verbs in the past after a narrator's opening "We" that report the meeting ("We discussed")
WE_PAST_IRREGULAR = frozenset({"spoke", "met", "held", "took", "had", "made", "shared"})
# words that open a sentence with a phrase the first comma closes ("Receiving the Ghanaian
# leader, Tinubu commended him", "During the call with the President, Ruto said")
OPENING_PREPOSITIONS = frozenset({"During", "After", "At", "In", "On", "Following", "Upon"})


def style_part(tokens, k: int) -> bool:
    """Token k is a word of a two-word style: 'Seri' after 'Datuk', 'Tan' before 'Sri',
    'Air Force' before a rank, 'Most' before 'Honourable', 'Gen' before its full stop;
    the apostrophe of "Dato'" and the word after it ("Dato' Seri")."""
    t = tokens[k].text
    if t in STYLE_APOSTROPHES:
        return k > 0 and tokens[k - 1].text == "Dato"
    if t in STYLE_SECONDS:
        before = k - 2 if k > 1 and tokens[k - 1].text in STYLE_APOSTROPHES else k - 1
        return before >= 0 and tokens[before].text in STYLE_SECONDS[t]
    if t in ABBREVIATED_RANKS:  # "Maj. Gen. Pat Ryder", not "Gen Nakatani"
        return k + 1 < len(tokens) and tokens[k + 1].text == "."
    if t == "Most":  # "the Most Honourable Andrew Holness", "the Most Reverend"
        return k + 1 < len(tokens) and tokens[k + 1].text in ("Honourable", "Honorable", "Reverend")
    if t in SERVICE_WORDS:
        j = k + 1
        while j < len(tokens) and tokens[j].text in SERVICE_WORDS:
            j += 1
        return j < len(tokens) and tokens[j].text in RANKS
    return t == "Tan" and k + 1 < len(tokens) and tokens[k + 1].text in ("Sri", "Seri")


def opening_ends(tokens, k: int) -> bool:
    """The comma at k closes a sentence's opening participle or prepositional phrase: the
    name after it is the main clause's subject, not an apposition of the office before."""
    first = tokens[0].text if tokens else ""
    opening = (first.endswith("ing") and first[:1].isupper()) or first in OPENING_PREPOSITIONS
    return opening and all(t.text != "," for t in tokens[1:k])
