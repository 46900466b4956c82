"""What the extractor reads from a readout written in a test: the rule tests' one way in.

Each rule test writes its own readout (a head naming the engagement and a sentence or two)
and asks for what the graph would get from it; these helpers keep that reading in one
place instead of one copy per test file.
"""

from __future__ import annotations

from kg.extract import extract
from kg.model import Extraction, Readout


def read(text: str, published: str = "2024-05-14", publisher: str | None = None) -> Extraction:
    """The whole extraction of ``text`` as a readout published on ``published``."""
    return extract(Readout("case", text, published=published, publisher=publisher))


def relations(text: str, published: str = "2024-05-14", publisher: str | None = None) -> set:
    """The (subject, relation, object) triples the readout gives, as written."""
    ex = read(text, published, publisher)
    return {(r.subject, r.relation, r.object) for r in ex.relations}


def speakers(text: str, published: str = "2024-05-14", publisher: str | None = None) -> list:
    """Each statement's speaker, in the order of the text."""
    return [s.speaker for s in read(text, published, publisher).statements]


def both_ways(a: str, b: str, relation: str = "cooperatesWith") -> set:
    """A reciprocal relation as its two triples."""
    return {(a, relation, b), (b, relation, a)}
