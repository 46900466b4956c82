"""All the relation triples of a readout: from offices and invitations, and from cues."""

from __future__ import annotations

from kg.extract.document import Doc, View
from kg.extract.relations import Found, SentenceRules
from kg.extract.roles import invitation_relations, leader_relations
from kg.model import Relation, Span


def relations(doc: Doc) -> list[Relation]:
    """Every relation the readout asserts, once, with the first sentence that says it."""

    out: dict[tuple[str, str, str], Relation] = {}

    def add(f: Found, view: View):
        if f.subject == f.object:
            return
        key = (f.subject, f.relation, f.object)
        if key in out:
            return
        s = view.sentence
        out[key] = Relation(
            f.subject, f.relation, f.object, Span(s.start, s.end, s.text), f.rule, f.modality
        )

    for f, view in leader_relations(doc):
        add(f, view)
    for f, view in invitation_relations(doc):
        add(f, view)
    for view in doc.views:
        for f in SentenceRules(doc, view).run():
            add(f, view)
    return list(out.values())
