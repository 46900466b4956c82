"""Is this document a readout worth extracting? English, and the account of an engagement.

Press offices publish readouts of calls, meetings, visits and messages among
briefings, speeches, statements and notices; the extractor would find
spurious engagements in those. Each genre is recognised by cues in
``kg/data/lexicon/genres.tsv`` (how each kind of text is written: a
transcript's ``Q:`` lines, a speech's "Ladies and gentlemen", a readout's
"spoke with ... on the phone"), scored on the title, the lead and the body.

The filter runs on every document of a build, so most cues are counted from
each place's words, split once, rather than by their regexes
(``kg.screen.cuewords``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from itertools import islice

from kg.model import Readout
from kg.resources import data_file, read_tsv
from kg.screen.anchors import required_literals
from kg.screen.cuewords import MATCH, SHUT, Place, Plan, Vocabulary, plan
from kg.screen import native
from kg.text.language import detect
from kg.text.simplified import simplified
from kg.text.casefold import lower_pattern
from kg.text.layout import BREADCRUMB

READOUT = "readout"
KEEP_AT = 3.0  # readout points needed, besides outscoring every other genre
NO_ENGAGEMENT = "not a readout: no call, meeting, visit or message described"
WHERE = ("title", "head", "lead", "body", "lines")
# Languages with their own genre cues, and how their text is normalised before matching.
NATIVE = {"zh": simplified, "ru": lambda text: text}


@dataclass(frozen=True)
class Verdict:
    keep: bool
    reason: str  # "readout", "not a readout: speech", "not in English, ... (detected: fr)"
    scores: dict = field(default_factory=dict, compare=False)  # genre -> points


# -- cues ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Cue:
    genre: str
    where: str
    weight: float
    max: int
    pattern: re.Pattern
    lower: bool  # matched against lower-cased text, without IGNORECASE (several times faster)
    needs: tuple[str, ...] | None = None  # a text it matches holds one (kg.screen.anchors)
    plan: Plan | None = field(default=None, compare=False)  # counting it by words
    counts_all: bool = field(init=False, compare=False)  # counted up to ``max``, else found

    def __post_init__(self) -> None:
        object.__setattr__(
            self, "counts_all", self.where == "lines" or (self.where == "body" and self.max > 1)
        )

    def count(self, text: str) -> int:
        """Matches in ``text``, up to ``max`` (a cue counts once unless it says otherwise)."""
        if self.needs is not None and not any(lit in text for lit in self.needs):
            return 0
        if self.counts_all:
            n = 0
            for _ in self.pattern.finditer(text):  # "lines" patterns are anchored ^...$
                n += 1
                if n >= self.max:
                    break
            return n
        return 1 if self.pattern.search(text) else 0

    def tally(self, place: Place) -> int:
        """What ``count`` says of the place's text, from its words when they can tell."""
        plan = self.plan
        if plan is None:
            return self.count(place.lowered if self.lower else place.text)
        hits = place.hits()
        gate = plan.gate
        if gate is not None and not gate.keys.isdisjoint(hits):
            found = gate.check(place, hits)
            if found == MATCH and not self.counts_all:
                return 1
            if found != SHUT:
                return self.count(place.lowered if self.lower else place.text)
        found = plan.words & hits
        if not found:
            return 0
        return min(place.tally(found), self.max) if self.counts_all else 1


def make_cue(genre: str, where: str, weight: float, max_: int, raw: str) -> Cue:
    """A cue as genres.tsv writes one."""
    if where not in WHERE:
        raise ValueError(f"genres.tsv: unknown place '{where}' (one of {', '.join(WHERE)})")
    if "(?-i:" in raw:  # case matters somewhere: match the text as written
        pattern = re.compile(raw, re.IGNORECASE | re.MULTILINE)
        return Cue(genre, where, weight, max_, pattern, False, None, plan(pattern, False))
    pattern = re.compile(lower_pattern(raw), re.MULTILINE)
    return Cue(
        genre, where, weight, max_, pattern, True, required_literals(pattern), plan(pattern, True)
    )


@cache
def cues() -> tuple[Cue, ...]:
    return tuple(
        make_cue(
            row["genre"], row["where"], float(row["weight"]), int(row["max"] or 1), row["pattern"]
        )
        for row in read_tsv(data_file("lexicon", "genres.tsv"))
    )


@dataclass(frozen=True)
class Parts:
    """The places cues look at."""

    title: str
    head: str
    lead: str
    body: str
    lines: str  # the non-empty lines, stripped, one per line


_ABBREVIATED = (
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "Jr",
    "Sr",
    "St",
    "Hon",
    "Rt",
    "Prof",
    "Gen",
    "Sen",
    "Rep",
    "Amb",
    "No",
    "Messrs",
    "H.E",
    "U.S",
    "U.K",
    "U.N",
    "E.U",
    "a.m",
    "p.m",
)


def _abbreviations(words) -> re.Pattern:
    """``\\b(?:Mr|Mrs|...)\\.``, written as ``M(?<=\\bM)(?:r|rs|...)|...\\.``.

    The same matches; but a pattern that starts with a letter lets ``re`` skip
    to the next possible first letter instead of trying every position.
    """
    by_first: dict[str, list[str]] = {}
    for w in words:
        by_first.setdefault(w[0], []).append(re.escape(w[1:]))
    alts = (
        f"{re.escape(c)}(?<=\\b{re.escape(c)})(?:{'|'.join(rest)})" for c, rest in by_first.items()
    )
    return re.compile(f"(?:{'|'.join(alts)})\\.")


# Abbreviations lose their dots, so that "Mr." or "p.m." does not end a cue's sentence.
ABBREVIATIONS = _abbreviations(_ABBREVIATED)
# Without the lower-case ones, for a text that holds none of them ("a.m." is rarer
# than "a", and lower-case first letters are everywhere).
_CAPITALISED = _abbreviations(w for w in _ABBREVIATED if not w[0].islower())
_LOWER_CASE = tuple(w + "." for w in _ABBREVIATED if w[0].islower())


def _undot(m: re.Match) -> str:
    return m.group().replace(".", "")


HEADLINE_WORDS = 30  # a longer first line is a paragraph, not a headline


def _headline(line: str) -> bool:
    """Could this first line be a headline: short, and not a sentence that ends?"""
    return bool(line) and len(line.split()) <= HEADLINE_WORDS and not line.endswith((".", ":"))


def parts(readout: Readout) -> Parts:
    text = readout.text
    abbreviations = ABBREVIATIONS if any(w in text for w in _LOWER_CASE) else _CAPITALISED
    text = abbreviations.sub(_undot, text)
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
    paragraphs = (p for b in rest for p in b.split("\n") if len(p.split()) >= 8)
    lead = "\n".join(islice(paragraphs, 2))  # the first two: the rest need no splitting
    # A title given apart from the text (a CSV column, page metadata) may be a label
    # ("Press release"): the headline the text opens with still belongs to the head.
    shown = [first] if title != first and _headline(first) else []
    head = "\n".join(dict.fromkeys([title] + shown + head_lines))
    return Parts(title, head, lead, text, "\n".join(ln for ln in lines if ln))


@cache
def _vocabulary(where: tuple[str, ...]) -> Vocabulary:
    """The words the cues of these places look up."""
    return Vocabulary.of({k for c in cues() if c.where in where and c.plan for k in c.plan.keys()})


def places(p: Parts) -> dict[str, Place]:
    """Each place cues read, by name; the title cues read every short line of the head.

    A text file's first line is often a label ("Press release") and the headline
    comes after it. The lines share the body's words, and so its vocabulary.
    """
    head = Place(p.head, _vocabulary(("title", "head")))
    body = Place(p.body, _vocabulary(("body", "lines")))
    return {
        "title": head,
        "head": head,
        "lead": Place(p.lead, _vocabulary(("lead",))),
        "body": body,
        "lines": Place(p.lines, body.vocab, twin=body),
    }


def genre_scores(readout: Readout) -> dict[str, float]:
    """Points per genre for one document."""
    at = places(parts(readout))
    scores: dict[str, float] = {}
    for cue in cues():
        n = cue.tally(at[cue.where])
        if n:
            scores[cue.genre] = scores.get(cue.genre, 0.0) + cue.weight * min(n, cue.max)
    return {g: round(s, 2) for g, s in scores.items()}


def classify(readout: Readout) -> Verdict:
    """Keep English, Chinese and Russian readouts of engagements; say why anything else is
    skipped."""
    lang = detect(readout.text)
    if lang.code in NATIVE:
        scores = native.genre_scores(readout, lang.code, NATIVE[lang.code])
    elif lang.code not in ("en", "und"):
        return Verdict(False, f"not in English, Chinese or Russian (detected: {lang.code})")
    else:
        scores = genre_scores(readout)
    return _verdict(scores)


def _verdict(scores: dict[str, float]) -> Verdict:
    """A readout when its cues reach KEEP_AT points and outscore every other genre's."""
    mine = scores.get(READOUT, 0.0)
    others = [(s, g) for g, s in scores.items() if g != READOUT]
    best, genre = max(others) if others else (0.0, "")
    if others and best >= mine and best >= KEEP_AT:
        return Verdict(False, f"not a readout: {genre}", scores)
    if mine < KEEP_AT:
        return Verdict(False, NO_ENGAGEMENT, scores)
    return Verdict(True, READOUT, scores)
