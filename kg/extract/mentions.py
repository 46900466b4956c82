"""Find actor mentions in a sentence: names, titled people, offices, groups, pronouns."""

from __future__ import annotations

import re
from dataclasses import MISSING, dataclass

from kg.extract.gazetteer import Gazetteer, fold
from kg.extract.groups import (
    DESCRIBED_STATES,
    GROUP_FIRST,
    GROUP_LONGEST,
    GROUP_PREFIXES,
    GROUPS,
    ORG_ANAPHORS,
    REALMS,
    leaders_of_others,
)
from kg.extract.lexicon import Lexicon
from kg.extract.person_names import PersonNames
from kg.extract.styles import (
    CHAIR_ROLES,
    BEARER_STYLES,
    HONORIFICS,
    NAME_HONORIFICS,
    OBJECT_FOLLOWERS,
    OBJECT_PRONOUNS,
    PERSON_PRONOUNS,
    PRONOUN_WORDS,
    ROYAL_STYLES,
    SECOND_PERSON,
    STYLE_STARTS,
    WE_PAST_IRREGULAR,
    style_part,
)
from kg.extract.text import Token, tokenize
from kg.extract.titles import TitleReading
from kg.extract.word_runs import fold_key, runs, words_from

# words after which a capital's possessive is still the city ("in Kyiv's centre")
CITY_PLACE_WORDS = frozenset({"in", "at", "into", "near", "around", "outside"})
# "accompanied by Minister X": X comes with the person named before
COMPANION_VERBS = frozenset({"accompanied", "joined", "assisted"})
# words after which a state's name is the state even when a person bears it as a surname
PLACE_WORDS_BEFORE = frozenset(
    {"of", "in", "to", "for", "from", "into", "across", "throughout", "visit", "visiting", "the"}
)
_GO_ON = object()  # a part of the scan found nothing and leaves the word to the next part


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
# a foreign ministry named for its minister: "the head of the Kazakh foreign ministry"
MINISTRY_BODIES = (
    ("foreign", "ministry"),
    ("ministry", "of", "foreign", "affairs"),
    ("diplomacy",),
    ("diplomatic", "service"),
    ("foreign", "office"),
    ("mfa",),
)
# ranks written between a determiner and a side's adjective ("the top U.S. diplomat")
RANK_WORDS = frozenset({"top", "senior", "chief"})
_MENTION_DEFAULTS = {
    name: f.default for name, f in Mention.__dataclass_fields__.items() if f.default is not MISSING
}


# adverbs between a sentence's opening "It" and its verb ("It also thanked")
IT_ADVERBS = frozenset({"also", "further", "then", "again", "once", "strongly", "firmly"})
# past tenses not in -ed that a state's act may take ("It also spoke highly of X")
IT_IRREGULAR = frozenset(
    {"spoke", "sent", "gave", "made", "took", "paid", "held", "sought", "stood", "wrote", "said"}
)


def _of_a_place(tokens, j: int) -> bool:
    """'of Italy' after a title: the office is named with its state."""
    return j + 1 < len(tokens) and tokens[j].text == "of" and tokens[j + 1].text[:1].isupper()


class MentionFinder(TitleReading, PersonNames):
    """Scans one sentence; knows the gazetteer, the lexicon and the document's people."""

    def __init__(self, gaz: Gazetteer, lex: Lexicon):
        self.gaz = gaz
        self.lex = lex
        self.day: str | None = None  # the readout's day, set by read_mentions: who is in office
        self.max_form = 8
        self.max_title = max(len(k) for k in lex.titles)
        adjectives = {}
        for adj, state in gaz.adjectives.items():
            # as runs read them: "U.S." is ("U", "S"), "Bissau-Guinean" ("Bissau", "Guinean")
            key = tuple(re.findall(r"[^\W_]+", adj))
            adjectives[key] = state
        self.adjectives = adjectives
        self.title_first = frozenset(k[0] for k in lex.titles)
        self.portfolio_words = lex.words.get("portfolio", frozenset())
        self.agency_words = lex.words.get("agency", frozenset())
        self.named_place_words = lex.words.get("named_place", frozenset())
        self.title_or_portfolio = self.title_first | self.portfolio_words
        self.title_words = frozenset(w for k in lex.titles for w in k)
        # titles of one word ("Spokesperson", "Minister"): a second office inside a portfolio
        self.title_ends = frozenset(k[0] for k in lex.titles if len(k) == 1)
        self.title_prefixes = frozenset(k[:n] for k in lex.titles for n in range(1, len(k) + 1))
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
        self._skips: dict[int, int] = {}
        self._skips_of: list[Token] | None = None
        self._text, self._offset = "", 0  # the sentence being scanned
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
        texts, ends = runs(tokens, i)
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
                folded = fold_key(key)
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

    def _delegation_state(self, tokens: list[Token], prev: Mention, m: Mention) -> Mention:
        """'a Ghanaian delegation led by Minister of Trade X', 'the delegation of Ghana, headed
        by Ambassador Y': the head of a state's delegation is of that state."""
        k = m.t0
        if k < 3 or tokens[k - 1].text != "by" or tokens[k - 2].text not in ("led", "headed"):
            return m
        d = k - 3 - (tokens[k - 3].text == ",")
        if prev.kind not in ("adjective", "state") or len(prev.actors) != 1:
            return m
        if tokens[d].text in ("delegation", "Delegation") and prev.t1 == d:
            return m.but(of=prev.actors[0])  # "a Ghanaian delegation led by"
        if prev.t1 == d + 1 and prev.t0 >= 2 and tokens[prev.t0 - 1].text == "of":
            if tokens[prev.t0 - 2].text in ("delegation", "Delegation"):
                return m.but(of=prev.actors[0])  # "the delegation of Ghana, led by"
        return m

    def _companion_state(self, tokens: list[Token], out: list[Mention], m: Mention) -> Mention:
        """'X arrived in Kyiv, accompanied by Minister of Defence Y', 'received X, who was
        joined by Minister Y': an official with no state of their own who comes with a
        person is of that person's state (the nearest person named before)."""
        k = m.t0
        if k < 2 or tokens[k - 1].text != "by" or tokens[k - 2].text not in COMPANION_VERBS:
            return m
        for prev in reversed(out):
            if prev.kind == "person" and len(prev.actors) == 1:
                actor = self.gaz.actors.get(prev.actors[0])
                state = prev.of or (actor.country if actor else None)
                return m.but(of=state) if state else m
        return m

    def _state_before(self, prev: Mention, m: Mention) -> bool:
        """A state's name right before a titled person with no state of their own, as an
        adjective stands ("the United Arab Emirates Minister of State X")."""
        return (
            prev.t1 == m.t0
            and prev.kind == "state"
            and len(prev.actors) == 1
            and not prev.possessive
            and m.kind == "person"
            and m.of is None
            and m.how.startswith("titled")
        )

    def _counterpart_at(self, tokens, i):
        return i < len(tokens) and tokens[i].text in ("colleague", "counterpart", "interlocutor")

    def _adjective_at(self, tokens, i):
        if i >= len(tokens) or tokens[i].text not in self.adjective_first:
            return None
        for n in (3, 2, 1):
            got = words_from(tokens, i, n)
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

        Kept for every token walked over, so a sentence that is one long run of
        honorifics costs linear time, not the run's length at every token; only the
        tokens asked about are read (most sentences ask about none or one or two)."""
        if self._skips_of is not tokens:
            self._skips, self._skips_of = {}, tokens
        skips = self._skips
        got = skips.get(i)
        if got is not None:
            return got
        n, k = len(tokens), i
        while k < n and k not in skips:
            t = tokens[k].text
            if not (t in HONORIFICS or t == "." or style_part(tokens, k)):
                break
            k += 1
        end = skips.get(k, k)
        for j in range(i, min(k + 1, n)):
            skips[j] = end
        return end

    # -- the scan ----------------------------------------------------------
    def find(
        self, text: str, offset: int, known: dict[str, str]
    ) -> tuple[list[Token], list[Mention]]:
        """Mentions in one sentence; ``known`` maps surnames to people already named."""
        tokens = tokenize(text, offset)
        self._text, self._offset = text, offset  # _mk's mentions take their words from it
        out: list[Mention] = []
        i = 0
        n = len(tokens)
        start_words = self.start_words
        while i < n:
            t = tokens[i].text  # _mention_at's own first test, without the call
            if not t[0].isalnum() or (not t[0].isupper() and t not in start_words):
                i += 1
                continue
            m = self._mention_at(tokens, i, known)
            if m is None:
                i += 1
                continue
            j = m.t1
            changes: dict = {}  # one copy of the mention, not one per change
            if j < n and tokens[j].text == "." and tokens[j - 1].text in ("Jr", "Sr"):
                # "Ferdinand R. Marcos Jr.": the full stop is the name's, not the sentence's
                changes.update(t1=j + 1, end=tokens[j].end)
                j += 1
            if j < n and tokens[j].text == "+" and len(m.actors) == 1:
                plus = m.actors[0] + "+"  # "OPEC+" is its own actor, not OPEC
                if plus in self.gaz.actors:
                    changes.update(actors=(plus,), t1=j + 1, end=tokens[j].end)
                    j += 1
            if j + 2 < n and tokens[j].text == "(" and m.kind in ("state", "organization"):
                alias = self._bracketed_alias(tokens, j, m.actors)
                if alias:  # "the Organization of American States (OAS)": one mention
                    changes.update(t1=alias, end=tokens[alias - 1].end)
                    j = alias
            if j + 1 < n and tokens[j].text in ("'", "’") and tokens[j + 1].text == "s":
                changes.update(possessive=True, t1=j + 2, end=tokens[j + 1].end)
            elif j < n and tokens[j].text in ("'", "’") and tokens[j - 1].text.endswith("s"):
                changes.update(possessive=True, t1=j + 1, end=tokens[j].end)
            words = text[m.start - offset : changes.get("end", m.end) - offset]
            if changes or words != m.text:  # most mentions are as _mk made them: no copy
                m = m.but(text=words, **changes)
            if out and out[-1].of is not None and m.of is None:  # else it keeps its own
                m = self._inherit_state(tokens, out[-1], m)
            if out and m.of is None and m.how.startswith("titled"):
                m = self._delegation_state(tokens, out[-1], m)
                if m.of is None and m.how == "titled-new":
                    m = self._companion_state(tokens, out, m)
            if out and out[-1].t1 == m.t0 and self._state_before(out[-1], m):
                # "the United Arab Emirates Minister of State X": the state names his
                prev = out.pop()
                m = m.but(
                    of=prev.actors[0],
                    start=prev.start,
                    t0=prev.t0,
                    text=text[prev.start - offset : m.end - offset],
                )
            out.append(m)
            i = m.t1
        return tokens, out

    def _bracketed_alias(self, tokens, j: int, actors) -> int | None:
        """The end of "( OAS )" at j when the bracket holds another name of the same actor,
        so that cues read "the importance of the OAS (OAS) in" as naming it once."""
        hit = self._form_at(tokens, j + 1)
        if hit is None or hit[0] >= len(tokens) or tokens[hit[0]].text != ")":
            return None
        return hit[0] + 1 if (hit[1],) == tuple(actors) else None

    def _mk(self, tokens, i, j, kind, actors=(), **kw) -> Mention:
        """A new mention, built as ``Mention.but`` builds its copies (the frozen dataclass's
        own __init__ sets each of 13 fields through object.__setattr__)."""
        new = object.__new__(Mention)
        fields = new.__dict__
        fields.update(
            _MENTION_DEFAULTS,
            start=tokens[i].start,
            end=tokens[j - 1].end,
            t0=i,
            t1=j,
            kind=kind,
            text=self._text[tokens[i].start - self._offset : tokens[j - 1].end - self._offset],
            actors=tuple(actors),
        )
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
        if t == "It" and i == 0:
            return self._it_at(tokens)
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
        if t in known and self._surname_not_state(tokens, i, t):
            # "Sánchez and Montenegro discussed": a state's name that is the surname of a
            # person the readout has named is that person, not the state
            return self._mk(tokens, i, i + 1, "person", (known[t],), how="surname")
        m = self._office_at(tokens, i, t, known)
        if m is not None:
            return m
        return self._name_at(tokens, i, t, known)

    def _surname_not_state(self, tokens, i: int, t: str) -> bool:
        """A known person's surname that is also a state's one-word name, where no word of
        place before it ("in", "of", "to Montenegro") makes it the state."""
        form = self.gaz.forms.get((t,))
        actor = self.gaz.actors.get(form[0]) if form else None
        if actor is None or actor.kind != "state":
            return False
        before = tokens[i - 1].text.lower() if i else ""
        return before not in PLACE_WORDS_BEFORE

    def _group_at(self, tokens, i) -> Mention | None:
        """'the two leaders', 'both sides', 'the latter', 'these mechanisms'."""
        texts, ends = runs(tokens, i)
        best = None  # the longest wording: read word by word while one can still match
        for n in range(1, min(GROUP_LONGEST[tokens[i].text], len(texts)) + 1):
            key = tuple(texts[:n])
            if key not in GROUP_PREFIXES:
                break
            got = GROUPS.get(key)
            if got is not None and not (key == ("Both",) and i != 0):
                best = ends[n - 1], key, got
        if best is None:
            return self._described_states(tokens, i)
        j, key, got = best
        if got[1] == "visitor" and _of_a_place(tokens, j):
            return None  # "the visiting Prime Minister of Italy, X": the office names her
        if got[0] == "people" and leaders_of_others(tokens, key, j):
            listed = self._leaders_of(tokens, j + 1)
            if listed is not None:
                return self._mk(tokens, i, listed[0], "people", listed[1], how="leaders-of")
            before = [t.text for t in tokens[max(0, i - 2) : i]]
            if before[-1:] == ["to"] or before == ["to", "the"]:
                return None
        return self._mk(tokens, i, j, got[0], how=got[1])

    def _described_states(self, tokens, i) -> Mention | None:
        """'the two U.S. allies', 'the two Asian neighbours': the participants' states, a
        demonym or name describing them between the number and the noun."""
        if tokens[i].text not in ("the", "The") or i + 3 >= len(tokens):
            return None
        if tokens[i + 1].text != "two":
            return None
        adj = self._adjective_at(tokens, i + 2) or self._form_at(tokens, i + 2)
        if not adj or adj[0] >= len(tokens):
            return None
        if tokens[adj[0]].text.lower() not in DESCRIBED_STATES:
            return None
        return self._mk(tokens, i, adj[0] + 1, "states", how="group")

    def _leaders_of(self, tokens, k: int) -> tuple[int, tuple[str, ...]] | None:
        """'the leaders of Sudan, Chad and Niger': (end, the states or bodies listed), read as one
        mention so that a verb before it reaches each; coref says whether they take part."""
        states: list[str] = []
        n = len(tokens)
        while k < n:
            k += k < n and tokens[k].text == "the"
            hit = self._form_at(tokens, k) if k < n else None
            actor = self.gaz.actors.get(hit[1]) if hit else None
            if actor is None or actor.kind not in ("state", "organization"):
                break
            states.append(actor.name)
            k = hit[0]
            if k < n and tokens[k].text == "," and k + 1 < n and tokens[k + 1].text == "and":
                k += 1
            if k + 1 < n and tokens[k].text in (",", "and"):
                end_if_stop = k
                k += 1
                continue
            return k, tuple(states)
        if not states:
            return None
        return end_if_stop, tuple(states)

    def _it_at(self, tokens) -> Mention | None:
        """'It also thanked X' opening a sentence: a state's pronoun when a verb in the past
        follows (coreference names the state, if the last sentence opened with one); "It
        was agreed", "It is important" are no acts of a state."""
        j = 1
        while j < len(tokens) and tokens[j].text in IT_ADVERBS:
            j += 1
        verb = tokens[j].text if j < len(tokens) else ""
        if not (verb.endswith("ed") and verb.islower()) and verb not in IT_IRREGULAR:
            return None
        return self._mk(tokens, 0, 1, "pronoun", how="it")

    def _pronoun_at(self, tokens, i, t, known):
        """I/my, you/your, he/his/her: a pronoun, or a style ("His Majesty King ...") that
        leads to the person. ``_GO_ON`` when the word is not a pronoun here."""
        if t in ("I", "my", "My") and i + 1 < len(tokens) and tokens[i + 1].text not in ".-":
            # the speaker of a quotation ("I am grateful for ...," the President said.)
            return self._mk(tokens, i, i + 1, "pronoun", how="first-person")
        if t == "We":
            # "We discussed ..." opening a leader's first-person account of a meeting: the
            # author and the other participant (coref pairs them); "We call on X" is not
            nxt = tokens[i + 1].text if i + 1 < len(tokens) else ""
            first = i == 0 or (i == 1 and tokens[0].text in ('"', "\u201c"))  # or a quote's
            if first and nxt.islower() and (nxt.endswith("ed") or nxt in WE_PAST_IRREGULAR):
                return self._mk(tokens, i, i + 1, "people", how="we")
            return _GO_ON
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
            if inner is None and k < len(tokens) and not tokens[k].text[:1].isupper():
                # "His Royal Highness thanked Mr Modi": the style alone stands for its bearer
                gender = PERSON_PRONOUNS[t]
                return self._mk(tokens, i, k, "pronoun", how="style", gender=gender)
            return None
        how = "object-pronoun" if t in OBJECT_PRONOUNS else "pronoun"
        if t in ("her", "Her") and nxt.isalpha() and nxt.lower() not in OBJECT_FOLLOWERS:
            how = "pronoun"  # "expressed her gratitude": possessive, the subject's
        return self._mk(tokens, i, i + 1, "pronoun", how=how, gender=PERSON_PRONOUNS[t])

    def _office_at(self, tokens, i, t, known) -> Mention | None:
        """A known name, or a title with what it belongs to: "the Brazilian President",
        "Paraguay's Foreign Minister Ana Torres", "President of France"."""
        if i + 1 < len(tokens) and t.lower() == "the":
            word = tokens[i + 1].text
            if word in REALMS and (i + 2 >= len(tokens) or tokens[i + 2].text != "of"):
                # "the Kingdom's efforts": a state by its style; read_mentions says which
                return self._mk(tokens, i, i + 2, "state", how="realm", title=word)
            if word in ORG_ANAPHORS:
                whole = self._form_at(tokens, i)
                if whole is None or whole[0] <= i + 2:
                    return self._mk(tokens, i, i + 2, "org-anaphor", how="anaphor")
        whole = self._form_at(tokens, i)
        if whole and t in ("the", "The"):
            leader = self._leader_at(tokens, whole[0], whole[1])
            if leader:  # "the ECOWAS leader"
                return self._titled(tokens, i, leader, whole[1], known)
            actor = self.gaz.actors.get(whole[1])
            if whole[0] < len(tokens) and tokens[whole[0]].text in ("'", "’"):
                owned = self._owned_title_at(tokens, i, whole, actor, known)
                if owned is not None:  # "the Republic of Korea's Foreign Minister X"
                    return owned
            return self._mk(
                tokens, i, whole[0], actor.kind if actor else "state", (whole[1],), how=whole[2]
            )
        if t in ("the", "The") and i + 3 < len(tokens) and tokens[i + 1].text == "head":
            head = self._ministry_head(tokens, i + 2)
            if head is not None:  # "the head of the Kazakh foreign ministry"
                end, state = head
                title = (end, "Minister of Foreign Affairs", "foreign_minister")
                return self._titled(tokens, i, title, state, known)
        j = i + (t in ("the", "The", "his", "His", "her", "Her", "their"))
        adj = self._adjective_at(tokens, j) if j < len(tokens) else None
        if adj is None and j > i and j + 1 < len(tokens) and tokens[j].text in RANK_WORDS:
            # "the top U.S. diplomat", "the senior Kenyan official": a rank before the side
            adj = self._adjective_at(tokens, j + 1)
            j += adj is not None
        if adj:
            definite = j > i  # "the/his Kenyan guest", not "a Kenyan official"
            after = self._title_at(tokens, adj[0]) or self._leader_at(
                tokens, adj[0], adj[1], definite
            )
            described = False
            if after is None:
                after = self._named_lower_title(tokens, adj[0])
                if after is None and definite:
                    # "the Ghanaian minister": whoever of Ghana the readout named so
                    after = described = self._title_lower_owned(tokens, adj[0])
            if after:
                m = self._titled(tokens, i, after, adj[1], known)
                return m.but(how="described") if described and m.kind == "role" else m
            if self._counterpart_at(tokens, adj[0]):
                named = self._named_after(tokens, adj[0] + 1, known, adj[1])
                if named is not None:
                    return named.but(start=tokens[i].start, t0=i)
                return self._mk(tokens, i, adj[0] + 1, "role", how="role", of=adj[1])
        # Possessive state + title: "Paraguay's Foreign Minister Ana Torres".
        form = self._form_at(tokens, j) if j < len(tokens) else None
        if form and form[0] < len(tokens) and tokens[form[0]].text in ("'", "’"):
            owned = self._owned_title_at(tokens, i, form, self.gaz.actors.get(form[1]), known)
            if owned is not None:
                return owned
        title = self._title_at(tokens, j) if j < len(tokens) else None
        if title is None and t in ("the", "The"):
            title = self._title_lower(tokens, j)
        if title and self._named_place_after(tokens, title[0]):
            return None  # "King Khalid International Airport": a place, no King in it
        if title:
            return self._titled(tokens, i, title, None, known)
        if form and self._in_institution(tokens, j, form[0]):
            return None
        leader = self._leader_at(tokens, form[0], form[1], j > i) if form else None
        if leader:  # "the ECOWAS leader", "ISIS leader Abu Bakr al-Baghdadi"
            return self._titled(tokens, i, leader, form[1], known)
        if (
            form
            and self.gaz.actors.get(form[1])
            and self.gaz.actors[form[1]].kind == "organization"
        ):
            title = self._title_at(tokens, form[0])
            if title and title[2] in CHAIR_ROLES:  # "WFP Executive Director Cindy McCain"
                return self._titled(tokens, i, title, form[1], known)
        if form:
            actor = self.gaz.actors.get(form[1])
            kind = actor.kind if actor else "state"
            m = self._mk(tokens, i, form[0], kind, (form[1],), how=form[2])
            return self._apposition(tokens, m) if kind == "person" else m
        return None

    def _named_place_after(self, tokens, k: int) -> bool:
        """Whether the capitalised run at k ends in a place's head noun ("Khalid
        International Airport", "Zayed Road"): the title before it names a place."""
        j = k
        while j < len(tokens) and j < k + 6 and tokens[j].text[:1].isupper():
            j += 1
        return j - k > 1 and tokens[j - 1].text in self.named_place_words

    def _owned_title_at(self, tokens, i: int, form, actor, known=None) -> Mention | None:
        """A title after a state's or body's possessive, its name long or short ("Paraguay's
        Foreign Minister X", "the Republic of Korea's Minister Y"): the office of that owner."""
        if actor is None or actor.kind not in ("state", "organization"):
            return None
        if form[0] + 1 >= len(tokens) or tokens[form[0]].text not in ("'", "’"):
            return None
        k = self._past_new(tokens, form[0] + (2 if tokens[form[0] + 1].text == "s" else 1))
        title = self._title_at(tokens, k) or self._named_lower_title(tokens, k)
        return self._titled(tokens, i, title, form[1], known or {}) if title else None

    def _ministry_head(self, tokens, k: int) -> tuple[int, str] | None:
        """'(the head) of the Kazakh foreign ministry', 'of Kazakh diplomacy', 'of the Foreign
        Ministry of Kazakhstan': the foreign minister of that state, as Central Asian and
        Russian ministries call their minister; the end and the state."""
        if tokens[k].text != "of":
            return None
        k += 1 + (k + 1 < len(tokens) and tokens[k + 1].text == "the")
        adj = self._adjective_at(tokens, k) if k < len(tokens) else None
        state = adj[1] if adj else None
        k = adj[0] if adj else k
        words = tuple(t.text.lower() for t in tokens[k : k + 4])
        for body in MINISTRY_BODIES:
            if words[: len(body)] == body:
                k += len(body)
                break
        else:
            return None
        if state is None and k + 1 < len(tokens) and tokens[k].text == "of":
            form = self._form_at(tokens, k + 1)
            actor = self.gaz.actors.get(form[1]) if form else None
            if actor is not None and actor.kind == "state":
                return form[0], form[1]
        return (k, state) if state else None

    def _named_lower_title(self, tokens, k: int):
        """A lower-case title owned by a state, when a name follows it ("Ghanaian trade
        minister Kwesi Adomako"): without the name it stays a description ("the Iranian
        president pointed to ..." names no one the readout's speakers include)."""
        title = self._title_lower_owned(tokens, k)
        if title is None or title[0] >= len(tokens):
            return None
        end = self._accredited(tokens, title[0], title[1])[0]  # "... to the United Nations"
        nxt = self._skip_honorifics(tokens, end)
        return title if nxt < len(tokens) and tokens[nxt].text[:1].isupper() else None

    def _envoy_styled(self, tokens, i: int, k: int, m: Mention | None) -> Mention | None:
        """'H.E. Ambassador Lars Quorum of Norway': "Ambassador" among the styles before a
        name is the person's office, and "of Norway" after it the state they represent."""
        if m is None or m.title or not any(tok.text == "Ambassador" for tok in tokens[i:k]):
            return m
        got = self._of_actor(tokens, m.t1)
        if got is None or self.gaz.actors[got[1]].kind != "state":
            return m.but(title="Ambassador", role="ambassador")
        end = tokens[got[0] - 1].end
        return m.but(t1=got[0], end=end, title="Ambassador", role="ambassador", of=got[1])

    def _named_after(self, tokens, k: int, known, of: str) -> Mention | None:
        """The person a counterpart description names right after it ('her French
        counterpart Catherine Colonna'): the name decides, not the office on a date. A name
        the gazetteer lacks ("his Ghanaian counterpart, Kwesi Adomako,") is a new person of
        that state, holding the office of the one whose counterpart they are."""
        comma = k < len(tokens) and tokens[k].text == ","
        k += comma  # "his Kenyan counterpart, President William Ruto, at ..."
        if k >= len(tokens) or not tokens[k].text[:1].isupper():
            return None
        inner = self._mention_at(tokens, k, known)
        if inner is None:
            inner = self._new_counterpart(tokens, k, known, of)
        if inner is None or inner.kind != "person" or not inner.actors:
            return None
        closed = inner.t1 >= len(tokens) or tokens[inner.t1].text in (",", ".", ";")
        if not (closed or not comma):
            return None
        if inner.of is None and inner.title is None:
            # "his Turkish counterpart Mevlut Cavusoglu": the description names his state
            inner = inner.but(title="counterpart", of=of)
        return inner

    def _new_counterpart(self, tokens, k: int, known, of: str) -> Mention | None:
        """An unknown name of two words or more after "counterpart": a person of ``of``."""
        person = self._person_at(tokens, k, known)
        if not person or person[2] != "new" or " " not in person[1]:
            return None
        return self._mk(
            tokens,
            k,
            person[0],
            "person",
            (person[1],),
            title="counterpart",
            role="counterpart",
            of=of,
            how="titled-new",
        )

    def _name_at(self, tokens, i, t, known) -> Mention | None:
        """An honorific's person, a surname or a new titled name, a capital city, or a
        state's adjective on its own ("the Russian missile attacks")."""
        if t in NAME_HONORIFICS or (t in STYLE_STARTS and style_part(tokens, i)):
            k = self._skip_honorifics(tokens, i)
            if t in BEARER_STYLES and k < len(tokens) and not tokens[k].text[:1].isupper():
                if tokens[k].text == "the":
                    # "HE the Prime Minister affirmed": the style before the office it styles
                    inner = self._mention_at(tokens, k, known)
                    ok = inner is not None and inner.kind in ("person", "role")
                    return inner.but(start=tokens[i].start, t0=i) if ok else None
                return self._mk(tokens, i, k, "pronoun", how="style")  # "Samdech Thipadei said"
            if k > i and k < len(tokens):
                inner = self._mention_at(tokens, k, known)
                if inner is not None and inner.kind == "person":
                    inner = inner.but(start=tokens[i].start, t0=i)
                elif inner is None:
                    inner = self._styled_new(tokens, i, k, known)
                else:
                    return None
                return self._envoy_styled(tokens, i, k, inner)
            return None
        if not t[:1].isupper():
            return None
        person = self._person_at(tokens, i, known)
        if person and person[2] == "surname" and self._given_before(tokens, i, person[1]):
            return None  # "Ahmed Fahmy" is not Nabil Fahmy
        if person and person[2] == "surname":
            return self._apposition(
                tokens, self._mk(tokens, i, person[0], "person", (person[1],), how="surname")
            )
        if person and person[2] == "malay":  # "Mohamad bin Haji Hasan": a known person
            return self._apposition(
                tokens, self._mk(tokens, i, person[0], "person", (person[1],), how="name")
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
            adj = self._adjective_at(tokens, i)
            if adj and adj[0] > i + 1:
                # "Bissau-Guinean": an adjective longer than the capital it begins with
                return self._mk(tokens, i, adj[0], "adjective", (adj[1],), how="adjective")
            for n in (4, 3, 2, 1):
                got = words_from(tokens, i, n)
                if got and " ".join(got[1]) in self.gaz.capitals:
                    # a capital city: where a visit goes, not an actor
                    place = (self.gaz.capitals[" ".join(got[1])],)
                    j = got[0]
                    if j + 1 < len(tokens) and tokens[j].text in ("'", "’"):
                        before = tokens[i - 1].text.lower() if i else ""
                        if tokens[j + 1].text == "s" and before not in CITY_PLACE_WORDS:
                            # "Tirana's European aspirations": the government the capital
                            # stands for owns them, as a state does
                            return self._mk(tokens, i, j, "state", place, how="capital")
                    return self._mk(tokens, i, j, "place", place, how="capital")
        adj = self._adjective_at(tokens, i)
        if adj:
            # "the Russian missile attacks": the adjective names its state as an owner
            return self._mk(tokens, i, adj[0], "adjective", (adj[1],), how="adjective")
        return None
