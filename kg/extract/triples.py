"""All the relation triples of a readout: from offices and invitations, and from cues."""

from __future__ import annotations

import re
from dataclasses import replace

from kg.extract.accepted import accepted_visits
from kg.extract.document import Doc, View
from kg.extract.event import initiator
from kg.extract.list_items import lead_agents, opens_on_verb
from kg.extract.relations import Found, SentenceRules
from kg.extract.roles import invitation_relations, leader_relations
from kg.model import Relation, Span

OWN_STATE_NOT = frozenset({"supports", "assists", "cooperatesWith"})


def relations(doc: Doc) -> list[Relation]:
    """Every relation the readout asserts, once, with the first sentence that says it."""

    out: dict[tuple[str, str, str], Relation] = {}

    def add(f: Found, view: View):
        if (f.subject, f.relation, f.object) in out:
            # said before (most are): it passed the tests below then; a stored object is
            # never a topic still to be renamed, so the key is the one the tests would give
            return
        if f.subject == f.object or doc.kind(f.subject) == "topic":
            return
        if f.relation in OWN_STATE_NOT and doc.state_of(f.subject) == f.object:
            # a leader backing or working with their own state ("discussed ways to
            # strengthen the U.S.-India partnership") is not a relation between actors
            return
        if f.relation != "leaderOf" and doc.state_of(f.object) == f.subject != f.object:
            # "Japan sent its congratulations to the two leaders": a state does not act on
            # its own leader (one of the two is Japan's)
            return
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
    for f, view in accepted_visits(doc):
        add(f, view)
    lead: list[str] | None = None  # the subject of a list's lead-in, for its items
    for view in doc.views:
        rules = SentenceRules(doc, view)
        rules.lead = lead if lead and opens_on_verb(doc, view) else None
        for f in rules.run():
            add(f, view)
        if rules.lead is None:  # a list's items keep its lead-in; any other sentence ends it
            lead = lead_agents(doc, view)
    for r in list(out.values()):
        for f in implied_by_hosting(doc, r):
            key = (f.subject, f.relation, f.object)
            if key not in out and f.subject != f.object:
                out[key] = Relation(*key, r.evidence, f.rule, f.modality)
    return list(out.values())


def _envoy(doc: Doc, person: str) -> bool:
    title = (doc.people.get(person, {}).get("title") or "").lower()
    return any(w in title for w in doc.lex.words.get("envoy", ()))


def _remote(doc: Doc) -> bool:
    """A call or video conference: nobody travelled (the lead says so)."""
    lead = " ".join(v.masked for v in doc.views[:2]).replace("courtesy call", "")
    return any(f" {w} " in f" {lead} " for w in doc.lex.words.get("remote", ()))


def _past(doc: Doc, sentence: str) -> bool:
    """'recalled his visit to X', 'the visit last year', 'look forward to travelling to X
    next year': not the visit being reported."""
    said = set(re.findall(r"[a-z]+", sentence.lower()))
    words = doc.lex.words
    return not (said.isdisjoint(words.get("past", ())) and said.isdisjoint(words.get("ahead", ())))


def _hosts(doc: Doc, visitor: str, state: str) -> list[str]:
    """The participants of the visited state who host: the one who invited, when several
    of that state take part ("at the invitation of the President", the Prime Minister
    also met), else each of them."""
    hosts = [
        p
        for p in doc.participants
        if p != visitor and doc.kind(p) == "person" and doc.state_of(p) == state
    ]
    if len(hosts) > 1:
        inviter = initiator(doc)
        if inviter in hosts:
            return [inviter]
    return hosts


def implied_by_hosting(doc: Doc, r: Relation) -> list[Found]:
    """A host implies the visit, and a visit the host (ANNOTATION.md 8): 'X hosts Y' gives
    'Y visits' X's state, unless Y is a resident envoy; 'Y visits S' gives the
    participants of S who host Y (``_hosts``), when the readout is of a meeting there
    between two states (a meeting of several states' ministers is no one's reception)."""
    if r.relation == "hosts" and doc.kind(r.object) == "person" and not _envoy(doc, r.object):
        state = doc.state_of(r.subject)
        if state and doc.kind(state) == "state" and doc.state_of(r.object) not in (None, state):
            return [Found(r.object, "visits", state, "visits:hosted", r.modality)]
    if (
        r.relation == "visits"
        and r.modality == "asserted"
        and r.subject in doc.participants
        and not _remote(doc)
        and len(doc.participant_states()) <= 2
        and not _past(doc, r.evidence.text)
    ):
        return [
            Found(p, "hosts", r.subject, "hosts:visited", r.modality)
            for p in _hosts(doc, r.subject, r.object)
        ]
    return []
