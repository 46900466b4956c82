"""Real servers on 127.0.0.1 for the tests: Oxigraph's server, and a fault-injecting proxy.

The proxy stands between the client and a real Oxigraph server and forwards
every request, except that it can ask for a password, answer 500 after a
number of requests, or stall past the client's time limit: the failures a
shared server shows in practice, reproduced on demand.
"""

from __future__ import annotations

import base64
import http.client
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Self

BIN = Path(sys.executable).parent


def tool(name: str) -> str:
    """A command installed beside this Python (the venv's ``kg`` or ``oxigraph``)."""
    found = BIN / name
    if found.exists():
        return str(found)
    where = shutil.which(name)
    if where is None:
        raise RuntimeError(f"{name} is not installed (pip install '.[test]')")
    return where


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until_up(url: str, proc: subprocess.Popen | None = None, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(
                f"server exited with {proc.returncode}: {proc.stderr.read() if proc.stderr else ''}"
            )
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"{url} did not answer within {seconds} s")


def stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(10)


class OxigraphServer:
    """``oxigraph serve`` on a free loopback port with its data in ``location``."""

    def __init__(self, location: Path):
        self.location = location
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.proc: subprocess.Popen | None = None

    def __enter__(self) -> Self:
        self.proc = subprocess.Popen(
            [
                tool("oxigraph"),
                "serve",
                "--location",
                str(self.location),
                "--bind",
                f"127.0.0.1:{self.port}",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        wait_until_up(self.url + "/query?query=ASK%7B%7D", self.proc)
        return self

    def __exit__(self, *exc) -> None:
        stop(self.proc)


class LoopbackHTTP:
    """A test HTTP server on a free loopback port, served in a thread inside ``with``."""

    def _listen(self, handler: type[BaseHTTPRequestHandler]) -> None:
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"

    def __enter__(self) -> Self:
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()


class FaultProxy(LoopbackHTTP):
    """Forwards to ``target``; ``fail_after``, ``stall`` and ``password`` inject faults."""

    def __init__(
        self,
        target: str,
        *,
        fail_after: int | None = None,
        stall: float = 0.0,
        user: str | None = None,
        password: str | None = None,
    ):
        self.target = target.removeprefix("http://")
        self.fail_after = fail_after
        self.stall = stall
        self.auth = (
            base64.b64encode(f"{user}:{password}".encode()).decode() if user is not None else None
        )
        self.requests = 0
        self.lock = threading.Lock()
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:
                pass

            def _forward(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length", "0") or 0))
                with proxy.lock:
                    proxy.requests += 1
                    n = proxy.requests
                if proxy.auth and self.headers.get("Authorization") != f"Basic {proxy.auth}":
                    self.send_response(401)
                    self.send_header("WWW-Authenticate", 'Basic realm="kg-test"')
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                if proxy.stall:
                    time.sleep(proxy.stall)
                if proxy.fail_after is not None and n > proxy.fail_after:
                    msg = b"internal error (injected by the test proxy)"
                    self.send_response(500)
                    self.send_header("Content-Length", str(len(msg)))
                    self.end_headers()
                    self.wfile.write(msg)
                    return
                relay(self, proxy.target, body, drop=("host", "authorization", "connection"))

            do_GET = do_POST = do_PUT = do_DELETE = _forward

        self._listen(Handler)


def relay(handler: BaseHTTPRequestHandler, target: str, body: bytes, drop=("host",)) -> None:
    """Send ``handler``'s request on to ``target`` (host:port) and its answer back; a
    server behind that has gone (a test ended) drops the request."""
    conn = http.client.HTTPConnection(target, timeout=30)
    headers = {k: v for k, v in handler.headers.items() if k.lower() not in drop}
    try:
        conn.request(handler.command, handler.path, body=body or None, headers=headers)
        resp = conn.getresponse()
        data = resp.read()
    except OSError:
        handler.close_connection = True
        return
    handler.send_response(resp.status)
    for k, v in resp.getheaders():
        if k.lower() not in ("transfer-encoding", "connection", "content-length"):
            handler.send_header(k, v)
    handler.send_header("Content-Length", str(len(data)))
    handler.end_headers()
    handler.wfile.write(data)
    conn.close()
