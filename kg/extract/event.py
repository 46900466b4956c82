"""The engagement a readout reports: type, date, participants, initiator, location."""

from __future__ import annotations

import re

from kg.extract.dates import event_date
from kg.extract.document import Doc
from kg.model import Event

INITIATIVE = re.compile(
    r"\b(?:at the (?:request|invitation|initiative) of|upon the (?:request|invitation) of|"
    r"on the (?:invitation|initiative) of|received (?:\w+ )?a (?:phone |telephone )?call "
    r"(?:\w+ )?from|took place at the initiative of|initiated by)\b",
)
# "X called Y", "X phoned Y", "I was pleased to call Y": the caller asked for the call
CALLER = re.compile(
    r"(@\d+) (?:[\w']+ ){0,4}?(?:called|phoned|telephoned|rang|to call|placed a call to) "
    r"(?!(?:on|upon|for|in) )"
    r"(?:[\w']+ ){0,2}?@\d+"
)
# "at the latter's request" read as a mention of the latter
OWNED = re.compile(r"\bat @(\d+) ' ?s (?:request|invitation|initiative)\b")
# "at the latter's request": the second of the two named before it
LATTER = re.compile(
    r"\bat (?:the )?(latter|former) ' ?s (?:request|invitation|initiative)\b|"
    r"\bat the (?:request|invitation|initiative) of the (latter|former)\b"
)


def event_type(doc: Doc) -> str | None:
    lead = " ".join(v.sentence.text for v in doc.views[:2])
    video = dict(doc.lex.events).get("VideoCall")
    lead_lower = lead.lower()
    for text in (doc.title or "", lead):
        lowered = text.lower()
        for etype, rx in doc.lex.events:
            if rx.search(text, lowered):
                if etype in ("PhoneCall", "Meeting") and video and video.search(lead, lead_lower):
                    return "VideoCall"  # a "call" that the body says was by video
                return etype
    return "Meeting" if doc.participants else None


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


def initiator(doc: Doc) -> str | None:
    for view in doc.views[:6]:
        for m in INITIATIVE.finditer(view.masked):
            # the first person named after it ("from his brother, King X": the King)
            for piece in view.masked[m.end() :].split()[:8]:
                mention = view.mentions[int(piece[1:])] if piece.startswith("@") else None
                if mention and mention.kind not in ("pronoun", "anaphor"):
                    found = _participant(doc, mention.actors)
                    if found:
                        return found
        owner = OWNED.search(view.masked)
        if owner:
            found = _participant(doc, view.mentions[int(owner[1])].actors)
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


def location(doc: Doc, etype: str | None) -> str | None:
    if etype not in ("Meeting", "Visit"):
        return None
    capitals = doc.gaz.capitals

    def place_in(views):
        for view in views:
            for m in view.mentions:
                before = view.tokens[m.t0 - 1].text.lower() if m.t0 else ""
                if m.kind == "place" and before in ("in", "at", "to", "the", ","):
                    return m.text
        return None

    # the opening sentence, then the dateline, then the next sentences
    found = place_in(doc.views[:1])
    if found:
        return found
    for text in doc.datelines:
        for word in re.findall(r"[A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+)?", text):
            for cand in (word, word.split()[0]):
                if cand in capitals:
                    return cand
    found = place_in(doc.views[1:4])
    if found:
        return found
    for text in doc.datelines + [doc.title or ""]:
        for word in re.findall(r"[A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+)?", text):
            for cand in (word, word.split()[0]):
                if cand in capitals:
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
    etype = event_type(doc)
    lead = lead_sentences(doc)
    whole = doc.readout.text
    release = etype == "Message" and _released_by_sender(doc, lead)
    day = event_date(lead, doc.datelines, doc.title, doc.readout.published, whole, release)
    return Event(etype, day, tuple(doc.participants), initiator(doc), location(doc, etype))
