"""Matching lower-cased text finds what re.IGNORECASE finds, at the same offsets."""

from __future__ import annotations

import re
from string import ascii_lowercase

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract.lexicon import load
from kg.extract.topics import LEADS
from kg.text.casefold import CASE_FIXES, Folded, lower_pattern

# Letters that fold in unusual ways (İ lengthens, ı and ſ match i and s only under
# IGNORECASE, K is the Kelvin sign), beside ordinary words in any case.
PIECES = st.sampled_from(
    [
        "Held",
        "TALKS",
        "talks",
        "phone",
        "Phone",
        "CALL",
        " ",
        ", ",
        ".",
        "İ",
        "ı",
        "ſ",
        "K",
        "é",
        "É",
        "ß",
        "discussed",
        "Discussed ",
        "Video Conference",
        "visit to",
        "\n",
        "ç",
        "Σ",
    ]
)
TEXTS = st.lists(PIECES, max_size=12).map("".join)
PATTERNS = [
    r"\btalks\b",
    r"\b(?:tele)?phone\b|\bcall(?:ed)? (?:with|between)\b",
    r"visit(?:ed|s|ing)? (?!with)\b",
    r"[A-Z]+",
    r"[^a-z ]+",
    r"\bDISCUSS(?:ED)?\s+",
    r"(?P<Word>[a-z]+)\s(?P=Word)",
    r"\u00C9|\x4B",
    r"é+",
]


def spans(matches) -> list[tuple[int, int]]:
    return [m.span() for m in matches]


@settings(max_examples=400, deadline=None)
@given(TEXTS, st.sampled_from(PATTERNS))
def test_folded_agrees_with_ignorecase(text, pattern):
    rx, folded = re.compile(pattern, re.IGNORECASE), Folded.compile(pattern)
    assert spans(folded.finditer(text)) == spans(rx.finditer(text))
    found, expected = folded.search(text), rx.search(text)
    assert (found and found.span()) == (expected and expected.span())


def test_group_names_and_escapes_keep_their_case():
    assert lower_pattern(r"(?P<Obj>Xi)\S\W(?P=Obj)") == r"(?P<Obj>xi)\S\W(?P=Obj)"


def test_patterns_with_case_or_coded_letters_run_as_written():
    assert Folded.compile(r"\u00C9").lower is None
    assert Folded.compile(r"(?-i:US)|talks").lower is None
    assert Folded.compile("Café").lower is None
    assert Folded.compile(r"\btalks\b").lower is not None


def test_the_extractors_case_blind_patterns_take_the_fast_path():
    """A rule file edited with a non-ASCII letter would quietly be slower: say so here."""
    assert LEADS.lower is not None
    assert all(rx.lower is not None for _, rx in load().events)


def test_case_fixes_are_the_letters_re_reads_as_ascii_beyond_lower_casing():
    """Derived from ``re`` on every character: a Python release that changes it fails here.

    Every other character re takes for an ASCII letter lower-cases to that letter (the
    Kelvin sign) or to more than one character ("İ"), which the fast path tells by length.
    """
    any_ascii = re.compile("[a-z]", re.IGNORECASE)
    found = set()
    for cp in range(128, 0x110000):
        ch = chr(cp)
        if any_ascii.fullmatch(ch) and len(ch.lower()) == 1:
            letters = [a for a in ascii_lowercase if re.fullmatch(a, ch, re.IGNORECASE)]
            if letters != [ch.lower()]:
                found.add(ch)
    assert found == CASE_FIXES == {"ı", "ſ"}


def test_dotless_i_and_long_s_are_matched_as_re_matches_them():
    """Lower-casing keeps "ı" and "ſ"; case-blind ``re`` reads them as "i" and "s"."""
    for pattern, text, span in [
        (r"\btasks\b", "Held taſks", (5, 10)),
        ("this", "THıS", (0, 4)),
        (r"\bkin\b", "\u212aIN", (0, 3)),
    ]:
        assert Folded.compile(pattern).search(text).span() == span
