"""Load test for ``kg serve``: many short queries while slow ones hold workers.

Builds a store from the dev corpus (or ``examples/``; ``--store DIR`` reuses
one), serves it on a free loopback port, and for ``--seconds`` keeps
``--clients`` connections sending a short query back to back while
``--slow`` clients keep a query running that only the time limit ends.
Prints p50/p99/max latency of the short queries, their number, the errors,
the server's memory (its process and every descendant: RSS as ``ps`` counts
it, and PSS, which shares pages between the workers) at the start, middle and
end, and the CPU the clients themselves used. Bounded in time and loopback
only; not a test (it measures, it does not judge), run by hand:

    python scripts/load_serve.py [--clients 200 --seconds 20 --slow 2]

What it measures changed (session of issue 16, items 10-11): the first
version ran 200 threads with ``http.client`` in one process, a new
connection per query. On 2 cores that client took about as much CPU as the
server (the GIL handing 200 threads about), so its latencies were partly its
own. The default client now runs ``--procs`` processes (2), each an asyncio
loop driving its share of the connections over raw sockets: a request is a
few bytes written and a response read by its Content-Length, and a
connection is kept open when the server keeps it alive (HTTP/1.1). Latency
runs from writing the request (connecting first when there is no open
connection) to the last byte of the answer. ``--client threads`` is the old
client, to compare; ``--no-keepalive`` closes each connection after its
answer.
"""

from __future__ import annotations

import argparse
import asyncio
import http.client
import json
import multiprocessing
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHORT = "SELECT ?r ?t WHERE { ?r a rk:Readout ; dcterms:title ?t } LIMIT 5"
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def ask(port: int, query: str, timeout: float = 60) -> tuple[int, float]:
    """One query on a connection of its own (the old client; slow queries; start-up)."""
    body = urllib.parse.urlencode({"query": query})
    t0 = time.monotonic()
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        conn.request("GET", f"/query?{body}", headers={"Accept": "application/json"})
        resp = conn.getresponse()
        resp.read()
        return resp.status, time.monotonic() - t0
    finally:
        conn.close()


# -- the server's memory -------------------------------------------------------------------


def descendants(pid: int) -> list[int]:
    """``pid`` and every process below it (workers may be grandchildren: a fork server's)."""
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        try:
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as f:
                    todo.extend(int(c) for c in f.read().split())
        except OSError:
            continue
    return out


def cpu_seconds(pid: int) -> float:
    """User and system CPU seconds a process has used so far."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


class Sampler:
    """The server's memory, sampled, and the CPU its processes used (the last reading of each
    process: a worker killed between two samples loses less than a second)."""

    def __init__(self, pid: int):
        self.pid = pid
        self.memory: list[tuple[float, float]] = []
        self.cpu0: dict[int, float] = {}
        self.cpu: dict[int, float] = {}

    def sample(self) -> None:
        pids = descendants(self.pid)
        self.memory.append(memory_mb(pids))
        for p in pids:
            try:
                self.cpu[p] = cpu_seconds(p)
            except OSError:
                continue
            self.cpu0.setdefault(p, self.cpu[p] if len(self.memory) == 1 else 0.0)

    def cpu_used(self) -> tuple[float, float]:
        """(server process, its workers) CPU seconds since the first sample."""
        used = {p: self.cpu[p] - self.cpu0.get(p, 0.0) for p in self.cpu}
        server = used.pop(self.pid, 0.0)
        return server, sum(used.values())


def memory_mb(pids: list[int]) -> tuple[float, float]:
    """(RSS, PSS) of processes, in MB. RSS counts a page shared by workers once in each;
    PSS divides it among them."""
    rss = pss = 0
    for p in pids:
        try:
            with open(f"/proc/{p}/smaps_rollup") as f:
                for line in f:
                    if line.startswith("Rss:"):
                        rss += int(line.split()[1])
                    elif line.startswith("Pss:"):
                        pss += int(line.split()[1])
        except OSError:
            continue
    return rss / 1024, pss / 1024


# -- the clients ---------------------------------------------------------------------------


def request_bytes(port: int, query: str, keepalive: bool) -> bytes:
    target = "/query?" + urllib.parse.urlencode({"query": query})
    connection = "keep-alive" if keepalive else "close"
    return (
        f"GET {target} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n"
        f"Accept: application/json\r\nConnection: {connection}\r\n\r\n"
    ).encode()


async def _response(reader: asyncio.StreamReader) -> tuple[int, bool]:
    """(status, whether the server closes the connection) of one response, body read."""
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    version, status = lines[0].split(" ", 2)[:2]
    length, close = 0, version == "HTTP/1.0"
    for line in lines[1:]:
        name, _, value = line.partition(":")
        name = name.strip().lower()
        if name == "content-length":
            length = int(value)
        elif name == "connection":
            close = value.strip().lower() == "close"
    await reader.readexactly(length)
    return int(status), close


async def _one_client(port, request, stop_at, lat, errors) -> None:
    reader = writer = None
    while time.monotonic() < stop_at:
        t0 = time.monotonic()
        try:
            if writer is None:
                reader, writer = await asyncio.open_connection("127.0.0.1", port)
            writer.write(request)
            async with asyncio.timeout(60):  # wait_for would make a task per query
                status, close = await _response(reader)
        except (OSError, asyncio.IncompleteReadError, asyncio.TimeoutError, ValueError) as exc:
            status, close = type(exc).__name__, True
        if status == 200:
            lat.append((t0, time.monotonic() - t0))
        else:
            errors[str(status)] = errors.get(str(status), 0) + 1
        if close and writer is not None:
            writer.close()
            reader = writer = None
    if writer is not None:
        writer.close()


def _client_process(port, n, start_at, stop_at, keepalive, conn) -> None:
    """``n`` connections in one asyncio loop; sends back latencies, errors and CPU seconds."""
    lat: list[float] = []
    errors: dict[str, int] = {}
    request = request_bytes(port, SHORT, keepalive)

    async def main() -> None:
        await asyncio.sleep(max(0.0, start_at - time.monotonic()))
        await asyncio.gather(*(_one_client(port, request, stop_at, lat, errors) for _ in range(n)))

    asyncio.run(main())
    conn.send((lat, errors, time.process_time()))
    conn.close()


def async_clients(port: int, args, start_at: float, stop_at: float):
    """Start the client processes; a function that waits for them and merges their counts."""
    ctx = multiprocessing.get_context("fork")  # this process has no threads yet
    each, extra = divmod(args.clients, args.procs)
    shares = [each + (i < extra) for i in range(args.procs)]
    procs = []
    for n in shares:
        mine, theirs = ctx.Pipe(duplex=False)
        p = ctx.Process(
            target=_client_process, args=(port, n, start_at, stop_at, args.keepalive, theirs)
        )
        p.start()
        theirs.close()
        procs.append((p, mine))

    def results() -> tuple[list[float], dict[str, int], float]:
        lat: list[float] = []
        errors: dict[str, int] = {}
        cpu = 0.0
        for p, mine in procs:
            part, errs, seconds = mine.recv()
            p.join()
            lat += part
            cpu += seconds
            for k, v in errs.items():
                errors[k] = errors.get(k, 0) + v
        return lat, errors, cpu

    return results


def thread_clients(port: int, args, start_at: float, stop_at: float):
    """The first version's client: a thread per client, a new connection per query."""
    lat: list[float] = []
    errors: dict[str, int] = {}
    lock = threading.Lock()
    cpu0 = time.process_time()

    def client() -> None:
        time.sleep(max(0.0, start_at - time.monotonic()))
        while time.monotonic() < stop_at:
            try:
                status, took = ask(port, SHORT)
            except OSError as exc:
                status, took = type(exc).__name__, 0.0
            with lock:
                if status == 200:
                    lat.append((time.monotonic() - took, took))
                else:
                    errors[str(status)] = errors.get(str(status), 0) + 1

    threads = [threading.Thread(target=client) for _ in range(args.clients)]
    for t in threads:
        t.start()

    def results() -> tuple[list[float], dict[str, int], float]:
        for t in threads:
            t.join()
        return lat, errors, time.process_time() - cpu0  # includes the slow clients' few

    return results


# -- the run -------------------------------------------------------------------------------


def build_store(folder: Path) -> Path:
    corpus = Path("/work/shared/corpus/dev")
    source = corpus if corpus.is_dir() else ROOT / "examples"
    store = folder / "store"
    subprocess.run(
        [sys.executable, "-m", "kg.cli", "build", str(source), "--store", str(store)],
        check=False,
        capture_output=True,
    )
    return store


def start_server(store: Path, port: int, args) -> subprocess.Popen:
    cmd = [sys.executable, "-m", "kg.cli", "serve", "--store", str(store), "--port", str(port)]
    cmd += ["--workers", str(args.workers), "--timeout", "10"]
    server = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(300):
        try:
            ask(port, "ASK {}", timeout=2)
            return server
        except OSError:
            time.sleep(0.1)
    raise SystemExit("the server did not answer within 30 s")


def run(port: int, pid: int, args) -> dict:
    """Slow clients first; a second later the crowd, for ``--seconds`` from then."""
    load = os.getloadavg()[0]
    time.sleep(1.0)  # let the workers settle before the start figure
    sampler = Sampler(pid)
    sampler.sample()
    slow_done: list[int] = []
    start_at = time.monotonic() + 1.0  # the slow queries hold their workers before the crowd
    stop_at = start_at + args.seconds
    clients = async_clients if args.client == "async" else thread_clients
    results = clients(port, args, start_at, stop_at)

    def slow_client() -> None:
        while time.monotonic() < stop_at:
            try:
                slow_done.append(ask(port, SLOW)[0])
            except OSError:
                slow_done.append(0)

    slow = [threading.Thread(target=slow_client) for _ in range(args.slow)]
    for t in slow:
        t.start()
    while time.monotonic() < stop_at:
        time.sleep(1)
        sampler.sample()
    lat, errors, client_cpu = results()
    for t in slow:
        t.join()
    sampler.sample()
    if args.timeline:
        print("\n".join(timeline(lat, start_at)), file=sys.stderr)
    return report(args, lat, errors, slow_done, sampler, client_cpu, load)


def timeline(sent: list[tuple[float, float]], start_at: float) -> list[str]:
    """Per second of the run: answers, p50 and p99 (ms) of the queries sent in it."""
    seconds: dict[int, list[float]] = {}
    for t0, took in sent:
        seconds.setdefault(int(t0 - start_at), []).append(took)
    out = []
    for s, lat in sorted(seconds.items()):
        q = statistics.quantiles(lat, n=100) if len(lat) > 1 else lat * 99
        p50, p99 = q[49] * 1000, q[98] * 1000
        out.append(f"{s:3d}s {len(lat):5d} answers, p50 {p50:5.0f} ms, p99 {p99:5.0f} ms")
    return out


def report(args, sent, errors, slow_done, sampler: Sampler, client_cpu, load) -> dict:
    mem = sampler.memory
    server_cpu, workers_cpu = sampler.cpu_used()
    lat = sorted(took for _, took in sent)
    q = statistics.quantiles(lat, n=100) if len(lat) > 1 else [0.0] * 99
    picks = [mem[0], mem[len(mem) // 2], mem[-1]]
    return {
        "client": args.client + ("" if args.keepalive else ", no keep-alive"),
        "clients": args.clients,
        "seconds": args.seconds,
        "slow_queries": args.slow,
        "short_answered": len(lat),
        "per_second": round(len(lat) / args.seconds),
        "p50_ms": round(q[49] * 1000),
        "p99_ms": round(q[98] * 1000),
        "max_ms": round(lat[-1] * 1000) if lat else None,
        "errors": errors,
        "slow_statuses": sorted(set(slow_done)),
        "server_rss_mb_start_mid_end": [round(m[0]) for m in picks],
        "server_pss_mb_start_mid_end": [round(m[1]) for m in picks],
        "server_rss_mb_max": round(max(m[0] for m in mem)),
        "cpu_s_server_workers_clients": [
            round(server_cpu, 1),
            round(workers_cpu, 1),
            round(client_cpu, 1),
        ],
        "load_average_before": round(load, 2),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--clients", type=int, default=200)
    ap.add_argument("--seconds", type=float, default=20)
    ap.add_argument("--slow", type=int, default=2)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--client", choices=["async", "threads"], default="async")
    ap.add_argument("--procs", type=int, default=2, help="client processes (async client)")
    ap.add_argument("--no-keepalive", dest="keepalive", action="store_false")
    ap.add_argument("--timeline", action="store_true", help="per-second figures on stderr")
    ap.add_argument("--store", type=Path, help="serve this store instead of building one")
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="kg-load-"))
    port = free_port()
    server = None
    try:
        store = args.store or build_store(tmp)
        server = start_server(store, port, args)
        print(json.dumps(run(port, server.pid, args), indent=1))
    finally:
        if server is not None:
            server.terminate()
            server.wait(15)
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
