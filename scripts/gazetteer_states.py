#!/usr/bin/env python3
"""Regenerate kg/data/gazetteer/states.tsv from pycountry and the overrides file.

    python scripts/gazetteer_states.py            # write states.tsv
    python scripts/gazetteer_states.py --check    # exit 1 if states.tsv is stale

pycountry supplies ISO 3166 alpha-3 codes and official names;
kg/data/gazetteer/states_overrides.tsv (hand-maintained) decides which entries
are states and supplies short names, aliases, adjectives, demonyms, capitals,
UN status and Wikidata IDs. The merge rules are documented in
kg/data/gazetteer/README.md and at the top of the overrides file.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pycountry

ROOT = Path(__file__).resolve().parent.parent
GAZETTEER = ROOT / "kg" / "data" / "gazetteer"
OVERRIDES = GAZETTEER / "states_overrides.tsv"
OUTPUT = GAZETTEER / "states.tsv"

COLUMNS = [
    "iso3",
    "name",
    "official",
    "aliases",
    "adjectives",
    "demonyms",
    "capital",
    "status",
    "wikidata",
]
STATUSES = {"member", "observer", "other"}
EXPECTED = {"member": 193, "observer": 2, "other": 2}


def read_tsv(path: Path) -> list[dict[str, str]]:
    """Rows of a gazetteer TSV file as dicts; '#' lines and blank lines skipped."""
    rows: list[dict[str, str]] = []
    header: list[str] | None = None
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = cells
            if header != COLUMNS:
                raise SystemExit(f"{path}:{lineno}: header must be {COLUMNS}, got {cells}")
            continue
        if len(cells) != len(header):
            raise SystemExit(f"{path}:{lineno}: {len(cells)} columns, expected {len(header)}")
        rows.append(dict(zip(header, (c.strip() for c in cells))))
    return rows


def split(value: str) -> list[str]:
    return [v.strip() for v in value.split("|") if v.strip()]


def strip_article(value: str) -> str:
    for article in ("the ", "The "):
        if value.startswith(article):
            return value[len(article) :]
    return value


def pycountry_names(country) -> list[tuple[str, str, str]]:
    """(raw value, name as written in English prose, target column) for the
    names pycountry gives one entry: inverted names ("Korea, Republic of") are
    turned around ("Republic of Korea") and count as official names;
    parenthesised names ("Holy See (Vatican City State)") are split."""
    out: list[tuple[str, str, str]] = []
    raw_name = country.name
    if "(" in raw_name and raw_name.endswith(")"):
        outer, inner = raw_name[:-1].split("(", 1)
        out += [
            (raw_name, outer.strip(), "aliases"),
            (raw_name, inner.strip(), "aliases"),
        ]
    elif ", " in raw_name:
        head, tail = raw_name.split(", ", 1)
        out.append((raw_name, strip_article(f"{tail} {head}"), "official"))
    else:
        out.append((raw_name, raw_name, "aliases"))
    for attr, target in (("official_name", "official"), ("common_name", "aliases")):
        value = getattr(country, attr, None)
        if value:
            out.append((value, strip_article(value), target))
    return out


def merge(overrides: list[dict[str, str]]) -> list[dict[str, str]]:
    out = []
    seen: set[str] = set()
    for row in overrides:
        iso3 = row["iso3"]
        if iso3 in seen:
            raise SystemExit(f"duplicate iso3 in overrides: {iso3}")
        seen.add(iso3)
        removed = {
            v[1:] for col in ("official", "aliases") for v in split(row[col]) if v.startswith("-")
        }
        extra = {
            col: [v for v in split(row[col]) if not v.startswith("-")]
            for col in ("official", "aliases")
        }
        country = pycountry.countries.get(alpha_3=iso3)
        found: dict[str, list[str]] = {"official": [], "aliases": []}
        if country is not None:
            for raw, value, target in pycountry_names(country):
                if raw not in removed and value not in removed:
                    found[target].append(value)
        elif not all(row[c] for c in ("name", "status")):
            raise SystemExit(
                f"{iso3}: not in pycountry, so the override row needs a name and status"
            )
        name = row["name"] or getattr(country, "common_name", None) or country.name
        official = dedupe(found["official"] + extra["official"], exclude={name} | removed)
        aliases = dedupe(
            found["aliases"] + extra["aliases"],
            exclude={name} | set(official) | removed,
        )
        if row["status"] not in STATUSES:
            raise SystemExit(f"{iso3}: status must be one of {sorted(STATUSES)}")
        out.append(
            {
                "iso3": iso3,
                "name": name,
                "official": "|".join(official),
                "aliases": "|".join(aliases),
                "adjectives": "|".join(dedupe(split(row["adjectives"]))),
                "demonyms": "|".join(dedupe(split(row["demonyms"]))),
                "capital": "|".join(dedupe(split(row["capital"]))),
                "status": row["status"],
                "wikidata": row["wikidata"],
            }
        )
    counts = {s: sum(r["status"] == s for r in out) for s in STATUSES}
    if counts != EXPECTED:
        raise SystemExit(f"expected {EXPECTED} states by status, got {counts}")
    return sorted(out, key=lambda r: r["iso3"])


def dedupe(values: list[str], exclude: set[str] = frozenset()) -> list[str]:
    out: list[str] = []
    for v in values:
        if v and v not in exclude and v not in out:
            out.append(v)
    return out


def render(rows: list[dict[str, str]]) -> str:
    lines = [
        (
            "# GENERATED by scripts/gazetteer_states.py from pycountry "
            f"{getattr(pycountry, '__version__', '')} and states_overrides.tsv: do not edit,"
        ),
        "# edit states_overrides.tsv and rerun the script. See README.md for the columns.",
        "\t".join(COLUMNS),
    ]
    for row in rows:
        cells = [row[c] for c in COLUMNS]
        for c in cells:
            if "\t" in c or "\n" in c:
                raise SystemExit(f"tab or newline in a field of {row['iso3']}")
        lines.append("\t".join(cells))
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check",
        action="store_true",
        help="do not write; exit 1 if states.tsv differs from a fresh build",
    )
    args = parser.parse_args(argv)
    text = render(merge(read_tsv(OVERRIDES)))
    if args.check:
        current = OUTPUT.read_text(encoding="utf-8") if OUTPUT.exists() else ""
        if current != text:
            print(f"{OUTPUT} is out of date; run {Path(__file__).name}", file=sys.stderr)
            return 1
        return 0
    OUTPUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUTPUT.relative_to(ROOT)} ({text.count(chr(10)) - 3} states)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
