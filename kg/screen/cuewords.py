"""Counting a cue's regular-expression matches from a text's words, without the regex.

The readout filter scores every document of a build with some sixty cues, most of
them alternations of whole words (``\\b(we|our|us)\\b``) or patterns that need
some whole words before they can match at all. Splitting each text into words
once (``Place``) and reading from each regex's parse tree (``kg.screen.anchors.parse``)
what it can match (``plan``) lets the words answer for most cues; where the words
cannot tell, or the regex is written in syntax the parser does not read, the regex
runs. A cue written as any regex still works.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.screen import anchors as T  # the parse tree of a regex, as ``re`` builds it
from kg.text.casefold import CASE_FIXES

# -- words of a place ---------------------------------------------------------------------

TOKEN = re.compile(r"\w+")  # what ``\b`` sees as a word: a regex's whole-word match is one
CS, CI = "\x02", "\x03"  # a word to find as written, or in any case (a plain key: lower-cased text)
# ASCII text: non-word characters become spaces, and str.split() gives what TOKEN finds,
# three times faster (and lower-cased on the way, for the cues that read lower case).
_SPACES = {i: " " for i in range(128) if not (chr(i).isalnum() or chr(i) == "_")}
_SPACES_LOW = {**_SPACES, **{i: chr(i).lower() for i in range(ord("A"), ord("Z") + 1)}}
_ASCII_LOWER = bytes.maketrans(b"ABCDEFGHIJKLMNOPQRSTUVWXYZ", b"abcdefghijklmnopqrstuvwxyz")


@dataclass(frozen=True)
class Vocabulary:
    """The words the cues of some places look for (keys as in ``Place.hits``)."""

    low: frozenset[str]
    cs: frozenset[str]
    ci: frozenset[str]
    ci_re: re.Pattern | None  # any of ``ci``, for words that are not ASCII
    # In plain text (Place.plain), each of these is a word of the lowered text if it
    # (or an ASCII ``cs`` word) is there at all.
    probe: frozenset[str]

    @classmethod
    def of(cls, keys: set[str]) -> Vocabulary:
        """The vocabulary of these keys."""
        by: dict[str, set[str]] = {"": set(), CS: set(), CI: set()}
        for key in keys:
            if key[0] in (CS, CI):
                by[key[0]].add(key[1:])
            else:
                by[""].add(key)
        low, cs, ci = (frozenset(by[k]) for k in ("", CS, CI))
        ci_re = re.compile("|".join(map(re.escape, sorted(ci))), re.IGNORECASE) if ci else None
        return cls(low, cs, ci, ci_re, low | ci | {w.lower() for w in cs if w.isascii()})


class Place:
    """One place's text and its words, split once for all the cues that read them.

    Words are what ``\\b`` delimits. ``hits`` says which of the cues' words the
    text holds: a plain key is a word of the lowered text (what cues without
    ``(?-i:...)`` read), CS + word a word as written, CI + word a word in any
    case (an ASCII word, as case-blind ``re`` matches it).
    """

    __slots__ = (
        "text",
        "vocab",
        "_twin",
        "_lowered",
        "_plain",
        "_tokens",
        "_ci",
        "_hits",
        "_odd_hits",
    )

    def __init__(self, text: str, vocab: Vocabulary, twin: Place | None = None):
        self.text = text
        self.vocab = vocab
        # A place with the same words in the same order (the body, for its lines: only
        # spaces and empty lines go, and no space is a word character): its words serve.
        self._twin = twin
        self._lowered: str | None = None
        self._plain: bool | None = None
        self._tokens: dict[bool, list[str]] = {}
        self._ci: tuple[list[str], list[str]] | None = None
        self._hits: frozenset[str] | None = None
        self._odd_hits: dict[str, int] = {}

    @property
    def lowered(self) -> str:
        """The text lower-cased, once."""
        if self._lowered is None:
            self._lowered = self.text.lower()
        return self._lowered

    def plain(self) -> bool:
        """Lower-casing the text changes each character into one, whatever its neighbours.

        Then the words of the lowered text are the lowered words of the text, at
        the same places (lower-casing never makes a word character of another or
        the reverse), and an ASCII word matches a word case-blind exactly when
        it is that word lower-cased: the only characters ``re`` takes for an
        ASCII letter besides those that lower-case to it are "ı" and "ſ".
        tests/test_classify.py checks this of every character. Not plain: "İ"
        (lower-cased to two characters), "Σ" (to "σ" or "ς"), "ı", "ſ".
        """
        if self._plain is None:
            text = self.text
            self._plain = text.isascii() or (
                len(self.lowered) == len(text)
                and "Σ" not in text
                and not any(ch in text for ch in CASE_FIXES)
            )
        return self._plain

    def tokens(self, low: bool) -> list[str]:
        """The words of the text, lower-cased or as written, in order."""
        found = self._tokens.get(low)
        if found is None:
            twin = self._twin
            if twin is not None and (not low or twin.plain()):
                found = twin.tokens(low)
            elif self.text.isascii():
                found = self.text.translate(_SPACES_LOW if low else _SPACES).split()
            else:
                found = TOKEN.findall(self.lowered if low else self.text)
            self._tokens[low] = found
        return found

    def _case_blind(self) -> tuple[list[str], list[str]]:
        """The ASCII words lower-cased, and the words (not ASCII) to ask ``re`` about."""
        if self._ci is None:
            if self._twin is not None:
                self._ci = self._twin._case_blind()
            elif self.plain():
                self._ci = self.tokens(True), []
            else:
                words = self.tokens(False)
                # Lower-casing only ASCII letters leaves other words not ASCII.
                folded = " ".join(words).encode().translate(_ASCII_LOWER).decode().split()
                self._ci = folded, [w for w in words if not w.isascii()]
        return self._ci

    def hits(self) -> frozenset[str]:
        """The cues' words that the text holds (keys as in Vocabulary)."""
        if self._hits is None:
            twin, v = self._twin, self.vocab
            if twin is not None and twin.vocab is v and twin.plain():
                self._hits = twin.hits()
            elif self.plain():  # the lowered words answer for all three kinds
                found = v.probe.intersection(self.tokens(True))
                hits = found & v.low
                if v.ci:
                    hits |= {CI + w for w in found & v.ci}
                if v.cs:
                    hits |= {
                        CS + w
                        for w in v.cs
                        if (not w.isascii() or w.lower() in found) and self.whole(w, 1)
                    }
                self._hits = hits
            else:
                self._hits = self._hits_anywhere()
        return self._hits

    def _hits_anywhere(self) -> frozenset[str]:
        v = self.vocab
        hits = v.low.intersection(self.tokens(True)) if v.low else frozenset()
        if v.cs:
            hits |= {CS + w for w in v.cs if self.whole(w, 1)}
        if v.ci:
            folded, odd = self._case_blind()
            hits |= {CI + w for w in v.ci.intersection(folded)}
            for word in odd:
                if v.ci_re.fullmatch(word):
                    for w in v.ci:
                        if re.fullmatch(re.escape(w), word, re.IGNORECASE):
                            key = CI + w
                            hits |= {key}
                            self._odd_hits[key] = self._odd_hits.get(key, 0) + 1
        return hits

    def whole(self, word: str, most: int) -> int:
        """How many times ``word`` (word characters only) is a whole word of the text as
        written, up to ``most``: cheaper than splitting the text for a word or two."""
        text, n = self.text, 0
        i = text.find(word)
        while i >= 0 and n < most:
            end = i + len(word)
            if not (i and _is_word(text[i - 1])) and not (end < len(text) and _is_word(text[end])):
                n += 1
            # No whole word starts inside another occurrence: its characters are words.
            i = text.find(word, end)
        return n

    def tally(self, keys: frozenset[str]) -> int:
        """How many times the words of ``keys`` (found in ``hits``) are in the text."""
        n = 0
        for key in keys:
            if key[0] == CS:
                n += self.whole(key[1:], len(self.text))
            elif key[0] == CI:
                n += self._case_blind()[0].count(key[1:]) + self._odd_hits.get(key, 0)
            else:
                n += self.tokens(True).count(key)
        return n


SHUT, MATCH, MAYBE = 0, 1, 2  # what a Gate says of a text: no match, a match, ask the regex


@dataclass(frozen=True)
class Clause:
    """One alternative of a cue that is not a single word: the words it needs, and for a
    fixed string (``phrase``), the string itself, which a text must then hold."""

    needs: tuple[frozenset[str], ...]  # each: one of these words (keys of Place.hits)
    phrase: str = ""  # in the lowered text (``low``) or the text as written
    low: bool = True
    bounds: tuple[bool, bool] | None = None  # \b before, after: then the phrase decides
    # The needs of one word, all at once, and the others.
    each: frozenset[str] = field(init=False, repr=False)
    some: tuple[frozenset[str], ...] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "each", frozenset(k for n in self.needs if len(n) == 1 for k in n))
        object.__setattr__(self, "some", tuple(n for n in self.needs if len(n) > 1))

    def check(self, place: Place, present: frozenset[str]) -> int:
        """SHUT, MATCH or MAYBE for the place, given the words of the gate it holds."""
        if not self.each <= present:
            return SHUT
        for need in self.some:
            if need.isdisjoint(present):
                return SHUT
        if not self.phrase:
            return MAYBE
        text = place.lowered if self.low else place.text
        i = text.find(self.phrase)
        if i < 0:
            return SHUT
        if self.bounds is None:
            return MAYBE
        before, after = self.bounds
        while i >= 0:
            if (not before or _boundary(text, i)) and (
                not after or _boundary(text, i + len(self.phrase))
            ):
                return MATCH
            i = text.find(self.phrase, i + 1)
        return SHUT


def _boundary(text: str, i: int) -> bool:
    """``\\b`` at ``i``, as ``re`` has it for str patterns."""
    return (i > 0 and _is_word(text[i - 1])) != (i < len(text) and _is_word(text[i]))


@dataclass(frozen=True)
class Gate:
    """Can some alternative of a cue, other than single words, match?

    Each clause is filed under the words of its likely rarest need, so that a
    text without any of them is answered by one set operation.
    """

    vocab: frozenset[str]  # every word of every need
    keys: frozenset[str]  # the words clauses are filed under
    index: dict[str, tuple[Clause, ...]]

    @classmethod
    def of(cls, clauses: list[Clause]) -> Gate:
        """The gate of these clauses (the rarest need: longest shortest word, fewest words)."""
        index: dict[str, list[Clause]] = {}
        for clause in clauses:
            rarest = max(
                clause.needs,
                key=lambda need: (
                    min(len(k.lstrip(CS + CI)) for k in need),
                    -len(need),
                    sorted(need),
                ),
            )
            for key in rarest:
                index.setdefault(key, []).append(clause)
        vocab = frozenset(k for clause in clauses for need in clause.needs for k in need)
        return cls(vocab, frozenset(index), {k: tuple(v) for k, v in index.items()})

    def check(self, place: Place, hits: frozenset[str]) -> int:
        """MATCH if a phrase is there, MAYBE if an alternative may match, else SHUT."""
        if self.keys.isdisjoint(hits):
            return SHUT
        present = self.vocab & hits
        verdict = SHUT
        for key in self.keys & hits:
            for clause in self.index[key]:
                found = clause.check(place, present)
                if found == MATCH:
                    return MATCH
                if found == MAYBE:
                    verdict = MAYBE
        return verdict


@dataclass(frozen=True)
class Plan:
    """What a cue's regex can match, read off its parse tree.

    ``words``: alternatives that match one whole word each (so many times as
    the word is in the text). ``gate``: the other alternatives (None: there
    are none). While the gate is shut the regex can only match ``words`` and
    their counts answer for it; otherwise the regex runs, unless the cue only
    asks whether it matches and a phrase already said so.
    """

    words: frozenset[str]
    gate: Gate | None

    def keys(self) -> set[str]:
        """Every word the plan looks up."""
        return set(self.words) | (set(self.gate.vocab) if self.gate else set())


# -- reading a regex ----------------------------------------------------------------------

WB, ANCHOR = "\x00", "\x01"  # \b, and ^ $ \A \Z, in the strings a regex part expands to
LIMIT = 512  # most strings a part of a regex may expand to
MAX_ALTERNATIVES = 64
_REPEATS = T.REPEATS
_ANCHORS = (T.AT_BEGINNING, T.AT_BEGINNING_STRING, T.AT_END, T.AT_END_STRING)
_ZERO_WIDTH = (T.ASSERT, T.ASSERT_NOT)

# A mode says how a string of a regex meets the text: "low" (a regex of lower case,
# run on the lowered text), "cs" (case-sensitive, on the text as written), "ci"
# (case-blind, on the text as written: ASCII only), "any" (no letters: ci and cs alike).


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"  # ``\w`` in a str pattern without re.ASCII


def _mode(mode: str, add: int, remove: int) -> str | None:
    """The mode inside ``(?flags-flags:...)``; None when it changes more than case."""
    if not add and not remove:
        return mode
    if mode == "low" or (add | remove) & ~re.IGNORECASE:
        return None
    return "cs" if remove else "ci"


def _join(a: str, b: str) -> str | None:
    if a == "any" or a == b:
        return b
    return a if b == "any" else None


def _char(ch: str, mode: str) -> list[tuple[str, str]] | None:
    if ch in (WB, ANCHOR):
        return None
    if mode == "low":
        return [(ch, "low")]
    if not ch.isascii():
        return [(ch, "cs")] if mode == "cs" else None
    if ch.isalpha():
        return [(ch.lower(), "ci")] if mode == "ci" else [(ch, "cs")]
    return [(ch, "any")]


def _product(xs: list[tuple[str, str]], ys: list[tuple[str, str]]) -> list[tuple[str, str]] | None:
    """Each string of ``xs`` followed by each of ``ys``; None past LIMIT or on mixed modes."""
    out = []
    for s, a in xs:
        for t, b in ys:
            mode = _join(a, b)
            if mode is None or len(out) >= LIMIT:
                return None
            out.append((s + t, mode))
    return out


def _expand(items: list) -> list[tuple[str, str]] | None:
    """Every string a sequence of (op, av, mode) matches, if there are few; else None."""
    out: list[tuple[str, str]] | None = [("", "any")]
    for op, av, mode in items:
        part = _expand_item(op, av, mode)
        if part is None or (out := _product(out, part)) is None:
            return None
    return out


def _expand_item(op, av, mode: str) -> list[tuple[str, str]] | None:
    if op == T.LITERAL:
        return _char(chr(av), mode)
    if op == T.IN:
        chars: list[str] = []
        for o, a in av:
            if o == T.LITERAL:
                chars.append(chr(a))
            elif o == T.RANGE and a[1] - a[0] < 16:
                chars.extend(map(chr, range(a[0], a[1] + 1)))
            else:
                return None
        out = []
        for ch in chars:
            if (one := _char(ch, mode)) is None:
                return None
            out += one
        return out
    if op == T.SUBPATTERN:
        inner = _mode(mode, av[1], av[2])
        return None if inner is None else _expand([(o, a, inner) for o, a in av[3]])
    if op == T.BRANCH:
        out = []
        for branch in av[1]:
            if (one := _expand([(o, a, mode) for o, a in branch])) is None:
                return None
            out += one
        return out if len(out) <= LIMIT else None
    if op in _REPEATS:
        lo, hi, inner = av
        if hi > 4 or (one := _expand([(o, a, mode) for o, a in inner])) is None:
            return None
        out, cur = [], [("", "any")]
        for k in range(hi + 1):
            if k >= lo:
                out += cur
            if k < hi and (cur := _product(cur, one)) is None:
                return None
        return out if len(out) <= LIMIT else None
    if op == T.AT:
        if av == T.AT_BOUNDARY:
            return [(WB, "any")]
        return [(ANCHOR, "any")] if av in _ANCHORS else None
    return None


def _nonword_char(op, av, mode: str) -> bool:
    """One character that is never a word character (ASCII when case-blind)."""
    if op == T.LITERAL:
        return not _is_word(chr(av)) and (mode != "ci" or av < 128)
    if op == T.IN:
        for o, a in av:
            if o == T.CATEGORY:
                if a not in (T.SPACE, T.NOT_WORD):
                    return False
            elif o == T.LITERAL:
                if not _nonword_char(o, a, mode):
                    return False
            elif o == T.RANGE and a[1] - a[0] < 256:
                if any(not _nonword_char(T.LITERAL, c, mode) for c in range(a[0], a[1] + 1)):
                    return False
            else:
                return False
        return True
    return False


def _guard(items: list, k: int, step: int) -> bool:
    """Is the text character next to a word, on the side of items[k], never a word character?"""
    while 0 <= k < len(items):
        op, av, mode = items[k]
        if op == T.AT:
            return av == T.AT_BOUNDARY or av in _ANCHORS
        if op in _ZERO_WIDTH:
            k += step
            continue
        if op in _REPEATS and len(av[2]) == 1 and _nonword_char(*av[2][0], mode):
            if av[0] >= 1:
                return True
            k += step  # may match nothing: what comes next decides
            continue
        return _nonword_char(op, av, mode)
    return False


def _words_in(s: str, left: bool, right: bool) -> list[str]:
    """The words of ``s`` that are whole words wherever ``s`` matches.

    A word inside ``s`` is one; a word at an end of ``s`` is one if the regex
    puts a non-word character (or \\b, or ^ or $) on that side.
    """
    out, i, n = [], 0, len(s)
    while i < n:
        if not _is_word(s[i]):
            i += 1
            continue
        j = i
        while j < n and _is_word(s[j]):
            j += 1
        if (i > 0 or left) and (j < n or right):
            out.append(s[i:j])
        i = j
    return out


def _key(word: str, mode: str) -> str:
    """A word with its mode as a key of ``Place.hits`` ("any": no letters, matched as written)."""
    return word if mode == "low" else CI + word if mode == "ci" else CS + word


def _alternatives(items: list, mode: str) -> list[list]:
    """The pattern as alternatives: groups and branches that ``_expand`` cannot spell out
    are opened (while there are few), so that each branch gets the words it needs."""
    alts: list[list] = [[]]
    for op, av in items:
        choices = [[(op, av, mode)]]
        if op not in (T.BRANCH, T.SUBPATTERN) or _expand(choices[0]) is not None:
            pass
        elif op == T.BRANCH:
            choices = [a for b in av[1] for a in _alternatives(b, mode)]
        elif (inner := _mode(mode, av[1], av[2])) is not None:
            choices = _alternatives(av[3], inner)
        if len(alts) * len(choices) > MAX_ALTERNATIVES:
            choices = [[(op, av, mode)]]
        alts = [a + c for a in alts for c in choices]
    return alts


def _needs(items: list) -> list[frozenset[str]]:
    """Words an alternative the words cannot count needs: from each stretch of few strings."""
    needs, i = [], 0
    while i < len(items):
        j, strings = i, [("", "any")]
        while j < len(items):
            part = _expand([items[j]])
            if part is None or (longer := _product(strings, part)) is None:
                break
            strings, j = longer, j + 1
        if j == i:
            i += 1
            continue
        left, right = _guard(items, i - 1, -1), _guard(items, j, 1)
        found = [{_key(w, mode) for w in _words_in(s, left, right)} for s, mode in strings]
        common = set.intersection(*found)  # "will" of "will (pay|make|...)": needed alone
        needs += [frozenset([key]) for key in sorted(common)]
        others = [f - common for f in found]
        if all(others):  # else some string needs no other word: take its longest one
            needs.append(
                frozenset(max(f, key=lambda k: (len(k.lstrip(CS + CI)), k)) for f in others)
            )
        i = j
    return needs


def _phrase(s: str, mode: str, needs: tuple[frozenset[str], ...]) -> Clause:
    """The clause of a fixed string: markers are zero-width, so the text holds the rest."""
    if mode == "ci":  # "İ" matches "i" case-blind, but lower-cases to two characters
        return Clause(needs)
    core = s.strip(WB + ANCHOR)
    if WB in core or ANCHOR in core:
        return Clause(needs, core.replace(WB, "").replace(ANCHOR, ""), mode == "low")
    ends = s[: len(s) - len(s.lstrip(WB + ANCHOR))], s[len(s.rstrip(WB + ANCHOR)) :]
    if any(ANCHOR in e for e in ends):
        return Clause(needs, core, mode == "low")
    return Clause(needs, core, mode == "low", (bool(ends[0]), bool(ends[1])))


def plan(pattern: re.Pattern, lower: bool) -> Plan | None:
    """How to count ``pattern`` by words, or None if only the regex can tell.

    ``lower``: the pattern is run on lower-cased text (and has no IGNORECASE).
    """
    flags = pattern.flags
    if (
        not isinstance(pattern.pattern, str)
        or flags & (re.ASCII | re.LOCALE)
        or (lower and flags & re.IGNORECASE)
        or any(ch in pattern.pattern for ch in (WB, ANCHOR, CS, CI))
    ):
        return None
    tree = T.parse(pattern.pattern, flags)
    if tree is None:
        return None
    mode = "low" if lower else "ci" if flags & re.IGNORECASE else "cs"
    words: set[str] = set()
    clauses: list[Clause] = []
    for alt in _alternatives(list(tree), mode):
        strings = _expand(alt)
        if strings is None:
            needs = _needs(alt)
            if not needs:
                return None
            clauses.append(Clause(tuple(needs)))
            continue
        for s, m in strings:
            inner = s[1:-1]
            if len(s) > 2 and s[0] == WB == s[-1] and all(map(_is_word, inner)):
                words.add(_key(inner, m))
                continue
            found = _words_in(s, False, False)
            if not found:
                return None
            needs = tuple(frozenset([_key(w, m)]) for w in dict.fromkeys(found))
            clauses.append(_phrase(s, m, needs))
    # A word matching both as written and in any case would count twice.
    blind = Vocabulary.of({k for k in words if k[0] == CI}).ci_re
    if blind and any(k[0] == CS and blind.fullmatch(k[1:]) for k in words):
        return None
    return Plan(frozenset(words), Gate.of(clauses) if clauses else None)
