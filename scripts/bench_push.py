#!/usr/bin/env python3
"""Benchmark: `kg push` to a local SPARQL server, the HTTP client of an earlier commit
against the current one.

    python scripts/bench_push.py [--sizes 40 2000] [--old REV] [--rounds 3] [--work DIR]
                                 [--sink-sizes 2000] [--virtuoso URL] [--virtuoso-sizes 40]
                                 [--results FILE]

Stores: ``40`` is the dev corpus (../shared/corpus/dev/texts, every document kept, with
its meta.jsonl); any other size is that many readouts generated from it as
scripts/bench_store.py does, built with two workers. Stores are kept under --work and
reused.

Each round pushes each store with ``--force`` to a fresh ``oxigraph serve`` on
127.0.0.1 (an empty database each time) with the client of ``--old`` (remote.py read
from git at that revision) and with the current one, alternating which goes first.
The same pushes go to a server that only reads each body and answers 204
(--sink-sizes: the client's share without the database's). With ``--virtuoso URL`` (a
server taking digest auth for dba/dba, as .ci/run starts) the same pushes go to
Virtuoso's authenticated graph store.

Counted below the client, so both are counted alike: HTTP requests and 401 answers at
the lowest layer of each library (http.client for urllib, httpcore for httpx) and TCP
connections opened (socket.connect). Figures go to stdout and, as Markdown, to --results.
"""

from __future__ import annotations

import argparse
import http.client
import importlib.util
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "corpus" / "dev"
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "scripts"))


# -- counting below the clients ----------------------------------------------------------
class Counts:
    """Requests, 401 answers and TCP connections since the last ``reset``."""

    def __init__(self) -> None:
        self.reset()

    def reset(self) -> None:
        self.requests = self.challenges = self.connections = 0

    def install(self) -> None:
        counts = self
        connect = socket.socket.connect

        def counted_connect(sock, address):
            counts.connections += 1
            return connect(sock, address)

        socket.socket.connect = counted_connect
        putrequest = http.client.HTTPConnection.putrequest
        getresponse = http.client.HTTPConnection.getresponse

        def counted_putrequest(conn, *args, **kwargs):
            counts.requests += 1
            return putrequest(conn, *args, **kwargs)

        def counted_getresponse(conn):
            resp = getresponse(conn)
            counts.challenges += resp.status == 401
            return resp

        http.client.HTTPConnection.putrequest = counted_putrequest
        http.client.HTTPConnection.getresponse = counted_getresponse
        try:
            from httpcore._sync.http11 import HTTP11Connection
        except ImportError:  # httpx not installed: the old client only
            return
        handle = HTTP11Connection.handle_request

        def counted_handle(conn, request):
            counts.requests += 1
            resp = handle(conn, request)
            counts.challenges += resp.status == 401
            return resp

        HTTP11Connection.handle_request = counted_handle


COUNTS = Counts()


# -- stores and clients ---------------------------------------------------------------------
def store_for(work: Path, n: int) -> Path:
    """A store of the dev corpus (n == 40) or of ``n`` generated readouts, built once."""
    from kg.build import build
    from kg.ingest.metadata import load_meta
    from kg.store.database import Store

    path = work / f"store-{n}"
    done = work / f"store-{n}.complete"
    if done.exists():
        return path
    if n == 40:
        inputs, metadata = DEV / "texts", load_meta(DEV / "meta.jsonl")
    else:
        from bench_store import generate

        inputs, metadata = generate(work / f"in-{n}", n), None
    t0 = time.perf_counter()
    with Store(path) as store:
        s = build([str(inputs)], store, jobs=2, keep_all=True, metadata=metadata)
    print(f"built {n}: {s.added} readouts in {time.perf_counter() - t0:.1f} s", flush=True)
    done.write_text(str(s.added))
    return path


def client(rev: str):
    """The module kg.store.remote as it is now ("current") or at git revision ``rev``."""
    if rev == "current":
        import kg.store.remote as mod

        return mod
    source = subprocess.run(
        ["git", "show", f"{rev}:kg/store/remote.py"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    spec = importlib.util.spec_from_loader(f"kg_remote_{rev.replace('~', '_')}", loader=None)
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod  # dataclasses look their module up there
    exec(compile(source, f"{rev}:kg/store/remote.py", "exec"), mod.__dict__)
    return mod


def push_once(mod, store_path: Path, url: str, server: str, environ: dict) -> dict:
    from kg.store.database import Store

    with Store(store_path, read_only=True) as store:
        ep = mod.Endpoint(url, server, timeout=120, environ=environ)
        COUNTS.reset()
        t0, c0 = time.perf_counter(), time.process_time()
        report = mod.push(store, ep, force=True)
        wall, cpu = time.perf_counter() - t0, time.process_time() - c0
        counted = dict(
            requests=COUNTS.requests,
            challenges=COUNTS.challenges,
            connections=COUNTS.connections,
        )
        close = getattr(ep, "close", None)
        if close:
            close()
    if report.failed or not report.ties:
        raise SystemExit(f"push failed: {report.failed[:3]} {report.lines()}")
    return {
        "seconds": wall,
        "cpu": cpu,
        "graphs": report.pushed + 3,
        "triples": report.triples,
        **counted,
    }


def to_oxigraph(mod, store_path: Path) -> dict:
    from servers import OxigraphServer

    with tempfile.TemporaryDirectory(prefix="bench-push-") as tmp:
        with OxigraphServer(Path(tmp) / "db") as server:
            return push_once(mod, store_path, server.url, "oxigraph", {"NETRC": "/dev/null"})


SINK = """
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

class Sink(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def do_PUT(self):
        self.rfile.read(int(self.headers.get("Content-Length", "0")))
        self.send_response(204)
        self.send_header("Content-Length", "0")
        self.end_headers()

server = ThreadingHTTPServer(("127.0.0.1", 0), Sink)
print(server.server_address[1], flush=True)
server.serve_forever()
"""


def to_sink(mod, store_path: Path) -> dict:
    """A server (its own process) that reads each body and answers 204: the client's and
    the connections' share of a push, without the database's."""
    proc = subprocess.Popen([sys.executable, "-c", SINK], stdout=subprocess.PIPE, text=True)
    try:
        port = int(proc.stdout.readline())
        return push_once(mod, store_path, f"http://127.0.0.1:{port}", "oxigraph", {})
    finally:
        proc.terminate()
        proc.wait(10)


def to_virtuoso(mod, store_path: Path, url: str) -> dict:
    env = {"KG_ENDPOINT_USER": "dba", "KG_ENDPOINT_PASSWORD": "dba", "NETRC": "/dev/null"}
    return push_once(mod, store_path, url, "virtuoso", env)


# -- running and reporting ------------------------------------------------------------------
def rounds(clients: dict, n_rounds: int, push) -> dict[str, list[dict]]:
    """Each client ``n_rounds`` times, alternating which goes first."""
    runs: dict[str, list[dict]] = {name: [] for name in clients}
    names = list(clients)
    for r in range(n_rounds):
        for name in names if r % 2 == 0 else names[::-1]:
            got = push(clients[name])
            runs[name].append(got)
            print(
                f"  {name:>8}: {got['seconds']:.2f} s ({got['cpu']:.2f} s CPU), "
                f"{got['graphs']} graphs, "
                f"{got['requests']} requests, {got['challenges']} x 401, "
                f"{got['connections']} connections",
                flush=True,
            )
    return runs


def table(title: str, runs: dict[str, list[dict]]) -> list[str]:
    out = [
        f"### {title}",
        "",
        "| client | wall s (median) | each run | client CPU s (median) | graphs | triples "
        "| requests | 401 answers | TCP connections |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for name, got in runs.items():
        secs = [g["seconds"] for g in got]
        cpu = statistics.median(g["cpu"] for g in got)
        last = got[-1]
        out.append(
            f"| {name} | {statistics.median(secs):.2f} | "
            f"{', '.join(f'{s:.2f}' for s in secs)} | {cpu:.2f} | "
            f"{last['graphs']} | {last['triples']} | "
            f"{last['requests']} | {last['challenges']} | {last['connections']} |"
        )
    return out + [""]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[40, 2000])
    ap.add_argument("--old", default="HEAD", help="git revision of the old client")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "bench-push")
    ap.add_argument("--virtuoso", help="base URL of a Virtuoso taking dba/dba (digest)")
    ap.add_argument("--virtuoso-sizes", type=int, nargs="+", default=[40])
    ap.add_argument("--sink-sizes", type=int, nargs="*", default=[2000])
    ap.add_argument("--results", type=Path)
    args = ap.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    COUNTS.install()
    clients = {args.old: client(args.old), "current": client("current")}
    lines = [f"`python scripts/bench_push.py {' '.join(sys.argv[1:])}`", ""]
    for n in args.sizes:
        path = store_for(args.work, n)
        print(f"oxigraph, {n} readouts:", flush=True)
        runs = rounds(clients, args.rounds, lambda mod, p=path: to_oxigraph(mod, p))
        lines += table(f"Oxigraph server, {n} readouts", runs)
    for n in args.sink_sizes:
        path = store_for(args.work, n)
        print(f"sink (no database), {n} readouts:", flush=True)
        runs = rounds(clients, args.rounds, lambda mod, p=path: to_sink(mod, p))
        lines += table(f"A server that only reads the bodies (no database), {n} readouts", runs)
    if args.virtuoso:
        for n in args.virtuoso_sizes:
            path = store_for(args.work, n)
            print(f"virtuoso (digest auth), {n} readouts:", flush=True)
            runs = rounds(
                clients, args.rounds, lambda mod, p=path: to_virtuoso(mod, p, args.virtuoso)
            )
            lines += table(f"Virtuoso, digest auth, {n} readouts", runs)
    text = "\n".join(lines)
    print(text)
    if args.results:
        args.results.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
