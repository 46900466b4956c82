"""Reading offices and titles in a sentence: "Minister of Foreign Affairs", "the
President of France, Emmanuel Macron", "X, Chair of the African Union"."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.extract.styles import (
    CHAIR_LEAD_INS,
    CHAIR_ROLES,
    CHAMBER_HEADS,
    CHAMBER_TITLES,
    ENVOYS,
    INSTITUTION_HEADS,
    MONARCH_TITLES,
    LOWER_TITLE_ROLES,
    OFFICE_MODIFIERS,
    ORGAN_WORDS,
    OTHER_OFFICE,
    PAST_MARKERS,
    opening_ends,
)
from kg.extract.word_runs import runs, words_from

if TYPE_CHECKING:
    from kg.extract.mentions import Mention


def name_after_portfolio(words: list[str]) -> int:
    """How many of a portfolio's last capitalised words are the holder's name: "... and
    Industry Azmin Ali" (a conjunct is one word), "of Foreign Affairs Ahmed Ali" (two)."""
    k = len(words)
    while k > 0 and words[k - 1] not in ("and", "of", "the", ","):
        k -= 1
    run = len(words) - k
    joined = k > 0 and words[k - 1] in ("and", ",")
    keep = 1 if joined or run == 3 else run - 2
    return run - keep if run >= 3 else 0


def _past_organ(tokens, j: int) -> int:
    """The end of an organisation's organ named after it ("the ECOWAS Authority of Heads of
    State and Government", "the AU Assembly"), or j when none follows."""
    if j >= len(tokens) or tokens[j].text not in ORGAN_WORDS:
        return j
    j += 1
    if j + 1 < len(tokens) and tokens[j].text == "of" and tokens[j + 1].text[:1].isupper():
        j += 1  # "of Heads of State and Government": capitalised words, "of" and "and"
        while j < len(tokens) and (tokens[j].text[:1].isupper() or tokens[j].text in ("of", "and")):
            j += 1
        while tokens[j - 1].text in ("of", "and"):
            j -= 1
    return j


def _past_acronym(tokens, j: int) -> int:
    """The end of a body's or state's acronym in brackets after its name ("of the Caribbean
    Community (CARICOM), Carla Barnett"), or j when none follows: the name comes after it."""
    if j + 2 < len(tokens) and tokens[j].text == "(" and tokens[j + 2].text == ")":
        word = tokens[j + 1].text
        if len(word) > 1 and word.replace(".", "").replace("-", "").isupper():
            return j + 3
    return j


# lower-case words inside a person's name after their given name ("Omar bin Rashid",
# "Yusuf al-Harthy", "Ana Paula de Souza"): where a portfolio's capitals give way to a name
NAME_LINKS = frozenset({"bin", "ibn", "bint", "al", "el", "de", "da", "dos", "van", "von"})
# words between a title's owner and the title that say it is newly held
NEWLY = frozenset({"new", "newly", "appointed", "elected", "incoming", "-"})
# words before a title that change the office: OFFICE_MODIFIERS, and "Acting"/"Interim",
# which hold the office itself
HOLDING_MODIFIERS = frozenset({"Acting", "Interim"})
RANK_MODIFIERS = frozenset({"Deputy", "Vice", "First"})
TITLE_MODIFIERS = OFFICE_MODIFIERS | HOLDING_MODIFIERS
# titles a portfolio after "of"/"for" extends ("Minister of Trade", "Minister of State for
# Foreign Affairs", "Secretary of Commerce", "Secretary of State for Defence"), and those of
# them that hold the foreign ministry when the portfolio is foreign affairs
PORTFOLIO_TITLE_ENDS = ("Minister", "Minister of State", "Secretary", "Secretary of State")
MINISTER_TITLES = frozenset(
    {"Minister", "Federal Minister", "Secretary", "Secretary of State", "Cabinet Secretary"}
)
# the last word of a title that may head a state's agency ("Governor of the Central Bank")
AGENCY_TITLES = frozenset(
    {"Chairperson", "Chairman", "Chair", "Chairwoman", "Governor", "Director", "General"}
    | {"Commissioner", "President"}
)

# nouns after a state's or body's name that describe one of its people, not an office: "the
# Kenyan guest", "the US official" is whoever of Kenya or the US the readout has named
DESCRIBED = frozenset(
    {"official", "diplomat", "envoy", "guest", "visitor", "delegate", "representative"}
    | {"dignitary", "statesman", "stateswoman", "interlocutor"}
)

# words that modify a noun after them, so a title read up to one is cut short ("Minister
# of Foreign Affairs and National | Community Abroad, Ahmed Attaf")
UNFINISHED = frozenset({"National", "Regional", "International", "Foreign", "Economic", "Public"})


class TitleReading:
    """The office half of MentionFinder: titles, portfolios, "of X", appositions."""

    def _title_at(self, tokens, i):
        if i >= len(tokens) or tokens[i].text not in self.title_or_portfolio:
            return None  # most words begin neither a title nor a portfolio: one set test
        if tokens[i].text not in self.title_first:
            if tokens[i].text in self.portfolio_words:
                found = self._portfolio_first(tokens, i)
                return self._modified(tokens, i, found) if found else None
            return None
        texts, ends = runs(tokens, i)
        if not texts or not texts[0][0].isupper():
            return None
        best = None  # the longest title: read word by word while one can still match
        for n in range(1, min(self.max_title, len(texts)) + 1):
            key = tuple(texts[:n])
            if key not in self.title_prefixes:
                break
            if key in self.lex.titles:
                best = ends[n - 1], key
        if best is None:
            if tokens[i].text in TITLE_MODIFIERS:
                # "Deputy Minister of Foreign Affairs", "Acting Minister of Trade": a
                # modifier no title of the lexicon begins with, before one it holds
                return self._title_at(tokens, i + 1)
            return None
        found = best[0], " ".join(best[1]), self.lex.titles[best[1]]
        found = (
            self._portfolio(tokens, found)
            or self._chamber(tokens, found)
            or (
                self._agency(tokens, found)
                if found[1].rpartition(" ")[2] in AGENCY_TITLES  # _agency's own first test
                else None
            )
            or found
        )
        if i > 0 and tokens[i - 1].text in TITLE_MODIFIERS:
            return self._modified(tokens, i, found)
        return found

    def _modified(self, tokens, i: int, found):
        """A title after a modifier: "Acting Assistant Secretary of State" is not the
        Secretary of State (another office, which names no holder of the bare title); a
        deputy or vice minister is a minister of another rank; an acting one holds it."""
        if i == 0 or tokens[i - 1].text not in TITLE_MODIFIERS:
            return found
        word = tokens[i - 1].text
        end, title, role = found
        if word in HOLDING_MODIFIERS:
            return end, f"{word} {title}", role
        if word in RANK_MODIFIERS and role in ("minister", "foreign_minister"):
            return end, f"{word} {title}", "minister"
        return end, f"{word} {title}", OTHER_OFFICE

    def _portfolio_first(self, tokens, i: int):
        """'Trade Minister', 'Trade and Industry Minister', 'Defence Secretary': a portfolio
        written before a minister's or secretary's title, the office of a minister (of
        foreign affairs when the portfolio is)."""
        j, words = i, []
        while j < len(tokens) and j - i < 6:
            w = tokens[j].text
            if w in self.portfolio_words or (w in ("and", "&") and words):
                words.append(w)
                j += 1
                continue
            break
        if not words or words[-1] in ("and", "&") or j >= len(tokens):
            return None
        head = tokens[j].text
        if head not in ("Minister", "Secretary"):
            return None
        foreign = words[0] in ("Foreign", "External") and "and" not in words
        return j + 1, " ".join(words + [head]), "foreign_minister" if foreign else "minister"

    def _agency(self, tokens, found):
        """'Governor of the Central Bank', 'Chairperson of the National Planning Commission':
        the head of a state's own agency, which no gazetteer body names. The title takes the
        agency; its state is named after it or before the title."""
        end, title, role = found
        if end + 2 >= len(tokens) or title.rpartition(" ")[2] not in AGENCY_TITLES:
            return None
        if tokens[end].text == "for" and tokens[end + 1].text[:1].isupper():
            # "Director-General for Asian Affairs": a department's field, up to the state
            j = end + 1
            while j < len(tokens) and j - end < 7 and tokens[j].text[:1].isupper():
                if self._form_at(tokens, j):
                    break
                j += 1
            if j == end + 1:
                return None
            return j, f"{title} for " + " ".join(t.text for t in tokens[end + 1 : j]), OTHER_OFFICE
        if tokens[end].text != "of" or tokens[end + 1].text != "the":
            return None
        j, last = end + 2, None
        while j < len(tokens) and j - end < 12:
            w = tokens[j].text
            if not w[:1].isupper() and w not in ("of", "and", "for"):
                break
            if w[:1].isupper() and self._form_at(tokens, j):
                break  # "of the European Commission", "of the Bank of Ghana"'s state
            if w in self.agency_words or (last is not None and w in self.portfolio_words):
                last = j + 1  # "the Ministry of Foreign Affairs": the agency's whole name
            j += 1
        if last is None:
            return None
        words = " ".join(t.text for t in tokens[end:last])
        return last, f"{title} {words}", OTHER_OFFICE

    def _portfolio(self, tokens, found, second: bool = False):
        """'Minister of External Relations', 'Minister for International Relations and
        Cooperation': a minister's portfolio in capitals extends the title."""
        end, title, role = found
        if end + 1 >= len(tokens):
            return None
        if tokens[end].text == "and" and " of " in title and title.startswith("Minister"):
            # "Minister of Foreign Affairs and Regional Integration": a second portfolio
            # after a title the lexicon holds whole
            if not tokens[end + 1].text[:1].isupper() or self._title_at(tokens, end + 1):
                return None
            more = self._portfolio(tokens, (end, "Minister", role), second=True)
            if more is None:
                return None
            return more[0], title + more[1][len("Minister") :], role
        if not title.endswith(PORTFOLIO_TITLE_ENDS) or tokens[end].text not in ("of", "for"):
            if not (second and tokens[end].text == "and"):
                return None
        j, words, named = end + 1, [], False
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
                if w in NAME_LINKS and words and words[-1][:1].isupper():
                    # a particle inside a name ("Minister of Finance Omar bin Rashid ...",
                    # "... Yusuf al-Harthy", "... Ana Paula de Souza"): the given names
                    # before it are the holder's, never the portfolio's
                    words.pop()
                    j -= 1
                    if len(words) > 1 and words[-2] in self.portfolio_words:
                        if words[-1] not in self.portfolio_words:
                            words.pop()
                            j -= 1
                    named = True
                elif w == "-" and words and words[-1][:1].isupper():
                    # a hyphen joins names, never portfolio words: "Minister of Finance
                    # Pierre-Yves Lambert" (a given name), "... Nadia El-Khoury" (a family
                    # name, after its given name)
                    words.pop()
                    j -= 1
                    given = j + 3 < len(tokens) and tokens[j + 3].text[:1].isupper()
                    capitals = sum(1 for x in words if x[:1].isupper())
                    if not given and capitals >= 2 and words[-1][:1].isupper():
                        words.pop()
                        j -= 1
                    named = True
                break
            j += 1
        while words and words[-1] in ("and", "of", "the", ","):
            words.pop()
            j -= 1
        if not words:
            return None
        cut = 0 if named else self._name_after_title(words)
        words, j = words[: len(words) - cut], j - cut
        portfolio = " ".join(words).replace(" ,", ",")
        foreign = re.search(r"Foreign|External|International (?:Relations|Affairs)", portfolio)
        if title not in MINISTER_TITLES:
            role = "minister"  # "Minister of State for Foreign Affairs": not the minister
        elif foreign:
            role = "foreign_minister"
        elif title == "Secretary":
            # "Secretary of Commerce" of a cabinet, or "Secretary for Strategic Affairs" of
            # a presidency's staff: an office that leads only when its holder takes part
            role = OTHER_OFFICE
        elif role == "foreign_minister":
            role = "minister"  # "Secretary of State for Defence"
        return j, f"{title} {tokens[end].text} {portfolio}", role

    def _chamber(self, tokens, found):
        """'Speaker of the National Assembly', 'Chairman of the Standing Committee of the
        National People's Congress': a chamber no gazetteer body names extends the title,
        which becomes a speaker's (section 7: speakers of parliament lead their state)."""
        end, title, _ = found
        if title not in CHAMBER_TITLES or end + 2 >= len(tokens) or tokens[end].text != "of":
            return None
        j, last = end + 1, None
        while j < len(tokens) and j - end < 12:
            w = tokens[j].text
            if self._form_at(tokens, j) and w not in ("the", "The"):
                break  # "of the Republic of Korea", "of the European Parliament"
            if w[:1].isupper() or w in ("the", "of", "'", "’", "s") and j > end + 1 or w == "the":
                if w in CHAMBER_HEADS:
                    last = j + 1
                j += 1
                continue
            break
        if last is None:
            return None
        words = " ".join(t.text for t in tokens[end:last]).replace(" ' s", "'s")
        return last, f"{title} {words}", "speaker"

    def _name_after_title(self, words: list[str]) -> int:
        """How many last words of a portfolio are the holder's name: those after a second
        title inside it ("Minister of Communication and Government Spokesperson Budi Arie"),
        else as name_after_portfolio."""
        ends = [n for n, w in enumerate(words) if w in self.title_ends]
        if ends and ends[-1] < len(words) - 1:
            return len(words) - 1 - ends[-1]
        # portfolio words the lexicon knows, then capitalised words it does not: the name
        # ("Minister for Energy Rafael Quintana Osorio", three words of a name)
        k = 0
        while k < len(words) and (words[k] in self.portfolio_words or words[k] in ("and", ",")):
            k += 1
        if 0 < k < len(words) and words[k - 1] in self.portfolio_words:
            rest = words[k:]
            if len(rest) >= 2 and all(w[:1].isupper() for w in rest):
                return len(rest)
        return name_after_portfolio(words)

    def _portfolio_goes_on(self, tokens, k: int) -> bool:
        """After a comma, a portfolio goes on with capitalised words that end in "and Word"
        before any comma, and that are neither a title nor a known name."""
        while k < len(tokens) and tokens[k].text[:1].isupper():
            if tokens[k].text in self.title_first or self._form_at(tokens, k):
                return False
            k += 1
        return k + 1 < len(tokens) and tokens[k].text == "and" and tokens[k + 1].text[:1].isupper()

    def _title_lower(self, tokens, k: int):
        """'the president-elect thanked the prime minister': a head's or foreign minister's
        title in lower case after "the", as American and news-agency readouts write it."""
        if k >= len(tokens) or not tokens[k].text.islower():
            return None
        if tokens[k].text.capitalize() not in self.title_first:
            return None
        for n in range(self.max_title, 0, -1):
            got = words_from(tokens, k, n)
            if not got:
                continue
            first = (got[1][0].capitalize(),) + got[1][1:]
            every = tuple(w if w in ("of", "for", "-") else w.capitalize() for w in got[1])
            for key in (first, every):
                role = self.lex.titles.get(key)
                if role in LOWER_TITLE_ROLES:
                    return got[0], " ".join(key), role
        return None

    def _title_follows(self, tokens, k: int) -> bool:
        return k < len(tokens) and (
            self._title_at(tokens, k) is not None or self._title_lower_owned(tokens, k) is not None
        )

    def _title_lower_owned(self, tokens, k: int):
        """A title in lower case after its state's adjective or possessive, as news agencies
        write it ("Ghanaian trade minister", "Ghana's minister of trade and industry",
        "deputy foreign minister"): any office of the lexicon, or a portfolio before
        "minister". The caller asks for a name after it or a closing comma."""
        if k >= len(tokens) or not tokens[k].text.islower():
            return None
        word = tokens[k].text.capitalize()
        whole = self._lower_lexicon_title(tokens, k) if word in self.title_first else None
        if whole is not None:
            return whole
        if word in TITLE_MODIFIERS:
            inner = self._title_lower_owned(tokens, k + 1)
            if inner is None:
                return None
            end, title, role = inner
            if word in HOLDING_MODIFIERS:
                return end, f"{word} {title}", role
            rank = word in RANK_MODIFIERS and role in ("minister", "foreign_minister")
            return end, f"{word} {title}", "minister" if rank else OTHER_OFFICE
        j, words = k, []
        while j < len(tokens) and j - k < 6:
            w = tokens[j].text
            if w.capitalize() in self.portfolio_words and w.islower():
                words.append(w.capitalize())
            elif w == "and" and words:
                words.append(w)
            else:
                break
            j += 1
        if words and words[-1] != "and" and j < len(tokens):
            if tokens[j].text in ("minister", "secretary"):
                foreign = words[0] in ("Foreign", "External") and "and" not in words
                role = "foreign_minister" if foreign else "minister"
                if tokens[j].text == "secretary" and not foreign:
                    role = OTHER_OFFICE
                return j + 1, " ".join(words + [tokens[j].text.capitalize()]), role
        return None

    def _lower_lexicon_title(self, tokens, k: int):
        """The longest title of the lexicon written in lower case at k, with its portfolio."""
        for n in range(self.max_title, 0, -1):
            got = words_from(tokens, k, n)
            if not got or not all(w.islower() for w in got[1]):
                continue
            key = tuple(
                w if w in ("of", "for", "the", "and") or len(w) == 1 else w.capitalize()
                for w in got[1]
            )  # "chargé d'affaires" is ("Chargé", "d", "Affaires")
            role = self.lex.titles.get(key)
            if role and role != "spokesperson":
                return self._lower_portfolio(tokens, (got[0], " ".join(key), role))
        return None

    def _lower_portfolio(self, tokens, found):
        """'minister of trade and industry', 'governor of the central bank', 'speaker of the
        national assembly': a lower-case portfolio, agency or chamber after a title."""
        end, title, role = found
        last = title.split()[-1]
        extends = title.endswith(PORTFOLIO_TITLE_ENDS) or last in AGENCY_TITLES
        if not extends and title not in CHAMBER_TITLES:
            return found
        if end + 1 >= len(tokens) or tokens[end].text not in ("of", "for"):
            return found
        portfolio = title.endswith(PORTFOLIO_TITLE_ENDS)
        j, words = end + 1, []
        while j < len(tokens) and tokens[j].text.isalpha() and tokens[j].text.islower():
            w = tokens[j].text
            if (
                portfolio
                and w not in ("and", "of", "the")
                and w.capitalize() not in (self.portfolio_words)
            ):
                break  # "the minister for his support": no portfolio
            words.append(w)
            j += 1
        while words and words[-1] in ("and", "of", "the", "for"):
            words.pop()
            j -= 1
        if not words:
            return found
        if not portfolio:
            # an agency or a chamber is named "of the ...": "president for the support" is none
            head = words[-1].capitalize()
            if words[0] != "the" or (head not in self.agency_words and head not in CHAMBER_HEADS):
                return found
        text = f"{title} {tokens[end].text} " + " ".join(
            w if w in ("and", "of", "the", "for") else w.capitalize() for w in words
        )
        foreign = words[0] in ("foreign", "external")
        if title.endswith(PORTFOLIO_TITLE_ENDS):
            if title in MINISTER_TITLES and title != "Secretary":
                role = "foreign_minister" if foreign else "minister"
            elif title == "Secretary":
                role = "foreign_minister" if foreign else OTHER_OFFICE
            else:
                role = "minister"
        elif words[-1].capitalize() in CHAMBER_HEADS:
            role = "speaker"
        else:
            role = OTHER_OFFICE
        return j, text, role

    def _title_any_case(self, tokens, k: int):
        """A title at k as written in a sentence's body, in capitals or not ("chairman")."""
        if k >= len(tokens) or tokens[k].text.capitalize() not in self.title_first:
            return None
        for n in range(self.max_title, 0, -1):
            got = words_from(tokens, k, n)
            if got:
                key = (got[1][0].capitalize(),) + got[1][1:]
                if key in self.lex.titles:
                    return got[0], " ".join(key), self.lex.titles[key]
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

    def _of_actor(self, tokens, i):
        """'of Russia' / 'of the European Council' at i: (end, actor); not "of India's"."""
        if i + 3 < len(tokens) and tokens[i].text == "of" and tokens[i + 1].text == "the":
            i = _past_session(tokens, i)
        if i < len(tokens) and tokens[i].text == "of" and i + 1 < len(tokens):
            hit = self._form_at(tokens, i + 1)
            if hit is None and tokens[i + 1].text == "the":
                # "of the State of Japan": an alias the gazetteer holds without its article
                hit = self._form_at(tokens, i + 2)
            if hit and self.gaz.actors.get(hit[1]) and self.gaz.actors[hit[1]].kind != "person":
                if hit[0] < len(tokens) and tokens[hit[0]].text in ("'", "’"):
                    return None
                if self.gaz.actors[hit[1]].kind == "organization":
                    return _past_acronym(tokens, _past_organ(tokens, hit[0])), hit[1]
                return _past_acronym(tokens, hit[0]), hit[1]
        return None

    def _leader_at(self, tokens, k: int, of: str, definite: bool = True):
        """'leader' after a state's adjective or a state's or organisation's name: the
        office that leads it ("the Guinean leader", "the ECOWAS leader X"); a word that
        describes a person of it ("the Kenyan guest", "the US official") names someone
        already named, and no office, and only after a definite determiner ("a Kenyan
        official" is someone else)."""
        if k >= len(tokens):
            return None
        word = tokens[k].text
        if word not in ("leader", "Leader") and not (definite and word in DESCRIBED):
            return None
        actor = self.gaz.actors.get(of)
        if actor is None or actor.kind not in ("state", "organization"):
            return None
        if word in DESCRIBED:
            return k + 1, word, None
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

    def _titled(self, tokens, start, title, of, known) -> Mention:
        m = self._titled_now(tokens, start, title, of, known)
        if start > 0 and tokens[start - 1].text in PAST_MARKERS:
            # "former President X": the person, without the office (section 8)
            return m.but(title=None, role=None, of=None, heads=(), how="former")
        return m

    def _titled_now(self, tokens, start, title, of, known) -> Mention:
        j, title_text, role = title
        if of is None:
            got = self._of_actor(tokens, j)
            if got:
                j, of = got
        j, title_text = self._accredited(tokens, j, title_text)
        k = self._skip_honorifics(tokens, j)
        person = self._person_at(tokens, k, known, titled=True) if k < len(tokens) else None
        if person and person[2] == "new" and title_text.split()[-1] in UNFINISHED:
            person = self._named_after_tail(tokens, person, known) or person
        if (
            person is None
            and k < len(tokens)
            and tokens[k].text == ","
            and not opening_ends(tokens, k)
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
            joint = self._joint_title(tokens, start, j, of, known)
            if joint is not None:
                return joint
            return self._mk(
                tokens, start, j, "role", title=title_text, role=role, of=of, how="role"
            )
        end, name, how = person
        if how == "surname" and role:
            name = self._holder_of_surname(tokens[end - 1].text, name, role)
        if how == "new":
            crowned = self._crowned(name, title_text)
            if crowned:  # "King Hamad": the King whose name begins so, on the day
                name, how = crowned, "titled"
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

    def _crowned(self, name: str, title: str) -> str | None:
        """The one monarch of that title on the day whose name begins with ``name`` ("King
        Hamad", "King Jigme Khesar"): a ruler named by given name alone."""
        if title not in MONARCH_TITLES or not self.day:
            return None
        head = name + " "
        found = {
            t.person for t in self.gaz.holders(self.day, title=title) if t.person.startswith(head)
        }
        return found.pop() if len(found) == 1 else None

    def _holder_of_surname(self, word: str, name: str, role: str) -> str:
        """'President Sall' after 'Foreign Minister Aïssata Tall Sall': the one person of
        that surname who holds the title's office on the day, when the one read (the last
        named) does not."""
        day = self.day if self.day and len(self.day) == 10 else None
        if day is None or any(t.role == role for t in self.gaz.offices_of(name, day)):
            return name
        names = self.gaz.surnames.get(word) or ()
        holders = [n for n in names if any(t.role == role for t in self.gaz.offices_of(n, day))]
        return holders[0] if len(holders) == 1 else name

    def _named_after_tail(self, tokens, person, known):
        """'Minister of Foreign Affairs and National Community Abroad, Ahmed Attaf': the
        capitalised words after a title cut short at a modifier ("National"), read as a new
        name, when a comma and a known person's name follow them; that person holds the
        title."""
        end = person[0]
        if end + 1 >= len(tokens) or tokens[end].text != ",":
            return None
        k = self._skip_honorifics(tokens, end + 1)
        if k >= len(tokens) or not self._is_person_form(tokens, k):
            return None
        return self._person_at(tokens, k, known, titled=True)

    def _joint_title(self, tokens, start: int, j: int, of, known) -> Mention | None:
        """'Deputy Prime Minister and Foreign Minister X', 'Tánaiste and Minister for
        Foreign Affairs X': two offices of one person, the name after the second. Not after
        "the" ("The President and Prime Minister Modi discussed ...": two people)."""
        if j + 1 >= len(tokens) or tokens[j].text != "and":
            return None
        if start > 0 and tokens[start - 1].text.lower() in ("the", "his", "her"):
            return None
        if tokens[start].text.lower() in ("the", "his", "her"):
            return None
        second = self._title_at(tokens, j + 1)
        if second is None:
            return None
        inner = self._titled_now(tokens, j + 1, second, of, known)
        if inner.kind != "person":
            return None
        return inner.but(start=tokens[start].start, t0=start)

    def _apposition(self, tokens, m: Mention) -> Mention:
        """'Ana Torres, Foreign Minister of Paraguay' and '..., President of Mongolia'."""
        j = m.t1
        if m.title is None and j + 2 < len(tokens) and tokens[j].text in (",", "("):
            # "Ana Torres, Foreign Minister of Paraguay", "X, the President of Togo", "X (the
            # President of Togo)", "X, who is the President of Togo"
            k = j + 1
            if tokens[k].text == "who" and tokens[k + 1].text == "is":
                k += 2
            k += k < len(tokens) and tokens[k].text == "the"
            title = self._title_at(tokens, k)
            got = self._of_actor(tokens, title[0]) if title else None
            if got is None and title is not None:
                got = self._state_after_comma(tokens, title[0])  # "X, Minister of Trade, Ghana,"
            if got is None and title is None:
                # "X, the Ghanaian Minister of Trade,", "X, Ghana's Trade Minister,"
                title, got = self._owned_title(tokens, k)
            if got and not self._apposed_elsewhere(tokens, m, got):
                m = m.but(
                    t1=got[0],
                    end=tokens[got[0] - 1].end,
                    title=title[1],
                    role=title[2],
                    of=got[1],
                )
        return self._chair(tokens, m)

    def _owned_title(self, tokens, k: int):
        """A title owned by a state or body written before it, as an apposition holds it
        ("the Ghanaian Minister of Trade", "Ghana's Foreign Minister"), closed by a comma or
        the sentence's end: (title, (end, state)), or (None, None)."""
        owner = self._adjective_at(tokens, k)
        if owner is not None and not self._title_follows(tokens, owner[0]):
            owner = None  # "the Gabonese Republic's", "Trinidad and Tobago's": a name's words
        if owner is None:
            form = self._form_at(tokens, k) or (
                self._form_at(tokens, k - 1) if k > 0 and tokens[k - 1].text == "the" else None
            )
            if form is None or form[0] + 1 >= len(tokens):
                return None, None
            actor = self.gaz.actors.get(form[1])
            if actor is None or actor.kind not in ("state", "organization"):
                return None, None
            if tokens[form[0]].text in ("'", "’"):
                owner = form[0] + (2 if tokens[form[0] + 1].text == "s" else 1), form[1]
            elif actor.kind == "state" and self._title_at(tokens, form[0]):
                owner = form  # "X, Ghana Trade Minister,": a state's name as an adjective
            else:
                return None, None
        at = self._past_new(tokens, owner[0])
        title = self._title_at(tokens, at) or self._title_lower_owned(tokens, at)
        if title is None:
            return None, None
        end, text = self._accredited(tokens, title[0], title[1])  # "... to the United Nations"
        title = end, text, title[2]
        if end < len(tokens) and tokens[end].text not in (",", ".", ";", ")"):
            return None, None
        return title, (end, owner[1])

    def _state_after_comma(self, tokens, j: int):
        """'X, Minister of Trade, Ghana,': the state after the office, closed like it."""
        if j + 2 >= len(tokens) or tokens[j].text != ",":
            return None
        hit = self._form_at(tokens, j + 1)
        actor = self.gaz.actors.get(hit[1]) if hit else None
        if actor is None or actor.kind != "state":
            return None
        if hit[0] < len(tokens) and tokens[hit[0]].text not in (",", ".", ";", ")"):
            return None
        return hit[0], hit[1]

    def _past_new(self, tokens, k: int) -> int:
        """Past the words that say an office is newly held ("new", "newly appointed"),
        between its owner and its title ("Ghana's new Foreign Minister")."""
        while k < len(tokens) and tokens[k].text in NEWLY:
            k += 1
        return k

    def _apposed_elsewhere(self, tokens, m: Mention, got) -> bool:
        """'the Prime Minister of Thailand, A, the President of Sri Lanka, B, ...': the second
        title is B's when a known person follows it, and never A's when the day's offices
        put A in another state."""
        end, of = got
        if (
            end + 1 < len(tokens)
            and tokens[end].text == ","
            and self._is_person_form(tokens, end + 1)
        ):
            return True
        offices = self.gaz.offices_of(m.actors[0], self.day) if m.actors and self.day else []
        return bool(offices) and all(o.of != of for o in offices)

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


def _past_session(tokens, i: int) -> int:
    """'of the seventy-eighth session of the General Assembly': the 'of' before the body (a
    session's president presides over the body); else ``i``."""
    for k in range(i + 2, min(i + 7, len(tokens) - 1)):
        if tokens[k].text == "session":
            return k + 1 if tokens[k + 1].text == "of" else i
    return i
