#!/usr/bin/env python3
"""Regenerate tests/golden/<query>.json: each named query's rows on the dev corpus's gold store.

    python scripts/make_golden.py [QUERY ...]

The store is built from ../shared/corpus/dev/gold (hand annotations) with
kg.gold.annotations, exactly as the golden test builds it. CASES lists the
parameter bindings run for each query; every query runs at least once with
none. Check the diff by hand before committing: a changed row is either a
fixed bug or a new one.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from goldens import GOLDEN, build_gold_store, readout_names, run_case

from kg.store.query import named_queries

CASES: dict[str, list[dict[str, str]]] = {
    "claims": [{"subject": "Xi Jinping"}, {"subject": "Japan", "object": "Ukraine"}],
    "congratulations": [{}, {"actor": "Vladimir Putin"}, {"congratulator": "Xi Jinping"}],
    "engagement-partners": [{}, {"actor": "Narendra Modi"}],
    "engagements-over-time": [{}],
    "frameworks": [{}, {"state": "South Africa"}],
    "frameworks-by-year": [{}, {"state": "China"}],
    "initiated-engagements": [{}, {"initiator": "Luiz Inácio Lula da Silva"}],
    "pair-timeline": [
        {"a": "China", "b": "European Union"},
        {"a": "Olaf Scholz", "b": "Volodymyr Zelenskyy"},
    ],
    "praised-not-criticized": [{}, {"actor": "China"}],
    "relation-counts": [{}],
    "ties": [{}, {"subject": "Xi Jinping"}, {"object": "Ukraine"}, {"relation": "congratulates"}],
    "statements-by-speaker": [{"speaker": "Xi Jinping"}],
    "support-claims": [
        {},
        {"supported": "Ukraine"},
        {"supporter": "Germany", "supported": "Ukraine"},
    ],
    "tone-by-year": [{"a": "China", "b": "European Union"}, {"a": "Russia"}],
    "topics-by-actor": [{"actor": "Xi Jinping"}],
    "who-did-what": [{}, {"subject": "Xi Jinping", "relation": "congratulates"}],
    # The dev corpus tells each engagement once: these three give no rows there (the
    # engagement tests run them on readouts of one call told by two sides).
    "shared-engagements": [{}],
    "one-sided-claims": [{}],
    "omissions-by-publisher": [{}],
    "ties-by-engagement": [{}, {"subject": "Xi Jinping"}],
}


def main(argv: list[str]) -> int:
    queries = named_queries()
    wanted = argv or sorted(queries)
    unknown = [n for n in wanted if n not in queries]
    if unknown:
        print(f"unknown queries: {', '.join(unknown)}", file=sys.stderr)
        return 2
    GOLDEN.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        store = build_gold_store(Path(tmp) / "store")
        names = readout_names(store)
        for name in wanted:
            cases = []
            for params in CASES.get(name, [{}]):
                columns, rows = run_case(store, queries[name].text, params, names)
                cases.append({"params": params, "columns": columns, "rows": rows})
            out = GOLDEN / f"{name}.json"
            out.write_text(
                json.dumps({"query": name, "cases": cases}, ensure_ascii=False, indent=1) + "\n",
                encoding="utf-8",
            )
            print(
                f"{out.relative_to(GOLDEN.parent.parent)}: "
                + ", ".join(f"{len(c['rows'])} rows" for c in cases)
            )
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
