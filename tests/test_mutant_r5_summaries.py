"""kg/summaries behaviour the mutation runs of 831cd4e and 05e98f0 left untested (issue 19,
round 5): a build that finds the summaries marked stale with no readout in the store (one
stopped after marking them, before its first graph) rewrites them empty, and `kg validate`
finds them in line (tracker.py:165: the bulk loader waited on a load it never started).

Real stores on disk, the CLI through click's runner.
"""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from conftest import EXAMPLES

from kg.cli import main
from kg.store.database import Store
from kg.summaries.tracker import mark_stale


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def test_summaries_marked_stale_over_no_readouts_are_rewritten_by_the_next_build(tmp_path):
    (tmp_path / "in").mkdir()
    with Store(tmp_path / "kg") as store:
        mark_stale(store)  # what a build does before its first readout graph is written
    stale = run("validate", "--store", tmp_path / "kg")
    assert stale.exit_code == 1 and "marked stale" in stale.output, stale.output
    built = run("build", tmp_path / "in", "--store", tmp_path / "kg")
    assert built.exit_code == 0, built.output
    checked = run("validate", "--store", tmp_path / "kg")
    assert checked.exit_code == 0, checked.output
    assert "ties graph: matches the readout graphs" in checked.output
    assert "engagements graph: matches the readout graphs" in checked.output


def test_a_readout_joining_a_stored_engagement_leaves_it_as_a_rebuild_would(tmp_path):
    """The second side's readout, built later, regroups the first one's stored record: what
    the incremental rewrite writes back must be what a build from scratch writes."""
    for name in ("call-albanese-scholz", "call-scholz-albanese"):
        built = run("build", EXAMPLES / f"{name}.txt", "--store", tmp_path / "kg")
        assert built.exit_code == 0, built.output
    checked = run("validate", "--store", tmp_path / "kg")
    assert checked.exit_code == 0, checked.output
    assert "engagements graph: matches the readout graphs" in checked.output
    told = run("stats", "--store", tmp_path / "kg")
    assert "engagements told by more than one readout: 1" in told.output, told.output


CALL = (
    "President Emmanuel Macron held a telephone call with Chancellor Olaf Scholz.\n\n"
    "Macron thanked Scholz for the support of Germany to Ukraine.\n"
)
TALKS = (
    "President Emmanuel Macron held talks with Chancellor Olaf Scholz in Berlin on Tuesday.\n\n"
    "Macron thanked Scholz for the warm hospitality.\n"
)


def test_a_tie_told_on_two_days_spans_them_and_its_tallies_are_queried(tmp_path):
    """The call in March, the talks in June: the thanks tie runs from one to the other,
    whether the summaries were counted whole (validate, a rebuild) or brought up to date."""
    for name, text, day in (("call", CALL, "2024-03-04"), ("talks", TALKS, "2024-06-11")):
        (tmp_path / name).mkdir()
        (tmp_path / name / f"{name}.txt").write_text(text, encoding="utf-8")
        built = run("build", tmp_path / name, "--store", tmp_path / "kg", "--published", day)
        assert built.exit_code == 0 and "added 1" in built.output, built.output
    ties = run("query", "--store", tmp_path / "kg", "--name", "ties", "--format", "csv")
    assert "Emmanuel Macron,thanks,Olaf Scholz,2,2,2024-03-04,2024-06-11" in ties.output
    checked = run("validate", "--store", tmp_path / "kg")
    assert checked.exit_code == 0, checked.output
    over_time = run("query", "--store", tmp_path / "kg", "--name", "engagements-over-time")
    assert over_time.exit_code == 0, over_time.output
    assert [ln.split() for ln in over_time.output.splitlines()[2:4]] == [
        ["2024", "Meeting", "1", "1"],
        ["2024", "PhoneCall", "1", "1"],
    ]
    tone = run("query", "--store", tmp_path / "kg", "--name", "tone-by-year", "--format", "csv")
    assert "Emmanuel Macron,Olaf Scholz,2024,3,0,0,1.0,2\n" in tone.output, tone.output


CALL_AGAIN = (
    "Chancellor Olaf Scholz held a phone call with President Emmanuel Macron.\n\n"
    "The two leaders discussed the situation in Ukraine.\n"
)


@pytest.mark.parametrize("second, engagements", [("2024-03-05", 1), ("2024-03-06", 2)])
def test_calls_of_the_same_two_leaders_are_one_engagement_a_day_apart_not_two(
    tmp_path, second, engagements
):
    """A call's two readouts may be dated a day apart (time zones, a late release); two
    days apart they are two calls (visits alone span up to two days)."""
    for name, text, day in (("a", CALL, "2024-03-04"), ("b", CALL_AGAIN, second)):
        (tmp_path / name).mkdir()
        (tmp_path / name / f"{name}.txt").write_text(text, encoding="utf-8")
        built = run("build", tmp_path / name, "--store", tmp_path / "kg", "--published", day)
        assert built.exit_code == 0 and "added 1" in built.output, built.output
    stats = run("stats", "--store", tmp_path / "kg")
    assert f"engagements (readouts of one engagement counted once): {engagements}" in stats.output
    assert run("validate", "--store", tmp_path / "kg").exit_code == 0
