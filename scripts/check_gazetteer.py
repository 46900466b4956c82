#!/usr/bin/env python3
"""Validate the actor gazetteer in kg/data/gazetteer.

    python scripts/check_gazetteer.py [--corpus DIR] [--gazetteer DIR] [--quiet]

Errors (exit status 1):
  - a file lacks its header or a row has the wrong number of columns;
  - an ISO 3166 alpha-3 code is malformed or repeated; an unknown code is used in
    members or country; an organisation key is malformed or repeated;
  - a name is used by two entries (across states, organisations and people);
  - an office names a person missing from people.tsv or an `of` that is neither a
    state nor an organisation; a role is unknown; a date does not parse; start > end;
  - a field has a bad value (status, kind, gender, Wikidata QID, repeated QID);
  - an actor of a gold file (relation subjects and objects that are not `topic:`,
    event participants and initiators) is neither a gazetteer name nor an alias in
    corpus/aliases.tsv; an aliases.tsv canonical name is not a gazetteer name.
Warnings (reported, exit status unaffected):
  - a form (name, official name, alias; compared with and without diacritics)
    that maps to two different entries;
  - overlapping tenures of one exclusive office (head of state or government,
    foreign minister, secretary-general) of the same state or organisation;
  - an aliases.tsv alias that the gazetteer does not know and that is not a
    phrase the code derives (leading article, title);
  - states.tsv out of date with respect to states_overrides.tsv and pycountry.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import subprocess
import sys
import unicodedata
from collections import defaultdict
from itertools import pairwise
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GAZ = ROOT / "kg" / "data" / "gazetteer"
DEFAULT_CORPUS = Path("/work/shared/corpus")

HEADERS = {
    "states.tsv": [
        "iso3",
        "name",
        "official",
        "aliases",
        "adjectives",
        "demonyms",
        "capital",
        "status",
        "wikidata",
    ],
    "states_overrides.tsv": [
        "iso3",
        "name",
        "official",
        "aliases",
        "adjectives",
        "demonyms",
        "capital",
        "status",
        "wikidata",
    ],
    "organizations.tsv": ["key", "name", "kind", "aliases", "members", "wikidata"],
    "people.tsv": ["name", "aliases", "gender", "country", "wikidata"],
    "offices.tsv": ["person", "role", "title", "of", "start", "end", "note"],
}
ROLES = {
    "head_of_state",
    "head_of_government",
    "foreign_minister",
    "vice_president",
    "deputy_head_of_government",
    "minister",
    "secretary_general",
    "head_of_organization",
    "speaker",
    "monarch",
    "ambassador",
}
EXCLUSIVE = {
    "head_of_state",
    "head_of_government",
    "foreign_minister",
    "secretary_general",
}
TITLE_WORDS = (
    "President",
    "Prime Minister",
    "Premier",
    "Chancellor",
    "Federal Chancellor",
    "German Chancellor",
    "Secretary",
    "Foreign Minister",
    "Minister",
    "King",
    "His Majesty",
    "Her Majesty",
    "Emperor",
    "Crown Prince",
    "Vice President",
    "Mr",
    "Mr.",
    "Mrs",
    "Ms",
    "Dr",
    "Dr.",
    "Shri",
    "H.E.",
    "The Rt Hon",
    "Sir",
    "Chairperson",
    "South African",
    "Russian",
    "Ukrainian",
    "Australian",
    "French",
    "PM",
    "Minister of State",
    "Secretary-General",
)
# Family name first in English usage (the code derives the surname from the first word).
FAMILY_FIRST = {"CHN", "KOR", "PRK", "TWN", "MNG", "KHM"}
ISO3 = re.compile(r"^[A-Z]{3}$")
KEY = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
QID = re.compile(r"^Q[1-9][0-9]*$")
DATE = re.compile(r"^\d{4}-\d{2}(?:-\d{2})?$")


def set_gazetteer(path: Path) -> None:
    global GAZ
    GAZ = path


class Report:
    def __init__(self) -> None:
        self.errors: list[str] = []
        self.warnings: list[str] = []

    def error(self, msg: str) -> None:
        if msg not in self.errors:
            self.errors.append(msg)

    def warn(self, msg: str) -> None:
        if msg not in self.warnings:
            self.warnings.append(msg)


def fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def split(value: str) -> list[str]:
    return [v.strip() for v in value.split("|") if v.strip()]


def read(name: str, rep: Report) -> list[tuple[int, dict[str, str]]]:
    path = GAZ / name
    if not path.exists():
        rep.error(f"{name}: missing")
        return []
    rows: list[tuple[int, dict[str, str]]] = []
    header = None
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = cells
            if header != HEADERS[name]:
                rep.error(f"{name}:{lineno}: header {cells} != {HEADERS[name]}")
                return []
            continue
        if len(cells) != len(header):
            rep.error(f"{name}:{lineno}: {len(cells)} columns, expected {len(header)}")
            continue
        for c in cells:
            if c != c.strip():
                rep.error(f"{name}:{lineno}: leading/trailing space in {c!r}")
        rows.append((lineno, dict(zip(header, (c.strip() for c in cells)))))
    return rows


def parse_date(value: str) -> tuple[dt.date, dt.date] | None:
    """First and last day a (possibly partial) date can mean."""
    if not DATE.match(value):
        return None
    try:
        if len(value) == 10:
            d = dt.date.fromisoformat(value)
            return d, d
        y, m = map(int, value.split("-"))
        first = dt.date(y, m, 1)
        nxt = dt.date(y + (m == 12), m % 12 + 1, 1)
        return first, nxt - dt.timedelta(days=1)
    except ValueError:
        return None


def check(corpus: Path | None) -> Report:
    rep = Report()
    states = read("states.tsv", rep)
    overrides = read("states_overrides.tsv", rep)
    orgs = read("organizations.tsv", rep)
    people = read("people.tsv", rep)
    offices = read("offices.tsv", rep)

    # ---- states
    iso_codes: set[str] = set()
    state_names: dict[str, str] = {}
    for lineno, r in states:
        where = f"states.tsv:{lineno}"
        if not ISO3.match(r["iso3"]):
            rep.error(f"{where}: bad ISO3 {r['iso3']!r}")
        if r["iso3"] in iso_codes:
            rep.error(f"{where}: repeated ISO3 {r['iso3']}")
        iso_codes.add(r["iso3"])
        state_names[r["name"]] = r["iso3"]
        if r["status"] not in {"member", "observer", "other"}:
            rep.error(f"{where}: bad status {r['status']!r}")
    status_counts = defaultdict(int)
    for _, r in states:
        status_counts[r["status"]] += 1
    if dict(status_counts) != {"member": 193, "observer": 2, "other": 2}:
        rep.error(
            f"states.tsv: expected 193 members, 2 observers, 2 others; got {dict(status_counts)}"
        )
    if {r["iso3"] for _, r in overrides} != iso_codes:
        rep.error("states_overrides.tsv and states.tsv list different ISO3 codes")

    # ---- organisations
    keys: set[str] = set()
    org_names: set[str] = set()
    for lineno, r in orgs:
        where = f"organizations.tsv:{lineno}"
        if not KEY.match(r["key"]):
            rep.error(f"{where}: key {r['key']!r} is not a lower-case slug")
        if r["key"] in keys:
            rep.error(f"{where}: repeated key {r['key']}")
        keys.add(r["key"])
        org_names.add(r["name"])
        if r["kind"] not in {"organization", "topic"}:
            rep.error(f"{where}: kind must be organization or topic, got {r['kind']!r}")
        members = split(r["members"])
        for m in members:
            if m not in iso_codes:
                rep.error(f"{where}: member {m!r} is not an ISO3 code in states.tsv")
        if len(members) != len(set(members)):
            rep.error(f"{where}: repeated member code")
        if members and r["kind"] == "topic":
            rep.error(f"{where}: a topic has no members")

    # ---- people
    person_names: set[str] = set()
    for lineno, r in people:
        where = f"people.tsv:{lineno}"
        if r["name"] in person_names:
            rep.error(f"{where}: repeated person {r['name']}")
        person_names.add(r["name"])
        if r["gender"] not in {"m", "f"}:
            rep.error(f"{where}: gender must be m or f, got {r['gender']!r}")
        if r["country"] and r["country"] not in iso_codes:
            rep.error(f"{where}: country {r['country']!r} is not an ISO3 code in states.tsv")
        if r["name"] in split(r["aliases"]):
            rep.error(f"{where}: alias repeats the name")

    # ---- names unique across files; wikidata
    owner: dict[str, list[str]] = defaultdict(list)
    for name in state_names:
        owner[name].append("state")
    for name in org_names:
        owner[name].append("organization")
    for name in person_names:
        owner[name].append("person")
    for name, kinds in sorted(owner.items()):
        if len(kinds) > 1:
            rep.error(f"name {name!r} used by {len(kinds)} entries ({', '.join(kinds)})")
    qids: dict[str, str] = {}
    for fname, rows, col in (
        ("states.tsv", states, "name"),
        ("organizations.tsv", orgs, "name"),
        ("people.tsv", people, "name"),
    ):
        for lineno, r in rows:
            q = r["wikidata"]
            if not q:
                continue
            if not QID.match(q):
                rep.error(f"{fname}:{lineno}: bad Wikidata QID {q!r}")
            elif q in qids and qids[q] != r[col]:
                rep.error(f"{fname}:{lineno}: QID {q} also given to {qids[q]!r}")
            qids[q] = r[col]

    # ---- forms that map to two entries
    forms: dict[str, set[str]] = defaultdict(set)
    for _, r in states:
        for f in [r["name"]] + split(r["official"]) + split(r["aliases"]):
            forms[f].add(r["name"])
    for _, r in orgs:
        for f in [r["name"]] + split(r["aliases"]):
            forms[f].add(r["name"])
    for _, r in people:
        for f in [r["name"]] + split(r["aliases"]):
            forms[f].add(r["name"])
    folded: dict[str, set[str]] = defaultdict(set)
    for f, entries in forms.items():
        folded[fold(f)] |= entries
    for f, entries in sorted(folded.items()):
        if len(entries) > 1:
            rep.warn(f"form {f!r} maps to {len(entries)} entries: {sorted(entries)}")
    adjectives: dict[str, set[str]] = defaultdict(set)
    for _, r in states:
        for a in split(r["adjectives"]):
            adjectives[a].add(r["name"])
    for a, entries in sorted(adjectives.items()):
        if len(entries) > 1:
            rep.warn(f"adjective {a!r} maps to {sorted(entries)}")

    # ---- offices
    targets = set(state_names) | org_names
    by_office: dict[tuple[str, str], list[tuple[dt.date, dt.date, str, int]]] = defaultdict(list)
    today = dt.date(2026, 11, 27)
    for lineno, r in offices:
        where = f"offices.tsv:{lineno}"
        if r["person"] not in person_names:
            rep.error(f"{where}: person {r['person']!r} not in people.tsv")
        if r["of"] not in targets:
            rep.error(f"{where}: of {r['of']!r} is neither a state nor an organisation name")
        if r["role"] not in ROLES:
            rep.error(f"{where}: unknown role {r['role']!r}")
        if not r["title"]:
            rep.error(f"{where}: empty title")
        start = parse_date(r["start"])
        end = parse_date(r["end"]) if r["end"] else (today, today)
        if start is None:
            rep.error(f"{where}: bad start date {r['start']!r}")
        if end is None:
            rep.error(f"{where}: bad end date {r['end']!r}")
        if start and end:
            if start[0] > end[1]:
                rep.error(f"{where}: start {r['start']} after end {r['end']}")
            if end[1] < dt.date(2010, 1, 1):
                rep.warn(f"{where}: tenure ends before 2010")
            if r["role"] in EXCLUSIVE and not re.match(r"^(acting|interim|suspended)\b", r["note"]):
                by_office[(r["of"], r["role"])].append((start[1], end[0], r["person"], lineno))
        if r["note"] and not re.match(
            r"^(uncertain|acting|caretaker|interim|suspended)\b", r["note"]
        ):
            rep.warn(
                f"{where}: note should start with 'uncertain:' (or acting/caretaker): {r['note']!r}"
            )
    for (of, role), spans in sorted(by_office.items()):
        spans.sort()
        for a, b in pairwise(spans):
            # a handover day shared by the outgoing and incoming holder is fine
            if b[0] < a[1]:
                rep.warn(
                    f"overlapping {role} of {of}: {a[2]} (line {a[3]}) and {b[2]} (line {b[3]})"
                )

    # ---- surnames the code derives from a name (last word; first word when the
    # family name comes first)
    country_of = {r["name"]: r["country"] for _, r in people}

    def derived_surnames(name: str) -> set[str]:
        toks = re.findall(r"[^\W_][^\s]*", name)
        if len(toks) < 2:
            return set()
        return {fold(toks[0] if country_of.get(name) in FAMILY_FIRST else toks[-1])}

    # ---- corpus: aliases.tsv and gold files
    if corpus is not None and corpus.exists():
        alias_map: dict[str, str] = {}
        alias_file = corpus / "aliases.tsv"
        if alias_file.exists():
            for line in alias_file.read_text(encoding="utf-8").splitlines():
                if not line.strip() or line.startswith("#"):
                    continue
                alias, canon = line.split("\t")
                alias_map[alias] = canon
                if canon not in owner:
                    rep.error(f"aliases.tsv: canonical {canon!r} is not a gazetteer name")
                if alias in forms or alias in owner:
                    continue
                if fold(alias) in derived_surnames(canon):
                    continue
                bare = re.sub(r"^(?:the|The) ", "", alias)
                if bare != alias:
                    continue
                if any(alias.startswith(t + " ") for t in TITLE_WORDS):
                    continue
                rep.warn(f"aliases.tsv: alias {alias!r} of {canon!r} is not in the gazetteer")
        for gold in sorted(corpus.glob("*/gold/*.json")):
            data = json.loads(gold.read_text(encoding="utf-8"))
            actors: list[str] = []
            for s, _, o in data.get("relations", []):
                actors += [x for x in (s, o) if not x.startswith("topic:")]
            event = data.get("event") or {}
            actors += event.get("participants") or []
            if event.get("initiator"):
                actors.append(event["initiator"])
            for a in actors:
                if a not in owner and a not in alias_map:
                    rep.error(f"{gold.relative_to(corpus)}: actor {a!r} is not in the gazetteer")
                elif a in owner and "topic" in [r["kind"] for _, r in orgs if r["name"] == a]:
                    rep.warn(f"{gold.relative_to(corpus)}: actor {a!r} is a topic in the gazetteer")

    # ---- states.tsv up to date
    script = ROOT / "scripts" / "gazetteer_states.py"
    if script.exists() and GAZ == ROOT / "kg" / "data" / "gazetteer":
        proc = subprocess.run(
            [sys.executable, str(script), "--check"],
            capture_output=True,
            text=True,
            check=False,
        )
        if proc.returncode != 0:
            rep.warn(
                "states.tsv is stale or its build failed: " + (proc.stderr or proc.stdout).strip()
            )
    return rep


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Validate kg/data/gazetteer")
    parser.add_argument(
        "--corpus",
        type=Path,
        default=DEFAULT_CORPUS,
        help="corpus folder with aliases.tsv and */gold/*.json "
        f"(default {DEFAULT_CORPUS}; skipped if missing)",
    )
    parser.add_argument(
        "--gazetteer",
        type=Path,
        default=GAZ,
        help=f"gazetteer folder (default {GAZ.relative_to(ROOT)})",
    )
    parser.add_argument("--quiet", action="store_true", help="print errors only")
    args = parser.parse_args(argv)
    set_gazetteer(args.gazetteer)
    rep = check(args.corpus)
    if not args.quiet:
        for w in rep.warnings:
            print("warning:", w)
    for e in rep.errors:
        print("error:", e)
    counts = {name: len(read(name, Report())) for name in HEADERS if (GAZ / name).exists()}
    print(
        f"{len(rep.errors)} errors, {len(rep.warnings)} warnings; rows: "
        + ", ".join(f"{k} {v}" for k, v in counts.items())
    )
    return 1 if rep.errors else 0


if __name__ == "__main__":
    sys.exit(main())
