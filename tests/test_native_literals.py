"""A Chinese or Russian table row runs only on sentences holding one of the words its pattern
writes out (kg/extract/native/tables.py). That is a shortcut and must change nothing: the
extraction with it equals the extraction that runs every row on every sentence, on the
readouts of the rule tests (written for the project) and, when present, the zh/ru corpora."""

from __future__ import annotations

import dataclasses

import pytest
import test_rules_ru
import test_rules_zh
from conftest import SHARED

from kg.extract import extract
from kg.extract.native.tables import Row, literals
from kg.model import Readout


def _texts() -> list[tuple[str, str]]:
    out = []
    for module, lang in ((test_rules_zh, "zh"), (test_rules_ru, "ru")):
        title, lead = module.CALL
        sentences = [c.sentence for c in module.CUES.values()]
        sentences += [sentence for sentence, _ in module.REPORTING.values()]
        out += [(lang, f"{title}\n\n{lead}\n\n{s}\n") for s in sentences]
        scenes = list(module.EVENTS.values()) + [scene for scene, _ in module.INITIATORS.values()]
        out += [(lang, f"{sc.title}\n\n{sc.lead}\n") for sc in scenes]
    for lang in ("zh", "ru"):
        for path in sorted((SHARED / "corpus" / lang / "texts").glob("*.txt")):
            out.append((lang, path.read_text("utf-8")))
    return out


def _all(readout: Readout):
    ex = extract(readout)
    return (ex.event, ex.relations, ex.statements)


def test_the_words_a_pattern_writes_out():
    zh = literals("向{o}{X}(?:致以|表示)[^@。;]{0,10}?(?:祝贺|贺意)")
    assert set(zh) == {"向", "致以", "表示", "祝贺", "贺意"}  # not the class's 。
    ru = literals(r"\b(?:поздравить|направить) [^а-я@ ]+ {o}")
    assert set(ru) == {"поздравить", "направить"}


def test_running_only_the_rows_a_sentence_may_match_changes_nothing(monkeypatch):
    texts = _texts()
    assert len(texts) > 100
    fast = [_all(Readout(f"t{i}", t, published="2024-05-08")) for i, (_, t) in enumerate(texts)]
    monkeypatch.setattr(Row, "may_match", lambda self, masked: True)
    slow = [_all(Readout(f"t{i}", t, published="2024-05-08")) for i, (_, t) in enumerate(texts)]
    for (lang, text), a, b in zip(texts, fast, slow):
        assert a == b, f"{lang}: {text[:80]!r}"


@pytest.mark.parametrize("field", ["needs"])
def test_rows_carry_their_words(field):
    from kg.extract.native.tables import rows

    for lang in ("zh", "ru"):
        for table in ("cues", "reporting", "events", "initiator"):
            for row in rows(lang, table):
                assert dataclasses.asdict(row)[field], f"{row.rule} writes out no word"
