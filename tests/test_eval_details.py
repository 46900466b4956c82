"""kg eval --details in table form (each missed and extra relation with its sentence) and
--split, on a copy of the dev corpus with planted gold."""

from __future__ import annotations

import json
import re
import shutil

import pytest
from click.testing import CliRunner
from conftest import DEV, needs_dev

from kg.cli import main

pytestmark = needs_dev
STEMS = ("d001", "d002", "d003")
SPLITS = {"d001": "tune", "d002": "tune", "d003": "check"}
# Relations no rule of the extractor makes of d001's text.
PLANTED = ["Xi Jinping", "criticizes", "Cyril Ramaphosa"]
PLANTED_WITH_EVIDENCE = ["Cyril Ramaphosa", "urges", "Xi Jinping"]


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


@pytest.fixture
def corpus(tmp_path):
    """Three dev readouts with a meta.jsonl that gives each a split; d001's gold gets two
    planted relations (one with its own evidence) and loses one the extractor finds."""
    gold, texts = tmp_path / "gold", tmp_path / "texts"
    gold.mkdir()
    texts.mkdir()
    rows = {
        json.loads(line)["file"]: json.loads(line)
        for line in (DEV / "meta.jsonl").read_text(encoding="utf-8").splitlines()
        if line.strip()
    }
    with open(tmp_path / "meta.jsonl", "w", encoding="utf-8") as meta:
        for stem in STEMS:
            shutil.copy(DEV / "texts" / f"{stem}.txt", texts)
            shutil.copy(DEV / "gold" / f"{stem}.json", gold)
            meta.write(json.dumps({**rows[f"{stem}.txt"], "split": SPLITS[stem]}) + "\n")
    record = json.loads((gold / "d001.json").read_text(encoding="utf-8"))
    assert (
        PLANTED not in record["relations"]
        and ["Xi Jinping", "leaderOf", "China"] in record["relations"]
    )
    record["relations"].remove(["Xi Jinping", "leaderOf", "China"])
    record["relations"] += [PLANTED, PLANTED_WITH_EVIDENCE]
    record["evidence"] = [{"triple": PLANTED_WITH_EVIDENCE, "opening": "a planted opening"}]
    (gold / "d001.json").write_text(json.dumps(record), encoding="utf-8")
    return tmp_path


def details(result) -> dict[str, list[tuple[str, str, str, str]]]:
    """The details block by document: (kind, triple, rule, sentence) per entry."""
    assert result.exit_code == 0, result.output
    block = result.output.split("by document:\n", 1)[1].split("\n\n", 1)[0]
    out: dict[str, list] = {}
    lines = block.splitlines()
    for i, line in enumerate(lines):
        if not line.startswith(" "):
            doc = out.setdefault(line, [])
        elif line.startswith(("  missed", "  extra")):
            m = re.fullmatch(r"  (missed|extra)\s+(.*?)(?:  \[rule: (.*)\])?", line)
            doc.append((m[1], m[2], m[3] or "", lines[i + 1].strip()))
    return out


def test_details_list_each_missed_and_extra_relation_with_its_sentence(corpus):
    args = ("eval", corpus / "gold", corpus / "texts", "--meta", corpus / "meta.jsonl")
    table = details(run(*args, "--details"))
    as_json = json.loads(run(*args, "--json", "--details").output)["documents_detail"]
    # The same errors as the JSON form, in the same order, nothing more.
    for stem, errors in as_json.items():
        want = [("missed", " ".join(t)) for t in errors["missing"]]
        want += [("extra", " ".join(t)) for t in errors["extra"]]
        assert [(k, t) for k, t, _, _ in table.get(stem, [])] == want, stem
    text = (corpus / "texts" / "d001.txt").read_text(encoding="utf-8")
    d001 = {(kind, triple): (rule, sentence) for kind, triple, rule, sentence in table["d001"]}
    # A missed relation without gold evidence: the text's sentence that names both.
    rule, sentence = d001[("missed", " ".join(PLANTED))]
    assert rule == "" and sentence[0] == "\u201c" and sentence[1:-1] in text
    assert "Xi" in sentence and "Ramaphosa" in sentence
    # A missed relation with gold evidence: the gold's own.
    assert d001[("missed", " ".join(PLANTED_WITH_EVIDENCE))] == (
        "",
        "\u201ca planted opening\u201d",
    )
    # An extra: the extractor's evidence sentence and the rule that fired.
    rule, sentence = d001[("extra", "Xi Jinping leaderOf China")]
    assert rule and sentence[1:-1] in text and "Xi Jinping" in sentence


def test_details_end_with_scores_by_relation(corpus):
    args = ("eval", corpus / "gold", corpus / "texts", "--files", "d001")
    out = run(*args, "--details").output
    rows = {}
    for line in out.split("by document:\n", 1)[1].split("\n\n", 1)[1].splitlines()[2:]:
        name, *cells = line.split()
        rows[name] = cells
    # gold, found, correct, missed, extra, P, R, F1
    assert rows["criticizes"][:5] == ["1", "0", "0", "1", "0"]
    assert rows["urges"][:5] == ["1", "0", "0", "1", "0"]
    gold, found, correct, missed, extra = map(int, rows["all"][:5])
    assert (gold - correct, found - correct) == (missed, extra) and missed >= 2 and extra >= 1
    scores = json.loads(run(*args, "--json").output)
    assert (correct, extra, missed) == tuple(scores["relations"][k] for k in ("tp", "fp", "fn"))


def test_split_scores_only_the_files_of_that_split(corpus):
    args = ("eval", corpus / "gold", corpus / "texts", "--meta", corpus / "meta.jsonl", "--json")
    for split, n in (("tune", 2), ("check", 1)):
        result = run(*args, "--split", split)
        assert result.exit_code == 0, result.output
        assert json.loads(result.output)["documents"] == n
    detail = run(*args, "--details", "--split", "check")
    assert set(json.loads(detail.output)["documents_detail"]) == {"d003"}
    unknown = run(*args, "--split", "final")
    assert unknown.exit_code == 2
    assert unknown.stderr.strip().endswith("no file has split 'final' (splits: check, tune)")
    no_meta = run("eval", corpus / "gold", corpus / "texts", "--split", "tune")
    assert no_meta.exit_code == 2 and "--meta" in no_meta.stderr


@needs_dev
def test_eval_of_nothing_is_an_error_not_perfect_scores():
    r = CliRunner().invoke(main, ["eval", str(DEV / "gold"), str(DEV / "texts"), "--files", "zzz"])
    assert r.exit_code == 2 and "nothing scored" in r.output and "1.000" not in r.output
