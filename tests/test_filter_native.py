"""The readout filter on real Chinese and Russian documents: every readout kept, every
non-readout (a briefing, a ministry statement, a domestic trip) skipped, with or without the
headline given apart from the text. The texts are read from ../shared/corpus."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from conftest import SHARED

from kg.ingest import read_file
from kg.model import Readout
from kg.screen.classify import classify

CORPUS = SHARED / "corpus"
READOUTS = [p for lang in ("zh", "ru") for p in sorted((CORPUS / lang / "texts").glob("*.txt"))]
OTHERS = [p for lang in ("zh", "ru") for p in sorted((CORPUS / lang / "nonreadouts").glob("*.txt"))]
needs_corpus = pytest.mark.skipif(
    not READOUTS or not OTHERS,
    reason="the Chinese and Russian corpus (../shared/corpus/zh, ru) is not here",
)


def only(path: Path) -> Readout:
    (readout,) = list(read_file(path))
    assert isinstance(readout, Readout), readout
    return readout


def _id(p: Path) -> str:
    return f"{p.parent.parent.name}-{p.parent.name}-{p.stem}"


@needs_corpus
@pytest.mark.parametrize("path", READOUTS, ids=_id)
@pytest.mark.parametrize("label", [None, "新闻稿", "Сообщение"])
def test_each_chinese_and_russian_readout_is_kept(path, label):
    readout = only(path)
    if label:
        readout = dataclasses.replace(readout, title=label)
    verdict = classify(readout)
    assert verdict.keep, f"{path}: {verdict.reason} {verdict.scores}"


@needs_corpus
@pytest.mark.parametrize("path", OTHERS, ids=_id)
def test_each_chinese_and_russian_non_readout_is_skipped(path):
    verdict = classify(only(path))
    assert not verdict.keep and verdict.reason.startswith("not a readout"), verdict
