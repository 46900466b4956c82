"""Two readouts of one engagement side by side: what each side reported and the other did not.

Read from a store (any store: ``kg compare`` on two files builds them into one
in memory first). Relations are compared as written (the same subject,
relation and object) and at state level (people folded into the state they
led on the date, so "Xi thanked Biden" and "China thanked the United States"
meet); topics and statements by speaker are listed per side.
"""

from __future__ import annotations

import html
import json
from dataclasses import dataclass, field

from kg.errors import KgError
from kg.rdf.vocab import prefix_lines
from kg.store.database import Store
from kg.summaries import engagements, facts, tallies

_P = prefix_lines(("rk", "rdf", "rdfs", "prov", "dcterms", "skos"))
CLAIMS_Q = (
    _P
    + """SELECT ?s ?p ?o ?sl ?ol ?sentence WHERE {
  GRAPH ?g { ?c a rk:Claim ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ;
             rk:sentence ?sentence }
  OPTIONAL { ?s rdfs:label ?sl0 } OPTIONAL { ?s skos:prefLabel ?sp }
  OPTIONAL { ?o rdfs:label ?ol0 } OPTIONAL { ?o skos:prefLabel ?op }
  BIND (COALESCE(?sl0, ?sp, STR(?s)) AS ?sl) BIND (COALESCE(?ol0, ?op, STR(?o)) AS ?ol)
} ORDER BY ?sl ?p ?ol"""
)
TOPICS_Q = (
    _P
    + """SELECT DISTINCT ?label WHERE {
  GRAPH ?g { ?e rk:topic ?t } ?t skos:prefLabel ?label } ORDER BY ?label"""
)
STATEMENTS_Q = (
    _P
    + """SELECT ?speaker ?act ?opening ?start WHERE {
  GRAPH ?g { ?st a rk:Statement ; rk:speaker ?who ; rk:act ?act ; rk:opening ?opening ;
             rk:charStart ?start }
  ?who rdfs:label ?speaker } ORDER BY ?start ?speaker"""
)
ABOUT_Q = (
    _P
    + """SELECT ?publisher ?source ?date WHERE { GRAPH ?g {
  OPTIONAL { ?g dcterms:publisher ?publisher } OPTIONAL { ?g rk:sourceFile ?source }
  OPTIONAL { ?g rk:describes ?e . ?e dcterms:date ?date } } }"""
)


@dataclass
class Side:
    """One readout, as the comparison reads it."""

    graph: str
    name: str  # the publisher, else the file
    date: str | None
    written: dict[tuple[str, str, str], str] = field(default_factory=dict)  # triple -> sentence
    state: dict[tuple[str, str, str], str] = field(default_factory=dict)
    topics: list[str] = field(default_factory=list)
    statements: list[tuple[str, str, str]] = field(default_factory=list)  # speaker, act, opening


@dataclass
class Comparison:
    sides: list[Side]

    def rows(self, level: str = "written") -> list[tuple[tuple[str, str, str], list[str | None]]]:
        """Each triple any side reports, with each side's sentence for it (None: not reported).

        Triples all sides report come first, then the one-sided ones.
        """
        keys = sorted({k for s in self.sides for k in getattr(s, level)})
        out = [(k, [getattr(s, level).get(k) for s in self.sides]) for k in keys]
        return sorted(out, key=lambda row: (None in row[1], row[0]))

    def as_dict(self) -> dict:
        return {
            "sides": [{"readout": s.graph, "name": s.name, "date": s.date} for s in self.sides],
            **{
                f"relations_{level}": [
                    {"triple": list(k), "reported_by": [s is not None for s in sents],
                     "sentences": sents}
                    for k, sents in self.rows(level)
                ]
                for level in ("written", "state")
            },
            "topics": [s.topics for s in self.sides],
            "statements": [[list(x) for x in s.statements] for s in self.sides],
        }  # fmt: skip


def read_side(store: Store, graph: str, roll: tallies.Roll) -> Side:
    g = {"g": graph}
    about = store.select(ABOUT_Q, g)[1]
    publisher, source, day = about[0] if about else (None, None, None)
    side = Side(graph, str(publisher or source or graph), str(day) if day else None)
    f = facts.from_graph(store, graph)
    for s, p, o, sl, ol, sentence in store.select(CLAIMS_Q, g)[1]:
        rel = p.rsplit("#", 1)[-1]
        side.written.setdefault((sl, rel, ol), sentence)
        if rel == "leaderOf":
            continue
        up_s, up_o = (roll.state(x, f) if f else None for x in (s, o))
        key = (_label(store, up_s) if up_s else sl, rel, _label(store, up_o) if up_o else ol)
        if key[0] != key[2]:
            side.state.setdefault(key, sentence)
    side.topics = [str(t) for (t,) in store.select(TOPICS_Q, g)[1]]
    side.statements = [(str(a), str(b), str(c)) for a, b, c, _ in store.select(STATEMENTS_Q, g)[1]]
    return side


def _label(store: Store, iri: str) -> str:
    rows = store.select(_P + "SELECT ?l WHERE { ?n rdfs:label ?l } ORDER BY ?l LIMIT 1",
                        {"n": iri})[1]  # fmt: skip
    return str(rows[0][0]) if rows else iri


def compare(store: Store, graphs: list[str]) -> Comparison:
    """The readouts ``graphs`` of ``store`` side by side."""
    if len(graphs) < 2:
        raise KgError("compare", "needs two readouts or an engagement told by two")
    known = set(store.readout_graphs())
    for g in graphs:
        if g not in known:
            raise KgError(g, "no such readout in the store")
    roll = tallies.Roll(store)
    return Comparison([read_side(store, g, roll) for g in graphs])


def readouts_of(store: Store, engagement: str) -> list[str]:
    """The readouts of one reported engagement, in order."""
    rows = store.select(
        _P + f"SELECT ?r WHERE {{ GRAPH <{engagements.ENGAGEMENTS}> {{ ?e rk:reportedIn ?r }} }}"
        " ORDER BY ?r", {"e": engagement})[1]  # fmt: skip
    if not rows:
        raise KgError(engagement, "no such engagement in the store")
    return [str(r) for (r,) in rows]


def find_engagements(store: Store, a: str, b: str, day: str) -> list[str]:
    """Engagements told by two or more readouts whose parties include actors named ``a`` and
    ``b`` (or the states they stand for) within a day of ``day``."""
    mine, theirs = _parties(store, a), _parties(store, b)
    found = set()
    for d in engagements.window(day)[1:4]:
        for party in sorted(mine):
            for g in engagements.graphs_keyed(store, f"{d} {party}"):
                r = engagements.stored_record(store, g)
                if r is not None and r.parties & theirs:
                    found.add(engagements.engagement_of(store, g))
    return sorted(e for e in found if e and len(readouts_of(store, e)) > 1)


def _parties(store: Store, label: str) -> set[str]:
    """The nodes named ``label`` and the states they stand for (country, offices)."""
    q = (
        _P
        + """SELECT ?n ?up WHERE { ?n rdfs:label ?l .
      OPTIONAL { { ?n rk:country ?up } UNION { ?n rk:tenure/rk:officeOf ?up } } }"""
    )
    out = set()
    for n, up in store.select(q, {"l": label})[1]:
        out.add(str(n))
        if up:
            out.add(str(up))
    if not out:
        raise KgError(label, "no actor of that name in the store")
    return out


def table(c: Comparison, sentences: bool = False) -> str:
    """Plain text: the sides, then relations as written and at state level, topics, statements."""
    names = [f"[{i + 1}] {s.name} ({s.date or 'no date'})" for i, s in enumerate(c.sides)]
    out = ["sides:", *(f"  {n}" for n in names)]
    marks = "".join(f"{i + 1:>3}" for i in range(len(c.sides)))
    for level, title in (
        ("written", "relations as written"),
        ("state", "relations at state level"),
    ):
        out += ["", f"{title} (reported by side{marks}):"]
        for (s, r, o), sents in c.rows(level):
            got = "".join(f"{'x' if x is not None else '.':>3}" for x in sents)
            out.append(f"  {got}   {s} {r} {o}")
            if sentences:
                out += [f"        [{i + 1}] {x}" for i, x in enumerate(sents) if x is not None]
    out += ["", "topics:"]
    out += [f"  [{i + 1}] {', '.join(s.topics) or '(none)'}" for i, s in enumerate(c.sides)]
    out += ["", "statements by speaker:"]
    for i, s in enumerate(c.sides):
        out += [f"  [{i + 1}] {who} ({act}): {opening}" for who, act, opening in s.statements]
    return "\n".join(out) + "\n"


def as_json(c: Comparison) -> str:
    return json.dumps(c.as_dict(), ensure_ascii=False, indent=1) + "\n"


def page(c: Comparison) -> str:
    """One self-contained HTML page: a column per side, shared claims aligned on one row,
    one-sided ones highlighted."""
    e = html.escape
    heads = "".join(f"<th>{e(s.name)}<br><small>{e(s.date or 'no date')}</small></th>"
                    for s in c.sides)  # fmt: skip
    body = []
    for level, title in (("written", "Relations as written"), ("state", "At state level")):
        body.append(f'<tr class="section"><th colspan="{len(c.sides) + 1}">{title}</th></tr>')
        for (s, r, o), sents in c.rows(level):
            cls = "shared" if None not in sents else "one-sided"
            cells = "".join(
                f'<td class="{"said" if x is not None else "silent"}">'
                f"{e(x) if x is not None else '&mdash;'}</td>" for x in sents)  # fmt: skip
            body.append(f'<tr class="{cls}"><th>{e(s)} <em>{e(r)}</em> {e(o)}</th>{cells}</tr>')
    topics = "".join(f"<td>{e(', '.join(s.topics) or '(none)')}</td>" for s in c.sides)
    body.append(f'<tr class="section"><th>Topics</th>{topics}</tr>')
    said = "".join(
        "<td><ul>" + "".join(f"<li><b>{e(w)}</b> ({e(a)}): {e(o)}</li>" for w, a, o in s.statements)
        + "</ul></td>" for s in c.sides)  # fmt: skip
    body.append(f'<tr class="section"><th>Statements</th>{said}</tr>')
    return _PAGE.format(heads=heads, rows="\n".join(body))


_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>readout-kg: one engagement, two readouts</title>
<style>
body {{ font: 14px/1.4 system-ui, sans-serif; margin: 1.5em; color: #222; }}
table {{ border-collapse: collapse; width: 100%; }}
th, td {{ border: 1px solid #ccc; padding: .4em .6em; vertical-align: top; text-align: left; }}
tr.section th {{ background: #eee; }}
tr.one-sided td.said {{ background: #fff3c4; }}
td.silent {{ color: #999; text-align: center; }}
em {{ color: #555; }}
</style></head><body>
<h1>One engagement, two readouts</h1>
<p>Shared claims on one row; a claim only one side reports is highlighted.</p>
<table><thead><tr><th>claim</th>{heads}</tr></thead><tbody>
{rows}
</tbody></table></body></html>
"""
