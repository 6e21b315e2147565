"""Queries evaluated in worker processes, so that one past its time really stops.

The engine (Oxigraph 0.5) cannot be interrupted while it computes (a FILTER that
rejects every row of a cross product yields nothing to stop at), and a thread
cannot be killed. A process can: each query runs in one of a pool of worker
processes, each with its own read-only view of the store, and a query still
running at its deadline is answered 503 and its process killed (SIGKILL), which
frees its CPU at once; a fresh worker takes its place.

Requests get workers strictly in the order they came, at most `max_per_client` at
once to one client address. Long queries are bounded, so that they cannot take every
worker and all the CPU from the cheap ones: a query that has used `heavy_after`
seconds of CPU is heavy (CPU, not elapsed time: on a loaded machine a cheap query
waits long but works little); at most `max_heavy` heavy queries run at once, and
`max_heavy_per_client` from one client address. A heavy query beyond those is
stopped at once (503, "busy"); one within them goes on at the lowest CPU priority
(nice), and its worker is replaced once it is done (a process may not raise its own
priority back).

Workers are forked from multiprocessing's fork server, a process that has imported
polkg and opened nothing, so a new worker costs a fork and opening the store. After
an update, each worker reopens its view before its next query (a read-only view
does not follow the writer).
"""

from __future__ import annotations

import functools
import multiprocessing
import os
import sys
import threading
import time
from collections import Counter, deque
from dataclasses import dataclass, field
from multiprocessing.connection import Connection

from polkg.graph.store import OxigraphStore, StoreError

from .jobs import QueryJob, evaluate
from .results import Body, QueryTimeout

#: The niceness of a heavy query's worker: cheap queries get the CPU first.
HEAVY_NICE = 19
#: How often a running query's time and CPU are looked at, in seconds.
TICK = 0.05
_CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


class Busy(Exception):
    """A long query was stopped early: the server already runs its share of long queries."""


@dataclass(eq=False)  # hashed by identity: one set entry per process
class _Worker:
    process: multiprocessing.process.BaseProcess
    conn: Connection


class ProcessEvaluator:
    def __init__(self, path: str, *, workers: int = 32, max_per_client: int = 8,
                 heavy_after: float = 0.1, max_heavy: int = 4, max_heavy_per_client: int = 2):
        self.path = path
        self.heavy_after = heavy_after
        self.max_heavy = max_heavy
        self.max_heavy_per_client = max_heavy_per_client
        self._context = multiprocessing.get_context("forkserver")
        self._context.set_forkserver_preload(_preload())
        self._idle = _Turns(max_per_client)
        self._lock = threading.Lock()
        self._heavy: Counter[str] = Counter()
        self._generation = 0
        self._all: set[_Worker] = set()
        self._closed = False
        starting = [self._start() for _ in range(workers)]
        for worker in starting:
            self._ready(worker)

    def run(self, job: QueryJob, client: str) -> Body:
        """The job's answer, or QueryTimeout / Busy; the library's errors as raised."""
        worker = self._idle.get(client, job.deadline)
        if worker is None:
            raise QueryTimeout()
        try:
            return self._run(worker, job, client)
        finally:
            self._idle.done(client)

    def _run(self, worker: _Worker, job: QueryJob, client: str) -> Body:
        worker.conn.send((self._generation, job))
        pid = worker.process.pid
        start_cpu = _cpu_seconds(pid)
        heavy = False
        try:
            while not worker.conn.poll(min(TICK, max(0.0, job.deadline - time.monotonic()))):
                if time.monotonic() >= job.deadline:
                    self._replace(worker)
                    raise QueryTimeout()
                if not heavy and _cpu_seconds(pid) - start_cpu >= self.heavy_after:
                    if not self._admit_heavy(client):
                        self._replace(worker)
                        raise Busy(f"this query used {self.heavy_after:g} s of CPU while the "
                                   f"server already runs its {self.max_heavy} long queries "
                                   f"({self.max_heavy_per_client} per client); try again later")
                    heavy = True
                    os.setpriority(os.PRIO_PROCESS, pid, HEAVY_NICE)
            status, value = worker.conn.recv()
        except (EOFError, OSError):  # the worker died (out of memory, killed from outside)
            self._replace(worker)
            raise StoreError("the query's worker process died") from None
        finally:
            if heavy:
                with self._lock:
                    self._heavy[client] -= 1
                    if not self._heavy[client]:
                        del self._heavy[client]
        if heavy:
            self._replace(worker)
        else:
            self._idle.put(worker)
        if status == "error":
            raise value
        return value

    def stale(self) -> None:
        """The store changed: each worker reopens its read-only view before its next query."""
        with self._lock:
            self._generation += 1

    def close(self) -> None:
        self._closed = True
        for worker in list(self._all):
            worker.process.kill()
            worker.process.join()
            worker.conn.close()

    # -- the pool ------------------------------------------------------------

    def _admit_heavy(self, client: str) -> bool:
        with self._lock:
            if (sum(self._heavy.values()) >= self.max_heavy
                    or self._heavy[client] >= self.max_heavy_per_client):
                return False
            self._heavy[client] += 1
            return True

    def _start(self) -> _Worker:
        ours, theirs = self._context.Pipe()
        process = self._context.Process(target=_serve,
                                        args=(theirs, self.path, self._generation),
                                        name="polkg-query", daemon=True)
        process.start()
        theirs.close()
        worker = _Worker(process, ours)
        with self._lock:
            self._all.add(worker)
        return worker

    def _ready(self, worker: _Worker) -> None:
        """Wait for the worker to open the store, then give it work."""
        try:
            status, value = worker.conn.recv()
        except (EOFError, OSError):
            raise StoreError("a query worker process failed to start (its error is above)"
                             ) from None
        if status == "error":
            raise value
        self._idle.put(worker)

    def _replace(self, worker: _Worker) -> None:
        """Kill a worker now (its CPU is free at once) and start another in the background."""
        worker.process.kill()
        with self._lock:
            self._all.discard(worker)

        def replace() -> None:
            worker.process.join()
            worker.conn.close()
            if not self._closed:
                self._ready(self._start())

        threading.Thread(target=replace, name="polkg-query-replace", daemon=True).start()


class _Turns:
    """Idle workers, handed to waiting requests in the order they came, at most `per_client`
    at once to one client address (a client sending many long queries waits in its own
    line, not in everyone's). Strict turns also matter under load: a queue.Queue lets a
    newcomer take a worker from one that was woken for it, again and again."""

    def __init__(self, per_client: int):
        self.per_client = per_client
        self._lock = threading.Lock()
        self._idle: deque[_Worker] = deque()
        self._waiting: deque[_Turn] = deque()
        self._running: Counter[str] = Counter()

    def put(self, worker: _Worker) -> None:
        with self._lock:
            self._idle.append(worker)
            self._dispatch()

    def done(self, client: str) -> None:
        with self._lock:
            self._running[client] -= 1
            if not self._running[client]:
                del self._running[client]
            self._dispatch()

    def get(self, client: str, deadline: float) -> _Worker | None:
        """The worker for this request in its turn, or None at the deadline; `done` after."""
        turn = _Turn(client)
        with self._lock:
            self._waiting.append(turn)
            self._dispatch()
        turn.given.wait(max(0.0, deadline - time.monotonic()))
        with self._lock:
            if turn.worker is None:
                self._waiting.remove(turn)
            return turn.worker

    def _dispatch(self) -> None:
        while self._idle:
            turn = next((t for t in self._waiting
                         if self._running[t.client] < self.per_client), None)
            if turn is None:
                return
            self._waiting.remove(turn)
            self._running[turn.client] += 1
            turn.worker = self._idle.popleft()
            turn.given.set()


@dataclass(eq=False)
class _Turn:
    client: str
    worker: _Worker | None = None
    given: threading.Event = field(default_factory=threading.Event)


def _preload() -> list[str]:
    """Modules the fork server imports once for every worker. multiprocessing runs the main
    module again in each new process (`polkg serve`: the CLI and all it imports); with the
    polkg modules imported in the fork server, that costs milliseconds instead of seconds
    of CPU. The main module itself is left to multiprocessing (run by name, it must not be
    imported already)."""
    main = getattr(getattr(sys.modules["__main__"], "__spec__", None), "name", None)
    ours = sorted(m for m in sys.modules if m.startswith("polkg.") and m != main)
    return ["__main__", *ours, "polkg.endpoint.processes"]


def _cpu_seconds(pid: int) -> float:
    """User and system CPU seconds a process has used (Linux /proc; 0 where unreadable)."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as stat:
            fields = stat.read().rsplit(b")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / _CLOCK_TICKS


def _serve(conn: Connection, path: str, generation: int) -> None:
    """A worker: open the store read-only, then answer jobs until the pipe closes."""
    try:
        store = OxigraphStore.read_only(path)
    except StoreError as exc:
        conn.send(("error", exc))
        return
    conn.send(("ready", None))
    while True:
        try:
            seen, job = conn.recv()
        except (EOFError, OSError):  # the server closed the pipe: stop
            return
        try:
            if seen != generation:
                store, generation = OxigraphStore.read_only(path), seen
            answer = ("ok", store.reading(functools.partial(evaluate, store, job)))
        except Exception as exc:  # noqa: BLE001 (handed to the waiting request, not lost)
            answer = ("error", exc.with_traceback(None))
        try:
            conn.send(answer)
        except Exception as exc:  # noqa: BLE001 (an exception that does not pickle)
            conn.send(("error", StoreError(f"{type(answer[1]).__name__}: {answer[1]} ({exc})")))
