"""The actor gazetteer: states, organisations, people and the offices they held.

Loaded once from the TSV files in ``kg/data/gazetteer``; the extractor asks it
which actor a run of words names and who held an office on a date.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache, lru_cache

from kg.resources import data_file, read_tsv, split_multi

WORD = re.compile(r"[^\W_]+")

# Family name first in English usage.
FAMILY_FIRST = {"CHN", "KOR", "PRK", "TWN", "MNG", "KHM", "HKG", "MAC"}
STATE_PHRASES = (
    "the {adj} side",
    "the {adj} people",
    "the {adj} peoples",
    "the {adj} government",
    "the {adj} Government",
    "the {adj} government and people",
    "the {adj} Government and people",
    # a government just formed is still the state ("the new Icelandic Government")
    "the new {adj} government",
    "the new {adj} Government",
    "the {adj} nation",
    "the {adj} leadership",
    "the {adj} authorities",
    "the {adj} transitional authorities",
    "the {adj} military authorities",
    "the {adj} junta",
    "the {adj} military junta",
    "the entire {adj} people",
    "the whole {adj} people",
    "the brotherly {adj} people",
    "the friendly {adj} people",
    "the fraternal {adj} people",
)
NAME_PHRASES = (
    "the people of {name}",
    "the Government of {name}",
    "the government of {name}",
    "the government and people of {name}",
    "the Government and people of {name}",
    "the people of {official}",
    "the Government and people of {official}",
    "the leadership of {name}",
    "the authorities of {name}",
)
# Sahel juntas, in West African and Maghreb readouts: "the transitional authorities in
# Mali" are Mali's government, as "the authorities of Mali" are. By the short name only:
# every form costs each readout's scan a little
SHORT_NAME_PHRASES = (
    "the authorities in {name}",
    "the transitional authorities in {name}",
    "the transitional authorities of {name}",
    "the military authorities in {name}",
    "the military junta in {name}",
    "the junta in {name}",
)


def words(text: str) -> tuple[str, ...]:
    return tuple(WORD.findall(text))


@lru_cache(maxsize=65536)  # names and sentences recur: the same words are folded again and again
def fold(text: str) -> str:
    """Strip diacritics, for ASCII spellings of names."""
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


@dataclass(frozen=True)
class Actor:
    name: str
    kind: str  # state | organization | person | topic
    iso3: str | None = None
    country: str | None = None  # a person's state (canonical name)
    gender: str | None = None
    wikidata: str | None = None
    aliases: tuple[str, ...] = ()
    members: tuple[str, ...] = ()
    capitals: tuple[str, ...] = ()


@dataclass(frozen=True)
class Tenure:
    person: str
    role: str
    title: str
    of: str
    start: str
    end: str | None
    note: str = ""

    def covers(self, day: str | None) -> bool:
        if day is None:
            return self.end is None
        return self.start[: len(day)] <= day and (self.end is None or day <= _end_bound(self.end))


def _end_bound(end: str) -> str:
    return end if len(end) == 10 else end + "-31"


@dataclass
class Gazetteer:
    actors: dict[str, Actor] = field(default_factory=dict)
    forms: dict[tuple[str, ...], tuple[str, str]] = field(default_factory=dict)
    surnames: dict[str, set[str]] = field(default_factory=dict)
    adjectives: dict[str, str] = field(default_factory=dict)
    tenures: list[Tenure] = field(default_factory=list)
    by_iso3: dict[str, str] = field(default_factory=dict)
    capitals: dict[str, str] = field(default_factory=dict)

    def add_form(self, text: str, name: str, how: str) -> None:
        if text.endswith("+") and text[:-1].strip() in self.actors:
            return  # "OPEC+" reads as OPEC's words: the mention finder adds the "+"
        for variant in {text, fold(text)}:
            key = words(variant)
            if not key:
                continue
            if key in self.forms and self.forms[key][0] != name:
                old_how = self.forms[key][1]
                # A name beats an alias or a derived phrase; ambiguous aliases are dropped.
                if _rank(how) > _rank(old_how):
                    continue
                if _rank(how) == _rank(old_how) and how != "name":
                    continue
            self.forms[key] = (name, how)
            if key[0] == "the":
                self.forms[("The",) + key[1:]] = (name, how)

    def lookup(self, key: tuple[str, ...]) -> tuple[str, str] | None:
        return self.forms.get(key)

    def index(self) -> None:
        self.by_of: dict[str, list[Tenure]] = {}
        self.by_person: dict[str, list[Tenure]] = {}
        for t in self.tenures:
            self.by_of.setdefault(t.of, []).append(t)
            self.by_person.setdefault(t.person, []).append(t)

    def holders(
        self,
        day: str | None,
        of: str | None = None,
        role: str | None = None,
        title: str | None = None,
    ) -> list[Tenure]:
        """Tenures matching the office on a day (or current ones when day is None)."""
        out = []
        for t in self.by_of.get(of, ()) if of else self.tenures:
            if of and t.of != of:
                continue
            if role and t.role != role:
                continue
            if title and t.title.lower().replace("-", " ") != title.lower().replace("-", " "):
                continue
            if t.covers(day):
                out.append(t)
        # on a handover day both tenures cover it: the one that starts latest (the
        # incoming holder) comes first
        out.sort(key=lambda t: t.start, reverse=True)
        return out

    def offices_of(self, person: str, day: str | None = None) -> list[Tenure]:
        return [t for t in self.by_person.get(person, ()) if day is None or t.covers(day)]


def _rank(how: str) -> int:
    return {"name": 0, "official": 1, "alias": 2, "adjective": 3, "phrase": 4}.get(how, 5)


@cache
def load() -> Gazetteer:
    """The gazetteer from the package's TSV files, read once per process."""
    g = Gazetteer()
    for name in ("states.tsv", "organizations.tsv", "people.tsv", "offices.tsv"):
        if not data_file("gazetteer", name).is_file():
            raise FileNotFoundError(f"gazetteer file missing from the package: {name}")
    _load_states(g)
    _load_organizations(g)
    _load_people(g)
    _load_places(g)
    _load_offices(g)
    g.index()
    return g


def _load_states(g: Gazetteer) -> None:
    """States with their official names, aliases, adjectives and the phrases built on them
    ("the Kenyan side", "the people of Kenya")."""
    for row in read_tsv(data_file("gazetteer", "states.tsv")):
        name, iso3 = row["name"], row["iso3"]
        official = split_multi(row.get("official", ""))
        aliases = split_multi(row.get("aliases", ""))
        capitals = split_multi(row.get("capital", ""))
        g.actors[name] = Actor(
            name,
            "state",
            iso3=iso3,
            wikidata=row.get("wikidata") or None,
            aliases=tuple(official + aliases),
            capitals=tuple(capitals),
        )
        g.by_iso3[iso3] = name
        g.add_form(name, name, "name")
        g.add_form("the " + name, name, "name")
        for o in official:
            g.add_form(o, name, "official")
            g.add_form("the " + o, name, "official")
        for a in aliases:
            g.add_form(a, name, "alias")
        for adj in split_multi(row.get("adjectives", "")):
            g.adjectives.setdefault(adj, name)
            for pattern in STATE_PHRASES:
                g.add_form(pattern.format(adj=adj), name, "phrase")
        for pattern in NAME_PHRASES:
            for o in [name] + official + aliases:
                g.add_form(pattern.format(name=o, official=o), name, "phrase")
                # "the people of the Kingdom of Morocco", "the Government of the United Kingdom"
                g.add_form(pattern.format(name="the " + o, official="the " + o), name, "phrase")
        for pattern in SHORT_NAME_PHRASES:
            g.add_form(pattern.format(name=name), name, "phrase")
        for c in capitals:
            g.capitals.setdefault(c, name)


def _load_organizations(g: Gazetteer) -> None:
    for row in read_tsv(data_file("gazetteer", "organizations.tsv")):
        name = row["name"]
        kind = "topic" if row.get("kind") == "topic" else "organization"
        aliases = split_multi(row.get("aliases", ""))
        g.actors[name] = Actor(
            name,
            kind,
            wikidata=row.get("wikidata") or None,
            aliases=tuple(aliases),
            members=tuple(split_multi(row.get("members", ""))),
        )
        g.add_form(name, name, "name")
        g.add_form("the " + name, name, "name")
        for a in aliases:
            g.add_form(a, name, "alias")
            if not a.startswith("the "):
                g.add_form("the " + a, name, "alias")


REGNAL = re.compile(r"[IVXL]+")


def _unstyled(toks: list[str]) -> list[str]:
    """A name's words without a regnal number or a realm ('Frederik X', 'Carl XVI Gustaf',
    'Albert II of Belgium'): 'X' or 'Belgium' is no one's surname; the given name before a
    number is, and a name given with its realm has none."""
    if "of" in toks[1:]:
        return []  # named by realm to keep the given name free ("Philippe of Belgium")
    return [t for t in toks if not REGNAL.fullmatch(t)]


def _load_people(g: Gazetteer) -> None:
    """People, and the surnames that name them (the family name first for East Asian
    states, in ASCII and as written; a one-word alias is a surname too)."""
    for row in read_tsv(data_file("gazetteer", "people.tsv")):
        name = row["name"]
        iso3 = row.get("country") or None
        aliases = split_multi(row.get("aliases", ""))
        g.actors[name] = Actor(
            name,
            "person",
            country=g.by_iso3.get(iso3 or ""),
            iso3=None,
            gender=row.get("gender") or None,
            wikidata=row.get("wikidata") or None,
            aliases=tuple(aliases),
        )
        g.add_form(name, name, "name")
        for a in aliases:
            g.add_form(a, name, "alias")
        if len(words(name)) > 1:
            for toks in (words(fold(name)), words(name)):
                toks = _unstyled(toks)
                if toks:
                    family = toks[0] if iso3 in FAMILY_FIRST else toks[-1]
                    g.surnames.setdefault(family, set()).add(name)
        for a in aliases:
            at = words(a)
            if len(at) == 1:
                g.surnames.setdefault(at[0], set()).add(name)


def _load_places(g: Gazetteer) -> None:
    places = data_file("gazetteer", "places.tsv")
    if places.is_file():
        for row in read_tsv(places):
            if row.get("state") in g.actors:
                g.capitals.setdefault(row["place"], row["state"])


def _load_offices(g: Gazetteer) -> None:
    for row in read_tsv(data_file("gazetteer", "offices.tsv")):
        if not row.get("person") or not row.get("start"):
            continue
        g.tenures.append(
            Tenure(
                person=row["person"],
                role=row.get("role", ""),
                title=row.get("title", ""),
                of=row.get("of", ""),
                start=row["start"],
                end=row.get("end") or None,
                note=row.get("note", ""),
            )
        )
