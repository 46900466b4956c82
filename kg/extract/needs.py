"""The strings every match of a regular expression must hold: a gate cheaper than a search.

A cue's pattern is searched in every sentence holding one of its triggers, and most
searches fail ("aid" opens the aid cue in every sentence with "said"). Yet the pattern
itself names words a match cannot do without ("provid|extend|offer|..."): a few substring
tests for them skip the search wherever none is in the sentence, with the same matches.
The strings are read from the parsed pattern (``re``'s own parser), so they are exact.
"""

from __future__ import annotations

import re
from re import _constants as C  # noqa: PLC2701 - re's parser is the only exact reading
from re import _parser as P  # noqa: PLC2701

# shorter strings ("@", "to") stand in nearly every sentence: no gate
SHORTEST = 3
_NO_WIDTH = (C.AT, C.ASSERT, C.ASSERT_NOT)
_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", C.MAX_REPEAT))


def needs(pattern: re.Pattern) -> tuple[str, ...] | None:
    """Strings one of which every match of ``pattern`` holds, or None when there are none
    long enough to be worth testing."""
    if pattern.flags & re.IGNORECASE:
        return None
    got = _sequence(P.parse(pattern.pattern, pattern.flags))
    if not got or min(map(len, got)) < SHORTEST:
        return None
    return tuple(sorted(got))


def _score(strings: frozenset[str]) -> tuple[int, int]:
    """Longer strings first (rarer in a sentence), then fewer of them."""
    return min(map(len, strings)), -len(strings)


def _sequence(items) -> frozenset[str] | None:
    """The best of the sets its parts need: a run of plain characters, or a part's own."""
    options: list[frozenset[str]] = []
    run: list[str] = []
    for op, av in items:
        if op is C.LITERAL:
            run.append(chr(av))
            continue
        if op in _NO_WIDTH:
            continue  # the characters on either side of "\\b" or a look-around are adjacent
        if run:  # any other part ends the run
            options.append(frozenset({"".join(run)}))
            run = []
        got = _part(op, av)
        if got:
            options.append(got)
    if run:
        options.append(frozenset({"".join(run)}))
    return max(options, key=_score, default=None)


def _part(op, av) -> frozenset[str] | None:
    """What one parsed part needs: a group its content's, alternatives the union of
    theirs (each must need something), a repeat at least once its body's; else nothing."""
    if op is C.SUBPATTERN:
        _, add_flags, _, body = av
        return None if add_flags & re.IGNORECASE else _sequence(body)
    if op is C.BRANCH:
        alternatives = [_sequence(a) for a in av[1]]
        if not alternatives or any(a is None for a in alternatives):
            return None
        return frozenset().union(*alternatives)
    if op in _REPEATS:
        low, _, body = av
        return _sequence(body) if low >= 1 else None
    return None
