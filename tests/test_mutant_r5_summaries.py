"""kg/summaries behaviour the mutation runs of 831cd4e and 05e98f0 left untested (issue 19,
round 5): a build that finds the summaries marked stale with no readout in the store (one
stopped after marking them, before its first graph) rewrites them empty, and `kg validate`
finds them in line (tracker.py:165: the bulk loader waited on a load it never started).

Real stores on disk, the CLI through click's runner.
"""

from __future__ import annotations

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
