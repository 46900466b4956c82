"""A damaged store (truncated or bit-rotted RocksDB files) is one line from every command, exit 2,
saying it is damaged and how to rebuild it; a bulk load cut short leaves nothing behind."""

from __future__ import annotations

import os
import shutil
import subprocess
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import EXAMPLES
from servers import free_port, stop, tool, wait_until_up

from kg.build import build
from kg.cli import main
from kg.store.database import Store

COUNT = "SELECT ?s WHERE { ?s a ?t }"


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("damaged") / "store"
    with Store(path) as store:
        assert not build([EXAMPLES], store).failed
    return path


def _ssts(path: Path) -> list[Path]:
    return sorted(path.glob("[0-9]*.sst"))


def _rot(file: Path, at: float) -> None:
    data = bytearray(file.read_bytes())
    middle = int(len(data) * at)
    data[middle : middle + 64] = b"\x5a" * 64
    file.write_bytes(bytes(data))


def truncated(path: Path) -> None:
    """Every table file cut in half (the newest alone may be one RocksDB no longer reads)."""
    for f in _ssts(path):
        os.truncate(f, f.stat().st_size // 2)


def rotted(path: Path) -> None:
    for f in _ssts(path):
        _rot(f, 0.5)


def rotted_data(path: Path) -> None:
    """Only data blocks of the big files: the store opens, reading it fails later."""
    for f in _ssts(path):
        if f.stat().st_size > 20_000:
            _rot(f, 1 / 3)


def manifest_gone(path: Path) -> None:
    (path / (path / "CURRENT").read_text().strip()).unlink()


def sst_gone(path: Path) -> None:
    for f in _ssts(path)[::2]:
        f.unlink()


DAMAGE = [truncated, rotted, rotted_data, manifest_gone, sst_gone]
COMMANDS = [
    ["query", COUNT],
    ["export", "--format", "nq", "OUT/out.nq"],
    ["export", "--format", "gexf", "OUT/out.gexf"],
    ["stats"],
    ["validate"],
    ["build", str(EXAMPLES)],
]


def damaged(built: Path, tmp_path: Path, damage) -> Path:
    path = tmp_path / "store"
    shutil.copytree(built, path)
    damage(path)
    return path


def _args(command: list[str], path: Path, tmp_path: Path) -> list[str]:
    return [a.replace("OUT/", f"{tmp_path}/") for a in command] + ["--store", str(path)]


def assert_one_line(stderr: str, path: Path) -> None:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith(f"Error: {path}: store is damaged (")
    assert "rebuild it from the inputs" in lines[0] and "kg build" in lines[0]


# Oxigraph 0.5.13 (the latest) never finishes some aggregate and ASK ... UNION queries over
# a data block whose checksum fails: it reads the block again and again instead of raising
# (`SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }` spins the same way, while a
# plain scan raises "Corruption: block checksum mismatch"). With today's example store, kg
# validate meets such a block on rotted_data, and so does this count through kg query: both
# run their queries in a worker, and a query past ``kg.store.isolated.STALL`` seconds gets
# the store scanned beside it, which finds the damage and stops the query with one line.
SPINNING_COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"


def _cases():
    for command in COMMANDS:
        for damage in DAMAGE:
            yield pytest.param(damage, command, id=f"{'-'.join(command[:3:2])}-{damage.__name__}")


@pytest.mark.parametrize(("damage", "command"), list(_cases()))
def test_every_command_says_the_store_is_damaged(built, tmp_path, damage, command):
    path = damaged(built, tmp_path, damage)
    result = CliRunner().invoke(main, _args(command, path, tmp_path))
    assert result.exit_code == 2, (result.output, result.exception)
    assert_one_line(result.stderr, path)


@pytest.mark.parametrize("damage", [truncated, rotted_data], ids=lambda d: d.__name__)
def test_the_installed_command_says_it_too(built, tmp_path, damage):
    path = damaged(built, tmp_path, damage)
    for command in COMMANDS:
        run = subprocess.run(
            [tool("kg"), *_args(command, path, tmp_path)],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert run.returncode == 2, (command, run.stderr[-2000:])
        assert_one_line(run.stderr, path)


def test_a_query_that_spins_on_a_bad_data_block_is_stopped_with_one_line(built, tmp_path):
    """No --timeout: without the damage scan this count never ends (see SPINNING_COUNT)."""
    path = damaged(built, tmp_path, rotted_data)
    run = subprocess.run(  # a child with a time limit: a scan that missed it would spin on
        [tool("kg"), "query", SPINNING_COUNT, "--store", str(path)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 2, run.stderr[-2000:]
    assert_one_line(run.stderr, path)


def test_serve_refuses_a_store_damaged_where_it_opens(built, tmp_path):
    path = damaged(built, tmp_path, rotted)
    run = subprocess.run(
        [tool("kg"), "serve", "--store", str(path), "--port", str(free_port())],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert run.returncode == 2
    assert_one_line(run.stderr, path)


def test_serve_answers_a_query_on_damaged_data_with_one_line(built, tmp_path):
    path = damaged(built, tmp_path, rotted_data)
    port = free_port()
    proc = subprocess.Popen(
        [tool("kg"), "serve", "--store", str(path), "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        url = f"http://127.0.0.1:{port}"
        wait_until_up(url + "/", proc)
        body = urllib.parse.urlencode({"query": COUNT}).encode()
        with pytest.raises(urllib.error.HTTPError) as got:
            urllib.request.urlopen(url + "/query", data=body, timeout=30)
        assert got.value.code == 500
        text = got.value.read().decode()
        assert text.startswith("query failed: store is damaged (")
        assert "rebuild it from the inputs" in text and len(text.strip().splitlines()) == 1
    finally:
        stop(proc)


def test_a_bulk_load_cut_short_is_cleaned_up_by_the_next_build(built, tmp_path):
    path = tmp_path / "store"
    shutil.copytree(built, path)
    partial = path / "bulk-123456789012345678901234567890.sst"
    partial.write_bytes(b"\x00" * 4096)  # what a full disk leaves: a file never ingested
    result = CliRunner().invoke(main, ["build", str(EXAMPLES), "--store", str(path)])
    assert result.exit_code == 0, result.output
    assert not partial.exists()
    with Store(path, read_only=True) as store:
        assert len(store.readout_graphs()) == 3
