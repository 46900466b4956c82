"""A sentence of a Chinese or Russian readout as the shared rules see it.

Both readers cut a text into sentences of tokens; each token carries the keys it may
stand for (a character; a word's surface form and lemmas) and the key it is written as
in the masked sentence the cue patterns match, where every mention becomes ``@k``.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Sent:
    start: int  # offsets in the readout's text
    end: int
    text: str  # as written (the evidence)
    tokens: list[str]  # normalised tokens (simplified characters; words)
    keys: list[frozenset[str]]  # what each token may stand for in the name tables
    shown: list[str]  # each token as the masked sentence writes it (a character; a lemma)
    para: int = 0  # paragraph number: reported speech carries within a paragraph
    mentions: list = field(default_factory=list)
    spans: list | None = None  # the runs the name tables know, found once
    masked: str = ""
    offsets: list[int] = field(default_factory=list)  # masked offset -> token index
