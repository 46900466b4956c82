"""`kg serve` under load (issue 16): slow queries yield the CPU, workers are bounded and
recycled, connections are kept alive, and workers end with their server.

No timed assertions: the load figures come from ``scripts/load_serve.py``. These check
the mechanisms, on a real store on disk and a real server on 127.0.0.1.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import threading
import time
import urllib.parse

import pytest
from servers import free_port, stop, tool, wait_until_up

from kg.store.database import Store
from kg.store.pool import NICE, Limits, QueryPool, Request
from kg.store.serve import Server

# Three unconstrained patterns over 2,000 triples: 8 billion rows, cut off by the time limit.
ENDLESS = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
# 22 x 2,000 x 286 rows: one to two seconds, far past a 50 ms threshold (the watcher looks
# every 50 ms, so a query of a tenth of a second may end before it is seen), and well within
# a time limit.
SLOWISH = "SELECT (COUNT(*) AS ?n) WHERE { ?a <urn:p0> <urn:o0> . ?d ?e ?f . ?g <urn:p1> ?i }"
SHORT = "ASK { ?s ?p ?o }"


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    path = tmp_path_factory.mktemp("load") / "store"
    with Store(path) as s:
        nt = "".join(f"<urn:s{i}> <urn:p{i % 7}> <urn:o{i % 13}> .\n" for i in range(2000))
        s.put_ntriples("urn:g", nt.encode(), 2000)
    return path


def _nice(pid: int) -> set[int]:
    """The nice value of every thread of ``pid`` (a priority is a thread's on Linux)."""
    values = set()
    for tid in os.listdir(f"/proc/{pid}/task"):
        try:
            with open(f"/proc/{pid}/task/{tid}/stat") as f:
                values.add(int(f.read().rsplit(")", 1)[1].split()[16]))
        except FileNotFoundError:
            continue  # a thread that ended meanwhile
    return values


def _lowest(pid: int) -> bool:
    """``pid`` runs at the lowest priority (False for a process already gone)."""
    try:
        return _nice(pid) == {NICE}
    except FileNotFoundError:
        return False


def _demoted(pid: int) -> bool:
    """True once ``pid`` runs at the lowest priority; a process already gone was retired."""
    try:
        return _nice(pid) == {NICE}
    except FileNotFoundError:
        return True


def _until(check, seconds: float = 30.0):
    """Poll ``check`` until it returns something true (a bound, not a timing assertion)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        found = check()
        if found:
            return found
        time.sleep(0.02)
    raise AssertionError(f"not within {seconds} s")


def _in_background(pool: QueryPool, sparql: str) -> tuple[threading.Thread, list]:
    out: list = []
    t = threading.Thread(target=lambda: out.append(pool.run(Request(sparql))))
    t.start()
    return t, out


def test_a_worker_past_the_threshold_drops_to_the_lowest_priority(store):
    pool = QueryPool(str(store), 1, Limits(timeout=4), slow=0.2)
    try:
        before = {pid for pid, _ in pool.workers()}
        assert all(_nice(pid) == {0} for pid in before)
        t, out = _in_background(pool, ENDLESS)
        busy = _until(lambda: [pid for pid, b in pool.workers() if b])[0]
        _until(lambda: _nice(busy) == {NICE})
        # meanwhile a short query is answered by the spare that took the slow one's place
        status, _, body = pool.run(Request(SHORT))
        assert status == 200 and b"true" in body
        t.join()
        assert out[0][0] == 503 and b"time limit" in out[0][2]
        after = {pid for pid, _ in pool.workers()}
        assert busy not in after
        assert all(_nice(pid) == {0} for pid in after)
    finally:
        pool.close()


def test_a_demoted_worker_is_retired_when_its_query_answers(store):
    pool = QueryPool(str(store), 1, Limits(timeout=60), slow=0.05)
    try:
        t, out = _in_background(pool, SLOWISH)
        busy = _until(lambda: [pid for pid, b in pool.workers() if b])[0]
        _until(lambda: not t.is_alive() or _demoted(busy))
        t.join()
        assert out[0][0] == 200 and b"12584000" in out[0][2]  # 22 x 2000 x 286
        assert busy not in {pid for pid, _ in pool.workers()}
        assert pool.run(Request(SHORT))[0] == 200
        assert all(_nice(pid) == {0} for pid, _ in pool.workers())
    finally:
        pool.close()


def test_a_worker_past_the_memory_bound_is_replaced_and_the_next_query_answers(store):
    pool = QueryPool(str(store), 1, Limits(), recycle_mb=1)  # every worker is over 1 MB
    try:
        first = {pid for pid, _ in pool.workers()}
        assert pool.run(Request(SHORT))[0] == 200
        second = _until(lambda: {pid for pid, _ in pool.workers()} - first)
        assert pool.run(Request(SHORT))[0] == 200
        _until(lambda: {pid for pid, _ in pool.workers()} - first - second)
    finally:
        pool.close()
    pool = QueryPool(str(store), 1, Limits())  # the default bound: the worker stays
    try:
        first = {pid for pid, _ in pool.workers()}
        for _ in range(5):
            assert pool.run(Request(SHORT))[0] == 200
        assert {pid for pid, _ in pool.workers()} == first
    finally:
        pool.close()


def test_slow_queries_start_no_more_than_twice_the_workers_and_one_spare(store):
    pool = QueryPool(str(store), 1, Limits(timeout=3), slow=0.1)
    seen = []
    try:
        runs = [_in_background(pool, ENDLESS) for _ in range(4)]
        while any(t.is_alive() for t, _ in runs):
            seen.append(len(pool.workers()))
            time.sleep(0.02)
        assert max(seen) <= 2 * 1 + QueryPool.SPARES
        assert [out[0][0] for _, out in runs] == [503] * 4
        assert pool.run(Request(SHORT))[0] == 200
    finally:
        pool.close()


@pytest.fixture
def server(store):
    srv = Server(store, port=0, workers=1, timeout=5)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    try:
        yield srv
    finally:
        srv.shutdown()
        srv.close()


def _get(query: str, port: int, extra: str = "") -> bytes:
    target = "/query?" + urllib.parse.urlencode({"query": query})
    return f"GET {target} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n{extra}\r\n".encode()


def _responses(sock: socket.socket) -> list[bytes]:
    """Every response the server sends until it closes the connection or goes quiet."""
    sock.settimeout(3)
    data = b""
    try:
        while chunk := sock.recv(65536):
            data += chunk
    except TimeoutError:
        pass
    return [b"HTTP/1.1" + r for r in data.split(b"HTTP/1.1")[1:]]


def test_a_connection_is_kept_alive_between_queries(server):
    port = server.server_address[1]
    with socket.create_connection(("127.0.0.1", port)) as sock:
        sock.sendall(_get(SHORT, port) + _get(SHORT, port, "Connection: close\r\n"))
        answers = _responses(sock)
    assert len(answers) == 2
    assert all(a.startswith(b"HTTP/1.1 200") and a.endswith(b"true}") for a in answers)
    assert b"Connection: close" not in answers[0] and b"Connection: close" in answers[1]


@pytest.mark.parametrize(
    "head",
    [
        "POST /update HTTP/1.1\r\nContent-Type: application/sparql-update",
        "PUT /store?graph=urn:x HTTP/1.1\r\nContent-Type: application/n-triples",
        "POST /query HTTP/1.1\r\nHost: attacker.example\r\nContent-Type: text/plain",
        "POST /query HTTP/1.1\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked",
    ],
)
def test_a_body_left_unread_is_never_taken_for_the_next_request(server, head):
    """A refused request's body could hold a request of its own; the connection closes."""
    port = server.server_address[1]
    smuggled = _get(SHORT, port)
    if "Host:" not in head:
        head = head.replace("\r\n", f"\r\nHost: 127.0.0.1:{port}\r\n", 1)
    if "chunked" in head:
        body = b"%x\r\n" % len(smuggled) + smuggled + b"\r\n0\r\n\r\n"
    else:
        head += f"\r\nContent-Length: {len(smuggled)}"
        body = smuggled
    with socket.create_connection(("127.0.0.1", port)) as sock:
        sock.sendall(head.encode() + b"\r\n\r\n" + body)
        answers = _responses(sock)
    assert len(answers) == 1, answers
    assert b"Connection: close" in answers[0] and b"200 OK" not in answers[0]


def test_the_workers_end_when_the_server_is_killed(store):
    """Even one in the middle of an endless query: its parent is the fork server, which
    outlives the server as long as any worker does."""
    port = free_port()
    proc = subprocess.Popen(
        [tool("kg"), "serve", "--store", str(store), "--port", str(port), "--timeout", "600"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        wait_until_up(f"http://127.0.0.1:{port}/", proc)
        sock = socket.create_connection(("127.0.0.1", port))
        sock.sendall(_get(ENDLESS, port))
        below = _descendants(proc.pid)
        assert len(below) >= 3  # the fork server, the workers and the spare
        _until(lambda: [p for p in _descendants(proc.pid) if _lowest(p)])
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        sock.close()
        _until(lambda: not any(_alive(p) for p in below))
    finally:
        stop(proc)


def _descendants(pid: int) -> list[int]:
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        try:
            tasks = os.listdir(f"/proc/{p}/task")
        except FileNotFoundError:
            continue  # the process ended meanwhile
        for task in tasks:
            try:
                with open(f"/proc/{p}/task/{task}/children") as f:
                    kids = [int(c) for c in f.read().split()]
            except FileNotFoundError:
                continue  # a thread that ended meanwhile (RocksDB's come and go)
            out += kids
            todo += kids
    return out


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False
