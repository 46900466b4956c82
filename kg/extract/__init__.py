"""Extraction: a ``Readout`` in, an ``Extraction`` (event, relations, statements) out.

Rules, not a model: each triple comes from a cue in the lexicon applied to a
sentence, so every triple carries the sentence and the rule that produced it.
"""

from __future__ import annotations

from kg.extract import gazetteer, lexicon, native
from kg.extract.coref import resolve
from kg.extract.document import Doc, home_actor, read_mentions
from kg.extract.event import event_day, read_event
from kg.extract.mentions import MentionFinder
from kg.extract.participants import find_participants
from kg.extract.statements import statements
from kg.extract.text import layout
from kg.extract.topics import topics
from kg.extract.triples import relations
from kg.model import Extraction, Readout
from kg.text.language import SAMPLE, detect

__all__ = ["extract", "EXTRACTOR_VERSION"]

EXTRACTOR_VERSION = "0.3.0"

_finder: MentionFinder | None = None


def _get_finder() -> MentionFinder:
    global _finder
    if _finder is None:
        _finder = MentionFinder(gazetteer.load(), lexicon.load())
    return _finder


# bytes that are no ASCII letter: deleting them from ASCII text leaves its letters
_NOT_LETTERS = bytes(b for b in range(128) if not chr(b).isalpha())


def _may_be_native(text: str) -> bool:
    """Whether ``detect`` could call ``text`` Chinese or Russian: only when the letters
    beyond ASCII in its sample outnumber the ASCII ones, so an English readout with
    a few curly quotes skips the word counts (2.6% of extraction time)."""
    sample = text[:SAMPLE]
    ascii_part = sample.encode("ascii", "ignore")
    beyond = len(sample) - len(ascii_part)  # at least as many as the letters beyond ASCII
    return beyond > len(ascii_part.translate(None, _NOT_LETTERS))


def _home_from_text(doc: Doc) -> str | None:
    """Without a publisher, the side whose leader the readout names first is home,
    unless it opens with an office we cannot name ("The Minister ... met X")."""
    for view in doc.views[:1]:
        for m in view.mentions:
            if m.kind == "role":
                return None
            if m.kind == "person" and m.actors:
                return doc.state_of(m.actors[0])
    return None


def extract(readout: Readout, language: str | None = None) -> Extraction:
    """The readout's event, relations and statements, by the rules of its language
    (English, Chinese or Russian; ``language`` as detected when not given)."""
    if language is None and not _may_be_native(readout.text):
        language = "en"  # detect would name another language or English: the same rules
    lang = language or detect(readout.text).code
    if lang in native.LANGUAGES:
        return native.extract(readout, lang)
    finder = _get_finder()
    gaz, lex = finder.gaz, finder.lex
    lay = layout(readout.text)
    doc = Doc(readout, gaz, lex, [], lay.title, list(lay.datelines))
    doc.home = home_actor(readout, gaz, lex)
    doc.day = readout.published
    read_mentions(doc, finder, lay.sentences)
    find_participants(doc)
    seen = (doc.home, doc.day)
    if doc.home is None:
        doc.home = _home_from_text(doc)
    day = event_day(doc)
    if day and len(day) == 10:
        doc.day = day
    if (doc.home, doc.day) != seen:  # the participants hang on the day and the home side
        find_participants(doc)
    doc.settle()  # the people, day, home and participants stay as they are now
    resolve(doc)
    event = read_event(doc)
    actors = {}
    rels = relations(doc)
    for r in rels:
        for name in (r.subject, r.object):
            if name not in actors and not name.startswith("topic:"):
                actors[name] = doc.kind(name)
    for p in event.participants:
        actors[p] = doc.kind(p)
    return Extraction(
        readout=readout,
        event=event,
        relations=tuple(rels),
        topics=tuple(topics(doc)),
        statements=tuple(statements(doc)),
        actors=actors,
    )
