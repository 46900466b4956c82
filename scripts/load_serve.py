"""Load test for ``kg serve``: many short queries while slow ones hold workers.

Builds a store from the dev corpus (or ``examples/``), serves it on a free
loopback port, and for ``--seconds`` runs ``--clients`` threads sending short
queries back to back while ``--slow`` threads keep a query running that only
the time limit ends. Prints p50/p99/max latency of the short queries, the
errors, and the server's memory (its process and workers) at the start and
end. Bounded in time and loopback only; not a test (it measures, it does not
judge), run by hand:

    python scripts/load_serve.py [--clients 200 --seconds 20 --slow 2]
"""

from __future__ import annotations

import argparse
import http.client
import json
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


def memory_mb(pid: int) -> float:
    """Resident memory of a process and its children, in MB."""
    total = 0
    out = subprocess.run(
        ["ps", "-o", "rss=", "--ppid", str(pid), "-p", str(pid)], capture_output=True, text=True
    ).stdout
    for line in out.split():
        total += int(line)
    return total / 1024


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


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--clients", type=int, default=200)
    ap.add_argument("--seconds", type=float, default=20)
    ap.add_argument("--slow", type=int, default=2)
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="kg-load-"))
    port = free_port()
    server = None
    try:
        store = build_store(tmp)
        server = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "kg.cli",
                "serve",
                "--store",
                str(store),
                "--port",
                str(port),
                "--workers",
                str(args.workers),
                "--timeout",
                "10",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        for _ in range(300):
            try:
                ask(port, "ASK {}", timeout=2)
                break
            except OSError:
                time.sleep(0.1)
        report = run(port, server.pid, args)
        print(json.dumps(report, indent=1))
    finally:
        if server is not None:
            server.terminate()
            server.wait(15)
        shutil.rmtree(tmp, ignore_errors=True)


def run(port: int, pid: int, args) -> dict:
    stop = time.monotonic() + args.seconds
    lat: list[float] = []
    errors: dict[str, int] = {}
    slow_done: list[int] = []
    lock = threading.Lock()
    mem = [memory_mb(pid)]

    def short_client() -> None:
        while time.monotonic() < stop:
            try:
                status, took = ask(port, SHORT)
            except OSError as exc:
                status, took = type(exc).__name__, 0.0
            with lock:
                if status == 200:
                    lat.append(took)
                else:
                    errors[str(status)] = errors.get(str(status), 0) + 1

    def slow_client() -> None:
        while time.monotonic() < stop:
            try:
                slow_done.append(ask(port, SLOW)[0])
            except OSError:
                slow_done.append(0)

    threads = [threading.Thread(target=slow_client) for _ in range(args.slow)]
    for t in threads:
        t.start()
    time.sleep(1.0)  # the slow queries hold their workers before the crowd arrives
    threads += [threading.Thread(target=short_client) for _ in range(args.clients)]
    for t in threads[args.slow :]:
        t.start()
    while time.monotonic() < stop:
        time.sleep(1)
        mem.append(memory_mb(pid))
    for t in threads:
        t.join()
    lat.sort()
    q = statistics.quantiles(lat, n=100) if len(lat) > 1 else [0.0] * 99
    return {
        "clients": args.clients,
        "seconds": args.seconds,
        "slow_queries": args.slow,
        "short_answered": len(lat),
        "p50_ms": round(q[49] * 1000),
        "p99_ms": round(q[98] * 1000),
        "max_ms": round(lat[-1] * 1000) if lat else None,
        "errors": errors,
        "slow_statuses": sorted(set(slow_done)),
        "server_mb_start_mid_end": [round(mem[0]), round(mem[len(mem) // 2]), round(mem[-1])],
    }


if __name__ == "__main__":
    main()
