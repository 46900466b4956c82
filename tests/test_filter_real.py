"""The readout filter on real documents: every real readout kept, every real non-readout
skipped, whatever the title column holds. The texts are read from ../shared/corpus."""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, SHARED

from kg.ingest import read_file
from kg.model import Readout
from kg.screen.classify import classify

CORPUS = SHARED / "corpus"
READOUTS = sorted((CORPUS / "real" / "texts").glob("*.txt")) + sorted(
    (CORPUS / "pairs" / "texts").glob("*.txt")
)
OTHERS = sorted((CORPUS / "real" / "nonreadouts").glob("*.txt"))
needs_real = pytest.mark.skipif(
    not READOUTS or not OTHERS,
    reason="the real corpus (../shared/corpus/real and pairs) is not here",
)
# What a CSV's title column may hold instead of the headline.
LABELS = ["Press release", "Statement", "Press statement", "Communiqué", "Joint statement"]


def only(path: Path) -> Readout:
    (readout,) = list(read_file(path))
    assert isinstance(readout, Readout), readout
    return readout


@needs_real
@pytest.mark.parametrize("path", READOUTS, ids=lambda p: p.stem)
def test_each_real_readout_is_kept(path):
    verdict = classify(only(path))
    assert verdict.keep, verdict


@needs_real
@pytest.mark.parametrize("path", OTHERS, ids=lambda p: p.stem)
def test_each_real_non_readout_is_skipped(path):
    verdict = classify(only(path))
    assert not verdict.keep, verdict


@needs_real
@pytest.mark.parametrize("label", LABELS)
def test_a_label_for_a_title_keeps_every_readout_and_skips_every_other(label):
    kept = [p.stem for p in READOUTS if classify(dataclasses.replace(only(p), title=label)).keep]
    wrongly = [p.stem for p in OTHERS if classify(dataclasses.replace(only(p), title=label)).keep]
    assert len(kept) == len(READOUTS) and wrongly == []


@needs_real
def test_filter_eval_reports_the_real_corpus():
    out = subprocess.run(
        [
            sys.executable,
            str(ROOT / "scripts" / "filter_eval.py"),
            "--corpus",
            str(CORPUS),
            "--json",
        ],
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    ).stdout
    res = json.loads(out)
    # --corpus scores the Chinese and Russian originals too (issue 18).
    native = [sorted((CORPUS / lang / "texts").glob("*.txt")) for lang in ("zh", "ru")]
    others = [sorted((CORPUS / lang / "nonreadouts").glob("*.txt")) for lang in ("zh", "ru")]
    readouts = len(READOUTS) + sum(map(len, native))
    skipped = len(OTHERS) + sum(map(len, others))
    assert (res["readouts"], res["others"]) == (readouts, skipped)
    assert res["tp"] == readouts and res["tn"] == skipped and res["errors"] == []
