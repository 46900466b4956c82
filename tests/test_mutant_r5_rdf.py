"""kg/rdf behaviour the seed-43 mutation sample of issue 19 (round 5) found untested: an
event that names no participant is only an rk:Engagement, whatever its kind
(graphs.py:169), and a tenure's rk:endDate is its own end, absent while it runs
(graphs.py:305: open tenures were given their start as their end).
"""

from __future__ import annotations

from collections import defaultdict

from kg.extract import extract, gazetteer
from kg.model import Readout
from kg.rdf.graphs import RK, background_triples, readout_triples

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


def _event_types(text: str) -> set[str]:
    ex = extract(Readout("t", text, published="2024-01-02"))
    triples = list(readout_triples(ex, gazetteer.load(), "test"))
    events = {o for s, p, o in triples if str(p) == str(RK.describes)}
    return {str(o) for s, p, o in triples if s in events and str(p) == RDF_TYPE}


def test_an_event_without_participants_is_only_an_engagement():
    assert _event_types("The two sides held a telephone call on Monday.") == {str(RK.Engagement)}
    assert _event_types(
        "President Emmanuel Macron held a telephone call with Chancellor Olaf Scholz."
    ) == {str(RK.PhoneCall)}


def test_a_tenure_ends_on_its_own_end_date_and_an_open_one_has_none():
    """An end known only to the month ("2021-01") is the month's last day, a start known to
    the month its first: the span the extractor counts as in office."""
    gaz = gazetteer.load()
    dates: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for s, p, o in background_triples(gaz):
        if p in (RK.startDate, RK.endDate):
            dates[str(s)][str(p)].append(str(o))
    start, end = str(RK.startDate), str(RK.endDate)
    known = [t for t in gaz.tenures if t.person in gaz.actors and t.of in gaz.actors]
    open_ = {(t.person, t.title, t.of, t.start) for t in known if not t.end and t.start}
    running = [d for d in dates.values() if d[start] and not d[end]]
    assert len(running) == len(open_) > 100
    assert all(d[end] != d[start] for d in dates.values() if d[end])
    ends = {e for d in dates.values() for e in d[end]}
    assert {t.end for t in known if t.end and len(t.end) == 10} <= ends
    months = {t.end for t in known if t.end and len(t.end) == 7}
    assert "2021-01" in months and "2021-01-31" in ends
    assert all(any(e.startswith(m + "-") for e in ends) for m in months)
    assert all(e[8:] in ("28", "29", "30", "31") for e in ends - {t.end for t in known})
    starts = {s for d in dates.values() for s in d[start]}
    assert all(len(s) == 10 for s in starts)
    assert any(t.start == "2019-12" for t in known) and "2019-12-01" in starts
