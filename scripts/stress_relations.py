"""Probe the relation rules with sentence structure, not corpus sentences.

Composes readouts: a head sentence naming a call between two leaders (title, name, state),
then one body sentence built from a subject form x a relation core known to work in plain
form x an insertion or transformation (adverbials, relative clauses, adverbs, coordination,
passives, reported speech, ...). The triples each readout must give follow from
ANNOTATION.md; the script prints found/expected per relation and per structure, the extra
triples (not given by the plain form of the same sentence) and the near negatives that
fired.

Run from a tree with its code first on the path:

    PYTHONPATH=. python scripts/stress_relations.py            # the tables
    PYTHONPATH=. python scripts/stress_relations.py --fails 20 # plus up to 20 misses each
    PYTHONPATH=. python scripts/stress_relations.py --only passive --fails 5
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from kg.extract import extract
from kg.model import Readout

PUBLISHED = "2024-05-14"
VISITED = "Bhutan"  # the state a relative clause says the subject is visiting


@dataclass(frozen=True)
class Leader:
    title: str
    name: str
    surname: str
    state: str
    adjective: str
    pronoun: str


@dataclass(frozen=True)
class Pair:
    a: Leader
    b: Leader
    third: str  # a third state, object of what both leaders do
    minister: tuple[str, str, str]  # (name, surname, pronoun) of A's foreign minister


PAIRS = [
    Pair(
        Leader("President", "Bola Tinubu", "Tinubu", "Nigeria", "Nigerian", "he"),
        Leader("Prime Minister", "Mia Mottley", "Mottley", "Barbados", "Barbadian", "she"),
        "Kenya",
        ("Yusuf Tuggar", "Tuggar", "he"),
    ),
    Pair(
        Leader("President", "Santiago Peña", "Peña", "Paraguay", "Paraguayan", "he"),
        Leader("Prime Minister", "Petr Fiala", "Fiala", "Czech Republic", "Czech", "he"),
        "Uruguay",
        ("Rubén Ramírez Lezcano", "Ramírez Lezcano", "he"),
    ),
    Pair(
        Leader("President", "Gabriel Boric", "Boric", "Chile", "Chilean", "he"),
        Leader("Prime Minister", "Christopher Luxon", "Luxon", "New Zealand", "New Zealand", "he"),
        "Mongolia",
        ("Alberto van Klaveren", "van Klaveren", "he"),
    ),
    Pair(
        Leader("President", "Nana Akufo-Addo", "Akufo-Addo", "Ghana", "Ghanaian", "he"),
        Leader("Prime Minister", "Kyriakos Mitsotakis", "Mitsotakis", "Greece", "Greek", "he"),
        "Fiji",
        ("Shirley Ayorkor Botchwey", "Botchwey", "she"),
    ),
]


JOINT = ("the two leaders", "both sides", "A and B")  # subject forms naming both sides


@dataclass(frozen=True)
class Core:
    """One relation in plain form: ``{S} vp`` with ``{O}`` the object."""

    relation: str
    vp: str  # past tense, {O} marks the object
    passive: str | None = None  # "{O} was thanked by {S} for ..."
    fronted: str | None = None  # "To {O}, {S} ..."
    obj: str = "person"  # person | state: what {O} must be
    via: str | None = None  # cooperatesVia body also expected
    owned: str | None = None  # "{S} opposed {OWN}": the object's owner is the actor
    subjects: tuple[str, ...] = ()  # subject forms the core does not take


CORES = [
    Core(
        "congratulates",
        "congratulated {O} on the successful conduct of the elections",
        "{O} was congratulated by {S} on the successful conduct of the elections",
        "To {O}, {S} extended warm congratulations on the successful conduct of the elections",
    ),
    Core(
        "thanks",
        "thanked {O} for the solidarity shown during the floods",
        "{O} was thanked by {S} for the solidarity shown during the floods",
        "To {O}, {S} expressed gratitude for the solidarity shown during the floods",
    ),
    Core(
        "praises",
        "commended {O} for the leadership shown in regional mediation",
        "{O} was commended by {S} for the leadership shown in regional mediation",
    ),
    Core(
        "supports",
        "reaffirmed support for {O} in the fight against terrorism",
        None,
        obj="state",
        owned="reaffirmed support for {OWN}",
    ),
    Core(
        "opposes",
        "rejected {O}'s unilateral measures",
        obj="state",
        owned="rejected {OWN}",
    ),
    Core(
        "criticizes",
        "condemned {O} for the attacks on civilian infrastructure",
        "{O} was condemned by {S} for the attacks on civilian infrastructure",
        obj="state",
        owned="condemned {OWN}",
    ),
    Core(
        "urges",
        "urged {O} to resume the negotiations without delay",
        "{O} was urged by {S} to resume the negotiations without delay",
    ),
    Core(
        "invites",
        "invited {O} to attend the investment summit next year",
        "{O} was invited by {S} to attend the investment summit next year",
    ),
    Core(
        "condoles",
        "expressed condolences to {O} over the victims of the earthquake",
        None,
        "To {O}, {S} expressed condolences over the victims of the earthquake",
    ),
    Core(
        "visits",
        "will pay a state visit to {O} in July",
        obj="state",
        subjects=("state", "the X side", "both sides"),
    ),
    Core(
        "hosts",
        "hosted {O} at the State House",
        "{O} was hosted by {S} at the State House",
        subjects=JOINT,
    ),
    Core(
        "assists",
        "provided humanitarian assistance to {O}",
        "Humanitarian assistance was provided by {S} to {O}",
        obj="state",
    ),
    Core(
        "cooperatesWith",
        "agreed to strengthen cooperation with {O} in agriculture",
    ),
    Core(
        "cooperatesVia",
        "agreed to work with {O} within the framework of the African Union",
        via="African Union",
    ),
    # the same relations in a second plain wording: light verbs and nouns
    Core("congratulates", "extended warm congratulations to {O} on the national day"),
    Core("thanks", "expressed gratitude to {O} for the support in the crisis"),
    Core("praises", "spoke highly of {O} for the role in regional mediation"),
    Core("supports", "expressed firm support for {O} in its reform efforts", obj="state"),
    Core("opposes", "voiced opposition to {O}'s plans for new tariffs", obj="state"),
    Core("criticizes", "voiced concern over {O}'s military build-up", obj="state"),
    Core("urges", "called on {O} to release the detained journalists"),
    Core("invites", "extended an invitation to {O} to visit the capital"),
    Core("condoles", "conveyed condolences to {O} over the loss of life in the floods"),
    Core(
        "visits",
        "will travel to {O} next month",
        obj="state",
        subjects=("state", "the X side", "both sides"),
    ),
    Core("hosts", "received {O} at the presidential palace", subjects=JOINT),
    Core("assists", "delivered medical supplies to {O}", obj="state"),
    Core("cooperatesWith", "agreed to deepen coordination with {O} on security"),
    Core(
        "cooperatesVia",
        "agreed to cooperate with {O} through the United Nations",
        via="United Nations",
    ),
]


@dataclass(frozen=True)
class Subject:
    key: str
    text: str  # sentence-initial form
    actors: tuple[str, ...]  # who the triples' subjects are
    pronoun: str  # for reported speech


def subjects(p: Pair) -> list[Subject]:
    a = p.a
    fm, _, fm_pronoun = p.minister
    return [
        Subject("full", f"{a.title} {a.name}", (a.name,), a.pronoun),
        Subject("title+surname", f"{a.title} {a.surname}", (a.name,), a.pronoun),
        Subject("the President", "The President", (a.name,), a.pronoun),
        Subject("pronoun", a.pronoun.capitalize(), (a.name,), a.pronoun),
        Subject("the two leaders", "The two leaders", (a.name, p.b.name), "they"),
        Subject("state", a.state, (a.state,), "it"),
        Subject("the X side", f"The {a.adjective} side", (a.state,), "it"),
        Subject("X's President", f"{a.state}'s {a.title}", (a.name,), a.pronoun),
        Subject("the X President", f"The {a.adjective} {a.title}", (a.name,), a.pronoun),
        Subject("title of X name", f"{a.title} of {a.state} {a.name}", (a.name,), a.pronoun),
        Subject("name, title of X,", f"{a.name}, {a.title} of {a.state},", (a.name,), a.pronoun),
        Subject("Mr. surname", f"Mr. {a.surname}", (a.name,), a.pronoun),
        Subject("the X leader", f"The {a.adjective} leader", (a.name,), a.pronoun),
        Subject("both sides", "Both sides", (a.state, p.b.state), "they"),
        Subject(
            "A and B",
            f"{a.title} {a.surname} and {p.b.title} {p.b.surname}",
            (a.name, p.b.name),
            "they",
        ),
        Subject(
            "FM apposition",
            f"The Minister of Foreign Affairs of {a.state}, {fm},",
            (fm,),
            fm_pronoun,
        ),
    ]


@dataclass
class Case:
    structure: str
    subject: str
    relation: str
    text: str
    expected: set
    negative: bool = False
    plain_key: tuple = field(default_factory=tuple)
    subject_actors: tuple = ()
    allowed: set = field(default_factory=set)  # implied triples that may come too


def head(p: Pair) -> str:
    return (
        f"{p.a.title} {p.a.name} of {p.a.state} held a phone call with "
        f"{p.b.title} {p.b.name} of {p.b.state} on Tuesday.\n"
    )


def obj_for(core: Core, subj: Subject, p: Pair) -> tuple[str, tuple[str, ...]]:
    """The object's text and actor: the other leader, or a third state for joint subjects."""
    if subj.key in JOINT:
        return p.third, (p.third,)
    if core.obj == "state":
        return p.b.state, (p.b.state,)
    return f"{p.b.title} {p.b.surname}", (p.b.name,)


def triples(core: Core, subj: Subject, objs: tuple[str, ...]) -> set:
    rel = "cooperatesWith" if core.relation == "cooperatesVia" else core.relation
    got = {(s, rel, o) for s in subj.actors for o in objs if s != o}
    if core.via:
        got |= {(s, "cooperatesVia", core.via) for s in subj.actors}
    return got


BASES_OF = {
    "congratulated": "congratulate",
    "thanked": "thank",
    "commended": "commend",
    "reaffirmed": "reaffirm",
    "rejected": "reject",
    "condemned": "condemn",
    "urged": "urge",
    "invited": "invite",
    "expressed": "express",
    "hosted": "host",
    "provided": "provide",
    "agreed": "agree",
    "will": "",
    "extended": "extend",
    "spoke": "speak",
    "voiced": "voice",
    "called": "call",
    "conveyed": "convey",
    "received": "receive",
    "delivered": "deliver",
}


def base_form(vp: str) -> str:
    """The verb phrase in the infinitive ('thanked X' -> 'thank X', 'will pay' -> 'pay')."""
    first, _, rest = vp.partition(" ")
    base = BASES_OF[first]
    return f"{base} {rest}".strip()


def cap(s: str) -> str:
    return s[0].upper() + s[1:]


def lower_subject(subj: Subject) -> str:
    """The subject's form inside a sentence (not at its start)."""
    t = subj.text
    if subj.key in (
        "the President",
        "the two leaders",
        "the X side",
        "FM apposition",
        "the X President",
        "the X leader",
        "both sides",
    ):
        return t[0].lower() + t[1:]
    if subj.key == "pronoun":
        return t.lower()
    return t


def structures(core: Core, subj: Subject, p: Pair):
    """Yield (structure, body sentence, expected objects or None for plain objects)."""
    s = subj.text
    sl = lower_subject(subj)
    o_text, _ = obj_for(core, subj, p)
    vp = core.vp.format(O=o_text)
    yield "plain", f"{s} {vp}."
    for adv in (
        "On behalf of the people of {st},",
        "During the call,",
        "In this context,",
        "Once again,",
        "For his part,",
        "At the same time,",
    ):
        a = adv.format(st=p.a.state)
        yield f"initial '{adv.split()[0]} {adv.split()[1]}'", f"{a} {sl} {vp}."
    if subj.key != "the two leaders":
        other = f"{p.b.title} {p.b.surname}"
        yield "initial PP naming the other", f"In the talks with {other}, {sl} {vp}."
    if subj.key not in ("pronoun", "FM apposition", "both sides", "A and B"):
        yield "relative clause", f"{s}, who spoke from the capital, {vp}."
        if subj.key not in ("state", "the X side", "the two leaders"):
            yield "relative 'on a visit'", f"{s}, who is on a working visit to {VISITED}, {vp}."
        yield "apposition", f"{s}, the current chair of the regional bloc, {vp}."
        yield "parenthesis", f"{s} (speaking by video link) {vp}."
        yield "time phrase after subject", f"{s}, in the call on Tuesday, {vp}."
        yield "'in turn' after subject", f"{s}, in turn, {vp}."
    for adv in ("also", "once again", "warmly", "strongly"):
        if core.vp.startswith("will "):
            yield f"adverb '{adv}'", f"{s} {vp.replace('will ', f'will {adv} ', 1)}."
        else:
            yield f"adverb '{adv}'", f"{s} {adv} {vp}."
    yield "participle after", f"{s} {vp}, noting the long friendship between the two peoples."
    yield "while clause after", f"{s} {vp}, while stressing the importance of dialogue."
    yield "participle before", f"Recalling the long friendship between the two peoples, {sl} {vp}."
    if not core.vp.startswith("will "):
        yield "verb coordination 2nd", f"{s} welcomed the progress in bilateral trade and {vp}."
        yield "verb coordination 1st", f"{s} {vp} and welcomed the progress in bilateral trade."
    yield "semicolon", f"The talks were cordial; {sl} {vp}."
    yield "quoted word", f"{s} {quote_word(vp)}."
    if not core.vp.startswith("will "):
        yield "reported 'said that'", f"{s} said that {subj.pronoun} had {vp}."
    base = base_form(vp)
    yield "infinitive 'took the opportunity to'", f"{s} took the opportunity to {base}."
    yield "'went on to'", f"{s} went on to {base}."
    yield (
        "'not only ... but also'",
        (f"{s} not only welcomed the progress in bilateral trade but also {vp}."),
    )
    yield "three verbs", (f"{s} reviewed bilateral ties, welcomed the progress in trade and {vp}.")
    yield (
        "second sentence 'He also'",
        (f"{s} welcomed the progress in bilateral trade. {cap(subj.pronoun)} also {vp}."),
    )
    if subj.key not in ("pronoun", "both sides", "A and B", "the two leaders"):
        rel = s.rstrip(",")
        yield "relative clause naming a third", f"{rel}, who met President Ruto last week, {vp}."
    yield "'as well as' after", f"{s} {vp}, as well as the progress in trade."
    yield "adding that after", f"{s} {vp}, adding that the two countries share many goals."
    if subj.key not in JOINT + ("state", "the X side") and core.relation not in (
        "visits",
        "hosts",
    ):
        st = p.a.state
        yield "reported 'said that <state>'", f"{s} said that {st} would {base}.", (st,)
        yield "reported '<state> would' (no that)", f"{s} said {st} would {base}.", (st,)
        if core.relation != "assists":  # readiness to assist is support (ANNOTATION.md 8)
            ready = f"{s} stressed that {st} was ready to {base}."
            yield "reported 'stressed that <state>'", ready, (st,)
    if core.passive:
        agent = OBJECT_PRONOUNS.get(sl, sl)
        yield "passive", cap(core.passive.format(O=o_text, S=agent)) + "."
    if core.fronted:
        yield "fronted object", core.fronted.format(O=o_text, S=sl) + "."


OBJECT_PRONOUNS = {"he": "him", "she": "her", "it": "it", "they": "them"}


def quote_word(vp: str) -> str:
    """The verb phrase with its longest lower-case word after the verb in quotation marks."""
    words = vp.split()
    rest = [w for w in words[1:] if w.islower() and "{" not in w]
    if not rest:
        return vp
    word = max(rest, key=len)
    i = words.index(word, 1)
    return " ".join(words[:i] + [f'"{word}"'] + words[i + 1 :])


def object_cases(core: Core, p: Pair):
    """Object forms with the plain subject: (structure, object text, object actors)."""
    b = p.b
    if core.relation == "hosts":
        yield "obj full name", f"{b.title} {b.name}", (b.name,)
        yield "obj title+state", f"the {b.title} of {b.state}", (b.name,)
        yield (
            "obj two",
            f"{b.title} {b.surname} and President Ruto of Kenya",
            (b.name, "William Ruto"),
        )
        return
    if core.obj == "person":
        yield "obj 'name, title of X,'", f"{b.name}, {b.title} of {b.state},", (b.name,)
        yield "obj relative clause", f"{b.title} {b.surname}, who took office in 2018,", (b.name,)
        yield "obj dash aside", f"{b.title} {b.surname} – the host of the summit –", (b.name,)
        yield "obj full name", f"{b.title} {b.name}", (b.name,)
        yield "obj title+state", f"the {b.title} of {b.state}", (b.name,)
        yield "obj counterpart", f"his {b.adjective} counterpart", (b.name,)
    yield "obj state", b.state, (b.state,)
    yield "obj long", f"the Government and people of {b.state}", (b.state,)
    yield "obj X side", f"the {b.adjective} side", (b.state,)
    yield "obj the X Government", f"the {b.adjective} Government", (b.state,)
    yield "obj parenthesis", f"{b.state} (the host country)", (b.state,)
    yield "obj two", f"{b.state} and {p.third}", (b.state, p.third)
    yield "obj two people", f"the people of {b.state} and {p.third}", (b.state, p.third)
    yield "obj three", f"{b.state}, {p.third} and Norway", (b.state, p.third, "Norway")
    if core.owned:
        noun, tail = {
            "opposes": ("unilateral measures", ""),
            "criticizes": ("attacks", " on civilians"),
            "supports": ("candidacy", " for a seat on the Security Council"),
        }[core.relation]
        made = {"opposes": "taken", "criticizes": "carried out", "supports": "put forward"}
        for key, own in (
            ("'s", f"{b.state}'s {noun}{tail}"),
            ("<participle> by", f"the {noun}{tail} {made[core.relation]} by {b.state}"),
            ("of", f"the {noun} of {b.state}{tail}"),
            (
                "by the Government of",
                f"the {noun}{tail} {made[core.relation]} by the Government of {b.state}",
            ),
            ("adjective", f"the {b.adjective} {noun}{tail}"),
        ):
            yield f"owner {key}", None, own, (b.state,)


NEGATIVES = [
    ("negation 'did not'", "{S} did not {base} {O}{rest}."),
    ("refused", "{S} refused to {base} {O}{rest}."),
    ("hypothetical 'would ... if'", "{S} would {base} {O}{rest} if the talks failed."),
    ("hope", "{S} expressed the hope that {T} would {base} {O}{rest}."),
    ("third party", "{S} noted reports that {T} had planned to {base} {O}{rest}."),
    ("'whether'", "{S} asked whether {T} would {base} {O}{rest}."),
    ("'rejected calls to'", "{S} rejected calls to {base} {O}{rest}."),
    ("'denied that'", "{S} denied that {Sst} would {base} {O}{rest}."),
    ("'were X to'", "Were {T} to {base} {O}{rest}, {S} would object."),
    ("'no longer'", "{S} will no longer {base} {O}{rest}."),
    ("'has yet to'", "{S} has yet to {base} {O}{rest}."),
]

BASES = {
    "congratulates": ("congratulate", " on the elections"),
    "thanks": ("thank", " for the solidarity"),
    "praises": ("commend", " for its mediation"),
    "criticizes": ("condemn", " for the attacks"),
    "urges": ("urge", " to resume the negotiations"),
    "invites": ("invite", " to the summit"),
    "hosts": ("host", " at the State House"),
    "cooperatesWith": ("cooperate with", " in agriculture"),
}


def cases() -> list[Case]:
    out: list[Case] = []
    for p in PAIRS:
        h = head(p)
        for core in CORES:
            for subj in subjects(p):
                if subj.key in core.subjects:
                    continue
                _, objs = obj_for(core, subj, p)
                exp = triples(core, subj, objs)
                for structure, body, *override in structures(core, subj, p):
                    if override:  # the relation's subject is another actor of the sentence
                        exp = triples(core, Subject("", "", override[0], ""), objs)
                    else:
                        exp = triples(core, subj, objs)
                    more = set()
                    if structure == "relative 'on a visit'":
                        more = {(a, "visits", VISITED) for a in subj.actors}
                    allowed = set()
                    if structure == "relative clause naming a third":
                        allowed = {("William Ruto", "leaderOf", "Kenya")}
                    out.append(
                        Case(
                            structure,
                            subj.key,
                            core.relation,
                            h + body + "\n",
                            exp | more,
                            plain_key=(p.a.name, core.relation, subj.key),
                            allowed=allowed,
                        )
                    )
            subj = subjects(p)[0]
            for structure, o_text, *rest in object_cases(core, p):
                if o_text is None:
                    own, objs = rest
                    body = f"{subj.text} {core.owned.format(OWN=own)}."
                else:
                    objs = rest[0]
                    body = f"{subj.text} {core.vp.format(O=o_text)}."
                implied = set()
                if core.relation == "thanks":  # thanks for solidarity: the thanked support
                    implied = {(o, "supports", p.a.state) for o in objs}
                elif core.relation == "hosts":  # a guest received visits the host's state
                    implied = {(o, "visits", p.a.state) for o in objs}
                    implied |= {("William Ruto", "leaderOf", "Kenya")}
                out.append(
                    Case(
                        structure,
                        subj.key,
                        core.relation,
                        h + body + "\n",
                        triples(core, subj, objs),
                        plain_key=(p.a.name, core.relation, "full"),
                        allowed=implied,
                    )
                )
        for rel, (base, rest) in BASES.items():
            for structure, tmpl in NEGATIVES:
                body = tmpl.format(
                    S=f"{p.a.title} {p.a.surname}",
                    base=base,
                    O=p.third,
                    rest=rest,
                    T=p.b.state,
                    Sst=p.a.state,
                )
                out.append(
                    Case(
                        structure,
                        "full",
                        rel,
                        h + body + "\n",
                        set(),
                        negative=True,
                        subject_actors=(p.a.name, p.a.state),
                    )
                )
    return out


def run(case: Case) -> set:
    ex = extract(Readout("probe", case.text, published=PUBLISHED))
    return {(r.subject, r.relation, r.object) for r in ex.relations}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--fails", type=int, default=0, help="print up to N misses per structure")
    ap.add_argument("--only", default="", help="only structures whose name contains this")
    ap.add_argument("--extras", action="store_true", help="print the extra triples too")
    args = ap.parse_args(argv)

    heads = {}
    all_cases = cases()
    plain_out: dict[tuple, set] = {}
    for c in all_cases:
        if c.structure == "plain":
            plain_out[c.plain_key] = run(c)
    by_struct: dict[str, Counter] = defaultdict(Counter)
    by_rel: dict[str, Counter] = defaultdict(Counter)
    by_subj: dict[str, Counter] = defaultdict(Counter)
    fails: dict[str, list] = defaultdict(list)
    for c in all_cases:
        if args.only and args.only not in c.structure:
            continue
        h = c.text.split("\n")[0]
        if h not in heads:
            heads[h] = run(Case("", "", "", h + "\n", set()))
        got = run(c)
        if c.negative:
            bad = {t for t in got - heads[h] if t[1] == c.relation}
            if c.structure == "third party":  # the third party's act may count; not S's
                bad = {t for t in bad if t[0] in c.subject_actors}
            st = by_struct["NEG " + c.structure]
            st["n"] += 1
            st["fired"] += bool(bad)
            if bad:
                fails["NEG " + c.structure].append((c, bad, set()))
            continue
        found = c.expected & got
        missed = c.expected - got
        allowed = heads[h] | c.expected | plain_out.get(c.plain_key, set()) | c.allowed
        extra = got - allowed
        for counter in (by_struct[c.structure], by_rel[c.relation], by_subj[c.subject]):
            counter["exp"] += len(c.expected)
            counter["found"] += len(found)
            counter["extra"] += len(extra)
            counter["cases"] += 1
            counter["ok"] += not missed and not extra
        if missed or (args.extras and extra):
            fails[c.structure].append((c, missed, extra))

    def table(title: str, rows: dict[str, Counter]) -> None:
        print(f"\n| {title} | found/expected | recall | extra | cases ok |")
        print("|---|---:|---:|---:|---:|")
        for k, v in rows.items():
            if k.startswith("NEG "):
                continue
            r = v["found"] / v["exp"] if v["exp"] else 1.0
            print(
                f"| {k} | {v['found']}/{v['exp']} | {r:.3f} | {v['extra']} "
                f"| {v['ok']}/{v['cases']} |"
            )

    table("structure", by_struct)
    table("relation", by_rel)
    table("subject", by_subj)
    print("\n| near negative | fired/cases |\n|---|---:|")
    for k, v in by_struct.items():
        if k.startswith("NEG "):
            print(f"| {k[4:]} | {v['fired']}/{v['n']} |")
    tot = Counter()
    for v in by_rel.values():
        tot.update(v)
    print(
        f"\nTOTAL found {tot['found']}/{tot['exp']} = {tot['found'] / tot['exp']:.3f}, "
        f"extra {tot['extra']}, cases ok {tot['ok']}/{tot['cases']}"
    )
    if args.fails:
        for k, items in fails.items():
            print(f"\n## {k} ({len(items)})")
            for c, missed, extra in items[: args.fails]:
                print("  ", c.text.split("\n")[1])
                if missed:
                    print("     missed:", sorted(missed))
                if extra:
                    print("     extra: ", sorted(extra))
    return 0


if __name__ == "__main__":
    sys.exit(main())
