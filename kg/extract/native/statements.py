"""Statements: who said what, by reporting verbs and the sides' joint acts.

A reporting verb whose subject is a participant opens a statement; what follows in the
paragraph is that speaker's speech (their 我 and 我们, their dropped subjects) until another
speaker is named. A sentence in the speaker's own voice (中方愿…, "мы готовы") is content,
not a statement.
"""

from __future__ import annotations

from kg.extract.native import ru, zh
from kg.extract.native.document import NativeDoc, subject_ok
from kg.extract.native.tables import rows
from kg.extract.native.relations import BREAKS, Context, _mentions_in, actors_of, subject
from kg.extract.native.sentence import Sent
from kg.model import Span, Statement

OPENING = {"zh": zh.opening, "ru": ru.opening}
OWN_VOICE = {"speaker", "speaker_state"}


def find(doc: NativeDoc, s: Sent, ctx: Context) -> tuple[Statement | None, str | None]:
    """The sentence's statement (if any) and the speaker it leaves for what follows."""
    best = None
    for row in rows(doc.lang, "reporting"):
        m = row.pattern.search(s.masked) if row.may_match(s.masked) else None
        if m and (best is None or m.start() < best[1].start()):
            best = (row, m)
    if best is None:
        return None, ctx.speaker
    row, m = best
    if row.mode in ("both", "impersonal"):
        return _make(doc, s, "both", row.name), ctx.speaker
    if row.mode == "sender":  # "говорится в послании": the one who sent it, the publisher's
        home = [p for p in doc.participants if doc.state_of(p) == doc.home]
        sender = (home or doc.participants or [None])[0]
        return (_make(doc, s, sender, row.name), ctx.speaker) if sender else (None, ctx.speaker)
    speaker = _speaker(doc, s, m.start(), ctx)
    if speaker is None:
        return None, ctx.speaker
    return _make(doc, s, speaker, row.name), (speaker if speaker != "both" else ctx.speaker)


def _speaker(doc: NativeDoc, s: Sent, before: int, ctx: Context) -> str | None:
    """The participant (or "both") who is the subject of the verb at ``before``."""
    cut = max(s.masked.rfind(c, 0, before) for c in BREAKS) + 1
    for k in _mentions_in(s, cut, before):
        m = s.mentions[k]
        if m.kind == "place" or not subject_ok(doc, s, m):
            continue
        if m.kind == "ref" and m.ref in OWN_VOICE:
            return None  # 我们…表示: the speaker's own words, not a report of them
        if m.kind == "ref" and m.ref in ("both_states", "both_people"):
            return "both"
        if m.kind == "ref" and m.ref == "he":
            return ctx.speaker or ctx.last_speaker or (doc.participants[:1] or [None])[0]
        found = [a for a in subject(doc, s, before, ctx) if a in doc.participants]
        if len(found) > 1:
            return "both"  # "Путин и Кэмерон подчеркнули"
        return found[0] if found else None
    if doc.lang == "ru" and s.masked[cut:before].strip() in ("", "–", "—", "-"):
        # «…», – подчеркнул Президент: the speaker follows the verb
        after = [k for k in _mentions_in(s, before, len(s.masked)) if s.mentions[k].kind != "place"]
        if after and cut > 0:
            found = [a for a in actors_of(doc, s.mentions[after[0]], ctx) if a in doc.participants]
            if found:
                return found[0]
    if _dropped_subject(doc, s, before):
        if doc.lang == "ru" and not _mentions_in(s, cut, before) and _plural_verb(s, before):
            return "both"  # "Условились продолжить…": the sides, whose names the verb drops
        return ctx.speaker
    return None


def _plural_verb(s: Sent, at: int) -> bool:
    return at < len(s.offsets) and ru.plural_verb(s.tokens[s.offsets[at]])


def _dropped_subject(doc: NativeDoc, s: Sent, before: int) -> bool:
    """The verb opens its clause: its subject is the one already speaking."""
    head = s.masked[:before]
    cut = max(head.rfind(","), head.rfind(":"), head.rfind(";"))
    return len(head[cut + 1 :].strip()) <= (4 if doc.lang == "zh" else 12)


def _make(doc: NativeDoc, s: Sent, speaker: str, act: str) -> Statement:
    speakers = tuple(doc.participants[:2]) if speaker == "both" else ()
    return Statement(OPENING[doc.lang](s), speaker, act, Span(s.start, s.end, s.text), speakers)
