"""The readout filter for Chinese and Russian documents.

The same scoring as for English (genre cues, weights, the readout's points against every
other genre's), with each language's cues in ``kg/data/lexicon/<lang>/genres.tsv``. The
places are found by lines and paragraphs, not by counting words, which a Chinese text
does not separate.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from kg.model import Readout
from kg.resources import data_file, read_tsv

WHERE = ("title", "head", "lead", "body", "lines")


@dataclass(frozen=True)
class NativeCue:
    genre: str
    where: str
    weight: float
    max: int
    pattern: re.Pattern


@cache
def cues(lang: str) -> tuple[NativeCue, ...]:
    out = []
    for row in read_tsv(data_file("lexicon", lang, "genres.tsv")):
        if row["where"] not in WHERE:
            raise ValueError(f"{lang}/genres.tsv: unknown place '{row['where']}'")
        pattern = re.compile(row["pattern"], re.IGNORECASE | re.MULTILINE)
        out.append(NativeCue(row["genre"], row["where"], float(row["weight"]),
                             int(row["max"] or 1), pattern))  # fmt: skip
    return tuple(out)


def places(readout: Readout, normalise=lambda t: t) -> dict[str, str]:
    """Title (the given one, or the first line), head (the lines above the first paragraph
    long enough to be one), lead (the first two such paragraphs), body and lines."""
    text = normalise(readout.text)
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    title = normalise(readout.title) if readout.title else (lines[0] if lines else "")
    # a paragraph ends with a stop, or is long; a first line without a stop is the headline
    long = [
        n
        for n, ln in enumerate(lines)
        if ln.endswith(("。", ".", "!", "?", "！", "？")) or (n and len(ln) >= 60)
    ]
    first = long[0] if long else len(lines)
    head = "\n".join(dict.fromkeys([title, *lines[:first]]))
    lead = "\n".join(lines[n] for n in long[:2])
    return {"title": head, "head": head, "lead": lead, "body": text, "lines": "\n".join(lines)}


def genre_scores(readout: Readout, lang: str, normalise=lambda t: t) -> dict[str, float]:
    at = places(readout, normalise)
    scores: dict[str, float] = {}
    for cue in cues(lang):
        n = sum(1 for _ in zip(range(cue.max), cue.pattern.finditer(at[cue.where])))
        if n:
            scores[cue.genre] = scores.get(cue.genre, 0.0) + cue.weight * n
    return {g: round(s, 2) for g, s in scores.items()}
