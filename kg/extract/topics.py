"""Topics: what the engagement covered, as short lower-case noun phrases.

A topic is the object of a phrase that says what was covered ("discussed X, Y and
Z", "exchanged views on X", "the situation in X", "support for X", "condolences
over X"), cut where the noun phrase ends, or a named event ("the Munich Security
Conference", "COP26") that no actor is.
"""

from __future__ import annotations

import re

from kg.extract.document import Doc
from kg.text.casefold import Folded

# Phrases after which a readout names what was covered.
LEADS = Folded.compile(
    # the lookahead lets the engine skip non-letters fast (0.18 -> 0.14 ms a readout)
    r"(?=[a-z])\b(?:discuss(?:ed|es|ing)?|(?:exchanged?|exchanging) (?:of )?"
    r"(?:views|opinions|ideas|information)(?: \w+){0,3}? (?:on|about|regarding|concerning)|"
    r"touched (?:up)?on|"
    r"(?:talked|spoke|speak|conferred|conversed) about|reviewed|focused on|"
    r"(?:call|meeting|talks|conversation) (?:also )?(?:addressed|covered|focused on)|"
    r"addressed|(?:a )?special focus on|briefed (?:\w+ ){0,3}on|"
    r"(?:cooperation|coordination|collaboration|partnership|ties|exchanges) (?:in|on|against|"
    r"across)|"
    r"in the (?:fields?|areas?|sectors?|spheres?) of|issues (?:such as|related to|of)|"
    r"(?:matters|issues) (?:regarding|concerning|pertaining to)|"
    r"such (?:areas|issues|fields) as|areas such as|the (?:situation|developments?) (?:in|on|"
    r"around|regarding)|the conflict (?:in|between)|latest developments in|"
    r"congratulations? (?:\w+ ){0,3}on|congratulated (?:\w+ ){0,4}on|felicitations on|"
    r"condolences? (?:\w+ ){0,4}(?:over|for|on)|sympath(?:y|ies) (?:over|for)|"
    r"support for|commitment to|the importance of|the need (?:for|to)|concerns? (?:about|over)|"
    r"condemn(?:ed|s|ation of)|the occasion of|agreed on|progress (?:in|on)|"
    r"opposes?|opposed|including|such as|spoke about|talked about|welcomed|"
    r"reflected on|exchanged views on|updated (?:\w+ ){0,3}on|thanked (?:\w+ ){0,4}for|"
    r"(?:appreciation|gratitude) (?:for|of)|concerns? (?:regarding|at)|briefed (?:\w+ ){0,4}about|"
    r"invitation to)\s+",
)
STOP = re.compile(
    r"[.;:()\"“”]|\s[–—-]\s|,\s*(?:and\s+)?(?:which|who|that|as well as|while|including|"
    r"noting|stressing|saying|adding|agreeing|expressing|and (?:agreed|expressed|stressed|"
    r"noted|reaffirmed))\b|\b(?:which|that|who|where|while|with a view|in order|so that|to "
    r"(?:ensure|promote|strengthen|address|support|discuss|enhance|further|deepen|expand|"
    r"improve|advance)|has|have|had|is|are|was|were|will|would|should|could|can|must|"
    r"said|says|noted|added|agreed|expressed|stressed|he|she|they|it|we|scheduled|"
    r"work for|as part of|in the coming|in detail|at the meeting|during the|"
    r"this (?:morning|afternoon|evening|year|week)|today|yesterday|tomorrow|from \w+ \d|"
    r"between the two|with (?:his|her|their) (?:\w+ )?counterpart)\b"
)
SPLIT = re.compile(
    r",\s*(?:and\s+)?|\s+and\s+(?!(?:economic|security|development|stability)\b)|"
    r"\s+as well as\s+"
)
DROP_LEAD = re.compile(
    r"^(?:the|a|an|their|its|his|her|our|your|both|bilateral|further|for|on|in|of|about|"
    r"current|latest|recent|ongoing|upcoming|possible|various|other|key|ways to|how to|"
    r"issues of mutual interest|matters regarding|issues on|a number of|"
    # a verb phrase's verb ("the need to ensure X"), gerunds and adverbs
    r"undertake|support|ensure|continue|eliminate|strengthen|enhance|promote|achieve|increase|"
    r"contain|make|end|take|keep|elevate|deepen|expand|develop|boost|advance|improve|"
    r"proves?|that|to|regarding|these|this|those|\w+ing|\w+ly)\s+",
    re.IGNORECASE,
)
NOISE = re.compile(
    r"^(?:issues|matters|areas|fields|others?|each other|mutual interest|common concern|"
    r"how|if|whether|what|this|these|those|them|it|detail|details|agenda|"
    r"(?:matters|issues|topics|questions) of (?:mutual|common) (?:interest|concern)|"
    r"current issues of mutual concerns?|\w+ing|\w+ly|broad|open|regional|international|"
    r"ways|need|efforts?|expectations?|situation|summit|convention|world|bond|number of areas|"
    r"the|.*\b(?:january|february|march|april|may|june|july|august|september|october|"
    r"november|december) \d.*)$"
)
# Named events and agreements that no actor is: capitalised runs ending in these.
EVENT = re.compile(
    r"\b((?:[A-Z][\w'’\-]*|of|the|and|for|on|\d+(?:st|nd|rd|th)?)(?: (?:[A-Z][\w'’\-]*|of|the|and|"
    r"for|on|\d+(?:st|nd|rd|th)?)){0,6} (?:Summit|Conference|Agreement|Treaty|Convention|"
    r"Forum|Games|Protocol|Initiative|Day|Festival|Olympics|World Cup|Plan|Strategy))\b"
    r"|\b(COP\d+|COVID-19|Naadam|Brexit)\b"
)
# "bilateral cooperation", "security and defence cooperation", "the UK-Japan relationship":
# a named field of cooperation is a subject the engagement covered
FIELD_WORD = re.compile(
    r"\b(?:co-?operation|partnership|relationship|relations|ties|trade|investment)\b"
)
FIELD_PART = re.compile(r"[a-z]{4,}|[A-Za-z][\w.]*-[A-Za-z][\w.\-]*")
MAX_TOPICS = 16


def _clean(part: str) -> str | None:
    part = " ".join(part.strip(" ,'’\"“”").lower().split())
    while True:
        cut = DROP_LEAD.sub("", part)
        if cut == part:
            break
        part = cut
    words = part.split()
    if not 1 <= len(words) <= 6 or NOISE.match(part) or part[:1].isdigit():
        return None
    return part


def _items(text: str) -> list[str]:
    end = STOP.search(text)
    chunk = text[: end.start()] if end else text
    out = []
    for part in SPLIT.split(chunk):
        item = _clean(part)
        if item:
            out.append(item)
    return out[:8]


EVENT_WORD = re.compile(
    r"Summit|Conference|Agreement|Treaty|Convention|Forum|Games|Protocol|Initiative|Day\b|"
    r"Festival|Olympics|World Cup|Plan\b|Strategy|COP\d|COVID|Naadam|Brexit"
)


def _event_name(doc: Doc, text: str) -> list[str]:
    out: list[str] = []
    if not EVENT_WORD.search(text):
        return out  # the full pattern is slow; most sentences name no event
    for m in EVENT.finditer(text):
        name = re.sub(r"^(?:(?:the|of|and|for|on)\s+)+", "", m[0], flags=re.IGNORECASE)
        if len(name.split()) >= 1 and not doc.gaz.lookup(tuple(name.split())):
            out.append(name.lower())
    return out


def _fields(text: str) -> list[str]:
    """Named fields of cooperation ('security and defence cooperation'): the head noun
    and up to three words before it that qualify it."""
    out = []
    for m in FIELD_WORD.finditer(text):
        take: list[str] = []
        for word in reversed(text[max(0, m.start() - 60) : m.start()].split()):
            if len(take) < 3 and (FIELD_PART.fullmatch(word) or (word == "and" and take)):
                take.insert(0, word)
            else:
                break
        phrase = _clean(" ".join(take + [m[0]])) if take else None
        if phrase:
            out.append(phrase)
    return out


def _third_parties(doc: Doc) -> list[str]:
    """States the readout names that no participant represents: what they talked about."""
    named = {
        m.actors[0]
        for view in doc.views
        for m in view.mentions
        if m.kind == "state" and len(m.actors) == 1
    }
    if not named:
        return []
    own = {doc.state_of(p) for p in doc.participants} | {doc.home}
    return [a.lower() for a in sorted(named - own)]


def topics(doc: Doc) -> list[str]:
    found: list[str] = []
    actors = {p.lower() for p in doc.participants}

    def add(t: str):
        t = " ".join(t.strip().lower().split())
        if t and t not in found and t not in actors and len(t.split()) <= 8:
            found.append(t)

    texts = ([doc.title] if doc.title else []) + [v.sentence.text for v in doc.views]
    for view in doc.views:
        for m in view.mentions:
            if m.kind == "topic" and m.actors:
                add(m.actors[0])
    for text in texts:
        for name in _event_name(doc, text):
            add(name)
        for m in LEADS.finditer(text):
            items = _items(text[m.end() :])
            if m[0].lower().startswith("the occasion"):
                items = items[:1]  # "On the occasion of X, Minister Y ..."
            for item in items:
                add(item)
        for item in _fields(text):
            add(item)
    for item in _third_parties(doc):
        add(item)
    return found[:MAX_TOPICS]
