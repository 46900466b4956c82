"""Generated Chinese and Russian readouts, for timing the native extractor (bench_extract.py).

Each readout joins a leader of the home state (China or Russia) and a counterpart of the same
rank who held office on the day, both taken from the names, offices and tenure tables, with a
title, a lead of one of five engagement types (sometimes under a dateline, sometimes at the
counterpart's request) and body paragraphs drawn from the templates below: reporting verbs, the
sides, cue phrases, organisations, pronouns. The templates were written for this bench; no
sentence comes from a real readout. Russian names, offices and states are put in the case each
template needs with pymorphy3, the analyser the reader itself uses.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from kg.extract import gazetteer
from kg.resources import data_file, read_tsv

ROLES = ("head_of_state", "head_of_government", "foreign_minister")
HOME = {"zh": "China", "ru": "Russia"}
HOME_OFFICE = {
    "zh": {
        "head_of_state": "国家主席",
        "head_of_government": "国务院总理",
        "foreign_minister": "外交部长",
    },
    "ru": {
        "head_of_state": "Президент России",
        "head_of_government": "Председатель Правительства России",
        "foreign_minister": "Министр иностранных дел России",
    },
}
DEFAULT_OFFICE = {
    "zh": {"head_of_state": "总统", "head_of_government": "总理", "foreign_minister": "外长"},
    "ru": {"head_of_state": "Президент", "head_of_government": "Премьер-министр",
           "foreign_minister": "Министр иностранных дел"},
}  # fmt: skip
TYPES = ("PhoneCall", "Meeting", "VideoCall", "Message", "Visit")


@dataclass(frozen=True)
class Person:
    """A leader as the language writes them, with the office and state held on ``tenure``."""

    actor: str
    name: str  # full written form
    short: str  # the form texts use after an office (surname; the full name for Chinese)
    office: str  # the office word, nominative
    state: str  # the state's written name, nominative
    adjective: str  # ru: the state's adjective (узбекский); zh: the state's side form (哈方)
    abbr: str  # zh: the one-character pair form (哈), or ""
    role: str
    start: str
    end: str | None


def _forms(lang: str) -> dict[str, dict[str, str]]:
    """actor -> how -> the first written form of that kind."""
    out: dict[str, dict[str, str]] = {}
    for row in read_tsv(data_file("gazetteer", f"names_{lang}.tsv")):
        if row.get("note") == "uncertain":
            continue
        out.setdefault(row["actor"], {}).setdefault(row["how"], row["form"])
    return out


def _office_words(lang: str) -> dict[tuple[str, str], str]:
    out: dict[tuple[str, str], str] = {}
    for row in read_tsv(data_file("gazetteer", f"offices_{lang}.tsv")):
        out.setdefault((row["title"], row["role"]), row["form"])
    return out


@cache
def people(lang: str) -> tuple[Person, ...]:
    """Every tenure of a head of state, of government or foreign minister the tables can write."""
    gaz = gazetteer.load()
    forms, offices = _forms(lang), _office_words(lang)
    side = "adjective" if lang == "ru" else "side"
    out = []
    for actor, hows in forms.items():
        if "name" not in hows or gaz.actors.get(actor, None) is None:
            continue
        for t in gaz.offices_of(actor):
            state = forms.get(t.of, {})
            if t.role not in ROLES or "name" not in state or side not in state:
                continue
            if t.of == HOME[lang]:
                office = HOME_OFFICE[lang][t.role]
            else:
                office = offices.get((t.title, t.role), DEFAULT_OFFICE[lang][t.role])
            short = hows["name"] if lang == "ru" else hows.get("surname", hows["name"])
            out.append(
                Person(actor, hows["name"], short, office, state["name"], state[side],
                       state.get("abbr", ""), t.role, t.start, t.end)
            )  # fmt: skip
    return tuple(out)


def pairs(lang: str, rng: random.Random, n: int) -> list[tuple[Person, Person, str]]:
    """``n`` (home leader, counterpart, day) of the same rank in office on the same day."""
    home = [p for p in people(lang) if p.state == _home_name(lang)]
    others = [p for p in people(lang) if p.state != _home_name(lang)]
    out = []
    while len(out) < n:
        b = rng.choice(others)
        start = max(date.fromisoformat(_full(b.start)), date(2000, 1, 1))
        end = date.fromisoformat(_full(b.end)) if b.end else date(2024, 12, 31)
        if end <= start:
            continue
        day = (start + timedelta(days=rng.randrange((end - start).days))).isoformat()
        hosts = [p for p in home if p.role == b.role and _covers(p, day)]
        if hosts:
            out.append((rng.choice(hosts), b, day))
    return out


def _home_name(lang: str) -> str:
    return _forms(lang)[HOME[lang]]["name"]


def _full(day: str) -> str:
    return {4: day + "-01-01", 7: day + "-01"}.get(len(day), day)


def _covers(p: Person, day: str) -> bool:
    return _full(p.start) <= day and (p.end is None or day <= _full(p.end))


def generate(lang: str, n: int, seed: int = 7) -> list[tuple[str, str]]:
    """``n`` readouts as (text, publication date), 300 to 1500 characters each."""
    from native_templates import compose

    rng = random.Random(seed)
    out = []
    for a, b, day in pairs(lang, rng, n):
        published = (date.fromisoformat(day) + timedelta(days=rng.choice((0, 0, 1)))).isoformat()
        out.append((compose(lang, a, b, day, rng), published))
    return out
