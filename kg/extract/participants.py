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


# "They were joined by A, B and C", "Leaders who attended the banquet include A; B; C":
# everyone the sentence names after it took part
JOINED = re.compile(
    r"\b(?:were|was) (?:also )?joined by\b|"
    r"\b(?:leaders|heads of (?:state|government)|participants|guests)\b[^.;:]{0,40}?"
    r"\b(?:include[sd]?|were)\b"
)
# a later leg of a tour: "will travel to Malaysia ... He is scheduled to meet X"
ONWARD = re.compile(r"\bwill (?:then )?(?:travel|proceed|go|fly|visit|leave)\b")
FUTURE = re.compile(r"\b(?:will|scheduled to|is to|are to|expected to)\b")


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
            if m.kind == "role" and view.tokens[m.t0 - 1].text.lower() == "of" and m.t0:
                continue  # "the swearing-in of the Prime Minister" names no one present
            name = None
            if m.kind == "person" and m.actors:
                name = m.actors[0]
            elif m.kind == "role":
                name = doc.resolve_role(m)
            if name and name not in found:
                found.append(name)

    def take_all(view: View, after: int) -> None:
        for m in view.mentions:
            if m.start - view.sentence.start >= after and m.kind == "person" and m.actors:
                if not _is_spokesperson(view, m) and m.actors[0] not in found:
                    found.append(m.actors[0])

    rest, sentences = 0, 0
    for k, view in enumerate(doc.views):
        take(view)
        rest = k + 1
        sentences += len(view.sentence.text.split()) >= 4  # dateline fragments don't count
        if len(found) >= 2 and (view.sentence.paragraph > 1 or view is doc.views[0]):
            break
        if sentences >= 4:
            break
    if len(found) >= 2:
        onward = False
        for view in doc.views[rest:]:
            text = view.sentence.text
            joined = ("joined" in text or "include" in text or "were" in text) and JOINED.search(
                text
            )
            if joined:
                take_all(view, joined.end())
            hit = ENGAGED.search(text)
            if hit and not (onward and FUTURE.search(text)):
                take(view, hit)
            onward = onward or ("will" in text and bool(ONWARD.search(text)))
    doc.participants = found
