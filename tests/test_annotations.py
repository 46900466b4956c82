"""Hand annotations into the graph: kg import-gold, evidence sentences, SHACL, bad gold files."""

from __future__ import annotations

import json
import shutil

import pytest
from click.testing import CliRunner
from conftest import DEV, needs_dev
from goldens import gold_store, gold_store_path

from kg.analysis.validate import validate_store
from kg.cli import main
from kg.extract import gazetteer
from kg.gold.annotations import body_sentences, to_extraction
from kg.model import Readout
from kg.store.database import Store

__all__ = ["gold_store", "gold_store_path"]


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


TEXT = """Home > News
President Xi Jinping Speaks with President Vladimir Putin on the Phone

President Xi Jinping and President Vladimir Putin talked by telephone on Friday evening.
Putin said Russia is grateful. Xi congratulated Putin on the anniversary of the victory.
He thanked China for its support during the pandemic.

Suggest To A Friend:
"""


def test_body_sentences_skip_titles_breadcrumbs_and_trailers():
    sentences = body_sentences(TEXT)
    assert [s.text for s in sentences] == [
        "President Xi Jinping and President Vladimir Putin talked by telephone on Friday evening.",
        "Putin said Russia is grateful.",
        "Xi congratulated Putin on the anniversary of the victory.",
        "He thanked China for its support during the pandemic.",
    ]
    for s in sentences:
        assert TEXT[s.start : s.end] == s.text


def test_evidence_is_the_sentence_that_says_it():
    gold = {
        "event": {
            "type": "PhoneCall",
            "date": "2020-05-08",
            "participants": ["Xi Jinping", "Vladimir Putin"],
        },
        "relations": [
            ["Xi Jinping", "congratulates", "Vladimir Putin"],
            ["Vladimir Putin", "thanks", "China"],
            ["Xi Jinping", "leaderOf", "China"],
            ["Russia", "memberOf", "BRICS"],
        ],
        "topics": ["world war ii"],
        "statements": [
            {
                "opening": "Xi congratulated Putin on the anniversary of the",
                "speaker": "Xi Jinping",
                "act": "congratulate",
            },
            {"opening": "Nothing like this in the text at all", "speaker": "both", "act": "agree"},
        ],
    }
    ex = to_extraction(gold, Readout("t.txt", TEXT), gazetteer.load())
    by = {(r.subject, r.relation, r.object): r for r in ex.relations}
    assert by[("Xi Jinping", "congratulates", "Vladimir Putin")].evidence.text.startswith(
        "Xi congratulated Putin"
    )
    assert by[("Vladimir Putin", "thanks", "China")].evidence.text.startswith("He thanked China")
    first = body_sentences(TEXT)[0]
    assert by[("Russia", "memberOf", "BRICS")].evidence.start == first.start  # nowhere: first
    assert all(r.rule == "gold annotation" for r in ex.relations)
    assert ex.statements[0].evidence.text.startswith("Xi congratulated")
    assert ex.statements[1].speakers == ("Xi Jinping", "Vladimir Putin")
    assert ex.actors["BRICS"] == "organization" and ex.actors["China"] == "state"


@needs_dev
def test_import_gold_builds_graphs_that_conform_to_the_shapes(gold_store):
    assert len(gold_store.readout_graphs()) == 40
    bad = [(g, report) for g, ok, report in validate_store(gold_store) if not ok]
    assert bad == []


@needs_dev
def test_import_gold_cli_is_idempotent_and_reports_bad_files(tmp_path):
    gold, texts = tmp_path / "gold", tmp_path / "texts"
    gold.mkdir()
    texts.mkdir()
    for stem in ("d001", "d002", "d003"):
        shutil.copy(DEV / "gold" / f"{stem}.json", gold)
        shutil.copy(DEV / "texts" / f"{stem}.txt", texts)
    (gold / "broken.json").write_text("{not json", encoding="utf-8")
    (gold / "lonely.json").write_text("{}", encoding="utf-8")
    bad_rel = json.loads((DEV / "gold" / "d004.json").read_text(encoding="utf-8"))
    bad_rel["relations"].append(["China", "admires", "Russia"])
    (gold / "d004.json").write_text(json.dumps(bad_rel), encoding="utf-8")
    shutil.copy(DEV / "texts" / "d004.txt", texts)
    store = tmp_path / "store"
    r = run("import-gold", gold, texts, "--store", store, "--meta", DEV / "meta.jsonl")
    assert r.exit_code == 1
    errors = [line for line in r.output.splitlines() if line.startswith("error:")]
    assert len(errors) == 3
    assert any("broken.json: broken JSON" in e for e in errors)
    assert any("lonely.json: no readout text of that name" in e for e in errors)
    assert any("d004.json: relation" in e and "unknown relation 'admires'" in e for e in errors)
    assert "added 3, replaced 0, unchanged 0, failed 3" in r.output
    again = run("import-gold", gold, texts, "--store", store, "--meta", DEV / "meta.jsonl")
    assert "added 0, replaced 0, unchanged 3, failed 3" in again.output
    # an edited gold file replaces exactly its own graph
    d1 = json.loads((gold / "d001.json").read_text(encoding="utf-8"))
    d1["relations"] = d1["relations"][:3]
    (gold / "d001.json").write_text(json.dumps(d1), encoding="utf-8")
    third = run("import-gold", gold, texts, "--store", store)
    assert "added 0, replaced 1, unchanged 2" in third.output
    with Store(store, read_only=True) as s:
        assert len(s.readout_graphs()) == 3
        _, rows = s.select(
            "PREFIX rk: <https://w3id.org/readout-kg/ontology#>\n"
            "SELECT (COUNT(*) AS ?n) WHERE { ?c a rk:Claim ; rk:rule ?r }"
        )
        assert rows[0][0] > 3


@needs_dev
def test_gold_store_answers_queries_with_the_publisher_and_date_from_meta(gold_store):
    _, rows = gold_store.select(
        "PREFIX dcterms: <http://purl.org/dc/terms/>\nPREFIX rk: <https://w3id.org/readout-kg/ontology#>\n"
        "SELECT ?p ?d WHERE { ?r rk:sourceFile ?f ; dcterms:publisher ?p ; dcterms:issued ?d "
        "FILTER(STRENDS(?f, 'd001.txt')) }"
    )
    assert rows == [["Ministry of Foreign Affairs of the People's Republic of China", "2023-04-12"]]


@pytest.mark.parametrize(
    "bad, reason",
    [
        ([], "not a JSON object"),
        ({"event": {"type": "Phone"}}, "unknown event type 'Phone'"),
        ({"event": {"date": "8 May 2020"}}, "neither YYYY-MM-DD nor --MM-DD"),
        ({"relations": [["A", "congratulates"]]}, "relation 1 is not [subject, relation, object]"),
        ({"relations": [["topic:x", "supports", "A"]]}, "relation 1 has a topic as its subject"),
        ({"statements": [{"opening": "x"}]}, "statement 1 lacks an opening, speaker or act"),
    ],
)
def test_check_gold_names_what_is_wrong(bad, reason):
    from kg.errors import InputError
    from kg.gold.annotations import check_gold

    with pytest.raises(InputError) as err:
        check_gold(bad, "f.json")
    assert err.value.source == "f.json" and reason in err.value.reason
