"""The literal pre-test of a regex: right on patterns of our own, and on every genre cue."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest
from conftest import DEV, EXAMPLES
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.ingest import read_file
from kg.screen.anchors import required_literals
from kg.screen.classify import cues, parts

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
            places = {"title": p.head, "head": p.head, "lead": p.lead, "body": p.body,
                      "lines": p.lines}
            for fast, slow in zip(cues(), plain):
                text = places[fast.where].lower() if fast.lower else places[fast.where]
                assert fast.count(text) == slow.count(text), (path.name, fast.pattern.pattern)
                checked += 1
    assert checked > 1000
