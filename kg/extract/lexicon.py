"""The lexicon: relation cues, reporting verbs, titles and word classes, as data files."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache

from kg.extract.needs import needs
from kg.resources import data_file, read_tsv, read_tsv_numbered
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
    source: str  # the pattern as written
    triggers: tuple[str, ...] = ()  # one must occur in the sentence for the cue to be tried
    line: int = 0  # where the row stands in cues.tsv

    @cached_property
    def rule(self) -> str:
        """What a claim records as its rule: the row's file and line, and what it gives
        (kept: asked at every match)."""
        return f"cues.tsv:{self.line} {self.relation}/{self.mode}"

    @cached_property
    def inline_object(self) -> bool:
        return "obj" in self.pattern.groupindex


def _trie_pattern(words) -> str:
    """A regex matching any of ``words``, as a trie so each character is tried once;
    the longest word wins where several start at the same place."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        alts = [re.escape(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return "(?:" + body + ")?" if "" in node else body

    return emit(trie)


class CueIndex:
    """Which cues a sentence may match, from the triggers its words hold.

    Cues share triggers ("cooperat" starts a dozen), so finding the triggers a
    sentence holds and keeping the cues they open costs a fraction of asking
    every cue in turn (or every trigger); the cues still run in the lexicon's order.
    The triggers are found word by word (``WordTriggers``): the trie that finds them
    costs about a thousand instructions a character, a known word one lookup.
    """

    def __init__(self, cues: tuple[Cue, ...]):
        self.cues = cues
        self.always = tuple(i for i, c in enumerate(cues) if not c.triggers)
        opens: dict[str, list[int]] = {}
        for i, cue in enumerate(cues):
            for t in cue.triggers:
                opens.setdefault(t, []).append(i)
        self.opens = {t: tuple(ix) for t, ix in opens.items()}
        # one pass over a word finds, at each place, the longest trigger starting
        # there; the triggers that are its beginnings start there too
        self.finder = re.compile("(?=(" + _trie_pattern(self.opens) + "))")
        self.beginnings = {t: tuple(u for u in self.opens if t.startswith(u)) for t in self.opens}
        # the cues a longest trigger opens, with those of the triggers it begins with
        self.opened = {
            t: tuple(sorted({i for u in self.beginnings[t] for i in self.opens[u]}))
            for t in self.opens
        }
        self.needs = tuple(_gate(c) for c in cues)
        self.spaced = frozenset(t for t in self.opens if " " in t)
        self.words = WordTriggers(self.finder, self.spaced)

    def candidates(self, text: str, words: list[str] | None = None) -> list[Cue]:
        """The cues whose triggers (or lack of them) let them match ``text``, in order,
        less those missing every string their pattern needs (most searches fail).
        ``words`` is ``text.split(" ")`` when the caller has it already."""
        triggers: set[str] = set()
        triggers.update(*map(self.words.__getitem__, words or text.split(" ")))
        found = set(self.always)
        opened, spaced = self.opened, self.spaced
        for t in triggers:  # a spaced trigger its words only make possible: test it
            if t not in spaced or t in text:
                found.update(opened[t])
        cues, needs, has = self.cues, self.needs, text.__contains__
        return [cues[i] for i in sorted(found) if needs[i] is None or any(map(has, needs[i]))]


class WordTriggers(dict):
    """Word -> the triggers a sentence holding it may hold: the longest one at each
    place inside it (a trigger may stand inside a word: "ties" in "parties"), and the
    triggers with a space that may run through it, to be tested on the sentence with
    ``in``. A space splits such a trigger into parts, the first ending a word, the last
    beginning one, any other a whole word; it is keyed by its longest part but "@".
    Words are read when first met and kept (a table a corpus' vocabulary bounds;
    emptied if a stream of odd words ever makes it large)."""

    LIMIT = 200_000

    def __init__(self, finder: re.Pattern, spaced: frozenset[str]):
        super().__init__()
        self.finder = finder
        self.ends: dict[str, list[str]] = {}
        self.starts: dict[str, list[str]] = {}
        self.whole: dict[str, list[str]] = {}
        for t in sorted(spaced):
            parts = t.split(" ")
            last = len(parts) - 1
            k, part = max(
                ((k, p) for k, p in enumerate(parts) if p),
                key=lambda kp: (kp[1] != "@", len(kp[1]), -kp[0]),
                default=(0, ""),
            )
            if not part:
                raise ValueError(f"a cue trigger of spaces alone: {t!r}")
            table = self.ends if k == 0 else self.starts if k == last else self.whole
            table.setdefault(part, []).append(t)
        # the keys by their last (first) character: a word is tested against a few
        self.ends_by_last = _by_char(self.ends, -1)
        self.starts_by_first = _by_char(self.starts, 0)

    def __missing__(self, word: str) -> tuple[str, ...]:
        if len(self) > self.LIMIT:
            self.clear()
        got = self.finder.findall(word)
        keys = self.ends_by_last.get(word[-1:])
        if keys and word.endswith(keys):
            got += [t for key in keys if word.endswith(key) for t in self.ends[key]]
        keys = self.starts_by_first.get(word[:1])
        if keys and word.startswith(keys):
            got += [t for key in keys if word.startswith(key) for t in self.starts[key]]
        got += self.whole.get(word, ())
        self[word] = found = tuple(set(got)) if got else ()
        return found


def _by_char(keys: dict[str, list[str]], at: int) -> dict[str, tuple[str, ...]]:
    """The keys grouped by their character at ``at``."""
    out: dict[str, list[str]] = {}
    for key in keys:
        out.setdefault(key[at], []).append(key)
    return {ch: tuple(ks) for ch, ks in out.items()}


def _gate(cue: Cue) -> tuple[str, ...] | None:
    """The strings one of which every match of the cue holds, unless each of its triggers
    holds one already (then a sentence with a trigger passes the gate anyway)."""
    got = needs(cue.pattern)
    if got is None or cue.triggers and all(any(w in t for w in got) for t in cue.triggers):
        return None
    return got


@lru_cache(maxsize=4096)  # a readout's titles recur (each holder's, each mention's)
def title_key(title: str) -> tuple[str, ...]:
    """A title's words without hyphens or full stops: "Secretary-General" is
    ("Secretary", "General")."""
    return tuple(re.findall(r"[^\W_]+", title))


@dataclass(frozen=True)
class Lexicon:
    cues: tuple[Cue, ...]
    words: dict[str, frozenset[str]]
    titles: dict[tuple[str, ...], str]  # title words -> role
    title_states: dict[tuple[str, ...], str]  # title words -> the one state that uses it
    reporting: dict[str, str]  # verb form -> lemma
    events: tuple[tuple[str, Folded], ...]
    publishers: tuple[tuple[str, str], ...]
    index: CueIndex

    def is_(self, cls: str, word: str) -> bool:
        return word in self.words.get(cls, ())


# a pattern that opens with a word boundary and a plain word ("\\bappreciati...")
_BOUNDARY_WORD = re.compile(r"\\b([a-z]{3,})(?![a-z?*+{])")


def _compile(pattern: str) -> re.Pattern:
    """The cue's pattern with its macros expanded; one that opens with "\\bword" is written
    "word(?<!\\wword)" (the same matches: the word's first letter is a word character, so
    the boundary means no word character before it), so the engine looks for the word
    itself instead of trying the boundary at every place (cues: 5% of extraction time)."""
    for macro, expansion in MACROS.items():
        pattern = pattern.replace(macro, expansion)
    lead = _BOUNDARY_WORD.match(pattern)
    if lead:
        word = lead[1]
        pattern = f"{word}(?<!\\w{word})" + pattern[lead.end() :]
    elif pattern.startswith("\\b(?:"):
        pattern = _boundary_inside(pattern)
    return re.compile(pattern)


def _boundary_inside(pattern: str) -> str:
    """'\\b(?:urg...|call...)' as '(?:u(?<!\\wu)rg...|c(?<!\\wc)all...)': the boundary
    checked after each alternative's first letter, so the engine jumps between the places
    where one of those letters stands. Only when every alternative opens with a letter and
    the group is not repeated; otherwise the pattern as it was."""
    alts, depth, start, i, in_class = [], 0, 5, 2, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                break
        elif ch == "|" and depth == 1:
            alts.append(pattern[start:i])
            start = i + 1
        i += 1
    else:
        return pattern
    alts.append(pattern[start:i])
    rest = pattern[i + 1 :]
    if rest[:1] in ("*", "+", "?", "{") or not all(
        a[:1].isalpha() and a[:1].islower() for a in alts
    ):
        return pattern
    return "(?:" + "|".join(f"{a[0]}(?<!\\w{a[0]}){a[1:]}" for a in alts) + ")" + rest


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
            line,
        )
        for line, r in read_tsv_numbered(data_file(*lex, "cues.tsv"))
    )
    words: dict[str, set[str]] = {}
    for r in read_tsv(data_file(*lex, "words.tsv")):
        words.setdefault(r["class"], set()).add(r["word"])
    rows = list(read_tsv(data_file(*lex, "titles.tsv")))
    titles = {title_key(r["title"]): r["role"] for r in rows}
    title_states = {title_key(r["title"]): r["state"] for r in rows if r.get("state")}
    reporting = {r["form"]: r["lemma"] for r in read_tsv(data_file(*lex, "reporting.tsv"))}
    events = tuple(
        (r["type"], Folded.compile(r["pattern"])) for r in read_tsv(data_file(*lex, "events.tsv"))
    )
    publishers = tuple(
        (r["pattern"], r["actor"]) for r in read_tsv(data_file(*lex, "publishers.tsv"))
    )
    return Lexicon(
        cues,
        {k: frozenset(v) for k, v in words.items()},
        titles,
        title_states,
        reporting,
        events,
        publishers,
        CueIndex(cues),
    )
