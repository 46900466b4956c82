"""Chinese and Russian rules the mutation runs of issue 19 found untested
(scripts/RESULTS-mutants.md): a Russian verb with its subject dropped speaks for both
sides when plural and for the last speaker when singular; a Chinese sentence that opens
on a wish (希望, 盼望) states no relation.

The readouts are written for these tests (a call of Vladimir Putin, or of Xi Jinping,
with Kassym-Jomart Tokayev).
"""

from __future__ import annotations

from kg.extract import extract
from kg.model import Extraction, Readout

PUTIN, XI, TOKAYEV = "Vladimir Putin", "Xi Jinping", "Kassym-Jomart Tokayev"

CALL_RU = (
    "Телефонный разговор с Президентом Казахстана Касым-Жомартом Токаевым\n\n"
    "Владимир Путин провёл телефонный разговор с Президентом Казахстана "
    "Касым-Жомартом Токаевым.\n\n"
)
CALL_ZH = "习近平同哈萨克斯坦总统通电话\n\n国家主席习近平同哈萨克斯坦总统托卡耶夫通电话。\n\n"


def read(text: str, publisher: str) -> Extraction:
    return extract(Readout("case", text, published="2024-05-08", publisher=publisher))


def test_a_dropped_subject_is_both_sides_when_the_verb_is_plural_and_one_when_singular():
    ex = read(
        CALL_RU + "Владимир Путин подчеркнул значение энергетического сотрудничества. "
        "Отметил также рост взаимной торговли. "
        "Договорились продолжить контакты на разных уровнях.\n",
        "Kremlin",
    )
    said = [(s.speaker, s.act, set(s.speakers)) for s in ex.statements]
    assert said == [
        (PUTIN, "stress", set()),
        (PUTIN, "note", set()),
        ("both", "agree", {PUTIN, TOKAYEV}),
    ]


def test_a_sentence_opening_on_a_wish_states_no_relation():
    ex = read(
        CALL_ZH + "托卡耶夫说，哈方感谢中方的支持。希望习近平主席访问哈萨克斯坦。"
        "盼望中方继续支持哈方。\n",
        "Xinhua",
    )
    got = {(r.subject, r.relation, r.object) for r in ex.relations}
    assert ("Kazakhstan", "thanks", "China") in got
    assert not {t for t in got if t[1] in ("visits", "supports")}
