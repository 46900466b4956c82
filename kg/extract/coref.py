"""Coreference: who each pronoun, description and group in a readout means."""

from __future__ import annotations

import re

from kg.extract.document import Doc, View
from kg.extract.groups import NAMED_ORG_ANAPHORS
from kg.extract.mentions import Mention
from kg.extract.quotes import quote_states
from kg.extract.sides import guest_or_host
from kg.extract.styles import MONARCH_TITLES


def _former_latter(how: str, recent: list[str], subject: str | None) -> tuple[str, ...]:
    """The earlier or later of the last two people named; never the clause's own subject
    ("Macron met Scholz. Macron thanked the latter": Scholz)."""
    if len(recent) < 2:
        return tuple(recent[-1:]) if how == "latter" else ()
    pick, other = (recent[-1], recent[-2]) if how == "latter" else (recent[-2], recent[-1])
    return (other,) if pick == subject else (pick,)


def resolve(doc: Doc) -> None:
    """Fill in who each pronoun, description and group means, in reading order."""
    recent: list[str] = []  # people in order of mention, latest last
    last_subject: str | None = None
    last_org: str | None = None
    last_orgs: list[str] = []
    orgs_seen: list[str] = []  # every organisation named so far, latest last
    last_state: str | None = None  # the state the last sentence opened with, for "It"
    last_plural = ""  # the kind of the last group named ("both sides": states), for "they"
    introduced: str | None = None  # who a colon-ended sentence says the quotes below are by
    quoted_by: str | None = None  # who spoke the last sentence's quotation, if it had one
    quotes = quote_states(doc)
    for k, view in enumerate(doc.views):
        resolved = []
        sentence_subject = None
        for m in view.mentions:
            actors = m.actors
            kind = m.kind
            if kind not in RESOLVED_KINDS:
                pass  # a state, body or named person: its actors stand
            elif kind == "role":
                p = doc.resolve_role(m)
                after_verb = m.t0 > 0 and view.tokens[m.t0 - 1].text.endswith("ed")
                if p and after_verb and resolved and p == _clause_subject(doc, view, resolved, m):
                    # "Mr Banga commended the President": a World Bank readout's bare
                    # "President" is its own President, but not as his own object
                    p = doc.resolve_role(m, exclude=p) or p
                actors = (p,) if p else ()
                m = m.but(kind="person")
            elif kind == "pronoun" and m.how == "style":
                actors = _bearer(doc, m) or _pronoun(
                    doc, m, recent, sentence_subject or last_subject
                )
            elif kind == "pronoun" and m.how == "it":
                # "Nigeria welcomed ... It also thanked X": the state the last sentence
                # opened with, else no one
                actors = (last_state,) if last_state else ()
                m = m.but(kind="state")
            elif kind == "pronoun" and m.how == "object-pronoun":
                clause_subject = _clause_subject(doc, view, resolved, m)
                actors = _passive_agent(doc, view, m, recent, sentence_subject or last_subject)
                if not actors or actors[0] == clause_subject:  # never its own clause's subject
                    actors = _object_pronoun(doc, m, recent, clause_subject)
            elif kind == "pronoun" and m.t0 > 0 and view.tokens[m.t0 - 1].text in ("for", "on"):
                # "commended X for his visits", "congratulated X on his election": X
                actors = _object_pronoun(doc, m, recent, _clause_subject(doc, view, resolved, m))
            elif kind == "pronoun":
                actors = _pronoun(doc, m, recent, sentence_subject or last_subject)
            elif kind == "people" and m.how == "we" and not doc.joint:
                # a joint statement's "We" is read below as its signatories
                actors = () if m.t0 else _we(doc)  # a quotation's "We": its sayer's, below
            elif kind == "people" and m.how == "leaders-of":
                actors = _leaders_of(doc, m)
            elif kind == "people" and last_plural == "states" and m.text.lower() in THEY:
                # "Both sides welcomed ... They also ...": the sides, not their leaders
                actors = tuple(doc.participant_states())
                m = m.but(kind="states")
            elif kind == "people":
                actors = _group(doc, m, recent)
            elif kind == "states":
                actors = tuple(doc.participant_states())
            elif kind == "anaphor" and m.how == "counterpart":
                # "his counterpart": the other participant of this clause; opening the
                # sentence, of the one the last sentence was about ("X said ... His
                # counterpart praised ...")
                subject = _clause_subject(doc, view, resolved, m) or (
                    last_subject if not resolved else None
                )
                others = [p for p in doc.participants if p != subject]
                actors = (
                    (others[0],) if len(others) == 1 else _object_pronoun(doc, m, recent, subject)
                )
                word = m.text.lower().split()[-1]
                if word in ("host", "hosts", "guest"):
                    # "his host", "her guest": the publisher's side or the one from abroad,
                    # whoever the clause is about, when the publisher's side is known
                    actors = _one(guest_or_host(doc, word == "guest")) or actors
            elif kind == "anaphor" and m.how == "visitor":
                # "the visiting minister", "the guest": the one participant from abroad
                actors = _one(guest_or_host(doc, True))
                m = m.but(kind="person")
            elif kind == "anaphor" and m.how in ("latter", "former"):
                # "Macron thanked the latter" is not Macron; "at the request of the former" may be
                after_preposition = m.t0 > 0 and view.tokens[m.t0 - 1].text.lower() in PREPOSITIONS
                subject = (
                    None
                    if after_preposition
                    else _clause_subject(doc, view, resolved, m, opener=False)
                )
                actors = _former_latter(m.how, recent, subject)
            elif kind == "org-anaphor" and m.how == "plural":
                actors = tuple(last_orgs)
                m = m.but(kind="organization")
            elif kind == "org-anaphor":
                actors = _org_anaphor(doc, m, orgs_seen, last_org)
                m = m.but(kind="organization")
            actors = tuple(filter(None, actors))  # the ones found (a resolver may give None)
            if actors != m.actors:  # most mentions keep theirs: no copy
                m = m.but(actors=actors)
            if m.kind in ("states", "people") and m.text.lower() not in THEY:
                last_plural = m.kind
            elif not resolved and m.kind in ("person", "pronoun", "state"):
                last_plural = ""  # a sentence opening with someone else: "they" are people
            if m.kind in ("person", "pronoun", "anaphor") and len(m.actors) == 1:
                p = m.actors[0]
                if doc.kind(p) == "person":
                    # "the former" and "the latter" name a pair; they do not reorder it
                    if m.how not in ("latter", "former"):
                        if p in recent:
                            recent.remove(p)
                        recent.append(p)
                    if sentence_subject is None and not _governed(view, m):
                        sentence_subject = p
            if m.kind == "organization" and m.actors and m.how != "plural":
                last_org = m.actors[0]
                orgs_seen.append(last_org)
                if resolved and resolved[-1].kind == "organization" and m.t0 - resolved[-1].t1 <= 2:
                    last_orgs.append(last_org)
                else:
                    last_orgs = [last_org]
            elif m.of and doc.kind(m.of) == "organization":
                orgs_seen.append(m.of)  # "the Secretary-General of the Arab League"
            resolved.append(m)
        opener = resolved[0] if resolved and resolved[0].t0 == 0 else None
        if opener is not None:
            one_state = opener.kind == "state" and len(opener.actors) == 1
            last_state = opener.actors[0] if one_state else None
        quoting = quotes[k][0]  # a quotation open where the sentence starts
        view.mentions, quoted_by = _quoted_speaker(
            doc, view, resolved, quoted_by, introduced if quoting else None
        )
        if not quoting:
            introduced = _introducer(doc, view, sentence_subject)
        if sentence_subject:
            last_subject = sentence_subject
        view.build()


def _one(people: list[str]) -> tuple[str, ...]:
    """The one person of a side, or nobody when the side has none or several."""
    return (people[0],) if len(people) == 1 else ()


def _org_anaphor(doc: Doc, m: Mention, seen: list[str], last: str | None) -> tuple[str, ...]:
    """'the League', 'the Union': the latest body named whose own name has the word, else
    the publisher's when its name has it ("the League" in an Arab League readout); a word
    that only names (NAMED_ORG_ANAPHORS) never falls back on the last body named."""
    word = re.sub(r"['’]s?$", "", m.text.split()[-1])  # "the League's"
    if word[:1].isupper():
        for org in reversed(seen + [doc.home] if doc.home else seen):
            if org and word in _name_words(doc, org) and doc.kind(org) == "organization":
                return (org,)
        if word in NAMED_ORG_ANAPHORS:
            return ()
        if word == "Authority":
            # a communiqué's "Authority" is the body it opened with, not the last one it
            # praised or thanked
            return (seen[0],) if seen else ()
    return (last,) if last else ()


def _name_words(doc: Doc, org: str) -> set[str]:
    actor = doc.gaz.actors.get(org)
    names = (org,) + (actor.aliases if actor else ())
    return {w for name in names for w in name.split()}


PREPOSITIONS = {
    "of",
    "to",
    "with",
    "for",
    "by",
    "from",
    "in",
    "on",
    "at",
    "against",
    "under",
    "between",
    "among",
    "about",
    "into",
    "toward",
    "towards",
    "including",
    "via",
    "through",
    "over",
    "within",
    "during",
    "behalf",
    "after",
    "before",
    "upon",
}


def _clause_subject(
    doc: Doc, view: View, before: list[Mention], m: Mention, opener: bool = True
) -> str | None:
    """The person a clause is about, so 'X thanked him' never makes him X. With ``opener``
    the mention before ", and" may open m's clause (", and the latter invited him": the
    latter); without, m is taken to open its clause itself."""
    clause = []
    for prev in reversed(before):
        between = [t.text.lower() for t in view.tokens[prev.t1 : m.t0]]
        if "that" in between or ";" in between:
            break
        new_clause = any(
            a == "," and b in ("and", "but", "while") for a, b in zip(between, between[1:])
        )
        if new_clause and not opener:
            break
        clause.insert(0, prev)
        if new_clause:
            break  # ", and the latter invited him": a new clause starts at prev
    for prev in clause:  # the leftmost person not governed by a preposition
        if prev.t0 > 0 and view.tokens[prev.t0 - 1].text.lower() in PREPOSITIONS:
            continue
        if len(prev.actors) == 1 and doc.kind(prev.actors[0]) == "person":
            return prev.actors[0]
    return None


THEY = frozenset({"they", "them", "their"})
# the kinds of mention whose actors coreference decides; the others keep their own
RESOLVED_KINDS = frozenset({"role", "pronoun", "people", "states", "anaphor", "org-anaphor"})
NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "both": 2, "pair": 2}
# with each word, which a sentence must hold before its search is worth making
NUMBER_PATTERNS = tuple((k, re.compile(rf"\b{k}\b"), v) for k, v in NUMBER_WORDS.items())


def _we(doc: Doc) -> tuple[str, ...]:
    """'We discussed ...' in a leader's own account of a meeting with one other: the two."""
    people = [p for p in doc.participants if doc.kind(p) == "person"]
    if doc.author not in people or len(people) != 2:
        return ()
    return tuple(people)


def _leaders_of(doc: Doc, m: Mention) -> tuple[str, ...]:
    """'the leaders of A and B': the participants who lead them when every state listed
    has one (they speak of themselves), else the states: leaders who take no part are not
    resolved by office (section 8), and "leader" may be the head of state or government."""
    taking_part = [p for p in doc.participants if doc.state_of(p) in m.actors]
    if {doc.state_of(p) for p in taking_part} == set(m.actors):
        return tuple(taking_part)
    return m.actors


def _group(doc: Doc, m: Mention, recent: list[str]) -> tuple[str, ...]:
    """'the two leaders' among three participants: the two most recently named;
    'the two Prime Ministers': the participants who are Prime Ministers."""
    people = list(doc.participants)
    text = m.text.lower()
    n = next((v for w, k, v in NUMBER_PATTERNS if w in text and k.search(text)), None)
    if n is None or len(people) <= n:
        return tuple(people)
    for word in ("prime minister", "president", "minister", "chancellor"):
        if word in text:
            titled = [
                p for p in people if word in (doc.people.get(p, {}).get("title") or "").lower()
            ]
            if len(titled) == n:
                return tuple(titled)
    ranked = [p for p in reversed(recent) if p in people][:n]
    if len(ranked) == n:
        return tuple(p for p in people if p in ranked)
    return tuple(people)


def _governed(view: View, m: Mention) -> bool:
    """'In his talks with Prime Minister X, he thanked ...', 'To X, he extended ...': a
    person after a preposition is no subject the sentence's pronouns can mean ("according
    to X" is X speaking)."""
    if m.t0 >= 2 and view.tokens[m.t0 - 1].text in ("and", "or"):
        # "In messages to X and Y, he ...": the second of a governed pair is governed too
        first = next((p for p in view.mentions if p.t1 == m.t0 - 1), None)
        return first is not None and _governed(view, first)
    if m.t0 < 1 or view.tokens[m.t0 - 1].text.lower() not in PREPOSITIONS:
        return False
    return not (m.t0 >= 2 and view.tokens[m.t0 - 2].text.lower() == "according")


def _passive_agent(
    doc: Doc, view: View, m: Mention, recent: list[str], subject: str | None
) -> tuple[str, ...]:
    """'Kenya was condemned by him': a pronoun after a passive's "by" is its agent, the one
    the text is about (as "he" would be), not the latest other person; none elsewhere."""
    if m.t0 < 2 or view.tokens[m.t0 - 1].text != "by":
        return ()
    if not view.tokens[m.t0 - 2].text.endswith(("ed", "en")):
        return ()
    return _pronoun(doc, m, recent, subject)


def _object_pronoun(doc: Doc, m: Mention, recent: list[str], subject: str | None):
    def gender_ok(p):
        actor = doc.gaz.actors.get(p)
        return not (actor and actor.gender and m.gender and actor.gender != m.gender)

    for p in reversed(recent):
        if p != subject and gender_ok(p):
            return (p,)
    return ()


def _bearer(doc: Doc, m: Mention) -> tuple[str, ...]:
    """Whom a style alone means: 'His Majesty' the one participant with a monarch's title
    (not the nearest man: "the King received the President. His Majesty thanked ..."),
    'Samdech Thipadei' the one participant of the publisher's state."""
    if "Majesty" in m.text:
        titles = {p: (doc.people.get(p, {}).get("title") or "").split() for p in doc.participants}
        kings = [p for p, words in titles.items() if words and words[-1] in MONARCH_TITLES]
        return tuple(kings) if len(kings) == 1 else ()
    if "Highness" in m.text:
        return _styled_before(doc, "Highness")
    if m.how != "style" or not doc.home:
        return ()
    home = [p for p in doc.participants if doc.state_of(p) == doc.home]
    return tuple(home) if len(home) == 1 else ()


def _styled_before(doc: Doc, style: str) -> tuple[str, ...]:
    """The one participant the readout's mentions write with the style ("His Highness the
    Amir Sheikh Tamim ... HE President Macron ... His Highness stressed": the Amir)."""
    bearers = {
        a
        for v in doc.views
        for x in v.mentions
        if x.how != "style" and style in x.text
        for a in x.actors
        if a in doc.participants
    }
    return tuple(bearers) if len(bearers) == 1 else ()


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


SAYING = {
    "said",
    "says",
    "stated",
    "added",
    "noted",
    "stressed",
    "remarked",
    "emphasised",
    "emphasized",
    "underlined",
    "told",
}


PERSONAL = ("first-person", "second-person")


WRITINGS = {"message", "letter", "telegram", "note", "cable", "text"}
WRITING_VERBS = {"read", "reads", "said", "says", "stated", "states", "added"}
WRITING_OWNERS = {"the", "his", "her", "its", "their"}


def _writing_reads(words: list[str]) -> bool:
    """The sentence quotes a writing: 'the message read', 'the letter reads'."""
    low = [w.lower() for w in words]
    for j in range(1, len(low) - 1):
        if low[j] in WRITINGS and low[j - 1] in WRITING_OWNERS:
            # "the message read", "read the message"
            if low[j + 1] in WRITING_VERBS or (j >= 2 and low[j - 2] in WRITING_VERBS):
                return True
    return False


# words of a sentence that introduces the quotation below it ("X issued the following
# statement:", "In her letter, the Secretary-General wrote:", "He said:")
INTRODUCING = SAYING | {"statement", "wrote", "writes", "following", "message", "letter"}


def _introducer(doc: Doc, view: View, subject: str | None) -> str | None:
    """The person a sentence ending in a colon introduces as the speaker of the quoted
    paragraphs after it, or None."""
    text = view.sentence.text.rstrip()
    if not text.endswith(":") or subject is None or doc.kind(subject) != "person":
        return None
    words = {t.text.lower() for t in view.tokens}
    return subject if INTRODUCING & words else None


def _quoted_speaker(
    doc: Doc,
    view: View,
    mentions: list[Mention],
    last: str | None = None,
    introduced: str | None = None,
) -> tuple[list[Mention], str | None]:
    """'I' and 'my' in a quotation are whoever the sentence says said it (or the sentence
    before the quotation introduced, 'X issued the following statement:'), and 'you' the
    other participant (or the message's addressee); unresolved, they mean nobody. A
    quotation that opens the next sentence with no attribution of its own goes on in the
    voice of ``last``, the last quotation's sayer (press releases quote a minister in
    several paragraphs and attribute the first); returns the sayer too."""
    opens = bool(view.tokens) and view.tokens[0].text in ('"', "\u201c")
    if not any(m.how in PERSONAL or m.how == "we" for m in mentions):
        return mentions, _sayer(view, mentions) or (last if opens else None)
    words = [t.text for t in view.tokens]
    speaker = None
    for m in reversed(mentions):
        if m.how in PERSONAL or m.how == "we" or len(m.actors) != 1:
            continue
        before = [w.lower() for w in words[max(0, m.t0 - 2) : m.t0]]
        after = [w.lower() for w in words[m.t1 : m.t1 + 2]]
        if (before and before[-1] in SAYING) or SAYING.intersection(after):
            speaker = m.actors[0]
        break
    if speaker is None:
        speaker = introduced
    if speaker is None and opens and last and not _attributes(words):
        speaker = last
    writing = speaker is None and _writing_reads(words)
    if writing:
        # '"I congratulate you ...," the message read': the writing's sender, the first
        # participant, or the headline's author; "you" its addressee
        people = [p for p in doc.participants if doc.kind(p) == "person"]
        speaker = doc.author or (people[0] if people else None)
    if speaker is None or doc.kind(speaker) != "person":
        kept = [m for m in mentions if m.how not in PERSONAL and (m.how != "we" or m.actors)]
        return kept, None
    others = [p for p in doc.participants if p != speaker]
    pair = [p for p in others if doc.kind(p) == "person"]
    if speaker in doc.participants and len(pair) == 1:
        # '"We agreed to ...," Mr Peters said': the sayer and the one other participant
        mentions = [m.but(actors=(speaker, pair[0])) if m.how == "we" else m for m in mentions]
    listener = others[0] if len(others) == 1 else doc.addressee
    if writing and doc.addressee and doc.addressee != speaker:
        listener = doc.addressee
    out = []
    for m in mentions:
        if m.how == "first-person":
            m = m.but(actors=(speaker,))
        elif m.how == "second-person":
            if not listener or listener == speaker:
                continue
            m = m.but(actors=(listener,))
        out.append(m)
    return out, speaker


def _attributes(words: list[str]) -> bool:
    """The sentence names its own sayer ('..., Mr Peters said.')."""
    return not SAYING.isdisjoint(w.lower() for w in words)


def _sayer(view: View, mentions: list[Mention]) -> str | None:
    """The person a quotation's attribution names: '"...," Mr Peters said.' (else None)."""
    text = view.sentence.text
    if '"' not in text and "\u201c" not in text and "\u201d" not in text:
        return None  # most sentences quote no one: three string tests, no token walk
    words = [t.text.lower() for t in view.tokens]
    for m in reversed(mentions):
        if len(m.actors) != 1 or m.how in PERSONAL:
            continue
        if SAYING.intersection(words[m.t1 : m.t1 + 2]) or (m.t0 and words[m.t0 - 1] in SAYING):
            return m.actors[0]
        return None
    return None
