"""A readout being read: its sentences, mentions, participants and who each mention means."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace

from kg.extract.gazetteer import Gazetteer, fold, words
from kg.extract.lexicon import Lexicon
from kg.extract.mentions import Mention, MentionFinder
from kg.extract.text import Sentence, Token
from kg.model import Readout

ACTOR_KINDS = ("person", "state", "organization")


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
        by_start = {m.t0: k for k, m in enumerate(self.mentions)}
        i, pos, parts = 0, 0, []
        while i < len(self.tokens):
            k = by_start.get(i)
            if k is not None:
                m = self.mentions[k]
                self._add(f"@{k}", k)
                if m.possessive:
                    self._add("'s", None)
                i = m.t1
                continue
            t = self.tokens[i].text
            if t in ("'", "’") and i + 1 < len(self.tokens) and self.tokens[i + 1].text == "s":
                self._add("'s", None)
                i += 2
                continue
            self._add(t.lower(), None)
            i += 1
        self.masked = " ".join(self.pieces)
        del parts, pos

    def _add(self, piece: str, mention: int | None) -> None:
        if self.pieces:
            self.starts.append(self.starts[-1] + len(self.pieces[-1]) + 1)
        else:
            self.starts.append(0)
        self.pieces.append(piece)
        self.piece_mention.append(mention)

    def piece_at(self, char: int) -> int:
        """Index of the piece that holds masked offset ``char`` (or the next one)."""
        k = bisect.bisect_right(self.starts, char) - 1
        return max(k, 0)


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

    # -- who is who ---------------------------------------------------------
    def kind(self, name: str) -> str:
        actor = self.gaz.actors.get(name)
        if actor:
            return actor.kind
        return "person" if name in self.people else "state"

    def state_of(self, name: str) -> str | None:
        """The state (or organisation) a person represents on the readout's date."""
        if self.kind(name) != "person":
            return name
        info = self.people.get(name, {})
        if info.get("of") and self.kind(info["of"]) == "state":
            return info["of"]
        offices = self.gaz.offices_of(name, self.day)
        if offices:
            title = (info.get("title") or "").lower()
            for t in offices:
                if title and t.title.lower() == title and self.kind(t.of) == "state":
                    return t.of

            def rank(t):
                # a state first, then a body with members (the EU before its Council)
                actor = self.gaz.actors.get(t.of)
                return (self.kind(t.of) != "state", not (actor and actor.members))

            return sorted(offices, key=rank)[0].of
        actor = self.gaz.actors.get(name)
        if actor and actor.country:
            return actor.country
        return None

    def participant_states(self) -> list[str]:
        out = []
        for p in self.participants:
            s = self.state_of(p)
            if s and s not in out:
                out.append(s)
        return out

    def resolve_role(self, m: Mention) -> str | None:
        """'the President', 'the Prime Minister of Japan', 'his Brazilian colleague'."""
        title = (m.title or "").lower()
        pool = list(dict.fromkeys(self.participants + list(self.people)))

        def title_of(p):
            return (self.people.get(p, {}).get("title") or "").lower()

        def fits(p):
            if m.of and self.state_of(p) != m.of:
                return False
            if not title:
                return True
            pt = title_of(p)
            if pt == title:
                return True
            if pt and "vice" not in pt and "deputy" not in pt and ("prime" in pt) == ("prime" in title):
                # "the Secretary" is the Secretary of State, "the Minister" a minister
                if title.split()[-1] in pt.split() or pt.split()[-1] in title.split():
                    return True
            offices = self.gaz.offices_of(p, self.day)
            return any(o.title.lower() == title for o in offices)

        exact = [p for p in pool if fits(p)]
        if m.of is None and self.home:
            at_home = [p for p in exact if self.state_of(p) == self.home]
            if at_home:
                return at_home[0]
        if exact:
            return exact[0]
        of = m.of or self.home
        if of and m.role:
            for t in self.gaz.holders(self.day, of=of, title=m.title) or self.gaz.holders(
                self.day, of=of, role=m.role
            ):
                return t.person
        return None


PRESENT = re.compile(r"\b(?:were|was) (?:also )?present\b|\baccompanied by\b|\bpresence of\b")


def home_actor(readout: Readout, gaz: Gazetteer, lex: Lexicon) -> str | None:
    """The state or organisation whose government published the readout."""
    return _home(readout.publisher or "", gaz, lex) if readout.publisher else None


_HOMES: dict[str, str | None] = {}


def _home(pub: str, gaz: Gazetteer, lex: Lexicon) -> str | None:
    if pub not in _HOMES:
        _HOMES[pub] = _find_home(pub, gaz, lex)
    return _HOMES[pub]


def _find_home(pub: str, gaz: Gazetteer, lex: Lexicon) -> str | None:
    for pattern, actor in lex.publishers:
        if pattern.lower() in pub.lower():
            return actor
    toks = words(pub)
    best = None
    for i in range(len(toks)):
        for n in range(min(8, len(toks) - i), 0, -1):
            hit = gaz.lookup(toks[i : i + n]) or gaz.lookup(tuple(fold(w) for w in toks[i : i + n]))
            if hit and gaz.actors.get(hit[0]) and gaz.actors[hit[0]].kind in ("state", "organization"):
                if gaz.actors[hit[0]].kind == "state":
                    return hit[0]
                best = best or hit[0]
                break
    if best is None:
        for adj, state in gaz.adjectives.items():
            if re.search(rf"\b{re.escape(adj)}\b", pub):
                return state
    return best


def read_mentions(doc: Doc, finder: MentionFinder, sentences) -> None:
    known: dict[str, str] = {}
    for s in sentences:
        tokens, mentions = finder.find(s.text, s.start, known)
        mentions = drop_compounds(tokens, mentions)
        for m in mentions:
            if m.kind == "person" and m.actors:
                name = m.actors[0]
                info = doc.people.setdefault(name, {})
                if m.title and not info.get("title"):
                    info.update(title=m.title, role=m.role)
                if m.of and not info.get("of"):
                    info["of"] = m.of
                for w in words(name):
                    if w[:1].isupper() and len(w) > 2:
                        known.setdefault(w, name)
                        known.setdefault(fold(w), name)
        doc.views.append(View(s, tokens, mentions))


def drop_compounds(tokens, mentions: list[Mention]) -> list[Mention]:
    """'India-Mongolia partnership', 'EU-Japan summit': the names modify a noun."""
    drop = set()
    for a, b in zip(mentions, mentions[1:]):
        if b.t0 == a.t1 + 1 and tokens[a.t1].text in ("-", "–") and not a.possessive:
            drop.update((id(a), id(b)))
    return [m for m in mentions if id(m) not in drop]


ENGAGED = re.compile(
    r"\b(?:met|meets|meet|meeting with|held (?:\w+ ){0,3}(?:talks|meeting|call|conversation)s?|"
    r"called on|call(?:ed)? on|courtesy call|participated|took part|joined|received|"
    r"audience with|hosted|had (?:\w+ ){0,3}(?:talks|meeting|call|conversation))\b"
)


def _is_spokesperson(view: View, m: Mention) -> bool:
    if m.role == "spokesperson":
        return True
    before = " ".join(t.text for t in view.tokens[max(0, m.t0 - 2) : m.t0]).lower()
    return "spokesperson" in before or "spokesman" in before or "spokeswoman" in before


def find_participants(doc: Doc) -> None:
    """People who took part: those named in the opening sentences, in order, and
    people later said to have met, held talks with or been called on."""
    found: list[str] = []

    def take(view: View, near: re.Match | None = None) -> None:
        m_present = PRESENT.search(view.sentence.text)
        cut = m_present.start() + view.sentence.start if m_present else None
        first_person = True
        for m in view.mentions:
            if cut is not None and m.start >= cut:
                continue
            if near is not None:
                # a later engagement: its subject and the people right after the verb
                rel = m.start - view.sentence.start
                is_first = first_person and m.kind in ("person", "role")
                if m.kind in ("person", "role"):
                    first_person = False
                if not is_first and not (near.end() <= rel <= near.end() + 40):
                    continue
            if _is_spokesperson(view, m):
                continue
            name = None
            if m.kind == "person" and m.actors:
                name = m.actors[0]
            elif m.kind == "role":
                name = doc.resolve_role(m)
            if name and name not in found:
                found.append(name)

    rest = 0
    for k, view in enumerate(doc.views[:4]):
        take(view)
        rest = k + 1
        if len(found) >= 2 and (view.sentence.paragraph > 1 or view is doc.views[0]):
            break
    if len(found) >= 2:
        for view in doc.views[rest:]:
            hit = ENGAGED.search(view.sentence.text)
            if hit:
                take(view, hit)
    doc.participants = found


def resolve(doc: Doc) -> None:
    """Fill in who each pronoun, description and group means, in reading order."""
    recent: list[str] = []  # people in order of mention, latest last
    last_subject: str | None = None
    last_org: str | None = None
    last_orgs: list[str] = []
    for view in doc.views:
        resolved = []
        sentence_subject = None
        for m in view.mentions:
            actors = m.actors
            if m.kind == "role":
                p = doc.resolve_role(m)
                actors = (p,) if p else ()
                m = replace(m, kind="person")
            elif m.kind == "pronoun" and m.how == "object-pronoun":
                actors = _object_pronoun(doc, m, recent, _clause_subject(doc, view, resolved, m))
            elif m.kind == "pronoun" and m.t0 > 0 and view.tokens[m.t0 - 1].text in ("for", "on"):
                # "commended X for his visits", "congratulated X on his election": X
                actors = _object_pronoun(doc, m, recent, _clause_subject(doc, view, resolved, m))
            elif m.kind == "pronoun":
                actors = _pronoun(doc, m, recent, sentence_subject or last_subject)
            elif m.kind == "people":
                actors = _group(doc, m, recent)
            elif m.kind == "states":
                actors = tuple(doc.participant_states())
            elif m.kind == "anaphor" and m.how == "counterpart":
                # "his counterpart": the other participant of this clause
                subject = _clause_subject(doc, view, resolved, m)
                others = [p for p in doc.participants if p != subject]
                actors = (others[0],) if len(others) == 1 else _object_pronoun(
                    doc, m, recent, subject)
            elif m.kind == "anaphor":
                if m.how == "latter":
                    actors = (recent[-1],) if recent else ()
                elif m.how == "former":
                    actors = (recent[-2],) if len(recent) > 1 else ()
            elif m.kind == "org-anaphor" and m.how == "plural":
                actors = tuple(last_orgs)
                m = replace(m, kind="organization")
            elif m.kind == "org-anaphor":
                actors = (last_org,) if last_org else ()
                m = replace(m, kind="organization")
            m = replace(m, actors=tuple(a for a in actors if a))
            if m.kind in ("person", "pronoun", "anaphor") and len(m.actors) == 1:
                p = m.actors[0]
                if doc.kind(p) == "person":
                    if p in recent:
                        recent.remove(p)
                    recent.append(p)
                    if sentence_subject is None:
                        sentence_subject = p
            if m.kind == "organization" and m.actors and m.how != "plural":
                last_org = m.actors[0]
                if resolved and resolved[-1].kind == "organization" and m.t0 - resolved[-1].t1 <= 2:
                    last_orgs.append(last_org)
                else:
                    last_orgs = [last_org]
            resolved.append(m)
        view.mentions = resolved
        if sentence_subject:
            last_subject = sentence_subject
        view.build()


PREPOSITIONS = {"of", "to", "with", "for", "by", "from", "in", "on", "at", "against", "under",
                "between", "among", "about", "into", "toward", "towards", "including", "via",
                "through", "over", "within", "during", "behalf", "after", "before", "upon"}


def _clause_subject(doc: Doc, view: View, before: list[Mention], m: Mention) -> str | None:
    """The person a clause is about, so 'X thanked him' never makes him X."""
    clause = []
    for prev in reversed(before):
        between = [t.text.lower() for t in view.tokens[prev.t1 : m.t0]]
        if "that" in between or ";" in between:
            break
        clause.insert(0, prev)
        if any(a == "," and b in ("and", "but", "while") for a, b in zip(between, between[1:])):
            break  # ", and the latter invited him": a new clause starts at prev
    for prev in clause:  # the leftmost person not governed by a preposition
        if prev.t0 > 0 and view.tokens[prev.t0 - 1].text.lower() in PREPOSITIONS:
            continue
        if len(prev.actors) == 1 and doc.kind(prev.actors[0]) == "person":
            return prev.actors[0]
    return None


NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "both": 2, "pair": 2}


def _group(doc: Doc, m: Mention, recent: list[str]) -> tuple[str, ...]:
    """'the two leaders' among three participants: the two most recently named;
    'the two Prime Ministers': the participants who are Prime Ministers."""
    people = list(doc.participants)
    text = m.text.lower()
    n = next((v for k, v in NUMBER_WORDS.items() if re.search(rf"\b{k}\b", text)), None)
    if n is None or len(people) <= n:
        return tuple(people)
    for word in ("prime minister", "president", "minister", "chancellor"):
        if word in text:
            titled = [p for p in people
                      if word in (doc.people.get(p, {}).get("title") or "").lower()]
            if len(titled) == n:
                return tuple(titled)
    ranked = [p for p in reversed(recent) if p in people][:n]
    if len(ranked) == n:
        return tuple(p for p in people if p in ranked)
    return tuple(people)


def _object_pronoun(doc: Doc, m: Mention, recent: list[str], subject: str | None):
    def gender_ok(p):
        actor = doc.gaz.actors.get(p)
        return not (actor and actor.gender and m.gender and actor.gender != m.gender)

    for p in reversed(recent):
        if p != subject and gender_ok(p):
            return (p,)
    return ()


def _pronoun(doc: Doc, m: Mention, recent: list[str], subject: str | None) -> tuple[str, ...]:
    def gender_ok(p):
        actor = doc.gaz.actors.get(p)
        return not (actor and actor.gender and m.gender and actor.gender != m.gender)

    if subject and gender_ok(subject):
        return (subject,)
    for p in reversed(recent):
        if gender_ok(p):
            return (p,)
    return ()
