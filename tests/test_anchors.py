"""Reading a regex without the private parser of ``re``: the tree, the literal pre-test
and the counts they give, on patterns of our own and on every genre cue."""

from __future__ import annotations

import contextlib
import dataclasses
import io
import re
from pathlib import Path

import pytest
from conftest import DEV, EXAMPLES
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.ingest import read_file
from kg.resources import data_file, read_tsv
from kg.screen import anchors as T
from kg.screen.anchors import parse, required_literals
from kg.screen.classify import cues, parts
from kg.text.casefold import lower_pattern

DATA = Path(__file__).parent / "data"


@pytest.mark.parametrize(
    "pattern, literals",
    [
        (r"\b(ambassadors?|envoys?)\b", ("ambassador", "envoy")),
        (r"\bsigned\b[^.]{0,40}\b(treaty|accord)\b", ("signed",)),  # one to look for, not two
        (r"\b(press|news) (conference|briefing)\b", ("briefing", "conference")),  # the longer
        (r"(?<!not )\bwelcomed\b", ("welcomed",)),  # a lookbehind requires nothing
        (r"\bvisits?\b|\btrip to\b", ("trip to", "visit")),
        (r"\b(phone|phone call|telephone)\b", ("phone",)),  # "phone" is in the other two
        (r"\b(?:talks){1,3}\b", ("talks",)),
    ],
)
def test_literals_one_of_which_every_match_holds(pattern, literals):
    assert required_literals(re.compile(pattern)) == literals


@pytest.mark.parametrize(
    "pattern",
    [
        r"\b(we|our|us)\b",  # too short to be rare
        r"\b(minister|\w+ly)\b",  # one branch has no literal
        r"(summit)?\s+talks?|\d+",  # the second branch has no literal
        r"^\s*[•*-]\s+\S",  # classes only
        r"\b(?:visa)?\b",  # optional
    ],
)
def test_no_literals_when_a_match_can_do_without(pattern):
    assert required_literals(re.compile(pattern)) is None


def test_case_blind_patterns_get_no_literals():
    assert required_literals(re.compile(r"\bsummit\b", re.IGNORECASE)) is None
    assert required_literals(re.compile(r"(?i:summit) talks")) == (" talks",)


WORDS = ["talks", "talk", "phone", "call", "visit", "visits", "envoy", "summit", "we", "the"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*WORDS, " ", ".", ",", "\n"]), max_size=30))
def test_a_text_without_the_literals_never_matches(tokens):
    text = "".join(tokens)
    for raw in [r"\b(talks?|phone call)\b", r"\bvisits?\b[^.]{0,20}\bsummit\b", r"\benvoy\b"]:
        pattern = re.compile(raw)
        needs = required_literals(pattern)
        if pattern.search(text):
            assert any(lit in text for lit in needs)


def _texts() -> list[Path]:
    found = sorted((DATA / "readouts").glob("*.txt")) + sorted(EXAMPLES.glob("*.txt"))
    found += sorted((DATA / "nonreadouts").glob("*.txt"))
    if DEV.exists():
        found += sorted((DEV / "texts").glob("*.txt"))
    return found


def test_the_pre_test_never_changes_a_cue_count():
    """On every document of the tests and the dev corpus, with and without the literals."""
    plain = [dataclasses.replace(c, needs=None) for c in cues()]
    assert any(c.needs for c in cues())
    checked = 0
    for path in _texts():
        for readout in read_file(path):
            if isinstance(readout, Exception):
                continue
            p = parts(readout)
            places = {
                "title": p.head,
                "head": p.head,
                "lead": p.lead,
                "body": p.body,
                "lines": p.lines,
            }
            for fast, slow in zip(cues(), plain):
                text = places[fast.where].lower() if fast.lower else places[fast.where]
                assert fast.count(text) == slow.count(text), (path.name, fast.pattern.pattern)
                checked += 1
    assert checked > 1000


# -- the parse tree ----------------------------------------------------------------------


def test_the_tree_is_the_one_re_builds():
    """A shared first item leaves the alternatives, one-character alternatives make a class,
    a group that neither captures nor sets a flag is inlined, a lone class item is itself."""
    a, b, c = (ord(ch) for ch in "abc")
    assert parse(r"ab|ac") == [(T.LITERAL, a), (T.IN, [(T.LITERAL, b), (T.LITERAL, c)])]
    assert parse(r"\b(?:x|y)z") == [
        (T.AT, T.AT_BOUNDARY),
        (T.IN, [(T.LITERAL, 120), (T.LITERAL, 121)]),
        (T.LITERAL, 122),
    ]
    assert parse(r"[^.]{0,40}?") == [(T.MIN_REPEAT, (0, 40, [(T.NOT_LITERAL, ord("."))]))]
    assert parse(r"(?:ab)+") == [(T.MAX_REPEAT, (1, T.MANY, [(T.LITERAL, a), (T.LITERAL, b)]))]
    assert parse(r"(a)(?-i:b)") == [
        (T.SUBPATTERN, (1, 0, 0, [(T.LITERAL, a)])),
        (T.SUBPATTERN, (None, 0, re.IGNORECASE, [(T.LITERAL, b)])),
    ]
    assert parse(r"(?<!a )\s") == [
        (T.ASSERT_NOT, (-1, [(T.LITERAL, a), (T.LITERAL, 32)])),
        (T.IN, [(T.CATEGORY, T.SPACE)]),
    ]
    assert parse(r"[\w.-]") == [(T.IN, [(T.CATEGORY, T.WORD), (T.LITERAL, 46), (T.LITERAL, 45)])]


@pytest.mark.parametrize(
    "pattern",
    [
        r"(?P<n>a)(?P=n)",
        r"\x41",
        r"\u00e9",
        r"(a)\1",
        r"(?i)a",
        r"(?#note)a",
        r"(?>a)",
        r"a++",
        r"[]a]",
        r"[[a]",
        r"[a&&b]",
        r"a{",
        r"a{}",
        r"a{,}",
        r"(?=a)?",
        r"[\b]",
    ],
)
@pytest.mark.filterwarnings("ignore::FutureWarning")  # what may become set operations
def test_syntax_beyond_the_cues_is_refused(pattern):
    """Refused patterns are only ever run: what they count is the regex's own answer."""
    re.compile(pattern)
    assert parse(pattern) is None
    assert required_literals(re.compile(pattern)) is None


def test_every_genre_cue_is_read():
    """A cue the parser refused would quietly run its regex on every document: say so."""
    assert all(parse(c.pattern.pattern, c.pattern.flags) is not None for c in cues())


def _dump(seq: list, level: int = 0) -> list[str]:
    """A tree as ``re.DEBUG`` prints the one ``re`` builds."""
    pad, out = "  " * level, []
    for op, av in seq:
        name = op.upper()
        if op == T.IN:
            out.append(pad + name)
            out += [f"{pad}  {o.upper()} {_member(o, a)}" for o, a in av]
        elif op == T.BRANCH:
            out.append(pad + name)
            for i, alternative in enumerate(av[1]):
                out += ([pad + "OR"] if i else []) + _dump(alternative, level + 1)
        elif op == T.SUBPATTERN:
            out += [f"{pad}{name} {av[0]} {av[1]} {av[2]}", *_dump(av[3], level + 1)]
        elif op in T.REPEATS:
            most = "MAXREPEAT" if av[1] == T.MANY else av[1]
            out += [f"{pad}{name} {av[0]} {most}", *_dump(av[2], level + 1)]
        elif op in (T.ASSERT, T.ASSERT_NOT):
            out += [f"{pad}{name} {av[0]}", *_dump(av[1], level + 1)]
        else:
            out.append(f"{pad}{name} {'AT_' + av.upper() if op == T.AT else av}")
    return out


def _member(op: str, av) -> str:
    return f"CATEGORY_{av.upper()}" if op == T.CATEGORY else str(av)


def _as_re_reads(pattern: str, flags: int = 0) -> list[str]:
    """The tree ``re`` builds, as ``re.DEBUG`` prints it (before the compiled code)."""
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        re.compile(pattern, flags | re.DEBUG)
    return out.getvalue().split("\n\n")[0].splitlines()


# A shared first item that re moves out of the alternatives only if it is not nested.
SHARED_FIRST = [r"a*b|a*c", r"(?<!x)a|(?<!x)b", r"[ab]c|[ab]d", r"\bx|\by", r"(a)b|(a)c", "ab|a"]


def test_every_cue_is_read_as_re_reads_it():
    raws = [row["pattern"] for row in read_tsv(data_file("lexicon", "genres.tsv"))]
    for raw in raws + [lower_pattern(raw) for raw in raws] + SHARED_FIRST:
        assert _dump(parse(raw)) == _as_re_reads(raw), raw


ATOMS = [
    "a",
    "b",
    "ab",
    "ı",
    "é",
    " ",
    ".",
    r"\.",
    r"\b",
    r"\B",
    r"\A",
    r"\Z",
    "^",
    "$",
    r"\s",
    r"\w",
    r"\W",
    r"\d",
    r"\S",
    "[ab]",
    "[^a]",
    "[a-c]",
    "[a-]",
    "[-a]",
    r"[\s.]",
    "[é]",
    "[^.]",
    r"[^:\n]",
    "(a|b)",
    "(a|b|)",
    "(?:ab|ac)",
    "(?:a|ab)",
    "(?-i:A|B)",
    "(?i:b)",
    "(?<!x )",
    "(?<=y)",
    "(?=y)",
    "(?!z)",
    "(b)",
    "a|",
    "|b",
    r"\n",
    r"\t",
    "]",
    "}",
    "-",
    r"\x41",
    "(?P<n>a)",
    "{",
    "[]a]",
    "(?i)",
]
QUANTIFIERS = ["?", "*", "+", "{2}", "{1,3}", "{,2}", "{2,}", "{}", "??", "*?", "{0,5}?", "?+"]


@st.composite
def _patterns(draw) -> str:
    items = [
        draw(st.sampled_from(ATOMS))
        + ("" if draw(st.integers(0, 2)) else draw(st.sampled_from(QUANTIFIERS)))
        for _ in range(draw(st.integers(1, 6)))
    ]
    if draw(st.booleans()):
        return "".join(items)
    cut = draw(st.integers(1, len(items)))
    return f"({''.join(items[:cut])})|{''.join(items[cut:])}"


@settings(max_examples=1000, deadline=None)
@given(_patterns())
@pytest.mark.filterwarnings("ignore::FutureWarning")
def test_any_pattern_is_read_as_re_reads_it_or_refused(raw):
    """Refused, the regex runs; read, the tree is the one ``re`` builds."""
    try:
        re.compile(raw)
    except (re.error, OverflowError):
        return
    tree = parse(raw)
    assert tree is None or _dump(tree) == _as_re_reads(raw)
