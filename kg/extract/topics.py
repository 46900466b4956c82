"""Topics: what the engagement covered, as short lower-case noun phrases."""

from __future__ import annotations

import re

from kg.extract.document import Doc
from kg.text.casefold import Folded

# Phrases after which a readout lists what was discussed.
LEADS = Folded.compile(
    r"\b(?:discuss(?:ed|es|ing)?|exchanged views on|exchange(?:d)? of views on|touched upon|"
    r"talked about|reviewed|focused on|(?:cooperation|coordination|collaboration|partnership|"
    r"ties|exchanges) (?:in|on)|in the (?:fields?|areas?|sectors?) of|issues such as|"
    r"such areas as|areas such as|the situation (?:in|on|around)|the conflict in|"
    r"congratulations? on|condolences? (?:over|for|on)|support for|opposes?|opposed)\s+",
)
STOP = re.compile(
    r"[.;:()\"“”]|,\s*(?:and\s+)?(?:which|who|that|as well as|while|including)\b|"
    r"\b(?:which|that|who|where|while|with a view|in order|so that|to (?:ensure|"
    r"promote|strengthen|address|support|discuss)|has|have|had|is|are|was|were|will|"
    r"would|should|could|can|said|says|noted|added|he|she|they|it|scheduled|"
    r"work for|as part of|in the coming)\b"
)
SPLIT = re.compile(r",\s*(?:and\s+)?|\s+and\s+|\s+as well as\s+")
DROP_LEAD = re.compile(
    r"^(?:the|a|an|their|its|his|her|our|both|bilateral|further|for|on|in|of|"
    r"regional and international|issues of mutual interest|ways to)\s+",
    re.IGNORECASE,
)
NOISE = {
    "issues",
    "matters",
    "areas",
    "fields",
    "the",
    "other",
    "others",
    "each other",
    "mutual interest",
    "common concern",
}


def _items(text: str) -> list[str]:
    end = STOP.search(text)
    chunk = text[: end.start()] if end else text
    out = []
    for part in SPLIT.split(chunk):
        part = part.strip().lower()
        while True:
            cut = DROP_LEAD.sub("", part)
            if cut == part:
                break
            part = cut
        words = part.split()
        if 1 <= len(words) <= 6 and part not in NOISE and not part[:1].isdigit():
            out.append(part)
    return out[:8]


def topics(doc: Doc) -> list[str]:
    found: list[str] = []

    def add(t: str):
        t = " ".join(t.strip().lower().split())
        if t and t not in found and len(t.split()) <= 8:
            found.append(t)

    for view in doc.views:
        for m in view.mentions:
            if m.kind == "topic" and m.actors:
                add(m.actors[0])
        text = view.sentence.text
        for m in LEADS.finditer(text):
            for item in _items(text[m.end() :]):
                add(item)
    return found
