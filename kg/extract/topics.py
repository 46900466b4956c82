"""Topics: what the engagement covered, as short lower-case phrases."""

from __future__ import annotations

import re

from kg.extract.document import Doc

DISCUSSED = re.compile(
    r"\b(?:discuss(?:ed|es)?|exchanged views on|exchange(?:d)? of views on|touched upon|"
    r"talked about|reviewed|focused on|on the (?:situation|issue|question) (?:in|of|around))"
    r" (?:the )?([a-z][\w\- ]{2,60}?)(?=[,.;]| and | as well| including|$)",
)


def topics(doc: Doc) -> list[str]:
    found: list[str] = []

    def add(t: str):
        t = t.strip().lower()
        if t and t not in found and len(t.split()) <= 8:
            found.append(t)

    for view in doc.views:
        for m in view.mentions:
            if m.kind == "topic" and m.actors:
                add(m.actors[0])
        for m in DISCUSSED.finditer(view.sentence.text):
            add(m[1])
        for kw in re.findall(r"\b(COVID-19|climate change|Ukraine|trade|investment|energy|"
                             r"security|multilateralism|Gaza|Middle East|terrorism)\b",
                             view.sentence.text):
            add(kw)
    return found
