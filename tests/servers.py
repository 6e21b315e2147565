"""Real SPARQL servers for the tests, started on free loopback ports.

- Oxigraph server (the `oxigraph` package of the test extras): always.
- Virtuoso (Debian's virtuoso-opensource, `virtuoso-t`): where installed, else its tests skip.
- An authenticating reverse proxy (stdlib http.server) in front of Oxigraph, which
  demands HTTP basic or bearer credentials the way a hosted endpoint does.
"""

from __future__ import annotations

import base64
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from polkg.graph.store.remote import SYSTEM_GRAPHS, Auth, RemoteStore

#: Virtuoso's Debian default limit, kept so the tests meet it as users do.
VIRTUOSO_MAX_ROWS = 10000


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_for(url: str, process: subprocess.Popen, seconds: float, log: Path) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the server exited ({process.returncode}): "
                               f"{log.read_text(errors='replace')[-2000:]}")
        try:
            urllib.request.urlopen(url, timeout=2).read()
            return
        except urllib.error.HTTPError:
            return  # it answers, even if not to a bare GET
        except (urllib.error.URLError, OSError):
            time.sleep(0.1)
    process.kill()
    raise RuntimeError(f"the server at {url} did not start within {seconds} s")


class Server:
    """A server process we started: its URLs, credentials, and a way to empty it."""

    query_url: str
    update_url: str
    auth: Auth | None = None
    process: subprocess.Popen

    def store(self, **options) -> RemoteStore:
        return RemoteStore(self.query_url, self.update_url, auth=self.auth, **options)

    def reset(self) -> None:
        """Drop every graph but the server's own."""
        store = self.store(union="server")
        rows = store.query("SELECT ?g WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g").rows
        for (graph,) in rows:
            if str(graph) not in SYSTEM_GRAPHS:
                store.drop_graph(graph)

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


class OxigraphServer(Server):
    def __init__(self, directory: Path, *, union: bool = True, timeout_s: int | None = None):
        binary = shutil.which("oxigraph", path=str(Path(sys.executable).parent)) \
            or shutil.which("oxigraph")
        if binary is None:
            raise RuntimeError("the oxigraph server is not installed (pip install -e '.[test]')")
        port = free_port()
        command = [binary, "serve", "--location", str(directory / "data"),
                   "--bind", f"127.0.0.1:{port}"]
        if union:
            command.append("--union-default-graph")
        if timeout_s:
            command += ["--timeout-s", str(timeout_s)]
        base = f"http://127.0.0.1:{port}"
        self.query_url, self.update_url = f"{base}/query", f"{base}/update"
        log = directory / "oxigraph.log"
        self.process = subprocess.Popen(command, stdout=log.open("wb"), stderr=subprocess.STDOUT)
        _wait_for(f"{base}/", self.process, 30, log)


VIRTUOSO_INI = """\
[Database]
DatabaseFile = {dir}/virtuoso.db
ErrorLogFile = {dir}/virtuoso.log
LockFile = {dir}/virtuoso.lck
TransactionFile = {dir}/virtuoso.trx
xa_persistent_file = {dir}/virtuoso.pxa
[TempDatabase]
DatabaseFile = {dir}/virtuoso-temp.db
TransactionFile = {dir}/virtuoso-temp.trx
[Parameters]
ServerPort = 127.0.0.1:{sql_port}
DisableUnixSocket = 1
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
DirsAllowed = .
[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = /var/lib/virtuoso-opensource-7/vsp
ServerThreads = 10
[SPARQL]
ResultSetMaxRows = {max_rows}
MaxQueryExecutionTime = 60
"""


class VirtuosoServer(Server):
    """Virtuoso with its own ini in a temporary folder; SPARQL through /sparql-auth (digest)."""

    def __init__(self, directory: Path):
        binary = shutil.which("virtuoso-t")
        if binary is None:
            raise FileNotFoundError("virtuoso-t")
        http_port, sql_port = free_port(), free_port()
        ini = directory / "virtuoso.ini"
        ini.write_text(VIRTUOSO_INI.format(dir=directory, sql_port=sql_port, http_port=http_port,
                                           max_rows=VIRTUOSO_MAX_ROWS))
        base = f"http://127.0.0.1:{http_port}"
        self.query_url = self.update_url = f"{base}/sparql-auth"
        self.auth = Auth("digest", "dba", "dba")
        log = directory / "virtuoso.log"
        self.process = subprocess.Popen([binary, "-c", str(ini), "+foreground"], cwd=directory,
                                        stdout=(directory / "stdout.log").open("wb"),
                                        stderr=subprocess.STDOUT)
        _wait_for(f"{base}/sparql?query=ASK%7B%7D", self.process, 120, log)


class AuthProxy:
    """A reverse proxy in front of `upstream`, as hosted endpoints have.

    It forwards only requests whose Authorization header is `expected` (others
    get 401 and nothing reaches the server; None lets all through), records the
    paths it forwarded, and answers the `fail_update`th update request (from 1)
    with 503, as an overloaded server would, forwarding the others.
    """

    def __init__(self, upstream: str, expected: str | None = None,
                 fail_update: int | None = None):
        forwarded: list[str] = []
        self.forwarded = forwarded

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802 (http.server's naming)
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                updates = self.server.updates_seen = (
                    getattr(self.server, "updates_seen", 0) + (self.path == "/update"))
                if expected is not None and self.headers.get("Authorization") != expected:
                    self.send_response(401)
                    self.send_header("WWW-Authenticate", 'Basic realm="polkg-test"')
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                if self.path == "/update" and updates == fail_update:
                    self.send_response(503)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                request = urllib.request.Request(upstream + self.path, data=body, headers={
                    k: v for k, v in self.headers.items() if k.lower() in ("content-type", "accept")
                })
                try:
                    with urllib.request.urlopen(request) as response:
                        status, headers = response.status, response.headers
                        payload = response.read()
                except urllib.error.HTTPError as exc:
                    status, headers, payload = exc.code, exc.headers, exc.read()
                forwarded.append(self.path)
                self.send_response(status)
                if headers.get("Content-Type"):
                    self.send_header("Content-Type", headers["Content-Type"])
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def basic_header(user: str, password: str) -> str:
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()


@pytest.fixture(scope="session")
def oxigraph_server(tmp_path_factory):
    """Oxigraph server with --union-default-graph (the setup docs/REMOTE.md recommends)."""
    server = OxigraphServer(tmp_path_factory.mktemp("oxigraph"))
    yield server
    server.stop()


@pytest.fixture(scope="session")
def oxigraph_plain(tmp_path_factory):
    """Oxigraph server as it starts by default (no union default graph), timing out at 1 s."""
    server = OxigraphServer(tmp_path_factory.mktemp("oxigraph-plain"), union=False, timeout_s=1)
    yield server
    server.stop()


@pytest.fixture(scope="session")
def virtuoso_server(tmp_path_factory):
    """Virtuoso where installed (.ci/run installs it); skipped with the reason otherwise."""
    try:
        server = VirtuosoServer(tmp_path_factory.mktemp("virtuoso"))
    except FileNotFoundError:
        pytest.skip("Virtuoso is not installed (apt-get install virtuoso-opensource)")
    yield server
    server.stop()
