"""SPARQL over the store: text, files, and the named queries in ontology/queries."""

from __future__ import annotations

import csv
import io
import json
import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal
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


WIDTH = 60  # a table column's widest cell; longer text is cut and ends with "…"
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")  # fmt: skip
MONTH_DAY = re.compile(r"--(\d\d)-(\d\d)")


def _columns(ch: str) -> int:
    """Terminal columns of one character: Chinese, Japanese and Korean characters take two,
    combining marks none (the labels and sentences of Chinese readouts are in the tables)."""
    if unicodedata.combining(ch):
        return 0
    return 2 if unicodedata.east_asian_width(ch) in "WF" else 1


def _width(text: str) -> int:
    return sum(map(_columns, text))


def _cut(text: str) -> str:
    if _width(text) <= WIDTH:
        return text
    out, used = [], 0
    for ch in text:
        if used + _columns(ch) > WIDTH - 1:
            break
        out.append(ch)
        used += _columns(ch)
    return "".join(out) + "…"


def _pad(text: str, width: int) -> str:
    text = _cut(text)
    return text + " " * (width - _width(text))


def _shown(value, decimals: bool) -> str:
    """A table cell: numbers of a column with fractions all with two decimals, a date with
    no year ("--05-08") as "8 May (no year)"."""
    if value is None:
        return ""
    if decimals and isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
        return f"{float(value):.2f}"
    text = str(value)
    if (m := MONTH_DAY.fullmatch(text)) and 1 <= int(m.group(1)) <= 12:
        return f"{int(m.group(2))} {MONTHS[int(m.group(1)) - 1]} (no year)"
    return text


def _cells(names: list[str], rows: list[list]) -> list[list[str]]:
    fractional = [any(isinstance(r[i], (float, Decimal)) for r in rows) for i in range(len(names))]
    return [[_shown(v, fractional[i]) for i, v in enumerate(r)] for r in rows]


def format_rows(names: list[str], rows: list[list], fmt: str) -> str:
    if fmt == "json":
        return json.dumps([dict(zip(names, r)) for r in rows], ensure_ascii=False, indent=1) + "\n"
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(names)
        w.writerows(["" if v is None else v for v in r] for r in rows)
        return buf.getvalue()
    cells = _cells(names, rows)
    widths = [
        min(WIDTH, max([_width(n)] + [_width(c[i]) for c in cells])) for i, n in enumerate(names)
    ]

    def line(vals):
        return "  ".join(_pad(v, w) for v, w in zip(vals, widths)).rstrip()

    out = [line(names), line(["-" * w for w in widths])] + [line(c) for c in cells]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out) + "\n"
