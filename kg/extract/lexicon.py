"""The lexicon: relation cues, reporting verbs, titles and word classes, as data files."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from kg.resources import data_file, read_tsv
from kg.text.casefold import Folded

MACROS = {
    "{obj}": r"(?P<obj>@\d+)",
    "{m6}": r"(?:[^@\s]+ ){0,6}?",
    "{m}": r"(?:[^@\s]+ ){0,3}?",
}


@dataclass(frozen=True)
class Cue:
    relation: str
    mode: str
    pattern: re.Pattern
    source: str  # the pattern as written, recorded as the Claim's rule
    triggers: tuple[str, ...] = ()  # one must occur in the sentence for the cue to be tried

    @property
    def inline_object(self) -> bool:
        return "obj" in self.pattern.groupindex


class CueIndex:
    """Which cues a sentence may match, from one look for each distinct trigger.

    Cues share triggers ("cooperat" starts a dozen), so looking each trigger up
    once per sentence and keeping the cues it opens costs a fraction of asking
    every cue in turn; the cues still run in the lexicon's order.
    """

    def __init__(self, cues: tuple[Cue, ...]):
        self.cues = cues
        self.always = tuple(i for i, c in enumerate(cues) if not c.triggers)
        opens: dict[str, list[int]] = {}
        for i, cue in enumerate(cues):
            for t in cue.triggers:
                opens.setdefault(t, []).append(i)
        self.opens = {t: tuple(ix) for t, ix in opens.items()}

    def candidates(self, text: str) -> list[Cue]:
        """The cues whose triggers (or lack of them) let them match ``text``, in order."""
        found = set(self.always)
        for t, ix in self.opens.items():
            if t in text:
                found.update(ix)
        cues = self.cues
        return [cues[i] for i in sorted(found)]


@dataclass(frozen=True)
class Lexicon:
    cues: tuple[Cue, ...]
    words: dict[str, frozenset[str]]
    titles: dict[tuple[str, ...], str]  # title words -> role
    reporting: dict[str, str]  # verb form -> lemma
    events: tuple[tuple[str, Folded], ...]
    publishers: tuple[tuple[str, str], ...]
    index: CueIndex

    def is_(self, cls: str, word: str) -> bool:
        return word in self.words.get(cls, ())


def _compile(pattern: str) -> re.Pattern:
    for macro, expansion in MACROS.items():
        pattern = pattern.replace(macro, expansion)
    return re.compile(pattern)


@cache
def load() -> Lexicon:
    lex = ("lexicon",)
    cues = tuple(
        Cue(
            r["relation"],
            r["mode"],
            _compile(r["pattern"]),
            r["pattern"],
            tuple(t for t in r.get("trigger", "").split("|") if t),
        )
        for r in read_tsv(data_file(*lex, "cues.tsv"))
    )
    words: dict[str, set[str]] = {}
    for r in read_tsv(data_file(*lex, "words.tsv")):
        words.setdefault(r["class"], set()).add(r["word"])
    titles = {
        tuple(re.findall(r"[^\W_]+", r["title"])): r["role"]
        for r in read_tsv(data_file(*lex, "titles.tsv"))
    }
    reporting = {r["form"]: r["lemma"] for r in read_tsv(data_file(*lex, "reporting.tsv"))}
    events = tuple(
        (r["type"], Folded.compile(r["pattern"]))
        for r in read_tsv(data_file(*lex, "events.tsv"))
    )
    publishers = tuple(
        (r["pattern"], r["actor"]) for r in read_tsv(data_file(*lex, "publishers.tsv"))
    )
    return Lexicon(
        cues,
        {k: frozenset(v) for k, v in words.items()},
        titles,
        reporting,
        events,
        publishers,
        CueIndex(cues),
    )
