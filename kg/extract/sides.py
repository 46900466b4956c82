"""The two sides of a visit as the publisher sees them: the guest from abroad and the host
of the publisher's own side ("the guest", "the visiting minister", "his host")."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.extract.document import Doc


def host_state(doc: Doc) -> str | None:
    """The state the engagement took place in, as the opening names it (the publisher's
    leader may be the guest abroad: "travelled to Doha, where he was received by ..."),
    else the publisher's own; none when the publisher is no side of it."""
    from kg.extract.venue import venue  # venue reads the event's wording: imported late

    if not doc.home or doc.home not in {doc.state_of(p) for p in doc.participants}:
        return None  # a third side's report: no guest or host of its own
    place = venue(doc)
    state = doc.gaz.capitals.get(place) if place else None
    if state is None and place and doc.kind(place) == "state" and place in doc.gaz.actors:
        state = place
    return state or doc.home


def guest_or_host(doc: Doc, guest: bool, role: str | None = None) -> list[str]:
    """'The guest', 'the visiting minister': the participant from abroad (of the publisher's
    side, 'the host'); none when the publisher's side is unknown."""
    home = host_state(doc)
    if not home:
        return []
    return [
        p
        for p in doc.participants
        if doc.kind(p) == "person"
        and (doc.state_of(p) != home) == guest
        and (role is None or holds(doc, p, role))
    ]


def holds(doc: Doc, person: str, role: str) -> bool:
    """Whether a participant holds the office a bare title names ('the minister' any
    minister, 'the leader' a head of state or government)."""
    roles = {t.role for t in doc.gaz.offices_of(person, doc.day)}
    roles.add(doc.people.get(person, {}).get("role") or "")
    if role == "leader":
        return bool(roles & {"head_of_state", "head_of_government"})
    if role == "head_of_organization":  # "the UN chief": its Secretary-General too
        return bool(roles & {"head_of_organization", "secretary_general"})
    if role == "minister":
        return any("minister" in r for r in roles)
    return role in roles
