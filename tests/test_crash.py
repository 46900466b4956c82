"""Crash safety: a real `kg build` killed with SIGKILL leaves whole readouts, and a second
build on a store in use is refused with a clear error."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import DEV, needs_dev
from conftest import stored_graphs as by_graph
from servers import tool

from kg.build import build
from kg.cli import main
from kg.errors import StoreError
from kg.store.database import Store
from kg.summaries import tracker as summaries

N = 600  # several write batches (kg.build.BATCH_TRIPLES), so a kill lands between two


def make_inputs(folder: Path, n: int = N) -> Path:
    """``n`` distinct readouts: the dev texts, each copy with its own closing line."""
    folder.mkdir(parents=True, exist_ok=True)
    texts = sorted((DEV / "texts").glob("*.txt"))
    for i in range(n):
        src = texts[i % len(texts)]
        body = src.read_text(encoding="utf-8").rstrip("\n")
        (folder / f"r{i:04d}.txt").write_text(f"{body}\n\nReference {i}.\n", encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def reference(tmp_path_factory):
    """The inputs and the store a clean build makes of them, and how long that took."""
    root = tmp_path_factory.mktemp("crash")
    inputs = make_inputs(root / "in")
    t0 = time.monotonic()
    with Store(root / "ref") as store:
        summary = build([inputs], store)
        assert not summary.failed
        graphs = by_graph(store)
    return inputs, graphs, time.monotonic() - t0


@needs_dev
def test_sigkill_mid_build_leaves_whole_readouts_and_the_next_build_finishes(tmp_path, reference):
    inputs, expected, seconds = reference
    n_readouts = sum(1 for g in expected if "/readout/" in g)
    delay = 1.0 + seconds / 3  # start-up, then about a third of the way
    for _attempt in range(6):
        store_dir = tmp_path / f"s{_attempt}"
        proc = subprocess.Popen(
            [tool("kg"), "build", str(inputs), "--store", str(store_dir)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        time.sleep(delay)
        if proc.poll() is not None:  # finished before the kill: kill sooner
            delay /= 2
            continue
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        assert proc.returncode == -signal.SIGKILL
        with Store(store_dir, read_only=True) as store:
            got = by_graph(store)
        done = [g for g in got if "/readout/" in g]
        if not done:  # killed before the first readout: kill later
            delay *= 1.5
            continue
        assert len(done) < n_readouts
        # Every graph in the store is exactly the graph a clean build makes: none half-written.
        for g, quads in got.items():
            assert quads == expected[g], (g, sorted(map(str, quads ^ expected[g]))[:6])
        # The next build finishes the job.
        again = subprocess.run(
            [tool("kg"), "build", str(inputs), "--store", str(store_dir)],
            capture_output=True,
            text=True,
            timeout=600,
            check=False,
        )
        assert again.returncode == 0, again.stderr
        assert f"unchanged {len(done)}," in again.stdout
        assert f"added {n_readouts - len(done)}," in again.stdout
        with Store(store_dir, read_only=True) as store:
            assert by_graph(store) == expected
            assert summaries.check(store) == []  # the ties caught up with the readouts
        return
    pytest.fail("could not kill the build while it was writing")


@needs_dev
def test_second_build_on_a_store_in_use_is_refused(tmp_path, reference):
    inputs, expected, _ = reference
    store_dir = tmp_path / "s"
    first = subprocess.Popen(
        [tool("kg"), "build", str(inputs), "--store", str(store_dir)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 60
        while not (store_dir / "kg.store.lock").exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(0.3)
        assert first.poll() is None, "the first build ended too soon for this test"
        second = CliRunner().invoke(main, ["build", str(inputs), "--store", str(store_dir)])
        assert second.exit_code != 0
        assert second.output.strip().splitlines()[-1] == (
            f"Error: {store_dir}: store is in use by another process "
            "(a build, or a reader such as kg serve)"
        )
        reader = CliRunner().invoke(main, ["query", "--store", str(store_dir), "ASK {}"])
        assert reader.exit_code != 0
        assert "store is being written by another process" in reader.output
        assert f"pid {first.pid}" in reader.output
    finally:
        _out, err = first.communicate(timeout=600)
    assert first.returncode == 0, err
    with Store(store_dir, read_only=True) as store:
        assert by_graph(store) == expected


def test_stale_lock_file_after_a_crash_does_not_block(tmp_path):
    """The lock is a kernel lock, not the file's existence: a dead holder frees it."""
    store_dir = tmp_path / "s"
    proc = subprocess.Popen(
        [
            sys.executable,
            "-c",
            (
                "import sys,time; from kg.store.database import Store; "
                "s = Store(sys.argv[1]); print('open', flush=True); time.sleep(60)"
            ),
            str(store_dir),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout.readline().strip() == "open"
        with pytest.raises(StoreError, match="in use by another process"):
            Store(store_dir)
    finally:
        proc.kill()
        proc.wait()
    assert (store_dir / "kg.store.lock").exists()
    with Store(store_dir) as store:
        assert len(store) == 0


def _children(pid: int) -> list[int]:
    out = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            out.append(int(stat.parent.name))
    return out


@needs_dev
def test_a_worker_killed_mid_build_costs_no_readout(tmp_path, reference):
    """The OOM killer takes an extraction worker: its readouts go to a new pool."""
    inputs, expected, _ = reference
    killed = []

    def kill_a_worker(_n: int, seen: list = []) -> None:  # noqa: B006 - counts the calls
        seen.append(1)
        if len(seen) == 40 and not killed:
            # Workers are the forkserver's children (or ours, with spawn).
            workers = [w for c in _children(os.getpid()) for w in _children(c)] or _children(
                os.getpid()
            )
            os.kill(workers[0], signal.SIGKILL)
            killed.append(workers[0])

    with Store(tmp_path / "s") as store:
        summary = build([inputs], store, jobs=2, progress=kill_a_worker)
        got = by_graph(store)
    assert killed
    assert not summary.failed
    assert got == expected
