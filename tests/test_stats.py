"""kg stats on the gold store: counts by type, publisher, year; top actors; frequent relations."""

from __future__ import annotations

import json

from click.testing import CliRunner
from conftest import needs_dev
from goldens import gold_store, gold_store_path

from kg.cli import main

__all__ = ["gold_store", "gold_store_path"]
pytestmark = needs_dev


def test_stats_text_and_json(gold_store_path):
    r = CliRunner().invoke(main, ["stats", "--store", str(gold_store_path), "--top", "5"])
    assert r.exit_code == 0, r.output
    lines = r.output.splitlines()
    assert "readouts: 40" in lines
    for title in (
        "engagements by type:",
        "readouts by publisher:",
        "engagements by year:",
        "relations by type:",
        "top actors by degree (distinct counterparts):",
        "top actors by PageRank (weighted):",
        "most frequent relations (readouts):",
    ):
        assert title in lines
    j = CliRunner().invoke(main, ["stats", "--store", str(gold_store_path), "--json"])
    data = json.loads(j.output)
    sections = data["sections"]
    assert data["totals"]["readouts"] == 40
    assert {r["label"]: r["value"] for r in sections["engagements by type"]} == {
        "PhoneCall": 12,
        "Meeting": 9,
        "VideoCall": 7,
        "Visit": 7,
        "Message": 5,
    }
    assert sum(r["value"] for r in sections["readouts by publisher"]) == 40
    assert sections["top actors by degree (distinct counterparts)"][0]["label"] == "China"
    assert len(sections["top actors by PageRank (weighted)"]) == 10
    by_rel = {r["label"]: r["value"] for r in sections["relations by type"]}
    assert by_rel["congratulates"] == 12
    top = sections["most frequent relations (readouts)"][0]
    assert top["value"] == 2 and "leaderOf" not in top["label"]
