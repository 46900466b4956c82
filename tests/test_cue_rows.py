"""Every relation cue row of the lexicon on a sentence of its own (issue 19).

The cases are generated from kg/data/lexicon/cues.tsv: one per row, named by the rule an
extracted Relation records (``relation:pattern``). The sentences live in
tests/data/cue_sentences.tsv, written for this test. A row added without a sentence fails
("has no test sentence"), a row dropped or broken fails its case, because the expected
triple must come with that row's rule as its evidence, not merely appear.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from kg.extract import extract
from kg.extract.lexicon import load
from kg.model import Readout
from kg.resources import read_tsv

SENTENCES = Path(__file__).parent / "data" / "cue_sentences.tsv"
LEAD = "Prime Minister Elena Varga of Hungary met President Emmanuel Macron of France.\n\n"
PUBLISHED = "2024-03-05"

COURTESY = r"hosts:\bcourtesy call (?:from|by)"
# Rows whose sentence states what the row should give but the extractor gets wrong today;
# strict, so the day the library is fixed the mark must go.
KNOWN_BUGS: dict[str, str] = {}


def lexicon_rules() -> list[str]:
    return [f"{cue.relation}:{cue.source}" for cue in load().cues]


def recorded(key: str) -> str:
    """The rule a claim records for the row ``key`` names (its line in cues.tsv)."""
    return {f"{c.relation}:{c.source}": c.rule for c in load().cues}.get(key, key)


@cache
def table() -> dict[str, dict[str, str]]:
    return {row["rule"]: row for row in read_tsv(SENTENCES)}


def evidence(text: str) -> dict[tuple[str, str, str], str]:
    """Each triple the readout LEAD + ``text`` gives, with the rule that gave it."""
    ex = extract(Readout("case", LEAD + text, published=PUBLISHED))
    return {(r.subject, r.relation, r.object): r.rule for r in ex.relations}


def cases() -> list:
    """One case per lexicon row, numbered in the file's order ("07-thanks"), then one per
    sentence whose row the lexicon no longer has ("gone-invites"), so a dropped row fails."""
    rules = lexicon_rules()
    ids = [f"{i:02d}-{rule.split(':', 1)[0]}" for i, rule in enumerate(rules, 1)]
    gone = [rule for rule in table() if rule not in rules]
    ids += [f"gone-{rule.split(':', 1)[0]}" for rule in gone]
    out = []
    for rule, case_id in zip(rules + gone, ids):
        bug = KNOWN_BUGS.get(rule)
        marks = [pytest.mark.xfail(strict=True, reason=bug)] if bug else []
        out.append(pytest.param(rule, id=case_id, marks=marks))
    return out


@pytest.mark.parametrize("rule", cases())
def test_each_cue_row_gives_its_triple_on_its_sentence(rule):
    row = table().get(rule)
    if row is None:
        pytest.fail(f"row {rule} has no test sentence in {SENTENCES.name}")
    want = (row["subject"], row["relation"], row["object"])
    got = evidence(row["sentence"])
    if rule not in lexicon_rules():
        pytest.fail(
            f"row {rule} is no longer in the lexicon (its sentence gives {want}: "
            f"{want in got}); drop its line from {SENTENCES.name} if that was meant"
        )
    assert want in got, f"{row['sentence']!r} does not give {want}; it gives {sorted(got)}"
    assert got[want] == recorded(rule), f"{want} came from {got[want]!r}, not the row under test"


def test_the_one_who_receives_a_courtesy_call_hosts_the_caller():
    """'X received a courtesy call from Y': X hosts Y (the row once swapped them)."""
    got = evidence(table()[COURTESY]["sentence"])
    rule = recorded(COURTESY)
    hosts = {(s, o) for (s, r, o), by in got.items() if r == "hosts" and by == rule}
    assert hosts == {(table()[COURTESY]["subject"], table()[COURTESY]["object"])}
