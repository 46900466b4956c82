"""What a regular expression can match, read from its text: a parse tree, and the literals
every match needs (a cheap test before the regex).

The readout filter reads its cues' regexes to count them without running them
(``kg.screen.cuewords``) and to skip them on texts that cannot match. ``parse``
reads the syntax cues are written in (literals, escapes, classes, groups,
lookarounds, alternation, repeats) into the tree ``re`` itself builds, and
refuses (None) anything else: a refused pattern is only ever run, never read,
so a cue in any syntax still counts exactly. The parser inside ``re`` is private and
may change in any Python release; this one is the project's (tests/test_anchors.py
checks its trees against what ``re.DEBUG`` prints).

Python's ``re`` tries every alternative of ``\\b(citizens|households|...)`` at every
position of a text; ``str.__contains__`` finds a fixed string several times faster.
If every match of a pattern must contain one of a few literals, a text holding
none of them cannot match, and the regex need not run.
"""

from __future__ import annotations

import re

# Nodes of the tree, as (op, argument), after re's own: LITERAL code point, NOT_LITERAL
# code point, ANY None, IN [(LITERAL, cp) | (RANGE, (lo, hi)) | (CATEGORY, name) |
# (NEGATE, None)], AT position, SUBPATTERN (group number or None, flags added, flags
# removed, sequence), BRANCH (None, [sequence...]), MAX_REPEAT / MIN_REPEAT (least, most,
# sequence), ASSERT / ASSERT_NOT (1 ahead or -1 behind, sequence).
LITERAL, NOT_LITERAL, ANY, IN, AT = "literal", "not_literal", "any", "in", "at"
RANGE, CATEGORY, NEGATE = "range", "category", "negate"
SUBPATTERN, BRANCH, MAX_REPEAT, MIN_REPEAT = "subpattern", "branch", "max_repeat", "min_repeat"
ASSERT, ASSERT_NOT = "assert", "assert_not"
AT_BOUNDARY, AT_NON_BOUNDARY = "boundary", "non_boundary"  # \b \B
AT_BEGINNING, AT_END = "beginning", "end"  # ^ $
AT_BEGINNING_STRING, AT_END_STRING = "beginning_string", "end_string"  # \A \Z
SPACE, NOT_SPACE, WORD, NOT_WORD = "space", "not_space", "word", "not_word"
DIGIT, NOT_DIGIT = "digit", "not_digit"
MANY = 2**32 - 1  # the most of an open repeat (``*``, ``+``, ``{2,}``)
REPEATS = (MAX_REPEAT, MIN_REPEAT)

_CATEGORIES = {"d": DIGIT, "D": NOT_DIGIT, "s": SPACE, "S": NOT_SPACE, "w": WORD, "W": NOT_WORD}
_CONTROLS = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v", "a": "\a"}
_POSITIONS = {"b": AT_BOUNDARY, "B": AT_NON_BOUNDARY, "A": AT_BEGINNING_STRING, "Z": AT_END_STRING}
# Groups and lookarounds by their opening: flags added and removed, or the direction.
_CASE = int(re.IGNORECASE)  # a plain int, as re has it in the tree
_GROUPS = {
    "?:": (SUBPATTERN, (0, 0)),
    "?-i:": (SUBPATTERN, (0, _CASE)),
    "?i:": (SUBPATTERN, (_CASE, 0)),
    "?=": (ASSERT, 1),
    "?!": (ASSERT_NOT, 1),
    "?<=": (ASSERT, -1),
    "?<!": (ASSERT_NOT, -1),
}
_QUANTIFIER = re.compile(r"\{([0-9]*)(,?)([0-9]*)\}")
_NESTED = (SUBPATTERN, BRANCH, MAX_REPEAT, MIN_REPEAT, ASSERT, ASSERT_NOT)


class _Refused(Exception):
    """Syntax outside the subset ``parse`` reads."""


def parse(pattern: str, flags: int = 0) -> list | None:
    """The parse tree of ``pattern`` (a valid regex), or None outside the syntax cues use."""
    if not isinstance(pattern, str) or flags & re.VERBOSE:
        return None
    reader = _Reader(pattern)
    try:
        tree = reader.alternation()
        if reader.i != len(pattern):
            raise _Refused
    except _Refused:
        return None
    return tree


def _branch(items: list[list]) -> list:
    """Alternatives as ``re`` stores them: a shared first item moved out (while
    there is one), alternatives of one character each made one class."""
    out = []
    while (
        all(items) and all(it[0] == items[0][0] for it in items) and items[0][0][0] not in _NESTED
    ):  # re compares nested parts by identity
        out.append(items[0][0])
        items = [it[1:] for it in items]
    chars: list = []
    for item in items:
        if len(item) != 1:
            break
        op, av = item[0]
        if op == LITERAL:
            chars.append((op, av))
        elif op == IN and av[0][0] != NEGATE:
            chars.extend(av)
        else:
            break
    else:
        return [*out, (IN, list(dict.fromkeys(chars)))]
    return [*out, (BRANCH, (None, items))]


class _Reader:
    """Recursive descent over the pattern's text, refusing what it does not know."""

    def __init__(self, text: str):
        self.text, self.i, self.groups = text, 0, 0

    def _next(self) -> str:
        if self.i >= len(self.text):
            raise _Refused
        self.i += 1
        return self.text[self.i - 1]

    def _eat(self, s: str) -> bool:
        if self.text.startswith(s, self.i):
            self.i += len(s)
            return True
        return False

    def alternation(self) -> list:
        items = [self.sequence()]
        while self._eat("|"):
            items.append(self.sequence())
        return items[0] if len(items) == 1 else _branch(items)

    def sequence(self) -> list:
        seq: list = []
        while self.i < len(self.text) and self.text[self.i] not in "|)":
            item = self.atom()
            bounds = self.quantifier()
            if bounds is None:
                seq.append(item)
                continue
            op, av = item
            if op in (AT, ASSERT, ASSERT_NOT):
                raise _Refused
            inner = av[3] if op == SUBPATTERN and av[:3] == (None, 0, 0) else [item]
            lazy = self._eat("?")
            if self.text.startswith("+", self.i):  # possessive
                raise _Refused
            seq.append((MIN_REPEAT if lazy else MAX_REPEAT, (*bounds, inner)))
        # A group that neither captures nor sets a flag is its items, in line.
        return [
            one
            for op, av in seq
            for one in (av[3] if op == SUBPATTERN and av[:3] == (None, 0, 0) else [(op, av)])
        ]

    def quantifier(self) -> tuple[int, int] | None:
        for sign, bounds in (("?", (0, 1)), ("*", (0, MANY)), ("+", (1, MANY))):
            if self._eat(sign):
                return bounds
        if not self.text.startswith("{", self.i):
            return None
        m = _QUANTIFIER.match(self.text, self.i)
        if not m or not (m[1] or m[3]):  # "{" as a literal, "{,}": refuse
            raise _Refused
        self.i = m.end()
        lo = int(m[1] or 0)
        return lo, (int(m[3]) if m[3] else MANY if m[2] else lo)

    def atom(self) -> tuple:
        ch = self._next()
        if ch == "(":
            return self.group()
        if ch == "[":
            return self.klass()
        if ch == "\\":
            found = self.escape(False)
            return (IN, [found]) if found[0] == CATEGORY else found
        if ch in "*+?{":
            raise _Refused
        return {".": (ANY, None), "^": (AT, AT_BEGINNING), "$": (AT, AT_END)}.get(
            ch, (LITERAL, ord(ch))
        )

    def group(self) -> tuple:
        kind = next((k for k in _GROUPS if self.text.startswith(k, self.i)), None)
        if kind is None and self.text.startswith("?", self.i):
            raise _Refused  # named groups, comments, flags for the whole pattern...
        if kind is None:
            self.groups += 1
            op, number, how = SUBPATTERN, self.groups, (0, 0)
        else:
            self.i += len(kind)
            (op, how), number = _GROUPS[kind], None
        inner = self.alternation()
        if not self._eat(")"):
            raise _Refused
        if op == SUBPATTERN:
            return SUBPATTERN, (number, *how, inner)
        return op, (how, inner)

    def escape(self, in_class: bool) -> tuple:
        """What follows a backslash: a literal, a category, or (outside a class) a position."""
        ch = self._next()
        if ch in _CATEGORIES:
            return CATEGORY, _CATEGORIES[ch]
        if ch in _CONTROLS:
            return LITERAL, ord(_CONTROLS[ch])
        if ch in _POSITIONS and not in_class:
            return AT, _POSITIONS[ch]
        if ch.isascii() and ch.isalnum():  # \x41, \u00e9, \N{...}, \1, \g...: refuse
            raise _Refused
        return LITERAL, ord(ch)

    def klass(self) -> tuple:
        negate = self._eat("^")
        chars: list = []
        if self.text.startswith("]", self.i):  # a first "]" is a literal: refuse
            raise _Refused
        while (ch := self._next()) != "]":
            if ch == "[" or (ch in "-&~|" and self.text.startswith(ch, self.i)):
                raise _Refused  # what re warns may become set operations
            first = self.escape(True) if ch == "\\" else (LITERAL, ord(ch))
            if not self._eat("-"):
                chars.append(first)
            elif self._eat("]"):
                chars += [first, (LITERAL, ord("-"))]
                break
            else:
                ch = self._next()
                last = self.escape(True) if ch == "\\" else (LITERAL, ord(ch))
                if first[0] != LITERAL or last[0] != LITERAL or last[1] < first[1]:
                    raise _Refused
                chars.append((RANGE, (first[1], last[1])))
        chars = list(dict.fromkeys(chars))
        if len(chars) == 1 and chars[0][0] == LITERAL:
            return (NOT_LITERAL, chars[0][1]) if negate else chars[0]
        return IN, ([(NEGATE, None)] if negate else []) + chars


MIN_LENGTH = 3  # shorter literals are in nearly every text: no use as a test


def required_literals(pattern: re.Pattern) -> tuple[str, ...] | None:
    """Strings one of which is in every text ``pattern`` matches in; None if none are known.

    Case-insensitive patterns get None: their literals match in any case.
    """
    if pattern.flags & re.IGNORECASE:
        return None
    tree = parse(pattern.pattern, pattern.flags)
    found = None if tree is None else _required(tree)
    if not found or min(map(len, found)) < MIN_LENGTH:
        return None
    # "phone" already tells what "phone call" would: keep the shortest of nested literals
    kept = [a for a in found if not any(b != a and b in a for b in found)]
    return tuple(sorted(kept))


def _required(seq) -> frozenset[str] | None:
    """For a sequence of parsed items, the best set of literals that a match must contain.

    Each item of a sequence is matched, so any one item's requirement holds for
    the whole: a run of literal characters, a group, an alternation whose
    branches all have requirements (any of theirs), a repeat of at least one.
    Assertions, classes and optional parts require nothing.
    """
    best: frozenset[str] | None = None
    run: list[str] = []

    def offer(cands: frozenset[str] | None) -> None:
        nonlocal best
        if cands and (best is None or _rank(cands) > _rank(best)):
            best = cands

    for op, av in seq:
        if op == LITERAL:
            run.append(chr(av))
            continue
        if run:
            offer(frozenset(["".join(run)]))
            run = []
        if op == SUBPATTERN:
            _group, add_flags, del_flags, inner = av
            if not add_flags and not del_flags:  # an inline flag may make it case-blind
                offer(_required(inner))
        elif op == BRANCH:
            branches = [_required(b) for b in av[1]]
            if all(branches):
                offer(frozenset().union(*branches))
        elif op in REPEATS and av[0] >= 1:
            offer(_required(av[2]))
    if run:
        offer(frozenset(["".join(run)]))
    return best


def _rank(cands: frozenset[str]) -> tuple[bool, int, int]:
    """Prefer literals long enough to be rare, then fewer of them to look for."""
    shortest = min(map(len, cands))
    return shortest >= MIN_LENGTH, -len(cands), shortest
