"""`kg query --store`: a slow query stops at --timeout and at Ctrl-C, and leaves no worker behind.

pyoxigraph cannot cancel a query and Python's signal handler waits for the call
into Rust to return, so before the query moved to a worker process a cross
join ran on for minutes after --timeout should have passed or Ctrl-C came.
"""

from __future__ import annotations

import os
import signal
import subprocess
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import EXAMPLES
from servers import tool

from kg.build import build
from kg.cli import main
from kg.store.database import Store

# Three unconstrained patterns over 17,640 quads: trillions of rows, hours of work.
ENDLESS = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> str:
    path = tmp_path_factory.mktemp("timeout") / "store"
    with Store(path) as s:
        assert not build([EXAMPLES], s).failed
        assert len(s) > 5000
    return str(path)


def test_timeout_stops_a_slow_local_query_in_one_line(store):
    t0 = time.monotonic()
    result = CliRunner().invoke(main, ["query", "--store", store, "--timeout", "1", ENDLESS])
    took = time.monotonic() - t0
    assert result.exit_code == 2, result.output
    assert result.output.strip().splitlines() == [
        "Error: query: stopped after 1 s (the time limit)"
    ]
    assert took < 5, took


def test_a_quick_query_under_a_timeout_answers_as_before(store):
    args = ["query", "--store", store, "-n", "ties", "-p", "subject=Anthony Albanese"]
    plain = CliRunner().invoke(main, [*args, "--format", "csv"])
    timed = CliRunner().invoke(main, [*args, "--format", "csv", "--timeout", "30"])
    assert plain.exit_code == timed.exit_code == 0, plain.output + timed.output
    assert plain.output == timed.output and "Anthony Albanese,criticizes,Russia" in plain.output
    # The installed command forks its worker (this process has loaded pyoxigraph: it spawns).
    forked = subprocess.run([tool("kg"), *args, "--format", "csv"], capture_output=True, text=True)
    assert forked.returncode == 0 and forked.stdout == plain.output, forked.stderr


def test_timeout_must_be_positive(store):
    result = CliRunner().invoke(main, ["query", "--store", store, "--timeout", "0", "ASK {}"])
    assert result.exit_code == 2 and "--timeout" in result.output


def test_a_missing_store_is_still_one_line(tmp_path):
    result = CliRunner().invoke(main, ["query", "--store", str(tmp_path / "nope"), "ASK {}"])
    assert result.exit_code == 2
    assert result.output.strip() == f"Error: {tmp_path / 'nope'}: no such store"


def _started_slow_query(store: str) -> tuple[subprocess.Popen, list[int]]:
    """A real `kg query` running ENDLESS, once its worker process is up (and busy)."""
    proc = subprocess.Popen(
        [tool("kg"), "query", "--store", store, ENDLESS],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        kids = _children(proc.pid)
        if kids:
            time.sleep(1.0)  # past opening the store: inside the query
            return proc, _children(proc.pid)
        assert proc.poll() is None, proc.communicate()
        time.sleep(0.05)
    proc.kill()
    raise AssertionError("kg query started no worker within 30 s")


def _children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            text = (task / "children").read_text()
        except FileNotFoundError:
            continue  # a thread that ended meanwhile
        found += [int(x) for x in text.split()]
    return found


def _gone_within(pids: list[int], seconds: float) -> list[int]:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        alive = [p for p in pids if os.path.exists(f"/proc/{p}")]
        if not alive:
            return []
        time.sleep(0.1)
    return alive


def test_ctrl_c_stops_a_slow_local_query_promptly_with_exit_130(store):
    proc, kids = _started_slow_query(store)
    t0 = time.monotonic()
    proc.send_signal(signal.SIGINT)
    try:
        out, err = proc.communicate(timeout=10)
    finally:
        proc.kill()
    assert time.monotonic() - t0 < 3
    assert proc.returncode == 130, err
    assert err.strip().splitlines() == ["interrupted: the query was stopped"]
    assert out == ""
    assert _gone_within(kids, 5) == []


def test_a_killed_kg_query_leaves_no_worker_running(store):
    """`timeout 10 kg query` sends SIGTERM, which ends kg query at once: its worker must go too
    (it would run the cross join for hours, holding the store's lock)."""
    proc, kids = _started_slow_query(store)
    proc.send_signal(signal.SIGTERM)
    proc.communicate(timeout=10)
    assert _gone_within(kids, 5) == []
