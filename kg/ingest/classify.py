"""Is this document a readout worth extracting? English, and the account of an engagement.

Press offices publish readouts of calls, meetings, visits and messages among
briefings, speeches, statements and notices; the extractor would find
spurious engagements in those. Each genre is recognised by cues in
``kg/data/lexicon/genres.tsv`` (how each kind of text is written: a
transcript's ``Q:`` lines, a speech's "Ladies and gentlemen", a readout's
"spoke with ... on the phone"), scored on the title, the lead and the body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from kg.ingest.anchors import required_literals
from kg.ingest.language import detect
from kg.ingest.layout import BREADCRUMB
from kg.model import Readout
from kg.resources import data_file, read_tsv

READOUT = "readout"
KEEP_AT = 3.0  # readout points needed, besides outscoring every other genre
NO_ENGAGEMENT = "not a readout: no call, meeting, visit or message described"
WHERE = ("title", "head", "lead", "body", "lines")


@dataclass(frozen=True)
class Verdict:
    keep: bool
    reason: str  # "readout", "not English (detected: fr)", "not a readout: speech"...
    scores: dict = field(default_factory=dict, compare=False)  # genre -> points


@dataclass(frozen=True)
class Cue:
    genre: str
    where: str
    weight: float
    max: int
    pattern: re.Pattern
    lower: bool  # matched against lower-cased text, without IGNORECASE (several times faster)
    needs: tuple[str, ...] | None = None  # a text it matches holds one (kg.ingest.anchors)

    def count(self, text: str) -> int:
        """Matches in ``text``, up to ``max`` (a cue counts once unless it says otherwise)."""
        if self.needs is not None and not any(lit in text for lit in self.needs):
            return 0
        if self.where == "lines" or (self.where == "body" and self.max > 1):
            n = 0
            for _ in self.pattern.finditer(text):  # "lines" patterns are anchored ^...$
                n += 1
                if n >= self.max:
                    break
            return n
        return 1 if self.pattern.search(text) else 0


def _lower_pattern(pattern: str) -> str:
    """The pattern with its literals in lower case; escapes (``\\S``, ``\\W``) kept as they are."""
    out, i = [], 0
    while i < len(pattern):
        if pattern[i] == "\\":
            out.append(pattern[i : i + 2])
            i += 2
        else:
            out.append(pattern[i].lower())
            i += 1
    return "".join(out)


@cache
def cues() -> tuple[Cue, ...]:
    out = []
    for row in read_tsv(data_file("lexicon", "genres.tsv")):
        where = row["where"]
        if where not in WHERE:
            raise ValueError(f"genres.tsv: unknown place '{where}' (one of {', '.join(WHERE)})")
        raw = row["pattern"]
        if "(?-i:" in raw:  # case matters somewhere: match the text as written
            cue = Cue(row["genre"], where, float(row["weight"]), int(row["max"] or 1),
                      re.compile(raw, re.IGNORECASE | re.MULTILINE), False)
        else:
            pattern = re.compile(_lower_pattern(raw), re.MULTILINE)
            cue = Cue(row["genre"], where, float(row["weight"]), int(row["max"] or 1),
                      pattern, True, required_literals(pattern))
        out.append(cue)
    return tuple(out)


@dataclass(frozen=True)
class Parts:
    """The places cues look at."""

    title: str
    head: str
    lead: str
    body: str
    lines: str  # the non-empty lines, stripped, one per line


# Abbreviations lose their dots, so that "Mr." or "p.m." does not end a cue's sentence.
ABBREVIATIONS = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|Jr|Sr|St|Hon|Rt|Prof|Gen|Sen|Rep|Amb|No|Messrs|H\.E|U\.S|U\.K|U\.N|"
    r"E\.U|a\.m|p\.m)\.",
)


def parts(readout: Readout) -> Parts:
    text = ABBREVIATIONS.sub(lambda m: m.group().replace(".", ""), readout.text)
    lines = [ln.strip() for ln in text.splitlines()]
    blocks = [b.strip() for b in re.split(r"\n\s*\n", text) if b.strip()]
    first = next((ln for ln in lines if ln and not BREADCRUMB.match(ln)), "")
    title = (readout.title or first).strip()
    head_lines, rest = [], blocks
    if blocks:
        top = [ln.strip() for ln in blocks[0].splitlines() if ln.strip()]
        if all(len(ln.split()) <= 15 for ln in top):
            head_lines, rest = top, blocks[1:]
        else:  # no blank line under the title: its short lines are the head
            n = 0
            while n < min(len(top), 5) and len(top[n].split()) <= 15:
                n += 1
            head_lines, rest = top[:n], ["\n".join(top[n:])] + blocks[1:]
    paragraphs = [p for b in rest for p in b.split("\n") if len(p.split()) >= 8]
    lead = "\n".join(paragraphs[:2])
    head = "\n".join(dict.fromkeys([title] + head_lines))
    return Parts(title, head, lead, text, "\n".join(ln for ln in lines if ln))


def genre_scores(readout: Readout) -> dict[str, float]:
    """Points per genre for one document."""
    p = parts(readout)
    # A text file's first line is often a label ("Press release") and the headline
    # comes after it: title cues read every short line of the head.
    places = {"title": p.head, "head": p.head, "lead": p.lead, "body": p.body, "lines": p.lines}
    lowered = {k: v.lower() for k, v in places.items()}
    scores: dict[str, float] = {}
    for cue in cues():
        n = cue.count((lowered if cue.lower else places)[cue.where])
        if n:
            scores[cue.genre] = scores.get(cue.genre, 0.0) + cue.weight * min(n, cue.max)
    return {g: round(s, 2) for g, s in scores.items()}


def classify(readout: Readout) -> Verdict:
    """Keep English readouts of engagements; say why anything else is skipped."""
    lang = detect(readout.text)
    if lang.code not in ("en", "und"):
        return Verdict(False, f"not English (detected: {lang.code})")
    scores = genre_scores(readout)
    mine = scores.get(READOUT, 0.0)
    others = [(s, g) for g, s in scores.items() if g != READOUT]
    best, genre = max(others) if others else (0.0, "")
    if others and best >= mine and best >= KEEP_AT:
        return Verdict(False, f"not a readout: {genre}", scores)
    if mine < KEEP_AT:
        return Verdict(False, NO_ENGAGEMENT, scores)
    return Verdict(True, READOUT, scores)
