"""Queries in a worker process (kg.store.isolated): a long query on a sound store is left to
finish while the store is scanned beside it; on a store with a bad data block, where
Oxigraph 0.5.13 never finishes an aggregate, the scan stops the query with the damage.
And kg validate's checks in parallel workers find what they find one after another."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from test_damaged_store import SPINNING_COUNT, built, rotted_data  # noqa: F401 - fixture

from kg.analysis.validate import plan, run
from kg.errors import QueryError
from kg.rdf.vocab import ONT
from kg.store import terms as ox
from kg.store.database import DamagedStore, Store
from kg.store.integrity import damage
from kg.store.isolated import IsolatedStore, LocalStore

SENTENCE = ox.NamedNode(ONT + "sentence")
# 22 x 2,000 x 286 rows on the store below: one to two seconds.
LONG = "SELECT (COUNT(*) AS ?n) WHERE { ?a <urn:p0> <urn:o0> . ?d ?e ?f . ?g <urn:p1> ?i }"


@pytest.fixture(scope="module")
def sound(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("sound") / "store"
    with Store(path) as s:
        nt = "".join(f"<urn:s{i}> <urn:p{i % 7}> <urn:o{i % 13}> .\n" for i in range(2000))
        s.put_ntriples("urn:g", nt.encode(), 2000)
    return path


@pytest.fixture
def rotted(built, tmp_path) -> Path:  # noqa: F811 - the fixture imported above
    path = tmp_path / "store"
    shutil.copytree(built, path)
    rotted_data(path)
    return path


def test_a_long_query_on_a_sound_store_answers_after_the_scan_finds_nothing(sound):
    with LocalStore(str(sound), stall=0.1) as store:
        assert store.select(LONG) == (["n"], [[12_584_000]])
        assert store.select("ASK { ?s <urn:p3> ?o }") == (["result"], [[True]])


def test_a_query_that_spins_on_damage_is_stopped_by_the_scan(rotted):
    # the time limit bounds the test should the scan miss the damage (QueryError, not a hang)
    with LocalStore(str(rotted), timeout=60, stall=0.2) as store:
        with pytest.raises(DamagedStore) as caught:
            store.select(SPINNING_COUNT)
    assert "store is damaged (" in caught.value.reason and ".sst" in caught.value.reason


def test_the_time_limit_still_stops_a_query_before_any_scan(rotted):
    with LocalStore(str(rotted), timeout=0.5, stall=5) as store, pytest.raises(QueryError):
        store.select(SPINNING_COUNT)


def test_the_scan_reads_every_fact(sound, rotted):
    with Store(sound, read_only=True) as store:
        assert damage(store) is None
    with Store(rotted, read_only=True) as store:
        found = damage(store)
    assert isinstance(found, DamagedStore) and "store is damaged" in found.reason


def test_checks_in_parallel_workers_find_what_one_process_finds(built, tmp_path):  # noqa: F811
    path = tmp_path / "store"
    shutil.copytree(built, path)
    with Store(path) as store:  # one claim loses its sentence: a violation to find
        quad = next(iter(store.quads_for_pattern(None, SENTENCE, None, None)))
        store.swap_quads([quad], [])
    with IsolatedStore(path) as store:
        steps = plan(store)
        alone = run(store, steps, jobs=1)
        together = run(store, steps, jobs=2)
    assert alone and together == alone
    assert any(v.focus == quad.subject.value for v in alone)


PARALLEL = """
import sys
from kg.analysis.validate import plan, run
from kg.store.database import DamagedStore
from kg.store.isolated import IsolatedStore
with IsolatedStore(sys.argv[1]) as store:
    try:
        run(store, plan(store), jobs=2)
    except DamagedStore as exc:
        print(exc.reason)
"""


def test_parallel_workers_stop_on_damage_too(rotted):
    """In a child process: were the damage missed, the workers would spin for ever."""
    done = subprocess.run(
        [sys.executable, "-c", PARALLEL, str(rotted)], capture_output=True, text=True, timeout=180
    )
    assert done.stdout.startswith("store is damaged ("), done.stderr[-2000:]
