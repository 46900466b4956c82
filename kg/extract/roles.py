"""Relations that come from who people are and how the engagement came about:
office holders lead their state (leaderOf), a host invited the visitor (invites)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.extract.document import Doc, View
from kg.extract.relations import Found
from kg.extract.styles import OTHER_OFFICE

LEADING_ROLES = {
    "head_of_state",
    "head_of_government",
    "foreign_minister",
    "secretary_general",
    "head_of_organization",
    "vice_president",
    "deputy_head_of_government",
    "minister",
    "speaker",
    "ambassador",
    "monarch",
}


def leader_relations(doc: Doc) -> Iterator[tuple[Found, View]]:
    """People in office: participants, and anyone named with an office ('President X of Y',
    "Y's Foreign Minister X"): X leaderOf Y, and every body X heads on that date."""
    first_view: dict[str, View] = {}
    titled: dict[str, set[str]] = {}
    formerly: set[str] = set()  # named as having held an office ("former Prime Minister X")
    named: set[str] | None = None  # the people named, read when an office alone is met
    for view in doc.views:
        for m in view.mentions:
            if m.kind != "person" or len(m.actors) != 1 or doc.kind(m.actors[0]) != "person":
                continue
            p = m.actors[0]
            first_view.setdefault(p, view)
            if m.heads:
                titled.setdefault(p, set()).update(m.heads)
            if m.how == "former":
                formerly.add(p)
            if m.role == "spokesperson" or (m.role == OTHER_OFFICE and p not in doc.participants):
                continue  # an incoming office ("President-elect of X") leads X (section 8)
            if m.how == "role" and p not in doc.participants:
                if named is None:
                    named = {
                        m.actors[0]
                        for view in doc.views
                        for m in view.mentions
                        if m.kind == "person" and m.how != "role" and len(m.actors) == 1
                    }
                if p not in named:
                    continue  # named only by office and no participant: not resolved (section 8)
            if m.title and (m.how.startswith("titled") or m.of or m.how == "role"):
                # "X, Secretary for Relations with States": a named person's office, even
                # when the office alone names them (the role mention after the name)
                titled.setdefault(p, set())
                if m.of:
                    titled[p].add(m.of)
    people = list(dict.fromkeys(list(doc.participants) + list(titled)))
    mentioned = {a for view in doc.views for m in view.mentions for a in m.actors}
    for p in people:
        view = first_view.get(p) or (doc.views[0] if doc.views else None)
        if view is None:
            continue
        bodies = set(titled.get(p, ()))
        # with no date, only offices still held (a past office would be a guess)
        offices = (
            doc.gaz.offices_of(p, doc.day)
            if doc.day
            else [t for t in doc.gaz.offices_of(p) if t.end is None]
        )
        held = {t.of for t in offices if doc.kind(t.of) == "state"}
        if held:
            # a title that names another state than the one the gazetteer has them lead on
            # that day was hung on the wrong name ("X, the President of Y, Z, ...")
            bodies = {b for b in bodies if doc.kind(b) != "state" or b in held}
        bodies |= _held(doc, [t for t in offices if t.role in LEADING_ROLES], mentioned, p)
        if not bodies and not (p in formerly and not offices):
            st = doc.state_of(p)
            if st:
                bodies.add(st)
        for body in sorted(bodies):
            yield Found(p, "leaderOf", body, "leaderOf:office", "asserted"), view


def _held(doc: Doc, offices: list, mentioned: set[str], person: str) -> set[str]:
    """The bodies of a person's offices that the readout ties them to: states, bodies it
    names, and the union of a named institution (same title). A second office in a body the
    readout never names (a head of state's chair of a committee) is no stated tie, unless it
    is all the person holds. A person heading several states (a monarch of several realms)
    leads those the readout names, else their own."""
    states = {t.of for t in offices if doc.kind(t.of) == "state"}
    if len(states) > 1:
        keep = states & mentioned or states & {doc.state_of(person)} or states
        offices = [t for t in offices if t.of not in states or t.of in keep]
    named = {t.title for t in offices if t.of in mentioned}
    kept = {
        t.of for t in offices if t.of in mentioned or t.title in named or doc.kind(t.of) == "state"
    }
    return kept or {t.of for t in offices}


INVITATION = re.compile(r"\b(?:at|upon|on) the invitation of (@\d+)")


def invitation_relations(doc: Doc) -> Iterator[tuple[Found, View]]:
    """A visit 'at the invitation of X': X invites the visitors."""
    for view in doc.views[:6]:
        if "invitation of @" not in view.masked:  # in every match: most sentences lack it
            continue
        for m in INVITATION.finditer(view.masked):
            host = view.mentions[int(m[1][1:])]
            hosts = [a for a in host.actors if a in doc.participants] or [
                p for p in doc.participants for a in host.actors if doc.state_of(p) == a
            ]
            for h in hosts[:1]:
                for p in doc.participants:
                    if p != h and doc.state_of(p) != doc.state_of(h):
                        yield (
                            Found(h, "invites", p, "invites:at the invitation of", "asserted"),
                            view,
                        )
