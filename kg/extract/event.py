"""The engagement a readout reports: type, date, participants, initiator, location."""

from __future__ import annotations

import re

from kg.extract.dates import event_date
from kg.extract.document import Doc
from kg.extract.venue import participant_of, venue
from kg.model import Event

# a day or time of day between a verb and its object ("received on Wednesday a call")
WHEN = (
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|yesterday|tonight)"
    r"(?: (?:morning|afternoon|evening|night))?"
)
# the asker named after the cue; a call received may say when before whom ("received a
# phone call on Sunday evening from"), and a call or visit may be "requested by" its asker
INITIATIVE = re.compile(
    r"\b(?:at the (?:[a-z]+ )?(?:request|invitation|initiative|behest) of|"
    r"(?:up)?on the (?:[a-z]+ )?(?:request|invitation|initiative) of|"
    # "following an invitation from", "accepting the kind invitation extended by"
    r"(?:following|after|upon|(?<!ed )on|accepting|at) (?:an|the) (?:[a-z]+ )?"
    r"(?:invitation|request) (?:from|by|extended by|issued by)|"
    r"(?:received|receives|receiving|took|takes|answered|accepted|returned|got|gets|had) "
    # "received on Wednesday a telephone call from", "received, on Sunday, a call from"
    r"(?:(?:, )?(?:on |this |last |earlier |late )?" + WHEN + r" (?:, )?|\w+ )?"
    r"an? (?:phone |telephone )?call "
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


# text -> type, for one lexicon's events: extract reads each readout's lead twice
_TYPES: dict = {}
_TYPES_OF: list = [None]


def _type_of(text: str, events) -> str | None:
    """The first type in lexicon order with a cue in ``text``; a message cue loses to a
    meeting or visit cue that comes before it in the sentence (kept: ``extract`` reads
    the same lead before coreference and after)."""
    if _TYPES_OF[0] is not events or len(_TYPES) > 256:
        _TYPES.clear()
        _TYPES_OF[0] = events
    got = _TYPES.get(text, _TYPES)
    if got is _TYPES:
        got = _TYPES[text] = _find_type(text, events)
    return got


def _find_type(text: str, events) -> str | None:
    lowered = text.lower()
    for k, (etype, rx) in enumerate(events):
        m = rx.search(text, lowered)
        if m and etype == "Visit":
            # "X will visit Washington next week", "recalled the visit of": another one
            m = next(
                (
                    h
                    for h in rx.finditer(text, lowered)
                    if not _other_visit(lowered, h)
                    and not _visitor(text, h.start())
                    and not _guest_clause(lowered, h.start())
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
# just before it ("X will visit Washington", "invited him to pay a visit", "invited the
# Prime Minister to visit the Philippines"), a visit
# recalled ("recalled the visit of", "his previous visit"), or "next week" right after it
OTHER_VISIT = re.compile(
    r"\b(?:will|would|shall|is to|are to|upcoming|forthcoming|planned|proposed|"
    r"invit\w+(?: [\w.\-]+){0,4}? to|expected to|scheduled to|plans? to|intends? to|recall\w*|"
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


# "received X, who is on an official visit to Bahrain": the visit is said of the guest in
# a relative clause, and the sentence reports one reception on the trip (ANNOTATION.md 8)
GUEST_CLAUSE = re.compile(r", (?:who|which) [^,.;]*$")


# the reception or meeting the guest's clause hangs on (a clause on the sentence's subject,
# "X, who is visiting Y, met Z", reports the visit itself)
RECEIVING = re.compile(
    r"\b(?:received|receives|met|meets|hosted|hosts|welcomed|called on|talks with)\b"
)


def _guest_clause(lowered: str, at: int) -> bool:
    if ", wh" not in lowered:
        return False
    m = GUEST_CLAUSE.search(lowered, max(0, at - 60), at)
    return bool(m) and bool(RECEIVING.search(lowered, 0, m.start()))


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
        if not k and etype == "Meeting" and lead and CALL_MEDIUM.search(lead[0]):
            # a title's "holds talks" names no medium: the opening's "telephone
            # conversation" or "video call" does ("spoke to" names none either)
            etype = CALL_TYPES.get(_type_of(lead[0], doc.lex.events), etype)
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


CALL_TYPES = {"PhoneCall": "PhoneCall", "VideoCall": "VideoCall"}
CALL_MEDIUM = re.compile(r"\b(?:tele)?phon|\bvideo|\bvirtual", re.IGNORECASE)


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
    """The type, with a Meeting whose readout reports the visitor's arrival a Visit; not
    when the opening reports a call paid on the host ("X called on President Y") or the
    arrival was to attend a gathering ("arrived in Astana to take part in the summit")."""
    etype = event_type(doc)
    if etype == "Meeting" and not COURTESY.search(" ".join(v.sentence.text for v in doc.views[:2])):
        if any(" on @" in v.masked and CALLED_ON.search(v.masked) for v in doc.views[:1]):
            return etype
        texts = (v.sentence.text for v in doc.views[:4])
        # every match holds "arriv" or "landed": most sentences are not searched
        if any(("arriv" in t or "landed" in t) and _arrived_to_visit(t) for t in texts):
            return "Visit"
    return etype


# a call paid on a person: "called on President X" (not "called on X to ...", an appeal)
CALLED_ON = re.compile(r"\b(?:called|calls|paid a call) on @\d+(?! to\b)")
# an arrival for a gathering: "arrived in Astana to take part in the SCO summit"
TO_ATTEND = re.compile(r"\s(?:in order )?to (?:take part in|attend|participate in)\b")


def _arrived_to_visit(text: str) -> bool:
    """An arrival that is the visit: not one made to attend a gathering."""
    m = ARRIVAL.search(text)
    if not m:
        return False
    after = text[m.end() : m.end() + 80]
    return not (" to " in after and TO_ATTEND.search(after))


COURTESY = re.compile(r"\bcourtesy call\b|\bcredence\b|\bcredentials\b", re.IGNORECASE)


def _named_before(doc: Doc, view, end: int) -> list[str]:
    """Participants mentioned in view's masked text before offset end, in order."""
    out: list[str] = []
    for k in re.findall(r"@(\d+)", view.masked[:end]):
        p = participant_of(doc, view.mentions[int(k)].actors)
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
    found = participant_of(doc, mention.actors)
    if found is None and not mention.actors and mention.of:
        found = participant_of(doc, (mention.of,))
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


# words one of which every INITIATIVE match holds: most sentences have none, and the
# test costs a fraction of the search
INITIATIVE_WORDS = (
    "request",
    "invitation",
    "initiative",
    "behest",
    "call",
    "initiated",
    "convened",
    "placed",
    "made",
    "arranged",
    "in response to",
)


def initiator(doc: Doc) -> str | None:
    for view in doc.views[:6]:
        masked = view.masked
        if ("will" in masked or "next" in masked) and LATER.search(masked):
            continue
        asked = any(map(masked.__contains__, INITIATIVE_WORDS))
        for m in INITIATIVE.finditer(masked) if asked else ():
            # the first person named after it ("from his brother, King X": the King;
            # "at the request of the latter")
            for piece in view.masked[m.end() :].split()[:8]:
                mention = view.mentions[int(piece[1:])] if piece.startswith("@") else None
                found = _asker(doc, mention) if mention else None
                if found:
                    return found
        at = "at @" in masked  # OWNED and OWN_PRONOUN need it, LATTER one of its two words
        owner = (at and OWNED.search(masked)) or WHO_ASKED.search(masked)
        if owner:
            found = participant_of(doc, view.mentions[int(owner[1])].actors)
            if found:
                return found
        owner = OWN_PRONOUN.search(masked) if at else None
        if owner:
            found = _by_gender(doc, view.mentions[int(owner[1])])
            if found:
                return found
        m = LATTER.search(masked) if "latter" in masked or "former" in masked else None
        if m:
            before = _named_before(doc, view, m.start())
            if len(before) >= 2:
                return before[-1] if "latter" in (m[1], m[2]) else before[0]
    for view in doc.views[:4]:
        m = CALLER.search(view.masked)
        if m:
            found = participant_of(doc, view.mentions[int(m[1][1:])].actors)
            if found:
                return found
    return None


def location(doc: Doc, etype: str | None) -> str | None:
    """Where a meeting or visit took place; calls and messages have none (section 7)."""
    if etype not in ("Meeting", "Visit"):
        return None
    return venue(doc)


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
    day = _day(doc, etype)
    return Event(etype, day, tuple(doc.participants), initiator(doc), location(doc, etype))


def event_day(doc: Doc) -> str | None:
    """The engagement's day alone: ``extract`` needs it before coreference, to name the
    office holders of that day, and reads the whole event after."""
    return _day(doc, read_type(doc))


def _day(doc: Doc, etype: str) -> str | None:
    lead = lead_sentences(doc)
    release = etype == "Message" and _released_by_sender(doc, lead)
    return event_date(
        lead,
        doc.datelines,
        doc.title,
        doc.readout.published,
        doc.readout.text,
        release,
        etype == "Visit",
    )
