"""Find actor mentions in a sentence: names, titled people, offices, groups, pronouns."""

from __future__ import annotations

import re
from dataclasses import MISSING, dataclass
from functools import lru_cache

from kg.extract.gazetteer import Gazetteer, fold
from kg.extract.lexicon import Lexicon
from kg.extract.text import Token, tokenize

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
}
# the second word of a Malay style, an honorific only after its first word ("Tun" and
# "Pehin" are left out: they stand inside names, "Hishammuddin Tun Hussein")
# ("Datuk Seri Anwar Ibrahim", "Tan Sri X"): "Sri" alone starts names ("Sri Mulyani")
STYLE_SECONDS = {"Seri": ("Datuk", "Dato", "Tan"), "Sri": ("Datuk", "Dato", "Tan")}
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
CHAIR_LEAD_INS = {"and", "who", "is", "was", "also", "the", "current", "currently", "incumbent"}
# head nouns of a ministry's own name ("Foreign, Commonwealth and Development Office")
INSTITUTION_HEADS = {"Office", "Ministry", "Department", "Agency", "Directorate"}
NAME_PARTICLES = {"al", "el", "ad", "as", "ash"}  # lower-case, hyphened to a surname
CHAIR_ROLES = {"head_of_organization", "secretary_general"}
ENVOYS = {"Ambassador", "Envoy", "Representative", "Commissioner", "Consul"}
ROYAL_STYLES = ("Majesty", "Excellency", "Highness", "Royal")
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
    # "The sides reaffirmed ...", the usual wording of Russian and Chinese readouts
    ("the", "sides"),
    ("The", "sides"),
)
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
        )
PEOPLE_GROUPS += (("Both",), ("themselves",), ("each", "other"))
for _the in ("the", "The", "both", "Both"):
    PEOPLE_GROUPS += tuple((_the,) + w for w in _OFFICE_GROUPS)
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
# offices whose lower-case title after "the" names their holder ("the prime minister")
LOWER_TITLE_ROLES = frozenset(
    {
        "head_of_state",
        "head_of_government",
        "president_elect",
        "vice_president",
        "foreign_minister",
        "deputy_head_of_government",
    }
)
# a state named by its style ("the Kingdom", "the Sultanate"), as Gulf and Maghreb
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
}
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

PRONOUN_WORDS = frozenset({"I", "my", "My"} | SECOND_PERSON | set(PERSON_PRONOUNS))
# words that open a sentence with a phrase the first comma closes ("Receiving the Ghanaian
# leader, Tinubu commended him", "During the call with the President, Ruto said")
OPENING_PREPOSITIONS = frozenset({"During", "After", "At", "In", "On", "Following", "Upon"})


def _leaders_of_others(tokens, key: tuple[str, ...], j: int) -> bool:
    """'greetings to the leaders of Brazil, India and South Africa': addressees named by
    their states, not the engagement's participants ('to the leaders of the two countries'
    are; so are 'the leaders of A and B' who agree on something)."""
    if key[-1].lower() != "leaders" or j + 1 >= len(tokens) or tokens[j].text != "of":
        return False
    nxt = tokens[j + 1].text
    return nxt[:1].isupper() or (
        nxt == "the" and j + 2 < len(tokens) and tokens[j + 2].text[:1].isupper()
    )


def _style_part(tokens, k: int) -> bool:
    """Token k is a word of a two-word style: 'Seri' after 'Datuk', 'Tan' before 'Sri'."""
    t = tokens[k].text
    if t in STYLE_SECONDS:
        return k > 0 and tokens[k - 1].text in STYLE_SECONDS[t]
    return t == "Tan" and k + 1 < len(tokens) and tokens[k + 1].text in ("Sri", "Seri")


def _opening_ends(tokens, k: int) -> bool:
    """The comma at k closes a sentence's opening participle or prepositional phrase: the
    name after it is the main clause's subject, not an apposition of the office before."""
    first = tokens[0].text if tokens else ""
    opening = (first.endswith("ing") and first[:1].isupper()) or first in OPENING_PREPOSITIONS
    return opening and all(t.text != "," for t in tokens[1:k])


_GO_ON = object()  # a part of the scan found nothing and leaves the word to the next part

# every group wording with its kind; a wording in two lists takes the later one's kind
GROUPS: dict[tuple[str, ...], tuple[str, str]] = {
    **{k: ("states", "group") for k in STATE_GROUPS},
    **{k: ("people", "group") for k in PEOPLE_GROUPS},
    **{k: ("org-anaphor", "plural") for k in ORG_PLURALS},
    **{k: ("anaphor", how) for k, how in OTHERS.items()},
}
GROUP_LONGEST: dict[str, int] = {}
for _key in GROUPS:
    GROUP_LONGEST[_key[0]] = max(GROUP_LONGEST.get(_key[0], 0), len(_key))
GROUP_FIRST = frozenset(GROUP_LONGEST)


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    t0: int
    t1: int
    kind: str  # person | state | organization | topic | people | states | pronoun | role | ...
    text: str
    actors: tuple[str, ...] = ()
    title: str | None = None
    role: str | None = None
    of: str | None = None
    possessive: bool = False
    heads: tuple[str, ...] = ()  # bodies chaired besides the office ("..., Chair of the AU")
    how: str = "name"
    gender: str | None = None

    def but(self, **changes) -> Mention:
        """A copy with ``changes``: ``dataclasses.replace`` without its per-call introspection.

        Every mention is remade once or twice (its text, its resolved actors), and
        ``replace`` cost 3.5 us a time against 0.7 us here.
        """
        if not changes.keys() <= _MENTION_FIELDS:
            raise TypeError(f"Mention has no field {sorted(changes.keys() - _MENTION_FIELDS)}")
        new = object.__new__(Mention)
        new.__dict__.update(self.__dict__)
        new.__dict__.update(changes)
        return new


_MENTION_FIELDS = frozenset(Mention.__dataclass_fields__)
_MENTION_DEFAULTS = {
    name: f.default for name, f in Mention.__dataclass_fields__.items() if f.default is not MISSING
}

JOINERS = (".", "-", "'", "’", ",", "+", "&")
MAX_RUN = 14  # the longest gazetteer forms ("the Government and people of the ...")
_RUNS: dict[int, tuple[list[str], list[int]]] = {}
_RUNS_OF: list = [None]
_WORDS: list = [(), (), {}, ()]  # the sentence's words, the token after each, index, run end


def _scan(tokens: list[Token]) -> None:
    """The sentence's word tokens once, and where each run of them ends (a token that is
    neither a word nor a joiner inside a name closes it)."""
    texts: list[str] = []
    ends: list[int] = []
    at: dict[int, int] = {}
    stops: list[int] = []  # for each word, the index after the last word of its run
    start = 0
    for j, tok in enumerate(tokens):
        t = tok.text
        if t[0].isalnum():
            at[j] = len(texts)
            texts.append(t)
            ends.append(j + 1)
        elif t not in JOINERS:
            stops.extend([len(texts)] * (len(texts) - start))
            start = len(texts)
    stops.extend([len(texts)] * (len(texts) - start))
    _WORDS[:] = [texts, ends, at, stops]


def _runs(tokens: list[Token], i: int) -> tuple[list[str], list[int]]:
    """The up to MAX_RUN words of the run from token i (skipping . , - ' + & inside names), and
    the token index after each; callers make tuples only of the lengths they try."""
    if _RUNS_OF[0] is not tokens:
        _RUNS.clear()
        _RUNS_OF[0] = tokens
        _scan(tokens)
    got = _RUNS.get(i)
    if got is None:
        texts, ends, at, stops = _WORDS
        k = at.get(i)
        if k is None:
            got = [], []
        else:
            e = min(stops[k], k + MAX_RUN)
            got = texts[k:e], ends[k:e]
        _RUNS[i] = got
    return got


def _words_from(tokens: list[Token], i: int, n: int) -> tuple[int, tuple[str, ...]] | None:
    """The next n word tokens from i, and the index after them."""
    texts, ends = _runs(tokens, i)
    return (ends[n - 1], tuple(texts[:n])) if len(texts) >= n else None


def _name_after_portfolio(words: list[str]) -> int:
    """How many of a portfolio's last capitalised words are the holder's name: "... and
    Industry Azmin Ali" (a conjunct is one word), "of Foreign Affairs Ahmed Ali" (two)."""
    k = len(words)
    while k > 0 and words[k - 1] not in ("and", "of", "the", ","):
        k -= 1
    run = len(words) - k
    joined = k > 0 and words[k - 1] in ("and", ",")
    keep = 1 if joined or run == 3 else run - 2
    return run - keep if run >= 3 else 0


@lru_cache(maxsize=65536)
def _fold_key(key: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(fold(w) for w in key)


class MentionFinder:
    """Scans one sentence; knows the gazetteer, the lexicon and the document's people."""

    def __init__(self, gaz: Gazetteer, lex: Lexicon):
        self.gaz = gaz
        self.lex = lex
        self.day: str | None = None  # the readout's day, set by read_mentions: who is in office
        self.max_form = 8
        self.max_title = max(len(k) for k in lex.titles)
        adjectives = {}
        for adj, state in gaz.adjectives.items():
            key = tuple(adj.replace(".", " ").split())
            adjectives[key] = state
        self.adjectives = adjectives
        self.title_first = frozenset(k[0] for k in lex.titles)
        self.title_words = frozenset(w for k in lex.titles for w in k)
        self.adjective_first = frozenset(k[0] for k in adjectives)
        self.start_words = frozenset(
            set(GROUP_FIRST)
            | set(PERSON_PRONOUNS)
            | set(NAME_HONORIFICS)
            | set(self.title_first)
            | set(self.adjective_first)
            | {"the", "his", "her", "their"}
            | SECOND_PERSON
            | {"my"}
            | {k[0] for k in gaz.forms}
        )
        self.capital_first = frozenset(c.split(" ")[0] for c in gaz.capitals)
        self._forms: dict[int, tuple | None] = {}
        self._forms_of: list[Token] | None = None
        self._skips: list[int] = []
        self._skips_of: list[Token] | None = None
        # every form's beginnings, to stop reading a run as soon as no form can match
        self.prefixes = frozenset(key[:n] for key in gaz.forms for n in range(1, len(key) + 1))
        # the longest gazetteer form starting with each word, to try only what can match
        self.first_words: dict[str, int] = {}
        for key in gaz.forms:
            if self.first_words.get(key[0], 0) < len(key):
                self.first_words[key[0]] = len(key)

    # -- gazetteer forms -------------------------------------------------
    def _form_at(self, tokens, i):
        """Longest gazetteer form starting at token i: (end, name, how), looked up once per
        token of a sentence (the scan asks for the same token up to five times)."""
        if self._forms_of is not tokens:
            self._forms.clear()
            self._forms_of = tokens
        if i in self._forms:
            return self._forms[i]
        got = self._forms[i] = self._find_form(tokens, i)
        return got

    def _find_form(self, tokens, i):
        if i >= len(tokens):
            return None
        first = tokens[i].text
        if not first[0].isalnum():
            return None
        longest = self.first_words.get(first) or (
            None if first.isascii() else self.first_words.get(fold(first))
        )
        if not longest:
            return None
        texts, ends = _runs(tokens, i)
        top = min(longest, len(texts))
        # runs grow word by word: when the longest is ASCII, so is every shorter one
        all_ascii = top > 0 and "".join(texts[:top]).isascii()
        best = None
        for n in range(1, top + 1):  # longer runs only while they begin some form
            j, key = ends[n - 1], tuple(texts[:n])
            if all_ascii or all(w.isascii() for w in key):
                if key not in self.prefixes:
                    break
                hit = self.gaz.lookup(key)
            else:
                folded = _fold_key(key)
                if key not in self.prefixes and folded not in self.prefixes:
                    break
                hit = self.gaz.lookup(key) or self.gaz.lookup(folded)
            if hit:
                best = j, hit
        if best is None:
            return None
        j, hit = best
        # keep trailing punctuation out of the mention
        while j > i and not tokens[j - 1].text[0].isalnum():
            j -= 1
        return j, hit[0], hit[1]

    def _title_at(self, tokens, i):
        if i >= len(tokens) or tokens[i].text not in self.title_first:
            return None
        for n in range(self.max_title, 0, -1):
            got = _words_from(tokens, i, n)
            if got and got[1] in self.lex.titles and got[1][0][0].isupper():
                found = got[0], " ".join(got[1]), self.lex.titles[got[1]]
                return self._portfolio(tokens, found) or found
        return None

    def _portfolio(self, tokens, found):
        """'Minister of External Relations', 'Minister for International Relations and
        Cooperation': a minister's portfolio in capitals extends the title."""
        end, title, role = found
        if not title.endswith("Minister") or end + 1 >= len(tokens):
            return None
        if tokens[end].text not in ("of", "for"):
            return None
        j, words = end + 1, []
        while j < len(tokens):
            w = tokens[j].text
            if w[:1].isupper() and not self._form_at(tokens, j):
                words.append(w)
            elif (w in ("and", "of") and words) or (w == "the" and words[-1:] != ["the"]):
                # "Minister of the International Department of the Party of China": a
                # portfolio runs up to the state, which the title then takes
                words.append(w)
            elif w == "," and words and self._portfolio_goes_on(tokens, j + 1):
                words.append(w)  # "Minister of Science, Technology and Innovation"
            else:
                break
            j += 1
        while words and words[-1] in ("and", "of", "the", ","):
            words.pop()
            j -= 1
        if not words:
            return None
        cut = _name_after_portfolio(words)
        words, j = words[: len(words) - cut], j - cut
        portfolio = " ".join(words).replace(" ,", ",")
        foreign = re.search(r"Foreign|External|International Relations", portfolio)
        return j, f"{title} {tokens[end].text} {portfolio}", "foreign_minister" if foreign else role

    def _portfolio_goes_on(self, tokens, k: int) -> bool:
        """After a comma, a portfolio goes on with capitalised words that end in "and Word"
        before any comma, and that are neither a title nor a known name."""
        while k < len(tokens) and tokens[k].text[:1].isupper():
            if tokens[k].text in self.title_first or self._form_at(tokens, k):
                return False
            k += 1
        return k + 1 < len(tokens) and tokens[k].text == "and" and tokens[k + 1].text[:1].isupper()

    def _inherit_state(self, tokens: list[Token], prev: Mention | None, m: Mention) -> Mention:
        """ "Malaysia's Prime Minister A, Foreign Minister B and Trade Minister C": titled
        people listed after one whose state is written before the title share it (not after
        "Prime Minister A of India and President B")."""
        if (
            prev is None
            or prev.of is None
            or m.of is not None
            or not m.how.startswith("titled")
            or not prev.how.startswith("titled")
            or not all(t.text in (",", "and") for t in tokens[prev.t1 : m.t0])
        ):
            return m
        k = prev.t0 + (tokens[prev.t0].text in ("the", "The"))
        lead = self._adjective_at(tokens, k) or self._form_at(tokens, k)
        return m.but(of=prev.of) if lead and lead[1] == prev.of else m

    def _counterpart_at(self, tokens, i):
        return i < len(tokens) and tokens[i].text in ("colleague", "counterpart", "interlocutor")

    def _adjective_at(self, tokens, i):
        if i >= len(tokens) or tokens[i].text not in self.adjective_first:
            return None
        for n in (3, 2, 1):
            got = _words_from(tokens, i, n)
            if got:
                key = tuple(w for w in got[1])
                if key in self.adjectives:
                    end = got[0]
                    if end < len(tokens) and tokens[end].text == "." and len(key[-1]) == 1:
                        end += 1  # "U.S. President": the abbreviation's full stop
                    return end, self.adjectives[key]
        return None

    def _skip_honorifics(self, tokens, i):
        """The first token from i on that is no honorific or full stop ("H.E. Mr").

        Worked out once per sentence from its end, so a sentence that is one long run of
        honorifics costs linear time, not the run's length at every token."""
        if self._skips_of is not tokens:
            skips = list(range(len(tokens) + 1))
            for k in range(len(tokens) - 1, -1, -1):
                t = tokens[k].text
                if t in HONORIFICS or t == "." or _style_part(tokens, k):
                    skips[k] = skips[k + 1]
            self._skips, self._skips_of = skips, tokens
        return self._skips[i] if i < len(tokens) else i

    def _of_actor(self, tokens, i):
        """'of Russia' / 'of the European Council' at i: (end, actor); not "of India's"."""
        if i < len(tokens) and tokens[i].text == "of" and i + 1 < len(tokens):
            hit = self._form_at(tokens, i + 1)
            if hit and self.gaz.actors.get(hit[1]) and self.gaz.actors[hit[1]].kind != "person":
                if hit[0] < len(tokens) and tokens[hit[0]].text in ("'", "’"):
                    return None
                return hit[0], hit[1]
        return None

    def _person_at(self, tokens, i, known: dict[str, str], titled: bool = False):
        """A person's name at i: a gazetteer person, a surname of one, or capitalised words.

        After a title (``titled``) a surname shared by several people means the one who
        held an office, and an unknown surname is a new person rather than nobody."""
        hit = self._form_at(tokens, i)
        if hit and self.gaz.actors.get(hit[1]) and self.gaz.actors[hit[1]].kind == "person":
            return hit[0], hit[1], "name"
        t = tokens[i].text if i < len(tokens) else ""
        particle = (
            titled
            and t in NAME_PARTICLES
            and i + 2 < len(tokens)
            and tokens[i + 1].text == "-"
            and tokens[i + 2].text[:1].isupper()
        )  # "ISIS leader al-Baghdadi"
        if t[:1].isupper() or particle:
            # capitalised run (an unknown person, or a surname)
            j, run = i, []
            while j < len(tokens) and (
                tokens[j].text[:1].isupper()
                or tokens[j].text in ("-", "bin", "de", "da", "van", "von", "der", "la")
                or tokens[j].text in NAME_PARTICLES
            ):
                if tokens[j].text in ("-",) and not run:
                    break
                run.append(tokens[j].text)
                j += 1
                if (
                    len(run) > 1
                    and len(run[-1]) == 1
                    and j + 1 < len(tokens)
                    and tokens[j].text == "."
                    and tokens[j + 1].text[:1].isupper()
                ):
                    j += 1  # "Antony J. Blinken": a middle initial does not end the name
            while run and not run[-1][:1].isupper():
                run.pop()
                j -= 1
            while len(run) > 2 and run[0] in self.title_first and self._form_at(tokens, i + 1):
                # "Minister of State Secretary Prasetyo Hadi": the name follows the title
                return self._person_at(tokens, i + 1, known)
            if not run or self._form_at(tokens, i) and not self._is_person_form(tokens, i):
                return None
            shown = [w for k, w in enumerate(run) if not (0 < k < len(run) - 1 and len(w) == 1)]
            name = " ".join(shown).replace(" - ", "-")
            parts = [w for w in run if w != "-"]
            if len(parts) == 1 or (len(parts) == 2 and "-" in run):
                word = "-".join(parts)
                if word in NOT_NAMES or (j < len(tokens) and tokens[j].text.isdigit()):
                    return None  # "May 18", "Prime Minister Monday"
                cands = (
                    known.get(word)
                    or self._surname(word, titled)
                    or (known.get(parts[0]) if len(parts) == 2 else None)
                    or (self._surname(parts[-1], titled) if particle else None)
                )
                if cands:
                    return j, cands, "surname"
                typo = self._miscased(tokens, i, j)
                if typo:
                    return typo
                if titled and self._bare_surname(tokens, i, j, word):
                    return j, word, "new"
                return None
            # surname of a known person written with its given name in another form
            return j, name, "new"
        return None

    def _is_person_form(self, tokens, i):
        hit = self._form_at(tokens, i)
        return bool(
            hit and self.gaz.actors.get(hit[1]) and self.gaz.actors[hit[1]].kind == "person"
        )

    def _surname(self, word: str, titled: bool = False) -> str | None:
        """The one person a surname names: the only one of them in office on the readout's day,
        else, after a title, the only one of them who ever held office."""
        names = self.gaz.surnames.get(word) or self.gaz.surnames.get(fold(word))
        if names and len(names) == 1:
            return next(iter(names))
        if names and self.day and len(self.day) == 10:
            # "President Hadi" in 2015 and "Minister Hadi" in 2024 are two people
            serving = [n for n in names if self.gaz.offices_of(n, self.day)]
            if len(serving) == 1:
                return serving[0]
        if names and titled:
            office = [n for n in names if self.gaz.by_person.get(n)]
            if len(office) == 1:
                return office[0]
        return None

    def _miscased(self, tokens, i: int, j: int):
        """'Donald trump': a known person whose surname lost its capital."""
        if j >= len(tokens) or not tokens[j].text.isalpha() or not tokens[j].text.islower():
            return None
        hit = self.gaz.lookup((tokens[i].text, tokens[j].text.capitalize()))
        if hit and self.gaz.actors.get(hit[0]) and self.gaz.actors[hit[0]].kind == "person":
            return j + 1, hit[0], "name"
        return None

    def _bare_surname(self, tokens, i: int, j: int, word: str) -> bool:
        """'Minister Song', 'President Ruto': a capitalised word after a title that is no
        title word, month or day, and no known actor's name."""
        if word in NOT_NAMES or word in self.title_words or not word[1:].islower():
            return False
        if j < len(tokens) and (tokens[j].text.isdigit() or tokens[j].text[:1].isupper()):
            return False
        return self._form_at(tokens, i) is None

    # -- the scan ----------------------------------------------------------
    def find(
        self, text: str, offset: int, known: dict[str, str]
    ) -> tuple[list[Token], list[Mention]]:
        """Mentions in one sentence; ``known`` maps surnames to people already named."""
        tokens = tokenize(text, offset)
        out: list[Mention] = []
        i = 0
        n = len(tokens)
        while i < n:
            m = self._mention_at(tokens, i, known)
            if m is None:
                i += 1
                continue
            j = m.t1
            if j < n and tokens[j].text == "." and tokens[j - 1].text in ("Jr", "Sr"):
                # "Ferdinand R. Marcos Jr.": the full stop is the name's, not the sentence's
                m = m.but(t1=j + 1, end=tokens[j].end)
                j += 1
            if j + 1 < n and tokens[j].text in ("'", "’") and tokens[j + 1].text == "s":
                m = m.but(possessive=True, t1=j + 2, end=tokens[j + 1].end)
            elif j < n and tokens[j].text in ("'", "’") and tokens[j - 1].text.endswith("s"):
                m = m.but(possessive=True, t1=j + 1, end=tokens[j].end)
            m = m.but(text=text[m.start - offset : m.end - offset])
            out.append(self._inherit_state(tokens, out[-1] if out else None, m))
            i = m.t1
        return tokens, out

    def _mk(self, tokens, i, j, kind, actors=(), **kw) -> Mention:
        """A new mention, built as ``Mention.but`` builds its copies (the frozen dataclass's
        own __init__ sets each of 13 fields through object.__setattr__)."""
        new = object.__new__(Mention)
        fields = new.__dict__
        fields.update(_MENTION_DEFAULTS)
        fields.update(start=tokens[i].start, end=tokens[j - 1].end, t0=i, t1=j, kind=kind)
        fields.update(text="", actors=tuple(actors))
        if kw:
            if not kw.keys() <= _MENTION_FIELDS:
                raise TypeError(f"Mention has no field {sorted(kw.keys() - _MENTION_FIELDS)}")
            fields.update(kw)
        return new

    def _mention_at(self, tokens, i, known) -> Mention | None:
        """The mention that starts at token i, tried from the most to the least specific."""
        t = tokens[i].text
        if not (t[0].isalnum()) or (not t[0].isupper() and t not in self.start_words):
            return None  # most words start no mention: decide that cheaply
        if t in GROUP_FIRST:
            m = self._group_at(tokens, i)
            if m is not None:
                return m
        if t in PRONOUN_WORDS:
            m = self._pronoun_at(tokens, i, t, known)
            if m is not _GO_ON:
                return m
        if i + 2 < len(tokens) and tokens[i + 1].text == "-":
            # a hyphenated family name already met ("Hossein Amir-Abdollahian", then
            # "Amir-Abdollahian said"), even when its first half is a title ("Amir")
            name = known.get(f"{t}-{tokens[i + 2].text}")
            if name:
                return self._mk(tokens, i, i + 3, "person", (name,), how="surname")
        m = self._office_at(tokens, i, t, known)
        if m is not None:
            return m
        return self._name_at(tokens, i, t, known)

    def _group_at(self, tokens, i) -> Mention | None:
        """'the two leaders', 'both sides', 'the latter', 'these mechanisms'."""
        texts, ends = _runs(tokens, i)
        for n in range(min(GROUP_LONGEST[tokens[i].text], len(texts)), 0, -1):
            j, key = ends[n - 1], tuple(texts[:n])
            got = GROUPS.get(key)
            if got is None or (key == ("Both",) and i != 0):
                continue
            before = [t.text for t in tokens[max(0, i - 2) : i]]
            if got[0] == "people" and (before[-1:] == ["to"] or before == ["to", "the"]):
                if _leaders_of_others(tokens, key, j):
                    return None
            return self._mk(tokens, i, j, got[0], how=got[1])
        return None

    def _pronoun_at(self, tokens, i, t, known):
        """I/my, you/your, he/his/her: a pronoun, or a style ("His Majesty King ...") that
        leads to the person. ``_GO_ON`` when the word is not a pronoun here."""
        if t in ("I", "my", "My") and i + 1 < len(tokens) and tokens[i + 1].text != ".":
            # the speaker of a quotation ("I am grateful for ...," the President said.)
            return self._mk(tokens, i, i + 1, "pronoun", how="first-person")
        if t in SECOND_PERSON:
            # the addressee of a message or of a quotation ("my congratulations to you")
            nxt = tokens[i + 1].text if i + 1 < len(tokens) else ""
            j = i + 2 if t in ("Your", "your") and nxt in ROYAL_STYLES + ("Majesty",) else i + 1
            return self._mk(tokens, i, j, "pronoun", how="second-person")
        if t not in PERSON_PRONOUNS:
            return _GO_ON
        adj = self._adjective_at(tokens, i + 1)
        if adj and (self._title_at(tokens, adj[0]) or self._counterpart_at(tokens, adj[0])):
            return _GO_ON  # "his Russian counterpart", "her French colleague"
        nxt = tokens[i + 1].text if i + 1 < len(tokens) else ""
        if nxt in ROYAL_STYLES:  # "His Majesty King ..." is a style, not a pronoun
            k = self._skip_honorifics(tokens, i)
            inner = self._mention_at(tokens, k, known) if k < len(tokens) else None
            if inner is not None and inner.kind in ("person", "role"):
                return inner.but(start=tokens[i].start, t0=i)
            return None
        how = "object-pronoun" if t in OBJECT_PRONOUNS else "pronoun"
        if t in ("her", "Her") and nxt.isalpha() and nxt.lower() not in OBJECT_FOLLOWERS:
            how = "pronoun"  # "expressed her gratitude": possessive, the subject's
        return self._mk(tokens, i, i + 1, "pronoun", how=how, gender=PERSON_PRONOUNS[t])

    def _office_at(self, tokens, i, t, known) -> Mention | None:
        """A known name, or a title with what it belongs to: "the Brazilian President",
        "Paraguay's Foreign Minister Ana Torres", "President of France"."""
        if t.lower() == "the" and i + 1 < len(tokens) and tokens[i + 1].text in REALMS:
            if i + 2 >= len(tokens) or tokens[i + 2].text != "of":
                # "the Kingdom's efforts": a state by its style; read_mentions says which
                word = tokens[i + 1].text
                return self._mk(tokens, i, i + 2, "state", how="realm", title=word)
        if t.lower() == "the" and i + 1 < len(tokens) and tokens[i + 1].text in ORG_ANAPHORS:
            whole = self._form_at(tokens, i)
            if whole is None or whole[0] <= i + 2:
                return self._mk(tokens, i, i + 2, "org-anaphor", how="anaphor")
        whole = self._form_at(tokens, i)
        if whole and t in ("the", "The"):
            leader = self._leader_at(tokens, whole[0], whole[1])
            if leader:  # "the ECOWAS leader"
                return self._titled(tokens, i, leader, whole[1], known)
            actor = self.gaz.actors.get(whole[1])
            return self._mk(
                tokens, i, whole[0], actor.kind if actor else "state", (whole[1],), how=whole[2]
            )
        j = i + (t in ("the", "The", "his", "His", "her", "Her", "their"))
        adj = self._adjective_at(tokens, j) if j < len(tokens) else None
        if adj:
            after = self._title_at(tokens, adj[0]) or self._leader_at(tokens, adj[0], adj[1])
            if after:
                return self._titled(tokens, i, after, adj[1], known)
            if self._counterpart_at(tokens, adj[0]):
                named = self._named_after(tokens, adj[0] + 1, known)
                if named is not None:
                    return named.but(start=tokens[i].start, t0=i)
                return self._mk(tokens, i, adj[0] + 1, "role", how="role", of=adj[1])
        # Possessive state + title: "Paraguay's Foreign Minister Ana Torres".
        form = self._form_at(tokens, j) if j < len(tokens) else None
        if form and form[0] + 1 < len(tokens) and tokens[form[0]].text in ("'", "’"):
            k = form[0] + (2 if tokens[form[0] + 1].text == "s" else 1)
            title = self._title_at(tokens, k) if k < len(tokens) else None
            actor = self.gaz.actors.get(form[1])
            if title and actor and actor.kind in ("state", "organization"):
                return self._titled(tokens, i, title, form[1], known)
        title = self._title_at(tokens, j) if j < len(tokens) else None
        if title is None and t in ("the", "The"):
            title = self._title_lower(tokens, j)
        if title:
            return self._titled(tokens, i, title, None, known)
        if form and self._in_institution(tokens, j, form[0]):
            return None
        leader = self._leader_at(tokens, form[0], form[1]) if form else None
        if leader:  # "the ECOWAS leader", "ISIS leader Abu Bakr al-Baghdadi"
            return self._titled(tokens, i, leader, form[1], known)
        if form:
            actor = self.gaz.actors.get(form[1])
            kind = actor.kind if actor else "state"
            m = self._mk(tokens, i, form[0], kind, (form[1],), how=form[2])
            return self._apposition(tokens, m) if kind == "person" else m
        return None

    def _named_after(self, tokens, k: int, known) -> Mention | None:
        """The person a counterpart description names right after it ('her French
        counterpart Catherine Colonna'): the name decides, not the office on a date."""
        comma = k < len(tokens) and tokens[k].text == ","
        k += comma  # "his Kenyan counterpart, President William Ruto, at ..."
        if k >= len(tokens) or not tokens[k].text[:1].isupper():
            return None
        inner = self._mention_at(tokens, k, known)
        if inner is None or inner.kind != "person" or not inner.actors:
            return None
        closed = inner.t1 >= len(tokens) or tokens[inner.t1].text in (",", ".", ";")
        return inner if closed or not comma else None

    def _leader_at(self, tokens, k: int, of: str):
        """'leader' after a state's adjective or a state's or organisation's name: the
        office that leads it ("the Guinean leader", "the ECOWAS leader X")."""
        if k >= len(tokens) or tokens[k].text not in ("leader", "Leader"):
            return None
        actor = self.gaz.actors.get(of)
        if actor is None or actor.kind not in ("state", "organization"):
            return None
        return k + 1, "leader", "leader" if actor.kind == "state" else "head_of_organization"

    def _in_institution(self, tokens, i: int, j: int) -> bool:
        """'Foreign, Commonwealth and Development Office': a name that is one word of a
        ministry's or office's own name, listed with others before its head noun."""
        if i < 2 or tokens[i - 1].text != "," or j + 1 >= len(tokens):
            return False
        if not tokens[i - 2].text[:1].isupper() or self._form_at(tokens, i - 2):
            return False  # "Canada, Australia and ...": a list of names
        if tokens[j].text not in ("and", "&"):
            return False
        k = j + 1
        while k < len(tokens) and tokens[k].text[:1].isupper():
            if tokens[k].text in INSTITUTION_HEADS:
                return True
            k += 1
        return False

    def _name_at(self, tokens, i, t, known) -> Mention | None:
        """An honorific's person, a surname or a new titled name, a capital city, or a
        state's adjective on its own ("the Russian missile attacks")."""
        if t in NAME_HONORIFICS:
            k = self._skip_honorifics(tokens, i)
            if k > i and k < len(tokens):
                inner = self._mention_at(tokens, k, known)
                if inner is not None and inner.kind == "person":
                    return inner.but(start=tokens[i].start, t0=i)
            return None
        if not t[:1].isupper():
            return None
        person = self._person_at(tokens, i, known)
        if person and person[2] == "surname":
            return self._apposition(
                tokens, self._mk(tokens, i, person[0], "person", (person[1],), how="surname")
            )
        after_the = i > 0 and tokens[i - 1].text in ("the", "The")
        if person and person[2] == "new" and not after_the:
            # An unknown name counts only with an office beside it ("the State
            # Council, Minister of ..." is an institution: no name follows "the").
            m = self._apposition(
                tokens, self._mk(tokens, i, person[0], "person", (person[1],), how="titled-new")
            )
            if m.title or m.heads:
                return m
        if t in self.capital_first:
            for n in (4, 3, 2, 1):
                got = _words_from(tokens, i, n)
                if got and " ".join(got[1]) in self.gaz.capitals:
                    # a capital city: where a visit goes, not an actor
                    place = (self.gaz.capitals[" ".join(got[1])],)
                    return self._mk(tokens, i, got[0], "place", place, how="capital")
        adj = self._adjective_at(tokens, i)
        if adj:
            # "the Russian missile attacks": the adjective names its state as an owner
            return self._mk(tokens, i, adj[0], "adjective", (adj[1],), how="adjective")
        return None

    def _accredited(self, tokens, j: int, title_text: str) -> tuple[int, str]:
        """'Ambassador to Argentina': 'to Y' names where an envoy is accredited, never the
        state led; it stays in the title (the office as the gazetteer writes it)."""
        if j + 1 >= len(tokens) or tokens[j].text != "to" or title_text.split()[-1] not in ENVOYS:
            return j, title_text
        hit = self._form_at(tokens, j + 1)
        actor = self.gaz.actors.get(hit[1]) if hit else None
        if actor is None or actor.kind == "person":
            return j, title_text
        return hit[0], f"{title_text} to {actor.name}"

    def _titled(self, tokens, start, title, of, known) -> Mention:
        j, title_text, role = title
        if of is None:
            got = self._of_actor(tokens, j)
            if got:
                j, of = got
        j, title_text = self._accredited(tokens, j, title_text)
        k = self._skip_honorifics(tokens, j)
        person = self._person_at(tokens, k, known, titled=True) if k < len(tokens) else None
        if (
            person is None
            and k < len(tokens)
            and tokens[k].text == ","
            and not _opening_ends(tokens, k)
        ):
            # "the President of France, Emmanuel Macron"
            k2 = self._skip_honorifics(tokens, k + 1)
            person = self._person_at(tokens, k2, known, titled=True) if k2 < len(tokens) else None
            if (
                person
                and person[2] == "new"
                and not (person[0] < len(tokens) and tokens[person[0]].text in (",", "."))
            ):
                person = None
        if person is None:
            return self._mk(
                tokens, start, j, "role", title=title_text, role=role, of=of, how="role"
            )
        end, name, how = person
        if of is None:
            got = self._of_actor(tokens, end)
            if got:
                end, of = got
        m = self._mk(
            tokens,
            start,
            end,
            "person",
            (name,),
            title=title_text,
            role=role,
            of=of,
            how="titled-new" if how == "new" else "titled",
        )
        return self._apposition(tokens, m)

    def _apposition(self, tokens, m: Mention) -> Mention:
        """'Ana Torres, Foreign Minister of Paraguay' and '..., President of Mongolia'."""
        j = m.t1
        if m.title is None and j + 2 < len(tokens) and tokens[j].text == ",":
            # "Ana Torres, Foreign Minister of Paraguay", "X, the President of Togo"
            title = self._title_at(tokens, j + 1 + (tokens[j + 1].text == "the"))
            if title:
                got = self._of_actor(tokens, title[0])
                if got:
                    m = m.but(
                        t1=got[0],
                        end=tokens[got[0] - 1].end,
                        title=title[1],
                        role=title[2],
                        of=got[1],
                    )
        return self._chair(tokens, m)

    def _chair(self, tokens, m: Mention) -> Mention:
        """'President X, and current Chair of the African Union', 'X, who is the chairman of
        ECOWAS': a body the person chairs besides their office (section 8: leaderOf it)."""
        j = m.t1
        if j + 2 >= len(tokens) or tokens[j].text != "," or m.kind != "person":
            return m
        k = j + 1
        while k < len(tokens) and tokens[k].text.lower() in CHAIR_LEAD_INS:
            k += 1
        lead = {t.text.lower() for t in tokens[j + 1 : k]}
        if {"and", "the"} <= lead and "who" not in lead:
            return m  # "X, and the Chairman of ECOWAS, Y": another person in a list
        title = self._title_any_case(tokens, k)
        if not title or title[2] not in CHAIR_ROLES:
            return m
        got = self._of_actor(tokens, title[0])
        if not got or self.gaz.actors[got[1]].kind != "organization":
            return m
        return m.but(t1=got[0], end=tokens[got[0] - 1].end, heads=m.heads + (got[1],))

    def _title_lower(self, tokens, k: int):
        """'the president-elect thanked the prime minister': a head's or foreign minister's
        title in lower case after "the", as American and news-agency readouts write it."""
        if k >= len(tokens) or not tokens[k].text.islower():
            return None
        if tokens[k].text.capitalize() not in self.title_first:
            return None
        for n in range(self.max_title, 0, -1):
            got = _words_from(tokens, k, n)
            if not got:
                continue
            first = (got[1][0].capitalize(),) + got[1][1:]
            every = tuple(w if w in ("of", "for", "-") else w.capitalize() for w in got[1])
            for key in (first, every):
                role = self.lex.titles.get(key)
                if role in LOWER_TITLE_ROLES:
                    return got[0], " ".join(key), role
        return None

    def _title_any_case(self, tokens, k: int):
        """A title at k as written in a sentence's body, in capitals or not ("chairman")."""
        if k >= len(tokens) or tokens[k].text.capitalize() not in self.title_first:
            return None
        for n in range(self.max_title, 0, -1):
            got = _words_from(tokens, k, n)
            if got:
                key = (got[1][0].capitalize(),) + got[1][1:]
                if key in self.lex.titles:
                    return got[0], " ".join(key), self.lex.titles[key]
        return None
