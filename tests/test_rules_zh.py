"""Rules of the Chinese extractor (issue 18) on readouts written for these tests.

Each case is a short readout: a title, a blank line, a lead naming the two participants, then
the sentence under test in a paragraph of its own, read through ``kg.extract.extract`` with a
publication date and a publisher. The cue, event, initiator and reporting rows are checked one
by one: the cases are generated from the tables in kg/data/lexicon/zh/ and look up their
sentence by the row's line and name, so a row added without a sentence fails, and so does a
sentence whose row has moved or gone. No sentence here comes from ../shared.
"""

from __future__ import annotations

from typing import NamedTuple

import pytest

from kg.extract import extract
from kg.extract.native.tables import Row, rows
from kg.model import Extraction, Readout

PUBLISHED = "2024-05-08"
XINHUA = "Xinhua News Agency"
MFA = "Ministry of Foreign Affairs of the People's Republic of China"
XI, TOKAYEV = "Xi Jinping", "Kassym-Jomart Tokayev"
CN, KZ, SCO = "China", "Kazakhstan", "Shanghai Cooperation Organization"

# (title, lead): the two participants are Xi Jinping and Kassym-Jomart Tokayev.
CALL = ("习近平同托卡耶夫通电话", "国家主席习近平同哈萨克斯坦总统托卡耶夫通电话。")
ASTANA = (
    "习近平在阿斯塔纳同托卡耶夫举行会谈",
    "国家主席习近平在阿斯塔纳同哈萨克斯坦总统托卡耶夫举行会谈。",
)
BEIJING = (
    "习近平在北京会见托卡耶夫",
    "国家主席习近平在人民大会堂会见哈萨克斯坦总统托卡耶夫。",
)


def read(
    body: str,
    scene: tuple[str, str] = CALL,
    published: str | None = PUBLISHED,
    publisher: str | None = XINHUA,
) -> Extraction:
    """The readout of ``scene`` with ``body`` as its own paragraph after the lead."""
    title, lead = scene
    text = f"{title}\n\n{lead}\n\n{body}\n" if body else f"{title}\n\n{lead}\n"
    return extract(Readout("zh-case", text, published=published, publisher=publisher))


def triples(ex: Extraction) -> set[tuple[str, str, str]]:
    return {(r.subject, r.relation, r.object) for r in ex.relations}


def said(ex: Extraction) -> list[tuple[str, str]]:
    return [(s.speaker, s.act) for s in ex.statements]


class Case(NamedTuple):
    sentence: str
    want: tuple[str, str, str]
    scene: tuple[str, str] = CALL


# One sentence per row of zh/cues.tsv, keyed by (line, relation).
CUES: dict[tuple[int, str], Case] = {
    (15, "congratulates"): Case(
        "习近平代表中国政府向托卡耶夫表示热烈祝贺。", (XI, "congratulates", TOKAYEV)
    ),
    (16, "congratulates"): Case(
        "习近平祝贺哈萨克斯坦成功主办今年的国际能源论坛。", (XI, "congratulates", KZ)
    ),
    (17, "congratulates"): Case(
        "习近平同托卡耶夫互致贺电，庆祝两国建交周年。", (TOKAYEV, "congratulates", XI)
    ),
    (18, "congratulates"): Case(
        "今年恰逢两国建交周年，两国元首互致贺信。", (TOKAYEV, "congratulates", XI)
    ),
    (19, "thanks"): Case("托卡耶夫感谢中方对哈萨克斯坦青年学者的关心。", (TOKAYEV, "thanks", CN)),
    (20, "thanks"): Case("托卡耶夫对中方在哈举办文化年活动表示感谢。", (TOKAYEV, "thanks", CN)),
    (21, "assists"): Case("托卡耶夫感谢中方在洪灾期间及时提供的紧急援助。", (CN, "assists", KZ)),
    (22, "assists"): Case("托卡耶夫感谢中方对抗洪救灾工作大力支援。", (CN, "assists", KZ)),
    (23, "assists"): Case("习近平表示，中方愿向哈方提供力所能及的援助。", (CN, "assists", KZ)),
    (24, "supports"): Case("托卡耶夫表示，哈方坚定支持中方维护国家主权。", (KZ, "supports", CN)),
    (25, "supports"): Case(
        "托卡耶夫说，哈方对中方为维护地区稳定所作努力表示全力支持。", (KZ, "supports", CN)
    ),
    (26, "supports"): Case(
        "双方同意继续在涉及彼此核心利益的问题上相互坚定支持。", (CN, "supports", KZ)
    ),
    (27, "supports"): Case(
        "两国元首表示，双方将共同维护联合国的权威。", (KZ, "supports", "United Nations")
    ),
    (28, "supports"): Case("习近平表示，中方愿为哈方提供更多支持。", (CN, "supports", KZ)),
    (29, "opposes"): Case("习近平指出，中方反对北约在亚太地区扩张势力。", (CN, "opposes", "NATO")),
    (30, "criticizes"): Case(
        "托卡耶夫谴责以色列对难民营的空袭。", (TOKAYEV, "criticizes", "Israel")
    ),
    (31, "urges"): Case(
        "习近平指出，中方敦促美方切实履行在气候问题上的承诺。", (CN, "urges", "United States")
    ),
    (32, "urges"): Case("双方主张由联合国发挥核心协调作用。", (KZ, "urges", "United Nations")),
    (33, "invites"): Case("习近平邀请托卡耶夫明年出席在北京举行的论坛。", (XI, "invites", TOKAYEV)),
    (34, "invites"): Case(
        "应习近平邀请，托卡耶夫将于九月出席论坛开幕式。", (XI, "invites", TOKAYEV)
    ),
    (35, "visits"): Case(
        "托卡耶夫表示，期待今年晚些时候对中国进行国事访问。", (TOKAYEV, "visits", CN)
    ),
    (36, "visits"): Case("习近平说，欢迎托卡耶夫总统明年再次访问中国。", (TOKAYEV, "visits", CN)),
    (37, "visits"): Case("托卡耶夫将于下月来华出席博览会开幕式。", (TOKAYEV, "visits", CN)),
    (38, "hosts"): Case("托卡耶夫在机场热情迎接。", (TOKAYEV, "hosts", XI), ASTANA),
    (39, "hosts"): Case(
        "托卡耶夫在总统府为习近平举行隆重欢迎仪式。", (TOKAYEV, "hosts", XI), ASTANA
    ),
    (40, "hosts"): Case(
        "习近平同前来出席博览会开幕式的托卡耶夫亲切交谈。", (XI, "hosts", TOKAYEV), BEIJING
    ),
    (41, "praises"): Case(
        "托卡耶夫高度赞赏中方在地区事务中发挥的建设性作用。", (TOKAYEV, "praises", CN)
    ),
    (42, "praises"): Case(
        "习近平对哈方为筹备本次峰会所做的周到安排表示赞赏。", (XI, "praises", KZ)
    ),
    (43, "condoles"): Case(
        "习近平代表中国政府和人民向哈方遇难者家属表示深切慰问。", (XI, "condoles", KZ)
    ),
    (44, "condoles"): Case(
        "托卡耶夫对中方在地震中遭受的人员伤亡表示诚挚慰问。", (TOKAYEV, "condoles", CN)
    ),
    (45, "cooperatesWith"): Case(
        "中方愿同哈方深化能源和互联互通领域合作。", (CN, "cooperatesWith", KZ)
    ),
    (46, "cooperatesWith"): Case("哈方愿同中方携手应对地区安全挑战。", (KZ, "cooperatesWith", CN)),
    (47, "cooperatesWith"): Case(
        "习近平表示，中方愿同哈方保持经常性沟通。", (CN, "cooperatesWith", KZ)
    ),
    (48, "cooperatesWith"): Case(
        "托卡耶夫期待与中方在绿色能源领域的合作取得更多成果。", (TOKAYEV, "cooperatesWith", CN)
    ),
    (49, "cooperatesWith"): Case("中哈能源合作潜力巨大。", (KZ, "cooperatesWith", CN)),
    (50, "cooperatesWith"): Case("双方同意进一步加强人文交流合作。", (KZ, "cooperatesWith", CN)),
    (51, "cooperatesVia"): Case("双方将在上合组织框架内密切配合。", (KZ, "cooperatesVia", SCO)),
    (52, "cooperatesVia"): Case(
        "双方愿依托上合组织机制下的各项对话平台保持沟通。", (CN, "cooperatesVia", SCO)
    ),
    (53, "memberOf"): Case(
        "作为上合组织成员国，中哈两国应加强在反恐领域的协作。", (KZ, "memberOf", SCO)
    ),
    (54, "memberOf"): Case("中国和哈萨克斯坦同为上合组织成员国。", (KZ, "memberOf", SCO)),
    (55, "praises"): Case(
        "习近平介绍了中方推进高水平对外开放的举措，托卡耶夫对此表示赞赏。",
        (TOKAYEV, "praises", XI),
    ),
    (56, "praises"): Case(
        "习近平表示，在总统先生领导下，哈萨克斯坦经济社会发展取得显著成就。", (XI, "praises", KZ)
    ),
    (57, "cooperatesWith"): Case(
        "两国元首积极评价双边合作取得的进展。", (CN, "cooperatesWith", KZ)
    ),
    (58, "memberOf"): Case(
        "托卡耶夫说，包括哈萨克斯坦在内的上合组织成员国愿意分享发展经验。", (KZ, "memberOf", SCO)
    ),
    (59, "supports"): Case("托卡耶夫表示，哈方高度认同中方提出的主张。", (KZ, "supports", CN)),
    (60, "praises"): Case(
        "托卡耶夫表示，哈中友谊历久弥新。中方在维护地区和平稳定方面发挥了重要作用。",
        (TOKAYEV, "praises", CN),
    ),
    (61, "thanks"): Case("托卡耶夫感激中方在疫情期间给予的宝贵帮助。", (TOKAYEV, "thanks", CN)),
    (62, "cooperatesWith"): Case(
        "两国元首一致同意将双边关系提升为全面战略伙伴关系。", (TOKAYEV, "cooperatesWith", XI)
    ),
    (63, "visits"): Case(
        "习近平会见了来华出席博览会的托卡耶夫。", (TOKAYEV, "visits", CN), BEIJING
    ),
    (64, "cooperatesVia"): Case(
        "中方愿同哈方在上海合作组织中协调立场。", (CN, "cooperatesVia", SCO)
    ),
}


# Rows whose sentence says what the row should give but the extractor gets wrong today;
# strict, so the mark must go the day the rule is fixed.
CUE_BUGS: dict[tuple[int, str], str] = {}


def table_cases(name: str, cases: dict, bugs: dict | None = None) -> list:
    """One case per row of zh/<name>.tsv, then one per sentence whose row is gone."""
    table = rows("zh", name)
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
    case = case_of(row, CUES, "zh/cues.tsv")
    ex = read(case.sentence, case.scene)
    got = {(r.subject, r.relation, r.object): r.rule for r in ex.relations}
    assert case.want in got, f"{case.sentence} gives {sorted(got)}"
    assert got[case.want] == row.rule, f"{case.want} came from {got[case.want]}"


class Scene(NamedTuple):
    title: str
    lead: str
    published: str
    want: dict  # the Event's fields that must hold


# One readout per row of zh/events.tsv: the event's type, date, participants and place.
EVENTS: dict[tuple[int, str], Scene] = {
    (5, "VideoCall"): Scene(
        "习近平同托卡耶夫举行视频会晤",
        "国家主席习近平5月7日在北京同哈萨克斯坦总统托卡耶夫举行视频会晤。",
        PUBLISHED,
        {"date": "2024-05-07", "location": None},
    ),
    (6, "PhoneCall"): Scene(*CALL, PUBLISHED, {"date": PUBLISHED, "location": None}),
    (7, "Message"): Scene(
        "习近平致电祝贺托卡耶夫",
        "国家主席习近平致电哈萨克斯坦总统托卡耶夫，祝贺他再次当选。",
        PUBLISHED,
        {"date": PUBLISHED, "location": None},
    ),
    (8, "Meeting"): Scene(*BEIJING, PUBLISHED, {"date": PUBLISHED, "location": "Beijing"}),
    (9, "Visit"): Scene(
        "托卡耶夫到访上海",
        "哈萨克斯坦总统托卡耶夫5月6日抵达上海，国家主席习近平将于次日同其举行会谈。",
        PUBLISHED,
        {"date": "2024-05-06", "location": "Shanghai"},
    ),
}


@pytest.mark.parametrize("row", table_cases("events", EVENTS))
def test_each_event_row_gives_its_type(row):
    scene = case_of(row, EVENTS, "zh/events.tsv")
    ex = read("", (scene.title, scene.lead), published=scene.published)
    assert ex.event.type == row.name
    assert set(ex.event.participants) == {XI, TOKAYEV}
    for field, value in scene.want.items():
        assert getattr(ex.event, field) == value, field


# One readout per row of zh/initiator.tsv, and who asked for the engagement.
INITIATORS: dict[tuple[int, str], tuple[Scene, str]] = {
    (5, "initiator"): (
        Scene(
            "托卡耶夫对中国进行国事访问",
            "应国家主席习近平邀请，哈萨克斯坦总统托卡耶夫将于5月20日至22日对中国进行国事访问。",
            PUBLISHED,
            {"type": "Visit", "date": "2024-05-20"},
        ),
        XI,
    ),
    (6, "initiator"): (
        Scene(
            "习近平同托卡耶夫通电话",
            "国家主席习近平应约同哈萨克斯坦总统托卡耶夫通电话。",
            PUBLISHED,
            {"type": "PhoneCall", "date": PUBLISHED},
        ),
        TOKAYEV,
    ),
}


@pytest.mark.parametrize("row", table_cases("initiator", INITIATORS))
def test_each_initiator_row_names_who_asked(row):
    scene, who = case_of(row, INITIATORS, "zh/initiator.tsv")
    ex = read("", (scene.title, scene.lead), published=scene.published)
    assert ex.event.initiator == who
    assert set(ex.event.participants) == {XI, TOKAYEV}
    for field, value in scene.want.items():
        assert getattr(ex.event, field) == value, field


# One sentence per row of zh/reporting.tsv: its speaker (a participant or "both") and act.
REPORTING: dict[tuple[int, str], tuple[str, tuple[str, str]]] = {
    (6, "exchange"): ("习近平同托卡耶夫互致新年贺电。", ("both", "exchange")),
    (7, "exchange"): ("双方就国际和地区问题交换了意见。", ("both", "exchange")),
    (8, "send"): ("托卡耶夫随后致信习近平，感谢中方的慰问。", (TOKAYEV, "send")),
    (9, "extend"): ("托卡耶夫向中国人民致以节日问候。", (TOKAYEV, "extend")),
    (10, "say"): ("托卡耶夫表示，哈方珍视同中国的传统友谊。", (TOKAYEV, "say")),
    (11, "note"): ("习近平指出，中哈是山水相连的友好邻邦。", (XI, "note")),
    (12, "stress"): ("习近平强调，中方始终把哈萨克斯坦视为可信赖的伙伴。", (XI, "stress")),
    (13, "reiterate"): ("托卡耶夫重申，哈方坚持一个中国原则。", (TOKAYEV, "reiterate")),
    (14, "brief"): ("托卡耶夫介绍了本国经济改革的最新进展。", (TOKAYEV, "brief")),
    (15, "state"): ("习近平阐述了中方在中东问题上的原则立场。", (XI, "state")),
    (16, "thank"): ("托卡耶夫感谢习近平专门来电。", (TOKAYEV, "thank")),
    (17, "congratulate"): ("习近平祝贺托卡耶夫的政党在议会选举中获胜。", (XI, "congratulate")),
    (18, "agree"): ("两国元首一致认为，两国关系正处于历史最好时期。", ("both", "agree")),
    (19, "answer"): ("习近平回答了托卡耶夫关于进口博览会的问题。", (XI, "answer")),
    (20, "express"): ("托卡耶夫表达了对中国人民的诚挚友好情谊。", (TOKAYEV, "express")),
    (21, "hope"): ("托卡耶夫希望两国进一步扩大贸易规模。", (TOKAYEV, "hope")),
    (22, "welcome"): ("习近平欢迎哈方积极参加明年的博览会。", (XI, "welcome")),
    (23, "propose"): ("托卡耶夫提议两国共同举办投资论坛。", (TOKAYEV, "propose")),
}


def statements_of(ex: Extraction, sentence: str) -> list[tuple[str, str]]:
    return [(s.speaker, s.act) for s in ex.statements if s.evidence.text == sentence]


@pytest.mark.parametrize("row", table_cases("reporting", REPORTING))
def test_each_reporting_row_names_speaker_and_act(row):
    sentence, want = case_of(row, REPORTING, "zh/reporting.tsv")
    ex = read(sentence)
    assert statements_of(ex, sentence) == [want]
    if want[0] == "both":
        assert {XI, TOKAYEV} == set(ex.statements[-1].speakers)


def test_a_headline_and_a_lead_without_reporting_verb_are_no_statement():
    assert read("").statements == ()


def test_reported_speech_carries_over_the_paragraph_with_its_pronouns():
    """我 and 你 in Xi's speech are Xi and Tokayev; 我们 is China; the next paragraph is new."""
    ex = read(
        "习近平指出，中哈是永久全面战略伙伴。我高度赞赏你为两国关系发展作出的贡献。"
        "我愿同你一道，引领两国关系不断向前发展。"
    )
    got = triples(ex)
    assert (XI, "praises", TOKAYEV) in got
    assert (XI, "cooperatesWith", TOKAYEV) in got
    assert said(ex) == [(XI, "note")]


def test_your_country_is_the_other_side_of_the_speaker():
    ex = read("托卡耶夫说，哈方感谢贵国长期以来的宝贵帮助。")
    assert (KZ, "thanks", CN) in triples(ex)
    assert said(ex) == [(TOKAYEV, "say")]


def test_the_sides_speak_together():
    ex = read("双方一致认为，应当加强在上合组织框架内的协调。")
    assert said(ex) == [("both", "agree")]
    assert {(CN, "cooperatesVia", SCO), (KZ, "cooperatesVia", SCO)} <= triples(ex)


def test_willingness_is_intent():
    """愿同…加强合作 is cooperation (the English extractor reads 'is ready to' the same)."""
    ex = read("习近平表示，中方愿同哈方加强农业合作。")
    assert (CN, "cooperatesWith", KZ) in triples(ex)
    assert said(ex) == [(XI, "say")]


def test_hope_is_a_statement():
    assert said(read("托卡耶夫希望同中方加强农业合作。")) == [(TOKAYEV, "hope")]


def test_hope_gives_no_relation():
    """希望 is no intent (issue 18), as English 'hope' is hypothetical."""
    wish = read("托卡耶夫希望同中方加强农业合作。")
    assert not {t for t in triples(wish) if t[1] == "cooperatesWith"}


def test_a_hypothetical_gives_nothing():
    ex = read("如果中方支持哈方的倡议，两国合作将迈上新台阶。")
    assert {t for t in triples(ex) if t[1] != "leaderOf"} == set()


def test_the_consequent_of_a_hypothetical_gives_nothing():
    ex = read("如果条件成熟，哈方将同中方加强航天合作。")
    assert {t for t in triples(ex) if t[1] != "leaderOf"} == set()


def test_traditional_characters_read_as_simplified():
    ex = read(
        "雙方同意加強能源合作。",
        (
            "李克強同米舒斯京舉行視頻會晤",
            "國務院總理李克強在北京同俄羅斯總理米舒斯京舉行視頻會晤。",
        ),
        published="2021-11-30",
    )
    assert ex.event.type == "VideoCall"
    assert ex.event.participants == ("Li Keqiang", "Mikhail Mishustin")
    assert {("China", "cooperatesWith", "Russia"), ("Russia", "cooperatesWith", "China")} <= (
        triples(ex)
    )


@pytest.mark.parametrize(
    "lead, partner, state",
    [
        ("国家主席习近平同巴西总统卢拉通电话。", "Luiz Inácio Lula da Silva", "Brazil"),
        ("国务院总理李强同巴基斯坦总理夏巴兹·谢里夫通电话。", "Shehbaz Sharif", "Pakistan"),
    ],
    ids=["Brazil", "Pakistan"],
)
def test_zhong_ba_is_whichever_ba_takes_part(lead, partner, state):
    ex = read("双方表示，中巴农业合作前景广阔。巴方感谢中方提供的技术培训。", ("通电话", lead))
    assert partner in ex.event.participants
    got = triples(ex)
    assert {(CN, "cooperatesWith", state), (state, "cooperatesWith", CN)} <= got
    assert (state, "thanks", CN) in got
    other = {"Brazil", "Pakistan"} - {state}
    assert not {t for t in got if other & {t[0], t[2]}}


def test_zhong_e_names_china_and_russia():
    ex = read(
        "两国元首表示，中俄在国际事务中的战略协作不断深化。",
        ("习近平同普京通电话", "国家主席习近平同俄罗斯总统普京通电话。"),
    )
    assert {(CN, "cooperatesWith", "Russia"), ("Russia", "cooperatesWith", CN)} <= triples(ex)
    assert said(ex) == [("both", "say")]


@pytest.mark.parametrize(
    "lead, published, day",
    [
        (
            "新华社北京5月8日电 国家主席习近平同哈萨克斯坦总统托卡耶夫通电话。",
            "2024-05-10",
            "2024-05-08",
        ),
        ("5月8日，国家主席习近平同哈萨克斯坦总统托卡耶夫通电话。", "2024-05-10", "2024-05-08"),
        ("国家主席习近平15日同哈萨克斯坦总统托卡耶夫通电话。", "2024-05-16", "2024-05-15"),
        ("国家主席习近平30日同哈萨克斯坦总统托卡耶夫通电话。", "2024-06-02", "2024-05-30"),
        ("国家主席习近平同哈萨克斯坦总统托卡耶夫通电话。", "2024-05-16", "2024-05-16"),
    ],
    ids=["dateline", "month-day", "bare-day", "bare-day-last-month", "publication"],
)
def test_event_date(lead, published, day):
    ex = read("", (CALL[0], lead), published=published)
    assert ex.event.date == day
    assert ex.event.participants == (XI, TOKAYEV)


def test_a_day_written_right_after_a_name_keeps_the_name():
    ex = read("", (CALL[0], "国家主席习近平8日应约同哈萨克斯坦总统托卡耶夫通电话。"))
    assert ex.event.initiator == TOKAYEV


ENGLISH = (
    "Xi Jinping holds phone talks with Kazakh President Tokayev\n\n"
    "BEIJING, May 8 (Xinhua) -- Chinese President Xi Jinping held a phone conversation with "
    "Kazakh President Kassym-Jomart Tokayev on Wednesday.\n\n"
    "Xi said China is ready to deepen cooperation with Kazakhstan on energy.\n"
)


def test_chinese_and_english_versions_name_the_same_actors():
    """The seed-like case: one call told in both languages gives the same actors and IRIs."""
    from kg.rdf.iris import actor_iri

    zh = read("习近平表示，中方愿同哈方深化能源合作。")
    en = extract(Readout("en-case", ENGLISH, published=PUBLISHED, publisher=XINHUA))
    assert zh.event.participants == en.event.participants == (XI, TOKAYEV)
    assert zh.event.type == en.event.type == "PhoneCall"
    shared = (CN, "cooperatesWith", KZ)
    assert shared in triples(zh) and shared in triples(en)
    names = {XI, TOKAYEV, CN, KZ}
    assert names <= set(zh.actors) and names <= set(en.actors)
    assert {actor_iri(n, zh.actors[n]) for n in names} == {
        actor_iri(n, en.actors[n]) for n in names
    }
