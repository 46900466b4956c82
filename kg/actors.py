"""Actors, their tenures, and the state roll-up: who a person stands for on a date.

Used by the summaries (tallies at state level) and by the analysis (the state
graph) alike, so both fold a person into the same state.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from kg.model import RELATIONS
from kg.rdf.vocab import BACKGROUND, BASE, ONT, prefix_lines

PREFIXES = prefix_lines(("rk", "rdf", "rdfs", "dcterms"))
# Actors: those of the background graph, then those a readout minted (labelled in
# its own graph). Asking the union for "?n a rk:Person" would scan every readout's
# type triples, which on disk costs tens of seconds at 100,000 readouts.
ACTORS_Q = (
    PREFIXES
    + f"""SELECT ?n ?type ?label ?country WHERE {{
  GRAPH <{BACKGROUND}> {{
    ?n a ?type ; rdfs:label ?label .
    VALUES ?type {{ rk:Person rk:State rk:Organization }}
    OPTIONAL {{ ?n rk:country/rdfs:label ?country }}
  }}
}}"""
)
TENURES_Q = (
    PREFIXES
    + """SELECT ?n ?office ?of ?start ?end WHERE {
  ?n rk:tenure ?t . ?t rk:officeOf ?of .
  OPTIONAL { ?t rk:office ?office } OPTIONAL { ?t rk:startDate ?start }
  OPTIONAL { ?t rk:endDate ?end }
}"""
)


@cache
def polarity() -> dict[str, int]:
    """Relation -> +1, -1 or 0, from the ``rk:polarity`` of each property in the ontology."""
    from rdflib import Graph, Namespace

    from kg.resources import ontology_text

    rk = Namespace(ONT)
    g = Graph().parse(data=ontology_text(), format="turtle")
    sign = {"positive": 1, "negative": -1, "neutral": 0}
    return {r: sign[str(g.value(rk[r], rk.polarity, default="neutral"))] for r in RELATIONS}


@dataclass(frozen=True, slots=True)
class Actor:
    iri: str
    label: str
    type: str  # Person, State or Organization
    country: str | None = None
    offices: tuple[str, ...] = ()

    @property
    def id(self) -> str:
        """A short, stable node id: the IRI without the project's base."""
        return self.iri.removeprefix(BASE)


@dataclass(frozen=True, slots=True)
class Tenure:
    person: str
    of: str
    start: str | None
    end: str | None

    def covers(self, day: str) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True, slots=True)
class Assertion:
    """One relation triple as one readout asserts it."""

    subject: str
    relation: str
    object: str
    readout: str
    date: str | None
    sentence: str | None = None


class Roller:
    """Each person folded into the state (or organisation) they led on a date.

    In order: what the same readout says the person leads (``leaderOf``,
    states first); a background tenure covering the date, of a state, then of
    an organisation; the person's country; else the person stays.
    """

    def __init__(
        self,
        actors: dict[str, Actor],
        tenures: dict[str, list[Tenure]],
        assertions: Iterable[Assertion] = (),
    ):
        self.actors, self.tenures = actors, tenures
        led: dict[tuple[str, str], list[str]] = defaultdict(list)
        for a in assertions:
            if a.relation == "leaderOf":
                led[(a.readout, a.subject)].append(a.object)
        self.led = {k: sorted(set(v), key=self._rank) for k, v in led.items()}
        self.by_label = {a.label: a.iri for a in actors.values() if a.type == "State"}

    def _rank(self, iri: str) -> tuple:
        a = self.actors.get(iri)
        return (0 if a and a.type == "State" else 1, a.label if a else iri)

    def __call__(self, actor: str, readout: str, date: str | None) -> str:
        return self.fold(actor, self.led.get((readout, actor), ()), date)

    def fold(self, actor: str, led: Iterable[str], date: str | None) -> str:
        """``actor`` at state level, given what the readout says they lead and its date."""
        a = self.actors.get(actor)
        if a is None or a.type != "Person":
            return actor
        led = sorted(set(led), key=self._rank)
        if led:
            return led[0]
        if date:
            held = [t.of for t in self.tenures.get(actor, ()) if t.covers(date)]
            if held:
                return min(set(held), key=self._rank)
        if a.country and a.country in self.by_label:
            return self.by_label[a.country]
        return actor
