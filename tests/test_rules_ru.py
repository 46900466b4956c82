"""Rules of the Russian extractor (issue 18) on readouts written for these tests.

Each case is a short readout: a title, a blank line, a lead naming the two participants, then
the sentence under test in a paragraph of its own, read through ``kg.extract.extract`` with a
publication date and a publisher. The cue, event, initiator and reporting rows are checked one
by one: the cases are generated from the tables in kg/data/lexicon/ru/ and look up their
sentence by the row's line and name, so a row added without a sentence fails, and so does a
sentence whose row has moved or gone. No sentence here comes from ../shared.
"""

from __future__ import annotations

from typing import NamedTuple

import pytest

from kg.extract import extract
from kg.extract.native.tables import Row, rows
from kg.model import Extraction, Readout

PUBLISHED = "2024-05-08"  # a Wednesday
KREMLIN = "Kremlin"
PUTIN, MIRZIYOYEV = "Vladimir Putin", "Shavkat Mirziyoyev"
RU, UZ, SCO = "Russia", "Uzbekistan", "Shanghai Cooperation Organization"

# (title, lead): the two participants are Vladimir Putin and Shavkat Mirziyoyev.
CALL = (
    "Телефонный разговор с Президентом Узбекистана Шавкатом Мирзиёевым",
    "Владимир Путин провёл телефонный разговор с Президентом Узбекистана Шавкатом Мирзиёевым.",
)
KREMLIN_TALKS = (
    "Переговоры с Президентом Узбекистана Шавкатом Мирзиёевым",
    "Владимир Путин провёл в Кремле переговоры с Президентом Узбекистана Шавкатом Мирзиёевым.",
)
VISIT = (
    "Государственный визит Президента Узбекистана в Россию",
    "Президент Узбекистана Шавкат Мирзиёев прибыл в Москву по приглашению Владимира Путина.",
)


def read(
    body: str,
    scene: tuple[str, str] = CALL,
    published: str | None = PUBLISHED,
    publisher: str | None = KREMLIN,
) -> Extraction:
    """The readout of ``scene`` with ``body`` as its own paragraph after the lead."""
    title, lead = scene
    text = f"{title}\n\n{lead}\n\n{body}\n" if body else f"{title}\n\n{lead}\n"
    return extract(Readout("ru-case", text, published=published, publisher=publisher))


def triples(ex: Extraction) -> set[tuple[str, str, str]]:
    return {(r.subject, r.relation, r.object) for r in ex.relations}


def said(ex: Extraction) -> list[tuple[str, str]]:
    return [(s.speaker, s.act) for s in ex.statements]


class Case(NamedTuple):
    sentence: str
    want: tuple[str, str, str]
    scene: tuple[str, str] = CALL


# One sentence per row of ru/cues.tsv, keyed by (line, relation).
CUES: dict[tuple[int, str], Case] = {
    (4, "congratulates"): Case(
        "Владимир Путин поздравил Шавката Мирзиёева с днём рождения.",
        (PUTIN, "congratulates", MIRZIYOYEV),
    ),
    (5, "congratulates"): Case(
        "Президент России направил поздравительную телеграмму Шавкату Мирзиёеву.",
        (PUTIN, "congratulates", MIRZIYOYEV),
    ),
    (6, "congratulates"): Case(
        "Владимир Путин передал тёплые поздравления Президенту Узбекистана.",
        (PUTIN, "congratulates", MIRZIYOYEV),
    ),
    (7, "congratulates"): Case(
        "Лидеры обменялись поздравлениями по случаю наступающего праздника.",
        (MIRZIYOYEV, "congratulates", PUTIN),
    ),
    (8, "thanks"): Case(
        "Шавкат Мирзиёев поблагодарил Владимира Путина за добрые слова.",
        (MIRZIYOYEV, "thanks", PUTIN),
    ),
    (9, "thanks"): Case(
        "Узбекский лидер выразил признательность российской стороне за гостеприимство.",
        (MIRZIYOYEV, "thanks", RU),
    ),
    (10, "assists"): Case(
        "Шавкат Мирзиёев поблагодарил российскую сторону за оперативную помощь пострадавшим.",
        (RU, "assists", UZ),
    ),
    (11, "supports"): Case(
        "Владимир Путин поддержал Узбекистан в стремлении укрепить энергетическую безопасность.",
        (PUTIN, "supports", UZ),
    ),
    (12, "supports"): Case(
        "Российская сторона поддерживает инициативы Узбекистана в сфере водных ресурсов.",
        (RU, "supports", UZ),
    ),
    (13, "supports"): Case(
        "Владимир Путин выразил уверенность в узбекских партнёрах.", (PUTIN, "supports", UZ)
    ),
    (14, "opposes"): Case(
        "Стороны выступили против НАТО как инструмента блоковой политики.", (UZ, "opposes", "NATO")
    ),
    (15, "criticizes"): Case(
        "Собеседники решительно осудили ИГИЛ и другие террористические группировки.",
        (MIRZIYOYEV, "criticizes", "Islamic State"),
    ),
    (16, "urges"): Case(
        "Стороны призвали ООН активнее содействовать восстановлению Афганистана.",
        (UZ, "urges", "United Nations"),
    ),
    (17, "invites"): Case(
        "Владимир Путин пригласил Шавката Мирзиёева принять участие в форуме.",
        (PUTIN, "invites", MIRZIYOYEV),
    ),
    (18, "invites"): Case(
        "По приглашению Владимира Путина Шавкат Мирзиёев посетит Казань осенью.",
        (PUTIN, "invites", MIRZIYOYEV),
    ),
    (19, "visits"): Case(
        "Шавкат Мирзиёев подтвердил планы совершить визит в Россию осенью.",
        (MIRZIYOYEV, "visits", RU),
    ),
    (20, "visits"): Case(
        "Владимир Путин намерен посетить Узбекистан в следующем году.", (PUTIN, "visits", UZ)
    ),
    (21, "hosts"): Case(
        "Владимир Путин принял Шавката Мирзиёева в Большом Кремлёвском дворце.",
        (PUTIN, "hosts", MIRZIYOYEV),
        KREMLIN_TALKS,
    ),
    (22, "hosts"): Case(
        "Владимир Путин лично встретил в аэропорту высокого гостя.",
        (PUTIN, "hosts", MIRZIYOYEV),
        VISIT,
    ),
    (23, "cooperatesWith"): Case(
        "Президент Узбекистана подтвердил готовность к тесному взаимодействию с Россией.",
        (MIRZIYOYEV, "cooperatesWith", RU),
    ),
    (24, "cooperatesWith"): Case(
        "Владимир Путин отметил, что сотрудничество с Узбекистаном успешно развивается.",
        (PUTIN, "cooperatesWith", UZ),
    ),
    (25, "cooperatesWith"): Case(
        "Собеседники обсудили укрепление торгово-экономического сотрудничества.",
        (MIRZIYOYEV, "cooperatesWith", PUTIN),
    ),
    (26, "cooperatesWith"): Case(
        "Президенты намерены продолжить диалог.", (MIRZIYOYEV, "cooperatesWith", PUTIN)
    ),
    (27, "cooperatesWith"): Case(
        "Стороны согласовали график предстоящих контактов.", (UZ, "cooperatesWith", RU)
    ),
    (28, "cooperatesWith"): Case(
        "Президенты положительно оценили динамику российско-узбекского партнёрства.",
        (UZ, "cooperatesWith", RU),
    ),
    (29, "cooperatesVia"): Case(
        "Стороны договорились координировать действия в рамках ШОС.", (UZ, "cooperatesVia", SCO)
    ),
    (30, "praises"): Case(
        "Шавкат Мирзиёев дал высокую оценку усилиям России по урегулированию конфликтов.",
        (MIRZIYOYEV, "praises", RU),
    ),
    (31, "praises"): Case(
        "Владимир Путин высоко оценил вклад Узбекистана в региональную стабильность.",
        (PUTIN, "praises", UZ),
    ),
    (32, "condoles"): Case(
        "Владимир Путин выразил глубокие соболезнования узбекскому народу.",
        (PUTIN, "condoles", UZ),
    ),
    (33, "condoles"): Case(
        "Глава российского государства адресовал соболезнования Шавкату Мирзиёеву.",
        (PUTIN, "condoles", MIRZIYOYEV),
    ),
    (34, "cooperatesWith"): Case(
        "Условлено поддерживать тесные контакты.",
        (MIRZIYOYEV, "cooperatesWith", PUTIN),
    ),
    (35, "cooperatesWith"): Case(
        "Стороны подчеркнули важность совместной работы по противодействию терроризму.",
        (UZ, "cooperatesWith", RU),
    ),
    (36, "cooperatesWith"): Case(
        "Владимир Путин подтвердил готовность к дальнейшему конструктивному взаимодействию.",
        (PUTIN, "cooperatesWith", MIRZIYOYEV),
    ),
    (37, "cooperatesWith"): Case(
        "Обсуждены актуальные вопросы двустороннего сотрудничества.", (RU, "cooperatesWith", UZ)
    ),
    (38, "praises"): Case(
        "Шавкат Мирзиёев отметил высокий авторитет Владимира Путина на международной арене.",
        (MIRZIYOYEV, "praises", PUTIN),
    ),
    (39, "visits"): Case(
        "Владимир Путин провёл беседу с Шавкатом Мирзиёевым, находящимся в России с рабочим "
        "визитом.",
        (MIRZIYOYEV, "visits", RU),
    ),
}
# Rows whose sentence says what the row should give but the extractor gets wrong today;
# strict, so the mark must go the day the rule is fixed.
CUE_BUGS: dict[tuple[int, str], str] = {}


def table_cases(name: str, cases: dict, bugs: dict | None = None) -> list:
    """One case per row of ru/<name>.tsv, then one per sentence whose row is gone."""
    table = rows("ru", name)
    keys = {(row.line, row.name) for row in table}
    out = []
    for row in table:
        reason = (bugs or {}).get((row.line, row.name))
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        out.append(pytest.param(row, id=f"{row.line}-{row.name}", marks=marks))
    for key in cases:
        if key not in keys:
            out.append(pytest.param(key, id=f"gone-{key[0]}-{key[1]}"))
    return out


def case_of(row: Row | tuple, cases: dict, table: str):
    if not isinstance(row, Row):
        pytest.fail(f"{table} has no row {row[1]} at line {row[0]} any more: move its sentence")
    case = cases.get((row.line, row.name))
    if case is None:
        pytest.fail(f"{row.rule} ({row.pattern.pattern}) has no test sentence")
    return case


@pytest.mark.parametrize("row", table_cases("cues", CUES, CUE_BUGS))
def test_each_cue_row_gives_its_triple(row):
    case = case_of(row, CUES, "ru/cues.tsv")
    ex = read(case.sentence, case.scene)
    got = {(r.subject, r.relation, r.object): r.rule for r in ex.relations}
    assert case.want in got, f"{case.sentence} gives {sorted(got)}"
    assert got[case.want] == row.rule, f"{case.want} came from {got[case.want]}"


class Scene(NamedTuple):
    title: str
    lead: str
    published: str
    want: dict  # the Event's fields that must hold


# One readout per row of ru/events.tsv: the event's type, date, participants and place.
EVENTS: dict[tuple[int, str], Scene] = {
    (3, "VideoCall"): Scene(
        "Переговоры с Шавкатом Мирзиёевым в режиме видеоконференции",
        "Владимир Путин 7 мая провёл переговоры с Президентом Узбекистана Шавкатом Мирзиёевым "
        "в режиме видеоконференции.",
        PUBLISHED,
        {"date": "2024-05-07", "location": None},
    ),
    (4, "PhoneCall"): Scene(*CALL, PUBLISHED, {"date": PUBLISHED, "location": None}),
    (5, "Message"): Scene(
        "Поздравление Шавкату Мирзиёеву с днём рождения",
        "Владимир Путин направил поздравительную телеграмму Президенту Узбекистана "
        "Шавкату Мирзиёеву.",
        PUBLISHED,
        {"date": PUBLISHED, "location": None},
    ),
    (6, "Meeting"): Scene(*KREMLIN_TALKS, PUBLISHED, {"date": PUBLISHED, "location": "Moscow"}),
    (7, "Visit"): Scene(
        "Визит Шавката Мирзиёева в Россию",
        "Президент Узбекистана Шавкат Мирзиёев 6 мая прибыл в Москву по приглашению "
        "Владимира Путина.",
        PUBLISHED,
        {"date": "2024-05-06"},
    ),
}


@pytest.mark.parametrize("row", table_cases("events", EVENTS))
def test_each_event_row_gives_its_type(row):
    scene = case_of(row, EVENTS, "ru/events.tsv")
    ex = read("", (scene.title, scene.lead), published=scene.published)
    assert ex.event.type == row.name
    assert set(ex.event.participants) == {PUTIN, MIRZIYOYEV}
    for field, value in scene.want.items():
        assert getattr(ex.event, field) == value, field


# One readout per row of ru/initiator.tsv, and who asked for the engagement.
INITIATORS: dict[tuple[int, str], tuple[Scene, str]] = {
    (3, "initiator"): (
        Scene(
            CALL[0],
            "По инициативе узбекской стороны состоялся телефонный разговор Владимира Путина "
            "с Президентом Узбекистана Шавкатом Мирзиёевым.",
            PUBLISHED,
            {"type": "PhoneCall"},
        ),
        MIRZIYOYEV,
    ),
    (4, "initiator"): (
        Scene(
            CALL[0],
            "По просьбе узбекской стороны Владимир Путин провёл телефонный разговор "
            "с Президентом Узбекистана Шавкатом Мирзиёевым.",
            PUBLISHED,
            {"type": "PhoneCall"},
        ),
        MIRZIYOYEV,
    ),
    (5, "initiator"): (
        Scene(*VISIT, PUBLISHED, {"type": "Visit"}),
        PUTIN,
    ),
}


@pytest.mark.parametrize("row", table_cases("initiator", INITIATORS))
def test_each_initiator_row_names_who_asked(row):
    scene, who = case_of(row, INITIATORS, "ru/initiator.tsv")
    ex = read("", (scene.title, scene.lead), published=scene.published)
    assert ex.event.initiator == who
    assert set(ex.event.participants) == {PUTIN, MIRZIYOYEV}
    for field, value in scene.want.items():
        assert getattr(ex.event, field) == value, field


# One sentence per row of ru/reporting.tsv: its speaker (a participant or "both") and act.
REPORTING: dict[tuple[int, str], tuple[str, tuple[str, str]]] = {
    (8, "discuss"): ("Обсуждены перспективы сотрудничества в энергетике.", ("both", "discuss")),
    (9, "touch"): ("Затронуты вопросы региональной безопасности.", ("both", "touch")),
    (10, "exchange"): ("Состоялся обмен мнениями по ситуации в Афганистане.", ("both", "exchange")),
    (11, "express"): (
        "Выражена взаимная заинтересованность в росте товарооборота.",
        ("both", "express"),
    ),
    (12, "agree"): ("Условлено поддерживать контакты на различных уровнях.", ("both", "agree")),
    (13, "talk"): ("Говорили также о подготовке к саммиту.", ("both", "talk")),
    (14, "exchange"): (
        "Лидеры обменялись мнениями о подготовке саммита ШОС.",
        ("both", "exchange"),
    ),
    (15, "say"): (
        "В телеграмме, в частности, говорится о вкладе юбиляра в дружбу народов.",
        (PUTIN, "say"),
    ),
    (16, "note"): (
        "Владимир Путин отметил, что товарооборот между странами растёт.",
        (PUTIN, "note"),
    ),
    (17, "stress"): (
        "Шавкат Мирзиёев подчеркнул важность энергетических проектов.",
        (MIRZIYOYEV, "stress"),
    ),
    (18, "say"): ("Президент России заявил, что Москва открыта к диалогу.", (PUTIN, "say")),
    (19, "express"): (
        "Шавкат Мирзиёев выразил удовлетворение итогами переговоров.",
        (MIRZIYOYEV, "express"),
    ),
    (20, "thank"): ("Шавкат Мирзиёев поблагодарил за тёплые слова.", (MIRZIYOYEV, "thank")),
    (21, "congratulate"): (
        "Владимир Путин поздравил узбекского коллегу с праздником.",
        (PUTIN, "congratulate"),
    ),
    (22, "wish"): (
        "Российский лидер пожелал узбекскому коллеге крепкого здоровья.",
        (PUTIN, "wish"),
    ),
    (23, "invite"): (
        "Владимир Путин пригласил узбекского коллегу на форум в Казань.",
        (PUTIN, "invite"),
    ),
    (24, "accept"): (
        "Шавкат Мирзиёев с благодарностью принял приглашение.",
        (MIRZIYOYEV, "accept"),
    ),
    (25, "agree"): ("Президенты договорились о новой встрече.", ("both", "agree")),
    (26, "discuss"): ("Собеседники обсудили вопросы энергетики.", ("both", "discuss")),
    (27, "confirm"): (
        "Шавкат Мирзиёев подтвердил намерение посетить Россию.",
        (MIRZIYOYEV, "confirm"),
    ),
    (28, "praise"): (
        "Владимир Путин высоко оценил работу межправительственной комиссии.",
        (PUTIN, "praise"),
    ),
    (29, "assess"): (
        "Главы государств положительно оценили динамику товарооборота.",
        ("both", "assess"),
    ),
    (30, "inform"): (
        "Шавкат Мирзиёев проинформировал о ходе реформ в республике.",
        (MIRZIYOYEV, "inform"),
    ),
    (31, "send"): ("Владимир Путин также направил приветствие участникам форума.", (PUTIN, "send")),
    (32, "focus"): ("Президенты уделили особое внимание вопросам транспорта.", ("both", "focus")),
}
MESSAGE = (
    "Поздравление Шавкату Мирзиёеву",
    "Владимир Путин направил поздравительную телеграмму Президенту Узбекистана Шавкату Мирзиёеву.",
)
SCENES = {(15, "say"): MESSAGE}  # "говорится в телеграмме": the one who sent it


def statements_of(ex: Extraction, sentence: str) -> list[tuple[str, str]]:
    return [(s.speaker, s.act) for s in ex.statements if s.evidence.text == sentence]


REPORTING_BUGS: dict[tuple[int, str], str] = {}


@pytest.mark.parametrize("row", table_cases("reporting", REPORTING, REPORTING_BUGS))
def test_each_reporting_row_names_speaker_and_act(row):
    sentence, want = case_of(row, REPORTING, "ru/reporting.tsv")
    ex = read(sentence, SCENES.get((row.line, row.name), CALL))
    assert statements_of(ex, sentence) == [want]
    if want[0] == "both":
        assert {PUTIN, MIRZIYOYEV} == set(ex.statements[-1].speakers)


@pytest.mark.parametrize(
    "scene, place",
    [
        pytest.param(KREMLIN_TALKS, "Moscow", id="talks-in-the-Kremlin"),
        pytest.param(VISIT, "Moscow", id="arrived-in-Moscow"),
    ],
)
def test_location(scene, place):
    assert read("", scene).event.location == place


def test_an_office_of_one_state_does_not_swallow_the_next_name():
    lead = (
        "По просьбе Президента Узбекистана Владимир Путин провёл телефонный разговор "
        "с Шавкатом Мирзиёевым."
    )
    assert read("", (CALL[0], lead)).event.initiator == MIRZIYOYEV


def test_the_impersonal_house_style_is_both_sides_speaking():
    ex = read("Обсуждены вопросы поставок энергоносителей. Затронуты транспортные темы.")
    assert said(ex) == [("both", "discuss"), ("both", "touch")]
    assert all(set(s.speakers) == {PUTIN, MIRZIYOYEV} for s in ex.statements)


def test_the_impersonal_feminine_form_is_both_sides_speaking():
    assert said(read("Затронута тема транспортных коридоров.")) == [("both", "touch")]


def test_a_quotation_is_attributed_after_its_dash():
    sentence = "«Мы ценим дружбу с узбекским народом», – подчеркнул Владимир Путин."
    ex = read(sentence)
    assert statements_of(ex, sentence) == [(PUTIN, "stress")]


def test_you_in_reported_speech_is_the_one_spoken_to():
    ex = read("Владимир Путин сказал: «Хочу поздравить Вас с юбилеем».")
    assert (PUTIN, "congratulates", MIRZIYOYEV) in triples(ex)
    assert said(ex) == [(PUTIN, "say")]


def test_he_points_back_to_the_last_speaker():
    ex = read(
        "Шавкат Мирзиёев подчеркнул важность транспортных проектов. "
        "Он также поблагодарил российскую сторону за поддержку."
    )
    assert (MIRZIYOYEV, "thanks", RU) in triples(ex)
    assert said(ex) == [(MIRZIYOYEV, "stress"), (MIRZIYOYEV, "thank")]


TOKAYEV = "Kassym-Jomart Tokayev"
ASTANA_CALL = (
    "Телефонный разговор с Президентом Казахстана",
    "Владимир Путин провёл телефонный разговор с Президентом Казахстана Касым-Жомартом Токаевым.",
)


@pytest.mark.parametrize(
    "sentence, want",
    [
        ("Владимир Путин поблагодарил Касым-Жомарта Токаева за гостеприимство.", "thanks"),
        ("Владимир Путин отметил высокий авторитет Токаева в регионе.", "praises"),
        ("Владимир Путин выразил соболезнования Касым-Жомарту Токаеву.", "condoles"),
        ("Владимир Путин передал поздравления Токаеву.", "congratulates"),
        ("Владимир Путин выразил готовность к сотрудничеству с Токаевым.", "cooperatesWith"),
        (
            "Владимир Путин подчеркнул важность сотрудничества с Касым-Жомартом Токаевым.",
            "cooperatesWith",
        ),
    ],
    ids=[
        "accusative",
        "genitive",
        "dative",
        "dative-surname",
        "instrumental-surname",
        "instrumental",
    ],
)
def test_case_forms_of_a_name_are_one_actor(sentence, want):
    ex = read(sentence, ASTANA_CALL)
    assert set(ex.event.participants) == {PUTIN, TOKAYEV}
    assert (PUTIN, want, TOKAYEV) in triples(ex)


def test_russian_belarusian_names_both_states():
    ex = read(
        "Лидеры отметили успешную работу российско-белорусских совместных предприятий.",
        (
            "Телефонный разговор с Александром Лукашенко",
            "Состоялся телефонный разговор Владимира Путина с Президентом Белоруссии "
            "Александром Лукашенко.",
        ),
    )
    assert set(ex.event.participants) == {PUTIN, "Alexander Lukashenko"}
    assert {(RU, "cooperatesWith", "Belarus"), ("Belarus", "cooperatesWith", RU)} <= triples(ex)
    assert said(ex) == [("both", "note")]


@pytest.mark.parametrize(
    "lead, published, day",
    [
        (
            "МОСКВА, 7 мая. /ТАСС/. Владимир Путин провёл телефонный разговор с Президентом "
            "Узбекистана Шавкатом Мирзиёевым.",
            "2024-05-08",
            "2024-05-07",
        ),
        (
            "8 мая Владимир Путин провёл телефонный разговор с Президентом Узбекистана Шавкатом "
            "Мирзиёевым.",
            "2024-05-10",
            "2024-05-08",
        ),
        (
            "Во вторник Владимир Путин провёл телефонный разговор с Президентом Узбекистана "
            "Шавкатом Мирзиёевым.",
            "2024-05-08",
            "2024-05-07",
        ),
        (
            "Владимир Путин провёл телефонный разговор с Президентом Узбекистана Шавкатом "
            "Мирзиёевым.",
            "2024-05-08",
            "2024-05-08",
        ),
    ],
    ids=["dateline", "day-month", "weekday", "publication"],
)
def test_event_date(lead, published, day):
    ex = read("", (CALL[0], lead), published=published)
    assert ex.event.date == day
    assert set(ex.event.participants) == {PUTIN, MIRZIYOYEV}


def test_a_hypothetical_gives_nothing():
    ex = read(
        "Владимир Путин отметил, что было бы полезно расширить сотрудничество с Узбекистаном."
    )
    assert {t for t in triples(ex) if t[1] != "leaderOf"} == set()
    assert said(ex) == [(PUTIN, "note")]


ENGLISH = (
    "Telephone conversation with President of Uzbekistan Shavkat Mirziyoyev\n\n"
    "Vladimir Putin had a telephone conversation with President of Uzbekistan "
    "Shavkat Mirziyoyev.\n\n"
    "The President of Russia stressed the importance of cooperation with Uzbekistan.\n"
)


def test_russian_and_english_versions_name_the_same_actors():
    from kg.rdf.iris import actor_iri

    ru = read("Президент России подчеркнул важность сотрудничества с Узбекистаном.")
    en = extract(Readout("en-case", ENGLISH, published=PUBLISHED, publisher=KREMLIN))
    assert set(ru.event.participants) == set(en.event.participants) == {PUTIN, MIRZIYOYEV}
    assert ru.event.type == en.event.type == "PhoneCall"
    names = {PUTIN, MIRZIYOYEV, RU, UZ}
    assert names <= set(ru.actors) and names <= set(en.actors)
    assert {actor_iri(n, ru.actors[n]) for n in names} == {
        actor_iri(n, en.actors[n]) for n in names
    }


@pytest.mark.parametrize(
    "sides", ["Стороны", "Главы государств", "Собеседники", "Президенты", "Лидеры двух стран"]
)
def test_the_sides_speak_together(sides):
    sentence = f"{sides} подчеркнули важность энергетического диалога."
    ex = read(sentence)
    assert statements_of(ex, sentence) == [("both", "stress")]
    assert set(ex.statements[0].speakers) == {PUTIN, MIRZIYOYEV}
