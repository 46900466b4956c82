"""Incremental, idempotent builds on a store on disk: what changes is exactly what should."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import DEV, EXAMPLES, needs_dev
from conftest import stored_graphs as graph_quads

from kg import build as build_module
from kg.build import build, rules_fingerprint, version_tag
from kg.cli import main
from kg.resources import data_file
from kg.store.database import Store
from kg.summaries import tracker as summaries
from kg.summaries.engagements import stored_record


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def copy_examples(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for f in EXAMPLES.glob("*"):
        if f.suffix in (".txt", ".json"):
            shutil.copy(f, folder / f.name)
    return folder


def test_second_build_changes_nothing_and_says_so(tmp_path):
    inputs = copy_examples(tmp_path / "in")
    first = run("build", inputs, "--store", tmp_path / "s")
    assert first.exit_code == 0, first.output
    assert "added 3," in first.output
    with Store(tmp_path / "s", read_only=True) as s:
        before = graph_quads(s)
    again = run("build", inputs, "--store", tmp_path / "s")
    assert again.exit_code == 0, again.output
    assert "added 0, replaced 0, unchanged 3, removed 0; 0 triples written" in again.output
    assert again.output.strip().endswith("nothing changed")
    with Store(tmp_path / "s", read_only=True) as s:
        assert graph_quads(s) == before


def test_changed_readout_replaces_exactly_its_own_graph(tmp_path):
    inputs = copy_examples(tmp_path / "in")
    with Store(tmp_path / "s") as store:
        build([inputs], store)
        before = graph_quads(store)
        target = inputs / "visit-modi-kishida.txt"
        target.write_text(
            target.read_text(encoding="utf-8").replace("next year", "in 2024"), encoding="utf-8"
        )
        summary = build([inputs], store)
        after = graph_quads(store)
        linked = {g for g in set(before) | set(after) if stored_record(store, g)}
    assert (summary.added, summary.replaced, summary.unchanged) == (0, 1, 2)
    changed = set(before) ^ set(after)
    # The text changed, so the readout's IRI did: one graph out, one in, nothing else touched.
    assert len(changed) == 2
    _old, new = sorted(changed, key=lambda g: g in after)
    assert any(str(target) == q.object.value for q in after[new])
    for g in set(before) & set(after):
        assert before[g] == after[g]
    # The engagements graph follows the readout to its new IRI.
    assert new in linked and _old not in linked


def test_changed_row_with_url_keeps_its_iri_and_is_replaced(tmp_path):
    rows = tmp_path / "in" / "rows.jsonl"
    rows.parent.mkdir()
    texts = [f.read_text(encoding="utf-8") for f in sorted(EXAMPLES.glob("*.txt"))]
    urls = ["https://example.org/a", "https://example.org/b"]
    rows.write_text(
        "".join(json.dumps({"url": u, "content": t}) + "\n" for u, t in zip(urls, texts)),
        encoding="utf-8",
    )
    with Store(tmp_path / "s") as store:
        build([rows], store)
        before = graph_quads(store)
        rows.write_text(
            "".join(
                json.dumps({"url": u, "content": t + ("\nAddendum." if u == urls[1] else "")})
                + "\n"
                for u, t in zip(urls, texts)
            ),
            encoding="utf-8",
        )
        summary = build([rows], store)
        after = graph_quads(store)
    assert (summary.replaced, summary.unchanged, summary.added, summary.removed) == (1, 1, 0, 0)
    assert set(before) == set(after)
    assert sum(before[g] != after[g] for g in before) == 1


def test_prune_removes_graphs_of_readouts_no_longer_in_the_inputs(tmp_path):
    inputs = copy_examples(tmp_path / "in")
    with Store(tmp_path / "s") as store:
        build([inputs], store)
        (inputs / "call-scholz-albanese.txt").unlink()
        kept = build([inputs], store)
        assert kept.removed == 0 and len(store.readout_graphs()) == 3
        pruned = build([inputs], store, prune=True)
        assert pruned.removed == 1 and pruned.unchanged == 2
        assert len(store.readout_graphs()) == 2
        assert sorted(store.sources().values()) == [
            str(inputs / "call-albanese-scholz.txt"),
            str(inputs / "visit-modi-kishida.txt"),
        ]


def test_a_new_extractor_version_rebuilds_every_readout(tmp_path, monkeypatch):
    inputs = copy_examples(tmp_path / "in")
    with Store(tmp_path / "s") as store:
        build([inputs], store)
        monkeypatch.setattr(build_module, "version_tag", lambda: "9.9.9+rules.000000000000")
        summary = build([inputs], store)
        assert (summary.replaced, summary.unchanged) == (3, 0)
        assert {v for _, v in store.readout_states().values()} == {"9.9.9+rules.000000000000"}


def test_editing_a_rule_file_changes_the_recorded_version(tmp_path):
    rules = tmp_path / "data"
    for folder in ("lexicon", "gazetteer"):
        shutil.copytree(Path(str(data_file(folder))), rules / folder)
    assert rules_fingerprint(rules) == rules_fingerprint()
    cues = rules / "lexicon" / "cues.tsv"
    cues.write_text(cues.read_text(encoding="utf-8") + "\n# a linguist's edit\n", encoding="utf-8")
    assert rules_fingerprint(rules) != rules_fingerprint()
    # Prose beside the rules is not a rule.
    (rules / "lexicon" / "NOTES.md").write_text("notes", encoding="utf-8")
    assert rules_fingerprint(rules) == rules_fingerprint(rules)
    assert version_tag().endswith("+rules." + rules_fingerprint())


def test_readout_graphs_record_hash_and_version(tmp_path):
    with Store(tmp_path / "s") as store:
        build([EXAMPLES], store)
        states = store.readout_states()
    assert len(states) == 3
    for h, v in states.values():
        assert len(h) == 64 and v == version_tag()


def test_the_same_readout_twice_is_stored_once_and_reported(tmp_path):
    inputs = copy_examples(tmp_path / "in")
    shutil.copy(inputs / "visit-modi-kishida.txt", inputs / "copy-of-visit.txt")
    result = run("build", inputs, "--store", tmp_path / "s")
    assert result.exit_code == 0, result.output
    assert "read 4, kept 3, skipped 1, failed 0" in result.output
    assert "skipped 1: same readout as another input" in result.output


@needs_dev
def test_jobs_2_gives_the_same_store_as_jobs_1(tmp_path):
    texts = DEV / "texts"
    one = run("build", texts, "--store", tmp_path / "one", "--jobs", "1")
    two = run("build", texts, "--store", tmp_path / "two", "--jobs", "2")
    assert one.exit_code == 0 and two.exit_code == 0, one.output + two.output
    assert one.output == two.output
    with Store(tmp_path / "one", read_only=True) as a, Store(tmp_path / "two", read_only=True) as b:
        qa, qb = set(a.quads()), set(b.quads())
        assert len(a.readout_graphs()) == len(list(texts.glob("*.txt")))
    assert qa == qb


def test_summary_names_failures_and_their_reasons(tmp_path):
    inputs = copy_examples(tmp_path / "in")
    (inputs / "empty.txt").write_text("")
    (inputs / "blob.txt").write_bytes(bytes(range(256)) * 8)
    result = run("build", inputs, "--store", tmp_path / "s")
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 2
    assert any(str(inputs / "empty.txt") in e and "empty" in e for e in errors)
    assert any(str(inputs / "blob.txt") in e and "binary" in e for e in errors)
    out = result.stdout
    assert "read 3, kept 3, skipped 0, failed 2" in out
    assert "failed 1: empty file" in out and "failed 1: binary file, not text" in out


@pytest.mark.parametrize("jobs", [1, 2])
def test_progress_bar_only_on_a_terminal(tmp_path, jobs):
    # CliRunner's stderr is not a terminal: no bar characters, only error lines (none here).
    result = run("build", EXAMPLES, "--store", tmp_path / "s", "--jobs", jobs)
    assert result.exit_code == 0
    assert result.stderr == ""


def test_progress_bar_is_drawn_on_a_terminal(tmp_path):
    import os
    import pty
    import subprocess

    from servers import tool

    master, slave = pty.openpty()
    proc = subprocess.run(
        [tool("kg"), "build", str(EXAMPLES), "--store", str(tmp_path / "s")],
        stdout=subprocess.PIPE,
        stderr=slave,
        timeout=300,
        check=False,
    )
    os.close(slave)
    drawn = b""
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:
            break
        if not chunk:
            break
        drawn += chunk
    os.close(master)
    assert proc.returncode == 0
    assert b"building" in drawn and b"readout" in drawn
    # each step after reading is named on the bar: the summaries take a while on big stores
    assert b"writing the last readouts" in drawn
    assert b"updating the ties, tallies and engagements" in drawn
    assert b"building" not in proc.stdout and b"added 3," in proc.stdout


@needs_dev
def test_ctrl_c_says_what_was_stored_and_the_next_build_finishes(tmp_path):
    import signal
    import time

    from servers import tool

    inputs = tmp_path / "in"
    inputs.mkdir()
    texts = sorted((DEV / "texts").glob("*.txt"))
    for i in range(400):
        body = texts[i % len(texts)].read_text(encoding="utf-8")
        (inputs / f"r{i:04d}.txt").write_text(f"{body}\n\nReference {i}.\n", encoding="utf-8")
    store = tmp_path / "s"
    proc = subprocess.Popen([tool("kg"), "build", str(inputs), "--store", str(store)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)  # fmt: skip
    time.sleep(2)  # about a tenth of the inputs are stored by then on this machine
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=120)
    if proc.returncode == 0 or "triples written" in out:
        # the build finished (an interrupt while the process exits ends it by the signal)
        pytest.skip("the build finished before the interrupt")
    assert proc.returncode == 130, err
    assert "interrupted after" in err and "run the same kg build again" in err
    assert "Traceback" not in err
    again = run("build", inputs, "--store", store)
    assert again.exit_code == 0, again.output
    assert "read 400, kept 400" in again.output
    with Store(store, read_only=True) as s:
        assert len(s.readout_graphs()) == 400
        assert summaries.check(s) == []
