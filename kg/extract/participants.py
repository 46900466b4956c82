"""The people who took part in the engagement, in order of first mention."""

from __future__ import annotations

import re

from kg.extract.document import Doc, View
from kg.extract.mentions import Mention

# ", with Foreign Minister X in attendance": from its comma on, like "also present"
PRESENT = re.compile(
    r"\b(?:were|was) (?:also )?present\b|\b[Aa]ccompanied by\b|\b(?:[Ii]n the )?presence of\b|"
    r",\s*with\b[^.;,]{0,80}?\bin attendance\b|\b(?:[Aa]lso )?in attendance\b|"
    # "Also present were A and B", "Present at the meeting were A and B"
    r"\b[Aa]lso present\b|\b[Pp]resent (?:at|during) the (?:meeting|talks|call|conversation)\b"
)


ENGAGED = re.compile(
    r"\b(?:met|meets|meet|meeting with|held (?:\w+ ){0,3}(?:talks|meeting|call|conversation)s?|"
    # "called on X" is a visit, "called on X to release Y" an appeal
    r"call(?:ed)? (?:up)?on(?![^.;:]{0,80}? to (?!the\b|a\b|an\b|his\b|her\b)[a-z]+\b)|"
    r"courtesy call|participated|took part|joined|received|"
    r"audience with|hosted|had (?:\w+ ){0,3}(?:talks|meeting|call|conversation)|"
    r"(?:interacted|conferred|dined|lunched|sat down) with|co-chaired)\b"
)


# "They were joined by A, B and C", "Leaders who attended the banquet include A; B; C":
# everyone the sentence names after it took part
JOINED = re.compile(
    r"\b(?:were|was) (?:also )?joined by\b|\b(?:also )?joining (?:them|him|her|the (?:meeting|"
    r"talks|call|conversation|discussions?))\b[^.;:]{0,20}?\b(?:was|were)\b|"
    r"\b(?:leaders|heads of (?:state|government)|participants|guests)\b[^.;:]{0,40}?"
    r"\b(?:include[sd]?|were)\b"
)
# a readout announcing the visit it reports: "X will undertake an Official Visit to Y"
ANNOUNCED = re.compile(
    r"\bwill (?:undertake|pay|make|be on|begin|start) (?:an? |his |her |a \w+-day )?"
    r"(?:\w+ ){0,3}visit\b",
    re.IGNORECASE,
)
# a later leg of a tour: "will travel to Malaysia ... He is scheduled to meet X"
ONWARD = re.compile(r"\bwill (?:then )?(?:travel|proceed|go|fly|visit|leave)\b")
FUTURE = re.compile(r"\b(?:will|scheduled to|is to|are to|expected to)\b")


# what makes a later sentence's meeting another engagement: told in reported speech or
# recalled ("Putin said he had met X in Kazan", "recalled that X had met them"), in the
# past perfect, or planned ("Blinken will travel to the region and meet X")
OTHER_ENGAGEMENT = re.compile(
    r"\b(?:said|says|saying|noted|recalled|recalling|remembered|added|stated|told|informed|"
    r"will|would|shall|is to|are to|scheduled to|expected to|plans? to|going to|intends? to)\b"
    r"[^.;]*$|\bhad (?:also |previously |earlier |already |first )?$"
)


def _engaged(text: str) -> re.Match | None:
    """The first meeting, talks or call the sentence reports as part of this engagement."""
    for hit in ENGAGED.finditer(text):
        if not OTHER_ENGAGEMENT.search(text, 0, hit.start()):
            return hit
    return None


def _is_spokesperson(view: View, m: Mention) -> bool:
    if m.role == "spokesperson":
        return True
    before = " ".join(t.text for t in view.tokens[max(0, m.t0 - 2) : m.t0]).lower()
    if "spokesperson" in before or "spokesman" in before or "spokeswoman" in before:
        return True
    return _is_source(view, m)


# ", Senior Secretary for Press Affairs X said in a briefing": the readout's source
SOURCE_VERB = re.compile(r"\s*(?:said|told|announced|stated)\b")
SOURCE_TITLE = re.compile(r",\s*(?:(?:[A-Z][\w'.-]*|for|of|and|the)\s+)*$")


def _is_source(view: View, m: Mention) -> bool:
    """A person named after the report, in its closing attribution ("A met B on Monday,
    Press Secretary X said"), tells of the engagement and takes no part in it."""
    text, start = view.sentence.text, view.sentence.start
    if not SOURCE_VERB.match(text, m.end - start):
        return False
    return bool(SOURCE_TITLE.search(text, 0, m.start - start))


# ranks a counterpart shares, most specific first: "his Turkish counterpart" of a
# president is Turkey's head of state, of a foreign minister Turkey's foreign minister
COUNTERPART_ROLES = (
    "foreign_minister",
    "head_of_state",
    "head_of_government",
    "deputy_head_of_government",
    "vice_president",
    "secretary_general",
)


def _counterpart(doc: Doc, m: Mention, of_person: str | None) -> str | None:
    """'his Turkish counterpart', 'her German colleague': the holder in that state, on the
    engagement's day, of the office the person the possessive points to holds (with no
    day, no one: outside knowledge never supplies a date)."""
    if not (of_person and m.of and m.title is None and doc.day):
        return None
    if not re.search(r"\b(?:counterpart|colleague)\b", m.text):
        return None
    roles = {t.role for t in doc.gaz.offices_of(of_person, doc.day)}
    if not roles:  # someone the gazetteer lacks: the office the readout gives them
        roles = {doc.people.get(of_person, {}).get("role")}
    for role in COUNTERPART_ROLES:
        if role in roles:
            held = doc.gaz.holders(doc.day, of=m.of, role=role)
            return held[0].person if len(held) == 1 else None
    return None


# "the Foreign Ministers of Australia, India and Japan met": each state's holder, the
# offices in title or lower case ("the foreign ministers of Jordan and Egypt"); not "vice"
# or "deputy" ones
PLURAL_OFFICE = re.compile(
    r"\b(?<![Vv]ice )(?<![Vv]ice-)(?<![Dd]eputy )(?P<title>(?i:Foreign Ministers|Ministers "
    r"(?:of|for) Foreign Affairs|Foreign Secretaries|Prime Ministers|Heads of Government|"
    r"Presidents|Heads of State)) of (?:the )?"
)
PLURAL_ROLE = {
    "foreign": "foreign_minister",
    "prime": "head_of_government",
    "heads of government": "head_of_government",
    "presidents": "head_of_state",
    "heads of state": "head_of_state",
}


def _plural_holders(doc: Doc, view: View) -> list[tuple[int, str]]:
    """Where each holder of a plural office ('the Prime Ministers of New Zealand and Fiji')
    is named and who it is on the engagement's day, state by state of the list."""
    text = view.sentence.text
    if not doc.day or "s of" not in text or not text.rstrip("\"”’' ").endswith((".", "!", "?")):
        return []  # a headline left in the body names the offices, the body their holders
    out: list[tuple[int, str]] = []
    for hit in PLURAL_OFFICE.finditer(text):
        title = hit["title"].lower()
        role = next(r for k, r in PLURAL_ROLE.items() if k in title)
        pos = view.sentence.start + hit.end()
        for m in view.mentions:
            if m.start < pos:
                continue
            between = view.sentence.text[pos - view.sentence.start : m.start - view.sentence.start]
            if (
                m.kind != "state"
                or not m.actors
                or between.strip(" ,").lower()
                not in (
                    "",
                    "and",
                    "the",
                    "and the",
                )
            ):
                break
            held = doc.gaz.holders(doc.day, of=m.actors[0], role=role)
            if len({t.person for t in held}) == 1:
                out.append((m.start, held[0].person))
            pos = m.end
    return out


def _excluded(view: View) -> tuple[int, int] | None:
    """The stretch of the sentence that names people merely present or accompanying:
    'X, accompanied by A and B, met Y' (up to the verb's comma), 'A was also present'
    (to the end)."""
    text = view.sentence.text
    # every PRESENT match holds one of these: the search costs 100 us a sentence
    if "resen" not in text and "ccompanied" not in text and "attendance" not in text:
        return None
    m = PRESENT.search(text)
    if not m:
        return None
    end = len(text)
    verb = ENGAGED.search(text, m.end())
    if verb and m.group().lower().startswith(("accompanied", "presence", "in the")):
        comma = text.rfind(",", m.end(), verb.start())
        if comma > 0:
            end = comma
    return view.sentence.start + m.start(), view.sentence.start + end


SPOUSE = re.compile(r"\b(?:wife|husband|spouse|[Ff]irst [Ll]ady)\W*$")


def _partner(view: View, m: Mention, found: list[str]) -> bool:
    """A leader's spouse who comes along ("H.E. Pravind Jugnauth and Mrs Kobita Jugnauth",
    "accompanied by his wife X") takes no part in the talks."""
    if m.kind != "person" or not m.actors or not m.t0:
        return False
    before = view.sentence.text[: m.start - view.sentence.start]
    if SPOUSE.search(before[-40:]):
        return True
    family = m.actors[0].split()[-1]
    return view.tokens[m.t0 - 1].text == "and" and any(
        f != m.actors[0] and f.split()[-1] == family for f in found
    )


def find_participants(doc: Doc) -> None:
    """People who took part: those named in the opening sentences, in order, and
    people later said to have met, held talks with or been called on."""
    found: list[str] = []

    def take(view: View, near: re.Match | None = None) -> None:
        cut = _excluded(view)
        first_person = True
        subject = None  # the person a possessive ("his counterpart") points back to
        plural = _plural_holders(doc, view) if near is None else []
        plural = [(at, p) for at, p in plural if not (cut and cut[0] <= at < cut[1])]
        for m in view.mentions:
            while plural and plural[0][0] <= m.start:
                add(plural.pop(0)[1])
            if cut is not None and cut[0] <= m.start < cut[1]:
                continue
            if near is not None:
                # a later engagement: its subject and the people right after the verb
                rel = m.start - view.sentence.start
                is_first = first_person and m.kind in ("person", "role")
                if m.kind in ("person", "role"):
                    first_person = False
                if not is_first and not (near.end() <= rel <= near.end() + 40):
                    continue
            if _is_spokesperson(view, m) or _partner(view, m, found):
                continue
            if m.kind == "role" and view.tokens[m.t0 - 1].text.lower() == "of" and m.t0:
                continue  # "the swearing-in of the Prime Minister" names no one present
            name = None
            if m.kind == "person" and m.actors:
                name = m.actors[0]
            elif m.kind == "role":
                name = doc.resolve_role(m) or _counterpart(
                    doc, m, subject or (found[-1] if found else None)
                )
            if name and subject is None:
                subject = name
            add(name)
        for _, name in plural:
            add(name)

    def add(name: str | None) -> None:
        if name and name not in found:
            found.append(name)

    def take_all(view: View, after: int) -> None:
        for m in view.mentions:
            if m.start - view.sentence.start >= after and m.kind == "person" and m.actors:
                if _is_spokesperson(view, m) or _partner(view, m, found):
                    continue
                if m.actors[0] not in found:
                    found.append(m.actors[0])

    rest, sentences, opened = 0, 0, None
    for k, view in enumerate(doc.views):
        if opened is not None and view.sentence.paragraph > opened:
            break  # the opening paragraph named two: a later one's people are not read here
        take(view)
        rest = k + 1
        if len(found) >= 2 and opened is None:
            opened = view.sentence.paragraph
        sentences += len(view.sentence.text.split()) >= 4  # dateline fragments don't count
        if len(found) >= 2 and (view.sentence.paragraph > 1 or view is doc.views[0]):
            break
        if sentences >= 4:
            break
    if len(found) >= 2:
        onward = False
        lead = [v.sentence.text for v in doc.views[:rest]]
        announced = any("will" in t and ANNOUNCED.search(t) for t in lead)
        for view in doc.views[rest:]:
            joined, hit, future, goes_on = _later_cues(view.sentence.text)
            if joined:
                take_all(view, joined.end())
            if hit and not (onward and future):
                take(view, hit)
            elif announced and not onward and "will" in view.sentence.text:
                # the programme of a visit the readout announces: "During the visit, the
                # Minister will ... pay a courtesy call on X" (ANNOTATION.md 8)
                for each in ENGAGED.finditer(view.sentence.text):
                    take(view, each)
            onward = onward or goes_on
    doc.participants = found


_CUES: dict[str, tuple] = {}


def _later_cues(text: str) -> tuple:
    """What a later sentence says of its people: whether others joined (JOINED), the
    engagement it reports, whether it is told in the future, and whether the trip goes
    on. Kept by text: ``extract`` finds the participants twice when the day or the home
    side read from the text changes them (nine readouts in ten)."""
    got = _CUES.get(text)
    if got is None:
        if len(_CUES) > 512:
            _CUES.clear()
        joined = any(map(text.__contains__, ("joined", "include", "were", "joining"))) and (
            JOINED.search(text)
        )
        hit = _engaged(text)
        future = hit is not None and bool(FUTURE.search(text))
        got = _CUES[text] = (joined, hit, future, "will" in text and bool(ONWARD.search(text)))
    return got
