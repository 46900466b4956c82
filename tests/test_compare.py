"""kg compare: two readouts of one engagement side by side, from files, from a store, and
on the hand-annotated pairs, where it must show the divergences an analyst noted."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import SHARED
from test_engagements import READOUTS, write

from kg.analysis.compare import compare, page, table
from kg.build import build
from kg.cli import main
from kg.gold.annotations import import_gold
from kg.model import RELATIONS
from kg.store.database import Store


def test_two_files_without_a_store(tmp_path):
    inputs = write(tmp_path / "in", ["fr-call", "de-call"])
    r = CliRunner().invoke(
        main, ["compare", str(inputs / "fr-call.txt"), str(inputs / "de-call.txt"), "--format",
               "json"])  # fmt: skip
    assert r.exit_code == 0, r.output
    got = json.loads(r.output)
    assert [s["date"] for s in got["sides"]] == ["2023-05-09", "2023-05-10"]
    rows = {tuple(x["triple"]): x["reported_by"] for x in got["relations_written"]}
    # Both name the two leaders; only the French side has the support for Ukraine.
    assert rows[("Emmanuel Macron", "leaderOf", "France")] == [True, True]
    assert rows[("Emmanuel Macron", "supports", "Ukraine")] == [True, False]
    state = {tuple(x["triple"]): x["reported_by"] for x in got["relations_state"]}
    # "Macron cooperates with Scholz" and "France cooperates with Germany" meet at state level.
    assert state[("France", "cooperatesWith", "Germany")] == [True, True]


def test_an_engagement_of_a_store_by_its_actors_and_day(tmp_path):
    inputs = write(tmp_path / "in", READOUTS)
    with Store(tmp_path / "s") as store:
        build([inputs], store)
    runner = CliRunner()
    r = runner.invoke(main, ["compare", "--store", str(tmp_path / "s"), "--between",
                             "Olaf Scholz", "Emmanuel Macron", "--date", "2023-05-09"])  # fmt: skip
    assert r.exit_code == 0, r.output
    sides = r.output.split("\n\n", 1)[0].splitlines()[1:]
    assert len(sides) == 3  # the call's three readouts, not the meeting
    r = runner.invoke(main, ["compare", "--store", str(tmp_path / "s"), "--between",
                             "Olaf Scholz", "Emmanuel Macron", "--date", "2023-06-20"])  # fmt: skip
    assert r.exit_code == 2 and "0 engagements" in r.output
    r = runner.invoke(main, ["compare", "a.txt"])
    assert r.exit_code == 2 and "exactly two" in r.output


def test_the_page_aligns_shared_claims_and_marks_one_sided_ones(tmp_path):
    inputs = write(tmp_path / "in", ["fr-call", "de-call"])
    with Store() as store:
        build([inputs], store)
        c = compare(store, sorted(store.readout_graphs()))
    html = page(c)
    assert html.count('class="shared"') == sum(None not in s for _, s in c.rows("written")) + sum(
        None not in s for _, s in c.rows("state")
    )
    assert 'class="one-sided"' in html and "<th>Élysée" in html.replace("<th>The Federal", "")
    assert "Emmanuel Macron <em>supports</em> Ukraine" in html
    text = table(c, sentences=True)
    assert "supports Ukraine" in text and "reaffirmed his support for Ukraine" in text


PAIRS = SHARED / "corpus" / "pairs"
_REL = "|".join(RELATIONS)


def divergences() -> dict[str, tuple[set, set]]:
    """From DIVERGENCES.md: per engagement, the state-level triples only side a and only side
    b report."""
    out = {}
    text = (PAIRS / "DIVERGENCES.md").read_text(encoding="utf-8")
    for block in text.split("\n## ")[1:]:
        eid = block.split(":", 1)[0].strip()
        m = re.search(r"Relation-level, at state level, from the two golds: (.*)", block)
        if not m:
            continue
        sides = {}
        for side, items in re.findall(r"only side (a|b): (.*?)(?:\.(?= Only)|\.$)", m.group(1),
                                      flags=re.I):  # fmt: skip
            sides[side] = {
                tuple(re.match(rf"(.+?) ({_REL}) (.+)", t.strip()).groups())
                for t in items.split(";")
            }
        out[eid] = (sides.get("a", set()), sides.get("b", set()))
    return out


@pytest.mark.skipif(not (PAIRS / "DIVERGENCES.md").exists(), reason="../shared/corpus is absent")
def test_the_divergences_an_analyst_noted_show_in_kg_compare(tmp_path):
    noted = divergences()
    assert len(noted) >= 4
    with Store(tmp_path / "s") as store:
        import_gold(PAIRS / "gold", PAIRS / "texts", store, PAIRS / "meta.jsonl")
        by_file = {Path(src).stem: g for g, src in store.sources().items()}
        for eid, (only_a, only_b) in sorted(noted.items()):
            c = compare(store, [by_file[f"{eid}a"], by_file[f"{eid}b"]])
            rows = {k: [s is not None for s in sents] for k, sents in c.rows("state")}
            for t in only_a:
                assert rows.get(t) == [True, False], (eid, t)
            for t in only_b:
                assert rows.get(t) == [False, True], (eid, t)
