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
    grid = out.split("by document:\n", 1)[1].split("\n\n")[1]
    for line in grid.splitlines()[2:]:
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


# A topic no rule finds in d001 (its words are nowhere in the text), and one the
# extractor finds as written, taken out of the gold so that it turns extra.
PLANTED_TOPIC = "lunar exploration"
UNLISTED_TOPIC = "covid-19"


def topic_details(result) -> tuple[dict[str, list[tuple[str, str, str]]], str]:
    """The topic block by document, (kind, topic, sentence or found topic) per entry, and
    its closing count line."""
    assert result.exit_code == 0, result.output
    block = result.output.split("topics (lenient match), by document:\n", 1)[1]
    block, summary = block.split("\n\n", 1)
    out: dict[str, list] = {}
    lines = block.splitlines()
    for i, line in enumerate(lines):
        if not line.startswith(" "):
            doc = out.setdefault(line, [])
        elif line.startswith("  matched  "):
            gold, _, found = line[11:].partition("  ~  ")
            doc.append(("matched", gold, found or gold))
        elif line.startswith(("  missed", "  extra")):
            kind, topic = line.split(None, 1)
            doc.append((kind, topic.strip(), lines[i + 1].strip()))
    return out, summary.strip()


@pytest.fixture
def topic_corpus(corpus):
    record = json.loads((corpus / "gold" / "d001.json").read_text(encoding="utf-8"))
    assert UNLISTED_TOPIC in record["topics"]
    record["topics"] = [t for t in record["topics"] if t != UNLISTED_TOPIC] + [PLANTED_TOPIC]
    (corpus / "gold" / "d001.json").write_text(json.dumps(record), encoding="utf-8")
    return corpus


def test_details_list_each_documents_matched_missed_and_extra_topics(topic_corpus):
    args = ("eval", topic_corpus / "gold", topic_corpus / "texts")
    table, summary = topic_details(run(*args, "--details"))
    as_json = json.loads(run(*args, "--json", "--details").output)
    # The same pairing as the JSON form, in the same order.
    for stem, errors in as_json["documents_detail"].items():
        pairing = errors["topics"]
        want = [("matched", g, p) for g, p in pairing["matched"]]
        want += [("missed", t) for t in pairing["missed"]]
        want += [("extra", t) for t in pairing["extra"]]
        got = [e if e[0] == "matched" else e[:2] for e in table.get(stem, [])]
        assert got == want, stem
    d001 = {(kind, topic): rest for kind, topic, rest in table["d001"]}
    # missed: no sentence holds its words; extra: the sentence that holds it as written
    assert d001[("missed", PLANTED_TOPIC)] == "(no sentence of the text holds its words)"
    sentence = d001[("extra", UNLISTED_TOPIC)]
    text = (topic_corpus / "texts" / "d001.txt").read_text(encoding="utf-8")
    assert sentence[0] == "\u201c" and sentence[1:-1] in text and "COVID-19" in sentence
    # a lenient pair shows both wordings
    assert any(g != p for kind, g, p in table["d001"] if kind == "matched")
    # the count line agrees with the scores
    t = as_json["topics"]
    assert summary.startswith(
        f"topics: {t['tp'] + t['fn']} gold, {t['tp'] + t['fp']} found; {t['tp']} matched"
    )
    assert summary.endswith(f"{t['fn']} missed, {t['fp']} extra")


def test_topic_pairing_takes_the_first_free_match_as_the_scores_do():
    from kg.gold.topic_details import pair_topics, topic_sentence

    p = pair_topics(
        ["climate change", "trade", "energy security", "tourism"],
        ["trade and investment", "climate", "energy", "cooperation"],
    )
    assert p.matched == [
        ("climate change", "climate"),
        ("trade", "trade and investment"),
        ("energy security", "energy"),
    ]
    assert (p.missed, p.extra) == (["tourism"], ["cooperation"])
    said = ["They discussed the energy transition.", "Trade in energy and food rose."]
    assert topic_sentence("energy transition", said) == said[0]
    assert topic_sentence("food trade", said) == said[1]
    assert topic_sentence("lunar exploration", said) is None
