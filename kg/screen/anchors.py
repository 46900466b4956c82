"""Literal strings a regular expression cannot match without: a cheap test before the regex.

Python's ``re`` tries every alternative of ``\\b(citizens|households|...)`` at every
position of a text; ``str.__contains__`` finds a fixed string several times faster.
If every match of a pattern must contain one of a few literals, a text holding
none of them cannot match, and the regex need not run. The readout filter's
cues are such alternations, scanned over every document of a build.
"""

from __future__ import annotations

import re
from re import _constants as C  # the parse tree of ``re`` itself (Python 3.11+)
from re import _parser as P

MIN_LENGTH = 3  # shorter literals are in nearly every text: no use as a test

_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT)


def required_literals(pattern: re.Pattern) -> tuple[str, ...] | None:
    """Strings one of which is in every text ``pattern`` matches in; None if none are known.

    Case-insensitive patterns get None: their literals match in any case.
    """
    if pattern.flags & re.IGNORECASE or not isinstance(pattern.pattern, str):
        return None
    try:
        found = _required(P.parse(pattern.pattern, pattern.flags))
    except (re.error, TypeError, ValueError, IndexError):
        return None
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
        if op is C.LITERAL:
            run.append(chr(av))
            continue
        if run:
            offer(frozenset(["".join(run)]))
            run = []
        if op is C.SUBPATTERN:
            _group, add_flags, del_flags, inner = av
            if not add_flags and not del_flags:  # an inline flag may make it case-blind
                offer(_required(inner))
        elif op is C.BRANCH:
            branches = [_required(b) for b in av[1]]
            if all(branches):
                offer(frozenset().union(*branches))
        elif op in _REPEATS and av[0] >= 1:
            offer(_required(av[2]))
    if run:
        offer(frozenset(["".join(run)]))
    return best


def _rank(cands: frozenset[str]) -> tuple[bool, int, int]:
    """Prefer literals long enough to be rare, then fewer of them to look for."""
    shortest = min(map(len, cands))
    return shortest >= MIN_LENGTH, -len(cands), shortest
