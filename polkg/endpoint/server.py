"""Serving the endpoint over HTTP with waitress.

waitress is a production WSGI server in pure Python with no dependencies, kept
by the Pylons project: one I/O thread multiplexes every connection (HTTP/1.1
keep-alive, so two hundred concurrent clients cost no thread each) and hands
complete requests to a pool of threads. It answered a trivial query about
1.8 times as often per second as werkzeug's threaded development server on
the same application (docs/BENCHMARKS.md). Queries release the interpreter
lock while the engine evaluates them, so the threads run queries in parallel.
"""

from __future__ import annotations

import ipaddress
import logging
import socket
import threading
from collections.abc import Iterable

import waitress
from waitress import wasyncore

from polkg.api import KnowledgeGraph

from .app import Endpoint

#: Threads running queries over a store in memory (polkg.endpoint.workers).
THREADS = 32
#: Threads handling requests: a request waits on its query's worker, so long queries must
#: not hold every thread while cheap ones queue behind them.
REQUEST_THREADS = 128
#: Connections open at once, and connections the kernel queues before they are accepted.
CONNECTION_LIMIT = 1000
BACKLOG = 1024

# waitress warns whenever requests wait for a free thread: under load that is the normal state.
logging.getLogger("waitress.queue").setLevel(logging.ERROR)


def host_names(address: str) -> list[str]:
    """The Host names a server bound to address answers to without --allowed-hosts: the
    address itself, and the machine's own names where it listens on loopback or everywhere,
    so that a page of another site whose name resolves here is refused (DNS rebinding).
    werkzeug's check cannot match an IPv6 literal Host ([::1]): name those with '*'.
    """
    names = {address}
    if address in _EVERYWHERE:
        names |= {socket.gethostname(), socket.getfqdn()}
    if address in _EVERYWHERE or _is_loopback(address):
        names |= {"localhost", "127.0.0.1"}
    return sorted(names)


_EVERYWHERE = ("0.0.0.0", "::", "")


def _is_loopback(address: str) -> bool:
    try:
        return ipaddress.ip_address(address).is_loopback
    except ValueError:
        return address == "localhost"


class EndpointServer:
    """A running endpoint: `serve_forever()` in this thread or `start()` one in the background.

    >>> kg = KnowledgeGraph(":memory:")
    >>> with EndpointServer(kg, port=0).start() as server:
    ...     server.url.startswith("http://127.0.0.1:")
    True
    """

    def __init__(self, kg: KnowledgeGraph, host: str = "127.0.0.1", port: int = 7878, *,
                 allowed_hosts: Iterable[str] = (), **options):
        if "*" in allowed_hosts:
            options["allowed_hosts"] = None
        else:
            options["allowed_hosts"] = [*host_names(host), *allowed_hosts]
        self.app = Endpoint(kg, workers=THREADS, **options)
        try:
            self._server = waitress.create_server(
                self.app, host=host, port=port, threads=REQUEST_THREADS, backlog=BACKLOG,
                connection_limit=CONNECTION_LIMIT, ident="polkg")
        except OSError:
            self.app.close()
            raise
        self.host = host
        self.port = self._server.effective_port
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}/"

    def serve_forever(self) -> None:
        self._server.run()

    def start(self) -> EndpointServer:
        self._thread = threading.Thread(target=self.serve_forever, name="polkg-serve",
                                        daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        """Close every connection, then the threads. Safe from any thread."""
        if self._thread is not None:
            # Closing the sockets is done by the I/O thread itself, which then leaves its loop.
            server = self._server
            try:
                server.trigger.pull_trigger(lambda: wasyncore.close_all(server._map))
            except OSError:  # the I/O loop has already left and closed its trigger
                pass
            self._thread.join()
        self._server.close()
        self._server.task_dispatcher.shutdown()
        self.app.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stop()
