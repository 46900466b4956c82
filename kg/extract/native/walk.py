"""One pass over a readout's sentences: statements, then the relations they carry.

The pass keeps what the words leave unsaid: who is speaking in the paragraph, who "he"
is, whether a sentence tells what the sides did together, and where a quotation of several
sentences opened (it is one statement, opened at its first sentence).
"""

from __future__ import annotations

from dataclasses import replace

from kg.extract.native import relations, statements
from kg.extract.native.document import NativeDoc
from kg.extract.native.relations import Context
from kg.extract.native.sentence import Sent
from kg.model import Relation, Span, Statement

OPENS, CLOSES = "«“„", "»”"


def _depth(depth: int, text: str) -> int:
    """How many quotations are open after ``text``; a straight quote closes one that is open,
    else opens one."""
    depth += sum(text.count(c) for c in OPENS) - sum(text.count(c) for c in CLOSES)
    if text.count('"') % 2:
        depth += -1 if depth > 0 else 1
    return max(0, depth)


def walk(doc: NativeDoc) -> tuple[list[Relation], list[Statement]]:
    rels: list[Relation] = []
    stmts: list[Statement] = []
    ctx = Context()
    para, quote_from, depth = -1, None, 0
    for n, s in enumerate(doc.sents):
        if s.para != para:
            para, ctx.speaker, quote_from, depth = s.para, None, None, 0
        rels.extend(relations.leaders(doc, s))
        if n < doc.headline:  # a headline reports no statement of its own
            continue
        opened_here = depth == 0
        depth = _depth(depth, s.text)
        said, ctx.speaker = statements.find(doc, s, ctx)
        if said is not None and quote_from is not None and not opened_here:
            said = _opened_at(doc, doc.sents[quote_from], s, said)  # «…. …», – сказал он
        if depth > 0 and opened_here:
            quote_from = n
        elif depth == 0:
            quote_from = None
        ctx.joint = said is not None and said.speaker == "both"
        if said is not None:
            stmts.append(said)
            if said.speaker != "both":
                ctx.last_speaker = said.speaker
        rels.extend(relations.apply(doc, s, ctx))
    return rels, stmts


def _opened_at(doc: NativeDoc, first: Sent, last: Sent, said: Statement) -> Statement:
    opening = statements.OPENING[doc.lang](first)
    evidence = Span(first.start, last.end, doc.readout.text[first.start : last.end])
    return replace(said, opening=opening, evidence=evidence)
