"""Case-insensitive matching by lower-casing the text once instead of ``re.IGNORECASE``.

Under IGNORECASE, Python's ``re`` folds the case of every character it compares,
which makes an alternation of words three times slower than the same pattern,
written in lower case, run over lower-cased text. Offsets in the lower-cased text
are those of the original whenever lower-casing keeps the text's length (always
for ASCII; not for a few letters such as "İ"). For a pattern written in ASCII
the two ways then agree on every text but one holding "ı" or "ſ", which
IGNORECASE takes for "i" and "s" and lower-casing keeps; such a text, or one
whose length changes, is matched with the IGNORECASE pattern as before.

Match objects from the fast path hold lower-cased text: callers use their
offsets (``start``, ``end``, ``span``) on the original, or only test for a match.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

_NAMED_GROUP = re.compile(r"\(\?P(?:<[^>]*>|=[^)]*\))")
# Characters that case-blind ``re`` takes for an ASCII letter they do not lower-case to:
# dotless "ı" for "i", long "ſ" for "s". (The Kelvin sign lower-cases to "k"; "İ", to two
# characters, is told by length.) tests/test_casefold.py derives the set from ``re`` on
# every character, so a Python release that changes it fails there.
CASE_FIXES = frozenset("\u0131\u017f")
_CHAR_ESCAPE = re.compile(r"\\[xuUN0-7]")  # \x41, \u00C9, \N{...}, octal: a letter's case


def lower_pattern(pattern: str) -> str:
    """``pattern`` with its literals in lower case.

    Escapes (``\\S``, ``\\W``, ``\\B``) and group names stay as written, since
    their case carries meaning.
    """
    out, i = [], 0
    while i < len(pattern):
        if pattern[i] == "\\":
            out.append(pattern[i : i + 2])
            i += 2
            continue
        named = _NAMED_GROUP.match(pattern, i)
        if named:
            out.append(named.group())
            i = named.end()
            continue
        out.append(pattern[i].lower())
        i += 1
    return "".join(out)


@dataclass(frozen=True)
class Folded:
    """A pattern matched without regard to case."""

    lower: re.Pattern | None  # the pattern in lower case, for lower-cased text
    anycase: re.Pattern  # the pattern as written, with IGNORECASE

    @classmethod
    def compile(cls, pattern: str, flags: int = 0) -> Folded:
        flags &= ~re.IGNORECASE
        anycase = re.compile(pattern, flags | re.IGNORECASE)
        if "(?-i" in pattern or not pattern.isascii() or _CHAR_ESCAPE.search(pattern):
            # case matters somewhere, or letters beyond ASCII, or characters by code
            return cls(None, anycase)
        return cls(re.compile(lower_pattern(pattern), flags), anycase)

    def search(self, text: str, lowered: str | None = None) -> re.Match | None:
        """The first match, as ``re.search`` with IGNORECASE would find it.

        ``lowered`` is ``text.lower()`` when the caller has it already.
        """
        pattern, subject = self._way(text, lowered)
        return pattern.search(subject)

    def finditer(self, text: str, lowered: str | None = None) -> Iterator[re.Match]:
        pattern, subject = self._way(text, lowered)
        return pattern.finditer(subject)

    def _way(self, text: str, lowered: str | None) -> tuple[re.Pattern, str]:
        """The lower-case pattern and the lowered text, or, where they differ, the originals."""
        if self.lower is None:
            return self.anycase, text
        low = text.lower() if lowered is None else lowered
        if not _same_offsets(text, low):
            return self.anycase, text
        return self.lower, low


def _same_offsets(text: str, lowered: str) -> bool:
    """Whether matching ``lowered`` finds what IGNORECASE finds in ``text``, at the same places."""
    return len(lowered) == len(text) and (
        text.isascii() or not any(ch in text for ch in CASE_FIXES)
    )
