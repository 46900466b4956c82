"""All the relation triples of a readout: from offices and invitations, and from cues."""

from __future__ import annotations

from dataclasses import replace

from kg.extract.document import Doc, View
from kg.extract.relations import Found, SentenceRules
from kg.extract.roles import invitation_relations, leader_relations
from kg.model import Relation, Span


def relations(doc: Doc) -> list[Relation]:
    """Every relation the readout asserts, once, with the first sentence that says it."""

    out: dict[tuple[str, str, str], Relation] = {}

    def add(f: Found, view: View):
        if f.subject == f.object or doc.kind(f.subject) == "topic":
            return
        if f.relation in ("supports", "assists") and doc.state_of(f.subject) == f.object:
            return  # a leader backing their own state is not a relation between actors
        if not f.object.startswith("topic:") and doc.kind(f.object) == "topic":
            # an agreement or initiative is not an actor: only support and opposition
            # take it, as a topic (ANNOTATION.md, rule 8)
            if f.relation not in ("supports", "opposes"):
                return
            f = replace(f, object="topic:" + f.object.lower())
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
