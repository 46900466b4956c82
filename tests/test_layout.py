"""The package layout the README describes: what each part of ``kg`` may import.

Read from the source with ``ast`` (imports inside functions count too), so a new
import that crosses a wall fails here, whatever the tests of behaviour say.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

KG = Path(__file__).resolve().parent.parent / "kg"
CORE = {"kg.errors", "kg.model", "kg.resources"}

# part -> the parts of kg it may import (besides itself and the core modules)
MAY_IMPORT: dict[str, set[str]] = {
    "kg.text": set(),
    "kg.progress": set(),
    "kg.ingest": {"kg.text"},
    "kg.screen": {"kg.text"},
    "kg.extract": {"kg.text"},
    "kg.rdf": {"kg.extract"},
    "kg.store": {"kg.rdf"},
    "kg.actors": {"kg.rdf", "kg.store"},
    "kg.summaries": {"kg.rdf", "kg.store", "kg.actors"},
    "kg.analysis": {"kg.rdf", "kg.store", "kg.actors", "kg.summaries"},
    "kg.gold": {"kg.text", "kg.ingest", "kg.extract", "kg.rdf", "kg.store", "kg.summaries"},
    "kg.build": {
        "kg.text",
        "kg.ingest",
        "kg.screen",
        "kg.extract",
        "kg.rdf",
        "kg.store",
        "kg.summaries",
        "kg.actors",
    },
}
PARTS = sorted(MAY_IMPORT, key=len, reverse=True)
# Only the store talks to the database; everything else goes through kg.store.
PYOXIGRAPH_ONLY_IN = "kg.store"
# Writing methods of kg.store.Store: analysis reads and never calls them.
WRITES = re.compile(
    r"\.(put_quads|put_ntriples|add_nquads|swap_quads|bulk_add|replace_graph|sync_graph|"
    r"remove_graph)\("
)


def module_name(path: Path) -> str:
    rel = path.relative_to(KG.parent).with_suffix("")
    parts = rel.parts[:-1] if rel.name == "__init__" else rel.parts
    return ".".join(parts)


def part_of(module: str) -> str | None:
    for part in PARTS:
        if module == part or module.startswith(part + "."):
            return part
    return None


def imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text("utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found.update(f"{node.module}.{a.name}" for a in node.names)
    return found


SOURCES = sorted(p for p in KG.rglob("*.py") if "data" not in p.relative_to(KG).parts)


def test_every_module_belongs_to_a_part_of_the_layout():
    loose = [
        module_name(p)
        for p in SOURCES
        if part_of(module_name(p)) is None
        and module_name(p) not in CORE | {"kg", "kg.cli", "kg.ontology"}
    ]
    assert loose == []


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: module_name(p))
def test_imports_follow_the_layout(path: Path):
    me = module_name(path)
    mine = part_of(me)
    if mine is None:
        return  # the CLI and the core may import what they need
    allowed = MAY_IMPORT[mine] | {mine}
    wrong = set()
    for name in imports(path):
        if not name.startswith("kg.") or name in CORE or name.rsplit(".", 1)[0] in CORE:
            if name == "pyoxigraph" or name.startswith("pyoxigraph."):
                if mine != PYOXIGRAPH_ONLY_IN:
                    wrong.add(name)
            continue
        target = part_of(name)
        if target is None:
            if name.rsplit(".", 1)[0] in {"kg"} | CORE:
                continue
            target = name
        if target not in allowed:
            wrong.add(name)
    assert not wrong, f"{me} imports {sorted(wrong)}"


@pytest.mark.parametrize(
    "path",
    [p for p in SOURCES if part_of(module_name(p)) == "kg.analysis"],
    ids=lambda p: module_name(p),
)
def test_analysis_never_writes_to_the_store(path: Path):
    assert not WRITES.findall(path.read_text("utf-8"))


def test_nothing_reaches_into_private_attributes_of_the_store():
    outside = [p for p in SOURCES if part_of(module_name(p)) != "kg.store"]
    offenders = [
        module_name(p)
        for p in outside
        if re.search(r"\b(store|self\.store|s)\._s\b|\.oxigraph\b", p.read_text("utf-8"))
    ]
    assert offenders == []


def test_no_private_internals_of_the_standard_library():
    private = re.compile(r"^\s*(from|import)\s+(re\._|sre_|_[a-z])", re.M)
    offenders = [module_name(p) for p in SOURCES if private.search(p.read_text("utf-8"))]
    assert offenders == []
