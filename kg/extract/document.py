"""A readout being read: its sentences, mentions, participants and who each mention means."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache

from kg.extract import authors, first_person, transcript
from kg.extract.gazetteer import Gazetteer, fold, words
from kg.extract.lexicon import Lexicon, title_key
from kg.extract.mentions import Mention, MentionFinder
from kg.extract.text import Sentence, Token
from kg.extract.titles import DESCRIBED
from kg.model import Readout

ACTOR_KINDS = ("person", "state", "organization")
DOTTED = re.compile(r"\b(?:[A-Za-z]\.)+[A-Za-z]$")  # "U.S", "U.K", "U.A.E" before their last dot


@dataclass
class View:
    """One sentence with its mentions and the masked string the cues match."""

    sentence: Sentence
    tokens: list[Token]
    mentions: list[Mention]
    masked: str = ""
    starts: list[int] = field(default_factory=list)  # masked offset of each piece
    pieces: list[str] = field(default_factory=list)
    piece_mention: list[int | None] = field(default_factory=list)

    def build(self) -> None:
        """The masked sentence: each mention as "@k", other words lower-cased, with the
        offset of each piece (built in local lists: every sentence is built twice)."""
        by_start = {m.t0: k for k, m in enumerate(self.mentions)}
        skip: dict[int, int] = {}
        for m in self.mentions:
            nxt = by_start.get(m.t1)
            if nxt is not None and _modifies_title(m, self.mentions[nxt]):
                # "UN Secretary-General X": the body names whose office it is; the cues
                # see the person ("appreciated @1 's efforts"), coreference the body
                skip[m.t0] = m.t1
        for t0 in skip:
            del by_start[t0]
        tokens, n = self.tokens, len(self.tokens)
        text = self.sentence.text
        if '"' in text or "“" in text:
            for q in _scare_quotes(tokens, by_start):
                skip[q] = q + 1  # a scare quote's mark goes, before any other reading
        pieces: list[str] = []
        owners: list[int | None] = []
        special = skip.keys() | by_start.keys()  # one test for a plain word, most tokens
        i = 0
        while i < n:
            if i in special:
                if i in skip:
                    i = skip[i]
                    continue
                k = by_start[i]
                m = self.mentions[k]
                pieces.append(f"@{k}")
                owners.append(k)
                if m.possessive:
                    pieces.append("'s")
                    owners.append(None)
                i = m.t1
                if i < n and tokens[i].text == "." and DOTTED.search(m.text):
                    i += 1  # "the U.S. and the U.K.": the abbreviation's own full stop
                continue
            t = tokens[i].text
            if t in ("'", "’") and i + 1 < n and tokens[i + 1].text == "s":
                pieces.append("'s")
                owners.append(None)
                i += 2
                continue
            pieces.append(t.lower())
            owners.append(None)
            i += 1
        pos = self.starts[-1] + len(self.pieces[-1]) + 1 if self.pieces else 0
        starts = self.starts
        for piece in pieces:
            starts.append(pos)
            pos += len(piece) + 1
        self.pieces.extend(pieces)
        self.piece_mention.extend(owners)
        self.masked = " ".join(self.pieces)

    def piece_at(self, char: int) -> int:
        """Index of the piece that holds masked offset ``char`` (or the next one)."""
        k = bisect.bisect_right(self.starts, char) - 1
        return max(k, 0)


SCARE_WORDS = 3  # words a scare quote wraps at most
OPEN_MARKS = {'"': '"', "“": "”"}


def _scare_quotes(tokens: list[Token], mention_starts: dict[int, int]) -> set[int]:
    """The quotation marks around a few lower-case words ('within the "framework" of',
    'expressed "deep concern" over'): a scare quote, not speech, so the cues read the words
    as if unquoted. Speech opens with a capital or holds punctuation, and stays."""
    out: set[int] = set()
    n = len(tokens)
    i = 0
    while i < n:
        close = OPEN_MARKS.get(tokens[i].text)
        if close is None:
            i += 1
            continue
        j = i + 1
        while j < n and j - i <= SCARE_WORDS + 1 and tokens[j].text != close:
            j += 1
        inner = tokens[i + 1 : j]
        if (
            j < n
            and tokens[j].text == close
            and inner
            and len(inner) <= SCARE_WORDS
            and all(t.text.replace("-", "").isalpha() and t.text.islower() for t in inner)
            and not any(k in mention_starts for k in range(i + 1, j))
        ):
            out.update((i, j))
            i = j + 1
        else:
            i += 1
    return out


def _modifies_title(m: Mention, nxt: Mention) -> bool:
    """A body's or state's name right before a titled person: a modifier of the title."""
    return (
        m.kind in ("organization", "state")
        and not m.possessive
        and nxt.kind == "person"
        and nxt.how == "titled"
    )


@dataclass
class Doc:
    readout: Readout
    gaz: Gazetteer
    lex: Lexicon
    views: list[View]
    title: str | None
    datelines: list[str]
    home: str | None = None
    day: str | None = None
    participants: list[str] = field(default_factory=list)
    people: dict[str, dict] = field(default_factory=dict)  # name -> {title, role, of}
    author: str | None = None  # who "I" is in first-person narration (a message, a letter)
    addressee: str | None = None  # who "you" is there
    # a transcript's turn: who "I" is since the last speaker line ("" for a journalist),
    # the titles its lines gave, and the speaker of each sentence that opens a turn
    turn: str | None = None
    turn_titles: dict[str, str] = field(default_factory=dict)
    turns: dict[int, str] = field(default_factory=dict)
    in_turns: set[int] = field(default_factory=set)
    turn_of: dict[int, str] = field(default_factory=dict)  # each sentence's turn speaker
    joint: bool | None = None  # a joint statement in the first person plural (first_person)
    # state_of's answers once the people, the day, the home side and the participants are
    # read (``settle``): the relation, statement and topic rules ask ~45 times a readout
    _states: dict[str, str | None] = field(default_factory=dict, repr=False, compare=False)
    _states_for: tuple | None = field(default=None, repr=False, compare=False)

    def settle(self) -> None:
        """The people, day, home side and participants are read: state_of may keep its
        answers while they stay the same."""
        self._states = {}
        self._states_for = (self.day, self.home, self.participants)

    # -- who is who ---------------------------------------------------------
    def kind(self, name: str) -> str:
        actor = self.gaz.actors.get(name)
        if actor:
            return actor.kind
        return "person" if name in self.people else "state"

    def state_of(self, name: str) -> str | None:
        """The state (or organisation) a person represents on the readout's date."""
        kept = self._states_for
        if (
            kept is None
            or kept[0] is not self.day
            or kept[1] is not self.home
            or kept[2] is not self.participants
        ):
            return self._state_of(name)
        got = self._states.get(name, self._states)
        if got is self._states:
            got = self._states[name] = self._state_of(name)
        return got

    def _state_of(self, name: str) -> str | None:
        if self.kind(name) != "person":
            return name
        info = self.people.get(name, {})
        if info.get("of") and self.kind(info["of"]) == "state":
            return info["of"]
        offices = self.gaz.offices_of(name, self.day)
        if offices:
            title = _norm(info.get("title") or "")
            for t in offices:
                if title and _norm(t.title) == title and self.kind(t.of) == "state":
                    return t.of

            def rank(t):
                # a state first, then a body with members (the EU before its Council)
                actor = self.gaz.actors.get(t.of)
                return (self.kind(t.of) != "state", not (actor and actor.members))

            return sorted(offices, key=rank)[0].of
        if info.get("of") and self.kind(info["of"]) == "organization":
            # "the Secretary General of the OAS, Luis Almagro": a body's head out of any
            # state office that day represents the body, not the state of their birth
            return info["of"]
        actor = self.gaz.actors.get(name)
        if actor and actor.country:
            return actor.country
        if info.get("role") == "speaker" and self.home and self.kind(self.home) == "state":
            # "Chairman of the National Assembly X" with no state named: the publisher's own
            # chamber, as a visiting speaker is written with the state
            return self.home
        if info.get("title") and name in self.participants:
            return self._home_side(name)
        return None

    def _home_side(self, name: str) -> str | None:
        """A titled participant the gazetteer does not know, written with no state: the
        publisher's, when another participant is the visiting side ("Foreign Minister Park
        Jin met Minister of Unification Kim Yung-ho and US Ambassador Philip Goldberg")."""
        home = self.home
        if not home or self.kind(home) != "state":
            return None
        for p in self.participants:
            if p == name:
                continue
            # the other side's state as written or known (never this guess, which would loop)
            other = self.people.get(p, {}).get("of")
            if other is None and self.gaz.actors.get(p) is not None:
                other = self.state_of(p)
            if other and other != home and self.kind(other) == "state":
                return home
        return None

    def participant_states(self) -> list[str]:
        out = []
        for p in self.participants:
            s = self.state_of(p)
            if s and s not in out:
                out.append(s)
        return out

    def resolve_role(self, m: Mention, exclude: str | None = None) -> str | None:
        """'the President', 'the Prime Minister of Japan', 'his Brazilian colleague';
        never ``exclude`` (the clause's own subject: "Mr Banga commended the President")."""
        title = _norm(m.title or "")
        if title in CHAIR_TITLES and m.of is None:
            chair = self._chaired_by(m.start)  # "chaired by Foreign Minister X" ... "the Chair"
            if chair and chair != exclude:
                return chair
        # only people already named can be meant ("The Minister ... Foreign Minister X"
        # later in the text is not X); the office's holder comes from the gazetteer
        pool = [
            p
            for p in dict.fromkeys(self.participants + list(self.people))
            if self.people.get(p, {}).get("first", -1) < m.start and p != exclude
        ]

        def title_of(p):
            return _norm(self.people.get(p, {}).get("title") or "")

        def fits(p):
            if m.of and self.state_of(p) != m.of:
                return False
            if not title or ((title == "leader" or title in DESCRIBED) and m.of):
                return True  # "the Kenyan leader": whoever of Kenya is already named
            pt = title_of(p)
            if pt == title:
                return True
            offices = self.gaz.offices_of(p, self.day)
            if any(_norm(o.title) == title for o in offices):
                return True
            if title == "minister" and m.of:
                # "the Spanish minister": the one of Spain already named who holds a
                # minister's office that day, whatever its portfolio
                # (a counterpart whose office the gazetteer lacks that day may be it too)
                if not offices and pt in ("", "counterpart"):
                    return True
                if any(o.role in MINISTER_ROLES for o in offices):
                    return True
            # a person named by office only ("the US Secretary of State") has the gazetteer's
            # titles: "the Secretary" later is them
            return any(_loose_fit(t, title) for t in [pt] if t) or (
                not pt and any(_loose_fit(_norm(o.title), title) for o in offices)
            )

        exact = [p for p in pool if fits(p)]
        only = self.lex.title_states.get(title_key(m.title or ""))  # "the Taoiseach"
        if m.of is None and self.home and only in (None, self.home):
            at_home = [p for p in exact if self.state_of(p) == self.home]
            if at_home:
                return at_home[0]
            # "PM call with Prime Minister Abe" and then "The Prime Minister spoke to Prime
            # Minister Abe": a bare office is the publisher's own holder before the body
            # names anyone else who holds it
            if exact and all(self._named_after(p, m.start) for p in exact):
                own = self._holder(self.home, m)
                if own:
                    return own
        if exact:
            return exact[0]
        if m.how == "described":
            return None  # "the Iranian president" in lower case: only someone named so
        holder = self._holder(m.of or only or self.home, m)
        return holder if holder != exclude else None

    def _chaired_by(self, before: int) -> str | None:
        """The person a sentence before ``before`` says chaired the meeting ("chaired by X",
        "under the chairmanship of X")."""
        for view in self.views:
            if view.sentence.start >= before:
                break
            text = view.sentence.text
            if "chair" not in text and "presided" not in text:
                continue
            cue = CHAIRED_BY.search(text)
            if cue is None:
                continue
            at = view.sentence.start + cue.end()
            for m in view.mentions:
                if m.start >= at and m.kind == "person" and len(m.actors) == 1:
                    return m.actors[0]
        return None

    def _named_after(self, person: str, start: int) -> bool:
        """Whether the body first names ``person`` after offset ``start`` (or never)."""
        body = self.people.get(person, {}).get("body")
        if body is None and person in self.participants and person not in self.people:
            return False  # a participant only ever named by office ("the US Secretary of State")
        return body is None or body > start

    def _holder(self, of: str | None, m: Mention) -> str | None:
        """The holder of the office ``m`` names in ``of`` on the day; with no date only the
        publisher's own office, whose readout is its current holder's (outside knowledge
        never supplies a date). An envoy only by the accreditation in the title, never any
        envoy of the state."""
        if not (of and m.role and (self.day or of == self.home)):
            return None
        if m.role == "leader":
            # "the Guinean leader": a demonym may name several states, and a leader may head
            # the state or its government; only a person already named is meant
            return None
        by_title = self.gaz.holders(self.day, of=of, title=m.title)
        if not by_title and m.title and self.kind(of) == "organization":
            # "the President of the European Council": the body's own office of that title
            head = _norm(m.title)
            by_title = [
                t for t in self.gaz.holders(self.day, of=of) if _norm(t.title).startswith(head)
            ]
        if by_title or m.role == "ambassador":
            return by_title[0].person if by_title else None
        role = m.role
        if role == "minister" and of == self.home and _norm(m.title or "") == "minister":
            if FOREIGN_MINISTRY.search(self.readout.publisher or ""):
                role = "foreign_minister"  # "The Minister" in a foreign ministry's readout
        elif m.role == "minister" and title_key(m.title or "") not in self.lex.titles:
            return None  # "the Minister of Energy": a portfolio no tenure holds, not any minister
        kind = _crown(m.title or "")
        for t in self.gaz.holders(self.day, of=of, role=role):
            if kind is None or _crown(t.title) == kind:  # "the President" of Japan: no one
                return t.person
        return None


# a publisher that is a foreign ministry, whose bare "the Minister" is its foreign minister
FOREIGN_MINISTRY = re.compile(
    r"\b(?:Foreign Affairs|External Affairs|Foreign Office|Foreign Ministry|Global Affairs|"
    r"Auswärtiges Amt|Europe and Foreign Affairs)\b"
)


# a bare "the Chair" is the one the text says chaired the meeting
CHAIR_TITLES = frozenset({"chair", "chairman", "chairperson", "chairwoman"})
CHAIRED_BY = re.compile(
    r"\b(?:chaired by|presided over by|under the (?:chairmanship|chairpersonship|"
    r"chairwomanship) of)\s"
)


MINISTER_ROLES = frozenset({"minister", "foreign_minister"})


def _norm(title: str) -> str:
    """A title as compared: lower case, hyphens as spaces ("President-elect" as tokens
    join it, "President elect")."""
    return title.lower().replace("-", " ").replace("  ", " ")


def _loose_fit(pt: str, title: str) -> bool:
    """A person's title ``pt`` that a shorter or longer ``title`` names: "the Secretary" is
    the Secretary of State, "the Minister" a minister; never a vice, deputy or prime one."""
    if (
        ("vice" in pt) != ("vice" in title)
        or ("deputy" in pt) != ("deputy" in title)
        or ("prime" in pt) != ("prime" in title)
    ):
        return False  # "the Deputy Minister" is the deputy foreign minister, not the minister
    if _crown(pt) != _crown(title):  # "President of the Government" is no President
        return False
    return title.split()[-1] in pt.split() or pt.split()[-1] in title.split()


MONARCHS = {"king", "queen", "emperor", "emir", "amir", "sultan", "grand", "pope", "monarch"}


@lru_cache(maxsize=4096)  # the gazetteer's and the text's titles, asked again and again
def _crown(title: str) -> bool | None:
    """Whether a title is a monarch's (True) or a president's (False): the one office is
    never the other, whatever role the two share; other titles (None) may be either."""
    low = re.findall(r"[a-z]+", title.lower())
    if not MONARCHS.isdisjoint(low):
        return True
    if "president" in low and not {"government", "ministers"} & set(low):
        return False
    return None  # "President of the Government": Spain's head of government, no crown


def home_actor(readout: Readout, gaz: Gazetteer, lex: Lexicon) -> str | None:
    """The state or organisation whose government published the readout."""
    return _home(readout.publisher or "", gaz, lex) if readout.publisher else None


_HOMES: dict[str, str | None] = {}


def _home(pub: str, gaz: Gazetteer, lex: Lexicon) -> str | None:
    if pub not in _HOMES:
        _HOMES[pub] = _find_home(pub, gaz, lex)
    return _HOMES[pub]


REPRODUCED = re.compile(r"[(\[][^()\[\]]*\breproduced\b[^()\[\]]*[)\]]", re.I)


def _find_home(pub: str, gaz: Gazetteer, lex: Lexicon) -> str | None:
    pub = REPRODUCED.sub(" ", pub)  # "(reproduced by a news site of another state)"
    for pattern, actor in lex.publishers:
        if pattern.lower() in pub.lower():
            return actor
    toks = words(pub)
    best = None
    for i in range(len(toks)):
        for n in range(min(8, len(toks) - i), 0, -1):
            hit = gaz.lookup(toks[i : i + n]) or gaz.lookup(tuple(fold(w) for w in toks[i : i + n]))
            if (
                hit
                and gaz.actors.get(hit[0])
                and gaz.actors[hit[0]].kind in ("state", "organization")
            ):
                if gaz.actors[hit[0]].kind == "state":
                    return hit[0]
                best = best or hit[0]
                break
    if best is None:
        for pattern, state in _adjective_patterns(gaz.adjectives):
            if pattern.search(pub):
                return state
    return best


_ADJECTIVE_PATTERNS: list = [None, []]


def _adjective_patterns(adjectives: dict[str, str]) -> list[tuple[re.Pattern, str]]:
    """Each adjective as a compiled whole-word pattern, made once: hundreds of them per
    readout overflowed ``re``'s cache, which then compiled them again every time."""
    if _ADJECTIVE_PATTERNS[0] is not adjectives:
        _ADJECTIVE_PATTERNS[:] = [
            adjectives,
            [(re.compile(rf"\b{re.escape(a)}\b"), s) for a, s in adjectives.items()],
        ]
    return _ADJECTIVE_PATTERNS[1]


def read_mentions(doc: Doc, finder: MentionFinder, sentences) -> None:
    """Mentions of every sentence, and the people they name. The headline's people count
    as named before the body ("Taoiseach X meets Y" and then "the Taoiseach")."""
    known: dict[str, str] = {}
    finder.day = doc.day
    if doc.title:
        _, headline = finder.find(doc.title, 0, known)
        # headlines are often in title case: only people the gazetteer knows count
        headline = [m for m in headline if len(m.actors) == 1 and m.actors[0] in doc.gaz.actors]
        _register(doc, headline, known, first=-1)
        doc.author, doc.addressee = authors.from_headline(doc, doc.title, headline)
    authors.signed(doc, finder.find)
    quoted = False
    named: list[str] = [doc.home] if doc.home else []
    for s in sentences:
        tokens, mentions = finder.find(s.text, s.start, known)
        mentions = drop_compounds(tokens, mentions)
        mentions = _realms(doc, mentions, named)
        if s.index == 0 or s.paragraph != doc.views[-1].sentence.paragraph:
            quoted = False
        transcript.turn_at(doc, s.text, s.index, known)
        mentions, quoted = first_person.bind(doc, s.text, tokens, mentions, quoted)
        _register(doc, mentions, known)
        doc.views.append(View(s, tokens, mentions))


def _realms(doc: Doc, mentions: list[Mention], named: list[str]) -> list[Mention]:
    """'the Kingdom', 'the Sultanate': the state of that style named last (the publisher's
    own counts as named first); states named in the sentence are added to ``named``."""
    out = []
    for m in mentions:
        if m.how == "realm" and not m.actors:
            styled = [x for x in reversed(named) if _styled(doc, x, m.title or "")]
            m = m.but(actors=(styled[0],)) if styled else m
        elif m.kind in ("state", "adjective") and len(m.actors) == 1:
            named.append(m.actors[0])
        elif m.kind == "person" and m.of:
            named.append(m.of)  # "Foreign Minister of the Kingdom of Saudi Arabia"
        out.append(m)
    return out


def _styled(doc: Doc, state: str, word: str) -> bool:
    """The state's formal name is of that style ('Kingdom of Saudi Arabia', 'Hashemite
    Kingdom of Jordan'; not 'United Kingdom of ...')."""
    actor = doc.gaz.actors.get(state)
    return bool(actor) and any(
        f"{word} of " in a and not a.startswith("United ") for a in actor.aliases
    )


def _register(
    doc: Doc, mentions: list[Mention], known: dict[str, str], first: int | None = None
) -> None:
    for m in mentions:
        actor = doc.gaz.actors.get(m.actors[0]) if m.actors else None
        if m.kind == "person" and m.actors and (actor is None or actor.kind == "person"):
            name = m.actors[0]
            info = doc.people.setdefault(name, {"first": m.start if first is None else first})
            if first is None:
                info.setdefault("body", m.start)  # first named in the body (not the headline)
            if m.title and not info.get("title"):
                info.update(title=m.title, role=m.role)
            if m.of and not info.get("of"):
                info["of"] = m.of
            for key in _name_keys(name):
                known.setdefault(key, name)


@lru_cache(maxsize=65536)  # the same people are named again and again
def _name_keys(name: str) -> tuple[str, ...]:
    """The words by which a person once named is known later in the text, in the order
    they are registered: each capitalised word of 3+ letters as written and folded; a
    short family name written first ("Li Wenhao"); two family names ("Rafael Quintana
    Osorio", then "Mr. Quintana Osorio"); and a hyphenated family name
    ("Amir-Abdollahian"), not a given name, which a surname follows ("Kassym-Jomart
    Tokayev")."""
    keys: list[str] = []
    names = words(name)
    for w in names:
        if w[:1].isupper() and len(w) > 2:
            keys += (w, fold(w))
    if len(names) > 1 and len(names[0]) == 2 and names[0][1:].islower():
        keys.append(names[0])
    parts = name.split()
    if len(parts) > 2 and parts[-2][:1].isupper():
        keys.append(f"{parts[-2]} {parts[-1]}")
    last = parts[-1]
    if "-" in last and last[:1].isupper():
        keys.append(last)
    return tuple(keys)


def _dateline_before(tokens, gap: int) -> bool:
    """All before the dash is a dateline: capitalised places, commas and a day ("Rabat",
    "Turkeyen, Greater Georgetown, Guyana", "Lima, 4 March 2024")."""
    return all(t.text == "," or t.text[:1].isupper() or t.text.isdigit() for t in tokens[:gap])


def drop_compounds(tokens, mentions: list[Mention]) -> list[Mention]:
    """'India-Mongolia partnership', 'EU-Japan summit': the names modify a noun."""
    drop = set()
    for a, b in zip(mentions, mentions[1:]):
        gap = a.t1 + (a.t1 < len(tokens) and tokens[a.t1].text == ".")  # "the U.S.-India ..."
        if b.t0 == gap + 1 and tokens[gap].text in ("-", "–") and not a.possessive:
            dash = tokens[gap]
            if (
                _dateline_before(tokens, gap)
                and tokens[gap - 1].end < dash.start
                and dash.end < tokens[gap + 1].start
            ):
                continue  # "Rabat - His Majesty ...": a spaced dash after a dateline's city
            drop.update((id(a), id(b)))
    return [m for m in mentions if id(m) not in drop]
