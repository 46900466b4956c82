"""The golden-query harness shared by tests/test_queries_golden.py and scripts/make_golden.py.

The store is built from the dev corpus's gold annotations (kg.gold.annotations),
not from the extractor, so expected rows do not move when extraction rules do.
Readout and claim IRIs are hashes of the readout text; rows name them by the
readout's file instead, so the expected files stay readable.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.gold.annotations import import_gold
from kg.rdf.vocab import BASE
from kg.store.database import Store

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "corpus" / "dev"
GOLDEN = Path(__file__).resolve().parent / "golden"


def build_gold_store(path: Path) -> Store:
    store = Store(path)
    summary = import_gold(DEV / "gold", DEV / "texts", store, DEV / "meta.jsonl")
    if summary.failed:
        raise RuntimeError(f"gold import failed: {summary.failed}")
    return store


def readout_names(store: Store) -> dict[str, str]:
    """Readout IRI -> its file name (d001.txt)."""
    return {g: Path(src).name for g, src in store.sources().items()}


def normalise(value, names: dict[str, str]):
    if isinstance(value, str) and value.startswith(BASE):
        if value in names:
            return f"readout:{names[value]}"
        if value.startswith(BASE + "claim/"):
            return "claim"
    return value


def run_case(
    store: Store, text: str, params: dict[str, str], names: dict[str, str]
) -> tuple[list[str], list[list]]:
    columns, rows = store.select(text, params)
    return columns, [[normalise(v, names) for v in row] for row in rows]


def load_golden(name: str) -> dict:
    return json.loads((GOLDEN / f"{name}.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def gold_store_path(tmp_path_factory) -> Path:
    """The 40 dev gold files imported into a store on disk, closed (import this fixture)."""
    path = tmp_path_factory.mktemp("gold") / "store"
    build_gold_store(path).close()
    return path


@pytest.fixture(scope="session")
def gold_store(gold_store_path):
    """That store opened read-only, so commands run on it at the same time."""
    store = Store(gold_store_path, read_only=True)
    yield store
    store.close()
