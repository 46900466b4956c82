"""Quotations in a readout: which sentences a quotation spans, so that they all take the
speaker of the sentence that attributes it ('X said, "A. B."', '"A. B," said X')."""

from __future__ import annotations

import re

from kg.extract.document import Doc

OPENING_QUOTES = ('"', "“", "‘")
QUOTE_MARK = re.compile(r'["“”]')


def quote_states(doc: Doc) -> list[tuple[bool, bool]]:
    """For each sentence: is a quotation open where it starts, and where it ends (with
    a closing mark the splitter left between sentences). A quotation runs within its
    paragraph."""
    raw, views = doc.readout.text, doc.views
    if '"' not in raw and "“" not in raw and "”" not in raw:  # QUOTE_MARK's three, no scan
        return [(False, False)] * len(views)
    out, open_, para = [], False, None
    for k, view in enumerate(views):
        s = view.sentence
        if s.paragraph != para:
            open_, para = False, s.paragraph
        stop = views[k + 1].sentence.start if k + 1 < len(views) else s.end
        text = raw[s.start : max(stop, s.end)].strip()
        at_start = open_ or text.startswith(OPENING_QUOTES)
        for ch in QUOTE_MARK.findall(text):
            open_ = ch == "“" or (ch == '"' and not open_)
        out.append((at_start, open_))
    return out


def quote_runs(quotes: list[tuple[bool, bool]]) -> list[list[int]]:
    """The sentences of each quotation, by index: a run goes on while a quotation left open
    at one sentence's end is open at the next one's start."""
    runs: list[list[int]] = []
    for k in range(len(quotes)):
        if quotes[k][0] and runs and k - 1 in runs[-1] and quotes[k - 1][1]:
            runs[-1].append(k)
        elif quotes[k][0] or quotes[k][1]:
            runs.append([k])
    return runs
