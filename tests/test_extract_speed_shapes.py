"""Long pathological texts are read as their short versions are (issue 16: extraction
once took time quadratic in a sentence's length on repeated abbreviations)."""

from __future__ import annotations

from kg.extract import _get_finder, extract
from kg.extract.text import split_sentences
from kg.model import Readout

SENTENCE = "H.E. Mr. Lee met Dr. Kim at 9 a.m. in the U.S. embassy. "


def test_repeated_abbreviations_split_as_one_sentence_does():
    short = split_sentences(SENTENCE, 0)
    assert [SENTENCE[a:b] for a, b in short] == [SENTENCE.strip()]
    n = 3000
    long = split_sentences(SENTENCE * n, 0)
    step = len(SENTENCE)
    assert long == [(a + k * step, b + k * step) for k in range(n) for a, b in short]


def test_a_stop_in_a_long_run_of_initials_ends_no_sentence():
    text = "The U.S. " * 5000 + "Minister met Lee. They spoke."
    spans = split_sentences(text, 0)
    assert [text[a:b] for a, b in spans][1:] == ["They spoke."]


def _shape(k: int):
    tokens, mentions = _get_finder().find("H.E. Ambassador " * k + "Lee met the President.", 0, {})

    def at(t: int) -> int:  # tokens after the run, counted from its end
        return t if t <= 4 else t - 5 * k

    return [(m.kind, at(m.t0), at(m.t1), m.actors) for m in mentions]


def test_a_long_run_of_honorifics_is_read_as_a_short_one():
    extract(Readout("warm", "Title\n\nThe minister met Mr. Lee."))
    assert _shape(3000) == _shape(3)
    assert _shape(3)[0][:2] == ("person", 4)
