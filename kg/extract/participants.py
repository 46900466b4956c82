"""The people who took part in the engagement, in order of first mention."""

from __future__ import annotations

import re

from kg.extract.document import Doc, View
from kg.extract.mentions import Mention

PRESENT = re.compile(r"\b(?:were|was) (?:also )?present\b|\baccompanied by\b|\bpresence of\b")


ENGAGED = re.compile(
    r"\b(?:met|meets|meet|meeting with|held (?:\w+ ){0,3}(?:talks|meeting|call|conversation)s?|"
    r"called on|call(?:ed)? on|courtesy call|participated|took part|joined|received|"
    r"audience with|hosted|had (?:\w+ ){0,3}(?:talks|meeting|call|conversation))\b"
)


def _is_spokesperson(view: View, m: Mention) -> bool:
    if m.role == "spokesperson":
        return True
    before = " ".join(t.text for t in view.tokens[max(0, m.t0 - 2) : m.t0]).lower()
    return "spokesperson" in before or "spokesman" in before or "spokeswoman" in before


def find_participants(doc: Doc) -> None:
    """People who took part: those named in the opening sentences, in order, and
    people later said to have met, held talks with or been called on."""
    found: list[str] = []

    def take(view: View, near: re.Match | None = None) -> None:
        m_present = PRESENT.search(view.sentence.text)
        cut = m_present.start() + view.sentence.start if m_present else None
        first_person = True
        for m in view.mentions:
            if cut is not None and m.start >= cut:
                continue
            if near is not None:
                # a later engagement: its subject and the people right after the verb
                rel = m.start - view.sentence.start
                is_first = first_person and m.kind in ("person", "role")
                if m.kind in ("person", "role"):
                    first_person = False
                if not is_first and not (near.end() <= rel <= near.end() + 40):
                    continue
            if _is_spokesperson(view, m):
                continue
            name = None
            if m.kind == "person" and m.actors:
                name = m.actors[0]
            elif m.kind == "role":
                name = doc.resolve_role(m)
            if name and name not in found:
                found.append(name)

    rest = 0
    for k, view in enumerate(doc.views[:4]):
        take(view)
        rest = k + 1
        if len(found) >= 2 and (view.sentence.paragraph > 1 or view is doc.views[0]):
            break
    if len(found) >= 2:
        for view in doc.views[rest:]:
            hit = ENGAGED.search(view.sentence.text)
            if hit:
                take(view, hit)
    doc.participants = found
