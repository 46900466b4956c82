"""A query worker of `kg query` (``LocalStore``) that dies is reported and let go: its
process reaped and its pipe closed. The mutation runs of issue 19 found a
``LocalStore`` that never closed a dead worker's pipe untested (scripts/RESULTS-mutants.md).

A real store on disk, a real worker process killed from outside.
"""

from __future__ import annotations

import os
import signal

import pytest

from kg.errors import StoreError
from kg.store.database import Store
from kg.store.isolated import LocalStore


def open_fds() -> int:
    return len(os.listdir("/proc/self/fd"))


@pytest.mark.skipif(not os.path.isdir("/proc/self/fd"), reason="needs /proc (Linux)")
def test_a_dead_worker_is_reported_reaped_and_its_pipe_closed(tmp_path):
    path = tmp_path / "store"
    with Store(path) as store:
        store.select("ASK {}")
    with LocalStore(str(path), timeout=30) as local:
        assert local.select("SELECT ?s WHERE { ?s ?p ?o }") == (["s"], [])
        pid = local._worker.proc.pid
        before = open_fds()
        os.kill(pid, signal.SIGKILL)
        with pytest.raises(StoreError, match=r"query worker died \(exit -9\)"):
            local.select("SELECT ?s WHERE { ?s ?p ?o }")
        assert open_fds() < before  # the pipe to the worker is closed at once
        assert not os.path.exists(f"/proc/{pid}")  # reaped, no zombie left
