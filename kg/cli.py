"""The ``kg`` command: a thin layer over the library.

Errors are mapped in one place (``KgGroup``) and every ``--store`` is opened or
refused in one place (``store_option``), so each command only says what it does.
"""

from __future__ import annotations

import functools
import json
from enum import IntEnum
from pathlib import Path

import click

from kg.errors import InputError, KgError

RDF_OUT = ("ttl", "trig", "nq", "jsonld")
SERVER_KINDS = ("oxigraph", "fuseki", "virtuoso", "graphdb", "neptune", "generic")


class Exit(IntEnum):
    """The exit-code contract, written in ``kg --help`` and the README."""

    DONE = 0  # done
    FAILED = 1  # done, but some input failed or the data violates the shapes
    ERROR = 2  # usage or runtime error (click's own usage errors exit 2 too)


class Failure(click.ClickException):
    """A KgError at the boundary: one line on stderr, exit 2."""

    exit_code = int(Exit.ERROR)

    def __init__(self, exc: KgError):
        super().__init__(f"{exc.source}: {exc.reason}")


class KgGroup(click.Group):
    """The one error boundary: any KgError a command raises becomes a ``Failure``."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except KgError as exc:
            raise Failure(exc) from None


def _finish(failed) -> None:
    """Exit 1 when some input failed (the run itself went to the end)."""
    if failed:
        click.get_current_context().exit(int(Exit.FAILED))


def _err(exc: KgError) -> None:
    click.echo(f"error: {exc.source}: {exc.reason}", err=True)


def open_store(path: str, read_only: bool = False):
    """The store at ``path``, closed (and its lock released) when the command ends.

    Read-only refuses a missing store ("no such store"); otherwise it is created.
    """
    from kg.store.database import Store

    store = Store(path, read_only=read_only)
    click.get_current_context().call_on_close(store.close)
    return store


STORE_HELP = {
    "write": "Store directory (created if missing).",
    "read": "Store directory.",
    "path": "Store directory.",
}


def store_option(mode: str = "read", required: bool = True, help: str | None = None):
    """``--store DIR`` passed to the command as ``store``.

    mode ``write`` opens it for writing (created if missing), ``read`` opens it
    read-only (refused if missing), ``path`` passes the path for the command to
    open itself (``query`` only when no --endpoint is given; ``serve`` in its workers).
    """

    def decorate(f):
        @functools.wraps(f)
        def run(*args, store=None, **kwargs):
            if store is not None and mode != "path":
                store = open_store(store, read_only=mode == "read")
            return f(*args, store=store, **kwargs)

        return click.option(
            "--store",
            "store",
            required=required,
            metavar="DIR",
            type=click.Path(file_okay=False),
            help=help or STORE_HELP[mode],
        )(run)

    return decorate


def _columns(ctx, param, specs) -> dict | None:
    """``--column FIELD=COLUMN`` options as a mapping; a bad one is a usage error."""
    from kg.ingest.tabular import parse_columns

    try:
        return parse_columns(specs) or None
    except KgError as exc:
        raise click.BadParameter(exc.reason, param_hint=f"--column {exc.source}") from None


column_option = click.option(
    "--column",
    "columns",
    multiple=True,
    metavar="FIELD=COLUMN",
    callback=_columns,
    help="CSV/JSON Lines: read FIELD (text, title, published, url, publisher, id) "
    "from COLUMN (repeatable).",
)


@click.group(cls=KgGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="readout-kg")
def main() -> None:
    """Turn diplomatic readouts into an RDF knowledge graph.

    \b
    Exit codes:
      0  done
      1  done, but some input failed or the data violates the shapes
      2  usage or runtime error (one line on stderr says what)
    """


@main.command()
@click.argument("files", nargs=-1, required=True)
@click.option("--published", help="Publication date (YYYY-MM-DD) for inputs that carry none.")
@click.option("--publisher", help="Publisher name for inputs that carry none.")
@click.option("--url", help="Source URL (for a single input that carries none).")
@column_option
@click.option(
    "--format", "fmt", type=click.Choice(("json",) + RDF_OUT), default="json", show_default=True
)
def extract(files, published, publisher, url, columns, fmt):
    """Extract the event, relations and statements of readout FILES.

    Every readable document is extracted; one that does not look like an
    English readout gets a warning on stderr (``kg build`` would skip it).
    """
    from kg.extract import extract as run
    from kg.ingest import read_paths
    from kg.screen.classify import classify

    failed = 0
    docs = []
    for item in read_paths(
        files, columns=columns, published=published, publisher=publisher, url=url
    ):
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
            indent = 1 if len(docs) == 1 else None
            click.echo(json.dumps(ex.to_json(), ensure_ascii=False, indent=indent))
    else:
        click.echo(_serialise(docs, fmt))
    _finish(failed)


def _serialise(docs, fmt: str) -> str:
    """The readouts' named graphs in an RDF format (Turtle: their union)."""
    from rdflib import Dataset, Graph

    from kg.extract import EXTRACTOR_VERSION, gazetteer
    from kg.rdf.graphs import bind, readout_graph_iri, readout_triples

    ds = Dataset()
    bind(ds)
    gaz = gazetteer.load()
    for ex in docs:
        g = ds.graph(readout_graph_iri(ex))
        for t in readout_triples(ex, gaz, EXTRACTOR_VERSION):
            g.add(t)
    if fmt == "ttl":
        union = Graph()
        bind(union)
        for q in ds.quads():
            union.add(q[:3])
        return union.serialize(format="turtle")
    return ds.serialize(format={"trig": "trig", "nq": "nquads", "jsonld": "json-ld"}[fmt])


@main.command()
@click.argument("paths", nargs=-1, required=True)
@store_option("write")
@click.option("--prune", is_flag=True, help="Remove graphs of readouts no longer in the inputs.")
@click.option("--published", help="Publication date for inputs that carry none.")
@click.option("--publisher", help="Publisher for inputs that carry none.")
@click.option(
    "--meta",
    "meta_file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="meta.jsonl giving each file's published date, publisher, URL and title "
    "(as kg eval reads it); fills in what a document does not say.",
)
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(1, 64),
    default=1,
    show_default=True,
    help="Extract in this many processes (same store as with 1).",
)
@click.option(
    "--all",
    "keep_all",
    is_flag=True,
    help="Keep every document, not only English readouts of engagements.",
)
@click.option(
    "--show-skipped", is_flag=True, help="Name each skipped document and the reason on stderr."
)
@column_option
@click.option(
    "--budget",
    type=click.FloatRange(0, None, min_open=True),
    default=60.0,
    show_default=True,
    metavar="SECONDS",
    help="Time a document may take to extract; one over it is named on stderr and skipped.",
)
def build(
    paths,
    store,
    prune,
    published,
    publisher,
    meta_file,
    jobs,
    keep_all,
    show_skipped,
    columns,
    budget,
):
    """Put readouts under PATHS into the store (incremental and idempotent).

    Documents that are not English readouts of calls, meetings, visits or
    messages (briefings, speeches, statements, notices...) are skipped and
    counted by reason; --all keeps them.
    """
    from kg.build import build as run
    from kg.ingest.metadata import load_meta
    from kg.progress import Progress

    metadata = load_meta(meta_file) if meta_file else None
    with store, Progress("building", total=_count_inputs(paths)) as bar:
        try:
            summary = run(
                paths,
                store,
                prune=prune,
                jobs=jobs,
                keep_all=keep_all,
                on_error=lambda e: bar.write(f"error: {e.source}: {e.reason}"),
                on_skip=(lambda src, why: bar.write(f"skipped: {src}: {why}"))
                if show_skipped
                else None,
                progress=bar,
                published=published,
                publisher=publisher,
                columns=columns,
                metadata=metadata,
                budget=budget,
            )
        except KeyboardInterrupt:
            bar.close()
            click.echo(
                f"interrupted after {bar.count} inputs: every readout stored so far is whole; "
                "run the same kg build again to finish (it skips what is stored)",
                err=True,
            )
            raise SystemExit(130) from None
    for line in summary.lines():
        click.echo(line)
    _finish(summary.failed)


def _params(ctx, param, specs) -> dict[str, str]:
    """``-p NAME=VALUE`` options as a mapping; a bad one is a usage error."""
    given = {}
    for p in specs:
        if "=" not in p:
            raise click.UsageError(f"--param '{p}' is not NAME=VALUE")
        k, v = p.split("=", 1)
        given[k.strip()] = v
    return given


@main.command()
@click.argument("sparql", required=False)
@store_option("path", required=False)
@click.option(
    "-f", "--file", "qfile", type=click.Path(dir_okay=False), help="Read the query from a .rq file."
)
@click.option("-n", "--name", help="Run a named query from ontology/queries.")
@click.option(
    "-p",
    "--param",
    "params",
    multiple=True,
    metavar="NAME=VALUE",
    callback=_params,
    help="Bind a named query's parameter (repeatable).",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(("table", "csv", "json")),
    default="table",
    show_default=True,
)
@click.option("--list", "list_", is_flag=True, help="List the named queries and their parameters.")
@click.option("--endpoint", help="Query this SPARQL server instead of a store (base URL).")
@click.option(
    "--server",
    type=click.Choice(SERVER_KINDS),
    default="oxigraph",
    show_default=True,
    help="Kind of server at --endpoint (where its services live).",
)
@click.option(
    "--timeout",
    type=click.FloatRange(0, min_open=True),
    help="Seconds a query may run before it is stopped [default: no limit on a store, "
    "60 at an endpoint].",
)
def query(sparql, store, qfile, name, params, fmt, list_, endpoint, server, timeout):
    """Run SPARQL (text, -f FILE.rq, or --name NAME) over the store."""
    from kg.store.query import format_rows, named_queries

    if list_:
        for q in named_queries().values():
            click.echo(f"{q.name}: {q.question}")
            for p, description in q.params:
                click.echo(f"    -p {p}=...  {description}")
        return
    if len([x for x in (sparql, qfile, name) if x]) != 1:
        raise click.UsageError("give exactly one of SPARQL text, -f FILE or --name NAME")
    text = _query_text(sparql, qfile, name, params)
    if endpoint:
        from kg.store.remote import Endpoint

        with Endpoint(endpoint, server, timeout=timeout or 60.0, retries=0) as ep:
            names, rows = ep.select(text, params)
    elif not store:
        raise click.UsageError("--store DIR (or --endpoint URL) is required")
    else:
        names, rows = _select_local(store, timeout, text, params, hint=bool(name and params))
    click.echo(format_rows(names, rows, fmt), nl=False)


def _select_local(store: str, timeout: float | None, text: str, params: dict, hint: bool):
    """The query run in a child process (``LocalStore``), so that --timeout and Ctrl-C stop it;
    Ctrl-C exits 130 with one line, as ``kg build`` does."""
    from kg.store.isolated import LocalStore

    try:
        with LocalStore(store, timeout) as opened:
            names, rows = opened.select(text, params)
            if hint and not rows:
                _hint_unknown_names(opened, params)
    except KeyboardInterrupt:
        click.echo("interrupted: the query was stopped", err=True)
        raise SystemExit(130) from None
    return names, rows


def _hint_unknown_names(store, params: dict[str, str]) -> None:
    """A named query that found nothing: say which parameter names no actor, and what it
    may have meant ("Modi", "narendra modi" -> Narendra Modi)."""
    import difflib

    labels = sorted(
        {
            str(r[0])
            for r in store.select(
                "SELECT DISTINCT ?l WHERE { { ?n rdfs:label ?l } UNION { ?n skos:prefLabel ?l } }"
            )[1]
        }
    )
    folded = {x.casefold(): x for x in labels}
    for value in params.values():
        if value in labels or value.startswith(("http://", "https://")):
            continue
        near = (
            [folded[value.casefold()]]
            if value.casefold() in folded
            else [x for x in labels if value.casefold() in x.casefold().split()][:3]
            or difflib.get_close_matches(value, labels, n=3, cutoff=0.7)
        )
        hint = f"; did you mean {', '.join(near)}?" if near else ""
        click.echo(f"no actor named {value!r}{hint}", err=True)


def _query_text(sparql: str | None, qfile: str | None, name: str | None, params: dict) -> str:
    """The query's text from the one source given; a named query's parameters checked."""
    from kg.store.query import check_params, get_named

    if qfile:
        try:
            return Path(qfile).read_text(encoding="utf-8")
        except OSError as exc:
            raise InputError(qfile, exc.strerror or str(exc)) from None
    if name:
        q = get_named(name)
        check_params(q, params)
        return q.text
    return sparql


@main.command()
@store_option("read", help="Store directory to push from.")
@click.option("--endpoint", required=True, help="Base URL of the SPARQL server.")
@click.option(
    "--server",
    type=click.Choice(SERVER_KINDS),
    default="oxigraph",
    show_default=True,
    help="Kind of server (where its query and graph-store services live).",
)
@click.option("--graph-store", help="Graph Store Protocol URL, if not where --server puts it.")
@click.option(
    "--timeout",
    type=float,
    default=60.0,
    show_default=True,
    help="Seconds to wait for each request.",
)
@click.option("--force", is_flag=True, help="Send every graph, even those the server has.")
@click.option("--prune", is_flag=True, help="Delete readout graphs the store no longer has.")
def push(store, endpoint, server, graph_store, timeout, force, prune):
    """Send each readout's graph, the background graph, the ties graph and the engagements
    graph to a SPARQL server.

    Credentials come from KG_ENDPOINT_USER and KG_ENDPOINT_PASSWORD or a netrc
    file ($NETRC or ~/.netrc), never from the command line.
    """
    from kg.progress import Progress
    from kg.store.remote import Endpoint
    from kg.store.remote import push as run

    ep = Endpoint(endpoint, server, graph_store=graph_store, timeout=timeout)
    with store, ep, Progress("pushing", unit="graphs") as bar:
        report = run(
            store,
            ep,
            force=force,
            prune=prune,
            progress=bar,
            on_error=lambda e: bar.write(f"error: {e.source}: {e.reason}"),
        )
    for line in report.lines():
        click.echo(line)
    _finish(report.failed)


@main.command()
@store_option("path", help="Store directory to serve (read-only).")
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Address to listen on; anything but loopback exposes the store.",
)
@click.option("--port", type=click.IntRange(0, 65535), default=7878, show_default=True)
@click.option(
    "--timeout",
    type=float,
    default=10.0,
    show_default=True,
    help="Seconds a query may run before it is cut off.",
)
@click.option(
    "--workers",
    type=click.IntRange(1, 32),
    default=2,
    show_default=True,
    help="Queries answered at the same time.",
)
@click.option(
    "--allow-service",
    "services",
    multiple=True,
    metavar="URL",
    help="A SPARQL endpoint that SERVICE may call (repeatable; none by default).",
)
@click.option(
    "--allow-host",
    "hosts",
    multiple=True,
    metavar="NAME",
    help="A host name the server answers to besides its address and localhost (repeatable).",
)
@click.option(
    "--memory",
    type=click.IntRange(64, None),
    default=1024,
    show_default=True,
    help="MB of memory each query worker may use; a query past it is stopped.",
)
@click.option(
    "--max-result",
    type=click.IntRange(1, None),
    default=64,
    show_default=True,
    help="MB a query's result may take; a larger one is refused.",
)
@click.option(
    "--access-log",
    type=click.File("a", lazy=False),
    metavar="FILE",
    help="Append a line per request (address, time, path, status, size; never the query) "
    "to FILE ('-' for standard output).",
)
def serve(store, host, port, timeout, workers, services, hosts, memory, max_result, access_log):
    """Serve the store as a read-only SPARQL endpoint with a query page."""
    from kg.store.serve import Server

    if host not in ("127.0.0.1", "localhost", "::1"):
        click.echo(
            f"warning: listening on {host}: anyone who can reach this machine can query the store",
            err=True,
        )
    # The server's worker processes open the store themselves; it refuses a missing one.
    server = Server(
        store,
        host=host,
        port=port,
        timeout=timeout,
        workers=workers,
        services=services,
        allow_hosts=hosts,
        memory_mb=memory,
        max_result_mb=max_result,
        access_log=access_log,
    )
    click.echo(
        f"serving {store} at {server.url} (query page at {server.url}/, "
        f"SPARQL at {server.url}/query); Ctrl-C stops",
        err=True,
    )
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.close()


@main.command()
@store_option("read")
@click.option(
    "--format",
    "fmt",
    required=True,
    type=click.Choice(("gexf", "graphml", "csv", "ttl", "trig", "nq", "jsonld")),
    help="gexf (Gephi), graphml (yEd, Cytoscape), csv (edge list) or RDF.",
)
@click.option(
    "--graph",
    type=click.Choice(("actor", "state", "bipartite")),
    default="actor",
    show_default=True,
    help="Network formats: actors, states (people folded into "
    "the state they led), or actors and organisations.",
)
@click.option(
    "--edges",
    type=click.Choice(("relation", "pair")),
    default="relation",
    show_default=True,
    help="Network formats: one edge per relation, or per pair.",
)
@click.option("--since", help="Only readouts dated on or after this (YYYY[-MM[-DD]]; networks).")
@click.option("--until", help="Only readouts dated on or before this (YYYY[-MM[-DD]]; networks).")
@click.argument("out", type=click.Path(dir_okay=False))
def export(store, fmt, graph, edges, since, until, out):
    """Write the store to OUT as GEXF, GraphML, CSV or an RDF serialisation."""
    from kg.analysis.export import export as run

    run(store, fmt, out, since=since, until=until, graph=graph, edges=edges)
    _wrote(out)


@main.command()
@store_option("read")
@click.option(
    "--top",
    type=click.IntRange(1, 1000),
    default=10,
    show_default=True,
    help="How many actors and relations to list.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
def stats(store, top, as_json):
    """Counts by type, publisher and year; top actors; most frequent relations."""
    from kg.analysis.stats import stats as run

    result = run(store, top=top)
    if as_json:
        click.echo(json.dumps(result.as_dict(), ensure_ascii=False, indent=1))
    else:
        for line in result.lines():
            click.echo(line)


@main.command()
@click.argument("readouts", nargs=-1)
@store_option("read", required=False, help="Store directory (without it, READOUTS are files).")
@click.option("--engagement", metavar="IRI", help="Compare the readouts of this engagement.")
@click.option(
    "--between", nargs=2, metavar="A B", help="Find the engagement of actors A and B (with --date)."
)
@click.option("--date", "day", metavar="YYYY-MM-DD", help="The day of the engagement --between.")
@click.option(
    "--format", "fmt", type=click.Choice(("table", "json", "html")), default="table",
    show_default=True, help="html: one self-contained page, a column per side.",
)  # fmt: skip
@click.option("--sentences", is_flag=True, help="Show each side's sentence under each claim.")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write to this file.")
def compare(readouts, store, engagement, between, day, fmt, sentences, output):
    """What each side reported of one engagement, side by side.

    Give two files (kg compare A.txt B.txt), or with --store two readouts (IRIs
    or the files they came from), an engagement IRI (--engagement), or two
    actors and a day (--between A B --date D).
    """
    from kg.analysis import compare as cmp

    if store is None:
        if len(readouts) != 2 or engagement or between:
            raise click.UsageError("without --store, give exactly two readout files")
        result = _compare_files(readouts)
    else:
        result = cmp.compare(store, _compared_graphs(store, readouts, engagement, between, day))
    text = {"table": lambda: cmp.table(result, sentences), "json": lambda: cmp.as_json(result),
            "html": lambda: cmp.page(result)}[fmt]()  # fmt: skip
    if output:
        Path(output).write_text(text, encoding="utf-8")
        click.echo(f"wrote {output}")
    else:
        click.echo(text, nl=False)


def _count_inputs(paths) -> int | None:
    """How many documents a build will read, when files say it (a corpus export's rows
    are not counted ahead, so with one the bar shows no total)."""
    from kg.ingest import iter_files

    files = [f for f in iter_files(paths) if isinstance(f, Path)]
    if any(f.suffix.lower() in (".csv", ".tsv", ".jsonl", ".ndjson") for f in files):
        return None
    return len(files)


def _wrote(out) -> None:
    """Say what was written, unless it went to standard output ("-")."""
    if str(out) != "-":
        click.echo(f"wrote {out}")


def _compare_files(paths) -> object:
    """Two files extracted into a store in memory, then compared."""
    from kg.analysis import compare as cmp
    from kg.build import build as run
    from kg.store.database import Store

    with Store() as memory:
        summary = run(paths, memory, keep_all=True)
        if summary.failed:
            raise KgError(*summary.failed[0])
        by_source = {src: g for g, src in memory.sources().items()}
        graphs = [by_source[p] for p in paths if p in by_source]
        if len(graphs) != 2:
            raise KgError(" ".join(paths), "not two readouts (the same text twice?)")
        return cmp.compare(memory, graphs)


def _compared_graphs(store, readouts, engagement, between, day) -> list[str]:
    from kg.analysis import compare as cmp

    if engagement:
        return cmp.readouts_of(store, engagement)
    if between:
        if not day:
            raise click.UsageError("--between needs --date")
        found = cmp.find_engagements(store, between[0], between[1], day)
        if len(found) != 1:
            raise KgError(
                "compare",
                f"{len(found)} engagements of {between[0]} and {between[1]} near {day}"
                + (f": {', '.join(found)} (pick one with --engagement)" if found else ""),
            )
        return cmp.readouts_of(store, found[0])
    by_source = {src: g for g, src in store.sources().items()}
    graphs = [by_source.get(r, r) for r in readouts]
    if len(graphs) < 2:
        raise click.UsageError("give two readouts, --engagement or --between")
    return graphs


@main.group()
def plot() -> None:
    """Draw an actor's ego network or a pair's timeline (PNG, SVG or offline HTML)."""


def _plot_options(f):
    f = click.option("--until", help="Only readouts dated on or before this (YYYY[-MM[-DD]]).")(f)
    f = click.option("--since", help="Only readouts dated on or after this (YYYY[-MM[-DD]]).")(f)
    f = click.option(
        "--format",
        "fmt",
        type=click.Choice(("png", "svg", "html")),
        help="Picture format (default: from OUT's extension).",
    )(f)
    f = click.option(
        "-o",
        "--out",
        required=True,
        type=click.Path(dir_okay=False),
        help="Picture file: .png, .svg or .html.",
    )(f)
    return store_option("read")(f)


@plot.command()
@click.argument("actor")
@_plot_options
@click.option(
    "--level",
    type=click.Choice(("actor", "state")),
    default="actor",
    show_default=True,
    help="state: people folded into the state they led.",
)
@click.option(
    "--limit",
    type=click.IntRange(1, 500),
    default=30,
    show_default=True,
    help="Show at most this many neighbours (the most connected).",
)
def ego(actor, store, out, fmt, since, until, level, limit):
    """An actor's ego network: ACTOR (a label such as 'China') and everyone it has a relation
    with."""
    from kg.analysis.plot import plot_ego

    _wrote(plot_ego(store, actor, out, fmt, since, until, level, limit))


@plot.command()
@click.argument("a")
@click.argument("b")
@_plot_options
def timeline(a, b, store, out, fmt, since, until):
    """A pair's timeline: every dated relation between actors A and B, either way."""
    from kg.analysis.plot import plot_timeline

    _wrote(plot_timeline(store, a, b, out, fmt, since, until))


@main.command(name="import-gold")
@click.argument("gold_dir", type=click.Path(exists=True, file_okay=False))
@click.argument("text_dir", type=click.Path(exists=True, file_okay=False))
@store_option("write")
@click.option(
    "--meta",
    type=click.Path(exists=True, dir_okay=False),
    help="meta.jsonl with each file's published date, publisher and title.",
)
def import_gold(gold_dir, text_dir, store, meta):
    """Load hand annotations (GOLD_DIR/*.json) of TEXT_DIR's readouts into the store."""
    from kg.gold.annotations import import_gold as run

    with store:
        summary = run(
            Path(gold_dir), Path(text_dir), store, Path(meta) if meta else None, on_error=_err
        )
    for line in summary.lines():
        click.echo(line)
    _finish(summary.failed)


@main.command()
@store_option("path")
def validate(store):
    """Check every readout graph, the engagements graph and the ties graph against the SHACL
    shapes, and the ties and engagements graphs against the readout graphs (exit 1 on
    violations)."""
    from kg.analysis.validate import plan, run
    from kg.progress import Progress
    from kg.store.isolated import IsolatedStore
    from kg.summaries import tracker as summaries

    # its queries run in a worker, stopped with one line if the store proves damaged
    with IsolatedStore(store) as store:
        steps = plan(store)
        with Progress("checking the shapes", unit="checks", total=len(steps)) as bar:
            found = run(store, steps, progress=bar)
        readouts = len(store.readout_graphs())
        with Progress("checking the summaries", unit="steps", total=1) as bar:
            off = summaries.check(store)
            bar(1)
    by_graph: dict[str, list] = {}
    for v in found:
        by_graph.setdefault(v.graph, []).append(v)
    for graph, violations in by_graph.items():
        click.echo(f"{_graph_name(graph)}: does not conform")
        for v in violations:
            click.echo(f"  {v.line()}")
    bad = sum(1 for g in by_graph if "/readout/" in g)
    click.echo(f"{readouts} readout graphs checked, {bad} with violations")
    if off:
        for line in off[:10]:
            click.echo(f"summaries: {line}")
        n = len(off)
        click.echo(
            f"ties and engagements graphs: {n} differences from the readout graphs; "
            "kg build rewrites them"
        )
    else:
        click.echo("ties graph: matches the readout graphs")
        click.echo("engagements graph: matches the readout graphs")
    _finish(bool(found) or bool(off))


def _graph_name(graph: str) -> str:
    from kg.rdf.vocab import ENGAGEMENTS, TIES

    return {ENGAGEMENTS: "engagements graph", TIES: "ties graph"}.get(graph, graph)


@main.command(name="eval")
@click.argument("gold_dir", type=click.Path(exists=True, file_okay=False))
@click.argument("text_dir", type=click.Path(exists=True, file_okay=False))
@click.option(
    "--meta",
    type=click.Path(exists=True, dir_okay=False),
    help="meta.jsonl with each file's published date and publisher.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option(
    "--details",
    is_flag=True,
    help="After the scores, each missed and extra relation with its sentence, "
    "scores by relation, and each document's topics against the gold (matched, "
    "missed and extra, with their sentences) and their counts (with --json: "
    "per-document errors and topic pairings).",
)
@click.option(
    "--files",
    "pattern",
    metavar="GLOB",
    help="Score only gold files whose name matches one of these comma-separated "
    "patterns (e.g. 'd00?,d01?').",
)
@click.option(
    "--split",
    metavar="NAME",
    help="Score only files whose --meta row has this split (e.g. tune, check).",
)
def eval_(gold_dir, text_dir, meta, as_json, details, pattern, split):
    """Score the extractor on GOLD_DIR's annotations of TEXT_DIR's readouts."""
    from fnmatch import fnmatch

    from kg.gold.evaluate import evaluate

    if split and not meta:
        raise click.UsageError("--split NAME needs --meta meta.jsonl (where the splits are)")
    globs = [g.strip() for g in (pattern or "").split(",") if g.strip()]
    only = (lambda stem: any(fnmatch(stem, g) for g in globs)) if globs else None
    scores = evaluate(
        Path(gold_dir),
        Path(text_dir),
        Path(meta) if meta else None,
        only=only,
        split=split,
        explain_misses=details and not as_json,
    )
    if not scores.documents:  # scores of nothing would read 1.000
        raise KgError(str(gold_dir), "no gold file with a readout text matched, nothing scored")
    if as_json:
        out = scores.as_dict()
        if details:
            out["documents_detail"] = scores.per_doc
        click.echo(json.dumps(out, ensure_ascii=False, indent=1))
    else:
        click.echo(scores.table(), nl=False)
        if details:
            click.echo("\n" + scores.details(), nl=False)


if __name__ == "__main__":
    main()
