"""Build: readouts in, named graphs in a store, incrementally and idempotently."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from kg.errors import InputError, KgError
from kg.extract import EXTRACTOR_VERSION, extract, gazetteer
from kg.ingest import read_paths
from kg.iris import BACKGROUND, readout_iri
from kg.rdf import background_triples, input_hash, readout_graph_iri, readout_triples
from kg.store import Store


@dataclass
class Summary:
    read: int = 0
    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    removed: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    triples: int = 0
    skipped: Counter = field(default_factory=Counter)

    def lines(self) -> list[str]:
        out = [
            f"read {self.read}, added {self.added}, replaced {self.replaced}, "
            f"unchanged {self.unchanged}, removed {self.removed}, failed {len(self.failed)}; "
            f"{self.triples} triples written"
        ]
        if self.read and not (self.added or self.replaced or self.removed):
            out.append("nothing changed")
        for why, n in sorted(self.skipped.items()):
            out.append(f"skipped {n}: {why}")
        return out


def version_tag() -> str:
    return EXTRACTOR_VERSION


def build(paths: Iterable[str], store: Store, *, prune: bool = False,
          on_error: Callable[[KgError], None] | None = None,
          progress: Callable[[int], None] | None = None, **meta) -> Summary:
    """Put every readout under ``paths`` into ``store``; report bad input and go on."""
    gaz = gazetteer.load()
    summary = Summary()
    version = version_tag()
    seen_graphs: set[str] = set()
    store.replace_graph(BACKGROUND, background_triples(gaz))
    for item in read_paths(paths, **meta):
        if progress:
            progress(1)
        if isinstance(item, InputError):
            summary.failed.append((item.source, item.reason))
            if on_error:
                on_error(item)
            continue
        summary.read += 1
        graph = readout_iri(item.text, item.url)
        seen_graphs.add(graph)
        state = store.readout_state(graph)
        if state == (input_hash(item.text), version):
            summary.unchanged += 1
            continue
        try:
            ex = extract(item)
            triples = list(readout_triples(ex, gaz, version))
        except Exception as exc:  # a rule bug must not stop the batch
            err = InputError(item.source, f"extraction failed ({type(exc).__name__}: {exc})")
            summary.failed.append((err.source, err.reason))
            if on_error:
                on_error(err)
            continue
        assert str(readout_graph_iri(ex)) == graph
        # A source whose text changed has a new IRI: drop its old graph.
        for old in store.graphs_for_source(item.source):
            if old != graph:
                store.remove_graph(old)
        summary.triples += store.replace_graph(graph, triples)
        if state is None:
            summary.added += 1
        else:
            summary.replaced += 1
    if prune:
        for g in store.readout_graphs():
            if g not in seen_graphs:
                store.remove_graph(g)
                summary.removed += 1
    store.flush()
    return summary
