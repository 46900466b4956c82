"""Russian: words and their lemmas (pymorphy3), datelines, '8 мая' and weekday dates."""

from __future__ import annotations

import datetime as dt
import re
from functools import cache, lru_cache

from kg.extract.native.sentence import Sent

TOKEN = re.compile(r"[^\W_]+|[^\w\s]", re.UNICODE)
# A sentence ends at . ! ? … before a capital, a quotation mark or a dash, not after an initial.
END = re.compile(r"(?<!\b[А-ЯЁA-Z])([.!?…]+[»\"”]?)(?=\s+[«\"“–—-]?\s*[А-ЯЁA-Z0-9«\"“])|\n\s*\n|\n")
GENITIVE = {
    "января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6,
    "июля": 7, "августа": 8, "сентября": 9, "октября": 10, "ноября": 11, "декабря": 12,
}  # fmt: skip
DATE = re.compile(
    r"\b(\d{1,2})\s+(" + "|".join(GENITIVE) + r")(?:\s+(\d{4})\s*(?:г\.|года?)?)?", re.I
)
WEEKDAYS = {
    "понедельник": 0, "вторник": 1, "среду": 2, "среда": 2, "четверг": 3,
    "пятницу": 4, "пятница": 4, "субботу": 5, "суббота": 5, "воскресенье": 6,
}  # fmt: skip
WEEKDAY = re.compile(r"\bв(?:о)?\s+(" + "|".join(WEEKDAYS) + r")\b", re.I)
# "МОСКВА, 12 марта. /ТАСС/.", "АСТАНА, 3 марта — Sputnik.", "9 октября, Минск /Корр. БЕЛТА/."
DATELINE = re.compile(
    r"^\s*(?:[А-ЯЁ][А-ЯЁ\- ]{2,30},\s*\d{1,2}\s+[а-я]+\s*"
    r"(?:\.\s*/[^/\n]{1,40}/\s*\.?|[—–-]\s*[\w .]{2,30}?\.)"
    r"|\d{1,2}\s+[а-я]+,\s*[А-ЯЁ][а-яё\- ]{2,30}\s*/[^/\n]{1,40}/\s*\.?)\s*"
)


@cache
def morph():
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang="ru")


def _e(word: str) -> str:
    return word.replace("ё", "е")


@lru_cache(maxsize=200_000)
def keys_of(word: str) -> tuple[str, frozenset[str]]:
    """The lemma the masked sentence shows and every form the word may stand for."""
    low = _e(word.lower())
    if not word[0].isalpha():
        return low, frozenset((low,))
    parses = morph().parse(word)
    forms = [_e(p.normal_form) for p in parses]
    # a participle shows as written: the impersonal "Обсуждены вопросы" is not "обсудили"
    shown = low if parses and parses[0].tag.POS in ("PRTS", "PRTF") else (forms or [low])[0]
    return shown, frozenset([low, *forms])


@lru_cache(maxsize=100_000)
def nominative(word: str) -> bool:
    """Could the word be in the nominative (so the subject of a clause)? Words the analyser
    does not decline (foreign names, abbreviations) could."""
    if not word[:1].isalpha():
        return True
    for p in morph().parse(word):
        if "nomn" in p.tag or p.tag.POS not in ("NOUN", "ADJF", "NPRO", "PRTF"):
            return True
    return False


CASES = frozenset(("nomn", "gent", "datv", "accs", "ablt", "loct"))


@lru_cache(maxsize=100_000)
def cases(word: str) -> frozenset[str]:
    """The cases the word may stand in as a person or a title (its animate readings, when it
    has any: "Владимир" is no accusative); every case for a word that does not decline."""
    found = set()
    parses = morph().parse(word)
    animate = [p for p in parses if p.tag.animacy == "anim"]
    for p in animate or parses:
        if p.tag.case is None or "Fixd" in p.tag:
            return CASES
        found.add(
            "gent" if p.tag.case in ("gen2",) else "loct" if p.tag.case == "loc2" else p.tag.case
        )
    return frozenset(found) or CASES


@lru_cache(maxsize=20_000)
def plural_verb(word: str) -> bool:
    """A verb in the plural ("договорились", "обсудили"): a subject of several."""
    return any(p.tag.POS == "VERB" and "plur" in p.tag for p in morph().parse(word))


def tokens(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in TOKEN.finditer(text)]


def sentences(text: str) -> list[Sent]:
    out: list[Sent] = []
    para, pos = 0, 0
    pieces = []
    for m in END.finditer(text):
        cut = m.end(1) if m.group(1) else m.start()
        pieces.append((pos, cut, "\n" in m.group()))
        pos = m.end()
    pieces.append((pos, len(text), False))
    merged: list[tuple[int, int, bool]] = []
    for a, b, breaks in pieces:
        prev = merged[-1] if merged else None
        if prev and not prev[2] and _only_dateline(text[prev[0] : prev[1]]):
            merged[-1] = (prev[0], b, breaks)
        else:
            merged.append((a, b, breaks))
    for a, b, breaks in merged:
        chunk = text[a:b]
        if chunk.strip():
            a += len(chunk) - len(chunk.lstrip())
            b = a + len(chunk.strip())
            out.append(_sent(text, a, b, para))
        if breaks:
            para += 1
    return out


def _sent(text: str, a: int, b: int, para: int) -> Sent:
    toks = tokens(text[a:b])
    shown, keys = [], []
    for _, _, t in toks:
        s, k = keys_of(t)
        shown.append(s)
        keys.append(k)
    return Sent(a, b, text[a:b], [t for _, _, t in toks], keys, shown, para=para)


def _only_dateline(chunk: str) -> bool:
    body = chunk.strip()
    return bool(body) and strip_dateline(body) >= len(body) - 1


def strip_dateline(text: str) -> int:
    """Characters of a leading dateline ('МОСКВА, 12 марта. /ТАСС/.') to skip."""
    m = DATELINE.match(text)
    return m.end() if m else 0


def opening(sent: Sent) -> str:
    """The first eight words, without a leading quotation mark or dateline."""
    body = sent.text[strip_dateline(sent.text) :].lstrip('«"“ ')
    return " ".join(body.split()[:8])


def first_date(text: str, published: str | None) -> str | None:
    """'8 мая' (the year from the text or the publication date), or a weekday before it."""
    m = DATE.search(text)
    if m:
        day, month, year = int(m.group(1)), GENITIVE[m.group(2).lower()], m.group(3)
        year = year or (published[:4] if published and len(published) >= 4 else None)
        if not year:
            return f"--{month:02d}-{day:02d}"
        return f"{year}-{month:02d}-{day:02d}"
    w = WEEKDAY.search(text)
    if w and published and len(published) == 10:
        pub = dt.date.fromisoformat(published)
        back = (pub.weekday() - WEEKDAYS[w.group(1).lower()]) % 7
        return (pub - dt.timedelta(days=back)).isoformat()
    if re.search(r"\bсегодня\b", text, re.I) and published and len(published) == 10:
        return published
    return None


def dateline_date(text: str, published: str | None) -> str | None:
    n = strip_dateline(text)
    return first_date(text[:n], published) if n else None
