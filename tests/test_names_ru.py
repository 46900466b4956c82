"""The Russian gazetteer files (names_ru, offices_ru, places_ru) agree with the English one.

A Russian mention must resolve to the same actor, and so the same IRI, as an English one: every
row names an actor, an office or a place that the English gazetteer holds. With pymorphy3
installed, names are also checked against the analyser the reader lemmatises with, and the
people of the Russian gold are looked for in their texts in whatever case the text uses.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from functools import cache
from pathlib import Path

import pytest

from kg.extract.gazetteer import load
from kg.resources import data_file, read_tsv, split_multi

RU = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "ru"
HOWS = {"name", "official", "surname", "adjective", "compound", "capital_metonym"}
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
    "spokesperson",
    "president_elect",
}
# States most present in Russian diplomacy (P5, G20, BRICS, SCO, CIS, EAEU, Central Asia, the
# EU's larger members, the Gulf, Africa's largest): each needs its adjective and compound form.
CORE = (
    "RUS CHN USA GBR FRA DEU ITA JPN IND BRA ZAF CAN AUS KOR MEX IDN SAU TUR ARG BLR KAZ KGZ TJK "
    "UZB TKM ARM AZE MDA GEO UKR MNG PRK VNM LAO KHM THA MYS SGP PHL MMR IRN IRQ SYR ISR EGY ETH "
    "ARE QAT KWT PAK AFG SRB HUN POL ESP NLD BEL AUT GRC FIN SWE NOR CUB VEN NGA DZA"
).split()
WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def rows(name: str) -> list[dict[str, str]]:
    return list(read_tsv(data_file("gazetteer", name)))


@cache
def names() -> list[dict[str, str]]:
    return rows("names_ru.tsv")


def test_every_actor_is_in_the_english_gazetteer():
    actors = load().actors
    unknown = sorted({r["actor"] for r in names() if r["actor"] not in actors})
    assert not unknown, f"actors of names_ru.tsv missing from the English gazetteer: {unknown}"


def test_columns_are_well_formed():
    bad = [
        r
        for r in names()
        if not r["form"]
        or r["how"] not in HOWS
        or r.get("note", "") not in ("", "uncertain")
        or r["form"] != r["form"].strip()
    ]
    assert not bad, bad[:10]
    kinds = {r["how"]: load().actors[r["actor"]].kind for r in names()}
    assert kinds["adjective"] == kinds["compound"] == kinds["capital_metonym"] == "state"


def test_no_duplicate_form_and_actor():
    counts = Counter((r["form"], r["actor"]) for r in names())
    assert not [k for k, n in counts.items() if n > 1]


def test_every_state_has_a_usual_name_and_the_core_states_their_adjectives():
    g = load()
    states = {a.name for a in g.actors.values() if a.kind == "state"}
    by_how: dict[str, set[str]] = {}
    for r in names():
        by_how.setdefault(r["how"], set()).add(r["actor"])
    assert states - by_how["name"] == set()
    core = {g.by_iso3[iso] for iso in CORE}
    assert core - by_how["adjective"] == set()
    assert core - by_how["compound"] == set()


def test_every_state_with_an_official_name_in_english_has_one_in_russian():
    official = {r["actor"] for r in names() if r["how"] == "official"}
    missing = {r["name"] for r in rows("states.tsv") if r.get("official")} - official
    # Russian uses the official name as the usual one (`name` rows): Республика Корея, ...
    assert missing == {
        "Democratic Republic of the Congo",
        "Republic of the Congo",
        "Micronesia",
        "South Korea",
    }


def test_offices_match_offices_and_titles():
    known = {(r["title"], r["role"]) for r in rows("offices.tsv") if r.get("title")}
    known |= {(r["title"], r["role"]) for r in read_tsv(data_file("lexicon", "titles.tsv"))}
    offices = rows("offices_ru.tsv")
    assert len(offices) >= 40
    assert not [r for r in offices if r["role"] not in ROLES]
    unknown = [
        (r["form"], r["title"], r["role"]) for r in offices if (r["title"], r["role"]) not in known
    ]
    assert not unknown, unknown
    assert not [k for k, n in Counter(r["form"] for r in offices).items() if n > 1]


def test_places_are_capitals_or_places_of_their_state():
    known = {(c, r["name"]) for r in rows("states.tsv") for c in split_multi(r.get("capital", ""))}
    known |= {(r["place"], r["state"]) for r in rows("places.tsv")}
    places = rows("places_ru.tsv")
    unknown = [
        (r["form"], r["place"], r["state"]) for r in places if (r["place"], r["state"]) not in known
    ]
    assert not unknown, unknown
    states = {a.name for a in load().actors.values() if a.kind == "state"}
    assert states - {r["state"] for r in places} == set(), "a state without its capital"
    assert ("Кремль", "Moscow", "Russia") in {(r["form"], r["place"], r["state"]) for r in places}


def gold_actors() -> dict[str, set[str]]:
    """Actors of each Russian gold file (participants, relation ends, speakers)."""
    out: dict[str, set[str]] = {}
    for path in sorted((RU / "gold").glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        found = set(gold["event"].get("participants") or [])
        for s, _, o in gold.get("relations", []):
            found |= {s, o}
        found |= {st.get("speaker") for st in gold.get("statements", [])}
        out[path.stem] = {a for a in found if a and a in load().actors}
    return out


@pytest.mark.skipif(not RU.exists(), reason="../shared/corpus/ru is not beside the project")
def test_every_gold_actor_has_a_russian_name():
    have = {r["actor"] for r in names()}
    missing = sorted({a for acts in gold_actors().values() for a in acts} - have)
    assert not missing, missing


def analyser():
    pymorphy3 = pytest.importorskip("pymorphy3", reason="pymorphy3 is not installed")
    return pymorphy3.MorphAnalyzer(lang="ru")


def fold(word: str) -> str:
    return word.lower().replace("ё", "е")


def lemmas(morph, word: str) -> frozenset[str]:
    return frozenset(fold(p.normal_form) for p in morph.parse(word)) | {fold(word)}


@pytest.mark.skipif(not RU.exists(), reason="../shared/corpus/ru is not beside the project")
def test_gold_people_are_found_in_their_texts_in_any_case_form():
    """Each gold person's Russian name or surname occurs in the text, matched by lemma
    (Путина, Кобяковым, Эрдогану), as the extractor will match it."""
    morph = analyser()
    g = load()
    forms: dict[str, list[tuple[str, ...]]] = {}
    for r in names():
        if r["how"] in ("name", "surname"):
            forms.setdefault(r["actor"], []).append(tuple(WORD.findall(r["form"])))
    missing = []
    for stem, actors in gold_actors().items():
        text = (RU / "texts" / f"{stem}.txt").read_text(encoding="utf-8")
        tokens = [lemmas(morph, w) for w in WORD.findall(text)]
        for actor in sorted(a for a in actors if g.actors[a].kind == "person"):
            keys = [[lemmas(morph, w) for w in f] for f in forms.get(actor, [])]
            if not any(_occurs(k, tokens) for k in keys):
                missing.append((stem, actor))
    assert not missing, missing


def _occurs(key: list[frozenset[str]], tokens: list[frozenset[str]]) -> bool:
    n = len(key)
    return any(all(key[j] & tokens[i + j] for j in range(n)) for i in range(len(tokens) - n + 1))


# Case forms as Russian readouts write them (words written for this test), and the actor each
# must resolve to. pymorphy3 alone does not lemmatise every foreign name back to the gazetteer's
# form (Шольца -> "шолец", Гуйяшем has no lexeme): a text word matches a gazetteer word when
# their lemmas meet or when the text word is in the lexeme of the gazetteer word.
CASE_FORMS = [
    ("Владимира Путина", "Vladimir Putin"),
    ("Путиным", "Vladimir Putin"),
    ("Си Цзиньпином", "Xi Jinping"),
    ("Шольца", "Olaf Scholz"),
    ("Шольцем", "Olaf Scholz"),
    ("Эммануэлем Макроном", "Emmanuel Macron"),
    ("Реджепу Тайипу Эрдогану", "Recep Tayyip Erdoğan"),
    ("Касым-Жомарта Токаева", "Kassym-Jomart Tokayev"),
    ("Токаевым", "Kassym-Jomart Tokayev"),
    ("Лукашенко", "Alexander Lukashenko"),
    ("Мирзиёевым", "Shavkat Mirziyoyev"),
    ("Зеленским", "Volodymyr Zelenskyy"),
    ("Байдену", "Joe Biden"),
    ("Ивицей Дачичем", "Ivica Dačić"),
    ("Гергеем Гуйяшем", "Gergely Gulyás"),
    ("Андреем Кобяковым", "Andrei Kobyakov"),
    ("Моди", "Narendra Modi"),
    ("Абдель Фаттаху ас-Сиси", "Abdel Fattah el-Sisi"),
    ("Антониу Гутерришем", "António Guterres"),
    ("Жапаровым", "Sadyr Japarov"),
    ("Жапаровым", "Akylbek Japarov"),
    ("России", "Russia"),
    ("Белоруссии", "Belarus"),
    ("Беларуси", "Belarus"),
    ("Соединённых Штатов Америки", "United States"),
    ("Казахстаном", "Kazakhstan"),
    ("белорусской", "Belarus"),
    ("американских", "United States"),
    ("Вашингтона", "United States"),
    ("Пекином", "China"),
    ("Союзного государства", "Union State"),
    ("Евразийского экономического союза", "Eurasian Economic Union"),
    ("Организации Объединённых Наций", "United Nations"),
]


def test_case_forms_resolve_to_their_actor():
    morph = analyser()

    @cache
    def lemma(word: str) -> frozenset[str]:
        return lemmas(morph, word)

    @cache
    def lexeme(word: str) -> frozenset[str]:
        return frozenset(fold(f.word) for p in morph.parse(word) for f in p.lexeme) | {fold(word)}

    def match(text_word: str, gaz_word: str) -> bool:
        return bool(lemma(text_word) & lemma(gaz_word)) or fold(text_word) in lexeme(gaz_word)

    table = [(WORD.findall(r["form"]), r["actor"]) for r in names()]
    wrong = []
    for phrase, actor in CASE_FORMS:
        words = WORD.findall(phrase)
        found = {
            a
            for form, a in table
            if len(form) == len(words) and all(match(t, g) for t, g in zip(words, form))
        }
        if actor not in found:
            wrong.append((phrase, actor, sorted(found)))
    assert not wrong, wrong
