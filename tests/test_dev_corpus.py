"""The dev corpus scored by the project's own evaluation, with floors just under what the
extractor reaches, so a regression fails CI. d001-d028 are the development set;
d029-d040 are kept as a held-out check (rules are not written against them)."""

from __future__ import annotations

from fnmatch import fnmatch

import pytest
from conftest import DEV, needs_dev

from kg.gold.evaluate import evaluate

pytestmark = needs_dev

DEV_SET = ("d00?", "d01?", "d02[0-8]")
HELD_OUT = ("d029", "d03?", "d040")


def _score(globs):
    return evaluate(
        DEV / "gold",
        DEV / "texts",
        DEV / "meta.jsonl",
        only=lambda stem: any(fnmatch(stem, g) for g in globs),
    )


@pytest.fixture(scope="module")
def dev():
    return _score(DEV_SET)


@pytest.fixture(scope="module")
def held_out():
    return _score(HELD_OUT)


def test_dev_set_floors(dev):
    # measured 2026-12-07: relations 0.976, state 0.978, type 1.000, date 1.000,
    # participants 1.000, speakers 0.990, initiator 1.000, location 0.964, topics 0.522;
    # round 4 (statements and topics): topics 0.569; round 5 (speech and topics): topics 0.610;
    # end of round 7: topics 0.664; end of round 8: relations 0.977, topics 0.680
    assert dev.documents == 28
    assert dev.relations.f1 >= 0.96
    assert dev.relations_state.f1 >= 0.96
    assert dev.event_type.value >= 0.985
    assert dev.date.value >= 0.985
    assert dev.participants.f1 >= 0.985
    assert dev.speakers.value >= 0.975
    assert dev.initiator.value >= 0.985
    assert dev.location.value >= 0.945
    assert dev.topics.f1 >= 0.665


def test_held_out_floors(held_out):
    # measured 2026-12-07: relations 0.868, state 0.910, type 1.000, date 1.000,
    # participants 0.970, speakers 0.955, initiator 1.000, location 1.000, topics 0.567;
    # round 4 (statements and topics): speakers 0.985, topics 0.625; end of round 5: relations
    # 0.876, state 0.916, speakers 1.000, topics 0.644; end of round 7: relations 0.888,
    # participants 0.985, topics 0.692; end of round 8: relations 0.935, state 0.931,
    # participants 1.000, topics 0.723
    assert held_out.documents == 12
    assert held_out.relations.f1 >= 0.92
    assert held_out.relations_state.f1 >= 0.915
    assert held_out.event_type.value >= 0.985
    assert held_out.date.value >= 0.985
    assert held_out.participants.f1 >= 0.985
    assert held_out.speakers.value >= 0.98
    assert held_out.initiator.value >= 0.985
    assert held_out.location.value >= 0.985
    assert held_out.topics.f1 >= 0.705
