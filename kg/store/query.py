"""SPARQL over the store: text, files, and the named queries in ontology/queries."""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass
from functools import cache

from kg.errors import QueryError
from kg.resources import ontology_file

HEADER = re.compile(r"^#\s*(name|question|param):\s*(.*)$")


@dataclass(frozen=True)
class NamedQuery:
    name: str
    question: str
    params: tuple[tuple[str, str], ...]  # (variable, description)
    text: str


def parse_named(text: str, fallback: str) -> NamedQuery:
    name, question, params = fallback, "", []
    for line in text.splitlines():
        if not line.startswith("#"):
            if line.strip():
                break
            continue
        m = HEADER.match(line)
        if not m:
            continue
        key, value = m[1], m[2].strip()
        if key == "name":
            name = value
        elif key == "question":
            question = value
        else:
            var, _, desc = value.partition(" - ")
            params.append((var.strip().lstrip("?"), desc.strip()))
    return NamedQuery(name, question, tuple(params), text)


@cache
def named_queries() -> dict[str, NamedQuery]:
    folder = ontology_file("queries")
    out = {}
    for node in sorted(folder.iterdir(), key=lambda n: n.name):
        if node.name.endswith(".rq"):
            q = parse_named(node.read_text(encoding="utf-8"), node.name[:-3])
            out[q.name] = q
    return out


def get_named(name: str) -> NamedQuery:
    queries = named_queries()
    if name not in queries:
        raise QueryError(name, f"no named query '{name}' (known: {', '.join(sorted(queries))})")
    return queries[name]


def check_params(q: NamedQuery, given: dict[str, str]) -> None:
    allowed = {p for p, _ in q.params}
    unknown = set(given) - allowed
    if unknown:
        raise QueryError(
            q.name,
            f"unknown parameter(s) {', '.join(sorted(unknown))}; "
            f"this query takes: {', '.join(sorted(allowed)) or 'none'}",
        )


def format_rows(names: list[str], rows: list[list], fmt: str) -> str:
    if fmt == "json":
        return json.dumps([dict(zip(names, r)) for r in rows], ensure_ascii=False, indent=1) + "\n"
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(names)
        w.writerows(["" if v is None else v for v in r] for r in rows)
        return buf.getvalue()
    cells = [[("" if v is None else str(v)) for v in r] for r in rows]
    widths = [min(60, max([len(n)] + [len(c[i]) for c in cells])) for i, n in enumerate(names)]

    def line(vals):
        return "  ".join(v[:60].ljust(w) for v, w in zip(vals, widths)).rstrip()

    out = [line(names), line(["-" * w for w in widths])] + [line(c) for c in cells]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out) + "\n"
