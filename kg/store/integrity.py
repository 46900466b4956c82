"""Read every fact of a store through its index orders, to tell a damaged store from a slow
query.

Oxigraph 0.5.13 never finishes some aggregate and ``ASK ... UNION`` queries over a data
block whose checksum fails (it reads the block again and again), while a plain scan of
the same facts raises. ``damage`` is that plain scan, run in a process of its own beside a
query that has run long (``kg.store.isolated``): a damaged store then ends the query with
one line instead of never.
"""

from __future__ import annotations

from kg.store.database import DamagedStore, Store

# A pattern that reads every fact of one shape and keeps none of them: FILTER on a blank
# graph name is false for every stored fact, and cannot be decided before reading it.
SCAN = "SELECT ?s WHERE {{ GRAPH ?g {{ ?s {p} ?o }} FILTER(isBlank(?g)) }}"
PREDICATES = "SELECT DISTINCT ?p WHERE { GRAPH ?g { ?s ?p ?o } }"


def damage(store: Store) -> DamagedStore | None:
    """The damage a scan of every fact meets, or None.

    All facts once in subject order, then each predicate's facts in predicate order: a
    query reads one index or the other, and damage may sit in either.
    """
    try:
        store.select(SCAN.format(p="?p"))
        for (predicate,) in store.select(PREDICATES)[1]:
            store.select(SCAN.format(p=f"<{predicate}>"))
    except DamagedStore as exc:
        return exc
    return None
