"""readout-kg: diplomatic readouts into an RDF knowledge graph.

The library is usable without the CLI: ``kg.ingest`` reads files into
``Readout`` records, ``kg.extract`` turns a readout into an ``Extraction``,
``kg.rdf.graphs`` turns that into triples, ``kg.store.database`` keeps them.
"""

__version__ = "0.1.0"
