"""`kg push` and `kg query --endpoint` against real SPARQL servers on 127.0.0.1.

Oxigraph's server runs in the default suite. Virtuoso runs when
KG_TEST_VIRTUOSO names one (the CI script starts it); its graph store needs
HTTP digest auth, with the user and password in KG_TEST_VIRTUOSO_USER and
KG_TEST_VIRTUOSO_PASSWORD.
"""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest
from click.testing import CliRunner
from conftest import EXAMPLES
from servers import FaultProxy, OxigraphServer, free_port, tool

from kg.build import build
from kg.cli import main
from kg.store.credentials import CredentialError, check_url, credentials_for
from kg.store.database import Store
from kg.store.query import named_queries
from kg.store.remote import Endpoint, push

SECRET = "s3cret-pa55word"
EMPTY_ON_EXAMPLES = {"congratulations"}


def run(*args, env=None):
    return CliRunner(env=env).invoke(main, [str(a) for a in args])


@pytest.fixture
def local(tmp_path):
    """The examples built into a store on disk, and the folder they came from."""
    inputs = tmp_path / "in"
    inputs.mkdir()
    for f in EXAMPLES.glob("*"):
        if f.suffix in (".txt", ".json"):
            shutil.copy(f, inputs / f.name)
    path = tmp_path / "store"
    with Store(path) as store:
        assert not build([inputs], store).failed
    return path, inputs


@pytest.fixture
def oxigraph(tmp_path):
    with OxigraphServer(tmp_path / "oxigraph") as server:
        yield server


def remote_quads(url: str) -> set[tuple]:
    ep = Endpoint(url)
    _, rows = ep.select("SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }")
    return {tuple(r) for r in rows}


def local_quads(path) -> set[tuple]:
    with Store(path, read_only=True) as store:
        _, rows = store.select("SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }")
    return {tuple(r) for r in rows}


def test_push_then_every_named_query_answers_the_same_remotely(local, oxigraph):
    path, _ = local
    result = run("push", "--store", path, "--endpoint", oxigraph.url)
    assert result.exit_code == 0, result.output
    assert (
        "pushed 3 readout graphs, unchanged 0, removed 0, failed 0; background graph sent"
        in result.output
    )
    assert remote_quads(oxigraph.url) == local_quads(path)
    with Store(path, read_only=True) as store:
        for name, q in named_queries().items():
            here = store.select(q.text)
            there = run("query", "--endpoint", oxigraph.url, "--name", name, "--format", "json")
            assert there.exit_code == 0, there.output
            mine = run("query", "--store", path, "--name", name, "--format", "json")
            assert there.output == mine.output, name
            # every query but the congratulations one (only the seed has them) finds rows
            assert bool(here[1]) == (name not in EMPTY_ON_EXAMPLES), name


def test_named_query_parameters_are_bound_remotely_not_spliced(local, oxigraph):
    path, _ = local
    assert run("push", "--store", path, "--endpoint", oxigraph.url).exit_code == 0
    q = named_queries()["who-did-what"]
    ep = Endpoint(oxigraph.url)
    with Store(path, read_only=True) as store:
        names, rows = store.select(q.text)
        subject = rows[0][names.index("subject")] if "subject" in names else None
        if subject:
            assert ep.select(q.text, {"subject": subject}) == store.select(
                q.text, {"subject": subject}
            )
    hostile = 'x" } } ; DROP ALL ; SELECT * { ?s ?p "'
    assert ep.select(q.text, {"subject": hostile})[1] == []
    assert remote_quads(oxigraph.url) == local_quads(path)


def test_push_is_idempotent_and_sends_only_what_changed(local, oxigraph):
    path, inputs = local
    assert run("push", "--store", path, "--endpoint", oxigraph.url).exit_code == 0
    again = run("push", "--store", path, "--endpoint", oxigraph.url)
    assert again.exit_code == 0
    assert "pushed 0 readout graphs, unchanged 3" in again.output
    # Change one readout, rebuild, push: one graph replaced, the old one removed with --prune.
    target = inputs / "visit-modi-kishida.txt"
    target.write_text(
        target.read_text(encoding="utf-8") + "\nThe two sides also met the press.\n",
        encoding="utf-8",
    )
    assert run("build", inputs, "--store", path).exit_code == 0
    third = run("push", "--store", path, "--endpoint", oxigraph.url, "--prune")
    assert third.exit_code == 0, third.output
    assert "pushed 1 readout graphs, unchanged 2, removed 1" in third.output
    assert remote_quads(oxigraph.url) == local_quads(path)
    forced = run("push", "--store", path, "--endpoint", oxigraph.url, "--force")
    assert "pushed 3 readout graphs" in forced.output
    assert remote_quads(oxigraph.url) == local_quads(path)


def test_endpoint_down_gives_one_line_and_a_failure_status(local):
    path, _ = local
    url = f"http://127.0.0.1:{free_port()}"
    result = run("push", "--store", path, "--endpoint", url)
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert errors == [f"error: {url}: connection refused (is the server running?)"]
    assert "stopped: connection refused" in result.stdout
    q = run("query", "--endpoint", url, "ASK {}")
    assert q.exit_code == 2 and "connection refused" in q.output
    assert len(local_quads(path)) > 0


def test_slow_endpoint_times_out_with_one_line_per_graph(local, oxigraph):
    path, _ = local
    with FaultProxy(oxigraph.url, stall=3.0) as proxy:
        ep = Endpoint(proxy.url, timeout=0.5, retries=0)
        errors = []
        with Store(path, read_only=True) as store:
            report = push(store, ep, force=True, on_error=errors.append)
    assert report.pushed == 0 and len(report.failed) == 4  # the background and 3 readouts
    assert all("no answer within 0.5 s (time-out)" in e.reason for e in errors)
    q = run("query", "--endpoint", oxigraph.url, "ASK {}", "--format", "csv")
    assert q.exit_code == 0 and q.output.splitlines()[1] == "True"  # the server itself is fine
    assert len(local_quads(path)) > 0


def test_500_halfway_through_a_push_then_a_second_push_finishes(local, oxigraph):
    path, _ = local
    # Request 1 asks what the server has; 2 sends the background graph; 3 the first readout.
    with FaultProxy(oxigraph.url, fail_after=3) as proxy:
        result = run("push", "--store", path, "--endpoint", proxy.url)
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 2 and all("HTTP 500" in e and "/readout/" in e for e in errors)
    assert "pushed 1 readout graphs" in result.stdout
    remote = remote_quads(oxigraph.url)
    graphs = {g for g, *_ in remote}
    assert len([g for g in graphs if "/readout/" in g]) == 1
    assert remote <= local_quads(path)  # what arrived arrived whole
    healed = run("push", "--store", path, "--endpoint", oxigraph.url)
    assert healed.exit_code == 0, healed.output
    assert "pushed 2 readout graphs, unchanged 1" in healed.output
    assert remote_quads(oxigraph.url) == local_quads(path)


def test_too_many_failures_in_a_row_stop_the_push(tmp_path, oxigraph):
    inputs = tmp_path / "in"
    inputs.mkdir()
    texts = sorted(EXAMPLES.glob("*.txt"))
    for i in range(8):
        (inputs / f"r{i}.txt").write_text(
            texts[i % 2].read_text(encoding="utf-8") + f"\nRef {i}.\n", encoding="utf-8"
        )
    with Store(tmp_path / "s") as store:
        build([inputs], store)
        with FaultProxy(oxigraph.url, fail_after=0) as proxy:
            report = push(store, Endpoint(proxy.url, retries=0), force=True)
    assert len(report.failed) == 5 and report.not_tried == 9 - 5
    assert report.stopped == "5 failures in a row"


def test_credentials_never_on_the_command_line_nor_in_messages(local, oxigraph, tmp_path):
    path, _ = local
    bad = f"http://alice:{SECRET}@127.0.0.1:{free_port()}"
    result = run("push", "--store", path, "--endpoint", bad)
    assert result.exit_code != 0
    assert "credentials in the URL are refused" in result.output
    assert SECRET not in result.output
    with pytest.raises(CredentialError):
        check_url(bad)
    with FaultProxy(oxigraph.url, user="alice", password=SECRET) as proxy:
        # No credentials: refused by the server, one line, no secret.
        env = {"KG_ENDPOINT_USER": "", "KG_ENDPOINT_PASSWORD": "", "NETRC": str(tmp_path / "none")}
        denied = run("push", "--store", path, "--endpoint", proxy.url, env=env)
        assert denied.exit_code == 1 and "not authorised" in denied.output
        wrong = run(
            "push",
            "--store",
            path,
            "--endpoint",
            proxy.url,
            env={**env, "KG_ENDPOINT_USER": "alice", "KG_ENDPOINT_PASSWORD": "wrong-" + SECRET},
        )
        assert wrong.exit_code == 1 and "not authorised" in wrong.output
        assert SECRET not in wrong.output
        # From the environment.
        ok = run(
            "push",
            "--store",
            path,
            "--endpoint",
            proxy.url,
            env={**env, "KG_ENDPOINT_USER": "alice", "KG_ENDPOINT_PASSWORD": SECRET},
        )
        assert ok.exit_code == 0, ok.output
        assert SECRET not in ok.output
        # From a netrc file.
        netrc = tmp_path / "netrc"
        netrc.write_text(f"machine 127.0.0.1 login alice password {SECRET}\n")
        netrc.chmod(0o600)
        via_netrc = run(
            "query", "--endpoint", proxy.url, "ASK { ?s ?p ?o }", env={**env, "NETRC": str(netrc)}
        )
        assert via_netrc.exit_code == 0, via_netrc.output
    assert remote_quads(oxigraph.url) == local_quads(path)


def test_netrc_errors_do_not_quote_the_file(tmp_path):
    netrc = tmp_path / "netrc"
    netrc.write_text(f"machine example.org login bob password {SECRET} bogus\n")
    netrc.chmod(0o600)
    with pytest.raises(CredentialError) as err:
        credentials_for("http://example.org/sparql", {"NETRC": str(netrc)})
    assert SECRET not in str(err.value) and str(netrc) in str(err.value)
    assert (
        repr(
            credentials_for(
                "http://x.org", {"KG_ENDPOINT_USER": "u", "KG_ENDPOINT_PASSWORD": SECRET}
            )
        ).count(SECRET)
        == 0
    )


VIRTUOSO = os.environ.get("KG_TEST_VIRTUOSO")


def normalised(rows: list[list]) -> list[tuple]:
    """Rows with engine typing differences folded: Virtuoso answers booleans as 1/0 and
    integer-valued division results as integers, where Oxigraph gives true/false and decimals."""

    def cell(v):
        if v in ("true", True):
            return 1.0
        if v in ("false", False):
            return 0.0
        if isinstance(v, (int, float)):
            return float(v)
        return v

    return [tuple(cell(v) for v in r) for r in rows]


# Queries whose answers must agree value for value; the others must agree in row count.
CORE = (
    "claims",
    "congratulations",
    "frameworks",
    "pair-timeline",
    "relation-counts",
    "who-did-what",
)


@pytest.mark.skipif(
    not VIRTUOSO,
    reason="KG_TEST_VIRTUOSO is not set: no Virtuoso server to test against (.ci/run starts one)",
)
def test_push_to_virtuoso_with_digest_auth(local):
    path, _ = local
    env = {
        "KG_ENDPOINT_USER": os.environ.get("KG_TEST_VIRTUOSO_USER", "dba"),
        "KG_ENDPOINT_PASSWORD": os.environ.get("KG_TEST_VIRTUOSO_PASSWORD", "dba"),
        "NETRC": os.devnull,
    }
    first = run(
        "push",
        "--store",
        path,
        "--endpoint",
        VIRTUOSO,
        "--server",
        "virtuoso",
        "--force",
        "--prune",
        env=env,
    )
    assert first.exit_code == 0, first.output
    again = run("push", "--store", path, "--endpoint", VIRTUOSO, "--server", "virtuoso", env=env)
    assert again.exit_code == 0, again.output
    assert "pushed 0 readout graphs, unchanged 3" in again.output
    ep = Endpoint(VIRTUOSO, "virtuoso", environ=env)
    every = (
        "SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } "
        "FILTER (STRSTARTS(STR(?g), 'https://w3id.org/readout-kg/')) }"
    )
    with Store(path, read_only=True) as store:
        assert sorted(normalised(ep.select(every)[1])) == sorted(normalised(store.select(every)[1]))
        differ = {}
        for name, q in named_queries().items():
            columns, here = store.select(q.text)
            there = ep.select(q.text)[1]
            if sorted(map(repr, normalised(there))) != sorted(map(repr, normalised(here))) or (
                name in CORE and normalised(there) != normalised(here)
            ):
                differ[name] = (len(there), len(here))
            # each parameter bound in turn, to a value the query gives unbound
            for var, _ in q.params:
                given = next((r[columns.index(var)] for r in here if r[columns.index(var)]), None)
                if given is None:
                    continue
                bound_here = store.select(q.text, {var: given})[1]
                bound_there = ep.select(q.text, {var: given})[1]
                assert bound_here, f"{name} with {var}={given!r} finds rows locally"
                if sorted(map(repr, normalised(bound_there))) != sorted(
                    map(repr, normalised(bound_here))
                ):
                    differ[f"{name} {var}={given}"] = (len(bound_there), len(bound_here))
        assert not differ, f"named queries whose rows differ (Virtuoso, Oxigraph): {differ}"
    anonymous = run(
        "push",
        "--store",
        path,
        "--endpoint",
        VIRTUOSO,
        "--server",
        "virtuoso",
        "--force",
        env={"KG_ENDPOINT_USER": "", "KG_ENDPOINT_PASSWORD": "", "NETRC": os.devnull},
    )
    assert anonymous.exit_code == 1 and "not authorised" in anonymous.output


def test_installed_kg_push_command(local, oxigraph):
    path, _ = local
    out = subprocess.run(
        [tool("kg"), "push", "--store", str(path), "--endpoint", oxigraph.url],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert out.returncode == 0, out.stderr
    assert remote_quads(oxigraph.url) == local_quads(path)
