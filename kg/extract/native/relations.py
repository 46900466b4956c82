"""Relation triples from a language's cue table, with one set of modes for every language."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from kg.extract.native.document import NativeDoc, subject_ok
from kg.extract.native.tables import Row, rows
from kg.extract.native.mentions import Mention
from kg.extract.native.sentence import Sent
from kg.model import Relation, Span


@dataclass
class Context:
    """What the sentence's own words leave unsaid: who is speaking in this paragraph."""

    speaker: str | None = None
    last_subject: tuple[str, ...] = ()
    joint: bool = False  # the sentence tells what the sides did together
    last_speaker: str | None = None  # who "он", 他 points back to, across paragraphs


def actors_of(doc: NativeDoc, m: Mention, ctx: Context) -> tuple[str, ...]:
    """The actors a mention stands for here (a side, a pronoun or an office resolved)."""
    if m.kind == "actor":
        if m.weak and m.actors[0] not in doc.participants:
            return ()
        if m.how == "colleague":  # "своим белорусским коллегой": Belarus's participant
            return tuple(p for p in doc.participants if doc.state_of(p) == m.actors[0])[:1]
        if len(m.alternatives) > 1:  # 巴: Brazil or Pakistan, whichever is taking part
            states = {doc.state_of(p) for p in doc.participants}
            for alt in m.alternatives:
                if alt in states:
                    return (alt,)
        return m.actors
    if m.kind == "office":
        return _office_holder(doc, m)
    if m.kind != "ref":
        return ()
    speaker = ctx.speaker or (doc.participants[0] if doc.participants else None)
    other = [p for p in doc.others(speaker)] if speaker else []
    states = tuple(dict.fromkeys(s for s in map(doc.state_of, doc.participants) if s))
    return {
        "both_states": states,
        "both_people": tuple(doc.participants[:2]) if len(states) > 1 else (),
        "speaker": (speaker,) if speaker else (),
        "he": (ctx.last_speaker or speaker,) if (ctx.last_speaker or speaker) else (),
        "speaker_state": (doc.state_of(speaker),) if speaker and doc.state_of(speaker) else (),
        "other": tuple(other[:1]),
        "other_state": tuple(s for s in map(doc.state_of, other[:1]) if s),
        "home_leader": tuple(p for p in doc.participants if doc.state_of(p) == doc.home)[:1],
        "guest": tuple(p for p in doc.participants if doc.state_of(p) != doc.home)[:1],
    }.get(m.ref, ())


def _office_holder(doc: NativeDoc, m: Mention) -> tuple[str, ...]:
    """'总统' or 'Глава государства' alone: the participant who holds that office."""
    if not m.office:
        return ()
    role = m.office[1]
    holders = [
        p for p in doc.participants if any(t.role == role for t in doc.gaz.offices_of(p, doc.day))
    ]
    if len(holders) > 1 and doc.home:
        holders = [p for p in holders if doc.state_of(p) == doc.home] or holders
    if not holders and doc.home:  # "国家主席" in a Xinhua readout: China's, on that day
        holders = [t.person for t in doc.gaz.holders(doc.day, of=doc.home, role=role)]
    return tuple(holders[:1])


def _mentions_in(s: Sent, a: int, b: int) -> list[int]:
    """Indices of the mentions whose marker lies in masked[a:b]."""
    out = []
    for k in range(len(s.mentions)):
        pos = s.masked.find(f"@{k}", a, b)
        if pos != -1 and not s.masked[pos + len(f"@{k}") : pos + len(f"@{k}") + 1].isdigit():
            out.append(k)
    return out


def group(doc: NativeDoc, s: Sent, a: int, b: int, ctx: Context) -> tuple[str, ...]:
    names: list[str] = []
    for k in _mentions_in(s, a, b):
        names.extend(actors_of(doc, s.mentions[k], ctx))
    return tuple(dict.fromkeys(names))


LIST = {"zh": ("、", "和"), "ru": (" и ",)}
BREAKS = ",;:"


def subject(doc: NativeDoc, s: Sent, before: int, ctx: Context) -> tuple[str, ...]:
    """Who acts at masked offset ``before``: the first agent of its clause (with the names
    listed after it: "A и B обменялись", "中国、俄罗斯…"), else the sentence's first agent
    before it, else the one speaking in the paragraph (the sides, in a joint sentence)."""
    cuts = [0] + [i + 1 for i, ch in enumerate(s.masked[:before]) if ch in BREAKS]
    for n, lo in enumerate(reversed(cuts)):  # this clause, then each clause before it
        hi = before if n == 0 else cuts[len(cuts) - n] - 1
        found = _first_agent(doc, s, lo, hi, ctx, opening_only=n > 0 and doc.lang == "zh")
        if found:
            return found
    if ctx.joint:
        return tuple(doc.participants[:2])
    if ctx.speaker:
        return (ctx.speaker,)
    return ctx.last_subject


# What may stand before a clause's subject in Chinese: 此外,中方…; 同时双方…
LEADERS_ZH = re.compile(r"^(?:此外|另外|同时|也|还|并|则|而|但|当前|目前|今后|未来)*$")


def _first_agent(
    doc: NativeDoc, s: Sent, lo: int, hi: int, ctx: Context, opening_only: bool = False
) -> tuple[str, ...]:
    """The first mention of masked[lo:hi] that can act; with ``opening_only``, only one that
    opens the clause (an earlier clause's object, 感谢中方…, is no subject of the next)."""
    left = _mentions_in(s, lo, hi)
    for n, k in enumerate(left):
        m = s.mentions[k]
        if m.kind == "place" or not subject_ok(doc, s, m):
            continue
        if opening_only and not LEADERS_ZH.match(s.masked[lo : s.masked.find(f"@{k}", lo)]):
            break
        found = list(actors_of(doc, m, ctx))
        while found and n + 1 < len(left) and _listed(doc, s, left[n], left[n + 1]):
            n += 1
            found += actors_of(doc, s.mentions[left[n]], ctx)
        if found:
            return tuple(dict.fromkeys(found))
    return ()


def _listed(doc: NativeDoc, s: Sent, a: int, b: int) -> bool:
    """Mentions ``a`` and ``b`` stand in one list ("A и B", "A、B")."""
    end = s.masked.find(f"@{a}") + len(f"@{a}")
    start = s.masked.find(f"@{b}")
    return s.masked[end:start] in LIST[doc.lang]


def _next_actor(doc: NativeDoc, s: Sent, after: int, ctx: Context, person: bool) -> tuple:
    for k in _mentions_in(s, after, len(s.masked)):
        found = actors_of(doc, s.mentions[k], ctx)
        if found and (not person or doc.gaz.actors[found[0]].kind == "person"):
            return found
    return ()


def _next_group(doc: NativeDoc, s: Sent, after: int, ctx: Context) -> tuple[str, ...]:
    """The actors of the first mention after ``after`` and those standing right beside it."""
    ks = _mentions_in(s, after, len(s.masked))
    found: list[str] = []
    for n, k in enumerate(ks):
        if found and not (
            _listed(doc, s, ks[n - 1], k) or s.masked.find(f"@{k}") == _end_of(s, ks[n - 1])
        ):
            break
        found += actors_of(doc, s.mentions[k], ctx)
        if not found:
            break
    return tuple(dict.fromkeys(found))


def _end_of(s: Sent, k: int) -> int:
    return s.masked.find(f"@{k}") + len(f"@{k}")


# A clause that says what would be, or what one hopes the other will do, tells no act:
# "было бы полезно", 如果…, 希望美方…, "выразил надежду".
HYPOTHETICAL = {
    "zh": ("如果", "假如", "倘若", "希望", "期望", "盼望"),
    "ru": (" бы ", " надежда ", " надеяться "),
}


CONDITIONS = {"zh": ("如果", "假如", "倘若", "一旦"), "ru": ("если", "в случае")}


def _conditional(doc: NativeDoc, s: Sent) -> bool:
    """A sentence that opens on a condition (如果条件成熟,…; "Если…, то…") says what would
    follow, in its main clause too."""
    first = s.masked[: min([i for i in (s.masked.find(c) for c in BREAKS) if i != -1] or [40])]
    return any(
        first.lstrip().startswith(w) or f" {w} " in f" {first} " for w in CONDITIONS[doc.lang]
    )


def _clause(s: Sent, pos: int) -> str:
    a = max(s.masked.rfind(c, 0, pos) for c in BREAKS) + 1
    ends = [e for e in (s.masked.find(c, pos) for c in BREAKS) if e != -1]
    return s.masked[a : min(ends) if ends else len(s.masked)]


def apply(doc: NativeDoc, s: Sent, ctx: Context) -> Iterator[Relation]:
    evidence = Span(s.start, s.end, s.text)
    for row in rows(doc.lang, "cues"):
        if not row.may_match(s.masked):
            continue
        for m in row.pattern.finditer(s.masked):
            clause = f" {_clause(s, m.start())} "
            if any(w in clause for w in HYPOTHETICAL[doc.lang]) or _conditional(doc, s):
                continue  # "было бы полезно", 如果…: not what anyone did
            for subj, rel, obj in _triples(doc, s, row, m, ctx):
                if subj == obj and _object_pronoun(s, m):  # "пригласил его": the other one
                    obj = (doc.others(subj) or [subj])[0]
                if rel == "visits" and doc.state_of(subj) == obj:
                    continue  # back home is no visit
                if subj != obj and subj and obj:
                    yield Relation(subj, rel, obj, evidence, row.rule)


def _object_pronoun(s: Sent, m) -> bool:
    """The cue's object is a pronoun ("его", 他): it points at the one not acting."""
    if "o" not in m.re.groupindex or not m.group("o"):
        return False
    ks = _mentions_in(s, *m.span("o"))
    return bool(ks) and all(s.mentions[k].ref == "he" for k in ks)


def _triples(doc: NativeDoc, s: Sent, row: Row, m, ctx: Context):
    groups = m.re.groupindex
    subj = group(doc, s, *m.span("s"), ctx) if "s" in groups and m.group("s") else None
    obj = group(doc, s, *m.span("o"), ctx) if "o" in groups and m.group("o") else ()
    mode, rel = row.mode, row.name
    if rel == "visits" and not obj and "o" in groups and m.group("o"):  # 抵达华盛顿: its state
        obj = tuple(s.mentions[k].of for k in _mentions_in(s, *m.span("o")) if s.mentions[k].of)
    if subj is None:
        subj = subject(doc, s, m.start(), ctx)
    if mode.startswith("to:"):  # 来华: a visit to the actor the row names
        obj = (mode[3:],)
    if mode == "pair":  # 中俄合作: the named pair, each with each
        return [(a, rel, b) for a in obj for b in obj if a != b]
    if mode == "invite":  # 应X邀请, Y...: X invites the one who comes
        guest = _next_actor(doc, s, m.end(), ctx, person=True)
        return [(a, rel, b) for a in subj for b in guest]
    if mode == "other":  # the visitor is whoever the subject is not
        return [(a, rel, b) for a in subj for b in doc.others(a)[:1]]
    if mode == "next":  # the subject follows: 作为X成员,中俄...
        after = _next_group(doc, s, m.end(), ctx)
        return [(a, rel, b) for a in after for b in obj]
    if mode == "both_states":  # 双边合作, двустороннее сотрудничество: the two states
        states = [x for x in dict.fromkeys(map(doc.state_of, doc.participants)) if x][:2]
        return [(a, rel, b) for a in states for b in states if a != b]
    if mode == "speaker":  # 在你的领导下,贵国…: the one speaking praises
        who = (ctx.speaker,) if ctx.speaker else tuple(doc.participants[:1])
        return [(a, rel, b) for a in who for b in obj]
    if mode == "assisted":  # 感谢X提供援助: X assists the thanker's state
        return [(b, rel, doc.state_of(a) or a) for a in subj for b in obj]
    out = [(a, rel, b) for a in subj for b in obj]
    if mode in ("mutual", "reciprocal"):
        if obj:
            out += [(b, rel, a) for a in subj for b in obj] if mode == "mutual" else []
        else:
            out += [(a, rel, b) for a in subj for b in subj if a != b]
    return out


def leaders(doc: NativeDoc, s: Sent) -> Iterator[Relation]:
    """leaderOf for each person named: the state written beside them, or their office that day."""
    evidence = Span(s.start, s.end, s.text)
    for m in s.mentions:
        if m.kind == "office":  # "国家主席", "Глава государства": the holder named by office
            held = _office_holder(doc, m)
            if held and (of := doc.state_of(held[0])):
                yield Relation(held[0], "leaderOf", of, evidence, f"{doc.lang}/names leaderOf")
            continue
        if m.kind != "actor" or not m.actors or (m.weak and m.actors[0] not in doc.participants):
            continue
        person = m.actors[0]
        if doc.gaz.actors.get(person) is None or doc.gaz.actors[person].kind != "person":
            continue
        of = m.of if m.of and doc.gaz.actors[m.of].kind != "person" else None
        if of is None:
            offices = doc.gaz.offices_of(person, doc.day) or doc.gaz.offices_of(person)
            of = offices[0].of if offices else doc.gaz.actors[person].country
        if of:
            yield Relation(person, "leaderOf", of, evidence, f"{doc.lang}/names leaderOf")
