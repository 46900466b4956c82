"""Load the data files that ship inside the package (gazetteer, lexicon, ontology)."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path


def data_file(*parts: str) -> Traversable:
    """A file under ``kg/data`` (gazetteer, lexicon)."""
    node = resources.files("kg.data")
    for part in parts:
        node = node / part
    return node


def ontology_file(*parts: str) -> Traversable:
    """A file under the top-level ``ontology/`` folder (shipped as ``kg.ontology``)."""
    try:
        node = resources.files("kg.ontology")
    except ModuleNotFoundError:  # running from a source checkout without installing
        node = Path(__file__).resolve().parent.parent / "ontology"
    for part in parts:
        node = node / part
    return node


def read_tsv(node: Traversable) -> Iterator[dict[str, str]]:
    """Rows of a tab-separated file with a header; ``#`` lines are comments."""
    with node.open("r", encoding="utf-8") as fh:
        lines = [line for line in fh if line.strip() and not line.lstrip().startswith("#")]
    reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    for row in reader:
        yield {k.strip(): (v or "").strip() for k, v in row.items() if k}


def split_multi(value: str) -> list[str]:
    return [v.strip() for v in value.split("|") if v.strip()] if value else []


@cache
def ontology_text() -> str:
    return ontology_file("readout.ttl").read_text(encoding="utf-8")


@cache
def shapes_text() -> str:
    return ontology_file("shapes.ttl").read_text(encoding="utf-8")


def read_tsv_numbered(node: Traversable) -> Iterator[tuple[int, dict[str, str]]]:
    """``read_tsv``'s rows with the line each stands on (1-based), so a rule can name it."""
    with node.open("r", encoding="utf-8") as fh:
        numbered = [
            (n, line)
            for n, line in enumerate(fh, 1)
            if line.strip() and not line.lstrip().startswith("#")
        ]
    if not numbered:
        return
    reader = csv.DictReader([line for _, line in numbered], delimiter="\t", quoting=csv.QUOTE_NONE)
    for (n, _), row in zip(numbered[1:], reader):
        yield n, {k.strip(): (v or "").strip() for k, v in row.items() if k}
