"""The event of a Chinese or Russian readout: type, date, participants, initiator, place."""

from __future__ import annotations

from kg.extract.native import ru, zh
from kg.extract.native.document import NativeDoc
from kg.extract.native.tables import rows
from kg.extract.native.relations import Context, _office_holder, group
from kg.extract.native.sentence import Sent
from kg.model import Event

DATES = {"zh": zh, "ru": ru}
NO_PLACE = {"PhoneCall", "VideoCall", "Message"}


def head(doc: NativeDoc) -> list[Sent]:
    """The title and the lead sentence: where an event is named."""
    out = [doc.title] if doc.title else []
    if doc.lead < len(doc.sents):
        out.append(doc.sents[doc.lead])
    return out


def participants(doc: NativeDoc) -> list[str]:
    """People named in the title and lead (the first two people named, failing that)."""
    found: list[str] = []
    for s in head(doc):
        for m in s.mentions:
            if m.kind == "actor" and m.actors and _person(doc, m.actors[0]):
                found.append(m.actors[0])
            elif m.kind == "office":  # "国家主席应约同南非总统通电话": the home office's holder
                found.extend(_office_holder(doc, m))
    if len({doc.state_of(p) for p in found}) < 2:
        for s in doc.sents[doc.lead + 1 :]:
            for m in s.mentions:
                if m.kind == "actor" and m.actors and _person(doc, m.actors[0]):
                    if doc.state_of(m.actors[0]) not in {doc.state_of(p) for p in found}:
                        found.append(m.actors[0])
            if len(found) >= 2:
                break
    if found and doc.home and all(doc.state_of(p) != doc.home for p in found):
        # "Состоялся телефонный разговор с Президентом Казахстана" on the Kremlin's site:
        # the publisher's own head of state is the other side
        for t in doc.gaz.holders(doc.day, of=doc.home, role="head_of_state")[:1]:
            found.insert(0, t.person)
    return list(dict.fromkeys(found))


def _person(doc: NativeDoc, name: str) -> bool:
    actor = doc.gaz.actors.get(name)
    return actor is not None and actor.kind == "person"


def event_type(doc: NativeDoc) -> str | None:
    table = rows(doc.lang, "events")
    for s in head(doc) + doc.sents[doc.lead + 1 : doc.lead + 3]:
        for row in table:
            if row.may_match(s.masked) and row.pattern.search(s.masked):
                return row.name
    return None


def event_date(doc: NativeDoc) -> str | None:
    dates = DATES[doc.lang]
    pub = doc.readout.published
    for s in doc.sents[: doc.lead + 1]:
        found = dates.dateline_date(s.text, pub)
        if found:
            return found
    if doc.title is not None or doc.lead:
        for s in doc.sents[: doc.lead]:  # a date line under the title
            if s is not doc.title:
                found = dates.first_date(s.text, pub)
                if found:
                    return found
    if doc.lead < len(doc.sents):
        found = dates.first_date(doc.sents[doc.lead].text, pub)
        if found:
            return found
    return pub


def initiator(doc: NativeDoc, ctx: Context) -> str | None:
    for s in head(doc) + doc.sents[doc.lead + 1 :]:
        for row in rows(doc.lang, "initiator"):
            m = row.pattern.search(s.masked) if row.may_match(s.masked) else None
            if not m:
                continue
            if row.mode == "named" and "s" in m.re.groupindex and m.group("s"):
                for name in group(doc, s, *m.span("s"), ctx):
                    for p in doc.participants:
                        if p == name or doc.state_of(p) == name:
                            return p
            if row.mode == "other":  # 应约: the one the subject is not asked the call
                from kg.extract.native.relations import subject

                subj = subject(doc, s, m.start(), ctx)
                if subj:
                    others = doc.others(subj[0])
                    if others:
                        return others[0]
    return None


def location(doc: NativeDoc, kind: str | None) -> str | None:
    if kind in NO_PLACE:
        return None
    for s in head(doc)[-1:]:
        skip = _dateline_tokens(doc, s)
        for m in s.mentions:
            if m.place and m.t0 >= skip:  # the dateline's city is where the news was filed
                return m.place
    return None


def _dateline_tokens(doc: NativeDoc, s: Sent) -> int:
    if doc.lang == "ru":
        n = ru.strip_dateline(s.text)
        return len(ru.tokens(s.text[:n]))
    m = zh.DATELINE.search(s.text[:200])
    return m.end() if m else 0


def read_event(doc: NativeDoc, ctx: Context) -> Event:
    kind = event_type(doc)
    return Event(
        type=kind,
        date=doc.day,
        participants=tuple(doc.participants),
        initiator=initiator(doc, ctx),
        location=location(doc, kind),
    )
