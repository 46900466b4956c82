"""The CLI through click's runner: outputs and exit codes, good input and bad."""

from __future__ import annotations

import json

import networkx as nx
from click.testing import CliRunner
from conftest import EXAMPLES

from kg.cli import main


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def test_extract_json_lines_for_several_inputs():
    files = sorted(EXAMPLES.glob("*.txt"))
    result = run("extract", *files)
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.output.splitlines()]
    assert [d["source"] for d in lines] == [str(f) for f in files]
    assert all(d["event"]["participants"] for d in lines)


def test_extract_reads_sidecar_metadata():
    out = json.loads(run("extract", EXAMPLES / "visit-modi-kishida.txt").output)
    assert out["published"] == "2023-05-19"
    assert out["event"]["date"] == "2023-05-19"
    assert ["Narendra Modi", "leaderOf", "India"] in out["relations"]


def test_missing_empty_and_binary_files_each_give_one_line(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    binary = tmp_path / "blob.txt"
    binary.write_bytes(bytes(range(256)) * 4)
    missing = tmp_path / "missing.txt"
    good = EXAMPLES / "visit-modi-kishida.txt"
    result = CliRunner().invoke(main, ["extract", str(missing), str(empty), str(binary), str(good)])
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 3
    assert str(missing) in errors[0] and "no such file" in errors[0]
    assert str(empty) in errors[1] and "empty" in errors[1]
    assert str(binary) in errors[2] and "binary" in errors[2]
    assert json.loads(result.stdout)["event"]["participants"]


def test_unknown_format_is_refused(tmp_path):
    f = tmp_path / "x.docx"
    f.write_text("hello")
    result = run("extract", f)
    assert result.exit_code == 1 and "unknown format" in result.stderr


def test_build_query_export(tmp_path):
    store = tmp_path / "store"
    result = run("build", EXAMPLES, "--store", store)
    assert result.exit_code == 0, result.output
    assert "added 3" in result.output
    again = run("build", EXAMPLES, "--store", store)
    assert "nothing changed" in again.output

    q = run("query", "--store", store, "--name", "who-did-what", "--format", "json")
    assert q.exit_code == 0, q.output
    rows = json.loads(q.output)
    assert rows and {"subject", "object"} <= set(rows[0])

    csv_out = run(
        "query", "--store", store, "--format", "csv", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    )
    assert csv_out.exit_code == 0 and csv_out.output.splitlines()[0] == "n"

    # A query that cannot run is a runtime error: exit 2, one line on stderr.
    bad = run("query", "--store", store, "SELECT WHERE {")
    assert bad.exit_code == 2 and "syntax" in bad.stderr.lower()
    assert bad.stdout == ""

    unknown = run("query", "--store", store, "--name", "no-such-query")
    assert unknown.exit_code == 2 and "no named query" in unknown.stderr

    gexf = tmp_path / "g.gexf"
    assert run("export", "--store", store, "--format", "gexf", gexf).exit_code == 0
    g = nx.read_gexf(gexf)
    assert g.number_of_edges() > 0
    labels = {d.get("label") for _, d in g.nodes(data=True)}
    assert "Narendra Modi" in labels
    for fmt in ("graphml", "ttl", "trig", "nq", "jsonld"):
        out = tmp_path / f"out.{fmt}"
        assert run("export", "--store", store, "--format", fmt, out).exit_code == 0
        assert out.stat().st_size > 0

    stats = run("stats", "--store", store)
    assert stats.exit_code == 0 and "readouts: 3" in stats.output

    valid = run("validate", "--store", store)
    assert valid.exit_code == 0, valid.output


def test_query_on_missing_store(tmp_path):
    result = run("query", "--store", tmp_path / "none", "SELECT * WHERE { ?s ?p ?o }")
    assert result.exit_code == 2 and "no such store" in result.stderr


def test_every_reading_command_refuses_a_missing_store_the_same_way(tmp_path):
    """One line on stderr naming the store, exit 2, and no store left behind."""
    none = tmp_path / "none"
    for args in (
        ("query", "ASK {}"),
        ("stats",),
        ("validate",),
        ("export", "--format", "gexf", tmp_path / "x.gexf"),
        ("push", "--endpoint", "http://127.0.0.1:1"),
        ("serve",),
        ("plot", "ego", "China", "-o", tmp_path / "x.html"),
        ("plot", "timeline", "China", "Brazil", "-o", tmp_path / "x.html"),
    ):
        result = run(*args, "--store", none)
        assert result.exit_code == 2, (args, result.output)
        assert result.stderr == f"Error: {none}: no such store\n", args
        assert not none.exists()
    assert list(tmp_path.iterdir()) == []


def test_exit_codes_are_in_the_help():
    out = run("--help").output
    for line in (
        "0  done",
        "1  done, but some input failed or the data violates the shapes",
        "2  usage or runtime error",
    ):
        assert line in out


def test_usage_errors_exit_2_before_a_store_is_made(tmp_path):
    store = tmp_path / "s"
    bad_column = run("build", EXAMPLES, "--store", store, "--column", "nonsense")
    assert bad_column.exit_code == 2 and "--column" in bad_column.stderr
    assert run("build", "--store", store).exit_code == 2  # no PATHS
    assert not store.exists()
    assert run("query", "--store", store, "-n", "ties", "-p", "subject").exit_code == 2
    assert run("query", "--store", store).exit_code == 2  # no query given
    assert run("query", "ASK {}").exit_code == 2  # neither --store nor --endpoint
    assert run("no-such-command").exit_code == 2


def test_validate_exits_1_on_violations_and_2_when_it_cannot_run(tmp_path):
    from kg.rdf.vocab import TIES
    from kg.store.database import Store

    store = tmp_path / "s"
    assert run("build", EXAMPLES, "--store", store).exit_code == 0
    assert run("validate", "--store", store).exit_code == 0
    with Store(store) as s:
        s.remove_graph(TIES)
    off = run("validate", "--store", store)
    assert off.exit_code == 1 and "differences from the readout graphs" in off.stdout
    with Store(store):  # a writer holds the store: validate cannot read it
        busy = run("validate", "--store", store)
    assert busy.exit_code == 2 and len(busy.stderr.splitlines()) == 1
    assert busy.stderr.startswith(f"Error: {store}: ")


def test_errors_survive_a_trip_between_processes():
    """Workers hand errors back through pickle: each keeps its kind, input and reason."""
    import pickle

    from kg.errors import InputError, StoreError
    from kg.store.remote import RemoteError

    for err in (
        InputError("a.txt", "empty file"),
        StoreError("store", "write failed (no space left on device)"),
        RemoteError("http://127.0.0.1:1/", "connection refused", fatal=True),
    ):
        back = pickle.loads(pickle.dumps(err))
        assert type(back) is type(err) and str(back) == str(err)
        assert (back.source, back.reason) == (err.source, err.reason)
    assert pickle.loads(pickle.dumps(RemoteError("u", "r", fatal=True))).fatal is True


def test_export_writes_to_standard_output_symlinks_and_fifos_and_refuses_a_missing_folder(
    tmp_path,
):
    import os
    import threading

    store = str(tmp_path / "store")
    assert run("build", EXAMPLES, "--store", store).exit_code == 0
    # "-" is standard output, and nothing else is printed there.
    out = run("export", "--store", store, "--format", "nq", "-")
    assert out.exit_code == 0 and "wrote" not in out.output
    assert out.output.startswith("<https://w3id.org/readout-kg/") and not (tmp_path / "-").exists()
    # A symlink is written through: its target gets the data, the link stays a link.
    target = tmp_path / "target.nq"
    target.write_text("old", encoding="utf-8")
    link = tmp_path / "link.nq"
    link.symlink_to(target)
    assert run("export", "--store", store, "--format", "nq", str(link)).exit_code == 0
    assert link.is_symlink() and target.read_text(encoding="utf-8").startswith("<https://")
    # A FIFO is written into, not replaced by a regular file.
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    got = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()))
    reader.start()
    assert run("export", "--store", store, "--format", "nq", str(fifo)).exit_code == 0
    reader.join(30)
    assert got and got[0].startswith(b"<https://") and not fifo.is_file()
    # A folder that does not exist is an error naming it, and is not made.
    missing = tmp_path / "no-such-dir" / "x.gexf"
    r = run("export", "--store", store, "--format", "gexf", str(missing))
    assert r.exit_code == 2 and f"no such folder: {missing.parent}" in r.output
    assert not missing.parent.exists()


def test_help_lines_are_not_cut_mid_sentence():
    # click cuts a command's short help at the first ". " (so "e.g. 'China'" was cut).
    out = run("plot", "--help").output
    assert "ego       An actor's ego network" in out and "e.g." not in out
    assert "ties graph" in run("push", "--help").output


def test_a_folder_that_is_not_a_store_is_refused_and_left_alone(tmp_path):
    mine = tmp_path / "my-notes"
    mine.mkdir()
    (mine / "notes.txt").write_text("mine", encoding="utf-8")
    r = run("build", EXAMPLES, "--store", mine)
    assert r.exit_code == 2 and "not a store" in r.output and "notes.txt" in r.output
    assert sorted(p.name for p in mine.iterdir()) == ["notes.txt"]  # nothing written into it
    r = run("stats", "--store", mine)
    assert r.exit_code == 2 and "not a store (no database in this folder)" in r.output
    r = run("stats", "--store", tmp_path / "nowhere")
    assert r.exit_code == 2 and "no such store" in r.output
    empty = tmp_path / "empty"
    empty.mkdir()
    assert run("build", EXAMPLES, "--store", empty).exit_code == 0  # an empty folder is fine


def test_a_named_query_parameter_that_names_no_actor_gets_a_suggestion(tmp_path):
    store = tmp_path / "s"
    assert run("build", EXAMPLES, "--store", store).exit_code == 0
    for given in ("albanese", "anthony albanese", "Anthony Albanes"):
        r = run("query", "--store", store, "-n", "ties", "-p", f"subject={given}")
        assert r.exit_code == 0 and "(0 rows)" in r.stdout
        assert f"no actor named {given!r}; did you mean Anthony Albanese?" in r.stderr
    r = run("query", "--store", store, "-n", "ties", "-p", "subject=Anthony Albanese")
    assert "(0 rows)" not in r.stdout and "no actor named" not in r.stderr
    listing = run("query", "--list").output
    assert "-p subject=...  label of the actor doing it (optional)" in listing
