"""Plain records passed between pipeline stages (ingest -> extract -> rdf)."""

from __future__ import annotations

from dataclasses import dataclass, field

EVENT_TYPES = ("PhoneCall", "VideoCall", "Meeting", "Visit", "Message")

RELATIONS = (
    "leaderOf",
    "memberOf",
    "congratulates",
    "thanks",
    "condoles",
    "invites",
    "praises",
    "supports",
    "opposes",
    "criticizes",
    "urges",
    "cooperatesWith",
    "cooperatesVia",
    "assists",
    "visits",
    "hosts",
)

MODALITIES = ("asserted", "future", "agreed")


@dataclass(frozen=True)
class Readout:
    """One document: its text and what is known about it.

    ``text`` is the whole readout as read; every offset the extractor reports
    points into it.
    """

    source: str
    text: str
    title: str | None = None
    published: str | None = None  # ISO date YYYY-MM-DD
    publisher: str | None = None
    url: str | None = None  # an IRI: what an IRI cannot hold is percent-encoded
    source_url: str | None = None  # the URL as given, when it had to be encoded


@dataclass(frozen=True)
class Span:
    """A stretch of the readout text that evidences something."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Relation:
    subject: str
    relation: str
    object: str  # canonical actor name, or "topic:<label>"
    evidence: Span
    rule: str
    modality: str = "asserted"


@dataclass(frozen=True)
class Statement:
    opening: str
    speaker: str  # canonical name, or "both"
    act: str
    evidence: Span
    speakers: tuple[str, ...] = ()  # the people behind a joint speaker


@dataclass(frozen=True)
class Event:
    type: str | None
    date: str | None  # YYYY-MM-DD or --MM-DD
    participants: tuple[str, ...] = ()
    initiator: str | None = None
    location: str | None = None


@dataclass(frozen=True)
class Extraction:
    readout: Readout
    event: Event
    relations: tuple[Relation, ...] = ()
    topics: tuple[str, ...] = ()
    statements: tuple[Statement, ...] = ()
    actors: dict = field(default_factory=dict, compare=False)  # name -> kind
    language: str = "en"  # the rules it was read by; sentences and topics are in it

    def to_json(self, evidence: bool = True) -> dict:
        """The annotation-format record of ANNOTATION.md section 6."""

        def rel(r: Relation) -> list:
            row = [r.subject, r.relation, r.object]
            return row

        out = {
            "source": self.readout.source,
            "publisher": self.readout.publisher,
            "published": self.readout.published,
            **({"url": self.readout.url} if self.readout.url else {}),
            "event": {
                "type": self.event.type,
                "date": self.event.date,
                "participants": list(self.event.participants),
                "initiator": self.event.initiator,
                "location": self.event.location,
            },
            "relations": [rel(r) for r in self.relations],
            "topics": list(self.topics),
            "statements": [
                {"opening": s.opening, "speaker": s.speaker, "act": s.act} for s in self.statements
            ],
        }
        if self.language != "en":  # English, the default, is left unsaid
            out["language"] = self.language
        if evidence:
            out["evidence"] = [
                {
                    "triple": rel(r),
                    "sentence": r.evidence.text,
                    "start": r.evidence.start,
                    "end": r.evidence.end,
                    "rule": r.rule,
                    "modality": r.modality,
                }
                for r in self.relations
            ]
        return out
