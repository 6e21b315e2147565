"""Serving the endpoint over HTTP: one thread per connection, HTTP/1.1 keep-alive.

werkzeug's threaded server (the standard library's ThreadingHTTPServer with a
WSGI handler) fits the engine: a query blocks its thread but releases the
interpreter lock while the engine evaluates it, so connections are served in
parallel, and two hundred concurrent clients cost two hundred idle threads.
"""

from __future__ import annotations

import socket
import threading

from werkzeug.serving import ThreadedWSGIServer, WSGIRequestHandler

from polkg.api import KnowledgeGraph

from .app import Endpoint

#: Connections the kernel queues before the server accepts them (bursts of clients).
BACKLOG = 1024


class _QuietHandler(WSGIRequestHandler):
    """No access log line per request (`polkg serve` turns it on for a terminal)."""

    def log_request(self, code="-", size="-") -> None:
        pass


class EndpointServer:
    """A running endpoint: `serve_forever()` in this thread or `start()` one in the background.

    >>> kg = KnowledgeGraph(":memory:")
    >>> with EndpointServer(kg, port=0).start() as server:
    ...     server.url.startswith("http://127.0.0.1:")
    True
    """

    def __init__(self, kg: KnowledgeGraph, host: str = "127.0.0.1", port: int = 7878, *,
                 access_log: bool = False, **options):
        self.app = Endpoint(kg, **options)
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        sock = socket.socket(family, socket.SOCK_STREAM)
        try:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            sock.bind((host, port))
            sock.listen(BACKLOG)
        except OSError:
            sock.close()
            self.app.close()
            raise
        handler = WSGIRequestHandler if access_log else _QuietHandler
        self._server = ThreadedWSGIServer(host, port, self.app, handler, fd=sock.fileno())
        sock.close()  # the server holds its own duplicate of the descriptor
        self.host = host
        self.port = self._server.socket.getsockname()[1]
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}/"

    def serve_forever(self) -> None:
        self._server.serve_forever()

    def start(self) -> EndpointServer:
        self._thread = threading.Thread(target=self.serve_forever, name="polkg-serve",
                                        daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._thread is not None:
            self._server.shutdown()
            self._thread.join()
        self._server.server_close()
        self.app.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stop()
