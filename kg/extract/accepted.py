"""An invitation accepted: "X invited Y to visit Ghana ... Y accepted the invitation" is a
visit Y will pay (ANNOTATION.md: `visits` covers a visit one will pay); an invitation
alone is no visit."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.extract.document import Doc, View
from kg.extract.found import Found

ACCEPTED = re.compile(r"\baccept(?:ed|s)? (?:the|this|his|her|their|that) (?:kind )?invitations?\b")
# "invited Y to visit Ghana", "an invitation ... to pay a visit to Ghana": the place after
TO_VISIT = re.compile(r"\binvit\w*\b[^.;]*?\bto (?:pay (?:a|an) (?:[\w\-]+ )?visit to|visit) $")


def accepted_visits(doc: Doc) -> Iterator[tuple[Found, View]]:
    """The visit each participant who accepted an invitation to a named state will pay."""
    for k, view in enumerate(doc.views):
        text = view.sentence.text
        if "accept" not in text:
            continue
        said = ACCEPTED.search(text)
        if said is None:
            continue
        at = view.sentence.start + said.start()
        who = [
            m.actors[0]
            for m in view.mentions
            if m.start < at and m.kind in ("person", "pronoun", "anaphor") and len(m.actors) == 1
        ]
        if not who or who[-1] not in doc.participants:
            continue
        place = _invited_to(doc, doc.views[max(0, k - 1) : k + 1])
        if place and place != doc.state_of(who[-1]):
            yield Found(who[-1], "visits", place, "visits:accepted invitation", "agreed"), view


def _invited_to(doc: Doc, views: list[View]) -> str | None:
    """The state an invitation in ``views`` asks someone to visit."""
    for view in reversed(views):
        text, offset = view.sentence.text, view.sentence.start
        if "invit" not in text:
            continue
        for m in view.mentions:
            if m.kind in ("state", "place") and len(m.actors) == 1:
                if TO_VISIT.search(text[max(0, m.start - offset - 80) : m.start - offset]):
                    state = m.actors[0]
                    return state if doc.kind(state) == "state" else None
    return None
