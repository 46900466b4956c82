"""The strings a pattern needs (kg.extract.needs): the cue gate must never skip a match."""

import re

from kg.extract import lexicon
from kg.extract.needs import needs


def test_alternatives_and_runs():
    got = needs(re.compile(r"\b(?:provid|sen[dt]|gave)\w* (?:to|for) @\d+"))
    assert got == ("gave", "provid", "sen")
    assert needs(re.compile(r"thanks of @\d+")) == ("thanks of @",)
    # a boundary or a look-around between letters keeps them one run
    assert needs(re.compile(r"t(?<!\wt)hanks")) == ("thanks",)


def test_no_gate_when_nothing_long_is_needed():
    assert needs(re.compile(r"(?:ab)?c+ @\d+")) is None
    assert needs(re.compile(r"(?:support|x)ing")) == ("ing",)
    assert needs(re.compile(r"(?:support|x)")) is None
    assert needs(re.compile(r"thank", re.I)) is None
    assert needs(re.compile(r"(?:supports)?")) is None


def test_every_cue_match_holds_what_it_needs():
    texts = [
        "@1 provided humanitarian assistance to @2 .",
        "@1 expressed the gratitude of @2 to @3 for its support .",
        "@1 and @2 agreed to work closely together on @3 .",
        "the two sides discussed ways to further strengthen @1 - @2 relations .",
        "@1 congratulated @2 on the anniversary of his country 's national day .",
        "@1 thanked @2 for the warm hospitality extended to @3 .",
    ]
    for cue in lexicon.load().cues:
        need = needs(cue.pattern)
        for text in texts:
            for m in cue.pattern.finditer(text):
                assert need is None or any(w in m[0] for w in need), (cue.line, text)
