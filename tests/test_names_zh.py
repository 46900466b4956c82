"""The Chinese name files of the gazetteer name the same actors, offices and places as the English.

names_zh.tsv, offices_zh.tsv and places_zh.tsv are data for the Chinese extractor: a row whose
actor, title or place is not spelled exactly as in the English files would give a second IRI
or none. The gold persons of ../shared/corpus/zh must be found under the form their text uses.
"""

from __future__ import annotations

import json
from collections import Counter

import pytest

from conftest import SHARED

from kg.resources import data_file, read_tsv, split_multi

ZH = SHARED / "corpus" / "zh"
HOWS = {"name", "official", "surname", "abbr", "side"}
ROLES = {
    "head_of_state",
    "head_of_government",
    "foreign_minister",
    "vice_president",
    "deputy_head_of_government",
    "minister",
    "ambassador",
    "secretary_general",
    "head_of_organization",
    "speaker",
    "monarch",
}
# Titles with no tenure in offices.tsv, said so in offices_zh.tsv's header.
EXTRA_TITLES = {
    ("General Secretary", "head_of_state"),
    ("Chairman of the State Affairs Commission", "head_of_state"),
    ("Ambassador", "ambassador"),
    ("Speaker", "speaker"),
}


def rows(name: str) -> list[dict[str, str]]:
    return list(read_tsv(data_file("gazetteer", name)))


STATES = rows("states.tsv")
STATE_NAMES = {r["name"] for r in STATES}
ACTORS = (
    STATE_NAMES
    | {r["name"] for r in rows("organizations.tsv")}
    | {r["name"] for r in rows("people.tsv")}
)
NAMES = rows("names_zh.tsv")
OFFICES = rows("offices_zh.tsv")
PLACES = rows("places_zh.tsv")


def test_every_actor_is_a_name_of_the_english_gazetteer():
    unknown = sorted({r["actor"] for r in NAMES} - ACTORS)
    assert not unknown, f"actors not in states/organizations/people.tsv: {unknown}"


def test_columns_hold_allowed_values():
    assert NAMES and set(NAMES[0]) == {"form", "actor", "how", "note"}
    bad = [r for r in NAMES if r["how"] not in HOWS or r["note"] not in {"", "uncertain"}]
    assert not bad
    dots = [r["form"] for r in NAMES if any(c in r["form"] for c in "•‧・．")]
    assert not dots, f"write the middle dot as U+00B7: {dots}"
    assert all(r["form"] and r["form"] == r["form"].strip() for r in NAMES)


def test_no_form_is_listed_twice_for_one_actor():
    twice = [k for k, n in Counter((r["form"], r["actor"]) for r in NAMES).items() if n > 1]
    assert not twice


def test_every_state_has_a_usual_name():
    named = {r["actor"] for r in NAMES if r["how"] == "name"}
    assert not STATE_NAMES - named


def test_ambiguous_abbreviations_list_each_state():
    abbr: dict[str, set[str]] = {}
    for r in NAMES:
        if r["how"] in {"abbr", "side"}:
            abbr.setdefault(r["form"], set()).add(r["actor"])
    assert abbr["中"] == {"China"} and abbr["俄"] == {"Russia"}
    assert abbr["欧方"] == {"European Union"}
    assert {"Pakistan", "Brazil"} <= abbr["巴"]
    assert {"Ukraine", "Uzbekistan", "Uruguay"} <= abbr["乌"]


@pytest.mark.skipif(not ZH.exists(), reason="../shared/corpus/zh is not beside the project")
def test_gold_people_are_found_as_their_text_writes_them():
    forms: dict[str, set[str]] = {}
    for r in NAMES:
        forms.setdefault(r["actor"], set()).add(r["form"])
    missing = []
    for gold_file in sorted((ZH / "gold").glob("*.json")):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        text = (ZH / "texts" / f"{gold_file.stem}.txt").read_text(encoding="utf-8")
        actors = set(gold["event"]["participants"])
        for s, _, o in gold["relations"]:
            actors |= {s, o}
        actors |= {s["speaker"] for s in gold.get("statements", [])}
        for actor in sorted(actors - {"both"}):
            if actor.startswith("topic:"):
                continue
            if not any(f in text for f in forms.get(actor, ())):
                missing.append((gold_file.name, actor))
    assert not missing, f"gold actors with no form found in their text: {missing}"


def test_every_office_title_and_role_is_one_of_offices_tsv():
    pairs = {(r["title"], r["role"]) for r in rows("offices.tsv")} | EXTRA_TITLES
    assert OFFICES and set(OFFICES[0]) == {"form", "title", "role"}
    assert all(r["role"] in ROLES for r in OFFICES)
    unknown = sorted({(r["title"], r["role"]) for r in OFFICES} - pairs)
    assert not unknown, f"title/role pairs not in offices.tsv: {unknown}"
    twice = [k for k, n in Counter(tuple(r.values()) for r in OFFICES).items() if n > 1]
    assert not twice


def test_every_place_is_a_capital_or_a_place_of_its_state():
    known = {(c, r["name"]) for r in STATES for c in split_multi(r["capital"])}
    known |= {(r["place"], r["state"]) for r in rows("places.tsv")}
    assert PLACES and set(PLACES[0]) == {"form", "place", "state"}
    unknown = sorted({(r["place"], r["state"]) for r in PLACES} - known)
    assert not unknown, f"places not in states.tsv capitals or places.tsv: {unknown}"
    twice = [k for k, n in Counter((r["form"], r["place"]) for r in PLACES).items() if n > 1]
    assert not twice
    capitals = {r["state"] for r in PLACES} & STATE_NAMES
    assert capitals == STATE_NAMES, f"states without a capital: {STATE_NAMES - capitals}"
