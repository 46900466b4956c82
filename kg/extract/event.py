"""The engagement a readout reports: type, date, participants, initiator, location."""

from __future__ import annotations

import re
from functools import cache

from kg.extract.dates import DATELINE, days, event_date
from kg.extract.document import Doc
from kg.model import Event
from kg.resources import data_file, read_tsv

# the asker named after the cue; a call received may say when before whom ("received a
# phone call on Sunday evening from"), and a call or visit may be "requested by" its asker
INITIATIVE = re.compile(
    r"\b(?:at the (?:request|invitation|initiative|behest) of|"
    r"(?:up)?on the (?:request|invitation|initiative) of|"
    r"(?:received|receives|receiving|took|takes|answered|accepted|returned|got|gets|had) "
    r"(?:\w+ )?an? (?:phone |telephone )?call "
    r"(?:[^@\s]+ ){0,4}?from|took place at the initiative of|initiated by|convened by|"
    r"(?:was|were|had been) (?:\w+ )?requested by|"
    r"(?:call|conversation|meeting|talks|visit),? (?:which was |that was )?"
    r"(?:requested|placed|made|arranged) by|"
    r"in response to (?:a|the|an invitation|the invitation) "
    r"(?:(?:phone |telephone )?call )?from)\b",
)
# "X, who (had) requested the call": the asker named before the cue
WHO_ASKED = re.compile(
    r"@(\d+) ,? who (?:had )?(?:requested|initiated|asked for|proposed) the "
    r"(?:phone |telephone )?(?:call|conversation|meeting|talks)\b"
)
# "X called Y", "X phoned Y", "X placed a call to Y", "I was pleased to call Y": the
# caller asked for the call
CALLER = re.compile(
    r"(@\d+) (?:(?:[\w']+ ){0,4}?(?:called|phoned|telephoned|rang|dial(?:l)?ed|to call|"
    r"(?:placed|made|initiated) an? (?:phone |telephone )?call (?:to|with)) "
    r"(?!(?:on|upon|for|in) )"
    r"(?:[\w']+ ){0,2}?@\d+"
    r"|, who (?:had )?(?:called|phoned|telephoned|rang)\b(?! (?:on|upon|for)\b))"
)
# "at the latter's request" read as a mention of the latter
OWNED = re.compile(r"\bat @(\d+) ' ?s (?:request|invitation|initiative)\b")
# "at the latter's request": the second of the two named before it
LATTER = re.compile(
    r"\bat (?:the )?(latter|former) ' ?s (?:request|invitation|initiative)\b|"
    r"\bat the (?:request|invitation|initiative) of the (latter|former)\b"
)


# what a message readout's cue may not follow: a meeting or visit reported first
# ("received the envoy, who handed over a letter", "met X and extended congratulations")
IN_PERSON = ("Meeting", "Visit")


def _type_of(text: str, events) -> str | None:
    """The first type in lexicon order with a cue in ``text``; a message cue loses to a
    meeting or visit cue that comes before it in the sentence."""
    lowered = text.lower()
    for k, (etype, rx) in enumerate(events):
        m = rx.search(text, lowered)
        if m and etype == "Visit":
            # "X will visit Washington next week", "recalled the visit of": another one
            m = next(
                (
                    h
                    for h in rx.finditer(text, lowered)
                    if not _other_visit(lowered, h) and not _visitor(text, h.start())
                ),
                None,
            )
        if not m:
            continue
        if etype == "Message" and m.start():
            for later, rx2 in events[k + 1 :]:
                if later in IN_PERSON:
                    h = rx2.search(text, lowered)  # the leftmost: earlier, or none is
                    if h and h.start() < m.start():
                        return later
        return etype
    return None


# what makes a visit cue another visit than the one reported: a future or an invitation
# just before it ("X will visit Washington", "invited him to pay a visit"), a visit
# recalled ("recalled the visit of", "his previous visit"), or "next week" right after it
OTHER_VISIT = re.compile(
    r"\b(?:will|would|shall|is to|are to|upcoming|forthcoming|planned|proposed|"
    r"invit\w+(?: \w+)? to|expected to|scheduled to|plans? to|intends? to|recall\w*|"
    r"previous|last|earlier|past|since|after|following)(?: \w+){0,2} $"
)
NEXT = re.compile(r"[^.;,]{0,40}\b(?:next|later this|in the coming) (?:week|month|year)\b")


# "held talks with visiting Filipino President X": the visitor described, one meeting on
# the trip reported (ANNOTATION.md section 8), not the visit itself
VISITING = re.compile(r"[Vv]isiting (?:[A-Z]|the [A-Z])")
# "who is visiting China", "while visiting Japan": the verb, the visit itself
VISITING_VERB = re.compile(
    r"\b(?:is|was|are|were|been|be|while|when|during|after|currently|now)\s+$"
)


def _visitor(text: str, at: int) -> bool:
    return bool(VISITING.match(text, at)) and not VISITING_VERB.search(text[max(0, at - 15) : at])


def _other_visit(lowered: str, m: re.Match) -> bool:
    return bool(
        OTHER_VISIT.search(lowered[max(0, m.start() - 40) : m.start()])
        or NEXT.match(lowered, m.end())
    )


def event_type(doc: Doc) -> str | None:
    """The type the title says, else the first opening sentence that names one, else the
    second: each sentence alone, so that a later sentence's "call for" or "letter" does
    not outrank the opening's "met" (a visit named in the second still does)."""
    lead = lead_sentences(doc, 2)
    video = dict(doc.lex.events).get("VideoCall")
    joined = " ".join(lead)
    texts = [doc.title or ""] + lead
    for k, text in enumerate(texts):
        etype = _type_of(text, doc.lex.events)
        if k and etype in (None, "Meeting", "Visit") and _calls(doc.views[k - 1]):
            etype = "PhoneCall"  # "X called Y to discuss the visit": the call
        if etype:
            if etype in ("PhoneCall", "Meeting") and video and video.search(joined):
                return "VideoCall"  # a "call" that the body says was by video
            if etype == "Meeting" and k and not COURTESY.search(joined):
                # "held a bilateral meeting ... began his official visit": the visit
                if any(_type_of(t, doc.lex.events) == "Visit" for t in texts[k + 1 :]):
                    return "Visit"
            return etype
    if doc.participants and CONGRATULATED.search(joined):
        return "Message"  # congratulations with no medium named are sent
    return "Meeting" if doc.participants else None


def _calls(view) -> bool:
    """'X called Y', 'X phoned Y', 'X placed a call to Y': one person calling another
    (CALLER), not 'called on' or 'called for' something."""
    if "call" not in view.masked and "phon" not in view.masked and "rang" not in view.masked:
        return False
    m = CALLER.search(view.masked)
    # the callee named too: "X met Y, who called the talks productive" is no call
    return (
        bool(m)
        and m[0].count("@") > 1
        and view.mentions[int(m[1][1:])].kind
        in (
            "person",
            "role",
        )
    )


CONGRATULATED = re.compile(r"\b(?:congratulat|felicitat)\w*", re.IGNORECASE)


# "has arrived in Addis Ababa for a state visit": a readout that reports the arrival
# reports the visit itself (ANNOTATION.md section 8), even after a meeting's opening
ARRIVAL = re.compile(
    r"\b(?:arrived|arrives|landed) in\b|\bon arrival\b|\bupon (?:his|her) arrival\b"
)


def read_type(doc: Doc) -> str | None:
    """The type, with a Meeting whose readout reports the visitor's arrival a Visit."""
    etype = event_type(doc)
    if etype == "Meeting" and not COURTESY.search(" ".join(v.sentence.text for v in doc.views[:2])):
        if any(ARRIVAL.search(v.sentence.text) for v in doc.views[:4]):
            return "Visit"
    return etype


COURTESY = re.compile(r"\bcourtesy call\b|\bcredence\b|\bcredentials\b", re.IGNORECASE)


def _participant(doc: Doc, actors: tuple[str, ...]) -> str | None:
    for actor in actors:
        if actor in doc.participants:
            return actor
        for p in doc.participants:
            if doc.state_of(p) == actor:
                return p
    return None


def _named_before(doc: Doc, view, end: int) -> list[str]:
    """Participants mentioned in view's masked text before offset end, in order."""
    out: list[str] = []
    for k in re.findall(r"@(\d+)", view.masked[:end]):
        p = _participant(doc, view.mentions[int(k)].actors)
        if p and p not in out:
            out.append(p)
    return out


# an invitation or request for a later engagement: "at the invitation of X, Y will visit"
LATER = re.compile(
    r"\bwill (?:\w+ )?(?:visit|travel|pay|attend|come|go)\b|\bnext (?:year|month|week)\b"
)


def _asker(doc: Doc, mention) -> str | None:
    """The participant a mention after an initiative cue names: a person, a side, or a
    counterpart by state ('at the invitation of his Chinese counterpart'); no pronoun or
    anaphor but 'the latter' and 'the former'."""
    if mention.kind == "pronoun" or (
        mention.kind == "anaphor" and mention.how not in ("latter", "former")
    ):
        return None
    found = _participant(doc, mention.actors)
    if found is None and not mention.actors and mention.of:
        found = _participant(doc, (mention.of,))
    return found


# "at her request": the asker named by a possessive pronoun
OWN_PRONOUN = re.compile(r"\bat @(\d+) (?:request|invitation|initiative)\b")
GENDER_OF = {"his": "m", "her": "f"}


def _by_gender(doc: Doc, mention) -> str | None:
    """The one participant the pronoun's gender fits, when every participant's is known
    ('X spoke with Y at her request': Y, if Y alone is a woman)."""
    gender = GENDER_OF.get(mention.text.lower())
    known = [(p, getattr(doc.gaz.actors.get(p), "gender", None)) for p in doc.participants]
    if gender is None or any(g not in ("m", "f") for _, g in known):
        return None
    fits = [p for p, g in known if g == gender]
    return fits[0] if len(fits) == 1 else None


def initiator(doc: Doc) -> str | None:
    for view in doc.views[:6]:
        if LATER.search(view.masked):
            continue
        for m in INITIATIVE.finditer(view.masked):
            # the first person named after it ("from his brother, King X": the King;
            # "at the request of the latter")
            for piece in view.masked[m.end() :].split()[:8]:
                mention = view.mentions[int(piece[1:])] if piece.startswith("@") else None
                found = _asker(doc, mention) if mention else None
                if found:
                    return found
        owner = OWNED.search(view.masked) or WHO_ASKED.search(view.masked)
        if owner:
            found = _participant(doc, view.mentions[int(owner[1])].actors)
            if found:
                return found
        owner = OWN_PRONOUN.search(view.masked)
        if owner:
            found = _by_gender(doc, view.mentions[int(owner[1])])
            if found:
                return found
        m = LATTER.search(view.masked)
        if m:
            before = _named_before(doc, view, m.start())
            if len(before) >= 2:
                return before[-1] if "latter" in (m[1], m[2]) else before[0]
    for view in doc.views[:4]:
        m = CALLER.search(view.masked)
        if m:
            found = _participant(doc, view.mentions[int(m[1][1:])].actors)
            if found:
                return found
    return None


# a place named for a later or other event: "an event to be held ... in Washington"
ELSEWHERE = re.compile(
    r"\b(?:to be held|will be held|will take place|will (?:visit|travel)|invited|invitation|"
    r"next|upcoming|scheduled|planned)\b[^.;]*$"
)
VISITED = re.compile(
    r"\b(?:visit(?:ing|ed|s)?(?: to)?|arrived in|trip to|tour of|in)\s+(?:the\s+)?$"
)
# a noun that "in X" completes as a subject of talks, not as where they were held
TOPICAL_IN = re.compile(
    r"\b(?:situation|war|conflict|crisis|crises|peace|developments|events|stability|security|"
    r"escalation|fighting|hostilities|settlement|ceasefire|elections?|investments?|interests|"
    r"presence|operations?|reconstruction|violence|tensions?|unrest|aggression|invasion|"
    r"occupation|people|democracy|transition|process|projects?|cooperation|partnership|"
    r"trade|progress|reforms?|role|efforts|missions?|troops|forces)\s+in\s+(?:the\s+)?$",
    re.IGNORECASE,
)
RECEIVED = re.compile(r"\b(?:received|receiving|receives|hosted|hosting|welcomed)\b")


ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")


PLACE_NOUNS = frozenset(
    "city town resort port island capital village region province emirate".split()
)


def _capital(doc: Doc, state: str | None) -> str | None:
    """The state's capital, the first the gazetteer lists."""
    actor = doc.gaz.actors.get(state) if state else None
    return actor.capitals[0] if actor and actor.capitals else None


def _elsewhere(text: str, end: int) -> bool:
    """ELSEWHERE in ``text[:end]``, read from its last full stop or semicolon on (where
    any match must begin) so that a long sentence is not read again at every mention."""
    begin = max(text.rfind(".", 0, end), text.rfind(";", 0, end)) + 1
    return ELSEWHERE.search(text[begin:end]) is not None


def _places(doc: Doc, views) -> str | None:
    """A city named as where it happened: 'in Paris', 'at X, Geneva', 'Mexico City'."""
    for view in views:
        for m in view.mentions:
            t = m.t0 - 1
            while t >= 0 and ORDINAL.fullmatch(view.tokens[t].text):
                t -= 1  # "the 56th Munich Security Conference"
            before = view.tokens[t].text.lower() if t >= 0 else ""
            if before == "of" and t and view.tokens[t - 1].text.lower() in PLACE_NOUNS:
                before = "in"  # "the Red Sea city of Jeddah", "on the island of Bali"
            if before not in ("in", "at", "to", "the", ","):
                continue
            rel = m.start - view.sentence.start
            if _elsewhere(view.sentence.text, rel):
                continue
            if before == "in" and TOPICAL_IN.search(view.sentence.text[max(0, rel - 40) : rel]):
                continue  # "discussed the situation in Kyiv"
            after = view.tokens[m.t1].text if m.t1 < len(view.tokens) else ""
            if after == "City" and m.kind == "state":
                return f"{m.text} City"
            if (
                after == "capital"
                and m.kind in ("state", "adjective")
                and m.actors
                and (before == "the")
            ):
                city = _capital(doc, m.actors[0])  # "in the Uzbek capital"
                if city:
                    return city
            if m.kind == "place":
                return m.text
            if m.kind == "organization" and m.text.split()[0] in doc.gaz.capitals:
                return m.text.split()[0]  # "the Munich Security Conference"
    return None


# a dateline with no date: "ANKARA (AA) - ", "New Delhi: ", "Algiers - " (the capital
# check in _dateline_capital keeps "Note: " or a name from counting)
PLACE_LINE = re.compile(
    r"^\s*[A-Z][\w'’.]+(?: [A-Z][\w'’.]+)?\s*(?:\([A-Za-z ]{2,20}\)\s*)?(?:--|—|–|-|:)\s"
)


def _fragment(text: str) -> bool:
    """A first 'sentence' that is a dateline: a few words ('Ulaanbaatar /MONTSAME/.'), or
    a place and a date with its agency ('Ashgabat, 5 March 2024 (TDH).')."""
    words = text.split()
    if len(words) < 4:
        return True
    dateline = all(w[:1].isupper() or w[:1].isdigit() or w[:1] in "([" for w in words)
    return len(words) <= 8 and dateline and bool(days(text))


def _dateline_capital(doc: Doc) -> str | None:
    """The city of a date line, of a short first fragment, or of an agency's dateline
    opening the first sentence ("ANKARA, March 5 (AA) -": capitals as written there)."""
    fragments = [v.sentence.text for v in doc.views[:1] if _fragment(v.sentence.text)]
    for view in doc.views[:1]:
        head = DATELINE.match(view.sentence.text) or PLACE_LINE.match(view.sentence.text)
        if head:
            city = re.split(r"[,:(]", head[0])[0].strip(" -–—")
            fragments.append(city.title() if city.isupper() else city)
    for text in doc.datelines + fragments:
        for word in re.findall(r"[A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+)?", text):
            for cand in (word, word.split()[0]):
                if cand in doc.gaz.capitals:
                    return cand
    return None


def _dateline_or_visited(doc: Doc, views) -> str | None:
    """The dateline's city, unless the opening sentence names a visit to another state:
    an agency's bureau ("Singapore (VNA) - the minister paid a visit to Brunei") is where
    the story was filed, not where the visit was."""
    city = _dateline_capital(doc)
    if city is None:
        return None
    gone = _visited_state(doc, views, travel=True)
    return gone if gone and gone != doc.gaz.capitals.get(city) else city


def _visited_state(doc: Doc, views, travel: bool = False) -> str | None:
    """'is visiting Singapore', 'a visit to Brunei', 'talks in Kazakhstan': the state."""
    for view in views:
        for m in view.mentions:
            if m.kind != "state" or not m.actors:
                continue
            text_before = view.sentence.text[: m.start - view.sentence.start]
            visited = VISITED.search(text_before[-40:])
            bare = visited is not None and visited[0].strip().lower() in ("in", "in the")
            if bare and (view is not views[0] or travel or TOPICAL_IN.search(text_before)):
                # "missions in Afghanistan": only the opening says where it was, and there
                # not "the situation in Ukraine"
                continue
            if visited and not ELSEWHERE.search(text_before):
                return m.actors[0]
    return None


def _host_state(doc: Doc, views) -> str | None:
    """A participant receiving the other, with no place named: the receiver's state.
    The receiver is named before the verb, after 'received by', or after a participial
    opening ('Speaking while receiving X, President Y said')."""
    for view in views:
        hit = RECEIVED.search(view.sentence.text)
        if not hit:
            continue
        cut = view.sentence.start + hit.start()
        passive = view.sentence.text[hit.end() :].startswith(" by")
        people = [m for m in view.mentions if m.kind == "person" and m.actors]
        before = [m for m in people if m.start < cut]
        after = [m for m in people if m.start > cut]
        if view.pieces[:1] and view.pieces[0].endswith("ing") and "," in view.sentence.text:
            comma = view.sentence.start + view.sentence.text.index(",")
            after = [m for m in after if m.start > comma]  # the main clause's subject
        else:
            after = after[1:]
        order = after[:1] if passive else before[:1] or after[:1]
        for m in order:
            host = _participant(doc, m.actors)
            state = doc.state_of(host) if host else None
            if state and doc.kind(state) == "state":
                return state  # a body is no place: its head receiving names none
    return None


def location(doc: Doc, etype: str | None) -> str | None:
    if etype not in ("Meeting", "Visit"):
        return None
    views = doc.views[:4]
    return (
        _places(doc, views[:1])
        or _dateline_or_visited(doc, views[:1])
        or _places(doc, views[1:])
        or _landmark(views)
        or _office_seat(doc, views)
        or _visited_state(doc, views)
        or _title_capital(doc)
        or (
            None
            if _aside(views[:2])
            else _in_the_capital(doc, _host_state(doc, views[:2]), views[:2])
        )
    )


# a seat named by its office: "at the Prime Minister's Office", "at the Presidential
# Palace", "at the Royal Palace"
OFFICE_SEAT = re.compile(
    r"\bat (?:the )?(?:(?P<title>Prime Minister|President|Chancellor|King|Emir|Amir|Sultan)"
    r"[’']s (?:Office|Official Residence|Residence|Palace)|(?P<presidential>Presidential) "
    r"(?:Palace|Office|Residence|Complex)|(?P<royal>Royal|Amiri) (?:Palace|Court|Diwan))\b"
)
SEAT_TITLES = {
    "Presidential": ("President",),
    "Royal": ("King", "Queen"),
    "Amiri": ("Emir", "Amir"),
}


def _office_seat(doc: Doc, views) -> str | None:
    """The capital of the one participant who holds the office the seat is named after
    ('held a summit meeting with X at the Prime Minister's Office': Tokyo, when only the
    host is a Prime Minister)."""
    for view in views:
        m = OFFICE_SEAT.search(view.sentence.text) if " at " in view.sentence.text else None
        if m is None or _elsewhere(view.sentence.text, m.start()):
            continue
        key = m["title"] or m["presidential"] or m["royal"]
        titles = {t.lower() for t in SEAT_TITLES.get(key, (key,))}
        holders = [p for p in doc.participants if _titled(doc, p, titles)]
        if len(holders) == 1:
            return _capital(doc, doc.state_of(holders[0]))
    return None


def _titled(doc: Doc, person: str, titles: set[str]) -> bool:
    """Whether the person is written with, or holds on the day, one of the titles."""
    written = (doc.people.get(person, {}).get("title") or "").lower()
    if written in titles:
        return True
    return any(t.title.lower() in titles for t in doc.gaz.offices_of(person, doc.day))


# a meeting held beside a summit or conference: where the receiver is from says nothing
# of where it was ("received X on the sidelines of the G7 summit")
ASIDE = re.compile(r"\b(?:sidelines|margins|fringes?) of\b|\bon the (?:sidelines|margins)\b")


def _aside(views) -> bool:
    return any(ASIDE.search(v.sentence.text) for v in views)


# "received X in the capital": the host's capital (not "the capital, Astana", nor "the
# capital of", which name it)
IN_THE_CAPITAL = re.compile(r"\bin the capital\b(?!,? (?:city )?(?:of\b|[A-Z]))")


def _in_the_capital(doc: Doc, host: str | None, views) -> str | None:
    """The host's state, or its capital when the opening says it was 'in the capital'."""
    if host and any(IN_THE_CAPITAL.search(v.sentence.text) for v in views):
        return _capital(doc, host) or host
    return host


@cache
def _landmarks() -> tuple[tuple[re.Pattern, str], ...]:
    return tuple(
        (re.compile(r["pattern"]), r["city"])
        for r in read_tsv(data_file("lexicon", "landmarks.tsv"))
    )


# a seat of government named as a source, not a venue: "the Akorda press service",
# "the Kremlin said", "according to the Élysée"
AS_SOURCE = re.compile(
    r"^(?:'s|’s)?\s*(?:press|spokes\w*|said|says|reported|reports|statement|website|"
    r"announced|official)\b"
)
CITING = re.compile(r"\b(?:according to|citing|quoting)(?: the)?\s*$", re.IGNORECASE)


@cache
def _any_landmark() -> re.Pattern:
    """All landmarks in one pattern: most sentences name none, and one pass tells."""
    return re.compile("|".join(f"(?:{rx.pattern})" for rx, _ in _landmarks()))


def _landmark(views) -> str | None:
    """A seat of government named as the venue ('at the White House'): its city."""
    for view in views:
        text = view.sentence.text
        if not _any_landmark().search(text):
            continue
        for rx, city in _landmarks():
            for m in rx.finditer(text):
                if AS_SOURCE.match(text[m.end() :]) or CITING.search(text[: m.start()]):
                    continue
                if not ELSEWHERE.search(text[: m.start()]):
                    return city
                break
    return None


def _title_capital(doc: Doc) -> str | None:
    for word in re.findall(r"[A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+)?", doc.title or ""):
        for cand in (word, word.split()[0]):
            if cand in doc.gaz.capitals:
                return cand
    return None


FIRST_PERSON = re.compile(r"\b(?:I|my|me)\b")


def lead_sentences(doc: Doc, n: int = 3) -> list[str]:
    """The opening n sentences, not counting dateline fragments ("Ulaanbaatar /AGENCY/.")."""
    out: list[str] = []
    for view in doc.views:
        out.append(view.sentence.text)
        n -= len(view.sentence.text.split()) >= 4
        if n <= 0:
            break
    return out


def _released_by_sender(doc: Doc, lead: list[str]) -> bool:
    """A message its sender's office publishes: a letter in the first person, or a
    publisher whose state or body is the first participant's."""
    if lead and FIRST_PERSON.search(re.sub(r"[\"“][^\"”]*[\"”]", "", lead[0])):
        return True
    if not doc.home or not doc.participants:
        return False
    sender = doc.participants[0]
    if doc.state_of(sender) == doc.home:
        return True
    return any(o.of == doc.home for o in doc.gaz.offices_of(sender, doc.day))


def read_event(doc: Doc) -> Event:
    etype = read_type(doc)
    lead = lead_sentences(doc)
    whole = doc.readout.text
    release = etype == "Message" and _released_by_sender(doc, lead)
    day = event_date(
        lead, doc.datelines, doc.title, doc.readout.published, whole, release, etype == "Visit"
    )
    return Event(etype, day, tuple(doc.participants), initiator(doc), location(doc, etype))
