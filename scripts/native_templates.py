"""Templates of the generated Chinese and Russian readouts (see native_readouts.py).

Written for the bench: each sentence says what readouts say (reporting verbs, the sides,
thanks, support, cooperation, frameworks, condolences, invitations) in wording of our own.
"""

from __future__ import annotations

import random

from kg.extract.native.ru import GENITIVE, morph

ZH_TITLE = {
    "PhoneCall": "{A}同{Bst}{Bo}{B}通电话",
    "Meeting": "{A}会见{Bst}{Bo}{B}",
    "VideoCall": "{A}同{Bst}{Bo}{B}举行视频会晤",
    "Message": "{A}致电祝贺{Bst}{Bo}{B}",
    "Visit": "{Bst}{Bo}{B}抵达北京开始国事访问",
}
ZH_LEAD = {
    "PhoneCall": "{dl}{Ao}{A}{when}{ask}同{Bst}{Bo}{B}通电话。",
    "Meeting": "{dl}{Ao}{A}{when}在人民大会堂会见{Bst}{Bo}{B}。",
    "VideoCall": "{dl}{Ao}{A}{when}在北京同{Bst}{Bo}{B}举行视频会晤。",
    "Message": "{dl}{Ao}{A}{when}致电{Bst}{Bo}{B}，祝贺{Bst}国庆。",
    "Visit": "{dl}应{Ao}{A}邀请，{Bst}{Bo}{B}{when}抵达北京，开始对中国进行国事访问。",
}
ZH_BODY = (
    "{A}指出，{As}愿同{Bs}加强{field}领域合作，推动两国关系不断向前发展。",
    "{A}强调，{As}始终从战略高度看待两国关系，支持{Bs}走符合本国国情的发展道路。",
    "{B}表示，{Bs}高度赞赏{As}在国际事务中发挥的建设性作用。",
    "{B}感谢{As}长期以来提供的宝贵帮助，表示{Bs}坚定奉行一个中国政策。",
    "双方就共同关心的国际和地区问题交换了意见。",
    "两国元首一致同意，在{org}框架内保持密切沟通和协调。",
    "{A}说，双方要以明年建交周年为契机，深化{field}和人文交流合作。",
    "{B}表示，期待同{As}在{field}领域的合作取得更多成果。",
    "{A}对{Bst}近期自然灾害造成的人员伤亡表示深切慰问。",
    "{B}重申，{Bs}愿同{As}携手应对全球性挑战，共同维护{org}的权威。",
    "{A}邀请{B}明年出席在北京举行的国际合作论坛，{B}愉快接受邀请。",
    "{B}介绍了{Bst}国内形势和经济发展规划。",
    "双方同意加强在{org}等多边机制中的协作，反对单边主义和保护主义。",
    "{B}表示，{Bs}愿同{As}一道推动{org}成员之间的{field}合作。",
    "{A}强调，当前国际形势复杂多变，我愿同你保持战略沟通，共同维护地区和平稳定。",
    "{B}说，{Bs}欢迎更多中国企业赴{Bst}投资兴业，愿为双方人员往来提供便利。",
    "{A}祝贺{Bst}成功举办国际博览会，相信在总统先生领导下，{Bst}必将取得更大发展成就。",
    "{B}表示，如果条件成熟，{Bs}愿意承办下一届部长级会议。",
    "{A}希望双方进一步扩大{field}合作规模。",
)
ZH_PAIR = (
    "{A}指出，{pair}关系保持健康稳定发展势头，政治互信不断加深。",
    "两国元首表示，{pair}{field}合作潜力巨大，前景广阔。",
)
ZH_FIELDS = ("经贸", "能源", "农业", "数字经济", "绿色发展", "互联互通", "科技", "教育", "卫生")
ZH_ORGS = ("联合国", "上合组织", "金砖国家", "二十国集团", "亚太经合组织", "东盟", "世界卫生组织")

RU_TITLE = {
    "PhoneCall": "Телефонный разговор с {Bo_ablt} {Bst_gent} {B_ablt}",
    "Meeting": "Встреча с {Bo_ablt} {Bst_gent} {B_ablt}",
    "VideoCall": "Переговоры с {B_ablt} в режиме видеоконференции",
    "Message": "Поздравление {Bo_datv} {Bst_gent} {B_datv}",
    "Visit": "Визит {Bo_gent} {Bst_gent} в Россию",
}
RU_LEAD = {
    "PhoneCall": "{dl}{A} провёл телефонный разговор с {Bo_ablt} {Bst_gent} {B_ablt}.{ask}",
    "Meeting": "{dl}{A} провёл в Кремле встречу с {Bo_ablt} {Bst_gent} {B_ablt}.",
    "VideoCall": "{dl}{A} провёл переговоры с {Bo_ablt} {Bst_gent} {B_ablt} "
    "в режиме видеоконференции.",
    "Message": "{dl}{A} направил поздравительную телеграмму {Bo_datv} {Bst_gent} {B_datv} "
    "по случаю национального праздника.",
    "Visit": "{dl}{Bo} {Bst_gent} {B} прибыл в Россию с официальным визитом "
    "по приглашению {A_gent}.",
}
RU_BODY = (
    "Обсуждены актуальные вопросы двустороннего сотрудничества в {field_f} сфере.",
    "Затронуты вопросы региональной безопасности.",
    "{A} поблагодарил {B_gent} за тёплые поздравления.",
    "{B} выразил признательность российской стороне за поддержку.",
    "Стороны подчеркнули важность совместной работы в рамках {org}.",
    "Собеседники обменялись мнениями по международной повестке дня.",
    "{A} подтвердил готовность к дальнейшему наращиванию взаимодействия с {Bst_ablt}.",
    "«Мы высоко ценим сложившийся уровень партнёрства», – подчеркнул {A}.",
    "{B} проинформировал о ходе экономических реформ.",
    "Стороны условились продолжить контакты.",
    "{A} высоко оценил вклад {Bst_gent} в укрепление стабильности в регионе.",
    "Условлено о проведении очередного заседания межправительственной комиссии.",
    "{B} пригласил {A_gent} посетить {Bst_accs} с визитом.",
    "{A} выразил глубокие соболезнования в связи с жертвами наводнения.",
    "Собеседники положительно оценили динамику товарооборота.",
    "{B} отметил заинтересованность в расширении поставок российской продукции.",
    "Стороны договорились о новой встрече в ближайшее время.",
    "{A} пожелал {B_datv} крепкого здоровья и успехов.",
    "Выражена взаимная заинтересованность в развитии {field_g} сотрудничества.",
    "{A} поддержал инициативы {Bst_gent} по развитию региональной торговли.",
    "{A} отметил, что было бы полезно чаще проводить консультации на уровне экспертов.",
    "Также обсуждено взаимодействие {adj_f_gent} и российской сторон в {org}.",
)
RU_FIELDS = ("энергетическ", "торгово-экономическ", "гуманитарн", "транспортн", "инвестиционн")
RU_ORGS = ("ООН", "ШОС", "БРИКС", "СНГ", "ЕАЭС", "ОДКБ", "АСЕАН")
MONTHS_GEN = {n: w for w, n in GENITIVE.items()}


def compose(lang: str, a, b, day: str, rng: random.Random) -> str:
    """Title, lead and body paragraphs of one readout, 300 to 1500 characters."""
    kind = rng.choice(("PhoneCall", "Meeting", "VideoCall", "Message", "Visit"))
    slots = (_zh_slots if lang == "zh" else _ru_slots)(a, b, day, rng)
    title = (ZH_TITLE if lang == "zh" else RU_TITLE)[kind].format(**slots)
    lead = (ZH_LEAD if lang == "zh" else RU_LEAD)[kind].format(**slots)
    body = list(ZH_BODY + (ZH_PAIR if b.abbr else ()) if lang == "zh" else RU_BODY)
    rng.shuffle(body)
    target, join = rng.randint(300, 1500), ("" if lang == "zh" else " ")
    paras, size = [], len(title) + len(lead) + 2
    while body and size < target:
        take = min(len(body), rng.randint(1, 3))
        para = join.join(_fill(body.pop(), slots, lang, rng) for _ in range(take))
        if size + len(para) + 2 > 1500:
            break
        paras.append(para)
        size += len(para) + 2
    return "\n\n".join([title, lead, *paras]) + "\n"


def _fill(template: str, slots: dict, lang: str, rng: random.Random) -> str:
    if lang == "zh":
        extra = {"field": rng.choice(ZH_FIELDS), "org": rng.choice(ZH_ORGS)}
    else:
        stem = rng.choice(RU_FIELDS)
        extra = {
            "field_f": stem + "ой",  # feminine genitive and prepositional
            "field_g": stem + "ого",  # neuter genitive
            "org": rng.choice(RU_ORGS),
        }
    return template.format(**slots, **extra)


def _zh_slots(a, b, day: str, rng: random.Random) -> dict:
    m, d = int(day[5:7]), int(day[8:10])
    dateline = rng.random() < 0.5
    return {
        "A": a.name, "Ao": a.office, "B": b.short, "Bo": b.office, "Bst": b.state,
        "As": "中方", "Bs": b.adjective, "pair": "中" + b.abbr,
        "dl": f"新华社北京{m}月{d}日电 " if dateline else f"{m}月{d}日，",
        "when": f"{d}日" if dateline and rng.random() < 0.5 else "",
        "ask": "应约" if rng.random() < 0.3 else "",
    }  # fmt: skip


def _ru_slots(a, b, day: str, rng: random.Random) -> dict:
    month = MONTHS_GEN[int(day[5:7])]
    roll = rng.random()
    dl = (
        f"МОСКВА, {int(day[8:10])} {month}. /ТАСС/. "
        if roll < 0.3
        else f"{int(day[8:10])} {month} "
        if roll < 0.6
        else ""
    )
    adj_f_gent = inflect(b.adjective, "gent", "femn")
    out = {
        "A": a.name, "A_gent": inflect(a.name, "gent"), "B": b.name, "Bo": b.office,
        "Bst": b.state, "adj_f_gent": adj_f_gent, "dl": dl,
        "ask": f" Разговор состоялся по инициативе {adj_f_gent} стороны." if roll > 0.8 else "",
    }  # fmt: skip
    for case in ("gent", "datv", "ablt"):
        out[f"B_{case}"] = inflect(b.name, case)
        out[f"Bo_{case}"] = inflect(b.office, case, first_only=True)
    for case in ("gent", "ablt", "accs"):
        out[f"Bst_{case}"] = inflect(b.state, case)
    return out


def inflect(phrase: str, case: str, gender: str | None = None, first_only: bool = False) -> str:
    """``phrase`` in ``case`` word by word (the head word only for an office: "Министр
    иностранных дел"), as pymorphy3 inflects it; a word it cannot inflect stays as written."""
    words = phrase.split(" ")
    for i, word in enumerate(words[:1] if first_only else words):
        parts = word.split("-")
        k = len(parts) - 1 if first_only else None  # "Премьер-министр": the last part declines
        words[i] = "-".join(
            _word(p, case, gender) if k is None or j == k else p for j, p in enumerate(parts)
        )
    return " ".join(words)


def _word(word: str, case: str, gender: str | None) -> str:
    if not word or not word[0].isalpha() or word.isupper():
        return word
    tags = {case} | ({gender} if gender else set())
    for parse in morph().parse(word):
        if "nomn" not in parse.tag:
            continue
        form = parse.inflect(tags)
        if form is not None:
            out = form.word
            return out[:1].upper() + out[1:] if word[:1].isupper() else out
    return word
