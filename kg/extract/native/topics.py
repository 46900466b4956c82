"""Topics of a Chinese or Russian readout: what the sides discussed, in the original words.

A row of ``<lang>/topics.tsv`` finds the phrase an engagement covered (就X交换意见; обсудили X);
the phrase is cut into its items (X、Y和Z; X, Y и Z) and kept as written, to be labelled in
the graph with its language.
"""

from __future__ import annotations

import re

from kg.extract.native.document import NativeDoc
from kg.extract.native.tables import rows

ITEMS = {"zh": re.compile(r"、|以及|和|及"), "ru": re.compile(r",\s*|\s+и\s+|\s+а также\s+")}
TRIM = {
    "zh": re.compile(r"^(?:当前|目前|共同关心的)?|(?:等|等问题|问题上)$"),
    "ru": re.compile(
        r"^(?:(?:в частности|а также|также|вопросы|вопрос|о|об|по)\s+)+|\s+(?:и другие|и др)$"
    ),
}
MAX = {"zh": 20, "ru": 80}


def topics(doc: NativeDoc) -> list[str]:
    out: list[str] = []
    text_of = (lambda s: "".join(s.tokens)) if doc.lang == "zh" else (lambda s: s.text)
    for s in doc.sents:  # the headline names topics too
        text = text_of(s)
        for row in rows(doc.lang, "topics"):
            for m in row.pattern.finditer(text):
                for item in ITEMS[doc.lang].split(m.group("t")):
                    item = TRIM[doc.lang].sub("", item.strip(' ,.;:"«»')).strip()
                    if 2 <= len(item) <= MAX[doc.lang] and "@" not in item:
                        out.append(item if doc.lang == "zh" else item[:1].lower() + item[1:])
    return list(dict.fromkeys(out))
