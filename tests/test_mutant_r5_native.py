"""Chinese and Russian rules the mutation runs of 831cd4e and 05e98f0 let through (issue 19,
round 5; scripts/RESULTS-mutants.md): the day a weekday or a dateline names, an object
pronoun ("его", 他) that points at the other side, a pronoun subject that is the last
speaker, a word that means the sides only in the plural.

The readouts are written for these tests (a call of Vladimir Putin, or of Xi Jinping,
with Kassym-Jomart Tokayev).
"""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.model import Extraction, Readout

PUTIN, XI, TOKAYEV = "Vladimir Putin", "Xi Jinping", "Kassym-Jomart Tokayev"

TITLE_RU = "Телефонный разговор с Президентом Казахстана\n\n"
LEAD_RU = (
    "Владимир Путин провёл телефонный разговор с Президентом Казахстана "
    "Касым-Жомартом Токаевым.\n\n"
)
CALL_ZH = "习近平同哈萨克斯坦总统通电话\n\n国家主席习近平同哈萨克斯坦总统托卡耶夫通电话。\n\n"


def read(text: str, publisher: str, published: str = "2024-05-08") -> Extraction:
    return extract(Readout("case", text, published=published, publisher=publisher))


def triples(ex: Extraction) -> set[tuple[str, str, str]]:
    return {(r.subject, r.relation, r.object) for r in ex.relations}


def test_a_weekday_names_the_last_such_day_before_the_page():
    # published on Friday 10 May 2024: "в четверг" is the day before, not the page's day
    ex = read(TITLE_RU + "В четверг " + LEAD_RU, "Kremlin", published="2024-05-10")
    assert ex.event.date == "2024-05-09"


def test_a_dateline_gives_the_day_of_the_event():
    ex = read(TITLE_RU + "МОСКВА, 7 мая. /ТАСС/. " + LEAD_RU, "TASS", published="2024-05-10")
    assert ex.event.date == "2024-05-07"


@pytest.mark.parametrize(
    "text, publisher, want",
    [
        (
            TITLE_RU + LEAD_RU + "Владимир Путин пригласил его посетить Москву.\n",
            "Kremlin",
            (PUTIN, "invites", TOKAYEV),
        ),
        (
            TITLE_RU + LEAD_RU + "Президент России поблагодарил его за поддержку.\n",
            "Kremlin",
            (PUTIN, "thanks", TOKAYEV),
        ),
        (CALL_ZH + "习近平邀请他访问中国。\n", "Xinhua", (XI, "invites", TOKAYEV)),
        (CALL_ZH + "习近平感谢他对中方的支持。\n", "Xinhua", (XI, "thanks", TOKAYEV)),
    ],
)
def test_an_object_pronoun_is_the_other_side(text, publisher, want):
    assert want in triples(read(text, publisher))


def test_a_singular_office_word_is_its_holder_and_the_plural_both_sides():
    ex = read(
        TITLE_RU + LEAD_RU + "Президент отметил рост взаимной торговли. "
        "Президенты отметили важность энергетического сотрудничества.\n",
        "Kremlin",
    )
    said = [(s.speaker, s.act, set(s.speakers)) for s in ex.statements]
    assert said == [(PUTIN, "note", set()), ("both", "note", {PUTIN, TOKAYEV})]


def test_a_dateline_alone_on_the_first_line_gives_the_day_of_the_event():
    # read as the title (no closing stop), where only a dateline is looked for
    ex = read(
        "7 мая, Москва /ТАСС/\n\n" + LEAD_RU + "Стороны обсудили вопросы торговли.\n",
        "TASS",
        published="2024-05-10",
    )
    assert ex.event.date == "2024-05-07"


def test_the_body_completes_the_sides_with_the_first_other_person_only():
    # the head names one side; the body's first leader of another state is the other,
    # a third leader named later is talked about, not taking part
    ex = read(
        "Телефонный разговор\n\nВладимир Путин провёл телефонный разговор.\n\n"
        "Касым-Жомарт Токаев поблагодарил за поддержку.\n\n"
        "Стороны обсудили итоги переговоров с Александром Лукашенко.\n",
        "Kremlin",
    )
    assert ex.event.participants == (PUTIN, TOKAYEV)


def test_a_name_in_the_dative_before_the_verb_is_not_its_subject():
    # "Токаеву" (to Tokayev) opens the sentence; the one who speaks is in the nominative
    ex = read(
        TITLE_RU + LEAD_RU + "Токаеву Владимир Путин выразил благодарность за поддержку.\n",
        "Kremlin",
    )
    assert [(s.speaker, s.act) for s in ex.statements] == [(PUTIN, "express")]


def test_a_five_character_subject_before_the_verb_is_not_the_last_speaker():
    # "各国企业家" (business people of many countries) say it, not Xi Jinping
    ex = read(
        CALL_ZH + "习近平指出，中哈两国应当加强合作。各国企业家表示，愿意扩大在哈投资。\n", "Xinhua"
    )
    assert [(s.speaker, s.act) for s in ex.statements] == [(XI, "note")]
