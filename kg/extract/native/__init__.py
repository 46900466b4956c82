"""Readouts in Chinese and Russian, read into the same actors and relations as English.

The languages share the name matcher, the cue modes, the statement logic and the output;
each brings its reader (sentences, tokens, dates) and its tables as data files under
``kg/data/gazetteer`` (names, offices, places) and ``kg/data/lexicon/<lang>/`` (cues,
reporting verbs, events, initiator, words).
"""

from __future__ import annotations

from kg.extract import gazetteer, lexicon
from kg.extract.document import home_actor
from kg.extract.native import document, event, topics
from kg.extract.native.relations import Context
from kg.extract.native.walk import walk
from kg.model import Extraction, Readout

LANGUAGES = ("zh", "ru")


def extract(readout: Readout, lang: str) -> Extraction:
    gaz = gazetteer.load()
    doc = document.read(readout, lang, gaz)
    doc.home = home_actor(readout, gaz, lexicon.load())
    document.find_mentions(doc)
    doc.day = event.event_date(doc)
    if doc.day != readout.published:
        document.find_mentions(doc)  # offices are held on the event's day, not the page's
    doc.participants = event.participants(doc)
    if doc.home is None and doc.participants:
        doc.home = doc.state_of(doc.participants[0])
    for s in doc.sents:
        document.mask(doc, s)
    rels, stmts = walk(doc)
    seen, unique = set(), []
    for r in rels:
        if (r.subject, r.relation, r.object) not in seen:
            seen.add((r.subject, r.relation, r.object))
            unique.append(r)
    ev = event.read_event(doc, Context())
    actors = {}
    for r in unique:
        for name in (r.subject, r.object):
            if name in gaz.actors:
                actors[name] = gaz.actors[name].kind
    for p in ev.participants:
        actors[p] = gaz.actors[p].kind if p in gaz.actors else "person"
    return Extraction(
        readout, ev, tuple(unique), tuple(topics.topics(doc)), tuple(stmts), actors, language=lang
    )
