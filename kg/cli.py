"""The ``kg`` command: a thin layer over the library."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from kg.errors import KgError

RDF_OUT = ("ttl", "trig", "nq", "jsonld")
SERVER_KINDS = ("oxigraph", "fuseki", "virtuoso", "graphdb", "neptune", "generic")


def _err(exc: KgError) -> None:
    click.echo(f"error: {exc.source}: {exc.reason}", err=True)


def _columns(specs) -> dict | None:
    """``--column FIELD=COLUMN`` options as a mapping; a bad one is a usage error."""
    from kg.ingest.tabular import parse_columns

    try:
        return parse_columns(specs) or None
    except KgError as exc:
        raise click.BadParameter(exc.reason, param_hint=f"--column {exc.source}") from None


def _open_store(path: str, read_only: bool = False):
    from kg.store.database import Store

    try:
        store = Store(path, read_only=read_only)
    except KgError as exc:
        raise click.ClickException(f"{exc.source}: {exc.reason}") from None
    # Closed (and its lock released) when the command ends, also when called in-process.
    click.get_current_context().call_on_close(store.close)
    return store


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="readout-kg")
def main() -> None:
    """Turn diplomatic readouts into an RDF knowledge graph."""


@main.command()
@click.argument("files", nargs=-1, required=True)
@click.option("--published", help="Publication date (YYYY-MM-DD) for inputs that carry none.")
@click.option("--publisher", help="Publisher name for inputs that carry none.")
@click.option("--url", help="Source URL (for a single input that carries none).")
@click.option("--column", "columns", multiple=True, metavar="FIELD=COLUMN",
              help="CSV/JSON Lines: read FIELD (text, title, published, url, publisher, id) "
              "from COLUMN (repeatable).")
@click.option("--format", "fmt", type=click.Choice(("json",) + RDF_OUT), default="json",
              show_default=True)
def extract(files, published, publisher, url, columns, fmt):
    """Extract the event, relations and statements of readout FILES.

    Every readable document is extracted; one that does not look like an
    English readout gets a warning on stderr (``kg build`` would skip it).
    """
    from rdflib import Dataset

    from kg.extract import EXTRACTOR_VERSION, gazetteer
    from kg.extract import extract as run
    from kg.ingest import read_paths
    from kg.rdf.graphs import bind, readout_graph_iri, readout_triples
    from kg.screen.classify import classify

    failed = 0
    mapping = _columns(columns)
    items = list(read_paths(files, columns=mapping, published=published, publisher=publisher,
                            url=url))
    docs = []
    for item in items:
        if isinstance(item, KgError):
            _err(item)
            failed += 1
            continue
        verdict = classify(item)
        if not verdict.keep:
            click.echo(f"warning: {item.source}: {verdict.reason} (extracted anyway)", err=True)
        docs.append(run(item))
    if fmt == "json":
        for ex in docs:
            if len(docs) == 1:
                click.echo(json.dumps(ex.to_json(), ensure_ascii=False, indent=1))
            else:
                click.echo(json.dumps(ex.to_json(), ensure_ascii=False))
    else:
        ds = Dataset()
        bind(ds)
        gaz = gazetteer.load()
        for ex in docs:
            g = ds.graph(readout_graph_iri(ex))
            for t in readout_triples(ex, gaz, EXTRACTOR_VERSION):
                g.add(t)
        if fmt in ("ttl",):
            from rdflib import Graph

            union = Graph()
            bind(union)
            for q in ds.quads():
                union.add(q[:3])
            click.echo(union.serialize(format="turtle"))
        else:
            name = {"trig": "trig", "nq": "nquads", "jsonld": "json-ld"}[fmt]
            click.echo(ds.serialize(format=name))
    if failed:
        sys.exit(1)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--store", "store_path", required=True, type=click.Path(file_okay=False),
              help="Store directory (created if missing).")
@click.option("--prune", is_flag=True, help="Remove graphs of readouts no longer in the inputs.")
@click.option("--published", help="Publication date for inputs that carry none.")
@click.option("--publisher", help="Publisher for inputs that carry none.")
@click.option("-j", "--jobs", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Extract in this many processes (same store as with 1).")
@click.option("--all", "keep_all", is_flag=True,
              help="Keep every document, not only English readouts of engagements.")
@click.option("--show-skipped", is_flag=True,
              help="Name each skipped document and the reason on stderr.")
@click.option("--column", "columns", multiple=True, metavar="FIELD=COLUMN",
              help="CSV/JSON Lines: read FIELD (text, title, published, url, publisher, id) "
              "from COLUMN (repeatable).")
def build(paths, store_path, prune, published, publisher, jobs, keep_all, show_skipped,
          columns):
    """Put readouts under PATHS into the store (incremental and idempotent).

    Documents that are not English readouts of calls, meetings, visits or
    messages (briefings, speeches, statements, notices...) are skipped and
    counted by reason; --all keeps them.
    """
    from kg.build import build as run
    from kg.progress import Progress

    mapping = _columns(columns)
    store = _open_store(store_path)
    with store, Progress("building") as bar:
        summary = run(paths, store, prune=prune, jobs=jobs, keep_all=keep_all,
                      on_error=lambda e: bar.write(f"error: {e.source}: {e.reason}"),
                      on_skip=(lambda src, why: bar.write(f"skipped: {src}: {why}"))
                      if show_skipped else None,
                      progress=bar, published=published, publisher=publisher,
                      columns=mapping)
    for line in summary.lines():
        click.echo(line)
    if summary.failed:
        sys.exit(1)


@main.command()
@click.argument("sparql", required=False)
@click.option("--store", "store_path", type=click.Path(file_okay=False), help="Store directory.")
@click.option("-f", "--file", "qfile", type=click.Path(dir_okay=False),
              help="Read the query from a .rq file.")
@click.option("-n", "--name", help="Run a named query from ontology/queries.")
@click.option("-p", "--param", "params", multiple=True, metavar="NAME=VALUE",
              help="Bind a named query's parameter (repeatable).")
@click.option("--format", "fmt", type=click.Choice(("table", "csv", "json")), default="table",
              show_default=True)
@click.option("--list", "list_", is_flag=True, help="List the named queries and their parameters.")
@click.option("--endpoint", help="Query this SPARQL server instead of a store (base URL).")
@click.option("--server", type=click.Choice(SERVER_KINDS), default="oxigraph", show_default=True,
              help="Kind of server at --endpoint (where its services live).")
@click.option("--timeout", type=float, default=60.0, show_default=True,
              help="Seconds to wait for the server.")
def query(sparql, store_path, qfile, name, params, fmt, list_, endpoint, server, timeout):
    """Run SPARQL (text, -f FILE.rq, or --name NAME) over the store."""
    from kg.store.query import check_params, format_rows, get_named, named_queries

    if list_:
        for q in named_queries().values():
            ps = ", ".join(p for p, _ in q.params)
            click.echo(f"{q.name}: {q.question}" + (f" [params: {ps}]" if ps else ""))
        return
    given = {}
    for p in params:
        if "=" not in p:
            raise click.UsageError(f"--param '{p}' is not NAME=VALUE")
        k, v = p.split("=", 1)
        given[k.strip()] = v
    sources = [x for x in (sparql, qfile, name) if x]
    if len(sources) != 1:
        raise click.UsageError("give exactly one of SPARQL text, -f FILE or --name NAME")
    if qfile:
        try:
            text = Path(qfile).read_text(encoding="utf-8")
        except OSError as exc:
            raise click.ClickException(f"{qfile}: {exc.strerror}") from None
    elif name:
        try:
            q = get_named(name)
            check_params(q, given)
        except KgError as exc:
            raise click.ClickException(f"{exc.source}: {exc.reason}") from None
        text = q.text
    else:
        text = sparql
    if endpoint:
        from kg.store.remote import Endpoint

        try:
            names, rows = Endpoint(endpoint, server, timeout=timeout, retries=0).select(text, given)
        except KgError as exc:
            raise click.ClickException(f"{exc.source}: {exc.reason}") from None
        click.echo(format_rows(names, rows, fmt), nl=False)
        return
    if not store_path:
        raise click.UsageError("--store DIR (or --endpoint URL) is required")
    if not Path(store_path).exists():
        raise click.ClickException(f"{store_path}: no such store")
    store = _open_store(store_path, read_only=True)
    try:
        names, rows = store.select(text, given)
    except KgError as exc:
        raise click.ClickException(f"{exc.source}: {exc.reason}") from None
    click.echo(format_rows(names, rows, fmt), nl=False)


@main.command()
@click.option("--store", "store_path", required=True, type=click.Path(file_okay=False),
              help="Store directory to push from.")
@click.option("--endpoint", required=True, help="Base URL of the SPARQL server.")
@click.option("--server", type=click.Choice(SERVER_KINDS), default="oxigraph", show_default=True,
              help="Kind of server (where its query and graph-store services live).")
@click.option("--graph-store", help="Graph Store Protocol URL, if not where --server puts it.")
@click.option("--timeout", type=float, default=60.0, show_default=True,
              help="Seconds to wait for each request.")
@click.option("--force", is_flag=True, help="Send every graph, even those the server has.")
@click.option("--prune", is_flag=True, help="Delete readout graphs the store no longer has.")
def push(store_path, endpoint, server, graph_store, timeout, force, prune):
    """Send each readout's graph and the background graph to a SPARQL server.

    Credentials come from KG_ENDPOINT_USER and KG_ENDPOINT_PASSWORD or a netrc
    file ($NETRC or ~/.netrc), never from the command line.
    """
    from kg.progress import Progress
    from kg.store.remote import Endpoint
    from kg.store.remote import push as run

    if not Path(store_path).exists():
        raise click.ClickException(f"{store_path}: no such store")
    try:
        ep = Endpoint(endpoint, server, graph_store=graph_store, timeout=timeout)
    except KgError as exc:
        raise click.ClickException(f"{exc.source}: {exc.reason}") from None
    store = _open_store(store_path, read_only=True)
    with store, Progress("pushing", unit="graphs") as bar:
        report = run(store, ep, force=force, prune=prune, progress=bar,
                     on_error=lambda e: bar.write(f"error: {e.source}: {e.reason}"))
    for line in report.lines():
        click.echo(line)
    if report.failed:
        sys.exit(1)


@main.command()
@click.option("--store", "store_path", required=True, type=click.Path(file_okay=False),
              help="Store directory to serve (read-only).")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; anything but loopback exposes the store.")
@click.option("--port", type=click.IntRange(0, 65535), default=7878, show_default=True)
@click.option("--timeout", type=float, default=10.0, show_default=True,
              help="Seconds a query may run before it is cut off.")
@click.option("--workers", type=click.IntRange(1, 32), default=2, show_default=True,
              help="Queries answered at the same time.")
def serve(store_path, host, port, timeout, workers):
    """Serve the store as a read-only SPARQL endpoint with a query page."""
    from kg.store.serve import Server

    if host not in ("127.0.0.1", "localhost", "::1"):
        click.echo(f"warning: listening on {host}: anyone who can reach this machine can "
                   "query the store", err=True)
    try:
        server = Server(store_path, host=host, port=port, timeout=timeout, workers=workers)
    except KgError as exc:
        raise click.ClickException(f"{exc.source}: {exc.reason}") from None
    click.echo(f"serving {store_path} at {server.url} (query page at {server.url}/, "
               f"SPARQL at {server.url}/query); Ctrl-C stops", err=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.close()


@main.command()
@click.option("--store", "store_path", required=True, type=click.Path(file_okay=False))
@click.option("--format", "fmt", required=True,
              type=click.Choice(("gexf", "graphml", "csv", "ttl", "trig", "nq", "jsonld")),
              help="gexf (Gephi), graphml (yEd, Cytoscape), csv (edge list) or RDF.")
@click.option("--graph", type=click.Choice(("actor", "state", "bipartite")), default="actor",
              show_default=True, help="Network formats: actors, states (people folded into "
              "the state they led), or actors and organisations.")
@click.option("--edges", type=click.Choice(("relation", "pair")), default="relation",
              show_default=True, help="Network formats: one edge per relation, or per pair.")
@click.option("--since", help="Only readouts dated on or after this (YYYY[-MM[-DD]]; networks).")
@click.option("--until", help="Only readouts dated on or before this (YYYY[-MM[-DD]]; networks).")
@click.argument("out", type=click.Path(dir_okay=False))
def export(store_path, fmt, graph, edges, since, until, out):
    """Write the store to OUT as GEXF, GraphML, CSV or an RDF serialisation."""
    from kg.analysis.export import export as run

    if not Path(store_path).exists():
        raise click.ClickException(f"{store_path}: no such store")
    store = _open_store(store_path, read_only=True)
    try:
        run(store, fmt, out, since=since, until=until, graph=graph, edges=edges)
    except KgError as exc:
        raise click.ClickException(f"{exc.source}: {exc.reason}") from None
    click.echo(f"wrote {out}")


@main.command()
@click.option("--store", "store_path", required=True, type=click.Path(file_okay=False))
@click.option("--top", type=click.IntRange(1, 1000), default=10, show_default=True,
              help="How many actors and relations to list.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
def stats(store_path, top, as_json):
    """Counts by type, publisher and year; top actors; most frequent relations."""
    from kg.analysis.stats import stats as run

    if not Path(store_path).exists():
        raise click.ClickException(f"{store_path}: no such store")
    store = _open_store(store_path, read_only=True)
    result = run(store, top=top)
    if as_json:
        click.echo(json.dumps(result.as_dict(), ensure_ascii=False, indent=1))
    else:
        for line in result.lines():
            click.echo(line)


@main.group()
def plot() -> None:
    """Draw an actor's ego network or a pair's timeline (PNG, SVG or offline HTML)."""


def _plot_options(f):
    f = click.option("--until", help="Only readouts dated on or before this (YYYY[-MM[-DD]]).")(f)
    f = click.option("--since", help="Only readouts dated on or after this (YYYY[-MM[-DD]]).")(f)
    f = click.option("--format", "fmt", type=click.Choice(("png", "svg", "html")),
                     help="Picture format (default: from OUT's extension).")(f)
    f = click.option("-o", "--out", required=True, type=click.Path(dir_okay=False),
                     help="Picture file: .png, .svg or .html.")(f)
    return click.option("--store", "store_path", required=True,
                        type=click.Path(file_okay=False))(f)


def _plot_run(store_path, draw):
    if not Path(store_path).exists():
        raise click.ClickException(f"{store_path}: no such store")
    store = _open_store(store_path, read_only=True)
    try:
        out = draw(store)
    except KgError as exc:
        raise click.ClickException(f"{exc.source}: {exc.reason}") from None
    click.echo(f"wrote {out}")


@plot.command()
@click.argument("actor")
@_plot_options
@click.option("--level", type=click.Choice(("actor", "state")), default="actor",
              show_default=True, help="state: people folded into the state they led.")
@click.option("--limit", type=click.IntRange(1, 500), default=30, show_default=True,
              help="Show at most this many neighbours (the most connected).")
def ego(actor, store_path, out, fmt, since, until, level, limit):
    """ACTOR (a label, e.g. 'China') and everyone it has a relation with."""
    from kg.analysis.plot import plot_ego

    _plot_run(store_path, lambda s: plot_ego(s, actor, out, fmt, since, until, level, limit))


@plot.command()
@click.argument("a")
@click.argument("b")
@_plot_options
def timeline(a, b, store_path, out, fmt, since, until):
    """Every dated relation between actors A and B, either direction, over time."""
    from kg.analysis.plot import plot_timeline

    _plot_run(store_path, lambda s: plot_timeline(s, a, b, out, fmt, since, until))


@main.command(name="import-gold")
@click.argument("gold_dir", type=click.Path(exists=True, file_okay=False))
@click.argument("text_dir", type=click.Path(exists=True, file_okay=False))
@click.option("--store", "store_path", required=True, type=click.Path(file_okay=False),
              help="Store directory (created if missing).")
@click.option("--meta", type=click.Path(exists=True, dir_okay=False),
              help="meta.jsonl with each file's published date, publisher and title.")
def import_gold(gold_dir, text_dir, store_path, meta):
    """Load hand annotations (GOLD_DIR/*.json) of TEXT_DIR's readouts into the store."""
    from kg.gold.annotations import import_gold as run

    store = _open_store(store_path)
    with store:
        try:
            summary = run(Path(gold_dir), Path(text_dir), store, Path(meta) if meta else None,
                          on_error=_err)
        except KgError as exc:
            raise click.ClickException(f"{exc.source}: {exc.reason}") from None
    for line in summary.lines():
        click.echo(line)
    if summary.failed:
        sys.exit(1)


@main.command()
@click.option("--store", "store_path", required=True, type=click.Path(file_okay=False))
def validate(store_path):
    """Check every readout graph against the SHACL shapes, and the ties against the claims
    (exit 1 on violations)."""
    from kg.analysis.validate import validate_store
    from kg.summaries import tracker as summaries

    if not Path(store_path).exists():
        raise click.ClickException(f"{store_path}: no such store")
    store = _open_store(store_path, read_only=True)
    bad = 0
    for graph, ok, report in validate_store(store):
        if not ok:
            bad += 1
            click.echo(f"{graph}: does not conform\n{report}")
    click.echo(f"{len(store.readout_graphs())} readout graphs checked, {bad} with violations")
    off = summaries.check(store)
    if off:
        for line in off[:10]:
            click.echo(f"ties: {line}")
        n = len(off)
        click.echo(f"ties graph: {n} differences from the readout graphs; kg build rewrites it")
    else:
        click.echo("ties graph: matches the readout graphs")
    if bad or off:
        sys.exit(1)


@main.command(name="eval")
@click.argument("gold_dir", type=click.Path(exists=True, file_okay=False))
@click.argument("text_dir", type=click.Path(exists=True, file_okay=False))
@click.option("--meta", type=click.Path(exists=True, dir_okay=False),
              help="meta.jsonl with each file's published date and publisher.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--details", is_flag=True, help="With --json, include per-document errors.")
@click.option("--files", "pattern", metavar="GLOB",
              help="Score only gold files whose name matches one of these comma-separated "
                   "patterns (e.g. 'd00?,d01?').")
def eval_(gold_dir, text_dir, meta, as_json, details, pattern):
    """Score the extractor on GOLD_DIR's annotations of TEXT_DIR's readouts."""
    from fnmatch import fnmatch

    from kg.gold.evaluate import evaluate

    globs = [g.strip() for g in (pattern or "").split(",") if g.strip()]
    only = (lambda stem: any(fnmatch(stem, g) for g in globs)) if globs else None
    scores = evaluate(Path(gold_dir), Path(text_dir), Path(meta) if meta else None, only=only)
    if as_json:
        out = scores.as_dict()
        if details:
            out["documents_detail"] = scores.per_doc
        click.echo(json.dumps(out, ensure_ascii=False, indent=1))
    else:
        click.echo(scores.table(), nl=False)


if __name__ == "__main__":
    main()
