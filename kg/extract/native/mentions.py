"""Who each run of tokens names: actors, offices held on the readout's date, sides, pronouns.

A state, an office and a name that stand together are one mention of a person (俄罗斯总统普京;
Президент России Владимир Путин; 习近平主席); an office and a state without a known name are
the holder of that office on the date (Президенту Египта -> the President of Egypt that day).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kg.extract.gazetteer import Gazetteer
from kg.extract.native.sentence import Sent
from kg.extract.native.trie import Entry, Trie

GLUE = {"zh": {"的"}, "ru": set()}  # a token that may sit inside a state-office-name run


@dataclass
class Mention:
    t0: int  # token span in the sentence
    t1: int
    actors: tuple[str, ...] = ()  # canonical names ("" while a reference is unresolved)
    kind: str = "actor"  # actor | ref | place | office
    ref: str = ""  # for refs: speaker, other, both_states, both_people...
    office: tuple[str, str] | None = None  # (title, role) written beside a person
    of: str | None = None  # the state written beside an office
    how: str = ""
    place: str | None = None
    alternatives: tuple[str, ...] = field(default=())  # an ambiguous abbreviation's readings
    weak: bool = False  # a short or doubtful surname alone: a name only for a participant
    as_listed: bool = False  # written as the name table writes it (in Russian: the nominative)


def find(
    sent: Sent, trie: Trie, gaz: Gazetteer, day: str | None, lang: str, plurals=None
) -> list[Mention]:
    """The mentions of one sentence, left to right (``plurals``: words that name the sides
    only as written, by their written form). The names found do not depend on the day and
    are kept on the sentence; who holds an office does, and is resolved each time."""
    if sent.spans is None:
        sent.spans = spans(sent, trie, lang, plurals)
    return resolve(sent, sent.spans, gaz, day, lang)


def spans(sent: Sent, trie: Trie, lang: str, plurals=None) -> list:
    """The runs of tokens the tables know, each with what it may be."""
    spans: list[tuple[int, int, list[Entry]]] = []
    i, n = 0, len(sent.keys)
    starts = trie.children
    while i < n:
        if starts.keys().isdisjoint(sent.keys[i]):  # most tokens start no name: skip them fast
            i += 1
            continue
        j, entries = trie.longest(sent.keys, i)
        if not entries:
            i += 1
            continue
        plural = plurals.get(sent.tokens[i].lower().replace("ё", "е")) if plurals else None
        if plural and j > i + 1:  # "Президенты России и США": the sides, not Putin
            j, entries = i + 1, [plural]
        entries = _as_written(sent, i, j, entries)
        if lang == "ru" and entries:
            entries = _capitalised(sent.tokens[i], entries)
        if entries:
            spans.append((i, j, entries))
            i = j
        else:
            i += 1
    return _office_phrases(_side_nouns(_pairs_only(spans, lang)))


def resolve(sent: Sent, spans: list, gaz: Gazetteer, day: str | None, lang: str) -> list:
    """Spans joined into title-and-name runs and resolved to actors on ``day``."""
    out: list[Mention] = []
    k = 0
    while k < len(spans):
        run = [spans[k]]
        while k + 1 < len(spans) and _joins(sent, run, spans[k + 1], lang):
            k += 1
            run.append(spans[k])
        found = _resolve(run, gaz, day)
        for m in found:
            written = " ".join(sent.tokens[m.t0 : m.t1]).lower().replace("ё", "е")
            forms = {e.extra_form.lower().replace("ё", "е") for _, _, es in run for e in es}
            m.as_listed = written in forms
        out.extend(found)
        k += 1
    return out


def _as_written(sent: Sent, i: int, j: int, entries: list[Entry]) -> list[Entry]:
    """A word that means the sides only in the plural ("Президенты", "стороны") counts only
    as written; then it is the sides and not the office its lemma also names."""
    plural = [e for e in entries if e.how == "plural"]
    if not plural:
        return entries
    written = " ".join(t.lower().replace("ё", "е") for t in sent.tokens[i:j])
    exact = [e for e in plural if e.extra == written]
    return exact or [e for e in entries if e.how != "plural"]


def _capitalised(word: str, entries: list[Entry]) -> list[Entry]:
    """Russian names are capitalised ('что' is not the surname Чо); an abbreviation in capitals
    (МИД) is not a surname that happens to share its letters (Мид)."""

    def ok(e: Entry) -> bool:
        if e.kind != "actor" or e.how in ("adjective", "compound"):
            return True
        if not word[:1].isupper():
            return False
        return not (e.extra == "person" and word.isupper() and len(word) <= 4)

    return [e for e in entries if ok(e)]


def _office_phrases(spans):
    """'главы казахстанского государства', 'Глава сербского МИД': an office split by the
    adjective of its state is that state's office; the adjective and noun alone are the state."""
    out = []
    for span in spans:
        i, j, entries = span
        tail = [e for e in entries if e.kind == "office_tail"]
        if not tail:
            out.append(span)
            continue
        prev = out[-1] if out else None
        if prev and prev[1] == i and any(e.how == "adjective" for e in prev[2]):
            state = [e for e in prev[2] if e.kind == "actor"]
            before = out[-2] if len(out) > 1 else None
            if before and before[1] == prev[0] and any(e.kind == "office_head" for e in before[2]):
                office = Entry("office", tail[0].value, tail[0].how)
                out[-2:] = [(before[0], j, [office, *state])]
            else:
                out[-1] = (prev[0], j, [Entry(e.kind, e.value, "side", e.extra) for e in state])
        # a noun alone ("государство") names nobody
    return [
        (
            i,
            j,
            [
                Entry("office", "Head of State", "head_of_state") if e.kind == "office_head" else e
                for e in es
            ],
        )
        for i, j, es in out
    ]


def _side_nouns(spans):
    """'американской стороны', 'белорусским коллегой': the noun joins the adjective before it
    (the side is the state; the colleague is that state's participant). Alone it is dropped."""
    out = []
    for i, j, entries in spans:
        if entries and all(e.how == "side_noun" or e.extra == "стороны" for e in entries):
            prev = out[-1] if out else None
            if prev and prev[1] == i and any(e.how == "adjective" for e in prev[2]):
                value = entries[0].value
                merged = [
                    Entry(e.kind, e.value, "colleague" if value == "other" else "side", e.extra)
                    for e in prev[2]
                    if e.kind == "actor"
                ]
                out[-1] = (prev[0], j, merged)
                continue
            if any(e.how == "side_noun" for e in entries):
                continue  # "сторона", "коллега" alone name nobody
        out.append((i, j, entries))
    return out


def _pairs_only(spans, lang: str):
    """A one-character abbreviation (中, 俄, 巴) names a state only beside another (中俄关系)."""
    if lang != "zh":
        return spans
    keep = []
    for k, (i, j, entries) in enumerate(spans):
        abbr = all(e.how == "abbr" for e in entries if e.kind == "actor") and any(
            e.kind == "actor" for e in entries
        )
        if abbr:
            prev = spans[k - 1] if k else None
            nxt = spans[k + 1] if k + 1 < len(spans) else None

            def is_abbr(s):
                return s and any(e.how == "abbr" for e in s[2])

            if not (
                (prev and prev[1] == i and is_abbr(prev)) or (nxt and nxt[0] == j and is_abbr(nxt))
            ):
                continue
            entries = [e for e in entries if e.how == "abbr"]
        keep.append((i, j, entries))
    return keep


def _role(entries: list[Entry]) -> str:
    kinds = {e.kind for e in entries}
    if "office" in kinds:
        return "office"
    if any(e.kind == "actor" and e.how == "abbr" for e in entries):
        return "other"
    if _is_person(entries):
        return "person"
    if "actor" in kinds:
        return "body"
    return "other"


def _joins(sent: Sent, run, b, lang: str) -> bool:
    """A span joins the run before it as one title-and-name: 俄罗斯+总统+普京,
    Президент+России+Путин (state, office and name at most once each, an office among them,
    only glue between)."""
    roles = [_role(s[2]) for s in run]
    rb = _role(b[2])
    if rb == "other" or "other" in roles or rb in roles:
        return False
    if "office" not in roles and rb != "office":
        return False
    if lang == "ru" and not _agree(sent, run, b, roles, rb):
        return False
    return all(t in GLUE.get(lang, ()) for t in sent.tokens[run[-1][1] : b[0]])


def _agree(sent: Sent, run, b, roles: list[str], rb: str) -> bool:
    """In Russian an office and the name it titles stand in the same case: "По просьбе
    Президента Узбекистана Владимир Путин…" is two people, not one."""
    from kg.extract.native import ru

    spans = [*run, b]
    kinds = [*roles, rb]
    if "office" not in kinds or "person" not in kinds:
        return True
    office = spans[kinds.index("office")]
    person = spans[kinds.index("person")]
    return bool(ru.cases(sent.tokens[office[0]]) & ru.cases(sent.tokens[person[0]]))


def _is_person(entries: list[Entry]) -> bool:
    return any(e.kind == "actor" and e.extra == "person" for e in entries)


def _resolve(run, gaz: Gazetteer, day: str | None) -> list[Mention]:
    t0, t1 = run[0][0], run[-1][1]
    entries = [e for _, _, es in run for e in es]
    people = [e for e in entries if e.kind == "actor" and e.extra == "person"]
    bodies = [e for e in entries if e.kind == "actor" and e.extra != "person"]
    offices = [e for e in entries if e.kind == "office"]
    office = (offices[0].value, offices[0].how) if offices else None
    of = bodies[0].value if bodies else None
    if people:
        person = _pick(people, gaz, day, of, office)
        weak = len(run) == 1 and all(_doubtful(e) for e in people)
        return [Mention(t0, t1, (person,), office=office, of=of, how=people[0].how, weak=weak)]
    if offices and bodies:
        holder = _holder(gaz, day, of, office)
        if holder:
            return [Mention(t0, t1, (holder,), office=office, of=of, how="office")]
        return [Mention(t0, t1, (of,), how="office_of")]
    if offices:
        return [Mention(t0, t1, (), kind="office", office=office, how="office")]
    out = []
    for i, j, es in run:
        acts = [e for e in es if e.kind == "actor"]
        places = [e for e in es if e.kind == "place"]
        if acts:
            names = tuple(dict.fromkeys(e.value for e in acts))
            place = places[0].value if places else None  # "в Москве": the city, and the state
            out.append(Mention(i, j, names[:1], how=acts[0].how, alternatives=names, place=place))
        elif es and es[0].kind == "place":
            out.append(Mention(i, j, (), kind="place", place=es[0].value, of=es[0].extra))
        elif es and es[0].kind not in ("stop",):
            out.append(Mention(i, j, (), kind="ref", ref=es[0].value, how=es[0].how))
    return out


def _doubtful(e: Entry) -> bool:
    """Си, Ван, Ли alone, or a surname that is also a common word: not enough by itself."""
    return e.uncertain or (e.how == "surname" and len(e.extra_form) <= 3)


def _pick(people: list[Entry], gaz: Gazetteer, day, of, office) -> str:
    """Of two people with one surname, the one in office that day (in that state)."""
    names = list(dict.fromkeys(e.value for e in people))
    if len(names) == 1:
        return names[0]
    for name in names:
        for t in gaz.offices_of(name, day):
            if of is None or t.of == of:
                return name
    return names[0]


def _holder(gaz: Gazetteer, day, of, office) -> str | None:
    title, role = office
    for t in gaz.holders(day, of=of, role=role):
        return t.person
    return None
