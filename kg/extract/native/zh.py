"""Chinese: simplified characters, full-width punctuation, datelines and 月日 dates."""

from __future__ import annotations

import re
from kg.extract.native.sentence import Sent
from kg.text.simplified import simplified

PUNCT = str.maketrans("，：；！？（）“”‘’、　", ",:;!?()\"\"''、 ")
END = re.compile(r"[^。！？!?；;\n]*(?:[。！？!?；;]+[”\"’』」]?|\n|$)")
DATELINE = re.compile(
    r"^\s*(?:新华社|中新社|人民网|央视网|中国新闻网|国际在线|新华网|中国日报网|央广网)"
    r"[^\s,，。]{0,12}?(?:(\d{1,2})月)?(\d{1,2})日电"
)
MONTH_DAY = re.compile(r"(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日")
DAY = re.compile(r"(?<![\d月])(\d{1,2})日(?!电)")


def normalise(text: str) -> str:
    """Simplified characters and half-width punctuation, one character for one (offsets hold)."""
    return simplified(text).translate(PUNCT)


def sentences(text: str) -> list[Sent]:
    """Sentences end at 。！？；; a blank line starts a new paragraph."""
    norm = normalise(text)
    out: list[Sent] = []
    para = 0
    for m in END.finditer(norm):
        a, b = m.span()
        if a == b:
            continue
        chunk = norm[a:b]
        if chunk.strip() == "":
            if "\n" in chunk:
                para += 1
            continue
        lead = len(chunk) - len(chunk.lstrip())
        trail = len(chunk.rstrip())
        a, b = a + lead, a + trail
        tokens = list(norm[a:b])
        # a digit shows as "#" in the masked sentence: "习近平8日" must not read as mention 18
        shown = ["#" if t.isdigit() else t for t in tokens]
        keys = [frozenset((t,)) for t in tokens]
        out.append(Sent(a, b, text[a:b], tokens, keys, shown, para=para))
        if chunk.endswith("\n"):
            para += 1
    return out


def opening(sent: Sent) -> str:
    """The first 20 characters, without a leading quotation mark."""
    return sent.text.lstrip("\"“'‘「『 ")[:20]


def dateline_date(text: str, published: str | None) -> str | None:
    """'新华社北京5月8日电' gives May 8 of the publication year (``--05-08`` without one)."""
    m = DATELINE.search(text[:200])
    if not m:
        return None
    return _compose(None, m.group(1), m.group(2), published)


def first_date(text: str, published: str | None) -> str | None:
    """The first '5月8日' or bare '8日' (its month from the publication date)."""
    m = MONTH_DAY.search(text)
    d = DAY.search(text)
    if m and (not d or m.start() <= d.start()):
        return _compose(m.group(1), m.group(2), m.group(3), published)
    if d:
        return _compose(None, None, d.group(1), published)
    return None


def _compose(year: str | None, month: str | None, day: str, published: str | None) -> str | None:
    pub = published or ""
    if month is None:
        if len(pub) < 7:
            return None
        y, mo = pub[:4], pub[5:7]
        if int(day) > int(pub[8:10] or 31) and len(pub) == 10:  # the 30th read on the 2nd
            mo_i = int(mo) - 1 or 12
            y = str(int(y) - (1 if mo_i == 12 else 0))
            mo = f"{mo_i:02d}"
        return f"{y}-{mo}-{int(day):02d}"
    year = year or (pub[:4] if len(pub) >= 4 else None)
    if not year:
        return f"--{int(month):02d}-{int(day):02d}"
    return f"{year}-{int(month):02d}-{int(day):02d}"
