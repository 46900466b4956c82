"""Where the engagement took place (ANNOTATION.md section 1: a city or a country, for a
meeting or a visit): from the opening's places, datelines, seats of government named
as the venue, a visit's state, or the host's state."""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from kg.extract.dates import DATELINE, days
from kg.extract.document import Doc
from kg.resources import data_file, read_tsv


def participant_of(doc: Doc, actors: tuple[str, ...]) -> str | None:
    """The participant an actor is, or represents (a side: "the Chinese side")."""
    for actor in actors:
        if actor in doc.participants:
            return actor
        for p in doc.participants:
            if doc.state_of(p) == actor:
                return p
    return None


# a place named for a later or other event: "an event to be held ... in Washington"
# ("invited him to Washington"); an invitation closed by a comma opens the sentence and
# the place after it is this visit's ("At the invitation of X, Y paid a visit to Z")
ELSEWHERE = re.compile(
    r"\b(?:to be held|will be held|will take place|will (?:visit|travel)|"
    r"next|upcoming|scheduled|planned)\b[^.;]*$|\b(?:invited|invitation)\b[^.;,]*$"
)
# any case: a visit named with capitals ("an Official Visit to the Republic of Korea")
VISITED = re.compile(
    r"\b(?:visit(?:ing|ed|s)?(?: to)?|arrived in|trip to|tour of|in)\s+(?:the\s+)?$",
    re.IGNORECASE,
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
            if after == "time" or (
                before == "in" and OTHER_CLOCK.search(view.sentence.text[max(0, rel - 30) : rel])
            ):
                continue  # "on Tuesday (Wednesday in Manila)", "Manila time": a clock, no venue
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


# the day as another time zone has it: "(Wednesday in Manila)", "(early Friday in Seoul)"
OTHER_CLOCK = re.compile(
    r"\((?:[A-Za-z]+ )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|[\w ,]*\d)"
    r"[\w ,]*? in $",
    re.IGNORECASE,
)
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
            host = participant_of(doc, m.actors)
            state = doc.state_of(host) if host else None
            if state and doc.kind(state) == "state":
                return state  # a body is no place: its head receiving names none
    return None


# a seat named by its office: "at the Prime Minister's Office", "at the Presidential
# Palace", "at the Royal Palace"
OFFICE_SEAT = re.compile(
    r"\bat (?:the )?(?:(?P<title>Prime Minister|President|Chancellor|King|Emir|Amir|Sultan)"
    r"[’']s (?:Office|Official Residence|Residence|Palace)|(?P<presidential>Presidential) "
    r"(?:Palace|Office|Residence|Complex|Villa)|(?P<national>National) Palace|"
    r"(?P<royal>Royal|Amiri) (?:Palace|Court|Diwan))\b"
)
SEAT_TITLES = {
    "Presidential": ("President",),
    "National": ("President",),  # the National Palace, a president's seat in Latin America
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
        key = m["title"] or m["presidential"] or m["national"] or m["royal"]
        host = _host_state(doc, [view]) if m["national"] or m["presidential"] else None
        if host:  # "the National Palace" is the receiver's, whatever their title (Ethiopia's)
            return _capital(doc, host)
        titles = {t.lower() for t in SEAT_TITLES.get(key, (key,))}
        holders = [p for p in doc.participants if _titled(doc, p, titles)]
        if len(holders) > 1:
            # two presidents: the seat is the one of the state the visit went to
            gone = _visited_state(doc, views)
            holders = [p for p in holders if gone and doc.state_of(p) == gone]
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


def _spelled(doc: Doc, place: str | None) -> str | None:
    """A capital written another way ("Ha Noi", "Nur-Sultan" stays) as the gazetteer's
    first spelling of it: the same letters, apart from spaces, hyphens and accents."""
    state = doc.gaz.capitals.get(place) if place else None
    first = _capital(doc, state)
    if first is None or first == place:
        return place
    return first if _letters(first) == _letters(place) else place


def _letters(name: str) -> str:
    plain = unicodedata.normalize("NFKD", name)
    return "".join(c for c in plain if c.isalpha()).lower()


def venue(doc: Doc) -> str | None:
    """The city or country the opening names as where it was, most specific first."""
    return _spelled(doc, _venue(doc))


def _venue(doc: Doc) -> str | None:
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
        or _dateline_town(doc, views[:1])
    )


def _dateline_town(doc: Doc, views) -> str | None:
    """A town the gazetteer does not know, named by the date line ("Košice, 24 November
    2022") and as where the opening says they met ("met in Košice on 24 November")."""
    for line in doc.datelines:
        town = re.match(r"\s*([A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+)?),", line)
        if not town:
            continue
        for view in views:
            if re.search(
                rf"\b(?:met|meet|meeting|held|gathered|convened) in {re.escape(town[1])}\b",
                view.sentence.text,
            ):
                return town[1]
    return None
