"""Cue tables of one language (``kg/data/lexicon/<lang>/``), compiled once.

The tables are written like the English ones: a regular expression over the masked
sentence, in which every mention is ``@k``. Placeholders keep the patterns short and
say the same thing in both languages:

    {o}  the object: a mention, or a list of them ("@1、@2和@3"; "@1 , @2 и @3")
    {s}  the subject written inside the cue (应{s}邀请; по инициативе {s})
    {x}  a few words of filler (no mention, no clause break)
    {X}  a longer filler
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from kg.resources import data_file

FILL = {
    "zh": {
        "{o}": r"(?P<o>@\d+(?:(?:、|和|与|及|以及|,)?@\d+)*)",
        "{s}": r"(?P<s>@\d+(?:(?:、|和|与|及)@\d+)*)",
        "{x}": r"[^@,;:。!?]{0,6}?",
        "{X}": r"[^@;。!?]{0,24}?",
    },
    "ru": {
        "{o}": r"(?P<o>@\d+(?: (?:,|и) @\d+)*)",
        "{s}": r"(?P<s>@\d+(?: (?:,|и) @\d+)*)",
        "{x}": r"(?:[^@\s,;:.!?]+ ){0,3}?",
        "{X}": r"(?:[^@\s;.!?]+ ){0,10}?",
    },
}


# Runs of Chinese characters or Cyrillic letters written in a pattern, outside [...] classes.
LITERAL = re.compile(r"\[(?:\\.|[^\]])*\]|([\u3400-\u9fff]+|[а-яё]{3,})")


def literals(raw: str) -> tuple[str, ...]:
    """The words a row's pattern writes out. Every branch of a row names its act in words
    (赞赏, поблагодарить), so a sentence holding none of them cannot match: the row is not
    run on it. A row that writes no such word is always run."""
    return tuple(sorted({m.group(1) for m in LITERAL.finditer(raw) if m.group(1)}))


@dataclass(frozen=True)
class Row:
    table: str  # "zh/cues.tsv"
    line: int
    name: str  # relation, event type, act...
    mode: str
    pattern: re.Pattern
    needs: tuple[str, ...] = ()  # one of these occurs in any sentence it matches
    needs_re: re.Pattern | None = None  # the same, as one search

    def may_match(self, masked: str) -> bool:
        return self.needs_re is None or self.needs_re.search(masked) is not None

    @property
    def rule(self) -> str:
        """What a claim records as its rule: the table, the line and what the row gives."""
        return f"{self.table}:{self.line} {self.name}/{self.mode}"


def _expand(lang: str, raw: str) -> str:
    for k, v in FILL[lang].items():
        raw = raw.replace(k, v)
    return raw


@cache
def rows(lang: str, name: str) -> tuple[Row, ...]:
    """Rows of ``<lang>/<name>.tsv``: columns ``name``, ``mode``, ``pattern`` after a header."""
    node = data_file("lexicon", lang, f"{name}.tsv")
    out: list[Row] = []
    header = None
    with node.open("r", encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            cells = line.rstrip("\n").split("\t")
            if header is None:
                header = cells
                continue
            row = dict(zip(header, cells))
            try:
                pattern = re.compile(_expand(lang, row["pattern"]))
            except re.error as err:
                raise ValueError(f"{lang}/{name}.tsv line {n}: bad pattern ({err})") from None
            needs = literals(row["pattern"])
            needs_re = re.compile("|".join(map(re.escape, needs))) if needs else None
            out.append(
                Row(
                    f"{lang}/{name}.tsv",
                    n,
                    row["name"],
                    row.get("mode", ""),
                    pattern,
                    needs,
                    needs_re,
                )
            )
    return tuple(out)
